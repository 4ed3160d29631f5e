/**
 * The hidden record a pull request kept current carries at the end of its body: the branch
 * tip the bot last wrote (and the one before, so a run that failed between writing the body
 * and pushing is recognised), and a hash of the body text it wrote. With it a later run tells
 * its own work from a person's: a tip it did not write, or a body whose hash differs.
 * Pure; the hash is SHA-256 of the text without the record, cut to 16 hex digits.
 */
import { createHash } from 'node:crypto';

export interface Marker {
  /** The branch tip the bot wrote last. */
  tip: string;
  /** The tip before it, when the bot moved the branch (the record is written before the push). */
  prev?: string;
  /** Hash of the body text the bot wrote, without this record. */
  body: string;
}

const PREFIX = '<!-- release-actions: ';
const SUFFIX = ' -->';
const LINE = /\n*<!-- release-actions: (\{[^\n]*\}) -->\n?$/;
const SHA = /^[0-9a-f]{40}$/;

export function bodyHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n').trimEnd(), 'utf8').digest('hex').slice(0, 16);
}

/** The body as a person sees it: without the record. */
export function withoutMarker(body: string): string {
  return body.replace(/\r\n/g, '\n').replace(LINE, '\n').replace(/\n+$/, '\n');
}

/** The record at the end of a body; undefined when there is none or it was altered beyond reading. */
export function readMarker(body: string | null | undefined): Marker | undefined {
  const json = body ? LINE.exec(body.replace(/\r\n/g, '\n'))?.[1] : undefined;
  if (!json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { tip, prev, body: hash } = value as Record<string, unknown>;
  if (typeof tip !== 'string' || !SHA.test(tip) || typeof hash !== 'string' || !/^[0-9a-f]{16}$/.test(hash)) return undefined;
  return { tip, body: hash, ...(typeof prev === 'string' && SHA.test(prev) ? { prev } : {}) };
}

/** `text` followed by the record. */
export function withMarker(text: string, marker: Marker): string {
  const record = JSON.stringify({ tip: marker.tip, ...(marker.prev ? { prev: marker.prev } : {}), body: marker.body });
  return `${text.replace(/\n+$/, '')}\n\n${PREFIX}${record}${SUFFIX}\n`;
}

/** Whether a person changed the body since the bot wrote it (ticked a box, added a note). */
export function bodyEdited(body: string, marker: Marker): boolean {
  return bodyHash(withoutMarker(body)) !== marker.body;
}
