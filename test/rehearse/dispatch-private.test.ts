/**
 * A private repository without GitHub Enterprise Cloud cannot have artifact attestations: with
 * `attestations: auto` the release skips both attest steps with a notice, attaches no
 * provenance asset, verifies without one, and its summary says no attestation was made. The
 * release is prepared, merged and tagged as a maintainer does it, then pushed as the tag of a
 * private repository (the event's `repository.private`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, pushSignedTag, releaseCallOverrides, repositorySecrets, squashMerge, tagPush } from '../../src/rehearse/flow.js';
import { exampleRig, expectJobs, job, stepOutputs, type Rig } from './helpers.js';

const LONG = 600_000;
let rig: Rig;

beforeAll(async () => {
  rig = await exampleRig();
}, 120_000);
afterAll(async () => {
  rig?.world.gh.assertNoViolations();
  await rig?.stop();
});

describe('a release of a private repository (attestations: auto)', () => {
  it('skips the attestations with a notice, and neither attaches nor requires a provenance asset', async () => {
    const { world, repository, engine } = rig;
    const prepared = await engine.run(rig.prepare, await dispatch(world, repository, { version: 'auto', mode: 'release' }), { secrets: repositorySecrets(world) });
    const pr = Number(stepOutputs(prepared, 'actions/bump-version')['pr-number']);
    const merged = await squashMerge(world, repository, pr);
    await pushSignedTag(world, repository, 'v0.3.0', merged.sha);
    const event = await tagPush(world, repository, 'v0.3.0');
    (event.payload['repository'] as Record<string, unknown>)['private'] = true;

    const run = await engine.run(rig.ci, event, { secrets: repositorySecrets(world), callOverrides: releaseCallOverrides(world, repository, 'charts/example-operator') });
    expectJobs(run, { 'release / guard': 'passed', 'release / preflight': 'passed', 'release / image': 'passed', 'release / release': 'passed', 'release / verify': 'passed' });
    const preflight = job(run, 'release / preflight');
    expect(preflight.outputs['attest']).toBe('false');
    expect(preflight.steps.find((s) => s.id === 'attestations')!.notes).toContain('notice: release preflight: no provenance attestations for this release: a private repository has attestations only on GitHub Enterprise Cloud (set attestations: true there)');
    const skipped = [...job(run, 'release / image').steps, ...job(run, 'release / release').steps].filter((s) => /attest|provenance/i.test(s.name));
    expect(skipped.map((s) => `${s.name}: ${s.status}`)).toEqual([
      'Attest the image provenance: not-run',
      'Attest the SBOM against the image digest: not-run',
      'Attest the chart provenance and SHA256SUMS: not-run',
      'Provenance as a release asset: not-run',
    ]);
    // the release carries no provenance, and the summary claims none
    const release = world.gh.repo(repository).releases.find((r) => r.tagName === 'v0.3.0')!;
    expect(release.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'example-operator-0.3.0.tgz']);
    expect(release.body ?? '').not.toMatch(/attest|provenance/i);
    const summary = readFileSync(join(preflight.workspace!, '..', 'temp', 'step-summary.md'), 'utf8');
    expect(summary).toContain('| provenance attestations | false |');
    const report = JSON.parse(job(run, 'release / verify').steps.find((s) => (s.uses ?? '').includes('verify-release'))!.outputs['report']!) as Array<{ check: string; status: string }>;
    expect(report.find((c) => c.check === 'github-release')!.status).toBe('passed');
  }, LONG);
});
