/**
 * Benchmark entry (figure 5): package a chart and push it to an OCI registry as publish-helm does
 * (Helm 3.8+ config and chart layer, tag = chart version, blobs the registry has not re-uploaded),
 * one push per process. Bundled by ncc at bench time (Node 20 runs no TypeScript).
 *   node .tmp/bench/oci-push/index.js <chart-dir> <oci://127.0.0.1:PORT/path> [--fresh] [--log runs.jsonl]
 * `--fresh` pushes under a new repository path each run (a first push); without it the same
 * repository every run (after the first, a re-push). Prints one JSON line: status, blobs uploaded,
 * manifest digest; with --log it also appends that line to the file.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { packageChart } from '../../actions/lib/helm/package.js';
import { pushHelmChart } from '../../actions/lib/oci/helm-chart.js';

const args = process.argv.slice(2);
const [dir, location] = args;
if (!dir || !location) {
  console.error('usage: oci-push <chart-dir> <oci://host/path> [--fresh] [--log runs.jsonl]');
  process.exit(2);
}
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const registry = args.includes('--fresh') ? `${location}/first-${randomBytes(6).toString('hex')}` : location;
const t0 = performance.now();
const chart = packageChart(dir);
const t1 = performance.now();
const pushed = await pushHelmChart({
  registry,
  chartName: chart.chart.metadata.name,
  version: chart.chart.metadata.version,
  tgzBytes: chart.bytes,
  chartYamlMeta: chart.chart.metadata as unknown as Record<string, unknown>,
});
const t2 = performance.now();
const line = JSON.stringify({ ref: pushed.ref, status: pushed.status, blobsUploaded: pushed.blobsUploaded, digest: pushed.digest, packageMs: Math.round(t1 - t0), pushMs: Math.round(t2 - t1) });
const log = opt('--log');
if (log) appendFileSync(log, `${line}\n`);
console.log(line);
