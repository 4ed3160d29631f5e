/**
 * Dispatches of release.yaml (through ci-release.yaml) are gated before anything is written:
 * the guard job waits in the `release` environment, and refuses a dispatch from a branch other
 * than the default one and a version whose tag does not exist — each with a message that says
 * why, no other job started, and the world (the emulator's records and refs) unchanged. A tag
 * push runs in no environment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dispatch, refSha, releaseCallOverrides, repositorySecrets } from '../../src/rehearse/flow.js';
import type { RehearsalEvent } from '../../src/rehearse/engine.js';
import type { WorkflowRun } from '../../src/rehearse/types.js';
import { workflowDispatchEvent } from '../support/events.js';
import { describeRun, exampleRig, job, type Rig } from './helpers.js';

const LONG = 300_000;
let rig: Rig;

beforeAll(async () => {
  rig = await exampleRig({ registry: false });
}, 120_000);
afterAll(async () => {
  rig?.world.gh.assertNoViolations();
  await rig?.stop();
});

const options = () => ({ secrets: repositorySecrets(rig.world), callOverrides: releaseCallOverrides(rig.world, rig.repository, 'charts/example-operator') });
const snapshot = async () => JSON.stringify(await rig.world.gh.snapshot());

/** A dispatch from `branch` (created at the default branch's head when missing). */
async function dispatchFrom(branch: string, inputs: Record<string, string>): Promise<RehearsalEvent> {
  const { world, repository } = rig;
  const sha = await refSha(world, repository, 'refs/heads/main');
  const r = await fetch(`${world.gh.apiUrl}/repos/${repository}/git/refs`, {
    method: 'POST',
    headers: { authorization: `token ${world.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ref: `refs/heads/${branch}`, sha }),
  });
  expect([201, 422]).toContain(r.status);
  const [owner = '', repo = ''] = repository.split('/');
  return { name: 'workflow_dispatch', ref: `refs/heads/${branch}`, sha, inputs, payload: workflowDispatchEvent({ owner, repo, serverUrl: world.gh.serverUrl, defaultBranch: 'main' }, `refs/heads/${branch}`, inputs) };
}

/** Only the guard ran (and failed, with `message`); every other job of release.yaml did not start. */
function expectRefusedByGuard(run: WorkflowRun, message: RegExp): void {
  const guard = job(run, 'release / guard');
  if (guard.status !== 'failed') throw new Error(describeRun(run));
  expect(guard.reason).toMatch(message);
  const others = run.jobs.filter((j) => j.caller === 'release' && j.id !== 'guard');
  expect(others.length).toBeGreaterThanOrEqual(7);
  for (const j of others) expect([j.key, j.status]).toEqual([j.key, 'not-run']);
}

describe('a dispatch of the release', () => {
  it('from a branch other than the default is refused before anything is written', async () => {
    const before = await snapshot();
    const run = await rig.engine.run(rig.ci, await dispatchFrom('feature', { mode: 'release', version: '0.2.0' }), options());
    expectRefusedByGuard(run, /^Check the dispatch: a dispatch must run from the default branch main, not refs\/heads\/feature: another branch's copy of the workflow could skip the release checks; dispatch it again from main$/);
    expect(job(run, 'release / guard').environment).toBe('release');
    // the branch the test made is the only difference
    const after = JSON.parse(await snapshot()) as unknown;
    expect(JSON.stringify(after)).not.toBe(before);
    await fetch(`${rig.world.gh.apiUrl}/repos/${rig.repository}/git/refs/heads/feature`, { method: 'DELETE', headers: { authorization: `token ${rig.world.token}` } });
    expect(await snapshot()).toBe(before);
  }, LONG);

  it('of a version that has no tag is refused before anything is written', async () => {
    const before = await snapshot();
    const run = await rig.engine.run(rig.ci, await dispatch(rig.world, rig.repository, { mode: 'hotfix', version: 'v0.9.9' }), options());
    expectRefusedByGuard(run, /version 0\.9\.9 has no tag v0\.9\.9: a dispatch releases or rolls back an existing tag; push the signed tag first/);
    expect(await snapshot()).toBe(before);
  }, LONG);

  it('of a rollback waits in the release environment, then stops at the preflight when there is no release to roll back', async () => {
    const before = await snapshot();
    const run = await rig.engine.run(rig.ci, await dispatch(rig.world, rig.repository, { mode: 'rollback', version: '0.2.0', reason: 'broken upgrade' }), options());
    expect(job(run, 'release / guard')).toMatchObject({ status: 'passed', environment: 'release' });
    expect(job(run, 'release / preflight').reason).toMatch(/there is no GitHub release for v0\.2\.0 to roll back/);
    expect(job(run, 'release / rollback').status).toBe('not-run');
    expect(await snapshot()).toBe(before);
  }, LONG);

  it('in another environment when the caller names one', async () => {
    const run = await rig.engine.run(rig.ci, await dispatch(rig.world, rig.repository, { mode: 'rollback', version: '0.2.0', reason: 'broken upgrade' }), {
      ...options(),
      callOverrides: { ...options().callOverrides, with: { ...options().callOverrides.with, environment: { value: 'production', why: 'the caller\'s own environment' } } },
    });
    expect(job(run, 'release / guard')).toMatchObject({ status: 'passed', environment: 'production' });
  }, LONG);
});

describe('a tag push', () => {
  it('runs the guard in no environment and passes it', async () => {
    const { tagPush } = await import('../../src/rehearse/flow.js');
    const run = await rig.engine.run(rig.ci, await tagPush(rig.world, rig.repository, 'v0.2.0'), options());
    const guard = job(run, 'release / guard');
    expect(guard.status).toBe('passed');
    expect(guard.environment).toBeUndefined();
    expect(job(run, 'release / preflight').status).not.toBe('not-run');
  }, LONG);
});
