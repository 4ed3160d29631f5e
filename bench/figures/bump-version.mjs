// Figure 7: bump-version on a repository with 200 version files (generated: the WVA fixture plus
// sub-charts, values, Go regex files, JSON and kustomize files, all listed in
// .github/release-actions.yaml), the real bundle dist/bump-version/index.js run as the runner runs
// it, version 0.5.0, open-pr false (no GitHub API): dry-run (plan and diff) and real mode (commit
// with sign-off in a temporary worktree, push of release-v0.5.0 to the local bare origin; the
// branch is deleted again before every run), beside `node -e 0`.
// Target (bump-version issue): under 1 s wall after node start-up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bumpRepo } from '../lib/data.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';
import { actionArgv, readOutputs, runnerEnv } from '../lib/runner.mjs';
import { budgetText, withinBudget } from '../lib/budget.mjs';

export const title = 'bump-version';
const FILES = 200;

/** Untimed: the generated repository with its version files, a bare origin and a workspace. */
export async function setup({ files = FILES } = {}) {
  return bumpRepo(files);
}

export async function run({ runs }) {
  const { origin, workspace } = await setup();
  const temp = mkdtempSync(join(tmpdir(), 'bench-bump-'));
  try {
    const envs = {};
    for (const dry of ['true', 'false']) {
      envs[dry] = runnerEnv('bump-version', { workspace, tempDir: join(temp, dry), inputs: { version: '0.5.0', 'dry-run': dry, 'open-pr': 'false' } });
    }
    // before every run: no release branch on origin or in the workspace, command files emptied
    const reset = (env) => [
      'sh',
      '-c',
      'git -C "$0" update-ref -d refs/heads/release-v0.5.0 2>/dev/null; git -C "$1" update-ref -d refs/remotes/origin/release-v0.5.0 2>/dev/null; git -C "$1" worktree prune; : > "$2"; : > "$3"',
      origin,
      workspace,
      env.GITHUB_OUTPUT,
      env.GITHUB_STEP_SUMMARY,
    ];
    const node0 = { name: 'node -e 0', argv: [process.execPath, '-e', '0'] };
    const dry = { name: `bump ${FILES} files, dry-run`, argv: actionArgv('bump-version', envs.true), prepare: reset(envs.true), env: envs.true };
    const real = { name: `bump ${FILES} files, commit + push`, argv: actionArgv('bump-version', envs.false), prepare: reset(envs.false), env: envs.false };

    // once, untimed: each does what it should
    const changed = {};
    for (const c of [dry, real]) {
      spawnSync(c.prepare[0], c.prepare.slice(1));
      const r = spawnSync(c.argv[0], c.argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
      const out = readOutputs(c.env.GITHUB_OUTPUT);
      const want = c === dry ? 'dry-run' : 'created';
      if (r.status !== 0 || out.status !== want) throw new Error(`${c.name}: exit ${r.status}, status ${out.status}:\n${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
      changed[c.name] = JSON.parse(out['changed-files'] ?? '[]').length;
    }

    const [floor, tDry, tReal] = wallTimes([node0, dry, real], { runs, warmup: 2 });
    const peak = (c) => {
      spawnSync(c.prepare[0], c.prepare.slice(1));
      return peakMiB(c.argv, { runs: 1 });
    };
    const rows = [{ ...floor, peakMiB: peakMiB(node0.argv) }];
    for (const [c, t] of [
      [dry, tDry],
      [real, tReal],
    ]) {
      const after = t.median - floor.median;
      rows.push({
        ...t,
        peakMiB: peak(c),
        ratio: t.median / floor.median,
        // 1 s after start-up, as a multiple of node -e 0 on top of it (lib/budget.mjs)
        target: budgetText(1000, '< 1 s after start-up', ' on top'),
        met: withinBudget(after, 1000, floor.median),
        note: `${changed[c.name]} files changed (CHANGELOG included); ${Math.round(after * 1000)} ms after start-up; CPU ${Math.round(t.cpu * 1000)} ms (node -e 0: ${Math.round(floor.cpu * 1000)} ms)`,
      });
    }
    spawnSync(real.prepare[0], real.prepare.slice(1));
    return rows;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
