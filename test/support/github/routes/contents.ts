/** Repository contents: read a file or directory, create or update a file with a commit. */
import { commit as commitObject } from '../builders/git.js';
import { repoApiUrl, repoHtmlUrl } from '../builders/repos.js';
import type { RouteContext, Routes } from '../context.js';
import { HttpError, conflict, notFound, unprocessable } from '../http.js';
import { bodyOf, gitOf, ok, query } from './util.js';

interface Entry {
  type: string;
  sha: string;
  size: number;
  path: string;
}

function describe(ctx: RouteContext, ref: string, e: Entry) {
  const api = repoApiUrl(ctx.core.urls, ctx.repo);
  const html = repoHtmlUrl(ctx.core.urls, ctx.repo);
  const encoded = e.path.split('/').map(encodeURIComponent).join('/');
  const isDir = e.type === 'tree';
  const self = `${api}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${api}/git/${isDir ? 'trees' : 'blobs'}/${e.sha}`;
  const htmlUrl = `${html}/${isDir ? 'tree' : 'blob'}/${ref}/${encoded}`;
  return {
    type: isDir ? 'dir' : 'file',
    size: isDir ? 0 : e.size,
    name: e.path.split('/').pop()!,
    path: e.path,
    sha: e.sha,
    url: self,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: isDir ? null : `${ctx.core.urls.server}/${ctx.repo.fullName}/raw/${ref}/${encoded}`,
    _links: { self, git: gitUrl, html: htmlUrl },
  };
}

/** GitHub wraps base64 content at 60 characters. */
const wrap = (b64: string) => (b64.match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');

const wantsRaw = (ctx: RouteContext) => /application\/vnd\.github(\.v3)?\.raw/.test(String(ctx.headers.accept ?? ''));

export const contentRoutes: Routes = {
  'repos/get-content': async (ctx) => {
    const git = gitOf(ctx);
    const ref = query(ctx, 'ref') ?? ctx.repo.defaultBranch;
    const sha = await git.resolveCommitish(ref);
    if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const path = ctx.params.path!.replace(/^\/+|\/+$/g, '');
    const entry = await git.lsTree(sha, path);
    if (!entry) throw notFound();
    if (entry.type === 'tree') {
      const children = await git.lsDir(sha, path);
      return ok(children.map((c) => describe(ctx, ref, c)));
    }
    const data = await git.blob(entry.sha);
    if (wantsRaw(ctx)) return { status: 200, bytes: { contentType: 'text/plain; charset=utf-8', data } };
    return ok({ ...describe(ctx, ref, { ...entry, path }), content: wrap(data.toString('base64')), encoding: 'base64' });
  },

  'repos/create-or-update-file-contents': async (ctx) => {
    const body = bodyOf<{
      message: string;
      content: string;
      sha?: string;
      branch?: string;
      committer?: { name: string; email: string; date?: string };
      author?: { name: string; email: string; date?: string };
    }>(ctx);
    const git = gitOf(ctx);
    const branch = body.branch ?? ctx.repo.defaultBranch;
    const ref = `refs/heads/${branch}`;
    const path = ctx.params.path!.replace(/^\/+|\/+$/g, '');
    const parent = await git.resolve(ref);
    if (!parent && (await git.refs()).length > 0) throw new HttpError(404, `Branch ${branch} not found`);
    if (ctx.repo.protectedBranches.includes(branch)) throw conflict(`Protected branch update failed for ${ref}.`);
    const existing = parent ? await git.lsTree(parent, path) : null;
    if (existing && !body.sha) throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing && body.sha !== existing.sha) throw conflict(`${path} does not match ${body.sha}`);
    const data = Buffer.from(body.content, 'base64');
    const tree = await git.writeTree(parent ? await git.resolve(parent, 'tree') : null, [{ path, data }]);
    const who = { name: ctx.core.user.login, email: `${ctx.core.user.id}+${ctx.core.user.login}@users.noreply.github.com` };
    const sha = await git.commitTree(tree, parent ? [parent] : [], body.message, body.author ?? body.committer ?? who, body.committer ?? who);
    if (!(await git.updateRef(ref, sha, parent ?? ''))) throw conflict(`${ref} was updated concurrently`);
    const entry = (await git.lsTree(sha, path))!;
    const full = commitObject(ctx.core.urls, ctx.repo, await git.commit(sha));
    return {
      status: existing ? 200 : 201,
      body: {
        content: describe(ctx, branch, { ...entry, path }),
        commit: {
          sha,
          node_id: full.node_id,
          url: full.commit.url,
          html_url: full.html_url,
          author: full.commit.author,
          committer: full.commit.committer,
          message: full.commit.message,
          tree: full.commit.tree,
          parents: full.parents,
          verification: full.commit.verification,
        },
      },
    };
  },
};
