/**
 * Benchmark entry (figure 4): package one chart directory as publish-helm does, once per process,
 * with `packageChart` from actions/lib/helm (validation on: Chart.yaml, dependencies, templates and
 * CRDs parsed), and write the .tgz. Bundled by ncc at bench time (Node 20 runs no TypeScript).
 *   node .tmp/bench/package/index.js <chart-dir> --out <file.tgz> [--log <runs.jsonl>]
 * Prints one JSON line (digest, bytes, members, ms in the process); with --log it also appends
 * that line to the file, so every timed run leaves its digest behind.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { packageChart } from '../../actions/lib/helm/package.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = args[0];
if (!dir) {
  console.error('usage: package <chart-dir> [--out file.tgz] [--log runs.jsonl]');
  process.exit(2);
}
const t0 = performance.now();
const p = packageChart(dir);
const out = opt('--out');
if (out) writeFileSync(out, p.bytes);
const ms = performance.now() - t0;
const line = JSON.stringify({ file: p.filename, digest: p.digest, bytes: p.bytes.length, members: p.files.length, ms: Math.round(ms) });
const log = opt('--log');
if (log) appendFileSync(log, `${line}\n`);
console.log(line);
