/**
 * POSTs to webhooks (Slack, generic): a deadline per attempt, no redirects (a signed body
 * is never sent on to somewhere else), and a bounded number of attempts for what may pass
 * — a 5xx, a 429 (waiting as long as Retry-After asks, within reason), a connection that
 * failed. A 4xx is the receiver's final answer. Waits are multiplied by
 * RELEASE_ACTIONS_RETRY_SCALE, like the GitHub client's, so tests run the real retries fast.
 */
import { RemoteError } from '../../lib/runner/errors.js';
import { requestTimeoutMs, scaledWait } from '../../lib/runner/tuning.js';

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, scaledWait(ms)));
}

/** Per attempt: RELEASE_ACTIONS_REQUEST_TIMEOUT_MS (runner/tuning.ts). */
export function timeoutMs(): number {
  return requestTimeoutMs();
}

export interface PostResult {
  status: number;
  body: string;
  attempts: number;
}

const MAX_RETRY_AFTER_S = 60;

/**
 * POSTs `body` to `url`. `label` names the receiver in messages (never the URL: it may
 * be a secret). Throws a RemoteError with the last status and the start of the answer.
 */
export async function post(url: string, body: string, headers: Record<string, string>, label: string, attempts = 3): Promise<PostResult> {
  let last = '';
  let lastStatus: number | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryAfterS: number | undefined;
    try {
      const res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs()) });
      const text = (await res.text()).slice(0, 500);
      if (res.status >= 200 && res.status < 300) return { status: res.status, body: text, attempts: attempt };
      lastStatus = res.status;
      last = `HTTP ${res.status}${text.trim() ? `: ${text.trim().split('\n')[0]!.slice(0, 200)}` : ''}`;
      if (res.status >= 300 && res.status < 400) throw new RemoteError(`${label} answered with a redirect (${res.status}); webhooks are not followed to another address`, res.status);
      const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
      if (!retryable) throw new RemoteError(`${label} refused the message: ${last}`, res.status);
      const ra = Number(res.headers.get('retry-after'));
      if (Number.isFinite(ra) && ra > 0) retryAfterS = Math.min(ra, MAX_RETRY_AFTER_S);
    } catch (err) {
      if (err instanceof RemoteError) throw err;
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      last = `${(err as Error).name === 'TimeoutError' ? 'no answer in time' : 'connection failed'}${cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : ''}`;
      lastStatus = undefined;
    }
    if (attempt < attempts) await wait(retryAfterS !== undefined ? retryAfterS * 1000 : 1000 * attempt);
  }
  throw new RemoteError(`${label} failed after ${attempts} attempts: ${last}`, lastStatus);
}
