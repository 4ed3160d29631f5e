import { describe, expect, it } from '@jest/globals';
import { isDigest, sha256Digest, validateDigest } from '../../../actions/lib/oci/digest.js';

describe('digests', () => {
  it('computes sha256 digests', () => {
    expect(sha256Digest(new Uint8Array())).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Digest(Buffer.from('abc'))).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('accepts sha256 with 64 lowercase hex digits', () => {
    const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
    expect(isDigest(digest)).toBe(true);
    expect(validateDigest(digest)).toBe(digest);
  });

  it.each([
    [`sha256:${'A'.repeat(64)}`, "digest 'sha256:AAAA", /has uppercase hex digits; digests are lowercase/],
    [`sha256:${'a'.repeat(63)}`, 'digest', /expected 64 lowercase hex digits after 'sha256:', found 63 characters/],
    [`sha256:${'g'.repeat(64)}`, 'digest', /expected 64 lowercase hex digits/],
    [`sha512:${'a'.repeat(128)}`, 'digest', /uses the algorithm 'sha512'; only sha256 digests are supported/],
    ['a'.repeat(64), 'digest', /is not a digest: expected 'sha256:' followed by 64 lowercase hex digits/],
    ['', 'digest', /is not a digest/],
  ])('rejects %s with a clear error', (value, prefix, message) => {
    expect(isDigest(value)).toBe(false);
    expect(() => validateDigest(value)).toThrow(message);
    expect(() => validateDigest(value)).toThrow(prefix);
  });

  it('names what the digest is and shortens very long values', () => {
    expect(() => validateDigest(`sha256:${'z'.repeat(500)}`, 'image index manifests[0].digest')).toThrow(
      /^image index manifests\[0\]\.digest 'sha256:z{73}\.\.\.' is not a digest/,
    );
  });
});
