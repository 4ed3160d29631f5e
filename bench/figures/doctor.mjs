// Figure: `release-actions doctor` on WVA at 56a651b (the trimmed copy in test/fixtures/doctor/wva,
// made a git repository with its tags v0.0.1 and v0.0.2 and its GitHub origin), as a maintainer
// runs it (`node bin/release-actions.js doctor --repo DIR`), beside `node -e 0`. doctor exits 1
// there by design (WVA as it is cannot be released); the figure checks once that it named the
// version drift. Target (real-repositories issue): under 2 s (as a multiple of bare node: lib/budget.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';
import { ensureDataDir } from '../lib/data.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';
import { budgetText, withinBudget } from '../lib/budget.mjs';

export const title = 'doctor';
const FIXTURE = join(root, 'test', 'fixtures', 'doctor', 'wva');

/** Untimed: the WVA repository (once) and the command line. */
export async function setup() {
  const cli = join(root, 'bin', 'release-actions.js');
  if (!existsSync(cli)) return { skipped: 'bin/release-actions.js is missing' };
  const dir = join(ensureDataDir(), 'doctor-wva');
  if (!existsSync(`${dir}.ready`)) {
    rmSync(dir, { recursive: true, force: true });
    const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
    const g = (args) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    cpSync(FIXTURE, dir, { recursive: true, filter: (src) => !src.endsWith('ORIGIN.md') });
    g(['init', '-q', '-b', 'main']);
    g(['add', '-A']);
    g(['commit', '-q', '-m', 'Merge pull request #160 from llm-d-incubation/helm-chart']);
    g(['tag', 'v0.0.1']);
    g(['commit', '-q', '--allow-empty', '-m', 'Merge pull request #222 from Vezio/enhance-charts']);
    g(['tag', 'v0.0.2']);
    g(['commit', '-q', '--allow-empty', '-m', 'Merge pull request #242 from mamy-CS/security-config']);
    g(['remote', 'add', 'origin', 'https://github.com/llm-d-incubation/workload-variant-autoscaler.git']);
    writeFileSync(`${dir}.ready`, `${readdirSync(dir).length}\n`);
  }
  return { cli, dir };
}

export async function run({ runs }) {
  const ready = await setup();
  if (ready.skipped) return { skipped: ready.skipped };
  const argv = [process.execPath, ready.cli, 'doctor', '--repo', ready.dir];
  const once = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
  if (once.status !== 1 || !/v0\.0\.2/.test(once.stdout)) throw new Error(`doctor did not report WVA's problems (exit ${once.status}): ${once.stdout.slice(0, 2000)}${once.stderr.slice(0, 2000)}`);
  const node0 = { name: 'node -e 0', argv: [process.execPath, '-e', '0'] };
  const [floor, doctor] = wallTimes([node0, { name: 'doctor on WVA (56a651b)', argv }], { runs, warmup: 2, ignoreFailure: true });
  const ratio = doctor.median / floor.median;
  return [
    { ...floor, peakMiB: peakMiB(node0.argv) },
    { ...doctor, peakMiB: peakMiB(argv, { runs: 1 }), ratio, target: budgetText(2000, '< 2 s'), met: withinBudget(doctor.median, 2000, floor.median), note: `${once.stdout.split('\n').filter((l) => /^\s*[-•*]|^\s*\d+\./.test(l)).length} findings listed` },
  ];
}
