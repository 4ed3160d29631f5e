/**
 * The signature checks (image-signature, chart-signature, sbom, checksums) through the bundled
 * action: the real registry, a Helm repository on 127.0.0.1, the GitHub emulator holding the
 * attestations as GitHub does, and a local Sigstore (CA, CT log, Rekor-like log) whose trusted
 * root is handed to the action. Then each way a release can be signed wrong, and the check
 * that says so.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { addAttestation } from '../../support/github/routes/attestations.js';
import { pushMultiPlatformImage } from '../../support/registry/images.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import type { SampleRepo } from '../../support/repos.js';
import { startSigstore, type InTotoStatement, type LocalSigstore, type WorkflowIdentity } from '../../support/sigstore/index.js';
import { CHART_NAME, chartArchive, expectOutcome, HelmRepoServer, indexYaml, sha256, tagRelease, verify, wvaAt050 } from './helpers.js';

const TOKEN = 'test-token';
const IMAGE_REPO = 'llm-d-incubation/workload-variant-autoscaler';
const CHECKS = 'image-signature\nchart-signature\nsbom\nchecksums';
const PACKAGE = `${CHART_NAME}-0.5.0.tgz`;
const OTHER_DIGEST = `sha256:${'c'.repeat(64)}`;

const provenance = (name: string, digest: string): InTotoStatement => ({
  subject: [{ name, digest: { sha256: digest.replace(/^sha256:/, '') } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } },
});
const sbom = (name: string, digest: string): InTotoStatement => ({
  subject: [{ name, digest: { sha256: digest.replace(/^sha256:/, '') } }],
  predicateType: 'https://spdx.dev/Document/v2.3',
  predicate: { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name, packages: [] },
});

describe('verify-release postflight: what was signed, and by whom', () => {
  let repo: SampleRepo;
  let registry: RunningRegistry;
  let helm: HelmRepoServer;
  let gh: GitHubEmulator;
  let sig: LocalSigstore;
  let work: string;
  let rootFile: string;
  let imageDigest: string;
  let tgz: Buffer;
  let n = 0;

  beforeAll(async () => {
    repo = wvaAt050();
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    work = mkdtempSync(join(tmpdir(), 'vr-sig-'));
    [registry, gh, sig] = await Promise.all([startRegistry({ auth: 'none' }), startGitHubEmulator({ token: TOKEN }), startSigstore()]);
    helm = new HelmRepoServer();
    await helm.start();
    imageDigest = (await pushMultiPlatformImage(new OciClient({ registry: registry.host }), IMAGE_REPO, ['v0.5.0', 'latest'])).digest;
    tgz = chartArchive(repo.workspace!, work);
    helm.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.5.0', digest: sha256(tgz), url: PACKAGE }]) });
    helm.files.set(`/charts/${PACKAGE}`, { body: tgz });
    rootFile = join(work, 'trusted_root.json');
    writeFileSync(rootFile, JSON.stringify(sig.trustedRoot));
  });
  afterEach(() => gh.assertNoViolations());
  afterAll(async () => {
    await Promise.all([registry?.stop(), gh?.stop(), helm?.stop(), sig?.stop()]);
    rmSync(work, { recursive: true, force: true });
    await repo?.cleanup();
  });

  async function api<T = Record<string, unknown>>(method: string, url: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const response = await fetch(url.startsWith('http') ? url : `${gh.apiUrl}${url}`, {
      method,
      headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json', 'content-type': contentType },
      ...(body === undefined ? {} : { body: Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  interface Release {
    full: string;
    identity: WorkflowIdentity;
    sumsDigest: string;
  }

  /** A repository released as release.yaml does: assets with SHA256SUMS, every attestation stored through the API. */
  async function released(opts: { assets?: Record<string, Buffer>; sums?: string; skip?: string[]; identity?: Partial<WorkflowIdentity> } = {}): Promise<Release> {
    const full = `acme/wva-${++n}`;
    await gh.createRepo(full, { fromDir: repo.dir });
    const identity: WorkflowIdentity = { serverUrl: gh.serverUrl, repository: full, ref: 'refs/tags/v0.5.0', ...opts.identity };
    const assets = opts.assets ?? { [PACKAGE]: tgz };
    const sums = Buffer.from(opts.sums ?? Object.entries(assets).map(([name, bytes]) => `${sha256(bytes)}  ${name}\n`).join(''));
    const release = await api<{ upload_url: string }>('POST', `/repos/${full}/releases`, { tag_name: 'v0.5.0', name: 'v0.5.0', body: 'notes' });
    for (const [name, bytes] of Object.entries({ ...assets, SHA256SUMS: sums })) await api('POST', `${release.upload_url.replace(/\{.*$/, '')}?name=${name}`, bytes, 'application/octet-stream');
    const sumsDigest = `sha256:${sha256(sums)}`;
    const statements: Record<string, InTotoStatement> = {
      image: provenance(`${registry.host}/${IMAGE_REPO}`, imageDigest),
      chart: { ...provenance(PACKAGE, `sha256:${sha256(tgz)}`), subject: [...provenance(PACKAGE, `sha256:${sha256(tgz)}`).subject, { name: 'SHA256SUMS', digest: { sha256: sumsDigest.slice(7) } }] },
      sbom: sbom(`${registry.host}/${IMAGE_REPO}`, imageDigest),
    };
    for (const [what, statement] of Object.entries(statements)) {
      if (opts.skip?.includes(what)) continue;
      await api('POST', `/repos/${full}/attestations`, { bundle: await sig.attest(statement, identity) });
    }
    return { full, identity, sumsDigest };
  }

  const postflight = (full: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
    verify(
      repo,
      { phase: 'postflight', checks: CHECKS, images: `${registry.host}/${IMAGE_REPO}`, 'helm-repo-url': helm.url, token: TOKEN, 'trusted-root': rootFile, timeout: '2s', ...inputs },
      { repository: full, apiUrl: gh.apiUrl, serverUrl: gh.serverUrl, env: { RELEASE_ACTIONS_RETRY_SCALE: '0.01', ...env } },
    );

  it('passes when the image, the chart, the SBOM and SHA256SUMS are signed by the release workflow at the tag, naming the identity', async () => {
    const { full } = await released();
    const run = await postflight(full);
    const report = expectOutcome(run, true);
    const signer = `${gh.serverUrl}/${full}/.github/workflows/release.yaml@refs/tags/v0.5.0 (source ${gh.serverUrl}/${full}@refs/tags/v0.5.0)`;
    expect(report['image-signature']!.detail).toContain(`image ${registry.host}/${IMAGE_REPO}@${imageDigest}: signed by ${signer}, verified, in the log at index`);
    expect(report['chart-signature']!.detail).toContain(`chart ${helm.url}/${PACKAGE}: signed by ${signer}, verified`);
    expect(report['sbom']!.detail).toContain(`SBOM of image ${registry.host}/${IMAGE_REPO}@${imageDigest}: signed by ${signer}, verified`);
    expect(report['checksums']!.detail).toMatch(new RegExp(`^1 asset\\(s\\) match SHA256SUMS \\(${PACKAGE.replace(/\./g, '\\.')}\\); SHA256SUMS of release v0.5.0: signed by `));
    expect(gh.requests.filter((r) => r.path.includes('/attestations/')).every((r) => r.method === 'GET')).toBe(true);
    // the user's own commands, filled in with this release
    const gh1 = `--repo '${full}' --signer-workflow '${full}/.github/workflows/release.yaml' --source-ref 'refs/tags/v0.5.0'`;
    expect(run.summary).toContain(`gh attestation verify 'oci://${registry.host}/${IMAGE_REPO}@${imageDigest}' ${gh1}\n`);
    expect(run.summary).toContain(`gh attestation verify 'oci://${registry.host}/${IMAGE_REPO}@${imageDigest}' ${gh1} --predicate-type 'https://spdx.dev/Document/v2.3'`.replace("'https://spdx.dev/Document/v2.3'", 'https://spdx.dev/Document/v2.3'));
    expect(run.summary).toContain(`gh release download 'v0.5.0' --repo '${full}'\nsha256sum -c SHA256SUMS\ngh attestation verify 'SHA256SUMS' ${gh1}\n`);
    expect(run.summary).toContain(`curl -fsSLO '${helm.url}/${PACKAGE}'\ngh attestation verify '${PACKAGE}' ${gh1}\n`);
  });

  it('runs the four checks in the default postflight selection with signatures: true', async () => {
    const { full } = await released();
    const run = await postflight(full, { checks: '', signatures: 'true', 'oci-registry': '' });
    const report = JSON.parse(run.outputs['report'] ?? '[]') as Array<{ check: string; status: string }>;
    expect(report.map((r) => r.check)).toEqual(['image', 'helm-repo', 'oci-chart', 'github-release', 'image-signature', 'chart-signature', 'sbom', 'checksums', 'chart-provenance', 'cluster']);
    expect(report.filter((r) => ['image-signature', 'chart-signature', 'sbom', 'checksums'].includes(r.check)).map((r) => r.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
  });

  it('fails image-signature for a bundle signed for another digest, naming both digests', async () => {
    const { full, identity } = await released({ skip: ['image'] });
    addAttestation(gh.repo(full), 9_000_001, await sig.attest(provenance(`${registry.host}/${IMAGE_REPO}`, OTHER_DIGEST), identity), [imageDigest]);
    const report = expectOutcome(await postflight(full, { checks: 'image-signature' }), false);
    expect(report['image-signature']!.detail).toBe(`image ${registry.host}/${IMAGE_REPO}@${imageDigest}: signed for ${OTHER_DIGEST}, not for the published ${imageDigest}`);
  });

  it.each([
    ['another workflow', (full: string) => ({ workflow: `${full}/.github/workflows/nightly.yaml@refs/tags/v0.5.0` }), (full: string, server: string) => `workflow (SAN): expected ${server}/${full}/.github/workflows/release.yaml@refs/tags/v0.5.0, found ${server}/${full}/.github/workflows/nightly.yaml@refs/tags/v0.5.0`],
    ['another repository', () => ({ repository: 'someone/fork' }), (full: string, server: string) => `source repository: expected ${server}/${full}, found ${server}/someone/fork`],
    ['another ref', () => ({ ref: 'refs/heads/main' }), () => 'source ref: expected refs/tags/v0.5.0, found refs/heads/main'],
  ])('fails every signature check for a certificate from %s, naming the identity expected and found', async (_what, change, message) => {
    const full = `acme/wva-${n + 1}`;
    const identity = change(full) as Partial<WorkflowIdentity>;
    const made = await released({ identity });
    expect(made.full).toBe(full);
    const report = expectOutcome(await postflight(full), false);
    for (const check of ['image-signature', 'chart-signature', 'sbom', 'checksums']) {
      expect(report[check]!.status).toBe('failed');
      expect(report[check]!.detail).toContain(message(full, gh.serverUrl));
      expect(report[check]!.detail).toContain(', expected ');
    }
  });

  it('fails for bundles from a Sigstore the trusted root does not hold, and for a root that expired before the signing', async () => {
    const { full } = await released();
    const stranger = await startSigstore();
    const expired = await startSigstore({ validFor: { start: new Date(Date.now() - 10 * 86_400_000), end: new Date(Date.now() - 86_400_000) } });
    try {
      const strangerRoot = join(work, 'stranger.json');
      writeFileSync(strangerRoot, JSON.stringify(stranger.trustedRoot));
      const untrusted = expectOutcome(await postflight(full, { checks: 'image-signature', 'trusted-root': strangerRoot }), false);
      expect(untrusted['image-signature']!.detail).toMatch(/^image .*: the certificate does not chain to a CA of the trusted root valid at signing time .*\(CERTIFICATE_ERROR/);

      const late = await released({ skip: ['image'] });
      await api('POST', `/repos/${late.full}/attestations`, { bundle: await expired.attest(provenance(`${registry.host}/${IMAGE_REPO}`, imageDigest), late.identity) });
      const expiredRoot = join(work, 'expired.json');
      writeFileSync(expiredRoot, JSON.stringify(expired.trustedRoot));
      const report = expectOutcome(await postflight(late.full, { checks: 'image-signature', 'trusted-root': expiredRoot }), false);
      expect(report['image-signature']!.detail).toMatch(/: the trusted root's certificate authorities were valid until \S+Z, and this was signed \S+Z: an expired root .*\(CERTIFICATE_ERROR: /);
    } finally {
      await Promise.all([stranger.stop(), expired.stop()]);
    }
  });

  it('reads index.yaml once a run: the package helm-repo downloaded is the one the signature checks prove', async () => {
    const { full } = await released();
    const reads = () => helm.requests.filter((r) => r.path === '/charts/index.yaml').length;
    const before = reads();
    const report = expectOutcome(await postflight(full, { checks: 'helm-repo\nchart-signature\nchart-provenance' }), true);
    expect(report['chart-signature']!.detail).toContain(`chart ${helm.url}/${PACKAGE}: signed by `);
    expect(report['chart-provenance']!.status).toBe('skipped');
    expect(reads() - before).toBe(1);
    // without helm-repo, the first signature check reads it and the next reuses it
    const alone = expectOutcome(await postflight(full, { checks: 'chart-signature\nchart-provenance' }), true);
    expect(alone['chart-signature']!.detail).toBe(report['chart-signature']!.detail);
    expect(reads() - before).toBe(2);
  });

  it('fails checksums for an asset changed after it was summed, naming the asset and both digests', async () => {
    const sums = `${sha256(tgz)}  ${PACKAGE}\n`;
    const tampered = Buffer.concat([tgz, Buffer.from('tampered')]);
    const { full } = await released({ assets: { [PACKAGE]: tampered }, sums });
    const report = expectOutcome(await postflight(full, { checks: 'checksums' }), false);
    expect(report['checksums']!.detail).toContain(`${PACKAGE}: sha256 is ${sha256(tampered)}, SHA256SUMS:1 says ${sha256(tgz)} (the asset was changed after it was summed)`);
  });

  it('fails checksums for a SHA256SUMS listing a file the release does not carry', async () => {
    const sums = `${sha256(tgz)}  ${PACKAGE}\n${'d'.repeat(64)}  ${CHART_NAME}-0.5.0.tgz.prov\n`;
    const { full } = await released({ sums });
    const report = expectOutcome(await postflight(full, { checks: 'checksums' }), false);
    expect(report['checksums']!.detail).toBe(`SHA256SUMS:2 lists ${CHART_NAME}-0.5.0.tgz.prov, which the release does not carry`);
  });

  it('fails checksums when SHA256SUMS is not signed', async () => {
    const { full, sumsDigest } = await released({ skip: ['chart'] });
    const report = expectOutcome(await postflight(full, { checks: 'checksums\nchart-signature' }), false);
    expect(report['checksums']!.detail).toContain(`SHA256SUMS of release v0.5.0: no attestation for ${sumsDigest}; expected one signed by ${gh.serverUrl}/${full}/.github/workflows/release.yaml@refs/tags/v0.5.0`);
    expect(report['chart-signature']!.detail).toContain(`chart ${helm.url}/${PACKAGE}: no attestation for sha256:${sha256(tgz)}`);
  });

  it('fails sbom for an SBOM of another image: none under the image digest, or one about another digest', async () => {
    const { full, identity } = await released({ skip: ['sbom'] });
    await api('POST', `/repos/${full}/attestations`, { bundle: await sig.attest(sbom(`${registry.host}/other`, OTHER_DIGEST), identity) });
    const none = expectOutcome(await postflight(full, { checks: 'sbom' }), false);
    expect(none['sbom']!.detail).toBe(`SBOM of image ${registry.host}/${IMAGE_REPO}@${imageDigest}: no attestation for ${imageDigest}; expected one signed by ${gh.serverUrl}/${full}/.github/workflows/release.yaml@refs/tags/v0.5.0 (source ${gh.serverUrl}/${full}@refs/tags/v0.5.0, issuer https://token.actions.githubusercontent.com)`);

    addAttestation(gh.repo(full), 9_000_002, await sig.attest(sbom(`${registry.host}/other`, OTHER_DIGEST), identity), [imageDigest]);
    const other = expectOutcome(await postflight(full, { checks: 'sbom' }), false);
    expect(other['sbom']!.detail).toContain(`signed for ${OTHER_DIGEST}, not for the published ${imageDigest}`);
  });

  it('passes an OCI chart whose chart layer is the signed package, and fails one carrying other bytes, naming both digests', async () => {
    const { full } = await released();
    const push = (name: string, bytes: Buffer) =>
      pushHelmChart(
        { registry: `oci://${registry.host}/${name}`, chartName: CHART_NAME, version: '0.5.0', tgzBytes: new Uint8Array(bytes), chartYamlMeta: { apiVersion: 'v2', name: CHART_NAME, version: '0.5.0' } },
        {},
      );
    await push('charts', tgz);
    const good = expectOutcome(await postflight(full, { checks: 'chart-signature', 'oci-registry': `oci://${registry.host}/charts` }), true);
    expect(good['chart-signature']!.detail).toMatch(new RegExp(`chart oci://${registry.host}/charts/${CHART_NAME}:0\\.5\\.0@sha256:[0-9a-f]{64}: its chart layer is the signed package sha256:`));
    const other = Buffer.concat([tgz, Buffer.from('x')]);
    await push('other-charts', other);
    const bad = expectOutcome(await postflight(full, { checks: 'chart-signature', 'oci-registry': `oci://${registry.host}/other-charts` }), false);
    expect(bad['chart-signature']!.detail).toContain(`its chart layer is sha256:${sha256(other)}, not the signed package sha256:${sha256(tgz)} the Helm repository serves`);
    expect(bad['chart-signature']!.detail).not.toContain('no attestation');
  });

  it('rides out a 502 and a stall of the attestations API, and fails cleanly, naming the status, when it keeps failing', async () => {
    const { full } = await released();
    const path = new RegExp(`^/repos/${full}/attestations/`);
    const transient = gh.injectFault({ kind: 'status', status: 502, method: 'GET', path, times: 1 });
    const stall = gh.injectFault({ kind: 'stall', method: 'GET', path, times: 1 });
    const recovered = expectOutcome(await postflight(full, { checks: 'image-signature' }, { RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: '1500' }), true);
    expect(recovered['image-signature']!.detail).toContain('verified');
    expect(transient.hits + stall.hits).toBe(2);
    gh.clearFaults();
    const down = gh.injectFault({ kind: 'status', status: 503, method: 'GET', path, times: 100 });
    const report = expectOutcome(await postflight(full, { checks: 'image-signature' }), false);
    expect(report['image-signature']!.detail).toMatch(new RegExp(`^reading the attestations of (sha256:[0-9a-f]{64}) failed: GET /repos/${full}/attestations/\\1 answered HTTP 503 \\(Service Unavailable\\)$`));
    expect(down.hits).toBe(4);
    gh.clearFaults();
  });

  it('names a trusted root that cannot be read, and refuses a signer-workflow that names no workflow before any check', async () => {
    const { full } = await released();
    const missing = join(work, 'no-such-root.json');
    const report = expectOutcome(await postflight(full, { checks: 'image-signature\nsbom', 'trusted-root': missing }), false);
    for (const check of ['image-signature', 'sbom']) expect(report[check]!.detail).toBe(`trusted root ${missing} cannot be read (ENOENT): give the path of a Sigstore TrustedRoot JSON file`);
    const refused = await postflight(full, { 'signer-workflow': 'llm-d/release-actions' });
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs['report']).toBeUndefined();
    expect(refused.errors.map((e) => e.message)).toEqual([
      `input 'signer-workflow': expected OWNER/REPO/.github/workflows/FILE.yaml (the workflow that signs, as gh attestation verify --signer-workflow takes it), got "llm-d/release-actions"`,
    ]);
  });

  it('fails with the permission to add when the token may not read attestations', async () => {
    const { full } = await released();
    const token = gh.issueToken({ name: 'release / verify', permissions: { contents: 'read' } });
    const run = await verify(
      repo,
      { phase: 'postflight', checks: 'image-signature', images: `${registry.host}/${IMAGE_REPO}`, token, 'trusted-root': rootFile, timeout: '2s' },
      { repository: full, apiUrl: gh.apiUrl, serverUrl: gh.serverUrl },
    );
    const report = expectOutcome(run, false);
    expect(report['image-signature']!.detail).toMatch(/^reading the attestations of sha256:[0-9a-f]{64} failed: GET \/repos\/\S+ answered HTTP 403 \(.*\); the token needs attestations: read$/);
    gh.denials.splice(0);
    gh.violations.splice(0);
  });
});
