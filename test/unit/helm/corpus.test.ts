/**
 * Real charts, packaged in-process: llm-d-infra (v-prefixed versions, a vendored Bitnami common
 * subchart, the `labels: {{ include ... | nindent 4 }}` idiom) with its real gh-pages index, and
 * the public prometheus-community charts. See test/corpus/<name>/ORIGIN.md for what was trimmed.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readChartArchive } from '../../../actions/lib/helm/archive-read.js';
import { loadChart } from '../../../actions/lib/helm/chart.js';
import { readIndex } from '../../../actions/lib/helm/index-file.js';
import { mergeIndex } from '../../../actions/lib/helm/index-merge.js';
import { checkManifests } from '../../../actions/lib/helm/manifests.js';
import { packageChart } from '../../../actions/lib/helm/package.js';
import { FileError } from '../../../actions/lib/runner/errors.js';
import { lineDiff } from './index-support.js';

const CORPUS = join(process.cwd(), 'test/corpus');
const INFRA = join(CORPUS, 'llm-d-infra/llm-d-infra');
const PROM = join(CORPUS, 'prometheus-community-charts/charts');

/** The prometheus-community charts whose dependencies are not in charts/ (Chart.lock resolution adds them). */
const NEEDS_DEPENDENCIES: Record<string, string> = {
  'kube-prometheus-stack': 'kube-state-metrics (8.4.0), prometheus-node-exporter (4.56.1), grafana (12.11.1), prometheus-windows-exporter (0.12.*)',
  prometheus: 'alertmanager (1.42.*), kube-state-metrics (8.4.*), prometheus-node-exporter (4.56.*), prometheus-pushgateway (3.8.*)',
  'prometheus-kafka-exporter': 'kafka (32.4.3)',
};

function walk(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, p) : [p];
  });
}

describe('llm-d-infra', () => {
  const pkg = packageChart(INFRA, { displayDir: 'charts/llm-d-infra' });

  it('packages its v-prefixed version under the name Helm gives it, with the common subchart expanded', () => {
    expect(pkg.chart.metadata.version).toBe('v1.4.0');
    expect(pkg.filename).toBe('llm-d-infra-v1.4.0.tgz');
    expect(pkg.files.slice(0, 4)).toEqual(['llm-d-infra/Chart.yaml', 'llm-d-infra/Chart.lock', 'llm-d-infra/values.yaml', 'llm-d-infra/values.schema.json']);
    expect(pkg.files).toContain('llm-d-infra/charts/common/Chart.yaml');
    expect(pkg.files).toContain('llm-d-infra/charts/common/templates/_labels.tpl');
    expect(pkg.files.some((f) => f.endsWith('.tgz'))).toBe(false);
    expect(packageChart(INFRA).digest).toBe(pkg.digest);
  });

  it('writes a package Helm can read back: Chart.yaml keeps the v, Chart.lock is written again, templates as they are', () => {
    const files = readChartArchive(pkg.bytes, 'pkg');
    const chartYaml = files.find((f) => f.name === 'Chart.yaml')!.data.toString();
    expect(chartYaml).toContain('\nversion: v1.4.0\n');
    expect(chartYaml).toContain('\nappVersion: v0.4.0\n');
    const lock = files.find((f) => f.name === 'Chart.lock')!.data.toString();
    expect(lock).toMatch(/^dependencies:\n- name: common\n {2}repository: https:\/\/charts\.bitnami\.com\/bitnami\n {2}version: 2\.27\.0\ndigest: sha256:[0-9a-f]{64}\ngenerated: "[^"]+"\n$/);
    const labelled = 'templates/gateway-infrastructure/configmap.yaml';
    expect(files.find((f) => f.name === labelled)!.data.equals(readFileSync(join(INFRA, labelled)))).toBe(true);
    const reread = loadChart(INFRA);
    expect(reread.chart.subcharts.map((s) => s.metadata.name)).toEqual(['common']);
  });

  it('merges v1.4.1 into the real gh-pages index, keeping every v prefix and every other line', () => {
    const before = readFileSync(join(CORPUS, 'llm-d-infra/index.yaml'));
    const existing = readIndex(before);
    const old = existing.charts.find((c) => c.name === 'llm-d-infra')!.versions.map((v) => v.version);
    expect(old.length).toBeGreaterThan(10);
    expect(old.every((v) => v.startsWith('v'))).toBe(true);
    const metadata = { ...pkg.chart.metadata, version: 'v1.4.1' };
    const url = `https://llm-d-incubation.github.io/llm-d-infra/llm-d-infra-v1.4.1.tgz`;
    const merged = mergeIndex(before, { metadata, urls: [url], digest: pkg.digest }, { now: new Date('2026-12-07T10:00:00Z') });
    expect(merged.status).toBe('published');
    const after = readIndex(merged.bytes);
    expect(after.charts.find((c) => c.name === 'llm-d-infra')!.versions.map((v) => v.version)).toEqual(['v1.4.1', ...old]);
    const d = lineDiff(before.toString('utf8'), merged.text);
    expect(d.removed).toEqual([expect.stringMatching(/^generated: /)]);
    expect(d.added).toContain('    version: v1.4.1');
    expect(d.added).toContain(`    - ${url}`);
    expect(mergeIndex(merged.bytes, { metadata, urls: [url], digest: pkg.digest }).status).toBe('unchanged');
  });
});

describe('prometheus-community charts', () => {
  const names = readdirSync(PROM).sort();

  it('holds the 44 charts of the corpus', () => {
    expect(names).toHaveLength(44);
  });

  it.each(names.filter((n) => !(n in NEEDS_DEPENDENCIES)))('packages %s', (name) => {
    const pkg = packageChart(join(PROM, name), { displayDir: `charts/${name}` });
    expect(pkg.filename).toBe(`${name}-${pkg.chart.metadata.version}.tgz`);
    expect(pkg.files[0]).toBe(`${name}/Chart.yaml`);
    expect(readChartArchive(pkg.bytes, name).length).toBe(pkg.files.length);
  });

  it.each(Object.entries(NEEDS_DEPENDENCIES))('lists %s as needing its dependencies: %s', (name, missing) => {
    let error: unknown;
    try {
      loadChart(join(PROM, name), { displayDir: `charts/${name}` });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).file).toBe(`charts/${name}/Chart.yaml`);
    expect((error as FileError).message).toContain(`missing in charts/ directory: ${missing}`);
  });
});

describe('dependencies added through extraCharts, the hook for archives resolved from Chart.lock', () => {
  it('packages prometheus once its four dependencies, packaged from the corpus, are added', () => {
    const deps = ['alertmanager', 'kube-state-metrics', 'prometheus-node-exporter', 'prometheus-pushgateway'].map((name) => {
      const pkg = packageChart(join(PROM, name));
      return { name: pkg.filename, data: pkg.bytes };
    });
    const pkg = packageChart(join(PROM, 'prometheus'), { extraCharts: deps });
    expect(pkg.chart.chart.subcharts.map((s) => `${s.metadata.name}-${s.metadata.version}`)).toEqual([
      'alertmanager-1.42.0',
      'kube-state-metrics-8.4.0',
      'prometheus-node-exporter-4.56.1',
      'prometheus-pushgateway-3.8.0',
    ]);
    expect(pkg.files).toContain('prometheus/charts/alertmanager/Chart.yaml');
    expect(pkg.files.filter((f) => f.endsWith('.tgz'))).toEqual([]);
    expect(packageChart(join(PROM, 'prometheus'), { extraCharts: deps }).digest).toBe(pkg.digest);
  });
});

describe('the opt-in template lint', () => {
  it('finds nothing to say about any template of the corpus charts (Bitnami nindent idiom, comments holding }}, if/else keys)', () => {
    const roots = [INFRA, join(process.cwd(), 'test/fixtures/charts/workload-variant-autoscaler'), ...readdirSync(PROM).map((n) => join(PROM, n))];
    const trimmed = readFileSync(join(CORPUS, 'prometheus-community-charts/ORIGIN.md'), 'utf8');
    let count = 0;
    for (const root of roots) {
      const files = walk(root)
        .filter((f) => /(^|\/)(templates|crds)\//.test(f) && !trimmed.includes(`${root.slice(PROM.length + 1)}/${f}\``))
        .map((f) => ({ path: f.replace(/^(charts\/[^/]+\/)+/, ''), display: join(root, f), text: readFileSync(join(root, f), 'utf8') }));
      count += files.length;
      expect(checkManifests(files)).toEqual([]);
    }
    expect(count).toBeGreaterThan(500);
  });
});

describe('a package helm package wrote (llm-d-infra v1.1.1 on gh-pages)', () => {
  const V111 = join(CORPUS, 'llm-d-infra/v1.1.1');

  /** Helm's tar stream with each header's mtime set to the epoch and its checksum computed again. */
  function withEpochTimes(tar: Buffer): Buffer {
    const out = Buffer.from(tar);
    for (let off = 0; off + 512 <= out.length && !out.subarray(off, off + 512).every((b) => b === 0); ) {
      out.write('00000000000\0', off + 136, 12, 'latin1');
      let sum = 0;
      for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : out[off + i]!;
      out.write(`${sum.toString(8).padStart(6, '0')}\0 `, off + 148, 8, 'latin1');
      const size = parseInt(out.toString('latin1', off + 124, off + 135), 8);
      off += 512 + Math.ceil(size / 512) * 512;
    }
    return out;
  }

  it("gives Helm's tar stream byte for byte, times aside: member order, Chart.yaml and Chart.lock written again, the subchart expanded", () => {
    const helmTgz = readFileSync(join(V111, 'llm-d-infra-v1.1.1.tgz'));
    const ours = packageChart(join(V111, 'llm-d-infra'));
    expect(ours.filename).toBe('llm-d-infra-v1.1.1.tgz');
    // The gzip headers differ only by the extra field: 41 malformed bytes then, 44 since helm/helm#31844.
    expect([helmTgz.readUInt16LE(10), ours.bytes.readUInt16LE(10)]).toEqual([41, 44]);
    expect(helmTgz.subarray(0, 10).equals(ours.bytes.subarray(0, 10))).toBe(true);
    const helmTar = gunzipSync(helmTgz);
    const ourTar = gunzipSync(ours.bytes);
    expect(ourTar.length).toBe(helmTar.length);
    expect(ourTar.equals(withEpochTimes(helmTar))).toBe(true);
    expect(readChartArchive(ours.bytes, 'ours').map((f) => f.name)).toEqual(readChartArchive(helmTgz, 'helm').map((f) => f.name));
  });
});
