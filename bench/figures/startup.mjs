// Figure 1: start-up. Each bundled action run as the runner runs it (`node dist/<name>/index.js`)
// with inputs that make it stop at validation, beside bare `node -e 0`.
// Target: median ≤ 1.8× bare node, peak RSS < 60 MiB.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionNames, root } from '../../scripts/bundle.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';

export const title = 'start-up';

/** Untimed: the actions whose committed bundle is there. */
export async function setup() {
  const names = (await actionNames()).filter((n) => existsSync(join(root, 'dist', n, 'index.js')));
  return names.length ? { names } : { skipped: 'no bundle in dist/ (npm run build)' };
}

export async function run({ runs }) {
  const ready = await setup();
  if (ready.skipped) return { skipped: ready.skipped };
  const { names } = ready;
  const cases = [{ name: 'node -e 0', argv: [process.execPath, '-e', '0'] }];
  const envs = {};
  for (const name of names) {
    const yml = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
    const flag = Object.entries(yml.inputs ?? {}).find(([, s]) => s.default === 'true' || s.default === 'false')?.[0];
    const env = flag ? [`INPUT_${flag.toUpperCase()}=not-a-boolean`] : [];
    envs[name] = env;
    cases.push({ name, argv: ['env', ...env, process.execPath, join(root, 'dist', name, 'index.js')] });
  }
  // The actions exit 1 by design here; check once that each refused at validation, as intended.
  for (const c of cases.slice(1)) {
    const r = spawnSync(c.argv[0], c.argv.slice(1), { encoding: 'utf8' });
    if (r.status !== 1 || !/^::error title=[^:]+::input '/m.test(r.stdout)) throw new Error(`${c.name} did not stop at input validation: ${r.stdout}${r.stderr}`);
  }
  const times = wallTimes(cases, { runs, warmup: 3, ignoreFailure: true });
  const floor = times[0];
  return times.map((t, i) => {
    const peak = peakMiB(cases[i].argv);
    if (i === 0) return { ...t, peakMiB: peak };
    const ratio = t.median / floor.median;
    return { ...t, peakMiB: peak, ratio, target: '≤ 1.8×, < 60 MiB', met: ratio <= 1.8 && peak < 60 };
  });
}
