/**
 * prepare-release.yaml on pushes to main, through the rehearsal engine: the release pull
 * request on release-next opened by the first push and brought up to date by the next one (one
 * pull request), the merged release waiting for its tag; then tag-release.yaml signs that tag
 * with an SSH key from a secret and pushes it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RehearsalEvent } from '../../src/rehearse/engine.js';
import { repositorySecrets, squashMerge, suiteWorkflow } from '../../src/rehearse/flow.js';
import type { WorkflowModel } from '../../src/rehearse/workflow.js';
import { branchPushEvent } from '../support/events.js';
import { projectRoot } from '../support/harness.js';
import { exampleRig, expectJobs, pushCommit, show, stepOutputs, type Rig } from './helpers.js';

const LONG = 600_000;
let rig: Rig;
let tagRelease: WorkflowModel;

beforeAll(async () => {
  rig = await exampleRig({ registry: false });
  tagRelease = await suiteWorkflow(projectRoot, 'tag-release.yaml');
}, 120_000);
afterAll(async () => {
  await rig?.stop();
});

const bareGit = (args: string[]): string => execFileSync('git', ['--git-dir', rig.world.gh.repoPath(rig.repository), ...args], { encoding: 'utf8' }).trim();

/** The push of main's current tip, as GitHub sends it to the workflows. */
function pushOfMain(before: string): RehearsalEvent {
  const [owner = '', repo = ''] = rig.repository.split('/');
  const sha = bareGit(['rev-parse', 'refs/heads/main']);
  return { name: 'push', ref: 'refs/heads/main', sha, payload: branchPushEvent({ owner, repo, serverUrl: rig.world.gh.serverUrl }, 'main', before, sha) };
}

describe('prepare-release.yaml on a push to main', () => {
  it('keeps one release pull request current, waits for the tag after the merge, and tag-release.yaml signs and pushes it', async () => {
    const { world, repository, engine } = rig;
    const secrets = repositorySecrets(world);
    const first = await engine.run(rig.prepare, pushOfMain('0'.repeat(40)), { secrets });
    expectJobs(first, { prepare: 'passed' });
    const opened = stepOutputs(first, 'actions/bump-version');
    expect(opened).toMatchObject({ version: '0.3.0', branch: 'release-next', status: 'created' });

    const before = bareGit(['rev-parse', 'refs/heads/main']);
    const fix = await pushCommit(world, repository, 'main', 'fix(controller): requeue after a conflict', { 'README.md': (t) => `${t}\nRequeued after a conflict.\n` });
    const second = await engine.run(rig.prepare, pushOfMain(before), { secrets });
    expectJobs(second, { prepare: 'passed' });
    const updated = stepOutputs(second, 'actions/bump-version');
    expect(updated).toMatchObject({ version: '0.3.0', status: 'updated', 'pr-number': opened['pr-number'] });
    expect(bareGit(['rev-parse', 'refs/heads/release-next^'])).toBe(fix);
    const open = world.gh.repo(repository).issues.filter((i) => i.isPullRequest && i.state === 'open');
    expect(open.map((i) => i.title)).toEqual(['Release v0.3.0']);
    expect(show(world, repository, 'refs/heads/release-next', 'CHANGELOG.md')).toMatch(/\n## \[0\.3\.0\] - \d{4}-\d\d-\d\d\n/);
    expect(show(world, repository, 'refs/heads/release-next', 'README.md')).toContain('Requeued after a conflict.');

    const merged = await squashMerge(world, repository, Number(opened['pr-number']));
    const third = await engine.run(rig.prepare, pushOfMain(fix), { secrets });
    expect(stepOutputs(third, 'actions/bump-version')).toMatchObject({ status: 'awaiting-tag', tag: 'v0.3.0', commit: merged.sha });

    // the optional path: the tag signed with the release SSH key and pushed by tag-release.yaml
    const keys = mkdtempSync(join(world.root, 'tag-key-'));
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'release-bot', '-f', join(keys, 'key')]);
    const tagged = await engine.run(tagRelease, pushOfMain(fix), { secrets: { ...secrets, RELEASE_TAG_SSH_KEY: readFileSync(join(keys, 'key'), 'utf8') } });
    expectJobs(tagged, { tag: 'passed' });
    expect(bareGit(['rev-parse', 'refs/tags/v0.3.0^{commit}'])).toBe(merged.sha);
    expect(bareGit(['cat-file', '-p', 'refs/tags/v0.3.0'])).toContain('-----BEGIN SSH SIGNATURE-----');
  }, LONG);
});
