/**
 * Webhook URLs as the announce action accepts them, checked before anything is sent:
 * `https://` only, plain `http://` only to a loopback address (a local receiver in
 * tests, a sidecar on the runner). A URL that carries credentials — a user or
 * password, or a query parameter that looks like a key — is a secret: it is masked
 * in the log and never printed; channels are named by a short hash of the URL instead.
 *
 * Pure and light: inputs.ts uses it before anything heavy is loaded.
 */
import { createHash } from 'node:crypto';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const SECRET_PARAM = /token|key|secret|sig|signature|password|passwd|pass|auth|code|hmac/i;

export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(h) || h.endsWith('.localhost')) return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Why `raw` cannot be a webhook URL, or undefined. */
export function webhookUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `expected an https:// URL, got something that is not a URL${raw.length <= 12 ? ` (${JSON.stringify(raw)})` : ''}`;
  }
  if (/[\s<>"]/.test(raw)) return 'expected a URL without spaces, quotes or angle brackets';
  // A user:password@ part would be sent as Basic auth to whatever host the URL names; webhooks
  // authenticate with their secret path or the webhook-secret signature instead.
  if (url.username || url.password) return 'expected a URL without user:password@ (use the secret path of the webhook, or webhook-secret)';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    return isLoopback(url.hostname) ? undefined : `expected an https:// URL (plain http:// only to a loopback address), got http://${url.hostname}/…`;
  }
  return `expected an https:// URL, got a ${url.protocol.replace(/:$/, '')}: URL`;
}

/** The URL carries a user, a password or a query parameter that looks like a key. */
export function hasCredentials(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return true;
  for (const name of url.searchParams.keys()) if (SECRET_PARAM.test(name)) return true;
  return false;
}

/** The parts of a URL worth masking one by one (the whole URL, the password, key-like query values). */
export function secretParts(raw: string): string[] {
  const parts = [raw];
  try {
    const url = new URL(raw);
    if (url.password) parts.push(url.password, decodeURIComponent(url.password));
    for (const [name, value] of url.searchParams) if (SECRET_PARAM.test(name) && value.length >= 4) parts.push(value);
  } catch {
    // not a URL: the whole value is masked
  }
  return [...new Set(parts.filter((p) => p.length >= 4))];
}

/** A short, stable name for a URL that never reveals it: `host#1a2b3c4d`. */
export function urlLabel(raw: string): string {
  let host = 'url';
  try {
    host = new URL(raw).host;
  } catch {
    // keep 'url'
  }
  return `${host}#${urlHash(raw)}`;
}

export function urlHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 8);
}
