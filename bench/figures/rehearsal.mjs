// Figure 7: the default rehearsal end to end, stage by stage, beside bare `node -e 0`.
// Target: under 5 s wall on these 2-core machines (judged as ≤ 50× a 100 ms bare node).
// The rehearsal's own overhead is the one its `--json` report gives (timing.overheadMs: wall
// time minus the time in the suite's actions). Wall minus the stage sum is not it: stages of
// independent jobs overlap, so their sum can exceed the wall time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';

export const title = 'rehearsal';

/** Untimed: the command line the figure runs. */
export async function setup() {
  const cli = join(root, 'bin', 'release-actions.js');
  return existsSync(cli) ? { cli } : { skipped: 'bin/release-actions.js is missing' };
}

export async function run({ runs }) {
  const ready = await setup();
  if (ready.skipped) return { skipped: ready.skipped };
  const { cli } = ready;
  const argv = [process.execPath, cli, 'rehearse', '--json'];
  const n = Math.max(2, Math.min(runs, 5));
  const times = wallTimes([{ name: 'node -e 0', argv: [process.execPath, '-e', '0'] }, { name: 'rehearse (default example)', argv }], { runs: n, warmup: 1 });
  // One more run for the stage list and the rehearsal's own account of its time.
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(r.stdout);
  if (report.exitCode !== 0) throw new Error(`the rehearsal did not pass: ${r.stdout.slice(0, 2000)}`);
  const stages = report.stages.map((s) => `${s.name} ${(s.durationMs / 1000).toFixed(2)} s`).join(', ');
  const timing = report.timing;
  if (!timing || !['wallMs', 'actionsMs', 'actionRuns', 'overheadMs'].every((k) => Number.isFinite(timing[k]))) {
    throw new Error(`the rehearsal's --json report has no timing { wallMs, actionsMs, actionRuns, overheadMs }: ${JSON.stringify(timing)}`);
  }
  const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const floor = times[0];
  const subject = times[1];
  const ratio = subject.median / floor.median;
  return [
    { ...floor, peakMiB: peakMiB([process.execPath, '-e', '0']) },
    {
      ...subject,
      peakMiB: peakMiB(argv, { runs: 1 }),
      ratio,
      target: '< 5 s (≤ 50× bare node)',
      met: ratio <= 50,
      note: `stages: ${stages}; ${sec(timing.wallMs)} wall, ${sec(timing.actionsMs)} in the suite's actions (${timing.actionRuns} runs), own overhead ${sec(timing.overheadMs)}`,
    },
  ];
}
