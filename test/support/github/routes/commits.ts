/** Commits, comparisons and the pull requests that brought a commit. */
import { commit, diffEntry } from '../builders/git.js';
import type { DiffEntry } from '../builders/git.js';
import { pullRequestSimple } from '../builders/pulls.js';
import type { RouteContext, Routes } from '../context.js';
import type { BareRepo } from '../git.js';
import { HttpError, notFound, paginate } from '../http.js';
import { repoApiUrl, repoHtmlUrl } from '../builders/repos.js';
import { refreshPull } from './pulls.js';
import { gitOf, list, ok, query } from './util.js';

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const emptyRepository = () => new HttpError(409, 'Git Repository is empty.');
const isEmpty = async (git: BareRepo) => (await git.refs()).length === 0;

/** Changed files between two commits, as diff-entry objects with the blob shas GitHub reports. */
export async function changedFiles(ctx: RouteContext, git: BareRepo, from: string, to: string): Promise<DiffEntry[]> {
  const files = await git.diffFiles(from, to);
  const blobs = new Map<string, string>();
  const listing = await git.out(['ls-tree', '-r', to]);
  for (const line of listing.split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/.exec(line);
    if (m) blobs.set(m[2]!, m[1]!);
  }
  return files.map((f) => diffEntry(ctx.core.urls, ctx.repo, to, { ...f, blob: blobs.get(f.path) ?? null }));
}

/** `base...head` (or `base..head`), where either side may be `owner:branch`. */
function splitBasehead(basehead: string): [string, string] | null {
  const m = /^(.+?)\.{2,3}(.+)$/.exec(basehead);
  if (!m) return null;
  const strip = (s: string) => s.replace(/^[^:]+:/, '');
  return [strip(m[1]!), strip(m[2]!)];
}

export const commitRoutes: Routes = {
  'repos/get-commit': async (ctx) => {
    const git = gitOf(ctx);
    const sha = await git.resolveCommitish(ctx.params.ref!);
    if (!sha) throw (await isEmpty(git)) ? emptyRepository() : new HttpError(422, `No commit found for SHA: ${ctx.params.ref}`);
    const info = await git.commit(sha);
    const files = await changedFiles(ctx, git, info.parents[0] ?? EMPTY_TREE, sha);
    return ok(commit(ctx.core.urls, ctx.repo, info, files));
  },

  'repos/list-commits': async (ctx) => {
    const git = gitOf(ctx);
    const start = query(ctx, 'sha') ?? ctx.repo.defaultBranch;
    const sha = await git.resolveCommitish(start);
    if (!sha) throw (await isEmpty(git)) ? emptyRepository() : notFound();
    const shas = await git.revList(sha, { path: query(ctx, 'path') });
    const { page, headers } = paginate(shas, ctx.url);
    const commits = [];
    for (const s of page) commits.push(commit(ctx.core.urls, ctx.repo, await git.commit(s)));
    return ok(commits, headers);
  },

  'repos/compare-commits-with-basehead': async (ctx) => {
    const git = gitOf(ctx);
    const sides = splitBasehead(ctx.params.basehead!);
    if (!sides) throw notFound();
    const [base, head] = await Promise.all(sides.map((s) => git.resolveCommitish(s)));
    if (!base || !head) throw notFound();
    const mergeBase = await git.mergeBase(base, head);
    if (!mergeBase) throw notFound();
    const ahead = (await git.revList(head, { exclude: base })).reverse();
    const behind = await git.revList(base, { exclude: head });
    const status = ahead.length && behind.length ? 'diverged' : ahead.length ? 'ahead' : behind.length ? 'behind' : 'identical';
    const { page, headers } = paginate(ahead, ctx.url);
    const commits = [];
    for (const s of page) commits.push(commit(ctx.core.urls, ctx.repo, await git.commit(s)));
    const html = repoHtmlUrl(ctx.core.urls, ctx.repo);
    return ok(
      {
        url: `${repoApiUrl(ctx.core.urls, ctx.repo)}/compare/${ctx.params.basehead}`,
        html_url: `${html}/compare/${ctx.params.basehead}`,
        permalink_url: `${html}/compare/${base}...${head}`,
        diff_url: `${html}/compare/${ctx.params.basehead}.diff`,
        patch_url: `${html}/compare/${ctx.params.basehead}.patch`,
        base_commit: commit(ctx.core.urls, ctx.repo, await git.commit(base)),
        merge_base_commit: commit(ctx.core.urls, ctx.repo, await git.commit(mergeBase)),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits,
        files: await changedFiles(ctx, git, mergeBase, head),
      },
      headers,
    );
  },

  'repos/list-pull-requests-associated-with-commit': async (ctx) => {
    const git = gitOf(ctx);
    const sha = await git.resolveCommitish(ctx.params.commit_sha!);
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params.commit_sha}`);
    const pulls = [];
    for (const pull of [...ctx.repo.pulls].reverse()) {
      await refreshPull(ctx, pull);
      if (pull.mergeCommitSha === sha || pull.headSha === sha || pull.commitShas.includes(sha)) {
        const issue = ctx.repo.issues.find((i) => i.number === pull.number)!;
        pulls.push(pullRequestSimple(ctx.core.urls, ctx.repo, issue, pull, ctx.core.user));
      }
    }
    return list(ctx, pulls);
  },
};
