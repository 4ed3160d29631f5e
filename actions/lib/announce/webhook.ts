/**
 * The generic webhook: one JSON document per announcement, POSTed to every URL of
 * `webhook-urls`. With a secret, the body is signed like GitHub signs its own webhooks:
 * `X-Release-Actions-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes>`, so a
 * receiver checks it with a constant-time compare before trusting anything in it.
 * `X-Release-Actions-Delivery` is stable for one release, kind and URL: a receiver can drop
 * a delivery it has already seen.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { chatSafe, type ReleaseFacts } from './message.js';

export const SIGNATURE_HEADER = 'X-Release-Actions-Signature';
export const EVENT_HEADER = 'X-Release-Actions-Event';
export const DELIVERY_HEADER = 'X-Release-Actions-Delivery';

export function eventName(facts: Pick<ReleaseFacts, 'kind'>): 'release-published' | 'release-rolled-back' {
  return facts.kind === 'rollback' ? 'release-rolled-back' : 'release-published';
}

export interface WebhookPayload {
  event: 'release-published' | 'release-rolled-back';
  repository: string;
  project: string;
  version: string;
  tag: string;
  url: string;
  prerelease: boolean;
  /** Escaped for chat like `text` (a receiver may forward them to Slack, Teams, Discord…). */
  highlights: string[];
  install: string;
  image: string | null;
  chart: { name: string; version: string; repository: string } | null;
  /** The announcement as chat text (escaped: no `<!channel>`, mentions in code). */
  text: string;
  reason?: string;
  previous?: { tag: string; url: string } | null;
}

export function webhookPayload(facts: ReleaseFacts, text: string): WebhookPayload {
  return {
    event: eventName(facts),
    repository: facts.repository,
    project: facts.project,
    version: facts.version,
    tag: facts.tag,
    url: facts.notesUrl,
    prerelease: facts.prerelease,
    highlights: facts.highlights.map(chatSafe),
    install: facts.install,
    image: facts.image ?? null,
    chart: facts.chart ?? null,
    text,
    ...(facts.kind === 'rollback' ? { reason: chatSafe(facts.reason ?? ''), previous: facts.previous ?? null } : {}),
  };
}

/** `sha256=<hex>` of the body bytes. */
export function signature(body: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A receiver's check: constant time, and false for anything malformed. */
export function verifySignature(body: string | Buffer, secret: string, header: string | undefined | null): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/.test(header)) return false;
  const expected = Buffer.from(signature(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Stable per release, kind and URL. */
export function deliveryId(facts: Pick<ReleaseFacts, 'releaseId' | 'kind'>, url: string): string {
  const h = createHash('sha256').update(`${facts.releaseId}\0${facts.kind}\0${url}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
