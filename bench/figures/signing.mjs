// Figure: the rehearsal's added time for signing and verification (issue 18). The default
// rehearsal (the attest stand-ins sign with the local Sigstore and store through the
// attestations API; postflight proves four signatures) beside the same rehearsal with
// RELEASE_ACTIONS_NO_SIGNING=1 (no local Sigstore: unsigned bundles, stored nowhere,
// verify-signatures off), alternated run by run (after one warm-up) so that each pair sees the
// same load: the median of the pairs' differences is the signing's cost, and every run's --json
// report says where it goes (the attest steps, the world's start, the verify job's postflight).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';

export const title = 'rehearsal: signing and verification';

export const NO_SIGNING_ENV = 'RELEASE_ACTIONS_NO_SIGNING';

/** Untimed: the command line the figure runs. */
export async function setup() {
  const cli = join(root, 'bin', 'release-actions.js');
  if (!existsSync(cli)) return { skipped: 'bin/release-actions.js is missing' };
  return { cli, argv: [process.execPath, cli, 'rehearse', '--json'] };
}

/** From a --json report: the world's start, the attest steps' time, the postflight step's time, and the signature checks that passed. */
export function signingFigures(report) {
  const steps = report.stages.flatMap((s) => s.steps ?? []);
  const attest = steps.filter((s) => /^actions\/attest(-build-provenance)?@/.test(s.uses ?? '') && s.status === 'passed');
  const verify = report.stages.find((s) => s.name === 'verify');
  const postflight = (verify?.steps ?? []).find((s) => s.kind === 'suite-action' && (s.uses ?? '').endsWith('/actions/verify-release'));
  const signed = attest.filter((s) => (s.notes ?? []).some((n) => / signed by .* stored as attestation /.test(n))).length;
  const ready = /ready ([\d.]+) s after the start/.exec(report.stages.find((s) => s.name === 'services')?.detail ?? '');
  return {
    readyMs: ready ? Number(ready[1]) * 1000 : NaN,
    attestSteps: attest.length,
    signed,
    attestMs: attest.reduce((n, s) => n + s.durationMs, 0),
    postflightMs: postflight?.durationMs ?? 0,
    verified: (verify?.signatures ?? []).filter((c) => c.status === 'passed').map((c) => c.check),
  };
}

/** One rehearsal: its wall and CPU time (GNU time: user + system, children included) and its --json report. */
function once(argv, env, temp) {
  const cpuFile = join(temp, 'cpu');
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, ...argv], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  const wall = (performance.now() - t0) / 1000;
  const report = JSON.parse(r.stdout);
  if (report.exitCode !== 0) throw new Error(`the rehearsal did not pass: ${r.stdout.slice(0, 2000)}`);
  const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + system, figures: signingFigures(report) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The two rehearsals alternated, on then off, `n` times: under a load that drifts (these 2 cores
 * are shared) each pair sees about the same load, so the median of the pairs' differences is the
 * steadier figure than the difference of two medians taken a minute apart.
 */
function paired(argv, n) {
  const temp = mkdtempSync(join(tmpdir(), 'bench-signing-'));
  try {
    once(argv, {}, temp);
    const pairs = [];
    for (let i = 0; i < n; i++) pairs.push({ on: once(argv, {}, temp), off: once(argv, { [NO_SIGNING_ENV]: '1' }, temp) });
    return pairs;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function row(name, runs, more) {
  const walls = runs.map((r) => r.wall);
  return { name, median: median(walls), min: Math.min(...walls), max: Math.max(...walls), mean: walls.reduce((a, b) => a + b, 0) / walls.length, cpu: median(runs.map((r) => r.cpu)), runs: runs.length, ...more };
}

export async function run({ runs }) {
  const ready = await setup();
  if (ready.skipped) return { skipped: ready.skipped };
  const pairs = paired(ready.argv, Math.max(3, Math.min(runs, 7)));
  const on = pairs.map((p) => p.on);
  const off = pairs.map((p) => p.off);
  for (const p of pairs) {
    if (p.on.figures.signed === 0 || p.on.figures.verified.length === 0 || p.off.figures.signed !== 0 || p.off.figures.verified.length !== 0) {
      throw new Error(`the two rehearsals do not differ by signing: on ${JSON.stringify(p.on.figures)}, off ${JSON.stringify(p.off.figures)}`);
    }
  }
  const ms = (x) => `${Math.round(x)} ms`;
  const fig = (side, k) => median(side.map((r) => r.figures[k]));
  const wallAdded = median(pairs.map((p) => p.on.wall - p.off.wall));
  const cpuAdded = median(pairs.map((p) => p.on.cpu - p.off.cpu));
  const steps = (side) => fig(side, 'attestMs') + fig(side, 'postflightMs') + Math.max(0, fig(side, 'readyMs'));
  const onRow = row('rehearse (signing and verification on)', on, {
    ratio: median(on.map((r) => r.wall)) / median(off.map((r) => r.wall)),
    note: `added in the steps that sign and verify (their own account, medians of ${pairs.length} runs each): ${ms(steps(on) - steps(off))} — the ${on[0].figures.signed} attest steps ${ms(fig(on, 'attestMs'))} (unsigned: ${ms(fig(off, 'attestMs'))}), postflight ${ms(fig(on, 'postflightMs'))} proving ${on[0].figures.verified.join(', ')} (without: ${ms(fig(off, 'postflightMs'))}), the world ready in ${ms(fig(on, 'readyMs'))} (without the local Sigstore: ${ms(fig(off, 'readyMs'))}); the whole rehearsal, ${pairs.length} alternated pairs: ${ms(wallAdded * 1000)} wall (pairs: ${pairs.map((p) => ms((p.on.wall - p.off.wall) * 1000)).join(', ')}), ${ms(cpuAdded * 1000)} CPU (user + system, children included)`,
  });
  return [onRow, row(`rehearse, ${NO_SIGNING_ENV}=1`, off, { note: 'no local Sigstore: the attest stand-ins write unsigned bundles, postflight runs no signature check' })];
}
