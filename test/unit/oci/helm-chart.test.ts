import { gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { sha256Digest } from '../../../actions/lib/oci/digest.js';
import { buildHelmChartArtifact, helmConfigJson, pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { HELM_CHART_LAYER, HELM_CONFIG } from '../../../actions/lib/oci/media-types.js';

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

  it("writes what helm push writes: Go's field order, map keys sorted, <>& escaped, the chart's annotations merged (registry/chart.go)", () => {
    const meta = {
      apiVersion: 'v2',
      name: 'op',
      version: 'v1.4.0+build.7',
      appVersion: 'v0.5.0',
      description: 'Scales <variants> & more',
      home: 'https://example.com',
      sources: ['https://github.com/org/op', 'https://example.com/second'],
      maintainers: [{ name: 'Ann', email: 'ann@example.com' }, { name: 'Bob' }, { email: 'ci@example.com', url: 'https://ci' }],
      annotations: { 'z.last': '1', 'a.first': 'x', 'org.opencontainers.image.title': 'not allowed', 'org.opencontainers.image.url': 'https://own' },
      dependencies: [{ name: 'common', version: '2.x.x', repository: 'oci://r', alias: 'helpers', 'import-values': [{ parent: 'p', child: 'c' }] }],
      keywords: ['a'],
    };
    const a = buildHelmChartArtifact(meta, tgz, { created: '2026-01-02T03:04:05Z' });
    expect(text(a.config)).toBe(
      '{"name":"op","home":"https://example.com","sources":["https://github.com/org/op","https://example.com/second"],"version":"v1.4.0+build.7",' +
        '"description":"Scales \\u003cvariants\\u003e \\u0026 more","keywords":["a"],' +
        '"maintainers":[{"name":"Ann","email":"ann@example.com"},{"name":"Bob"},{"email":"ci@example.com","url":"https://ci"}],' +
        '"apiVersion":"v2","appVersion":"v0.5.0",' +
        '"annotations":{"a.first":"x","org.opencontainers.image.title":"not allowed","org.opencontainers.image.url":"https://own","z.last":"1"},' +
        '"dependencies":[{"name":"common","version":"2.x.x","repository":"oci://r","import-values":[{"child":"c","parent":"p"}],"alias":"helpers"}]}',
    );
    const manifest = text(a.manifest);
    expect(manifest.startsWith('{"schemaVersion":2,"config":{"mediaType":"application/vnd.cncf.helm.config.v1+json","digest":"sha256:')).toBe(true);
    expect(manifest).toContain(
      '"annotations":{"a.first":"x","org.opencontainers.image.authors":"Ann (ann@example.com), Bob,  (ci@example.com)",' +
        '"org.opencontainers.image.created":"2026-01-02T03:04:05Z","org.opencontainers.image.description":"Scales \\u003cvariants\\u003e \\u0026 more",' +
        '"org.opencontainers.image.source":"https://github.com/org/op","org.opencontainers.image.title":"op","org.opencontainers.image.url":"https://own",' +
        '"org.opencontainers.image.version":"v1.4.0+build.7","z.last":"1"}}',
    );
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
