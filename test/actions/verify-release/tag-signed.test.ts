/**
 * tag-signed with real git and GnuPG (and ssh-keygen): signed, unsigned, lightweight and
 * wrong-key tags, the re-fetch over a lightweight local tag, and GitHub's verification
 * object reported but not trusted.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../support/git.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { makeGpgKey, type GpgKey } from '../../support/gpg.js';
import type { SampleRepo } from '../../support/repos.js';
import { expectOutcome, makeSshKey, tagRelease, verify, WVA, wvaAt050 } from './helpers.js';

describe('verify-release tag-signed', () => {
  let repo: SampleRepo;
  let maintainer: GpgKey;
  let stranger: GpgKey;
  let sshDir: string;
  let ssh: ReturnType<typeof makeSshKey>;
  let otherSsh: ReturnType<typeof makeSshKey>;

  beforeAll(() => {
    repo = wvaAt050();
    maintainer = makeGpgKey('Release Maintainer', 'maintainer@example.com');
    stranger = makeGpgKey('Someone Else', 'someone@example.com');
    sshDir = mkdtempSync(join(tmpdir(), 'vr-ssh-'));
    ssh = makeSshKey(sshDir, 'maintainer');
    otherSsh = makeSshKey(sshDir, 'other');
  });
  afterAll(async () => {
    maintainer?.cleanup();
    stranger?.cleanup();
    rmSync(sshDir, { recursive: true, force: true });
    await repo?.cleanup();
  });

  const tagSigned = (allowed: string) => verify(repo, { phase: 'preflight', checks: 'tag-signed', 'allowed-signers': allowed });

  it('passes a tag signed by a key in allowed-signers, naming the signer and its primary fingerprint', async () => {
    tagRelease(repo, 'v0.5.0', { kind: 'gpg', gnupgHome: maintainer.home, key: maintainer.fingerprint });
    const run = await tagSigned(`${stranger.publicKey}\n${maintainer.publicKey}`);
    const report = expectOutcome(run, true);
    expect(report['tag-signed']).toMatchObject({ status: 'passed' });
    expect(report['tag-signed']!.detail).toContain(maintainer.fingerprint.toUpperCase());
    expect(report['tag-signed']!.detail).toContain('Release Maintainer <maintainer@example.com>');
    expect(report['tag-signed']!.detail).toContain('no token');
    expect(run.summary).toMatch(/\| ✅ \| tag-signed \|/);
  });

  it('fails a tag signed by a key that is not listed, although that key signed it validly', async () => {
    tagRelease(repo, 'v0.5.0', { kind: 'gpg', gnupgHome: stranger.home, key: stranger.fingerprint });
    const report = expectOutcome(await tagSigned(maintainer.publicKey), false);
    expect(report['tag-signed']!.status).toBe('failed');
    expect(report['tag-signed']!.detail).toMatch(/which is not in allowed-signers/);
    expect(report['tag-signed']!.detail).toContain(stranger.fingerprint.slice(-16).toUpperCase());
  });

  it('fails an annotated tag without a signature', async () => {
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    const report = expectOutcome(await tagSigned(maintainer.publicKey), false);
    expect(report['tag-signed']!.detail).toBe('tag v0.5.0 is annotated but not signed (git tag -s v0.5.0)');
  });

  it('fails a lightweight tag', async () => {
    tagRelease(repo, 'v0.5.0', { kind: 'lightweight' });
    const report = expectOutcome(await tagSigned(maintainer.publicKey), false);
    expect(report['tag-signed']!.detail).toMatch(/^tag v0\.5\.0 is a lightweight tag/);
  });

  it('fetches the tag again: a lightweight tag left in the workspace does not hide the signed one on origin', async () => {
    tagRelease(repo, 'v0.5.0', { kind: 'gpg', gnupgHome: maintainer.home, key: maintainer.fingerprint });
    git(repo.workspace!, ['tag', '-f', 'v0.5.0', 'HEAD']);
    expect(git(repo.workspace!, ['cat-file', '-t', 'refs/tags/v0.5.0'])).toBe('commit');
    const report = expectOutcome(await tagSigned(maintainer.publicKey), true);
    expect(report['tag-signed']!.status).toBe('passed');
    expect(git(repo.workspace!, ['cat-file', '-t', 'refs/tags/v0.5.0'])).toBe('tag');
  });

  it('passes an SSH-signed tag whose key is in the allowed-signers lines, and fails one signed by another SSH key', async () => {
    tagRelease(repo, 'v0.5.0', { kind: 'ssh', key: ssh.key });
    const allowed = `# maintainers\nmaintainer@example.com ${ssh.publicKey}`;
    const good = expectOutcome(await tagSigned(allowed), true);
    expect(good['tag-signed']!.detail).toContain(`signed by maintainer@example.com (SSH ${ssh.fingerprint}, allowed-signers line 2)`);

    tagRelease(repo, 'v0.5.0', { kind: 'ssh', key: otherSsh.key });
    const bad = expectOutcome(await tagSigned(allowed), false);
    expect(bad['tag-signed']!.detail).toContain(`signed by SSH key ${otherSsh.fingerprint}, which is not in allowed-signers`);
  });

  it('fails with an empty allowed-signers, and refuses an unreadable one as an input, before looking at the tag', async () => {
    const empty = expectOutcome(await tagSigned(''), false);
    expect(empty['tag-signed']!.detail).toMatch(/^allowed-signers is empty/);
    const junk = await tagSigned(`${maintainer.publicKey}\nnot a key at all`);
    expect(junk.exitCode).toBe(1);
    expect(junk.outputs['report']).toBeUndefined();
    expect(junk.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^input 'allowed-signers': line \d+: expected an armored GPG public key block or an SSH allowed-signers line/)]);
  });

  describe('with the GitHub API', () => {
    let gh: GitHubEmulator;
    beforeAll(async () => {
      gh = await startGitHubEmulator({ token: 'test-token' });
    });
    afterEach(() => gh.assertNoViolations());
    afterAll(async () => {
      await gh?.stop();
    });

    it("reports GitHub's verification object but decides on the allowed keys only", async () => {
      tagRelease(repo, 'v0.5.0', { kind: 'gpg', gnupgHome: maintainer.home, key: maintainer.fingerprint });
      await gh.createRepo(WVA, { fromDir: repo.dir });
      const run = await verify(
        repo,
        { phase: 'preflight', checks: 'tag-signed', 'allowed-signers': maintainer.publicKey, token: 'test-token' },
        { apiUrl: gh.apiUrl, serverUrl: gh.serverUrl },
      );
      const report = expectOutcome(run, true);
      // The emulator holds no keys: GitHub says "unknown_key", the check still passes on the allowed key.
      expect(report['tag-signed']!.detail).toContain('GitHub: not verified (unknown_key), reported only');
      expect(gh.requests.filter((r) => r.method !== 'GET' && r.area !== 'git')).toEqual([]);
      expect(gh.requests.some((r) => /\/git\/tags\/[0-9a-f]{40}$/.test(r.path))).toBe(true);
    });
  });
});
