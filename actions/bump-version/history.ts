/**
 * What bump-version reads of the history: the last release reachable from the start,
 * the kind of bump the conventional commits since then ask for, the commits a changelog
 * section is made from, and the cherry-picks. Reads only (a shallow clone is deepened).
 */
import type { Git } from '../lib/git/git.js';
import { ActionError } from '../lib/runner/errors.js';
import { sortReleaseTags } from '../lib/semver/version.js';
import { ensureCommit, unshallow } from './repo.js';
import { autoKind } from './target.js';

export const REMOTE = 'origin';

export interface LastRelease {
  /** The newest release tag reachable from the start, if any. */
  tag?: string;
  sha?: string;
}

/** The newest release tag whose commit is an ancestor of `start`: where this release's commits begin. */
export async function lastReleaseBefore(git: Git, start: string, tags: readonly string[], tagCommits: ReadonlyMap<string, string>): Promise<LastRelease> {
  await unshallow(git, REMOTE);
  for (const t of sortReleaseTags(tags)) {
    const sha = tagCommits.get(t);
    if (!sha) continue;
    if (!(await ensureCommit(git, REMOTE, sha, `tag ${t}`).catch(() => undefined))) continue;
    if (await git.isAncestor(sha, start)) return { tag: t, sha };
  }
  return {};
}

/** The kind of bump the conventional commits since the last release tag (reachable from `start`) ask for, and how many of them a release would list. */
export async function autoFromCommits(
  git: Git,
  start: string,
  last: LastRelease,
  current: string,
  opts: { allowNone?: boolean } = {},
): Promise<{ kind: ReturnType<typeof autoKind>; count: number; releasable: number; since?: string }> {
  const records = await git.log(last.sha ? `${last.sha}..${start}` : start);
  if (records.length === 0 && opts.allowNone) return { kind: 'patch', count: 0, releasable: 0, ...(last.tag ? { since: last.tag } : {}) };
  if (records.length === 0) throw new ActionError(`version auto: there are no commits since ${last.tag}; nothing to release`);
  const { classifyCommits } = await import('../lib/changelog/index.js');
  const { entries } = classifyCommits(records.map((r) => ({ sha: r.sha, subject: r.subject, body: r.body, merge: r.parents.length > 1 })));
  // releasable: what a changelog section lists (not merges, release commits, chores, CI, docs…)
  const releasable = entries.filter((e) => e.section !== 'Documentation').length;
  return { kind: autoKind(entries, current), count: records.length, releasable, ...(last.tag ? { since: last.tag } : {}) };
}

/** Each cherry-pick as a full SHA with its subject; refused when unknown, repeated, or already in the start point. */
export async function resolvePicks(git: Git, shas: readonly string[], start: { label: string; sha: string }): Promise<Array<{ sha: string; subject: string }>> {
  const out: Array<{ sha: string; subject: string }> = [];
  for (const given of shas) {
    const sha = await ensureCommit(git, REMOTE, given.toLowerCase(), 'cherry-pick commit').catch((err: unknown) => {
      throw new ActionError(`${(err as Error).message}${given.length < 40 ? ' (give the full 40-character SHA of a commit that is not in this checkout)' : ''}`);
    });
    if (out.some((p) => p.sha === sha)) throw new ActionError(`cherry-pick lists ${given} twice`);
    if (await git.isAncestor(sha, start.sha)) throw new ActionError(`cherry-pick commit ${given} is already in ${start.label}; remove it from the list`);
    const subject = await git.out(['log', '-1', '--format=%s', '--end-of-options', sha]);
    out.push({ sha, subject });
  }
  return out;
}
