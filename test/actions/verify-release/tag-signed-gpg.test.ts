/**
 * tag-signed for GnuPG signatures that git verify-tag refuses, each named for what it is:
 * a key that expired (with the date), a revoked key (when and why), a key that is not listed
 * (its full fingerprint and the export command), a tag changed after it was signed.
 * Real GnuPG keys, real `git tag -s`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../../support/git.js';
import { makeGpgKey, type GpgKey } from '../../support/gpg.js';
import type { SampleRepo } from '../../support/repos.js';
import { expectOutcome, tagRelease, verify, wvaAt050 } from './helpers.js';

const gpg = (home: string, args: string[], input?: string): string =>
  execFileSync('gpg', ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', '', ...args], { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

describe('verify-release tag-signed: GnuPG refusals named precisely', () => {
  let repo: SampleRepo;
  let maintainer: GpgKey;
  let stranger: GpgKey;

  beforeAll(() => {
    repo = wvaAt050();
    maintainer = makeGpgKey('Release Maintainer', 'maintainer@example.com');
    stranger = makeGpgKey('Someone Else', 'someone@example.com');
  });
  afterAll(async () => {
    maintainer?.cleanup();
    stranger?.cleanup();
    await repo?.cleanup();
  });

  const tagSigned = async (allowed: string): Promise<string> => expectOutcome(await verify(repo, { phase: 'preflight', checks: 'tag-signed', 'allowed-signers': allowed }), false)['tag-signed']!.detail;
  const signBy = (key: GpgKey): void => tagRelease(repo, 'v0.5.0', { kind: 'gpg', gnupgHome: key.home, key: key.fingerprint });

  it('names a signer that is not listed by its full fingerprint, with the date and the command that exports its key', async () => {
    signBy(stranger);
    const detail = await tagSigned(maintainer.publicKey);
    const fpr = stranger.fingerprint.toUpperCase();
    expect(detail).toMatch(new RegExp(`^tag v0\\.5\\.0: signed by key ${fpr} on \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, which is not in allowed-signers: add the signer's armored public key \\(gpg --armor --export ${fpr}\\), or sign with a listed key`));
  });

  it('reports a key that expired after signing as expired, with its expiry date, not as unlisted or bad', async () => {
    const key = makeGpgKey('Short Lived', 'short@example.com');
    try {
      // a key valid for 8 seconds from its creation: the tag is signed within them, verified after
      gpg(key.home, ['--quick-set-expire', key.fingerprint, 'seconds=8']);
      const expires = Number(gpg(key.home, ['--with-colons', '--list-keys', key.fingerprint]).split('\n').find((l) => l.startsWith('pub:'))!.split(':')[6]);
      const publicKey = gpg(key.home, ['--armor', '--export', key.fingerprint]);
      signBy(key);
      await new Promise((r) => setTimeout(r, Math.max(0, expires * 1000 - Date.now() + 1200)));
      const detail = await tagSigned(publicKey);
      const fpr = key.fingerprint.toUpperCase();
      const expiry = new Date(expires * 1000).toISOString().replace('.000Z', 'Z');
      expect(detail).toMatch(
        new RegExp(`^tag v0\\.5\\.0: the signing key Short Lived <short@example\\.com> \\(${fpr}\\) expired on ${expiry}, and the tag was signed \\S+Z: git verify-tag refuses a signature by an expired key — extend it \\(gpg --quick-set-expire ${fpr} 1y\\)`),
      );
    } finally {
      key.cleanup();
    }
  }, 30_000);

  it('reports a revoked key as revoked, with when and why', async () => {
    const key = makeGpgKey('Former Maintainer', 'former@example.com');
    try {
      signBy(key);
      // the revocation certificate GnuPG made with the key, as a maintainer would publish it (reason 0)
      const cert = readFileSync(join(key.home, 'openpgp-revocs.d', `${key.fingerprint.toUpperCase()}.rev`), 'utf8').replace(/^:-----BEGIN/m, '-----BEGIN');
      gpg(key.home, ['--import'], cert);
      const detail = await tagSigned(`${maintainer.publicKey}\n${gpg(key.home, ['--armor', '--export', key.fingerprint])}`);
      expect(detail).toMatch(
        new RegExp(`^tag v0\\.5\\.0: the signing key Former Maintainer <former@example\\.com> \\(${key.fingerprint.toUpperCase()}\\) is revoked \\(on \\S+Z, no reason given\\), and the tag was signed \\S+Z: sign the tag again`),
      );
    } finally {
      key.cleanup();
    }
  });

  it('says a tag changed after it was signed does not match its signature', async () => {
    signBy(maintainer);
    const object = git(repo.dir, ['cat-file', 'tag', 'v0.5.0']);
    const forged = git(repo.dir, ['mktag'], { input: `${object.replace('Release v0.5.0', 'Release v0.5.0 (edited)')}\n` });
    git(repo.dir, ['push', '-q', '--force', 'origin', `${forged}:refs/tags/v0.5.0`]);
    const detail = await tagSigned(maintainer.publicKey);
    expect(detail).toMatch(/^tag v0\.5\.0: the signature does not match the tag \(BADSIG, key [0-9A-F]{16}\): the tag was changed after it was signed/);
  });
});
