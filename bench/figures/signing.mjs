// Figure: the rehearsal's added time for signing and verification (issue 18). The default
// rehearsal (the attest stand-ins sign with the local Sigstore and store through the
// attestations API; postflight proves four signatures) beside the same rehearsal with
// RELEASE_ACTIONS_NO_SIGNING=1 (no local Sigstore: unsigned bundles, stored nowhere,
// verify-signatures off), in one hyperfine invocation so both see the same load. The difference
// of the medians is the signing's cost; one --json run of each says where it goes (the attest
// steps, the verify job's verify-release step).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';
import { wallTimes } from '../lib/measure.mjs';

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

function once(argv, env) {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  const report = JSON.parse(r.stdout);
  if (report.exitCode !== 0) throw new Error(`the rehearsal did not pass: ${r.stdout.slice(0, 2000)}`);
  return report;
}

export async function run({ runs }) {
  const ready = await setup();
  if (ready.skipped) return { skipped: ready.skipped };
  const { argv } = ready;
  const n = Math.max(2, Math.min(runs, 5));
  const unsigned = ['/usr/bin/env', `${NO_SIGNING_ENV}=1`, ...argv];
  const [signedT, unsignedT] = wallTimes(
    [
      { name: 'rehearse (signing and verification on)', argv },
      { name: `rehearse, ${NO_SIGNING_ENV}=1`, argv: unsigned },
    ],
    { runs: n, warmup: 1 },
  );
  const on = signingFigures(once(argv, {}));
  const off = signingFigures(once(argv, { [NO_SIGNING_ENV]: '1' }));
  if (on.signed === 0 || on.verified.length === 0 || off.signed !== 0 || off.verified.length !== 0) {
    throw new Error(`the two rehearsals do not differ by signing: on ${JSON.stringify(on)}, off ${JSON.stringify(off)}`);
  }
  const added = signedT.median - unsignedT.median;
  const ms = (x) => `${Math.round(x)} ms`;
  return [
    {
      ...signedT,
      ratio: signedT.median / unsignedT.median,
      note: `added by signing and verification: ${(added * 1000).toFixed(0)} ms of the median wall (${((100 * added) / signedT.median).toFixed(0)}%), ${((signedT.cpu - unsignedT.cpu) * 1000).toFixed(0)} ms of CPU (user + system, children included: steadier under load); ${on.signed} of ${on.attestSteps} attest steps signed and stored, ${ms(on.attestMs)} in them (unsigned: ${ms(off.attestMs)}); the world ready in ${ms(on.readyMs)} (without the local Sigstore: ${ms(off.readyMs)}); postflight ${ms(on.postflightMs)} proving ${on.verified.join(', ')} (without: ${ms(off.postflightMs)})`,
    },
    { ...unsignedT, note: 'no local Sigstore: the attest stand-ins write unsigned bundles, postflight runs no signature check' },
  ];
}
