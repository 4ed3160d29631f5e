/**
 * self-release.yaml through the rehearsal engine: the suite's own repository (a small copy with
 * its CHANGELOG.md) in the local GitHub emulator, a signed tag pushed, and the workflow run for
 * the push. The GitHub release gets the notes the suite's changelog action writes, and the
 * major tag moves to the tag's commit only after verify-release found the release; a failed
 * verification leaves the major tag where it was. The suite's own test job is left out (this
 * test is part of that suite), and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUITE_REPO } from '../../src/rehearse/engine.js';
import { engineFor, pushSignedTag, SELF_RELEASE_LEAVE_OUT, refSha, rehearsalInputs, suiteWorkflow, tagPush } from '../../src/rehearse/flow.js';
import { git, gitEnv } from '../../src/rehearse/proc.js';
import type { JobRun } from '../../src/rehearse/types.js';
import type { WorkflowModel } from '../../src/rehearse/workflow.js';
import { startWorld, type World } from '../../src/rehearse/world.js';
import { projectRoot } from '../support/harness.js';
import { expectJobs, job, pushCommit } from './helpers.js';

const LONG = 300_000;
/** The repository's secret: the throwaway key that signs the tags. */
const options = () => ({ leaveOut: { ...SELF_RELEASE_LEAVE_OUT }, secrets: { RELEASE_ALLOWED_SIGNERS: world.key.publicKey } });
let root: string;
let world: World;
let workflow: WorkflowModel;
let v100 = '';
let v110 = '';
/** Called after each job: a test can make the world change between two jobs. */
let afterJob: (job: JobRun) => Promise<void> = async () => {};
const pending: Array<Promise<void>> = [];

function changelog(server: string, versions: Array<[string, string]>): string {
  const base = `${server}/${SUITE_REPO}`;
  const sections = versions.map(([v, line]) => `## [${v}] - 2026-12-0${versions.length}\n\n### Added\n\n- ${line}\n`).join('\n');
  const links = versions.map(([v], i) => `[${v}]: ${i + 1 < versions.length ? `${base}/compare/v${versions[i + 1]![0]}...v${v}` : `${base}/releases/tag/v${v}`}`);
  return [
    '# Changelog',
    '',
    'All notable changes to this project are documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
    '## [Unreleased]',
    '',
    sections,
    `[Unreleased]: ${base}/compare/v${versions[0]![0]}...HEAD`,
    ...links,
    '',
  ].join('\n');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'self-release-'));
  world = await startWorld({ root: join(root, 'world'), registry: false });
  const env = gitEnv(world.home, { GIT_AUTHOR_NAME: 'Maintainer', GIT_AUTHOR_EMAIL: 'maintainer@example.org', GIT_COMMITTER_NAME: 'Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.org' });
  const work = join(root, 'work');
  await git(root, ['init', '-q', '--initial-branch=main', work], { env });
  writeFileSync(join(work, 'CHANGELOG.md'), changelog(world.gh.serverUrl, [['1.0.0', 'The first release of the suite.']]));
  writeFileSync(join(work, 'package.json'), `${JSON.stringify({ name: 'release-actions', version: '1.0.0', private: true }, null, 2)}\n`);
  await git(work, ['add', '-A'], { env });
  await git(work, ['commit', '-q', '-m', 'chore(release): v1.0.0'], { env });
  await git(root, ['clone', '-q', '--bare', work, join(root, 'origin.git')], { env });
  await world.gh.createRepo(SUITE_REPO, { fromDir: join(root, 'origin.git') });
  v100 = await refSha(world, SUITE_REPO, 'refs/heads/main');
  await pushSignedTag(world, SUITE_REPO, 'v1.0.0', v100);
  workflow = await suiteWorkflow(projectRoot, 'self-release.yaml');
}, 120_000);
afterAll(async () => {
  world?.gh.assertNoViolations();
  await world?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

function engine() {
  const base = rehearsalInputs(world)!;
  return engineFor(world, SUITE_REPO, projectRoot, {
    // a failing github-release check polls until its timeout: two seconds are enough here
    adjustInputs: (a) => (a.action === 'verify-release' ? { inputs: { ...a.inputs, timeout: '2s' }, note: 'rehearsal: timeout 2s' } : base(a)),
    onJob: (event, run) => {
      if (event === 'end') pending.push(afterJob(run));
    },
  });
}

const releaseOf = (tag: string) => world.gh.repo(SUITE_REPO).releases.find((r) => r.tagName === tag);
const majorAt = () => refSha(world, SUITE_REPO, 'refs/tags/v1').catch(() => '');

describe('self-release.yaml', () => {
  it('is started by a release tag, not by the major tag it moves', async () => {
    const { triggers } = await import('../../src/rehearse/engine.js');
    const event = (tag: string) => ({ name: 'push' as const, ref: `refs/tags/${tag}`, sha: v100, payload: {} });
    expect(triggers(workflow, event('v1.0.0'))).toBeUndefined();
    expect(triggers(workflow, event('v1'))).toMatch(/runs on tags v\*\.\*\.\*, not v1/);
  });

  it('releases v1.0.0: the release with the changelog\'s notes, verified, then v1 created at the tag\'s commit', async () => {
    expect(await majorAt()).toBe('');
    const run = await engine().run(workflow, await tagPush(world, SUITE_REPO, 'v1.0.0'), options());
    expectJobs(run, { plan: 'passed', 'test': 'skipped', release: 'passed', verify: 'passed', 'major': 'passed' });
    expect(job(run, 'test').reason).toBe(`left out by the rehearsal: ${SELF_RELEASE_LEAVE_OUT['test']!}`);
    expect(job(run, 'plan').outputs).toEqual({ version: '1.0.0', tag: 'v1.0.0', major: 'v1', prerelease: 'false' });
    // the notes are the changelog action's, from the CHANGELOG section of the version
    const release = releaseOf('v1.0.0');
    expect(release).toMatchObject({ draft: false, prerelease: false });
    expect(release!.body).toContain('The first release of the suite.');
    expect((release!.body ?? '').trimEnd()).toBe(job(run, 'release').steps.find((s) => s.id === 'notes')!.outputs['notes']!.trimEnd());
    // the verification looked at the published release, and only then v1 moved
    const verified = JSON.parse(job(run, 'verify').steps.find((s) => (s.uses ?? '').includes('verify-release'))!.outputs['report']!) as Array<{ check: string; status: string }>;
    expect(verified.map((c) => `${c.check}: ${c.status}`)).toEqual(['github-release: passed']);
    expect(job(run, 'major').steps.find((s) => s.id === 'move')!.outputs).toEqual({ moved: 'true' });
    expect(await majorAt()).toBe(v100);
  }, LONG);

  it('changes nothing when run again', async () => {
    const before = JSON.stringify(await world.gh.snapshot());
    const run = await engine().run(workflow, await tagPush(world, SUITE_REPO, 'v1.0.0'), options());
    expectJobs(run, { release: 'passed', verify: 'passed', 'major': 'passed' });
    expect(job(run, 'major').steps.find((s) => s.id === 'move')!.outputs).toEqual({ moved: 'false' });
    expect(JSON.stringify(await world.gh.snapshot())).toBe(before);
  }, LONG);

  it('leaves v1 where it was when the verification of v1.1.0 fails', async () => {
    v110 = await pushCommit(world, SUITE_REPO, 'main', 'chore(release): v1.1.0', {
      'CHANGELOG.md': () => changelog(world.gh.serverUrl, [['1.1.0', 'Self-repository references.'], ['1.0.0', 'The first release of the suite.']]),
    });
    await pushSignedTag(world, SUITE_REPO, 'v1.1.0', v110);
    // the release is gone by the time verify looks (deleted by hand, or never became visible)
    afterJob = async (j) => {
      if (j.key !== 'release' || j.status !== 'passed') return;
      const id = releaseOf('v1.1.0')!.id;
      const r = await fetch(`${world.gh.apiUrl}/repos/${SUITE_REPO}/releases/${id}`, { method: 'DELETE', headers: { authorization: `token ${world.token}` } });
      expect(r.status).toBe(204);
    };
    try {
      const run = await engine().run(workflow, await tagPush(world, SUITE_REPO, 'v1.1.0'), options());
      await Promise.all(pending);
      expectJobs(run, { plan: 'passed', release: 'passed', verify: 'failed', 'major': 'not-run' });
      expect(job(run, 'verify').reason).toMatch(/v1\.1\.0/);
    } finally {
      afterJob = async () => {};
    }
    expect(await majorAt()).toBe(v100);
  }, LONG);

  it('refuses an unsigned tag before anything is written', async () => {
    const r = await fetch(`${world.gh.apiUrl}/repos/${SUITE_REPO}/git/refs`, {
      method: 'POST',
      headers: { authorization: `token ${world.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ref: 'refs/tags/v1.1.1', sha: v110 }),
    });
    expect(r.status).toBe(201);
    const before = JSON.stringify(await world.gh.snapshot());
    const run = await engine().run(workflow, await tagPush(world, SUITE_REPO, 'v1.1.1'), options());
    expectJobs(run, { plan: 'passed', release: 'failed', verify: 'not-run', major: 'not-run' });
    expect(job(run, 'release').reason).toMatch(/^Check the tag and the changelog: tag-signed: /);
    expect(JSON.stringify(await world.gh.snapshot())).toBe(before);
    // the maintainer deletes the bad tag (an unreleased tag would count as a newer release)
    const d = await fetch(`${world.gh.apiUrl}/repos/${SUITE_REPO}/git/refs/tags/v1.1.1`, { method: 'DELETE', headers: { authorization: `token ${world.token}` } });
    expect(d.status).toBe(204);
  }, LONG);

  it('moves v1 to v1.1.0 once its release is verified', async () => {
    const run = await engine().run(workflow, await tagPush(world, SUITE_REPO, 'v1.1.0'), options());
    expectJobs(run, { release: 'passed', verify: 'passed', 'major': 'passed' });
    expect(releaseOf('v1.1.0')!.body).toContain('Self-repository references.');
    expect(await majorAt()).toBe(v110);
  }, LONG);
});
