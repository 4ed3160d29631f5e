/**
 * Benchmark entry: package a chart directory (default: the WVA-shaped fixture chart), timing the
 * first packaging after start-up and the warm average. Bundle it first (Node 20 runs no TypeScript):
 *   node node_modules/@vercel/ncc/dist/ncc/cli.js build bench/helm/package-entry.ts -o /tmp/package-bench -t -q
 *   hyperfine -N 'node /tmp/package-bench/index.js test/fixtures/charts/workload-variant-autoscaler'
 * Prints one JSON line: digest, bytes, first (ms, validation included), warm (ms, average of 10).
 */
import { packageChart } from '../../actions/lib/helm/package.js';

const dir = process.argv[2] ?? 'test/fixtures/charts/workload-variant-autoscaler';
const t0 = performance.now();
const first = packageChart(dir);
const t1 = performance.now();
const runs = Number(process.argv[3] ?? '10');
for (let i = 0; i < runs; i++) packageChart(dir);
const t2 = performance.now();
console.log(
  JSON.stringify({
    file: first.filename,
    digest: first.digest,
    bytes: first.bytes.length,
    members: first.files.length,
    firstMs: Math.round(t1 - t0),
    warmMs: runs > 0 ? Math.round((t2 - t1) / runs) : undefined,
  }),
);
