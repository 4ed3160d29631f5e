// Figure 3: index merge. Reads benchmark data kept OUTSIDE this repository:
// ../shared/bench/prometheus-community-index.yaml (6.3 MB, 50 charts, 4,385 entries), and a 4×
// scaled copy written once to .tmp/bench/data/index-x4.yaml by bench/helm/scale-index.mjs (25 MB).
// Measured: the helm library's merge entry (bench/helm/merge-entry.ts, bundled; one new version,
// validation on, the merged index written to a file), beside `node -e 0` (the floor) and the peers:
// a `yaml` parseDocument → toString round trip and a js-yaml load → dump of the same file.
// Targets (publish-helm issue): 6.3 MB under 0.5 s wall and 150 MiB peak; 25 MB under 1.5 s. The
// times are judged as multiples of `node -e 0` measured beside them (lib/budget.mjs), since these
// machines are loaded and absolute times drift.
// The peers take seconds per run (tens at 25 MB), so they run in their own hyperfine invocations
// of fewer runs, each with `node -e 0` beside them again.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';
import { bundled, ensureDataDir, SHARED_INDEX } from '../lib/data.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';
import { budgetText, withinBudget } from '../lib/budget.mjs';

export const title = 'index merge';

/** Lines added + removed between two files (git diff --no-index --numstat). */
function changedLines(a, b) {
  const r = spawnSync('git', ['diff', '--no-index', '--numstat', '--', a, b], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /^(\d+)\s+(\d+)/.exec(r.stdout);
  return m ? { added: Number(m[1]), removed: Number(m[2]) } : { added: 0, removed: 0 };
}

function once(argv) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * Untimed: the 4× copy of the index and the bundled merge entry. `index` replaces the shared index
 * (the setup test hands it a small one); without it and without ../shared, the figure is skipped.
 */
export async function setup({ index = SHARED_INDEX } = {}) {
  if (!existsSync(index)) return { skipped: `${index} is missing (shared benchmark data beside the repository)` };
  const x4 = join(ensureDataDir(), index === SHARED_INDEX ? 'index-x4.yaml' : 'index-x4-small.yaml');
  if (!existsSync(x4)) once([process.execPath, join(root, 'bench', 'helm', 'scale-index.mjs'), index, '4', x4]);
  return { index, x4, merge: await bundled('bench/helm/merge-entry.ts', 'merge-entry') };
}

export async function run({ runs }) {
  const ready = await setup();
  if (ready.skipped) {
    process.stderr.write(`  index merge: skipped, ${ready.skipped}\n`);
    return { skipped: ready.skipped };
  }
  const { x4, merge } = ready;
  const temp = mkdtempSync(join(tmpdir(), 'bench-index-'));
  try {
    const node0 = { name: 'node -e 0', argv: [process.execPath, '-e', '0'] };
    const mergeCase = (file, label) => ({ name: `merge one version, ${label}`, argv: [process.execPath, merge, file, '--case', 'newest', '--out', join(temp, `merged-${label}.yaml`)] });
    const peer = (script, file, label, tool) => ({ name: `${tool} round trip, ${label}`, argv: [process.execPath, join(root, 'bench', 'entries', script), file] });
    const m1 = mergeCase(SHARED_INDEX, '6.3 MB');
    const m4 = mergeCase(x4, '25 MB');
    const y1 = peer('yaml-roundtrip.mjs', SHARED_INDEX, '6.3 MB', 'yaml parseDocument/toString');
    const j1 = peer('js-yaml-roundtrip.mjs', SHARED_INDEX, '6.3 MB', 'js-yaml load/dump');
    const y4 = peer('yaml-roundtrip.mjs', x4, '25 MB', 'yaml parseDocument/toString');
    const j4 = peer('js-yaml-roundtrip.mjs', x4, '25 MB', 'js-yaml load/dump');

    // Once, untimed: what each writes, and how many lines of the index that changes.
    const diff = {};
    for (const [c, file, out] of [
      [m1, SHARED_INDEX, join(temp, 'merged-6.3 MB.yaml')],
      [m4, x4, join(temp, 'merged-25 MB.yaml')],
    ]) {
      const r = once(c.argv);
      if (r.status !== 'published') throw new Error(`${c.name}: ${JSON.stringify(r)}`);
      diff[c.name] = changedLines(file, out);
    }
    for (const c of [y1, j1]) {
      const out = join(temp, `${c.name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
      once([...c.argv, '--out', out]);
      diff[c.name] = changedLines(SHARED_INDEX, out);
    }
    const lines = (c) => (diff[c.name] ? `diff +${diff[c.name].added} −${diff[c.name].removed} lines` : '');

    const [floor, t1, t4] = wallTimes([node0, m1, m4], { runs, warmup: 2 });
    const peerRuns = Math.max(2, Math.min(runs, 3));
    const [floorB, ty1, tj1] = wallTimes([node0, y1, j1], { runs: peerRuns, warmup: 1 });
    const [floorC, ty4, tj4] = wallTimes([node0, y4, j4], { runs: 2, warmup: 0 });

    const rows = [{ ...floor, peakMiB: peakMiB(node0.argv) }];
    const p1 = peakMiB(m1.argv, { runs: 2 });
    rows.push({ ...t1, peakMiB: p1, ratio: t1.median / floor.median, target: `${budgetText(500, '< 0.5 s')}, < 150 MiB`, met: withinBudget(t1.median, 500, floor.median) && p1 < 150, note: `${lines(m1)}; ${(ty1.median / t1.median).toFixed(1)}× faster than yaml, ${(tj1.median / t1.median).toFixed(1)}× than js-yaml` });
    const p4 = peakMiB(m4.argv, { runs: 2 });
    rows.push({ ...t4, peakMiB: p4, ratio: t4.median / floor.median, target: budgetText(1500, '< 1.5 s'), met: withinBudget(t4.median, 1500, floor.median), note: `${lines(m4)}; ${(ty4.median / t4.median).toFixed(1)}× faster than yaml, ${(tj4.median / t4.median).toFixed(1)}× than js-yaml` });
    for (const [t, c, f, n] of [
      [ty1, y1, floorB, peerRuns],
      [tj1, j1, floorB, peerRuns],
      [ty4, y4, floorC, 2],
      [tj4, j4, floorC, 2],
    ]) {
      rows.push({ ...t, peakMiB: peakMiB(c.argv, { runs: 1 }), ratio: t.median / f.median, note: `${lines(c)}${lines(c) ? '; ' : ''}${n} runs beside node -e 0 at ${(f.median * 1000).toFixed(0)} ms` });
    }
    return rows;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
