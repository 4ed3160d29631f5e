/**
 * chart-provenance with Helm's own provenance file (test/corpus/helm-provenance: the package,
 * its `.prov` from `helm package --sign`, the public key), served next to the package by a
 * Helm repository on 127.0.0.1, and verified by GnuPG with the allowed keys only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeGpgKey, type GpgKey } from '../../support/gpg.js';
import type { SampleRepo } from '../../support/repos.js';
import { expectOutcome, HelmRepoServer, indexYaml, sha256, tagRelease, verify, wvaAt050 } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../corpus/helm-provenance', import.meta.url));
const PACKAGE = 'hashtest-1.2.3.tgz';
const tgz = readFileSync(join(CORPUS, PACKAGE));
const prov = readFileSync(join(CORPUS, `${PACKAGE}.prov`), 'utf8');
const HELM_FPR = '5E615389B53CA37F0EE60BD3843BBF981FC18762';

/** Helm keeps the key binary; allowed-signers takes it armored, as `gpg --armor --export` prints it. */
function armored(file: string): string {
  const home = mkdtempSync(join(tmpdir(), 'gpg-'));
  try {
    execFileSync('gpg', ['--batch', '--homedir', home, '--import', file], { stdio: 'ignore' });
    return execFileSync('gpg', ['--batch', '--homedir', home, '--armor', '--export'], { encoding: 'utf8' });
  } finally {
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' });
    rmSync(home, { recursive: true, force: true });
  }
}

describe('verify-release chart-provenance', () => {
  let repo: SampleRepo;
  let helm: HelmRepoServer;
  let other: GpgKey;
  let helmKey: string;

  beforeAll(async () => {
    repo = wvaAt050();
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    helm = new HelmRepoServer();
    await helm.start();
    other = makeGpgKey('Someone Else', 'else@example.com');
    helmKey = armored(join(CORPUS, 'helm-test-key.pub'));
  });
  afterAll(async () => {
    await helm?.stop();
    await repo?.cleanup();
  });

  /** The workspace chart at 0.5.0, served as Helm's hashtest package (the .prov names that file). */
  function serve(opts: { prov?: string; digest?: string } = {}): void {
    helm.reset();
    helm.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.5.0', digest: opts.digest ?? sha256(tgz), url: PACKAGE }]) });
    helm.files.set(`/charts/${PACKAGE}`, { body: tgz });
    if (opts.prov !== undefined) helm.files.set(`/charts/${PACKAGE}.prov`, { body: opts.prov });
  }
  const check = (signers: string) => verify(repo, { phase: 'postflight', checks: 'chart-provenance', 'helm-repo-url': helm.url, 'allowed-signers': signers, timeout: '2s' });

  it("passes Helm's own provenance file with its key, naming the signer and the package digest", async () => {
    serve({ prov });
    const report = expectOutcome(await check(helmKey), true);
    expect(report['chart-provenance']!.detail).toBe(
      `${helm.url}/${PACKAGE}.prov: ${PACKAGE} sha256:c6841b3a895f… signed by Helm Testing (This key should only be used for testing. DO NOT TRUST.) <helm-testing@helm.sh> (${HELM_FPR}), verified`,
    );
  });

  it('fails when the signer is not among the allowed keys, naming both', async () => {
    serve({ prov });
    const report = expectOutcome(await check(other.publicKey), false);
    expect(report['chart-provenance']!.detail).toBe(
      `${helm.url}/${PACKAGE}.prov: signed by key 843BBF981FC18762 on 2019-04-01T21:07:20Z, which is not in allowed-signers: add the signer's armored public key (gpg --armor --export 843BBF981FC18762), or sign with a listed key`,
    );
  });

  it('fails when the signed text was changed after signing (BADSIG)', async () => {
    serve({ prov: prov.replace('description: Test chart versioning', 'description: Test chart versionin9') });
    const report = expectOutcome(await check(helmKey), false);
    expect(report['chart-provenance']!.detail).toBe(`${helm.url}/${PACKAGE}.prov: the signature does not match the signed text (BADSIG): the file was changed after it was signed; package and sign the chart again (helm package --sign)`);
  });

  it('fails when the served package is not the one the provenance signs', async () => {
    serve({ prov, digest: 'e'.repeat(64) });
    const report = expectOutcome(await check(helmKey), false);
    expect(report['chart-provenance']!.detail).toBe(`${helm.url}/${PACKAGE}.prov: it signs ${PACKAGE} as sha256:c6841b3a895f1444a6738b5d04564a57e860ce42f8519c3be807fb6d9bee7888, the served package is sha256:${'e'.repeat(64)}`);
  });

  it('is skipped when no .prov is served next to the package', async () => {
    serve();
    const report = expectOutcome(await check(helmKey), true);
    expect(report['chart-provenance']).toMatchObject({ status: 'skipped', detail: `no ${helm.url}/${PACKAGE}.prov (the chart was not packaged with helm package --sign)` });
  });
});
