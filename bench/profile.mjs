// node bench/profile.mjs FIGURE [--bundle DIR] [--runs N]: where one run of a figure's action
// goes, from V8's CPU profile (`node --cpu-prof`) of the bundle run exactly as the figure runs it.
// FIGURE: changelog (notes over 10 000 commits), changelog-update, bump-version (commit and
// push), bump-version-dry. --bundle: another build of the same action (dist/<action> by default),
// to compare two builds; --runs: the profile kept is the fastest of N (default 3: these
// machines are shared). Prints the time by bundle chunk, by function (self time) and in the
// action's own phases (time with the function on the stack). Profiles go to .tmp/bench/profiles/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from '../scripts/bundle.mjs';
import { benchTmp } from './lib/data.mjs';
import { phases, summarize } from './lib/profile.mjs';
import { runnerEnv } from './lib/runner.mjs';
import { onDeclaredNode } from './lib/runtime.mjs';

const FIGURES = {
  changelog: { action: 'changelog', setup: './figures/changelog.mjs', inputs: { mode: 'notes', version: '0.5.0', 'use-pull-requests': 'false' } },
  'changelog-update': { action: 'changelog', setup: './figures/changelog.mjs', inputs: { mode: 'update', version: '0.5.0', 'use-pull-requests': 'false' } },
  'bump-version': { action: 'bump-version', setup: './figures/bump-version.mjs', inputs: { version: '0.5.0', 'dry-run': 'false', 'open-pr': 'false' } },
  'bump-version-dry': { action: 'bump-version', setup: './figures/bump-version.mjs', inputs: { version: '0.5.0', 'dry-run': 'true', 'open-pr': 'false' } },
};

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const figure = FIGURES[args[0]];
if (!figure) throw new Error(`usage: node bench/profile.mjs FIGURE [--bundle DIR] [--runs N] (figures: ${Object.keys(FIGURES).join(', ')})`);
// profiled on the Node the actions declare, as the bench measures them (bench/lib/runtime.mjs)
onDeclaredNode(fileURLToPath(import.meta.url), args);
const bundle = resolve(option('--bundle') ?? join(root, 'dist', figure.action));
const runs = Number(option('--runs') ?? 3);

const data = await (await import(figure.setup)).setup({ sizes: [10000], files: 200 });
const workspace = figure.action === 'changelog' ? data.repos.get(10000) : data.workspace;
const temp = mkdtempSync(join(tmpdir(), 'bench-profile-'));
const out = join(benchTmp, 'profiles', `${args[0]}-${Date.now()}`);
mkdirSync(out, { recursive: true });
try {
  let best;
  for (let i = 0; i < runs; i++) {
    resetBefore(figure, workspace, data);
    const env = runnerEnv(figure.action, { workspace, tempDir: join(temp, String(i)), inputs: figure.inputs });
    const dir = join(out, String(i));
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(bundle, 'index.js')], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`${figure.action} failed (${r.status}): ${r.stdout.slice(-1500)}${r.stderr.slice(-1500)}`);
    if (!best || wall < best.wall) best = { wall, file: join(dir, readdirSync(dir)[0]) };
  }
  resetBefore(figure, workspace, data);
  const profile = JSON.parse(readFileSync(best.file, 'utf8'));
  process.stdout.write(`${args[0]}: ${bundle}\nfastest of ${runs} runs: ${best.wall.toFixed(0)} ms wall; profile ${best.file}\n\n`);
  process.stdout.write(`${summarize(profile)}\n\n${phases(profile, figure.action)}\n`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

/** As the figure's `prepare` does: CHANGELOG.md as released, no release branch anywhere. */
function resetBefore(fig, workspace, data) {
  if (fig.action === 'changelog') {
    spawnSync('cp', [`${workspace}.CHANGELOG.md`, join(workspace, 'CHANGELOG.md')]);
    return;
  }
  spawnSync('git', ['-C', data.origin, 'update-ref', '-d', 'refs/heads/release-v0.5.0']);
  spawnSync('git', ['-C', workspace, 'update-ref', '-d', 'refs/remotes/origin/release-v0.5.0']);
}
