/**
 * SSH allowed-signers lines read as OpenSSH's sshsig.c reads them, and what a signed tag,
 * `ssh-keygen -L` and `git verify-tag --raw` say — from real ssh-keygen keys, certificates
 * and tags signed by git.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readVerifyInputs } from '../../../actions/verify-release/inputs.js';
import { parseSshOptions, parseSshSignerLine, sshTime } from '../../../actions/verify-release/ssh-allowed-signers.js';
import { plainKeyFingerprint, readCertificate, readSshOutput, signatureKey, tagTime } from '../../../actions/verify-release/ssh-signature.js';
import { git, initRepo } from '../../support/git.js';

describe('SSH allowed-signers lines', () => {
  const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ6WfP3R4Vkm6Xa5r7v0wB3S4OjQKcnO0l0Kq8pY7Zy1';

  it('reads principals, one comma-separated options field (names in any case) and the key', () => {
    const s = parseSshSignerLine(`"alice@example.com,*@ops.example.com" Cert-Authority,namespaces="git,file",valid-after="20250101",VALID-BEFORE="202701011200Z" ${KEY} alice`, 4);
    expect(s).toMatchObject({
      principals: '"alice@example.com,*@ops.example.com"',
      options: { certAuthority: true, namespaces: 'git,file', validAfter: '20250101', validBefore: '202701011200Z' },
      keyType: 'ssh-ed25519',
      lineNo: 4,
    });
    expect(parseSshSignerLine(`bob@example.com ${KEY}`, 1)).toMatchObject({ options: { certAuthority: false } });
  });

  it.each([
    ['namespaces="git",namespaces="file"', 'the option namespaces is given twice: keep one'],
    ['namespaces=git', 'unknown option "namespaces=git": ssh-keygen knows cert-authority, namespaces="…", valid-after="…" and valid-before="…" (with the value in double quotes)'],
    ['cert-authority,,namespaces="git"', 'the options "cert-authority,,namespaces=\\"git\\"" have an empty entry: separate options with single commas'],
    ['valid-after="20260231"', 'valid-after="20260231" is not a time ssh-keygen reads: write YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, with a Z suffix for UTC (ssh-keygen reads it as local time otherwise)'],
    ['valid-after="20260101",valid-before="20260101"', 'valid-before="20260101" is not after valid-after="20260101"'],
  ])('refuses the options %s', (options, problem) => {
    expect(parseSshOptions(options)).toBe(problem);
  });

  it('reads the times OpenSSH reads (parse_absolute_time), and no others', () => {
    expect(sshTime('20260101')).toEqual({ iso: '2026-01-01T00:00:00', utc: false });
    expect(sshTime('202601011230Z')).toEqual({ iso: '2026-01-01T12:30:00', utc: true });
    expect(sshTime('20260101123045UTC')).toEqual({ iso: '2026-01-01T12:30:45', utc: true });
    for (const bad of ['2026-01-01', '2026010112', '20261301', '+52w', '']) expect(sshTime(bad)).toBeUndefined();
  });

  it('says what is wrong with a line that is no signer', () => {
    expect(parseSshSignerLine('alice@example.com', 1)).toMatch(/^expected an armored GPG public key block or an SSH allowed-signers line/);
    expect(parseSshSignerLine('alice@example.com ssh-ed25519', 1)).toMatch(/^the ssh-ed25519 key is not the base64 of a ssh-ed25519 public key/);
    expect(parseSshSignerLine(`alice@example.com ${KEY.replace('ssh-ed25519', 'ssh-rsa')} ssh-ed25519`, 1)).toMatch(/^the ssh-rsa key is not the base64 of a ssh-rsa public key/);
    expect(parseSshSignerLine(`alice@example.com valid-before="20270101" namespaces="git" ${KEY}`, 1)).toBe(
      'options are one field, comma-separated, with no blank between them: write valid-before="20270101",namespaces=… before the key type',
    );
  });
});

describe('the allowed-signers input', () => {
  const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ6WfP3R4Vkm6Xa5r7v0wB3S4OjQKcnO0l0Kq8pY7Zy1';
  const read = (value: string) => readVerifyInputs({ GITHUB_REF: 'refs/tags/v0.5.0', INPUT_PHASE: 'preflight', 'INPUT_ALLOWED-SIGNERS': value });

  it('keeps a readable value as given, and an empty one (only tag-signed needs it)', () => {
    const value = `# maintainers\nalice@example.com namespaces="git" ${KEY}\n*@example.com cert-authority ${KEY}`;
    expect(read(value).allowedSigners).toBe(value);
    expect(read('').allowedSigners).toBe('');
  });

  it('refuses every line ssh-keygen would skip, each with its line number and the fix', () => {
    expect(() => read(`alice@example.com ${KEY}\nbob@example.com valid-before="tomorrow" ${KEY}\ncarol@example.com cert-authority namespaces="git" ${KEY}`)).toThrow(
      `input 'allowed-signers': line 2: valid-before="tomorrow" is not a time ssh-keygen reads: write YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, with a Z suffix for UTC (ssh-keygen reads it as local time otherwise); line 3: options are one field, comma-separated, with no blank between them: write cert-authority,namespaces=… before the key type`,
    );
  });
});

describe('signatures, certificates and ssh-keygen output, from real ones', () => {
  let dir: string;
  let repo: string;
  let fp: (file: string) => string;
  const ssh = (args: string[]): string => execFileSync('ssh-keygen', args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssh-sig-'));
    for (const n of ['ca', 'alice']) ssh(['-q', '-t', 'ed25519', '-N', '', '-C', n, '-f', join(dir, n)]);
    ssh(['-q', '-s', join(dir, 'ca'), '-I', 'alice-2026', '-n', 'alice@example.com,release@example.com', '-V', '20260101:20261231235959', join(dir, 'alice.pub')]);
    fp = (file) => ssh(['-lf', file]).split(' ')[1] ?? '';
    repo = join(dir, 'repo');
    initRepo(repo);
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'release']);
    for (const [tag, key] of [['plain', 'alice'], ['cert', 'alice-cert.pub']] as const) {
      git(repo, ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${join(dir, key)}`, 'tag', '-s', '-m', tag, tag]);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the signing key of a tag signature, and a certificate inside one', () => {
    const plain = signatureKey(git(repo, ['cat-file', 'tag', 'plain']));
    expect(plain).toMatchObject({ keyType: 'ssh-ed25519', certificate: false });
    expect(plainKeyFingerprint(plain!)).toBe(fp(join(dir, 'alice.pub')));
    const cert = signatureKey(git(repo, ['cat-file', 'tag', 'cert']));
    expect(cert).toMatchObject({ keyType: 'ssh-ed25519-cert-v01@openssh.com', certificate: true });
    // the blob is the whole certificate: written as a .pub line, ssh-keygen reads it as the one issued
    expect(cert!.blob).toBe(readFileSync(join(dir, 'alice-cert.pub'), 'utf8').split(' ')[1]);
    expect(signatureKey('object x\n\nno signature')).toBeUndefined();
  });

  it('reads the tag time git verifies at', () => {
    expect(tagTime(git(repo, ['cat-file', 'tag', 'plain']))).toBe('2026-01-01T00:00:00');
    expect(tagTime('object x\ntype commit\ntag t\ntagger A <a@x> 1767225600 +0200\n\ntagger B <b@x> 0 +0000\n')).toBe('2026-01-01T00:00:00');
  });

  it('reads a certificate as ssh-keygen -L prints it', () => {
    expect(readCertificate(ssh(['-L', '-f', join(dir, 'alice-cert.pub')]))).toEqual({
      keyId: 'alice-2026',
      fingerprint: fp(join(dir, 'alice.pub')),
      ca: fp(join(dir, 'ca.pub')),
      validFrom: '2026-01-01T00:00:00',
      validTo: '2026-12-31T23:59:59',
      principals: ['alice@example.com', 'release@example.com'],
    });
    ssh(['-q', '-s', join(dir, 'ca'), '-I', 'forever', join(dir, 'alice.pub')]);
    const forever = readCertificate(ssh(['-L', '-f', join(dir, 'alice-cert.pub')]));
    expect(forever).toMatchObject({ keyId: 'forever', principals: [] });
    expect(forever).not.toHaveProperty('validTo');
    expect(readCertificate('not a certificate')).toBeUndefined();
  });

  it('reads git verify-tag output: the principal, the fingerprint and the reasons by line of the allowed-signers file', () => {
    const allowed = join(dir, 'allowed');
    const pub = readFileSync(join(dir, 'alice.pub'), 'utf8').trim();
    const verifyTag = (text: string): ReturnType<typeof readSshOutput> => {
      writeFileSync(allowed, text);
      const r = spawnSync('git', ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-tag', '--raw', 'plain'], { cwd: repo, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
      return readSshOutput(`${r.stdout}\n${r.stderr}`, allowed);
    };
    expect(verifyTag(`alice@example.com ${pub}\n`)).toEqual({ principal: 'alice@example.com', fingerprint: fp(join(dir, 'alice.pub')), reasons: [], tail: '' });
    expect(verifyTag(`bob@example.com namespaces="git" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ6WfP3R4Vkm6Xa5r7v0wB3S4OjQKcnO0l0Kq8pY7Zy1\nalice@example.com valid-before="20251231" ${pub}\n`)).toEqual({
      fingerprint: fp(join(dir, 'alice.pub')),
      reasons: [{ line: 2, reason: 'key has expired: verify time 2026-01-01T00:00:00 > valid-before 2025-12-31T00:00:00' }],
      tail: 'No principal matched.',
    });
  });
});
