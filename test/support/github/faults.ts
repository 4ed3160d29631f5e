/**
 * Failures GitHub really produces, injected for the first N matching
 * requests so tests can prove that callers survive (or report) them.
 */

export type FaultKind =
  | 'status'
  | 'secondary-rate-limit'
  | '429'
  | 'rate-limit-exhausted'
  | 'stall'
  | 'reset'
  | 'after-write'
  | 'reject-push'
  | 'late';

export interface FaultSpec {
  kind: FaultKind;
  /** Only requests with this method (any when omitted). */
  method?: string;
  /**
   * Matched against the request path below its root: `/repos/o/r/releases`
   * for REST and uploads, `/graphql`, or `/o/r.git/git-receive-pack` for git.
   * A string must equal the path; omitted matches every path.
   */
  path?: RegExp | string;
  /** GraphQL only: the document's operation name (`mutation AnnounceCreateDiscussion …`), so one call among several on `/graphql` is hit. */
  operation?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** 'status': 500, 502 or 503 (default 500); 'after-write': the status sent after the write (default 500). */
  status?: number;
  /** 'secondary-rate-limit' and '429': seconds in `retry-after` (default 1); null sends no header. */
  retryAfter?: number | null;
  /** 'rate-limit-exhausted': seconds until `x-ratelimit-reset` (default 1). */
  resetIn?: number;
  /** 'late': milliseconds the request waits before it is served as usual (default 1000). */
  delayMs?: number;
  /** 'reject-push': which push the repository refuses (default 'protected-branch'). */
  reason?: 'protected-branch' | 'non-fast-forward';
  /** 'reject-push': the repository, as `owner/name` (any when omitted). */
  repo?: string;
  /** 'reject-push' with 'non-fast-forward': the branch someone else moves (default: the default branch). */
  branch?: string;
  /** 'reject-push' with 'non-fast-forward': when `branch` is not there yet, the branch the other writer starts it from (default: an orphan commit). */
  from?: string;
}

export interface ActiveFault extends FaultSpec {
  remaining: number;
  /** How many requests this fault has hit so far. */
  hits: number;
}

export class FaultInjector {
  readonly active: ActiveFault[] = [];

  inject(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...spec, remaining: spec.times ?? 1, hits: 0 };
    this.active.push(fault);
    return fault;
  }

  clear(): void {
    this.active.length = 0;
  }

  /** The first armed fault of one of `kinds` for this request, without using it up. */
  find(kinds: FaultKind[], method: string, path: string, repo?: string, operation?: string): ActiveFault | undefined {
    return this.active.find(
      (f) =>
        f.remaining > 0 &&
        kinds.includes(f.kind) &&
        (!f.method || f.method.toUpperCase() === method.toUpperCase()) &&
        (f.path === undefined || (typeof f.path === 'string' ? f.path === path : f.path.test(path))) &&
        (!f.repo || f.repo.toLowerCase() === repo?.toLowerCase()) &&
        (!f.operation || f.operation === operation),
    );
  }

  consume(fault: ActiveFault): void {
    fault.remaining -= 1;
    fault.hits += 1;
  }
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.';
export const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
export const PRIMARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limits';
