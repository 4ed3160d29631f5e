import { ActionError, RemoteError } from '../runner/errors.js';
import { requestTimeoutMs, retryScale } from '../runner/tuning.js';
import { isLoopbackHost } from './reference.js';

/** How requests are sent: injectable `fetch`, a per-attempt timeout and a small bounded retry. */
export interface TransportOptions {
  /** Defaults to the global `fetch` (Node >= 20). Tests pass a wrapper to count requests. */
  fetch?: typeof fetch;
  /** Per attempt; default RELEASE_ACTIONS_REQUEST_TIMEOUT_MS (runner/tuning.ts). */
  timeoutMs?: number;
  /** Extra attempts after a 5xx, a 429 or a connection error; default 2. */
  retries?: number;
  /** Scales every wait; default RELEASE_ACTIONS_RETRY_SCALE (runner/tuning.ts). */
  retryScale?: number;
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const BASE_WAITS_MS = [1000, 3000, 6000];
const MAX_RETRY_AFTER_MS = 10_000;

/** Refuses plain http:// except to loopback hosts, and anything that is neither http nor https. */
export function assertSafeUrl(url: URL, what: string): void {
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.host)) return;
    throw new ActionError(`${what} ${url.origin}: plain http:// is allowed only for loopback registries (127.0.0.1, localhost, [::1])`);
  }
  throw new ActionError(`${what} ${url.origin}: unsupported protocol '${url.protocol}'`);
}

/** `METHOD https://host/path` without the query string (which may carry upload state). */
export function describeRequest(method: string, url: URL): string {
  return `${method} ${url.origin}${url.pathname}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function waitFor(attempt: number, scale: number, response?: Response): number {
  let ms = BASE_WAITS_MS[Math.min(attempt, BASE_WAITS_MS.length - 1)] ?? 1000;
  const retryAfter = response?.headers.get('retry-after');
  if (retryAfter && /^[0-9]+$/.test(retryAfter)) ms = Math.min(Number(retryAfter) * 1000, MAX_RETRY_AFTER_MS);
  return ms * scale;
}

/** Sends one request with timeout and bounded retry; the body must be re-sendable (bytes or nothing). */
export async function send(url: URL, init: RequestInit, options: TransportOptions = {}): Promise<Response> {
  assertSafeUrl(url, 'registry');
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 2;
  const scale = options.retryScale ?? retryScale();
  const timeoutMs = options.timeoutMs ?? requestTimeoutMs();
  const method = init.method ?? 'GET';
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (attempt < retries) {
        await sleep(waitFor(attempt, scale));
        continue;
      }
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : connectionReason(error);
      throw new RemoteError(`${describeRequest(method, url)} failed after ${attempt + 1} attempt(s): ${reason}`, undefined, { cause: error });
    }
    if (RETRY_STATUSES.has(response.status) && attempt < retries) {
      await response.arrayBuffer().catch(() => undefined);
      await sleep(waitFor(attempt, scale, response));
      continue;
    }
    return response;
  }
}

function connectionReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' ? `${code} (${cause.message})` : cause.message;
  }
  return error.message;
}

/** `CODE: message` of a registry's `{"errors":[...]}` body, or the start of the text. */
export async function describeErrorBody(response: Response): Promise<string> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return '';
  }
  try {
    const parsed = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      return parsed.errors.map((e) => [e.code, e.message].filter((part) => typeof part === 'string' && part).join(': ')).join('; ');
    }
  } catch {
    // not JSON
  }
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 200 ? `${trimmed.slice(0, 200)}...` : trimmed;
}
