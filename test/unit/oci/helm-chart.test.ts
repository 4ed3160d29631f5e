import { gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { sha256Digest } from '../../../actions/lib/oci/digest.js';
import { buildHelmChartArtifact, helmConfigJson, pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { HELM_CHART_LAYER, HELM_CONFIG, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';

const tgz = new Uint8Array(gzipSync(Buffer.from('chart')));
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('Helm chart artifact', () => {
  it('writes the config as Helm marshals chart metadata: its field order, empty fields left out, unknown keys dropped', () => {
    const meta = { version: '1.0.0', type: 'application', name: 'op', apiVersion: 'v2', keywords: [], deprecated: false, extra: 'x', appVersion: '1.0.0' };
    expect(text(helmConfigJson(meta))).toBe('{"name":"op","version":"1.0.0","apiVersion":"v2","appVersion":"1.0.0","type":"application"}');
  });

  it('builds an OCI manifest with the Helm media types and no timestamp, so equal input gives an equal digest', () => {
    const meta = { apiVersion: 'v2', name: 'op', version: '1.0.0', description: 'An operator', home: 'https://example.com', sources: ['https://github.com/org/op'] };
    const a = buildHelmChartArtifact(meta, tgz);
    const b = buildHelmChartArtifact({ ...meta }, tgz);
    expect(a.digest).toBe(b.digest);
    expect(a.digest).toBe(sha256Digest(a.manifest));
    expect(JSON.parse(text(a.manifest))).toEqual({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: HELM_CONFIG, digest: sha256Digest(a.config), size: a.config.byteLength },
      layers: [{ mediaType: HELM_CHART_LAYER, digest: sha256Digest(tgz), size: tgz.byteLength }],
      annotations: {
        'org.opencontainers.image.description': 'An operator',
        'org.opencontainers.image.title': 'op',
        'org.opencontainers.image.url': 'https://example.com',
        'org.opencontainers.image.source': 'https://github.com/org/op',
        'org.opencontainers.image.version': '1.0.0',
      },
    });
    expect(buildHelmChartArtifact({ ...meta, version: '1.0.1' }, tgz).digest).not.toBe(a.digest);
  });

  describe('pushHelmChart refuses bad input before it sends anything', () => {
    const neverFetch: typeof fetch = () => {
      throw new Error('no request expected');
    };
    const base = { registry: 'oci://ghcr.io/org/charts', chartName: 'op', version: '1.0.0', tgzBytes: tgz, chartYamlMeta: { name: 'op', version: '1.0.0' } };

    it.each([
      [{ chartYamlMeta: { name: 'other', version: '1.0.0' } }, "chart 'op': Chart.yaml names the chart 'other'"],
      [{ chartYamlMeta: { name: 'op', version: '2.0.0' } }, "chart 'op': Chart.yaml has version '2.0.0', not 1.0.0"],
      [{ tgzBytes: new Uint8Array(Buffer.from('not gzip')) }, "chart 'op' 1.0.0: the package is not a gzip file (.tgz)"],
      [{ registry: 'ghcr.io/org/charts' }, "must start with 'oci://'"],
      [{ registry: 'oci://ghcr.io:80/org/charts', plainHttp: true }, 'plain http:// is allowed only for loopback registries'],
    ])('%j', async (change, message) => {
      const { plainHttp, ...input } = { ...base, ...change } as typeof base & { plainHttp?: boolean };
      await expect(pushHelmChart(input, { fetch: neverFetch, plainHttp })).rejects.toThrow(message);
    });
  });
});
