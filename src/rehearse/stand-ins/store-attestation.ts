/**
 * A signed bundle stored through GitHub's attestations API (`POST /repos/{owner}/{repo}/attestations`),
 * as actions/attest stores it, made safe to retry: a 5xx, a rate limit, a stall past the
 * per-attempt deadline or a reset is tried again (four attempts, waits scaled by
 * RELEASE_ACTIONS_RETRY_SCALE), and before each new attempt the bundle is looked up by its
 * subject, so a write whose answer was lost is not stored twice. Plain fetch rather than the
 * suite's Octokit: its write spacing (a second between writes) would only slow the rehearsal.
 */
import { requestTimeoutMs, retryScale } from '../../../actions/lib/runner/tuning.js';

const ATTEMPTS = 4;

export interface StoreTarget {
  apiUrl: string;
  token: string;
  /** `owner/name` */
  repository: string;
}

interface Answer {
  status: number;
  headers: Headers;
  body: { id?: number; message?: string; attestations?: Array<{ bundle?: unknown; bundle_url?: string }> };
}

/** The attestation's id, or the one line saying which call failed, how, and after how many attempts; `digest` (`sha256:…`, the first subject's) finds a lost write. */
export async function storeAttestation(target: StoreTarget, bundle: unknown, digest: string | undefined): Promise<{ id: string } | string> {
  const call = `POST /repos/${target.repository}/attestations`;
  for (let attempt = 1; ; attempt++) {
    // a broken transfer (a deadline, a reset) as a value: fetch's errors come from another realm than this module's Error
    const answer = await send(target, 'POST', `/repos/${target.repository}/attestations`, { bundle }).catch((err: Error) => ({ failed: err }));
    if ('status' in answer && answer.status === 201) return { id: String(answer.body.id ?? '') };
    const how = 'failed' in answer ? describeError(answer.failed) : `answered HTTP ${answer.status}${answer.body.message ? `: ${answer.body.message}` : ''}`;
    const wait = 'failed' in answer ? backoff(attempt) : retryWait(answer, attempt);
    if (wait === undefined || attempt === ATTEMPTS) return `storing the attestation: ${call} ${how}${attempt > 1 ? ` (attempt ${attempt} of ${ATTEMPTS})` : ''}; nothing was stored: run the job again`;
    const stored = digest ? await findStored(target, bundle, digest) : undefined;
    if (stored) return { id: stored };
    await new Promise((resolve) => setTimeout(resolve, wait * retryScale()));
  }
}

async function send(target: StoreTarget, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${target.apiUrl}${path}`, {
    method,
    headers: { authorization: `token ${target.token}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(requestTimeoutMs()),
  });
  // the deadline covers the body too: a stall after the headers aborts the read
  return { status: res.status, headers: res.headers, body: (await res.json().catch(() => ({}))) as Answer['body'] };
}

/** The id of `bundle` when a lost answer's write was applied after all (its signature is unique to this signing). */
async function findStored(target: StoreTarget, bundle: unknown, digest: string): Promise<string | undefined> {
  const answer = await send(target, 'GET', `/repos/${target.repository}/attestations/${digest}?per_page=100`).catch(() => undefined);
  const mine = JSON.stringify(signatures(bundle));
  const found = answer?.status === 200 ? answer.body.attestations?.find((a) => JSON.stringify(signatures(a.bundle)) === mine) : undefined;
  return found ? (found.bundle_url ?? '').split('/').pop() : undefined;
}

function signatures(bundle: unknown): unknown {
  return (bundle as { dsseEnvelope?: { signatures?: unknown } } | undefined)?.dsseEnvelope?.signatures;
}

/** Milliseconds before the next attempt, unscaled; undefined when trying again cannot help (a 4xx other than a rate limit). */
function retryWait(answer: Answer, attempt: number): number | undefined {
  const after = Number(answer.headers.get('retry-after') ?? NaN);
  if (answer.status === 429 || answer.status === 403) {
    if (Number.isFinite(after)) return after * 1000;
    const reset = Number(answer.headers.get('x-ratelimit-reset') ?? NaN);
    if (answer.headers.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset)) return Math.max(0, reset * 1000 - Date.now());
    // GitHub's secondary limit without retry-after: "wait at least one minute"
    return /secondary rate limit/i.test(answer.body.message ?? '') ? 60_000 : undefined;
  }
  return answer.status >= 500 ? backoff(attempt) : undefined;
}

const backoff = (attempt: number): number => 1000 * 2 ** (attempt - 1);

function describeError(err: Error): string {
  if (err.name === 'TimeoutError') return `did not answer within ${requestTimeoutMs()} ms`;
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return `failed: ${err.message}${cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : ''}`;
}
