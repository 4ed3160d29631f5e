/**
 * chart-provenance: when the Helm repository serves a `.prov` next to the chart package (as
 * `helm package --sign` writes it, for `helm verify` / `helm install --verify`), its GPG
 * signature verifies with a key of `allowed-signers` (GnuPG in a temporary home holding only
 * those keys, as tag-signed does) and the signed text vouches for the served package's sha256.
 * No `.prov`: skipped (the chart is proven by chart-signature).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as exec } from '../../lib/process/exec.js';
import { parseProvenanceBody, provenanceMismatch } from '../../lib/signing/helm-provenance.js';
import { parseAllowedSigners, primaryFingerprints, readGpgStatus } from '../signers.js';
import { chartPackageDigest } from '../signing.js';
import type { CheckContext, CheckResult } from '../types.js';

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const pkg = await chartPackageDigest(ctx);
  const provUrl = `${pkg.chartUrl}.prov`;
  const response = await fetch(provUrl, { headers: { 'cache-control': 'no-cache' } });
  if (response.status === 404) return { status: 'skipped', detail: `no ${provUrl} (the chart was not packaged with helm package --sign)` };
  if (!response.ok) return { status: 'failed', detail: `GET ${provUrl}: HTTP ${response.status}` };
  const prov = Buffer.from(await response.arrayBuffer());
  const signers = parseAllowedSigners(ctx.inputs.allowedSigners);
  if (signers.gpgBlocks.length === 0) return { status: 'failed', detail: `${provUrl} exists, and allowed-signers holds no GPG key to verify it with: give the armored public keys that may sign charts` };
  const home = await mkdtemp(join(tmpdir(), 'vr-prov-'));
  try {
    const gpg = (args: string[], input?: string) => exec('gpg', ['--batch', '--no-tty', '--no-autostart', '--homedir', home, ...args], { allowFailure: true, ...(input ? { input } : {}) });
    const imported = await gpg(['--import'], signers.gpgBlocks.join('\n'));
    if (imported.exitCode !== 0) return { status: 'failed', detail: `the GPG keys of allowed-signers cannot be imported: ${imported.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
    const allowed = primaryFingerprints((await gpg(['--with-colons', '--fingerprint', '--list-keys'])).stdout);
    const file = join(home, 'chart.prov');
    const plain = join(home, 'signed.txt');
    await writeFile(file, prov);
    // --decrypt of a clearsigned file writes the text the signature covers, and only that
    const verified = await gpg(['--status-fd', '1', '--output', plain, '--decrypt', file]);
    const verdict = readGpgStatus(verified.stdout);
    if (/^\[GNUPG:\] BADSIG /m.test(verified.stdout)) return { status: 'failed', detail: `${provUrl}: the signature does not match the signed text (BADSIG): the file was changed after it was signed; package and sign the chart again (helm package --sign)` };
    if (!verdict.good) return { status: 'failed', detail: `${provUrl}: ${verdict.problem ?? 'the signature does not verify'}` };
    if (!verdict.primary || !allowed.includes(verdict.primary)) return { status: 'failed', detail: `${provUrl} is signed by ${verdict.uid ?? 'a key'} (${verdict.primary ?? '?'}), expected a key of allowed-signers (${allowed.join(', ')})` };
    const body = parseProvenanceBody(await readFile(plain, 'utf8'));
    if (typeof body === 'string') return { status: 'failed', detail: `${provUrl}: ${body}` };
    const name = decodeURIComponent(new URL(pkg.chartUrl).pathname.split('/').pop() ?? '');
    const mismatch = provenanceMismatch(body, name, pkg.digest.replace(/^sha256:/, ''));
    if (mismatch) return { status: 'failed', detail: `${provUrl}: ${mismatch}` };
    return { status: 'passed', detail: `${provUrl}: ${name} ${pkg.digest.slice(0, 19)}… signed by ${verdict.uid ?? ''} (${verdict.primary}), verified` };
  } finally {
    await exec('gpgconf', ['--homedir', home, '--kill', 'all'], { allowFailure: true }).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  }
}
