/**
 * The suite's one way to build an Octokit: retries for transient failures,
 * throttling for rate limits, a per-attempt timeout, and the API URL of the
 * runner (so GitHub Enterprise Server works unchanged).
 *
 * Every wait (retry back-off, rate-limit waits, the write spacing GitHub asks
 * integrators to keep) is multiplied by RELEASE_ACTIONS_RETRY_SCALE, so tests
 * exercise the real retry paths in milliseconds instead of skipping them.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { requestTimeoutMs, retryScale } from '../runner/tuning.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  /** Attempts after the first one, for server errors and for rate limits. Default 3. */
  retries?: number;
  /** Per attempt, reading the answer included. Default RELEASE_ACTIONS_REQUEST_TIMEOUT_MS (runner/tuning.ts). */
  timeoutMs?: number;
  /** Where retry and rate-limit warnings go (pass core.warning in an action). */
  log?: (message: string) => void;
  /**
   * The multiplier of every wait (retry back-off, rate-limit waits, write spacing). Default
   * RELEASE_ACTIONS_RETRY_SCALE: a process that is not an action step (a test, the rehearsal)
   * picks its own without changing its environment.
   */
  retryScale?: number;
}

/** Beyond this a rate-limit wait is not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_S = 15 * 60;

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const scale = opts.retryScale ?? retryScale();
  const retries = opts.retries ?? 3;
  const timeoutMs = opts.timeoutMs ?? requestTimeoutMs();
  const log = opts.log ?? ((message: string) => process.stdout.write(`${message}\n`));
  const noop = () => undefined;

  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const what = `${options.method} ${options.url}`;
    if (retryCount >= retries || retryAfter > MAX_RATE_LIMIT_WAIT_S) {
      log(`GitHub ${kind} rate limit hit for ${what}; giving up after ${retryCount} retries`);
      return false;
    }
    log(`GitHub ${kind} rate limit hit for ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
    return true;
  };

  return getOctokit(
    opts.token,
    {
      baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: opts.userAgent ?? 'release-actions',
      log: { debug: noop, info: noop, warn: log, error: log },
      request: { fetch: withTimeout(baseFetch(), timeoutMs) },
      retry: {
        retries,
        retryAfterBaseValue: 1000 * scale,
        // 403 and 429 belong to throttling, which knows how long to wait; a 409
        // conflict would only replay the same stale precondition.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: 1000 * scale,
        ...throttleGroups(scale),
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError (or anything carrying one). */
export function statusOf(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null && 'status' in err) {
    const status = (err as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}

export function isNotFound(err: unknown): boolean {
  return statusOf(err) === 404;
}

type Fetch = typeof globalThis.fetch;

/** @actions/github's fetch honours the runner's proxy settings; keep it. */
function baseFetch(): Fetch {
  return (actionsDefaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
}

/**
 * A fresh deadline per attempt. The deadline surfaces as a TimeoutError, which
 * @octokit/request turns into a retryable 500 (an AbortError would not be retried).
 */
function withTimeout(fetch: Fetch, timeoutMs: number): Fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetch(input, { ...init, signal });
  };
}

/**
 * plugin-throttling spaces writes 1 s apart (3 s for notification-triggering
 * ones) through module-wide groups; these are the same groups with scaled
 * spacing, shared per scale like the plugin shares its own.
 */
const groupsByScale = new Map<number, Record<'global' | 'auth' | 'search' | 'write' | 'notifications', Bottleneck.Group>>();
function throttleGroups(scale: number) {
  let groups = groupsByScale.get(scale);
  if (!groups) {
    const common = { timeout: 2 * 60 * 1000 };
    groups = {
      global: new Bottleneck.Group({ id: 'octokit-global', maxConcurrent: 10, ...common }),
      auth: new Bottleneck.Group({ id: 'octokit-auth', maxConcurrent: 1, ...common }),
      search: new Bottleneck.Group({ id: 'octokit-search', maxConcurrent: 1, minTime: 2000 * scale, ...common }),
      write: new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: 1000 * scale, ...common }),
      notifications: new Bottleneck.Group({ id: 'octokit-notifications', maxConcurrent: 1, minTime: 3000 * scale, ...common }),
    };
    groupsByScale.set(scale, groups);
  }
  return groups;
}

