// Figure 2: changelog. Generated real-shaped histories of 10 000 and 50 000 commits after the tag
// v0.4.1; the real bundle `dist/changelog/index.js` run as the runner runs it (mode notes, and mode
// update with CHANGELOG.md restored before every run; use-pull-requests false) beside the floor
// `git log --format=%H%x00%s%x00%b v0.4.1..HEAD`, and `conventional-changelog` (CLI, the
// conventionalcommits parser/writer settings) over the same range.
// Target (changelog issue, then issue 20): 10 000 commits in under 0.5 s wall (issue 20: 25 000
// commits/s, 0.4 s) and at most 4× git log. The absolute time is judged as a multiple of
// `node -e 0` measured beside it (lib/budget.mjs: these machines are loaded, so absolute times
// drift). conventional-changelog is slow (seconds per run), so it is measured in a second
// hyperfine invocation of fewer runs, with git log beside it again for its ratio.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';
import { ensureDataDir, history } from '../lib/data.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';
import { actionArgv, readOutputs, runnerEnv } from '../lib/runner.mjs';
import { budgetText, idleNodeMs, withinBudget } from '../lib/budget.mjs';

export const title = 'changelog';

const SIZES = (process.env.BENCH_CHANGELOG_SIZES ?? '10000,50000').split(',').map(Number);
const RANGE = 'v0.4.1..HEAD';
const fmt = (n) => n.toLocaleString('en-US').replace(/,/g, ' ');

/** Untimed: the conventional-changelog package file and one generated history per size. */
export async function setup({ sizes = SIZES } = {}) {
  const ccPackage = join(ensureDataDir(), 'cc-package.json');
  writeFileSync(ccPackage, `${JSON.stringify({ name: 'workload-variant-autoscaler', version: '0.5.0', repository: { type: 'git', url: 'https://github.com/llm-d-incubation/workload-variant-autoscaler.git' } })}\n`);
  return { ccPackage, repos: new Map(sizes.map((n) => [n, history(n)])) };
}

export async function run({ runs }) {
  const rows = [];
  const { ccPackage, repos } = await setup();
  const ccConfig = join(root, 'bench', 'entries', 'conventional-changelog.config.mjs');
  const ccBin = join(root, 'node_modules', 'conventional-changelog', 'dist', 'cli', 'index.js');
  for (const n of SIZES) {
    const repo = repos.get(n);
    const base = `${repo}.CHANGELOG.md`;
    const temp = mkdtempSync(join(tmpdir(), 'bench-changelog-'));
    try {
      const notesEnv = runnerEnv('changelog', { workspace: repo, tempDir: join(temp, 'notes'), inputs: { mode: 'notes', version: '0.5.0', 'use-pull-requests': 'false' } });
      const updateEnv = runnerEnv('changelog', { workspace: repo, tempDir: join(temp, 'update'), inputs: { mode: 'update', version: '0.5.0', 'use-pull-requests': 'false' } });
      // before every run: the command files emptied, CHANGELOG.md as released (no 0.5.0 section yet)
      const reset = (env, restore) => ['sh', '-c', `${restore ? 'cp "$3" "$4"; ' : ''}: > "$1"; : > "$2"`, 'reset', env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY, base, join(repo, 'CHANGELOG.md')];
      const floor = { name: `git log ${RANGE} (${fmt(n)} commits)`, argv: ['git', '-C', repo, 'log', '--format=%H%x00%s%x00%b', RANGE] };
      const notes = { name: `changelog notes (${fmt(n)})`, argv: actionArgv('changelog', notesEnv), prepare: reset(notesEnv, false) };
      const update = { name: `changelog update (${fmt(n)})`, argv: actionArgv('changelog', updateEnv), prepare: reset(updateEnv, true) };
      const cc = { name: `conventional-changelog (${fmt(n)})`, argv: [process.execPath, ccBin, '--stdout', '-k', ccPackage, '-n', ccConfig] };

      // Once, outside the timing: each command does what it should (and the entry counts are shown).
      const entries = {};
      for (const c of [notes, update]) {
        spawnSync(c.prepare[0], c.prepare.slice(1));
        const r = spawnSync(c.argv[0], c.argv.slice(1), { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
        if (r.status !== 0) throw new Error(`${c.name} failed (${r.status}): ${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
        const out = readOutputs(c === notes ? notesEnv.GITHUB_OUTPUT : updateEnv.GITHUB_OUTPUT);
        entries[c.name] = JSON.parse(out.entries ?? '[]').length;
        if (c === notes && !(out.notes ?? '').includes('0.5.0')) throw new Error(`${c.name}: no release notes in the outputs`);
        if (c === update && out.changed !== 'true') throw new Error(`${c.name}: CHANGELOG.md not updated (changed=${out.changed})`);
      }
      cpSync(base, join(repo, 'CHANGELOG.md'));
      const ccCheck = spawnSync(cc.argv[0], cc.argv.slice(1), { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
      if (ccCheck.status !== 0) throw new Error(`conventional-changelog failed: ${ccCheck.stderr.slice(-2000)}`);
      const ccItems = ccCheck.stdout.split('\n').filter((l) => l.startsWith('* ')).length;

      const node0 = { name: 'node -e 0', argv: [process.execPath, '-e', '0'] };
      const main = wallTimes([floor, node0, notes, update], { runs, warmup: 2, cwd: repo });
      const peerRuns = Math.max(2, Math.min(runs, 3));
      const peer = wallTimes([floor, cc], { runs: peerRuns, warmup: 1, cwd: repo });
      cpSync(base, join(repo, 'CHANGELOG.md'));

      const peak = (c) => {
        if (c.prepare) spawnSync(c.prepare[0], c.prepare.slice(1));
        return peakMiB(c.argv, { runs: 1, cwd: repo });
      };
      const [floorT, nodeT, notesT, updateT] = main;
      const cpu = (t) => `CPU ${Math.round(t.cpu * 1000)} ms`;
      rows.push({ ...floorT, peakMiB: peak(floor), note: `${fmt(Math.round(n / floorT.median))} commits/s; ${cpu(floorT)}` });
      rows.push({ ...nodeT, ratio: null, note: `start-up reference: bare node starts in ${idleNodeMs} ms on an idle machine (lib/budget.mjs)` });
      for (const [c, t] of [
        [notes, notesT],
        [update, updateT],
      ]) {
        const ratio = t.median / floorT.median;
        // 25 000 commits/s (0.4 s for 10 000), on this loaded machine a multiple of node -e 0 (lib/budget.mjs)
        const inTime = n > 10000 || withinBudget(t.median, (n / 25000) * 1000, nodeT.median);
        rows.push({
          ...t,
          peakMiB: peak(c),
          ratio,
          target: n <= 10000 ? `${budgetText((n / 25000) * 1000, '≥ 25 000 commits/s')}, ≤ 4× git log` : '≤ 4× git log',
          met: inTime && ratio <= 4,
          note: `${fmt(Math.round(n / t.median))} commits/s; ${fmt(entries[c.name])} entries; ${cpu(t)} (${(t.cpu / floorT.cpu).toFixed(1)}× git log's)`,
        });
      }
      cpSync(base, join(repo, 'CHANGELOG.md'));
      const [peerFloor, ccT] = peer;
      rows.push({
        ...ccT,
        peakMiB: peakMiB(cc.argv, { runs: 1, cwd: repo }),
        ratio: ccT.median / peerFloor.median,
        note: `${fmt(Math.round(n / ccT.median))} commits/s; ${fmt(ccItems)} items; ${peerRuns} runs beside git log at ${(peerFloor.median * 1000).toFixed(0)} ms; ${(ccT.median / notesT.median).toFixed(1)}× changelog notes`,
      });
    } finally {
      cpSync(base, join(repo, 'CHANGELOG.md'));
      rmSync(temp, { recursive: true, force: true });
    }
  }
  return rows;
}
