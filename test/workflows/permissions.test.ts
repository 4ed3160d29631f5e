/**
 * Every job of release.yaml (modes release, hotfix, rollback) and prepare-release.yaml runs with
 * exactly the GITHUB_TOKEN its `permissions:` declare, minted by the emulator, which refuses
 * what GitHub refuses; then each declared permission is taken away from its job alone and the
 * same event runs again: the job must fail, its reason naming the job and the permission.
 *
 * The repository's configuration names a Discussions category and a dispatch target, so the
 * channels the configuration adds are exercised (the release job must post to none of them),
 * and RELEASE_PR_TOKEN is left unset, so prepare-release works with its job token alone.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import type { JobTokens } from '../../src/rehearse/engine.js';
import { dispatch, engineFor, pushSignedTag, releaseCallOverrides, repositorySecrets, squashMerge, suiteWorkflow, tagPush } from '../../src/rehearse/flow.js';
import { readPermissions, showPermissions, type PermissionMap } from '../../src/rehearse/permissions.js';
import type { RehearsalEvent, RunOptions } from '../../src/rehearse/engine.js';
import type { WorkflowModel } from '../../src/rehearse/workflow.js';
import type { WorkflowRun } from '../../src/rehearse/types.js';
import { jobTokens } from '../../src/rehearse/world.js';
import { projectRoot } from '../support/harness.js';
import { branchPushEvent } from '../support/events.js';
import { describeRun, exampleRig, expectJobs, pushCommit, stepOutputs, type Rig } from '../rehearse/helpers.js';

const LONG = 900_000;
const DOWNSTREAM = 'example-org/downstream';
let rig: Rig;

/**
 * Permissions the rehearsal cannot see used: the registry takes its own password (the
 * `registry-token` secret) rather than the job token, and the OIDC token and the attestation
 * API are stand-ins. Each is named with its job, so a permission added to a job is either
 * exercised or listed here.
 */
const NOT_OBSERVABLE: Record<string, string> = {
  // every registry call goes with registry-token: preflight's tag list, the pushes, postflight's pulls
  packages: 'the local registry authenticates the registry-token secret, not the job token',
  'id-token': 'no OIDC token service: the provenance stand-in signs nothing',
  attestations: 'no attestation API: the provenance stand-in writes a file',
};

beforeAll(async () => {
  rig = await exampleRig();
  await rig.world.gh.createRepo(DOWNSTREAM);
  // the configuration adds channels: a discussion (the job token) and a dispatch (the dispatch token)
  const config = 'announce:\n  discussion-category: Announcements\n  dispatch-repos:\n    - example-org/downstream\n';
  const res = await fetch(`${rig.world.gh.apiUrl}/repos/${rig.repository}/contents/.github/release-actions.yaml`, {
    method: 'PUT',
    headers: { authorization: `token ${rig.world.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ message: 'ci: announce to Discussions and downstream', content: Buffer.from(config).toString('base64'), branch: 'main' }),
  });
  expect(res.status).toBe(201);
}, 120_000);
afterAll(async () => {
  rig?.world.gh.assertNoViolations();
  await rig?.stop();
});

/** The job token's permissions from the emulator, with `permission` taken away from the job `key`. */
function without(key: string, permission: string): JobTokens {
  const tokens = jobTokens(rig.world.gh, rig.repository);
  return {
    mint: (job: string, perms: PermissionMap) => tokens.mint(job, job === key ? Object.fromEntries(Object.entries(perms).filter(([p]) => p !== permission)) : perms),
    problems: (job: string) => tokens.problems(job),
  };
}

const prepareSecrets = (): Record<string, string> => {
  const { RELEASE_PR_TOKEN: _unset, ...rest } = repositorySecrets(rig.world);
  return rest;
};
const releaseOptions = (): RunOptions => ({ secrets: repositorySecrets(rig.world), callOverrides: releaseCallOverrides(rig.world, rig.repository, 'charts/example-operator') });

/** Each job's declared permissions as its workflow file writes them, by job id. */
function declared(model: WorkflowModel): Record<string, PermissionMap> {
  return Object.fromEntries(model.jobs.map((j) => [j.id, readPermissions(j.permissions, j.id) ?? {}]));
}

/**
 * What a mode needs, job by job, in the order the permissions are taken away: before the
 * job's first successful run (a re-run after success skips the writes a permission is for),
 * and the permission of the job's last write first (its earlier writes, done by a run that
 * failed later, are not redone).
 */
type Needs = Array<[key: string, id: string, permissions: string[]]>;

/**
 * Runs `event` once per needed permission with that permission taken from its job alone (the
 * job must fail, naming the job and the permission), then once with every job's own
 * permissions (every job must pass, each with exactly what its file declares).
 */
async function takeEachAwayThenRun(model: WorkflowModel, declaredBy: Record<string, PermissionMap>, needs: Needs, event: () => Promise<RehearsalEvent>, options: () => RunOptions): Promise<WorkflowRun> {
  for (const [key, id, permissions] of needs) {
    for (const permission of permissions) {
      expect(`${key}: ${permission} ${declaredBy[id]?.[permission] ? 'declared' : 'not declared'}`).toBe(`${key}: ${permission} declared`);
      const engine = engineFor(rig.world, rig.repository, projectRoot, { tokens: without(key, permission) });
      const run = await engine.run(model, await event(), options());
      const failed = run.jobs.find((j) => j.key === key);
      const named = failed?.status === 'failed' && failed.reason?.startsWith(`job ${key}: `) && new RegExp(`lacks [^:]*\\b${permission}: (read|write)`).test(failed.reason);
      if (!named) throw new Error(`taking ${permission} from ${key} did not fail it naming ${permission}:\n${describeRun(run)}`);
    }
  }
  const run = await rig.engine.run(model, await event(), options());
  if (run.status !== 'passed') throw new Error(describeRun(run));
  for (const j of run.jobs.filter((r) => r.status === 'passed')) expect(`${j.key}: ${j.permissions}`).toBe(`${j.key}: ${showPermissions(declaredBy[j.id] ?? {})}`);
  return run;
}

/** Every permission a job declares is needed by some mode, unless the rehearsal cannot observe it. */
function expectAllNeeded(declaredBy: Record<string, PermissionMap>, modes: Needs[]): void {
  const needed = new Set(modes.flat().flatMap(([, id, perms]) => perms.map((p) => `${id}: ${p}`)));
  const unused = Object.entries(declaredBy).flatMap(([id, perms]) => Object.keys(perms).filter((p) => !(p in NOT_OBSERVABLE) && !needed.has(`${id}: ${p}`)).map((p) => `${id}: ${p}`));
  expect(unused).toEqual([]);
}

const release = () => rig.ci.jobs.find((j) => j.id === 'release')!.workflow!;
const releaseEvent = (version: string) => () => tagPush(rig.world, rig.repository, `v${version}`);

const RELEASE_NEEDS: Needs = [
  ['release / preflight', 'preflight', ['contents', 'pull-requests', 'pages']],
  ['release / image (linux/amd64)', 'image-build', ['contents']],
  ['release / image (linux/arm64)', 'image-build', ['contents']],
  ['release / chart', 'chart', ['contents']],
  ['release / release', 'release', ['contents']],
  ['release / verify', 'verify', ['contents']],
  ['release / announce', 'announce', ['discussions', 'issues', 'contents']],
];
// a hotfix of an older line makes no milestone, and its tag carries its line's configuration
// (v0.2.x names no channel): the announce job needs only contents
// a dispatch (hotfix, rollback) passes the guard, which reads the tag it names
const GUARD_NEEDS: Needs = [['release / guard', 'guard', ['contents']]];
const HOTFIX_NEEDS: Needs = [...GUARD_NEEDS, ...RELEASE_NEEDS.map(([key, id, perms]): Needs[number] => [key, id, id === 'announce' ? ['contents'] : perms])];
// a rollback reads no pull request
const ROLLBACK_NEEDS: Needs = [
  ...GUARD_NEEDS,
  ['release / preflight', 'preflight', ['contents']],
  ['release / rollback', 'rollback', ['discussions', 'contents']],
];
const PREPARE_NEEDS: Needs = [['prepare', 'prepare', ['pull-requests', 'contents']]];
const MODES = { release: RELEASE_NEEDS, hotfix: HOTFIX_NEEDS, rollback: ROLLBACK_NEEDS };

describe('token permissions, job by job', () => {
  it('prepare-release: prepare needs contents and pull-requests write, labels included', async () => {
    const event = () => dispatch(rig.world, rig.repository, { version: 'auto', mode: 'release' });
    const run = await takeEachAwayThenRun(rig.prepare, declared(rig.prepare), PREPARE_NEEDS, event, () => ({ secrets: prepareSecrets() }));
    expectAllNeeded(declared(rig.prepare), [PREPARE_NEEDS]);
    const pr = rig.world.gh.repo(rig.repository).pulls.find((p) => p.number === Number(stepOutputs(run, 'actions/bump-version')['pr-number']));
    expect(rig.world.gh.repo(rig.repository).issues.find((i) => i.number === pr?.number)?.labels).toEqual(['release']);
    const merged = await squashMerge(rig.world, rig.repository, pr!.number);
    await pushSignedTag(rig.world, rig.repository, 'v0.3.0', merged.sha);
  }, LONG);

  it('release.yaml, mode release: each job needs what it declares, and the release job posts to no channel', async () => {
    await takeEachAwayThenRun(rig.ci, declared(release()), RELEASE_NEEDS, releaseEvent('0.3.0'), releaseOptions);
    // the configuration's channels went out once, from the announce job
    expect(rig.world.gh.repo(rig.repository).discussions.map((d) => d.title)).toEqual([expect.stringContaining('v0.3.0')]);
    expect(rig.world.gh.repo(DOWNSTREAM).dispatches).toHaveLength(1);
  }, LONG);

  it('release.yaml, mode hotfix: a hotfix of the older line, each job with what it declares', async () => {
    const { world, repository } = rig;
    const fix = execFileSync('git', ['--git-dir', world.gh.repoPath(repository), 'log', '--format=%H', '--grep=^fix(controller)', 'refs/heads/main'], { encoding: 'utf8' }).split('\n')[0]!;
    const prepared = await rig.engine.run(rig.prepare, await dispatch(world, repository, { version: '0.2.1', mode: 'hotfix', 'cherry-pick': fix }), { secrets: prepareSecrets() });
    expectJobs(prepared, { prepare: 'passed' });
    await pushSignedTag(world, repository, 'v0.2.1', stepOutputs(prepared, 'actions/bump-version')['commit']!);
    const event = () => dispatch(world, repository, { mode: 'hotfix', version: '0.2.1', reason: '', 'cherry-pick': fix });
    await takeEachAwayThenRun(rig.ci, declared(release()), HOTFIX_NEEDS, event, releaseOptions);
    expect(rig.world.gh.repo(rig.repository).releases.find((r) => r.tagName === 'v0.2.1')?.draft).toBe(false);
  }, LONG);

  it('release.yaml, mode rollback: the rollback job covers the release, the discussion and the dispatch', async () => {
    const event = () => dispatch(rig.world, rig.repository, { mode: 'rollback', version: '0.3.0', reason: 'the scaler flaps under bursty load', 'cherry-pick': '' });
    const run = await takeEachAwayThenRun(rig.ci, declared(release()), ROLLBACK_NEEDS, event, releaseOptions);
    expectJobs(run, { 'release / preflight': 'passed', 'release / rollback': 'passed', 'release / release': 'not-run' });
    expect(rig.world.gh.repo(rig.repository).releases.find((r) => r.tagName === 'v0.3.0')?.prerelease).toBe(true);
    // the rollback's dispatch went with the dispatch token: the job token reaches no other repository
    expect(rig.world.gh.repo(DOWNSTREAM).dispatches.map((d) => d.eventType)).toEqual(['release-published', 'release-rolled-back']);
  }, LONG);

  it('prepare-release on a push to main: keeping the release pull request current needs the same two, and tag-release reads only', async () => {
    const { world, repository } = rig;
    const before = execFileSync('git', ['--git-dir', world.gh.repoPath(repository), 'rev-parse', 'refs/heads/main'], { encoding: 'utf8' }).trim();
    // something to release, whatever the tests before this one released
    await pushCommit(world, repository, 'main', 'fix(controller): requeue after a conflict', { 'README.md': (t) => `${t}\nRequeued after a conflict.\n` });
    const event = async (): Promise<RehearsalEvent> => {
      const [owner = '', repo = ''] = repository.split('/');
      const sha = execFileSync('git', ['--git-dir', world.gh.repoPath(repository), 'rev-parse', 'refs/heads/main'], { encoding: 'utf8' }).trim();
      return { name: 'push', ref: 'refs/heads/main', sha, payload: branchPushEvent({ owner, repo, serverUrl: world.gh.serverUrl }, 'main', before, sha) };
    };
    const run = await takeEachAwayThenRun(rig.prepare, declared(rig.prepare), PREPARE_NEEDS, event, () => ({ secrets: prepareSecrets() }));
    // the runs without a permission failed before any write: the full run is the one that creates the branch
    expect(stepOutputs(run, 'actions/bump-version')).toMatchObject({ branch: 'release-next', status: 'created' });
    expect(world.gh.repo(repository).issues.filter((i) => i.isPullRequest && i.state === 'open').map((i) => i.labels)).toContainEqual(['release']);
    const tagRelease = await suiteWorkflow(projectRoot, 'tag-release.yaml');
    expect(declared(tagRelease)).toEqual({ tag: { contents: 'read' } });
    await takeEachAwayThenRun(tagRelease, declared(tagRelease), [['tag', 'tag', ['contents']]], event, () => ({ secrets: prepareSecrets() }));
  }, LONG);

  it('needs every permission each job declares in some mode, but those the rehearsal cannot observe', () => {
    expectAllNeeded(declared(release()), Object.values(MODES));
  });
});
