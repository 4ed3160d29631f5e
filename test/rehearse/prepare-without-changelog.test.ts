/**
 * A repository that has no CHANGELOG.md yet (WVA as it is) through the rehearsal engine:
 * prepare-release.yaml's bump-version creates it on the release branch, and after the merge
 * and the signed tag, release.yaml's preflight (verify-release changelog-entry, changelog
 * notes) accepts it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, pushSignedTag, releaseCallOverrides, repositorySecrets, squashMerge, tagPush } from '../../src/rehearse/flow.js';
import { git, gitEnv } from '../../src/rehearse/proc.js';
import { exampleRig, expectJobs, job, show, stepOutputs, type Rig } from './helpers.js';

const LONG = 600_000;
let rig: Rig;

beforeAll(async () => {
  rig = await exampleRig();
}, 120_000);
afterAll(async () => {
  rig?.world.gh.assertNoViolations();
  await rig?.stop();
});

/** Deletes the changelog on main, as a maintainer pushing over HTTP would. */
async function deleteChangelog(): Promise<void> {
  const { world, repository } = rig;
  const dir = mkdtempSync(join(world.root, 'no-changelog-'));
  const env = gitEnv(world.home, { GIT_AUTHOR_NAME: 'Example Maintainer', GIT_AUTHOR_EMAIL: 'maintainer@example.org', GIT_COMMITTER_NAME: 'Example Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.org' });
  await git(dir, ['clone', '-q', '--branch', 'main', `file://${world.gh.repoPath(repository)}`, '.'], { env });
  await git(dir, ['rm', '-q', '--', 'CHANGELOG.md'], { env });
  await git(dir, ['commit', '-q', '-m', 'chore: the changelog starts with the next release'], { env });
  await git(dir, ['push', '-q', `${world.gh.serverUrl}/${repository}.git`, 'HEAD:refs/heads/main'], { env: { ...env, ...world.gh.gitAuthEnv(world.token) } });
}

describe('the first release of a repository without CHANGELOG.md', () => {
  it('prepare creates it on the release branch; the tag push passes the preflight with it', async () => {
    const { world, repository, engine } = rig;
    await deleteChangelog();
    expect(show(world, repository, 'refs/heads/main', 'CHANGELOG.md')).toBeUndefined();

    const prepared = await engine.run(rig.prepare, await dispatch(world, repository, { version: 'auto', mode: 'release' }), { secrets: repositorySecrets(world) });
    expectJobs(prepared, { prepare: 'passed' });
    const bump = stepOutputs(prepared, 'actions/bump-version');
    expect(JSON.parse(bump['changed-files'] ?? '[]')).toContain('CHANGELOG.md');
    const version = bump['version']!;
    const created = show(world, repository, `refs/heads/${bump['branch']}`, 'CHANGELOG.md') ?? '';
    expect(created).toMatch(/^# Changelog\n\nAll notable changes to this project will be documented in this file\.\n\nThe format is based on \[Keep a Changelog\]\(https:\/\/keepachangelog\.com\/en\/1\.1\.0\/\),\nand this project adheres to \[Semantic Versioning\]\(https:\/\/semver\.org\/spec\/v2\.0\.0\.html\)\.\n\n## \[Unreleased\]\n\n/);
    expect(created).toMatch(new RegExp(`\\n## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d\\d-\\d\\d\\n\\n### `));
    expect(created).toContain(`[${version}]: ${world.gh.serverUrl}/${repository}/compare/v${bump['previous-version']}...v${version}\n`);

    const merged = await squashMerge(world, repository, Number(bump['pr-number']));
    await pushSignedTag(world, repository, `v${version}`, merged.sha);
    const run = await engine.run(rig.ci, await tagPush(world, repository, `v${version}`), {
      secrets: repositorySecrets(world),
      callOverrides: releaseCallOverrides(world, repository, 'charts/example-operator'),
    });
    expectJobs(run, { 'release / preflight': 'passed' });
    const preflight = job(run, 'release / preflight').steps.filter((s) => (s.uses ?? '').includes('verify-release')).pop()!.outputs;
    const report = JSON.parse(preflight['report'] ?? '[]') as Array<{ check: string; status: string; detail: string }>;
    expect(report.find((r) => r.check === 'changelog-entry')).toMatchObject({ status: 'passed' });
  }, LONG);
});
