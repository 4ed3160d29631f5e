/**
 * OCI: the chart pushed to the real local docker-registry as Helm 3.8+ pushes it (Helm config,
 * chart layer, tag = version), with basic and with bearer-token auth; a re-push is unchanged
 * and uploads nothing; a tag holding another manifest, or credentials the registry refuses,
 * fail the run before anything is written to the pages branch or the registry.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { HELM_CHART_LAYER, HELM_CONFIG, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import { CHART, CHART_NAME, expectRefusal, expectSuccess, LONG, publish, pushes, showBytes, tip, world, type World } from './helpers.js';

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const writes = (r: RunningRegistry): number => r.accessLog().filter((e) => WRITES.has(e.method)).length;

async function expectHelmArtifact(registry: RunningRegistry, ref: string, digest: string, tgz: Buffer): Promise<void> {
  const m = new RegExp(`^${registry.host.replace(/\./g, '\\.')}/charts/${CHART_NAME}:0\\.5\\.0@(sha256:[a-f0-9]{64})$`).exec(ref);
  expect(m).not.toBeNull();
  const client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password } });
  const manifest = await client.getManifest(`charts/${CHART_NAME}`, '0.5.0', [OCI_MANIFEST]);
  expect(manifest!.digest).toBe(m![1]);
  const json = manifest!.json as { config: { mediaType: string; digest: string }; layers: Array<{ mediaType: string; digest: string; size: number }> };
  expect(json.config.mediaType).toBe(HELM_CONFIG);
  expect(json.layers).toEqual([{ mediaType: HELM_CHART_LAYER, digest: `sha256:${digest}`, size: tgz.length }]);
  const layer = await client.getBlob(`charts/${CHART_NAME}`, json.layers[0]!.digest);
  expect(Buffer.from(layer)).toEqual(tgz);
  const config = JSON.parse(Buffer.from(await client.getBlob(`charts/${CHART_NAME}`, json.config.digest)).toString('utf8')) as Record<string, unknown>;
  expect(config).toMatchObject({ name: CHART_NAME, version: '0.5.0', appVersion: 'v0.5.0', apiVersion: 'v2' });
}

describe.each(['basic', 'token'] as const)('publish-helm to an OCI registry with %s auth', (auth) => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth });
  }, LONG);
  afterAll(async () => registry?.stop());

  it('pushes the chart as Helm does, and a re-push is unchanged and uploads nothing', async () => {
    w = await world();
    const inputs = { chart: CHART, 'oci-registry': `oci://${registry.host}/charts`, 'registry-username': registry.username, 'registry-password': registry.password };
    const run = await publish(w, inputs);
    expectSuccess(run);
    expect(run.outputs.status).toBe('published');
    expect(run.masks).toContain(registry.password);
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(registry.password);
    const tgz = (await showBytes(w.bare, 'gh-pages', `${CHART_NAME}-0.5.0.tgz`))!;
    expect(createHash('sha256').update(tgz).digest('hex')).toBe(run.outputs.digest);
    await expectHelmArtifact(registry, run.outputs['oci-ref']!, run.outputs.digest!, tgz);
    if (auth === 'token') expect(registry.tokenRequests.length).toBeGreaterThan(0);

    const writesBefore = writes(registry);
    const again = await publish(w, inputs);
    expectSuccess(again);
    expect(again.outputs).toMatchObject({ status: 'unchanged', 'oci-ref': run.outputs['oci-ref'] });
    expect(again.summary).toMatch(/\| OCI \| unchanged \|/);
    expect(writes(registry)).toBe(writesBefore);
  }, LONG);
});

describe('publish-helm OCI refusals', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
  }, LONG);
  afterAll(async () => registry?.stop());

  it('refuses a tag that holds another manifest, naming both digests, before writing the pages branch or the registry', async () => {
    w = await world();
    const creds = { username: registry.username, password: registry.password };
    // someone pushed other bytes as 0.5.0 before
    const other = await pushHelmChart(
      { registry: `oci://${registry.host}/charts`, chartName: CHART_NAME, version: '0.5.0', tgzBytes: gzipSync(Buffer.from('another chart')), chartYamlMeta: { apiVersion: 'v2', name: CHART_NAME, version: '0.5.0', appVersion: 'v0.5.0' } },
      { credentials: creds },
    );
    const writesBefore = writes(registry);
    const run = await publish(w, { chart: CHART, 'oci-registry': `oci://${registry.host}/charts`, 'registry-username': creds.username, 'registry-password': creds.password });
    expectRefusal(run, new RegExp(`chart ${registry.host.replace(/\./g, '\\.')}/charts/${CHART_NAME}:0\\.5\\.0 exists already with manifest digest ${other.digest}; this package gives sha256:[a-f0-9]{64}`));
    expect(run.errors[0]!.message).toContain('Nothing was written');
    expect(writes(registry)).toBe(writesBefore);
    expect(await tip(w.bare, 'gh-pages')).toBeUndefined();
    expect(pushes(w)).toBe(0);
  }, LONG);

  it('refuses credentials the registry does not accept before writing anything', async () => {
    w = await world();
    const run = await publish(w, { chart: CHART, 'oci-registry': `oci://${registry.host}/charts`, 'registry-username': registry.username, 'registry-password': 'wrong-password' });
    expectRefusal(run, `registry ${registry.host} refused the credentials of user '${registry.username}' (HTTP 401)`);
    expect(await tip(w.bare, 'gh-pages')).toBeUndefined();
    expect(pushes(w)).toBe(0);
  }, LONG);
});
