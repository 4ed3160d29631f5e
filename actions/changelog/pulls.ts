/**
 * Pull request enrichment: number, title, author login and labels of the pull request
 * each commit came from, through the GitHub API.
 *
 * - A merged pull request (the merge commit `pullRequestRecords` made one record of) and a
 *   squash-merge subject `… (#123)` name their pull request: one `GET /pulls/123`, whose
 *   title becomes the entry's subject; the branch's commits are not asked about.
 * - Any other commit (rebase workflows, direct pushes): one
 *   `GET /commits/{sha}/pulls`, and the merged pull request among the answers (the one
 *   whose merge commit is this commit first). Its title stands for the commit, so the
 *   commits of one pull request make one entry that says what the pull request did —
 *   unless the commit is a revert (revert pairs are matched by subject), marks a
 *   breaking change the title does not (`feat!:`), or the pull request is a release
 *   pull request (its title is left out of the changelog, its commits are not).
 * - Bounded: each pull request number is read once, at most `concurrency` requests are
 *   in flight, and at most `maxRequests` are made (one warning past that).
 * - A 404 (a `(#123)` that is an issue, or another repository's number) or a 422 (a commit
 *   GitHub does not have) only means "no pull request". Any other failure (after the
 *   client's retries) stops the enrichment: every commit is then described from its own
 *   data, with ONE warning that says why — never a warning per commit.
 */
import { statusOf } from '../lib/github/client.js';
import type { GitHubClient } from '../lib/github/client.js';
import type { CommitRecord } from '../lib/changelog/types.js';
import { isReleaseCommit } from '../lib/semver/release-commit.js';

export type { GitCommit } from './commit-record.js';

export interface PullInfo {
  number: number;
  title: string;
  /** The GitHub login of the author, or null (a deleted account). */
  author: string | null;
  labels: string[];
  merged: boolean;
  mergeCommitSha: string | null;
}

/** Where pull requests come from: the API, or a stand-in in tests. */
export interface PullSource {
  /** Pull requests that contain the commit; [] when there are none. Throws on a failure. */
  pullsOfCommit(sha: string): Promise<PullInfo[]>;
  /** The pull request, or null when the number is not a pull request of the repository. Throws on a failure. */
  pull(number: number): Promise<PullInfo | null>;
}

export interface EnrichOptions {
  /** Commits whose data does not matter (e.g. cancelled by a revert in the range): not looked up. */
  skip?: ReadonlySet<string>;
  concurrency?: number;
  maxRequests?: number;
}

export interface EnrichResult {
  records: CommitRecord[];
  /** How many commits got a pull request from the API. */
  enriched: number;
  /** Requests made. */
  requests: number;
  /** The one warning to print, when the enrichment failed or was cut short. */
  warning: string | null;
}

const SQUASH_PR = /\s*\(#(\d+)\)\s*$/;
const CONVENTIONAL = /^\w+(?:\([^()\r\n]*\))?(!?): \S/;
const REVERT = /^(?:revert(?:\([^()]*\))?!?:\s|Revert ")/i;

/** The pull request a commit came from, among those that contain it. */
export function pickPull(sha: string, pulls: readonly PullInfo[]): PullInfo | null {
  const merged = pulls.filter((p) => p.merged);
  return merged.find((p) => p.mergeCommitSha === sha) ?? merged[0] ?? null;
}

/** The subject a commit gets from its pull request (see the module comment). */
export function subjectFromPull(subject: string, pull: PullInfo): string {
  if (REVERT.test(subject.trim())) return subject;
  // A release pull request's title is left out of the changelog; its commits (a hotfix's
  // cherry-picked fix, the bump commit) are judged by their own subjects instead.
  if (isReleaseCommit(pull.title)) return subject;
  const own = CONVENTIONAL.exec(subject);
  const title = CONVENTIONAL.exec(pull.title);
  if (own?.[1] === '!' && title?.[1] !== '!') return subject;
  const t = pull.title.trim();
  return t === '' ? subject : t;
}

function describe(err: unknown): string {
  const status = statusOf(err);
  const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
  if (status === 401) return `HTTP 401 (the token was refused): ${message}`;
  if (status === 403) return `HTTP 403 (does the token have pull-requests: read? or a rate limit): ${message}`;
  return status ? `HTTP ${status}: ${message}` : message;
}

const isMissing = (err: unknown): boolean => statusOf(err) === 404 || statusOf(err) === 422;

const isMerge = (r: CommitRecord): boolean => r.merge === true || (r.parents?.length ?? 0) > 1;

/** The pull request a record names: a merged pull request's (`pr`), else a squash subject's `(#123)`. */
function numberOf(r: CommitRecord): number | undefined {
  if (r.pr !== undefined) return r.pr;
  const m = SQUASH_PR.exec(r.subject);
  return m ? Number(m[1]) : undefined;
}

/**
 * The records (a history as `pullRequestRecords` gives it: a merged pull request is one
 * record with its number) with what the API says of their pull requests: the title (which
 * becomes the subject, see {@link subjectFromPull}), the author and the labels.
 */
export async function enrichWithPulls(records: readonly CommitRecord[], source: PullSource, opts: EnrichOptions = {}): Promise<EnrichResult> {
  const concurrency = Math.max(1, opts.concurrency ?? 8);
  const maxRequests = Math.max(0, opts.maxRequests ?? 1000);
  const base = [...records];

  // what to ask: pull request numbers (each once), then commits without one
  const numbers = new Set<number>();
  const bySha: string[] = [];
  for (const r of base) {
    if (isMerge(r) || opts.skip?.has(r.sha)) continue;
    const n = numberOf(r);
    if (n !== undefined) numbers.add(n);
    else bySha.push(r.sha);
  }
  type Task = { kind: 'pull'; number: number } | { kind: 'commit'; sha: string };
  const all: Task[] = [...[...numbers].map((n) => ({ kind: 'pull' as const, number: n })), ...bySha.map((sha) => ({ kind: 'commit' as const, sha }))];
  const tasks = all.slice(0, maxRequests);

  const pulls = new Map<number, PullInfo | null>();
  const ofCommit = new Map<string, PullInfo | null>();
  let failure: unknown = null;
  let requests = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (failure === null && next < tasks.length) {
      const task = tasks[next++]!;
      requests++;
      try {
        if (task.kind === 'pull') {
          pulls.set(task.number, await source.pull(task.number).catch((err: unknown) => (isMissing(err) ? null : Promise.reject(err))));
        } else {
          const found = await source.pullsOfCommit(task.sha).catch((err: unknown) => (isMissing(err) ? [] : Promise.reject(err)));
          const pick = pickPull(task.sha, found);
          ofCommit.set(task.sha, pick);
          if (pick && !pulls.has(pick.number)) pulls.set(pick.number, pick);
        }
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));

  if (failure !== null) {
    return {
      records: base,
      enriched: 0,
      requests,
      warning: `could not read pull requests through the GitHub API (${describe(failure)}); the entries are made from the commits alone (no authors, no labels; pull request titles from merge commits, numbers from '(#123)' subjects)`,
    };
  }

  let enriched = 0;
  const out = base.map((r): CommitRecord => {
    if (isMerge(r) || opts.skip?.has(r.sha)) return r;
    const n = numberOf(r);
    const p = n !== undefined ? pulls.get(n) : ofCommit.get(r.sha);
    if (!p) return r;
    enriched++;
    return { ...r, subject: subjectFromPull(r.subject, p), pr: p.number, labels: p.labels, ...(p.author ? { author: p.author } : {}) };
  });
  const cut = all.length - tasks.length;
  return {
    records: out,
    enriched,
    requests,
    warning:
      cut > 0
        ? `${all.length} pull request lookups were needed, ${maxRequests} were made; ${cut} commit${cut === 1 ? '' : 's'} described from the commit alone (narrow the range with from/to, or set use-pull-requests: false)`
        : null,
  };
}

/** A PullSource over the REST API. */
export function githubPullSource(client: GitHubClient, owner: string, repo: string): PullSource {
  type Raw = {
    number: number;
    title: string;
    user: { login: string } | null;
    labels: ({ name?: string } | string)[];
    merged_at: string | null;
    merge_commit_sha: string | null;
  };
  const info = (p: Raw): PullInfo => ({
    number: p.number,
    title: p.title,
    author: p.user?.login ?? null,
    labels: p.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== ''),
    merged: p.merged_at !== null,
    mergeCommitSha: p.merge_commit_sha,
  });
  return {
    async pullsOfCommit(sha) {
      const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
      return (data as Raw[]).map(info);
    },
    async pull(number) {
      const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
      return info(data as Raw);
    },
  };
}
