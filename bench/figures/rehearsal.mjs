// Figure 7: the default rehearsal end to end, stage by stage, beside bare `node -e 0`, with the
// workflows' `run:` steps run for real and the example's image built by buildah; the same
// rehearsal with RELEASE_ACTIONS_NO_BUILDAH=1 (the synthetic image) beside it gives the real
// build's share. Target: under 10 s wall on these 2-core machines.
// The rehearsal's own overhead is the one its `--json` report gives (timing.overheadMs: wall
// time minus the time in the suite's actions). Wall minus the stage sum is not it: stages of
// independent jobs overlap, so their sum can exceed the wall time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';

export const title = 'rehearsal';

/** Untimed: the command line the figure runs, and whether buildah builds the image. */
export async function setup() {
  const cli = join(root, 'bin', 'release-actions.js');
  if (!existsSync(cli)) return { skipped: 'bin/release-actions.js is missing' };
  const buildah = spawnSync('buildah', ['--version'], { encoding: 'utf8' }).status === 0;
  return { cli, buildah };
}

/** The steps of a --json report: counts of what ran for real and as stand-ins, and the image builds' time. */
export function stepFigures(report) {
  const steps = report.stages.flatMap((s) => s.steps ?? []).filter((s) => s.status === 'passed' || s.status === 'failed');
  const real = steps.filter((s) => s.kind === 'suite-action' || s.kind === 'script').length;
  const scripts = steps.filter((s) => s.kind === 'script').length;
  const standIns = steps.filter((s) => s.kind === 'stand-in' || s.kind === 'script-stand-in').length;
  const builds = steps.filter((s) => (s.uses ?? '').startsWith('docker/build-push-action'));
  const buildMs = builds.reduce((n, s) => n + s.durationMs, 0);
  const buildah = builds.some((s) => (s.notes ?? []).some((n) => n.startsWith('image built by buildah')));
  return { real, scripts, standIns, buildMs, buildah };
}

function once(argv, env = {}) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  const report = JSON.parse(r.stdout);
  if (report.exitCode !== 0) throw new Error(`the rehearsal did not pass: ${r.stdout.slice(0, 2000)}`);
  const timing = report.timing;
  if (!timing || !['wallMs', 'actionsMs', 'actionRuns', 'overheadMs'].every((k) => Number.isFinite(timing[k]))) {
    throw new Error(`the rehearsal's --json report has no timing { wallMs, actionsMs, actionRuns, overheadMs }: ${JSON.stringify(timing)}`);
  }
  return report;
}

export async function run({ runs }) {
  const ready = await setup();
  if (ready.skipped) return { skipped: ready.skipped };
  const argv = [process.execPath, ready.cli, 'rehearse', '--json'];
  const n = Math.max(2, Math.min(runs, 5));
  // one hyperfine invocation for the three, so that they see the same load (`env` sets the variable for one case only)
  const synthetic = ['/usr/bin/env', 'RELEASE_ACTIONS_NO_BUILDAH=1', ...argv];
  const times = wallTimes(
    [
      { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
      { name: 'rehearse (default example)', argv },
      { name: 'rehearse, synthetic image (RELEASE_ACTIONS_NO_BUILDAH=1)', argv: synthetic },
    ],
    { runs: n, warmup: 1 },
  );
  // One more run each for the stage list, the step counts and the rehearsal's own account of its time.
  const report = once(argv);
  const f = stepFigures(report);
  const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const stages = report.stages.map((s) => `${s.name} ${sec(s.durationMs)}`).join(', ');
  const timing = report.timing;
  // hyperfine's times are in seconds
  const [floor, subject, without] = times;
  const share = (subject.median - without.median) / subject.median;
  return [
    { ...floor, peakMiB: peakMiB([process.execPath, '-e', '0']) },
    {
      ...subject,
      peakMiB: peakMiB(argv, { runs: 1 }),
      ratio: subject.median / floor.median,
      target: '< 10 s',
      met: subject.median < 10,
      note: `${f.real} steps ran for real (${f.scripts} run: scripts), ${f.standIns} stand-ins; image ${f.buildah ? 'built by buildah' : 'synthetic (no buildah)'}, build steps ${sec(f.buildMs)} (${((100 * f.buildMs) / timing.wallMs).toFixed(0)}% of the wall); stages: ${stages}; ${sec(timing.wallMs)} wall, ${sec(timing.actionsMs)} in the suite's actions (${timing.actionRuns} runs), own overhead ${sec(timing.overheadMs)}`,
    },
    {
      ...without,
      ratio: without.median / floor.median,
      note: `the real build's share of the median wall: ${(100 * share).toFixed(0)}% (${(subject.median - without.median).toFixed(2)} s; under a changing load the build steps' own time in the first row's notes is the steadier figure)`,
    },
  ];
}
