// Figure 4: packaging. `packageChart` from actions/lib/helm (bench/entries/package.ts, bundled; one
// packaging per process, validation on, the .tgz written) on the WVA-sized fixture chart (a copy of
// test/fixtures/charts/workload-variant-autoscaler: 24 files, .helmignore, crds, a vendored
// dependency) and on a generated chart of 2 000 packaged files, beside `node -e 0`.
// Before every run the chart's files get a new mtime (touch): the digest must not move. Every timed
// run appends its digest to a log; the figure shows how many runs and how many distinct digests.
// Target (publish-helm issue): the WVA-sized chart packaged in under 200 ms after start-up.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigChart, bundled, ensureDataDir, WVA_CHART } from '../lib/data.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';
import { budgetText, withinBudget } from '../lib/budget.mjs';

export const title = 'packaging';

/** Untimed: the bundled entry, a fresh copy of the WVA chart and the generated big chart. */
export async function setup({ files = 2000 } = {}) {
  const entry = await bundled('bench/entries/package.ts', 'package');
  const copies = join(ensureDataDir(), 'wva-chart');
  const wva = join(copies, 'workload-variant-autoscaler');
  rmSync(copies, { recursive: true, force: true });
  cpSync(WVA_CHART, wva, { recursive: true });
  return { entry, wva, big: bigChart(files) };
}

export async function run({ runs }) {
  const { entry, wva, big } = await setup();
  const temp = mkdtempSync(join(tmpdir(), 'bench-package-'));
  try {
    const touch = (dir) => ['sh', '-c', 'find "$0" -exec touch {} +', dir];
    const pack = (dir, label) => ({ name: `package ${label}`, argv: [process.execPath, entry, dir, '--out', join(temp, `${label}.tgz`), '--log', join(temp, `${label}.jsonl`)], prepare: touch(dir), log: join(temp, `${label}.jsonl`) });
    const node0 = { name: 'node -e 0', argv: [process.execPath, '-e', '0'] };
    const cases = [node0, pack(wva, 'WVA chart (24 files)'), pack(big, '2 000-file chart')];
    const times = wallTimes(cases, { runs, warmup: 2 });
    const floor = times[0];
    const rows = [{ ...floor, peakMiB: peakMiB(node0.argv) }];
    for (let i = 1; i < cases.length; i++) {
      const c = cases[i];
      const t = times[i];
      const logged = existsSync(c.log) ? readFileSync(c.log, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
      const digests = [...new Set(logged.map((l) => l.digest))];
      const inProcess = logged.map((l) => l.ms).sort((a, b) => a - b);
      const medianMs = inProcess[Math.floor(inProcess.length / 2)] ?? NaN;
      process.stderr.write(`  ${c.name}: digests of ${logged.length} runs (warm-up included):\n${logged.map((l, k) => `    run ${k + 1}: sha256 ${l.digest}`).join('\n')}\n`);
      const afterStart = t.median - floor.median;
      const ratio = t.median / floor.median;
      const deterministic = digests.length === 1 && logged.length === runs + 2;
      const row = {
        ...t,
        peakMiB: peakMiB(c.argv),
        ratio,
        note: `${logged.length} runs, ${digests.length} digest${digests.length === 1 ? '' : 's'}: sha256 ${digests.map((d) => d.slice(0, 16)).join(', ')}…, ${logged[0]?.members} members, ${logged[0]?.bytes} bytes; ${Math.round(afterStart * 1000)} ms after start-up (in-process ${medianMs} ms)`,
      };
      if (i === 1) {
        // 200 ms after start-up, as a multiple of node -e 0 on top of it (lib/budget.mjs)
        row.target = `${budgetText(200, '< 200 ms after start-up', ' on top')}, 1 digest`;
        row.met = withinBudget(afterStart, 200, floor.median) && deterministic;
      } else {
        row.target = '1 digest';
        row.met = deterministic;
      }
      rows.push(row);
    }
    return rows;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
