/**
 * A history as the pull requests that made it. In a merge-commit workflow (WVA's) the
 * mainline holds one `Merge pull request #N from owner/branch` commit per pull request,
 * with the pull request's title as the first line of its body, and the branch's own
 * commits ("wip", "address review", "Merge branch 'main' into …") beside it: the
 * changelog entry is the pull request, not each of those commits.
 *
 * The mainline is the first-parent chain from the range's tip. Walked oldest first, each
 * pull request merge claims the commits its other parents reach that neither the mainline
 * nor an older merge claimed — exactly `git log M^1..M^2` inside the range, in one pass.
 * Squash merges and direct pushes are mainline commits and stay as they are. A merge
 * that is not a pull request's (`Merge branch 'x'`) keeps its branch's commits as entries
 * of their own, and so does a release pull request (its title is left out; a cherry-picked
 * fix in it is a change).
 */
import { isReleaseCommit } from '../semver/release-commit.js';
import type { CommitRecord, Skipped } from './types.js';

/** `Merge pull request #12 from owner/branch` — GitHub's merge commit subject. */
export const PULL_MERGE = /^Merge pull request #(\d+) from (\S+)/;

export interface PullRequestHistory {
  /**
   * In the input order: pull request merges replaced by the pull request, its branch's
   * commits removed. The input array itself when there is nothing to group.
   */
  records: readonly CommitRecord[];
  /** The branch commits a pull request stands for (reason `pull-request`). */
  inPullRequests: Skipped[];
}

const BANG = /^\w+(?:\([^()\r\n]*\))?!: (.*)$/;
/** A footer whose text must survive the grouping: it marks the pull request breaking or deprecating. */
const FOOTER = /^(?:BREAKING[ -]CHANGE|DEPRECATED): /;
const REVERTS = /^This reverts commit [0-9a-f]{7,40}/i;

/**
 * The pull request's title and the rest of the message: the body's first line (GitHub writes
 * the title there); with no body, the branch's only commit's subject, else the branch name.
 */
function titleOf(body: string, branch: string, side: readonly CommitRecord[]): { title: string; rest: string } {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => l.trim() !== '');
  if (at >= 0) return { title: lines[at]!.trim(), rest: lines.slice(at + 1).join('\n').trim() };
  const own = side.filter((c) => !(c.parents && c.parents.length > 1));
  if (own.length === 1) return { title: own[0]!.subject.trim(), rest: '' };
  const name = branch.includes('/') ? branch.slice(branch.indexOf('/') + 1) : branch;
  return { title: name.replace(/[-_]+/g, ' ').trim() || branch, rest: '' };
}

/**
 * What the branch's commits say that the pull request must keep: a `type!:` or a
 * `BREAKING CHANGE:` / `DEPRECATED:` footer (as footers), and `This reverts commit …`
 * (so a reverted pull request and its revert cancel out).
 */
function carriedFooters(side: readonly CommitRecord[]): string[] {
  const out: string[] = [];
  for (const c of side) {
    const bang = BANG.exec(c.subject.trim());
    if (bang) out.push(`BREAKING CHANGE: ${bang[1]!.trim()}`);
    const lines = (c.body ?? '').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (REVERTS.test(line.trim())) out.push(line.trim());
      if (!FOOTER.test(line)) continue;
      const text = [line];
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && !FOOTER.test(lines[i + 1]!)) text.push(lines[++i]!);
      out.push(text.join('\n'));
    }
  }
  return [...new Set(out)];
}

/**
 * What grouping needs to know of a range, gathered one commit at a time (while git is still
 * reading the history, see `Classification`) or all at once by {@link indexHistory}.
 */
export class HistoryIndex {
  /** Each SHA's position in the commits, in the order they were added. */
  readonly position = new Map<string, number>();
  pullMerges = 0;
  private added = 0;
  private first: string | undefined;
  /** Whether some commit names the first one added as a parent (then it is not the range's tip). */
  private firstIsParent = false;
  /**
   * The first-parent chain from the first commit, as far as it came in order: `git log` lists a
   * commit before its parents, so on a range read from git this is the whole mainline, found
   * while git streams instead of walked again after the last commit. Positions, tip first.
   */
  readonly chain: number[] = [];
  private next: string | undefined;

  add(c: CommitRecord): void {
    const at = this.added++;
    this.position.set(c.sha, at);
    const parents = c.parents;
    if (at === 0) {
      this.first = c.sha;
      this.chain.push(0);
      this.next = parents?.[0];
    } else if (c.sha === this.next) {
      this.chain.push(at);
      this.next = parents?.[0];
    }
    if (parents) {
      for (const p of parents) if (p === this.first) this.firstIsParent = true;
      if (parents.length > 1 && PULL_MERGE.test(c.subject)) this.pullMerges++;
    }
  }

  /** Whether the first commit added is the tip, which no commit of the range has as a parent. */
  get firstIsTip(): boolean {
    return this.added > 0 && !this.firstIsParent;
  }

  /** Whether the index was built from exactly `n` commits with no SHA twice (positions are exact). */
  covers(n: number): boolean {
    return this.added === n && this.position.size === n;
  }
}

export function indexHistory(commits: readonly CommitRecord[]): HistoryIndex {
  const index = new HistoryIndex();
  for (const c of commits) index.add(c);
  return index;
}

/** Whether some commit of `commits` names `sha` as a parent. */
function isParent(sha: string, commits: readonly CommitRecord[]): boolean {
  for (const c of commits) if (c.parents?.includes(sha)) return true;
  return false;
}

/** The position of the commit no other commit of the range has as a parent: where the mainline starts (git log lists it first). */
function tipOf(commits: readonly CommitRecord[]): number {
  const first = commits[0];
  // git log's first commit is the tip: one scan proves it, without a set of every parent
  if (first === undefined || !isParent(first.sha, commits)) return first === undefined ? -1 : 0;
  const parents = new Set(commits.flatMap((c) => c.parents ?? []));
  return commits.findIndex((c) => !parents.has(c.sha));
}

/**
 * Groups `commits` (a `git log` range with parents, any order) into pull requests; see the
 * module comment. A range with no pull request merge comes back as it was. `index`: the
 * same commits' {@link HistoryIndex} (added in this order), when the caller already has it.
 * The commits are marked by position, not collected in sets of SHAs: a long history is walked
 * with one lookup a commit.
 */
export function pullRequestRecords(commits: readonly CommitRecord[], index: HistoryIndex = indexHistory(commits)): PullRequestHistory {
  if (index.pullMerges === 0) return { records: commits, inPullRequests: [] };
  const { position } = index;
  const onMainline = new Uint8Array(commits.length);
  const mainline: number[] = [];
  let from = -1;
  if (index.covers(commits.length) && index.firstIsTip) {
    // the chain the index followed while the commits came in; the walk goes on where it stopped
    // (a parent listed before its child, in a range not in git's order)
    for (const i of index.chain) {
      mainline.push(i);
      onMainline[i] = 1;
    }
    const last = commits[mainline[mainline.length - 1]!]!;
    from = position.get(last.parents?.[0] ?? '') ?? -1;
  } else {
    from = tipOf(commits);
  }
  for (let i = from; i >= 0 && !onMainline[i]; i = position.get(commits[i]!.parents?.[0] ?? '') ?? -1) {
    mainline.push(i);
    onMainline[i] = 1;
  }

  const claimed = new Uint8Array(commits.length);
  const absorbed = new Uint8Array(commits.length);
  const replaced = new Map<number, CommitRecord>();
  for (let k = mainline.length - 1; k >= 0; k--) {
    const merge = commits[mainline[k]!]!;
    const parents = merge.parents ?? [];
    if (parents.length < 2) continue;
    const side: number[] = [];
    const stack = parents.slice(1);
    while (stack.length > 0) {
      const i = position.get(stack.pop()!);
      if (i === undefined || onMainline[i] || claimed[i]) continue;
      claimed[i] = 1;
      side.push(i);
      stack.push(...(commits[i]!.parents ?? []));
    }
    const m = PULL_MERGE.exec(merge.subject.trim());
    if (!m) continue;
    const sideCommits = side.map((i) => commits[i]!);
    const { title, rest } = titleOf(merge.body ?? '', m[2]!, sideCommits);
    // a release pull request's commits are judged one by one (the bump is left out, a picked fix is not)
    if (!isReleaseCommit(title)) for (const i of side) absorbed[i] = 1;
    const body = [rest, ...carriedFooters(sideCommits)].filter((p) => p !== '').join('\n\n');
    replaced.set(mainline[k]!, { sha: merge.sha, subject: title, ...(body ? { body } : {}), pr: Number(m[1]) });
  }

  const records: CommitRecord[] = [];
  const inPullRequests: Skipped[] = [];
  for (let i = 0; i < commits.length; i++) {
    const c = commits[i]!;
    if (absorbed[i]) inPullRequests.push({ sha: c.sha, reason: 'pull-request' });
    else records.push(replaced.get(i) ?? c);
  }
  return { records, inPullRequests };
}
