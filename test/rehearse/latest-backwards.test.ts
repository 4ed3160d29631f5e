/**
 * A registry that knows a newer release than git does (issue #19): the image repository holds
 * v0.3.0, v0.3 and `latest`, left by a release whose git tag was deleted, while git's newest
 * release is v0.2.0. Releasing 0.2.1 would move `latest` back from 0.3.0: the preflight's order
 * step refuses it, naming the tag and the version, and nothing is written anywhere. A rollback
 * in the same situation moves tags back on purpose: this check lets it through.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OciClient } from '../../actions/lib/oci/client.js';
import { dispatch, pushSignedTag, releaseCallOverrides, repositorySecrets, squashMerge, tagPush, worldState } from '../../src/rehearse/flow.js';
import type { StepRun, WorkflowRun } from '../../src/rehearse/types.js';
import { pushMultiPlatformImage } from '../support/registry/images.js';
import { exampleRig, expectJobs, job, stepOutputs, type Rig } from './helpers.js';

const LONG = 600_000;
const IMAGE_REPO = 'example-org/example-operator';
let rig: Rig;
let client: OciClient;
let stray = '';

beforeAll(async () => {
  rig = await exampleRig();
  const r = rig.world.registryAccess!;
  client = new OciClient({ registry: r.host, credentials: { username: r.username, password: r.password } });
  stray = (await pushMultiPlatformImage(client, IMAGE_REPO, ['v0.3.0', 'v0.3', 'latest'])).digest;
  // the next release, prepared and tagged as maintainers do
  const { world, repository, engine } = rig;
  const prepared = await engine.run(rig.prepare, await dispatch(world, repository, { version: '0.2.1', mode: 'release' }), { secrets: repositorySecrets(world) });
  expectJobs(prepared, { prepare: 'passed' });
  const merged = await squashMerge(world, repository, Number(stepOutputs(prepared, 'actions/bump-version')['pr-number']));
  await pushSignedTag(world, repository, 'v0.2.1', merged.sha);
}, LONG);
afterAll(async () => {
  rig?.world.gh.assertNoViolations();
  await rig?.stop();
});

const options = () => ({ secrets: repositorySecrets(rig.world), callOverrides: releaseCallOverrides(rig.world, rig.repository, 'charts/example-operator') });
const state = () => worldState(rig.world, rig.repository, { repository: IMAGE_REPO, tags: ['v0.2.1', 'v0.2', 'v0.3.0', 'v0.3', 'latest'] }, { repository: 'charts/example-operator', tags: ['0.2.1'] });
const orderStep = (run: WorkflowRun): StepRun => job(run, 'release / preflight').steps.find((s) => s.id === 'order')!;
/** The registry's own access log: the tag lists of the image it answered. */
const tagLists = (): string[] => rig.world.registry!.accessLog().filter((e) => e.path.startsWith(`/v2/${IMAGE_REPO}/tags/list`)).map((e) => `${e.method} ${e.status}`);

describe('a tag family that would move latest back from a release git has lost', () => {
  it('refuses the release of 0.2.1 in preflight, naming latest and v0.3.0, and writes nothing', async () => {
    const before = await state();
    expect(tagLists()).toEqual([]);
    const run = await rig.engine.run(rig.ci, await tagPush(rig.world, rig.repository, 'v0.2.1'), options());
    expectJobs(run, { 'release / preflight': 'failed', 'release / image': 'not-run', 'release / chart': 'not-run', 'release / release': 'not-run', 'release / announce': 'not-run' });
    const order = orderStep(run);
    expect(order.status).toBe('failed');
    expect(order.errors.join('\n')).toMatch(/image 127\.0\.0\.1:\d+\/example-org\/example-operator: releasing 0\.2\.1 would move `latest` back from v0\.3\.0 to v0\.2\.1, since v0\.3\.0 is in the registry but not a tag in git/);
    expect(order.errors.join('\n')).toContain('restore the git tag v0.3.0');
    // read from the registry itself, with the preflight's credentials (a 401 challenge, then the list)
    expect(tagLists()).toEqual(['GET 401', 'GET 200']);
    // nothing after the refusal ran, and the world is as it was: registry tags, releases, refs, pages
    expect(job(run, 'release / preflight').steps.filter((s) => s.status === 'passed').map((s) => s.id)).not.toContain('notes');
    expect(await state()).toEqual(before);
    expect(await client.resolve(IMAGE_REPO, 'latest')).toBe(stray);
    expect(await client.resolve(IMAGE_REPO, 'v0.2.1')).toBeNull();
    expect(rig.world.gh.repo(rig.repository).releases.find((r) => r.tagName === 'v0.2.1')).toBeUndefined();
  }, LONG);

  it('lets a rollback through this check: the order step does not read the registry and names the tags it moves back', async () => {
    const event = await dispatch(rig.world, rig.repository, { mode: 'rollback', version: '0.2.1', reason: 'the scaler flaps under bursty load', 'cherry-pick': '' });
    const listed = tagLists().length;
    const run = await rig.engine.run(rig.ci, event, options());
    const order = orderStep(run);
    expect(order.status).toBe('passed');
    expect(tagLists()).toHaveLength(listed);
    expect(order.outputs['rollback-tags']).toBe('v0.2 v0.2.0\nlatest v0.2.0');
    // the rollback goes on to its own checks: 0.2.1 was never published, so there is nothing to roll back
    const check = job(run, 'release / preflight').steps.find((s) => s.name === 'Check there is a release to roll back')!;
    expect(`${check.status} ${check.errors.join(' ')}`).toMatch(/^failed .*there is no GitHub release for v0\.2\.1 to roll back/);
    expect(await client.resolve(IMAGE_REPO, 'latest')).toBe(stray);
  }, LONG);
});
