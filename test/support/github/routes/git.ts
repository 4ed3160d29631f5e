/** Git database: references and annotated tags, read from and written to the bare repository. */
import { gitRef, gitTag } from '../builders/git.js';
import type { RouteContext, Routes } from '../context.js';
import type { HttpError } from '../http.js';
import { conflict, notFound, unprocessable } from '../http.js';
import { bodyOf, created, gitOf, noContent, ok } from './util.js';

/** `{ref}` parameters name refs without the `refs/` prefix. */
const fullRef = (ctx: RouteContext) => `refs/${ctx.params.ref!.replace(/^refs\//, '')}`;

function refusedIfProtected(ctx: RouteContext, ref: string): void {
  const branch = ref.replace(/^refs\/heads\//, '');
  if (ref.startsWith('refs/heads/') && ctx.repo.protectedBranches.includes(branch)) {
    throw unprocessable(`Protected branch update failed for ${ref}.`);
  }
}

/** Nothing found: GitHub answers 409 for an empty repository and 404 otherwise. */
async function missing(ctx: RouteContext): Promise<HttpError> {
  return (await gitOf(ctx).refs()).length === 0 ? conflict('Git Repository is empty.') : notFound();
}

export const gitRoutes: Routes = {
  'git/get-ref': async (ctx) => {
    const ref = await gitOf(ctx).ref(fullRef(ctx));
    if (!ref) throw await missing(ctx);
    return ok(gitRef(ctx.core.urls, ctx.repo, ref));
  },

  'git/list-matching-refs': async (ctx) => {
    const all = await gitOf(ctx).refs();
    if (all.length === 0) throw conflict('Git Repository is empty.');
    const prefix = fullRef(ctx);
    return ok(all.filter((r) => r.ref.startsWith(prefix)).map((r) => gitRef(ctx.core.urls, ctx.repo, r)));
  },

  'git/create-ref': async (ctx) => {
    const { ref, sha } = bodyOf<{ ref: string; sha: string }>(ctx);
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw unprocessable('Reference name must start with refs/ and have at least two slashes.');
    const git = gitOf(ctx);
    if (!(await git.objectType(sha))) throw unprocessable('Object does not exist');
    refusedIfProtected(ctx, ref);
    if (!(await git.updateRef(ref, sha, ''))) throw unprocessable('Reference already exists');
    const created_ = (await git.ref(ref))!;
    const body = gitRef(ctx.core.urls, ctx.repo, created_);
    return created(body, body.url);
  },

  'git/update-ref': async (ctx) => {
    const { sha, force } = bodyOf<{ sha: string; force?: boolean }>(ctx);
    const git = gitOf(ctx);
    const ref = fullRef(ctx);
    const current = await git.ref(ref);
    if (!current) throw unprocessable('Reference does not exist');
    if (!(await git.objectType(sha))) throw unprocessable('Object does not exist');
    refusedIfProtected(ctx, ref);
    if (!force && !(await git.isAncestor(current.sha, sha))) throw unprocessable('Update is not a fast forward');
    if (!(await git.updateRef(ref, sha, current.sha))) throw conflict('Reference cannot be updated');
    return ok(gitRef(ctx.core.urls, ctx.repo, (await git.ref(ref))!));
  },

  'git/delete-ref': async (ctx) => {
    const git = gitOf(ctx);
    const ref = fullRef(ctx);
    if (!(await git.ref(ref))) throw unprocessable('Reference does not exist');
    if (ref === `refs/heads/${ctx.repo.defaultBranch}`) throw unprocessable('Cannot delete the default branch');
    refusedIfProtected(ctx, ref);
    await git.deleteRef(ref);
    return noContent();
  },

  'git/create-tag': async (ctx) => {
    const body = bodyOf<{ tag: string; message: string; object: string; type: string; tagger?: { name?: string; email?: string; date?: string } }>(ctx);
    const git = gitOf(ctx);
    const actual = await git.objectType(body.object);
    if (!actual) throw unprocessable('Object does not exist');
    if (actual !== body.type) throw unprocessable(`Object type mismatch: ${body.object} is a ${actual}`);
    const when = body.tagger?.date ? new Date(body.tagger.date) : new Date();
    const name = body.tagger?.name ?? ctx.core.user.login;
    const email = body.tagger?.email ?? `${ctx.core.user.id}+${ctx.core.user.login}@users.noreply.github.com`;
    const text =
      `object ${body.object}\ntype ${body.type}\ntag ${body.tag}\n` +
      `tagger ${name} <${email}> ${Math.floor(when.getTime() / 1000)} +0000\n\n${body.message}${body.message.endsWith('\n') ? '' : '\n'}`;
    const sha = await git.out(['mktag'], { input: text });
    const tag = gitTag(ctx.core.urls, ctx.repo, await git.tag(sha));
    return created(tag, tag.url);
  },

  'git/get-tag': async (ctx) => {
    const git = gitOf(ctx);
    const sha = ctx.params.tag_sha!;
    if ((await git.objectType(sha)) !== 'tag') throw notFound();
    return ok(gitTag(ctx.core.urls, ctx.repo, await git.tag(await git.out(['rev-parse', '--verify', sha]))));
  },
};
