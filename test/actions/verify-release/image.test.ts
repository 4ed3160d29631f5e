/**
 * The image and oci-chart checks against the real docker-registry with token auth (the flow
 * ghcr.io uses): synthetic multi- and single-platform images, a stale `latest`, a chart pushed
 * as Helm 3.8+ does, bad and missing credentials, and an image that appears while polling.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { pushMultiPlatformImage, pushSinglePlatformImage, tinyTar } from '../../support/registry/images.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import type { SampleRepo } from '../../support/repos.js';
import { expectOutcome, tagRelease, verify, wvaAt050 } from './helpers.js';

const AMD64 = { os: 'linux', architecture: 'amd64' };
const ARM64 = { os: 'linux', architecture: 'arm64', variant: 'v8' };

describe('verify-release image and oci-chart', () => {
  let registry: RunningRegistry;
  let client: OciClient;
  let repo: SampleRepo;
  let creds: Record<string, string>;

  beforeAll(async () => {
    repo = wvaAt050();
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    registry = await startRegistry({ auth: 'token' });
    creds = { 'registry-username': registry.username, 'registry-password': registry.password };
    client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password } });
    await pushMultiPlatformImage(client, 'wva/controller', ['v0.5.0', 'v0.5', 'latest']);
    await pushSinglePlatformImage(client, 'wva/single', 'v0.5.0', AMD64);
    await pushSinglePlatformImage(client, 'wva/single', 'latest', AMD64);
    await pushSinglePlatformImage(client, 'wva/single', 'v0.5', AMD64);
    // latest still on the previous build: another index (other platform order), so another digest.
    await pushMultiPlatformImage(client, 'wva/stale', ['v0.5.0', 'v0.5']);
    await pushMultiPlatformImage(client, 'wva/stale', ['latest'], [ARM64, AMD64]);
    const chartYaml = 'apiVersion: v2\nname: workload-variant-autoscaler\nversion: 0.5.0\nappVersion: "0.5.0"\n';
    await pushHelmChart(
      {
        registry: `oci://${registry.host}/charts`,
        chartName: 'workload-variant-autoscaler',
        version: '0.5.0',
        tgzBytes: new Uint8Array(gzipSync(tinyTar('workload-variant-autoscaler/Chart.yaml', chartYaml))),
        chartYamlMeta: { apiVersion: 'v2', name: 'workload-variant-autoscaler', version: '0.5.0', appVersion: '0.5.0' },
      },
      { credentials: { username: registry.username, password: registry.password } },
    );
  });
  afterAll(async () => {
    await registry?.stop();
    await repo?.cleanup();
  });

  const postflight = (inputs: Record<string, string>, opts: Parameters<typeof verify>[2] = {}) =>
    verify(repo, { phase: 'postflight', timeout: '3s', ...creds, ...inputs }, opts);

  it('passes a multi-platform image whose latest is the same digest, and the OCI chart, through token auth, reading only', async () => {
    const logged = registry.accessLog().length;
    const asked = registry.tokenRequests.length;
    const run = await postflight({ checks: 'image\noci-chart', images: `${registry.host}/wva/controller`, 'oci-registry': `oci://${registry.host}/charts` });
    const report = expectOutcome(run, true);
    expect(report['image']!.detail).toMatch(new RegExp(`^${registry.host}/wva/controller:v0\\.5\\.0 sha256:[0-9a-f]{12}… \\(linux/amd64, linux/arm64/v8\\); v0\\.5, latest = same digest$`));
    expect(report['oci-chart']!.detail).toMatch(new RegExp(`^oci://${registry.host}/charts/workload-variant-autoscaler:0\\.5\\.0 sha256:`));
    // Bearer tokens were asked for with the credentials, for pull only, and only GET and HEAD reached the registry.
    const tokens = registry.tokenRequests.slice(asked);
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.every((r) => r.user === 'release-bot' && r.status === 200 && r.scopes.every((s) => s.endsWith(':pull')))).toBe(true);
    const requests = registry.accessLog().slice(logged);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((e) => !['GET', 'HEAD'].includes(e.method))).toEqual([]);
    expect(run.summary).toMatch(/\| ✅ \| image \|/);
  });

  it('fails a single-platform image at once, without waiting for the timeout, naming the platform it has', async () => {
    const run = await postflight({ checks: 'image', images: `${registry.host}/wva/single`, timeout: '10m' });
    const report = expectOutcome(run, false);
    expect(report['image']!.detail).toBe(
      `${registry.host}/wva/single:v0.5.0 is a single-platform image (linux/amd64), expected an image index with linux/amd64, linux/arm64`,
    );
    // The same image passes when only its platform is asked for.
    const one = expectOutcome(await postflight({ checks: 'image', images: `${registry.host}/wva/single`, platforms: 'linux/amd64' }), true);
    expect(one['image']!.detail).toContain('(linux/amd64); v0.5, latest = same digest');
  });

  it('fails an index that lacks a configured platform', async () => {
    const report = expectOutcome(await postflight({ checks: 'image', images: `${registry.host}/wva/controller`, platforms: 'linux/amd64\nlinux/s390x' }), false);
    expect(report['image']!.detail).toBe(`${registry.host}/wva/controller:v0.5.0 lacks linux/s390x (it has linux/amd64, linux/arm64/v8)`);
  });

  it('fails when a tag of the family is missing: vX.Y not moved by the release', async () => {
    await pushMultiPlatformImage(client, 'wva/no-minor', ['v0.5.0', 'latest']);
    const report = expectOutcome(await postflight({ checks: 'image', images: `${registry.host}/wva/no-minor`, timeout: '1s' }), false);
    expect(report['image']!.detail).toMatch(new RegExp(`^still missing after \\d+ s \\(\\d+ attempts\\): ${registry.host}/wva/no-minor:v0\\.5 not found$`));
  });

  it('fails when latest points at another digest than the version tag, saying so when the timeout passes', async () => {
    const report = expectOutcome(await postflight({ checks: 'image', images: `${registry.host}/wva/stale` }), false);
    expect(report['image']!.detail).toMatch(
      new RegExp(`^still missing after \\d+ s \\(\\d+ attempts\\): ${registry.host}/wva/stale:latest is sha256:[0-9a-f]{12}…, v0\\.5\\.0 is sha256:[0-9a-f]{12}…$`),
    );
    // An older line's patch release is not the newest stable one: latest is not its business.
    await pushMultiPlatformImage(client, 'wva/stale', ['v0.4.2', 'v0.4']);
    const older = expectOutcome(await postflight({ checks: 'image', images: `${registry.host}/wva/stale`, version: '0.4.2' }, { ref: 'refs/heads/main' }), true);
    expect(older['image']!.detail).toMatch(/wva\/stale:v0\.4\.2 sha256:.*; v0\.4 = same digest; latest not checked \(not the newest stable release\)$/);
  });

  it('reports every image: one good, one missing', async () => {
    const report = expectOutcome(await postflight({ checks: 'image', images: `${registry.host}/wva/controller\n${registry.host}/wva/absent`, timeout: '1s' }), false);
    expect(report['image']!.detail).toMatch(new RegExp(`^still missing after \\d+ s \\(\\d+ attempts\\): ${registry.host}/wva/absent:v0\\.5\\.0 not found; ${registry.host}/wva/controller:v0\\.5\\.0 sha256:`));
  });

  it('skips the image check for a release of the chart alone (images: none), and refuses none beside an image', async () => {
    const report = expectOutcome(await postflight({ checks: 'image', images: 'none' }), true);
    expect(report['image']).toMatchObject({ status: 'skipped', detail: 'images: none, the release publishes the chart alone' });
    expect(registry.accessLog().filter((e) => e.path.includes('/none/'))).toEqual([]);
    const mixed = await postflight({ checks: 'image', images: `none\n${registry.host}/wva/controller` });
    expect(mixed.exitCode).toBe(1);
    expect(mixed.errors.map((e) => e.message).join('\n')).toMatch(/images.*none means the release publishes no image: give it alone/);
  });

  it('fails at once with bad credentials (401 from the token service) and without credentials, naming the cause', async () => {
    const bad = await postflight({ checks: 'image\noci-chart', images: `${registry.host}/wva/controller`, 'oci-registry': `oci://${registry.host}/charts`, 'registry-password': 'wrong', timeout: '10m' });
    const report = expectOutcome(bad, false);
    expect(report['image']!.detail).toMatch(new RegExp(`^registry ${registry.host.replace(/\./g, '\\.')} refused the credentials of user 'release-bot' \\(token service .* answered HTTP 401`));
    expect(report['oci-chart']!.detail).toMatch(/refused the credentials of user 'release-bot'/);
    expect(bad.masks).toContain('wrong');
    expect(bad.stdout.split('\n').filter((l) => l.includes('wrong') && !l.startsWith('::add-mask::'))).toEqual([]);

    const anonymous = await verify(repo, { phase: 'postflight', checks: 'image', images: `${registry.host}/wva/controller`, timeout: '10m' });
    expect(expectOutcome(anonymous, false)['image']!.detail).toMatch(/refused anonymous access to repository:wva\/controller:pull: credentials are needed/);
  });

  it('polls: an image pushed while the check is looking makes it pass', async () => {
    const running = postflight({ checks: 'image', images: `${registry.host}/wva/late`, timeout: '60s' });
    // Push once the action has looked at least once (the registry logs the 404).
    await waitFor(() => registry.accessLog().some((e) => e.path === '/v2/wva/late/manifests/v0.5.0' && e.status === 404));
    await pushMultiPlatformImage(client, 'wva/late', ['v0.5.0', 'v0.5', 'latest']);
    const run = await running;
    const report = expectOutcome(run, true);
    expect(report['image']!.detail).toContain('wva/late:v0.5.0 sha256:');
    expect(run.stdout).toMatch(/image: .*wva\/late:v0\.5\.0 not found; looking again in \d+ ms/);
  });

  it('fails oci-chart when the chart version was not pushed, and skips it when no OCI registry is configured', async () => {
    const missing = expectOutcome(await postflight({ checks: 'oci-chart', 'oci-registry': `oci://${registry.host}/other-charts`, timeout: '1s' }), false);
    expect(missing['oci-chart']!.detail).toMatch(new RegExp(`^still missing after \\d+ s \\(\\d+ attempts\\): oci://${registry.host}/other-charts/workload-variant-autoscaler:0\\.5\\.0 not found$`));
    const skipped = expectOutcome(await postflight({ checks: 'oci-chart' }), true);
    expect(skipped['oci-chart']).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/^no OCI registry configured/) });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
}
