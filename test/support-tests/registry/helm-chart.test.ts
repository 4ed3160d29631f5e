import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { sha256Digest } from '../../../actions/lib/oci/digest.js';
import { pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { HELM_CHART_LAYER, HELM_CONFIG, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { countingFetch } from '../../support/registry/counting-fetch.js';
import { tinyTar } from '../../support/registry/images.js';
import { type RunningRegistry, startRegistry } from '../../support/registry/registry.js';

function chartPackage(name: string, version: string, extra = ''): Uint8Array {
  const chartYaml = `apiVersion: v2\nname: ${name}\nversion: ${version}\nappVersion: "${version}"\ndescription: Test operator chart${extra}\n`;
  return new Uint8Array(gzipSync(tinyTar(`${name}/Chart.yaml`, chartYaml)));
}

const meta = (version: string): Record<string, unknown> => ({
  apiVersion: 'v2',
  name: 'my-operator',
  version,
  appVersion: version,
  description: 'Test operator chart',
});

describe('pushHelmChart against docker-registry with token auth', () => {
  let registry: RunningRegistry;
  let credentials: { username: string; password: string };
  let location: string;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' });
    credentials = { username: registry.username, password: registry.password };
    location = `oci://${registry.host}/org/charts`;
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('publishes a chart as Helm 3.8+ lays it out, then reports the same push unchanged without uploading a blob', async () => {
    const tgzBytes = chartPackage('my-operator', '1.2.3');
    const input = { registry: location, chartName: 'my-operator', version: '1.2.3', tgzBytes, chartYamlMeta: meta('1.2.3') };

    const first = await pushHelmChart(input, { credentials });
    expect(first).toMatchObject({
      status: 'published',
      ref: `${registry.host}/org/charts/my-operator:1.2.3`,
      repository: 'org/charts/my-operator',
      tag: '1.2.3',
      blobsUploaded: 2,
    });

    const client = new OciClient({ registry: registry.host, credentials });
    const manifest = await client.getManifest('org/charts/my-operator', '1.2.3');
    expect(manifest!.digest).toBe(first.digest);
    expect(manifest!.mediaType).toBe(OCI_MANIFEST);
    const json = manifest!.json as { config: { mediaType: string; digest: string }; layers: Array<{ mediaType: string; digest: string; size: number }> };
    expect(json.config.mediaType).toBe(HELM_CONFIG);
    expect(json.layers).toEqual([{ mediaType: HELM_CHART_LAYER, digest: sha256Digest(tgzBytes), size: tgzBytes.byteLength }]);
    const config = JSON.parse(Buffer.from(await client.getBlob('org/charts/my-operator', json.config.digest)).toString('utf8'));
    expect(config).toEqual({ name: 'my-operator', version: '1.2.3', description: 'Test operator chart', apiVersion: 'v2', appVersion: '1.2.3' });
    expect(await client.getBlob('org/charts/my-operator', json.layers[0]!.digest)).toEqual(tgzBytes);

    const uploads = (): number =>
      registry.accessLog().filter((e) => e.method === 'POST' && e.path === '/v2/org/charts/my-operator/blobs/uploads/' && e.status === 202).length;
    const uploadsBefore = uploads();
    expect(uploadsBefore).toBe(2);
    const recorder = countingFetch();
    const second = await pushHelmChart(input, { credentials, fetch: recorder.fetch });
    expect(second).toMatchObject({ status: 'unchanged', digest: first.digest, blobsUploaded: 0 });
    // Only reads: no upload session, no blob PUT, no manifest PUT.
    expect(recorder.requests.filter((r) => r.path.startsWith('/v2/')).map((r) => r.method)).toEqual(['HEAD', 'HEAD']); // challenge + retry
    expect(uploads()).toBe(uploadsBefore);
    expect(registry.accessLog().filter((e) => e.method === 'PUT')).toHaveLength(3); // 2 blobs + 1 manifest, all from the first push
  });

  it('uploads only the blobs the registry lacks', async () => {
    const tgzBytes = chartPackage('my-operator', '2.0.0');
    const base = { registry: location, chartName: 'my-operator', tgzBytes };
    const first = await pushHelmChart({ ...base, version: '2.0.0', chartYamlMeta: meta('2.0.0') }, { credentials });
    expect(first).toMatchObject({ status: 'published', blobsUploaded: 2 });
    // Same package bytes, new metadata: only the config blob is new.
    const second = await pushHelmChart({ ...base, version: '2.0.1', chartYamlMeta: meta('2.0.1') }, { credentials });
    expect(second).toMatchObject({ status: 'published', blobsUploaded: 1, tag: '2.0.1' });
  });

  it('tags a version with build metadata with + written _, as Helm does', async () => {
    const version = '3.0.0+build.7';
    const result = await pushHelmChart(
      { registry: location, chartName: 'my-operator', version, tgzBytes: chartPackage('my-operator', version), chartYamlMeta: meta(version) },
      { credentials },
    );
    expect(result).toMatchObject({ status: 'published', tag: '3.0.0_build.7' });
    expect(await new OciClient({ registry: registry.host, credentials }).resolve('org/charts/my-operator', '3.0.0_build.7')).toBe(result.digest);
  });

  it('refuses to replace a released version with different content', async () => {
    const input = { registry: location, chartName: 'my-operator', version: '1.2.3', chartYamlMeta: meta('1.2.3') };
    await expect(pushHelmChart({ ...input, tgzBytes: chartPackage('my-operator', '1.2.3', ' changed') }, { credentials })).rejects.toThrow(
      /my-operator:1\.2\.3 exists already with digest sha256:[0-9a-f]{64}, different from this package's sha256:[0-9a-f]{64}/,
    );
  });
});
