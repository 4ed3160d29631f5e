import { createHash } from 'node:crypto';
import { ActionError } from '../runner/errors.js';

/** A content digest as registries use it: `sha256:` and 64 lowercase hex digits. */
export type Digest = `sha256:${string}`;

const SHA256 = /^sha256:[a-f0-9]{64}$/;

export function isDigest(value: string): value is Digest {
  return SHA256.test(value);
}

/** Returns the digest unchanged, or throws an error that says what is wrong with it. */
export function validateDigest(value: string, what = 'digest'): Digest {
  if (isDigest(value)) return value;
  const shown = value.length > 80 ? `${value.slice(0, 80)}...` : value;
  const colon = value.indexOf(':');
  if (colon <= 0) throw new ActionError(`${what} '${shown}' is not a digest: expected 'sha256:' followed by 64 lowercase hex digits`);
  const algorithm = value.slice(0, colon);
  const hex = value.slice(colon + 1);
  if (algorithm !== 'sha256') {
    throw new ActionError(`${what} '${shown}' uses the algorithm '${algorithm}'; only sha256 digests are supported`);
  }
  if (/^[a-fA-F0-9]{64}$/.test(hex)) {
    throw new ActionError(`${what} '${shown}' has uppercase hex digits; digests are lowercase`);
  }
  throw new ActionError(`${what} '${shown}' is not a digest: expected 64 lowercase hex digits after 'sha256:', found ${hex.length} characters`);
}

export function sha256Digest(bytes: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
