/**
 * A release tag pushed while the release pull request is still open, through the workflow
 * engine (prepare-release.yaml, then ci-release.yaml → release.yaml for the tag push):
 *
 * - vX.Y.Z pushed on the default branch before the bump is merged: Chart.yaml, the Makefile and
 *   the CHANGELOG still hold the previous version, so preflight (verify-release) refuses with
 *   the mismatch named, no later job runs, and nothing is published or changed — the pull
 *   request included;
 * - a hotfix tag of another version pushed meanwhile is released normally, and the open
 *   release pull request is left exactly as it was;
 * - once the pull request is merged and the tag re-pointed at the merge, the release proceeds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { dispatch, pushSignedTag, releaseCallOverrides, repositorySecrets, squashMerge, tagPush, worldState } from '../../../src/rehearse/flow.js';
import type { WorkflowRun } from '../../../src/rehearse/types.js';
import { describeRun, exampleRig, expectJobs, job, show, stepOutputs, type Rig } from '../../rehearse/helpers.js';

const LONG = 600_000;
const CHART = 'charts/example-operator';
let rig: Rig;
/** The release pull request of 0.3.0, opened by prepare-release.yaml and not merged yet. */
let pr: { number: number; head: string; headSha: string };

beforeAll(async () => {
  rig = await exampleRig();
}, 120_000);
afterAll(async () => {
  rig?.world.gh.assertNoViolations();
  await rig?.stop();
});

const options = () => ({ secrets: repositorySecrets(rig.world), callOverrides: releaseCallOverrides(rig.world, rig.repository, CHART) });
const state = () =>
  worldState(rig.world, rig.repository, { repository: 'example-org/example-operator', tags: ['v0.2.1', 'v0.3.0', 'latest'] }, { repository: 'charts/example-operator', tags: ['0.2.1', '0.3.0'] });
const pulls = () => structuredClone(rig.world.gh.repo(rig.repository).pulls);
/** The release pull request as GitHub keeps it: the pull record and its issue (title, body, labels, state). */
const releasePr = () => {
  const repo = rig.world.gh.repo(rig.repository);
  return structuredClone({ pull: repo.pulls.find((p) => p.number === pr.number), issue: repo.issues.find((i) => i.number === pr.number) });
};
const releases = () => rig.world.gh.repo(rig.repository).releases;

function git(args: string[]): string {
  return execFileSync('git', ['--git-dir', rig.world.gh.repoPath(rig.repository), ...args], { encoding: 'utf8' }).trim();
}

/** Every `::error::` the steps of a run printed. */
function errors(run: WorkflowRun): string[] {
  return run.jobs.flatMap((j) => j.steps.flatMap((s) => s.errors));
}

const LATER_JOBS_NOT_RUN = {
  'release / image': 'not-run',
  'release / chart': 'not-run',
  'release / release': 'not-run',
  'release / verify': 'not-run',
  'release / announce': 'not-run',
  'release / rollback': 'not-run',
};

describe('a tag pushed while a release pull request is open', () => {
  it('prepare-release.yaml opens the release pull request for 0.3.0 (left open)', async () => {
    const { world, repository, engine } = rig;
    const run = await engine.run(rig.prepare, await dispatch(world, repository, { version: 'auto', mode: 'release' }), { secrets: repositorySecrets(world) });
    expectJobs(run, { prepare: 'passed' });
    const bump = stepOutputs(run, 'actions/bump-version');
    expect(bump).toMatchObject({ version: '0.3.0', branch: 'release-v0.3.0', status: 'created' });
    const record = world.gh.repo(repository).pulls.find((p) => p.number === Number(bump['pr-number']))!;
    expect(record).toMatchObject({ head: 'release-v0.3.0', merged: false });
    pr = { number: record.number, head: record.head, headSha: git(['rev-parse', 'refs/heads/release-v0.3.0']) };
  }, LONG);

  it('v0.3.0 tagged on main before the merge: preflight refuses, naming the version mismatch, and nothing is published or changed', async () => {
    const { world, repository, engine } = rig;
    const main = git(['rev-parse', 'refs/heads/main']);
    await pushSignedTag(world, repository, 'v0.3.0', main);
    // the tag's files still say the previous version
    expect((parseYaml(show(world, repository, 'refs/tags/v0.3.0', `${CHART}/Chart.yaml`)!) as { version: string }).version).toBe('0.2.0');
    const before = await state();
    const pullsBefore = pulls();

    const run = await engine.run(rig.ci, await tagPush(world, repository, 'v0.3.0'), options());
    expect(run.status).toBe('failed');
    expectJobs(run, { 'release / preflight': 'failed', 'release / image-build': 'not-run', ...LATER_JOBS_NOT_RUN });
    const verify = job(run, 'release / preflight').steps.filter((s) => (s.uses ?? '').includes('verify-release')).pop()!;
    expect(verify.status).toBe('failed');
    const messages = errors(run);
    // the version mismatch, by file and value: Chart.yaml (version and appVersion) and the Makefile hold 0.2.0
    const mismatch = messages.find((m) => m.includes('versions-consistent'));
    if (!mismatch) throw new Error(`no versions-consistent error among:\n${messages.join('\n')}\n${describeRun(run)}`);
    expect(mismatch).toMatch(/reference\(s\) disagree with 0\.3\.0/);
    expect(mismatch).toMatch(new RegExp(`${CHART}/Chart\\.yaml:\\d+ version = 0\\.2\\.0`));
    expect(mismatch).toMatch(/Makefile:\d+ \S+ = 0\.2\.0/);

    // nothing published: no release, no pages entry, no image or chart, no message; the pull request as it was
    expect(await state()).toEqual(before);
    expect(pulls()).toEqual(pullsBefore);
    expect(releases().filter((r) => r.tagName === 'v0.3.0')).toEqual([]);
    expect(show(world, repository, 'refs/heads/gh-pages', 'index.yaml') ?? '').not.toContain('0.3.0');
    expect(git(['rev-parse', `refs/heads/${pr.head}`])).toBe(pr.headSha);
  }, LONG);

  it('a hotfix tag v0.2.1 pushed meanwhile is released normally, and the open pull request is left untouched', async () => {
    const { world, repository, engine } = rig;
    const fix = git(['log', '--format=%H', '--grep=^fix(controller)', 'refs/heads/main']).split('\n')[0]!;
    const prepared = await engine.run(rig.prepare, await dispatch(world, repository, { version: '0.2.1', mode: 'hotfix', 'cherry-pick': fix }), { secrets: repositorySecrets(world) });
    expectJobs(prepared, { prepare: 'passed' });
    const bump = stepOutputs(prepared, 'actions/bump-version');
    expect(bump).toMatchObject({ version: '0.2.1', branch: 'hotfix-v0.2.1' });
    await pushSignedTag(world, repository, 'v0.2.1', bump['commit']!);
    const before = releasePr();
    expect(before.pull).toMatchObject({ merged: false, headSha: pr.headSha });
    expect(before.issue).toMatchObject({ state: 'open' });

    const run = await engine.run(rig.ci, await tagPush(world, repository, 'v0.2.1'), options());
    if (run.status !== 'passed') throw new Error(describeRun(run));
    // not the newest line: the v0.3.0 tag exists, refused or not
    expect(job(run, 'release / preflight').outputs).toMatchObject({ version: '0.2.1', latest: 'false' });
    expect(releases().filter((r) => r.tagName === 'v0.2.1').map((r) => r.draft)).toEqual([false]);
    expect(show(world, repository, 'refs/heads/gh-pages', 'index.yaml')).toContain('version: 0.2.1');
    // the 0.3.0 pull request: same record, same head, still open and unmerged
    expect(releasePr()).toEqual(before);
    expect(git(['rev-parse', `refs/heads/${pr.head}`])).toBe(pr.headSha);
    expect(releases().filter((r) => r.tagName === 'v0.3.0')).toEqual([]);
  }, LONG);

  it('after the pull request is merged and v0.3.0 re-pointed at the merge, the release proceeds', async () => {
    const { world, repository, engine } = rig;
    const merged = await squashMerge(world, repository, pr.number);
    // the maintainer moves the tag: deleted on the remote, signed again on the merge commit
    const del = await fetch(`${world.gh.apiUrl}/repos/${repository}/git/refs/tags/v0.3.0`, { method: 'DELETE', headers: { authorization: `token ${world.token}` } });
    expect(del.status).toBe(204);
    await pushSignedTag(world, repository, 'v0.3.0', merged.sha);
    expect(git(['rev-parse', 'refs/tags/v0.3.0^{commit}'])).toBe(merged.sha);

    const run = await engine.run(rig.ci, await tagPush(world, repository, 'v0.3.0'), options());
    if (run.status !== 'passed') throw new Error(describeRun(run));
    expect(job(run, 'release / preflight').outputs).toMatchObject({ version: '0.3.0', latest: 'true' });
    const published = releases().filter((r) => r.tagName === 'v0.3.0');
    expect(published.map((r) => r.draft)).toEqual([false]);
    expect((parseYaml(show(world, repository, 'refs/tags/v0.3.0', `${CHART}/Chart.yaml`)!) as { version: string }).version).toBe('0.3.0');
    const index = parseYaml(show(world, repository, 'refs/heads/gh-pages', 'index.yaml')!) as { entries: Record<string, Array<{ version: string }>> };
    const versions = index.entries['example-operator']!.map((e) => e.version);
    expect(versions).toEqual(expect.arrayContaining(['0.2.1', '0.3.0']));
    expect(versions.filter((v) => v === '0.3.0')).toHaveLength(1);
  }, LONG);
});
