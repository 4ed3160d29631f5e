/**
 * Benchmark entry: merge one chart version into a big repository index, the whole process
 * timed from outside (hyperfine / `/usr/bin/time -v`).
 *
 * Node 20 cannot run TypeScript, so bundle it first:
 *   node node_modules/@vercel/ncc/dist/ncc/cli.js build bench/helm/merge-entry.ts -o /tmp/merge-bench -t -q
 *   hyperfine -N 'node /tmp/merge-bench/index.js ../shared/bench/prometheus-community-index.yaml'
 *
 * It reads the real-shaped index in shared/bench/ (6.3 MB, 50 charts, 4,385 entries); for the
 * 25 MB case write a 4x copy first with `node bench/helm/scale-index.mjs <index> 4 /tmp/index-x4.yaml`.
 * Arguments: <index.yaml> [--case newest|middle|new-chart|existing] [--out file] [--yaml]
 * `--yaml` only parses and re-serialises with the `yaml` package (the round trip this replaces).
 * Prints one JSON line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mergeIndex } from '../../actions/lib/helm/index-merge.js';
import type { IndexEntry } from '../../actions/lib/helm/index-entry.js';
import { scanIndexYaml } from '../../actions/lib/helm/index-yaml.js';

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('usage: merge-entry <index.yaml> [--case newest|middle|new-chart|existing] [--out file] [--yaml]');
  process.exit(2);
}
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const which = opt('--case') ?? 'newest';
const out = opt('--out');

const t0 = performance.now();
// The index is handed over as bytes, as the publish action reads it (no UTF-8 decoding pass).
const input: Buffer = readFileSync(file);
const t1 = performance.now();

const digest = 'a'.repeat(64);
const entry: IndexEntry =
  which === 'new-chart'
    ? {
        metadata: {
          apiVersion: 'v2',
          name: 'workload-variant-autoscaler',
          version: '0.5.0',
          appVersion: 'v0.5.0',
          description: 'Workload Variant Autoscaler for llm-d: scales model-serving variants on saturation and SLOs.',
          type: 'application',
          keywords: ['llm-d', 'autoscaling'],
          kubeVersion: '>=1.29.0-0',
        },
        urls: ['https://llm-d-incubation.github.io/workload-variant-autoscaler/workload-variant-autoscaler-0.5.0.tgz'],
        digest,
      }
    : {
        metadata: {
          apiVersion: 'v2',
          name: 'alertmanager',
          version: which === 'middle' ? '1.41.5' : which === 'existing' ? '1.42.0' : '99.0.0',
          appVersion: 'v0.99.0',
          description: 'The Alertmanager handles alerts sent by client applications such as the Prometheus server.',
          type: 'application',
        },
        urls: ['https://github.com/prometheus-community/helm-charts/releases/download/alertmanager-99.0.0/alertmanager-99.0.0.tgz'],
        digest: which === 'existing' ? 'b70ffd0c1e095ee6e400d8c255ca444b242fa9ea80d2477f6f029eff788b5a53' : digest,
      };

let result: { status: string; mode: string; added: number; removed: number; bytes: number };
if (args.includes('--yaml')) {
  const { doc } = scanIndexYaml(input.toString('utf8'), file);
  const rendered = doc.toString();
  result = { status: 'parsed', mode: 'yaml-roundtrip', added: 0, removed: 0, bytes: rendered.length };
} else {
  const r = mergeIndex(input, entry, { file, now: new Date('2026-09-01T12:00:00Z') });
  const added = r.changes.reduce((n, c) => n + c.newLines.length, 0);
  const removed = r.changes.reduce((n, c) => n + c.oldLines.length, 0);
  result = { status: r.status, mode: r.mode, added, removed, bytes: r.bytes.length };
  if (out) writeFileSync(out, r.bytes);
}
const t2 = performance.now();
const mem = process.memoryUsage();
console.log(
  JSON.stringify({
    ...result,
    inputBytes: input.length,
    readMs: Math.round(t1 - t0),
    mergeMs: Math.round(t2 - t1),
    rssMiB: Math.round(mem.rss / 1048576),
  }),
);

