/**
 * tag-signed: the release tag is an annotated tag whose signature verifies against
 * the keys in `allowed-signers`, and whose signer is one of them.
 *
 * The tag is fetched again from origin first (actions/checkout can leave a
 * lightweight tag in the job). `git verify-tag` decides, as it would on a maintainer's
 * machine: GnuPG gets a temporary home into which only the allowed keys are imported,
 * so a key that happens to be in the runner's keyring proves nothing; SSH signatures
 * are checked by ssh-keygen against an allowed-signers file built from the input, at
 * the tag's time. GitHub's `verification` object is reported beside, never relied on.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Git } from '../../lib/git/git.js';
import { run as exec } from '../../lib/process/exec.js';
import { parseAllowedSigners, primaryFingerprints, readGpgStatus, revocationOf, signatureKind, type AllowedSigners } from '../signers.js';
import { plainKeyFingerprint, readCertificate, readSshOutput, signatureKey, tagTime, type Certificate } from '../ssh-signature.js';
import { sshVerdict } from '../ssh-verdict.js';
import type { CheckContext, CheckResult } from '../types.js';

const failed = (detail: string): CheckResult => ({ status: 'failed', detail });

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const signers = parseAllowedSigners(ctx.inputs.allowedSigners);
  if (signers.gpgBlocks.length === 0 && signers.ssh.length === 0) {
    return failed(
      `allowed-signers ${signers.problems.length > 0 ? `has no usable key (${signers.problems.join('; ')})` : 'is empty'}: give the armored GPG public keys or SSH allowed-signers lines of the release maintainers`,
    );
  }
  if (signers.problems.length > 0) return failed(`allowed-signers: ${signers.problems.join('; ')}`);

  await ctx.fetchTag();
  const { tag, git } = ctx;
  const type = await git.tagType(tag);
  if (!type) return failed(`tag ${tag} does not exist`);
  if (type === 'lightweight') return failed(`tag ${tag} is a lightweight tag: a release tag must be annotated and signed (git tag -s ${tag})`);
  const object = (await git.git(['cat-file', 'tag', '--end-of-options', `refs/tags/${tag}`])).stdout;
  const kind = signatureKind(object);
  if (!kind) return failed(`tag ${tag} is annotated but not signed (git tag -s ${tag})`);
  if (kind === 'x509') return failed(`tag ${tag} carries an X.509 (gpgsm) signature; allowed-signers holds GPG and SSH keys only`);
  if (kind === 'gpg' && signers.gpgBlocks.length === 0) return failed(`tag ${tag} has a GPG signature, and allowed-signers lists SSH keys only`);
  if (kind === 'ssh' && signers.ssh.length === 0) return failed(`tag ${tag} has an SSH signature, and allowed-signers lists GPG keys only`);

  const github = await githubVerification(ctx, tag);
  const home = await mkdtemp(join(tmpdir(), 'vr-gpg-'));
  try {
    const result = kind === 'gpg' ? await verifyGpg(ctx, signers, home) : await verifySsh(ctx, signers, object, home);
    return { ...result, detail: `${result.detail}${github}` };
  } finally {
    await exec('gpgconf', ['--homedir', home, '--kill', 'all'], { allowFailure: true }).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  }
}

/** `git verify-tag --raw` with only the allowed keys: GNUPGHOME and gpg.ssh.allowedSignersFile in `home`. */
async function verifyTag(ctx: CheckContext, home: string, allowedFile: string): Promise<{ exitCode: number; output: string }> {
  const { git, tag } = ctx;
  // TZ=UTC: ssh-keygen prints and reads validity times in local time; the messages say UTC.
  const verifier = new Git(git.cwd, { ...git.options, env: { ...git.options.env, GNUPGHOME: home, TZ: 'UTC' } });
  const verified = await verifier.git(
    ['-c', `gpg.ssh.allowedSignersFile=${allowedFile}`, '-c', 'gpg.minTrustLevel=undefined', 'verify-tag', '--raw', '--end-of-options', `refs/tags/${tag}`],
    { allowFailure: true },
  );
  return { exitCode: verified.exitCode, output: `${verified.stdout}\n${verified.stderr}` };
}

async function verifyGpg(ctx: CheckContext, signers: AllowedSigners, home: string): Promise<CheckResult> {
  const { tag } = ctx;
  const gpg = (args: string[], input?: string) => exec('gpg', ['--batch', '--no-tty', '--no-autostart', '--homedir', home, ...args], { allowFailure: true, ...(input ? { input } : {}) });
  const imported = await gpg(['--import'], signers.gpgBlocks.join('\n'));
  if (imported.exitCode !== 0) return failed(`the GPG keys of allowed-signers cannot be imported: ${imported.stderr.trim().split('\n').slice(-2).join(' ')}`);
  const allowedGpg = primaryFingerprints((await gpg(['--with-colons', '--fingerprint', '--list-keys'])).stdout);
  if (allowedGpg.length === 0) return failed('allowed-signers holds no GPG public key that GnuPG can read');
  const verified = await verifyTag(ctx, home, join(home, 'allowed_signers'));
  let verdict = readGpgStatus(verified.output);
  if (verdict.revoked && verdict.primary) verdict = readGpgStatus(verified.output, revocationOf((await gpg(['--with-colons', '--list-sigs', '--', verdict.primary])).stdout));
  if (!verdict.good || verified.exitCode !== 0) return failed(`tag ${tag}: ${verdict.problem ?? 'git verify-tag refused the signature'}`);
  if (!verdict.primary || !allowedGpg.includes(verdict.primary)) return failed(`tag ${tag} is signed by ${verdict.primary ?? 'an unknown key'}, which is not listed in allowed-signers`);
  return { status: 'passed', detail: `annotated tag ${tag} signed by ${verdict.uid ?? 'an allowed key'} (GPG ${verdict.primary})` };
}

async function verifySsh(ctx: CheckContext, signers: AllowedSigners, object: string, home: string): Promise<CheckResult> {
  const allowedFile = join(home, 'allowed_signers');
  await writeFile(allowedFile, signers.ssh.map((s) => s.line).join('\n') + '\n', { mode: 0o600 });
  const verified = await verifyTag(ctx, home, allowedFile);
  const key = signatureKey(object);
  const certificate = key?.certificate ? await readCertificateOf(key.keyType, key.blob, home) : undefined;
  const time = tagTime(object);
  const verdict = sshVerdict({
    tag: ctx.tag,
    signers: signers.ssh,
    exitCode: verified.exitCode,
    output: readSshOutput(verified.output, allowedFile),
    ...(key && !key.certificate ? { fingerprint: plainKeyFingerprint(key) } : {}),
    ...(certificate ? { certificate } : {}),
    ...(time ? { tagTime: time } : {}),
  });
  return verdict.good ? { status: 'passed', detail: `annotated tag ${ctx.tag} ${verdict.detail}` } : failed(verdict.problem);
}

/** The certificate inside a signature, as `ssh-keygen -L` reads it (in UTC). */
async function readCertificateOf(keyType: string, blob: string, home: string): Promise<Certificate | undefined> {
  const file = join(home, 'signer-cert.pub');
  await writeFile(file, `${keyType} ${blob}\n`, { mode: 0o600 });
  const listed = await exec('ssh-keygen', ['-L', '-f', file], { allowFailure: true, env: { TZ: 'UTC' } });
  return listed.exitCode === 0 ? readCertificate(listed.stdout) : undefined;
}

/** `; GitHub: verified (valid)` — reported only; a missing token or API answer says so. */
async function githubVerification(ctx: CheckContext, tag: string): Promise<string> {
  const client = await ctx.github();
  if (!client) return '; GitHub verification not looked up (no token)';
  try {
    const sha = await ctx.git.out(['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}`]);
    const { data } = await client.rest.git.getTag({ owner: ctx.run.owner, repo: ctx.run.repo, tag_sha: sha });
    const v = data.verification;
    return `; GitHub: ${v?.verified ? 'verified' : 'not verified'} (${v?.reason ?? 'no verification object'}), reported only`;
  } catch (err) {
    const status = (err as { status?: number }).status;
    return `; GitHub verification unavailable (${status ? `HTTP ${status}` : (err as Error).message})`;
  }
}
