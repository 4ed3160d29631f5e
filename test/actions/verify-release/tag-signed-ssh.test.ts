/**
 * tag-signed for SSH signatures as `git verify-tag` verifies them (ssh-keygen -Y with
 * gpg.ssh.allowedSignersFile, at the tag's time): certificates issued by a cert-authority,
 * keys past valid-before or before valid-after, namespaces without git, malformed lines.
 * Real ssh-keygen keys and certificates, real tags signed with `git tag -s` (gpg.format ssh).
 * The test git dates every tag 2026-01-01T00:00:00Z, so validity dates are fixed around it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../support/git.js';
import type { SampleRepo } from '../../support/repos.js';
import { expectOutcome, makeSshKey, tagRelease, verify, wvaAt050 } from './helpers.js';

type Key = ReturnType<typeof makeSshKey>;

/** `ssh-keygen -s CA -I ID -n PRINCIPAL -V VALIDITY KEY.pub`: the certificate file, next to the private key as git expects. */
function certify(ca: Key, key: Key, id: string, principal: string, validity: string): string {
  execFileSync('ssh-keygen', ['-q', '-s', ca.key, '-I', id, '-n', principal, '-V', validity, `${key.key}.pub`]);
  return `${key.key}-cert.pub`;
}

describe('verify-release tag-signed with SSH allowed-signers', () => {
  let repo: SampleRepo;
  let dir: string;
  let ca: Key;
  let otherCa: Key;
  let alice: Key;
  let bob: Key;
  let carol: Key;
  let dave: Key;

  beforeAll(() => {
    repo = wvaAt050();
    dir = mkdtempSync(join(tmpdir(), 'vr-ssh-ca-'));
    [ca, otherCa, alice, bob, carol, dave] = ['ca', 'other-ca', 'alice', 'bob', 'carol', 'dave'].map((n) => makeSshKey(dir, n)) as [Key, Key, Key, Key, Key, Key];
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await repo?.cleanup();
  });

  const tagSigned = (allowed: string) => verify(repo, { phase: 'preflight', checks: 'tag-signed', 'allowed-signers': allowed });
  const detailOf = async (allowed: string, passed: boolean): Promise<string> => expectOutcome(await tagSigned(allowed), passed)['tag-signed']!.detail;
  const signWith = (keyFile: string): void => tagRelease(repo, 'v0.5.0', { kind: 'ssh', key: keyFile });

  describe('cert-authority', () => {
    it('accepts a tag signed with a certificate the listed CA issued, and names the certificate, its CA and the line', async () => {
      const cert = certify(ca, alice, 'alice-release', 'alice@example.com', '20250101:20270101');
      signWith(cert);
      const detail = await detailOf(`# release CA\n*@example.com cert-authority ${ca.publicKey}`, true);
      expect(detail).toContain(`annotated tag v0.5.0 signed by alice@example.com (SSH certificate "alice-release" for key ${alice.fingerprint}, issued by CA ${ca.fingerprint} of allowed-signers line 2)`);
    });

    it('refuses a plain key that the CA did not sign, saying the line accepts certificates only', async () => {
      signWith(dave.key);
      const detail = await detailOf(`*@example.com cert-authority ${ca.publicKey}`, false);
      expect(detail).toMatch(new RegExp(`^tag v0\\.5\\.0 is signed by SSH key ${escape(dave.fingerprint)}, which is not in allowed-signers \\(line 1: cert-authority, which accepts only certificates signed by that CA, not a plain key\\)`));
    });

    it('refuses a tag signed by the CA key itself: a cert-authority line vouches for certificates, not for the key', async () => {
      signWith(ca.key);
      const detail = await detailOf(`*@example.com cert-authority ${ca.publicKey}`, false);
      expect(detail).toContain(`is signed by SSH key ${ca.fingerprint}, which allowed-signers line 1 (*@example.com) lists as a cert-authority`);
    });

    it('refuses a certificate issued by another CA', async () => {
      signWith(certify(otherCa, bob, 'bob-elsewhere', 'bob@example.com', '20250101:20270101'));
      const detail = await detailOf(`*@example.com cert-authority ${ca.publicKey}`, false);
      expect(detail).toMatch(`tag v0.5.0 is signed with SSH certificate "bob-elsewhere" (key ${bob.fingerprint}, CA ${otherCa.fingerprint}), whose CA is not in allowed-signers`);
    });

    it('reports a certificate past its validity as expired, with the dates, not as unlisted', async () => {
      signWith(certify(ca, carol, 'carol-2025', 'carol@example.com', '20250101:20251231'));
      const detail = await detailOf(`*@example.com cert-authority ${ca.publicKey}`, false);
      expect(detail).toMatch(/the certificate expired on 2025-12-31T00:00:00 UTC \(valid from 2025-01-01T00:00:00 UTC\), and the tag was made 2026-01-01T00:00:00 UTC: sign the tag again/);
      expect(detail).toContain('"carol-2025"');
      expect(detail).not.toMatch(/not in allowed-signers/);
    });

    it('names the principals when the certificate is for someone the line does not accept', async () => {
      signWith(certify(ca, alice, 'alice-release', 'alice@example.com', '20250101:20270101'));
      const detail = await detailOf(`release@example.com cert-authority ${ca.publicKey}`, false);
      expect(detail).toContain('its principals (alice@example.com) match none of allowed-signers line 1 (release@example.com)');
    });

    it("holds the cert-authority line's own valid-before against the tag's time", async () => {
      signWith(certify(ca, alice, 'alice-release', 'alice@example.com', '20250101:20270101'));
      const detail = await detailOf(`*@example.com cert-authority,valid-before="20251115" ${ca.publicKey}`, false);
      expect(detail).toContain(`tag v0.5.0: the CA ${ca.fingerprint} of its SSH certificate "alice-release" is listed on allowed-signers line 1 (*@example.com) with valid-before="20251115": the key expired on 2025-11-15T00:00:00 UTC`);
    });

    it('tells a CA key listed without cert-authority from an unlisted one', async () => {
      signWith(certify(ca, alice, 'alice-release', 'alice@example.com', '20250101:20270101'));
      const detail = await detailOf(`alice@example.com ${ca.publicKey}`, false);
      expect(detail).toContain("allowed-signers line 1 (alice@example.com) lists the CA's key without cert-authority");
    });
  });

  describe('validity and namespaces of a plain key', () => {
    beforeAll(() => signWith(alice.key));

    it('passes within valid-after … valid-before with namespaces including git', async () => {
      const detail = await detailOf(`alice@example.com namespaces="file,git",valid-after="20250101",valid-before="20270101Z" ${alice.publicKey}`, true);
      expect(detail).toContain(`signed by alice@example.com (SSH ${alice.fingerprint}, allowed-signers line 1)`);
    });

    it('reports a key past valid-before as expired on that date, not as unlisted', async () => {
      const detail = await detailOf(`bob@example.com ${bob.publicKey}\nalice@example.com valid-before="20251201" ${alice.publicKey}`, false);
      expect(detail).toBe(
        `tag v0.5.0: its SSH key ${alice.fingerprint} is listed on allowed-signers line 2 (alice@example.com) with valid-before="20251201": the key expired on 2025-12-01T00:00:00 UTC, and the tag was made 2026-01-01T00:00:00 UTC: sign the tag again with a current key of a maintainer (git tag -s -f v0.5.0, then push it); GitHub verification not looked up (no token)`,
      );
    });

    it("holds validity against the tag's own time, as git does: a key retired since still verifies an older tag", async () => {
      // the tag says 2026-01-01; the key's line ends 2026-06-01, before today — git accepts it, and so does the check
      const detail = await detailOf(`alice@example.com valid-before="20260601" ${alice.publicKey}`, true);
      expect(detail).toContain(`signed by alice@example.com (SSH ${alice.fingerprint}, allowed-signers line 1)`);
    });

    it('reports a key before valid-after as not yet valid', async () => {
      const detail = await detailOf(`alice@example.com valid-after="20260601" ${alice.publicKey}`, false);
      expect(detail).toContain('the key is not yet valid (from 2026-06-01T00:00:00 UTC), and the tag was made 2026-01-01T00:00:00 UTC');
    });

    it('refuses a key whose namespaces exclude git, saying how to add it', async () => {
      const detail = await detailOf(`alice@example.com namespaces="file" ${alice.publicKey}`, false);
      expect(detail).toContain(`its SSH key ${alice.fingerprint} is listed on allowed-signers line 1 (alice@example.com) with namespaces="file", which excludes "git"`);
      expect(detail).toContain('namespaces="file,git"');
    });
  });

  it('says a tag changed after it was signed does not verify, even by a listed key', async () => {
    signWith(alice.key);
    const object = git(repo.dir, ['cat-file', 'tag', 'v0.5.0']);
    const forged = git(repo.dir, ['mktag'], { input: `${object.replace('Release v0.5.0', 'Release v0.5.0 (edited)')}\n` });
    git(repo.dir, ['push', '-q', '--force', 'origin', `${forged}:refs/tags/v0.5.0`]);
    const detail = await detailOf(`alice@example.com ${alice.publicKey}`, false);
    expect(detail).toMatch(/^tag v0\.5\.0: the SSH signature does not verify \(.*Could not verify signature\.?.*\): make the tag again with git tag -s/);
  });

  describe('malformed allowed-signers', () => {
    it.each([
      ['options separated by a blank', (k: Key) => `alice@example.com cert-authority namespaces="git" ${k.publicKey}`, /^line 1: options are one field, comma-separated, with no blank between them: write cert-authority,namespaces=… before the key type$/],
      ['an option ssh-keygen does not know', (k: Key) => `# team\nalice@example.com no-touch-required ${k.publicKey}`, /^line 2: unknown option "no-touch-required": ssh-keygen knows cert-authority/],
      ['a date ssh-keygen does not read', (k: Key) => `alice@example.com valid-before="2027-01-01" ${k.publicKey}`, /^line 1: valid-before="2027-01-01" is not a time ssh-keygen reads: write YYYYMMDD/],
      ['valid-before not after valid-after', (k: Key) => `alice@example.com valid-after="20270101",valid-before="20260101" ${k.publicKey}`, /^line 1: valid-before="20260101" is not after valid-after="20270101"$/],
      ['a .pub line without principal', (k: Key) => k.publicKey, /^line 1: the line starts with the key type: put the signer's principal/],
      ['a truncated key', (k: Key) => `alice@example.com ${k.publicKey.slice(0, 30)}`, /^line 1: the ssh-ed25519 key is not the base64 of a ssh-ed25519 public key/],
    ])('refuses %s before anything runs, naming the input, the line and the fix', async (_, line, expected) => {
      const run = await tagSigned(line(alice));
      expect(run.exitCode).toBe(1);
      expect(run.outputs['report']).toBeUndefined();
      expect(run.errors).toHaveLength(1);
      const message = run.errors[0]!.message;
      expect(message.startsWith("input 'allowed-signers': ")).toBe(true);
      expect(message.slice("input 'allowed-signers': ".length)).toMatch(expected);
    });

    it('refuses only what ssh-keygen itself would skip: the same lines straight to ssh-keygen -Y verify', () => {
      const payload = join(dir, 'payload');
      writeFileSync(payload, 'release');
      execFileSync('ssh-keygen', ['-q', '-Y', 'sign', '-n', 'git', '-f', alice.key, payload]);
      const allowedBy = (line: string): boolean => {
        const allowed = join(dir, 'allowed');
        writeFileSync(allowed, `${line}\n`);
        const args = ['-Y', 'verify', '-n', 'git', '-f', allowed, '-I', 'alice@example.com', '-s', `${payload}.sig`];
        try {
          execFileSync('ssh-keygen', args, { input: readFileSync(payload), stdio: ['pipe', 'pipe', 'pipe'] });
          return true;
        } catch {
          return false;
        }
      };
      expect(allowedBy(`alice@example.com cert-authority,namespaces="git" ${alice.publicKey}`.replace('cert-authority,', ''))).toBe(true);
      for (const line of [`alice@example.com cert-authority namespaces="git" ${alice.publicKey}`, `alice@example.com no-touch-required ${alice.publicKey}`, `alice@example.com valid-before="2027-01-01" ${alice.publicKey}`]) {
        expect([line, allowedBy(line)]).toEqual([line, false]);
      }
    });
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
