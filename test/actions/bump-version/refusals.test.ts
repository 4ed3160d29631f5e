/**
 * Every refusal: one clear `::error::`, exit 1, no outputs, and nothing written — the
 * workspace's files (byte for byte), its refs, its status and origin's refs are the same
 * before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../../support/git.js';
import { buildRepo, type SampleRepo } from '../../support/repos.js';
import { bump, CHART, expectRefusal, expectSuccess, fingerprint } from './helpers.js';

const repos: SampleRepo[] = [];
function sample(opts: Parameters<typeof buildRepo>[0] = {}): SampleRepo {
  const repo = buildRepo({ workspace: true, ...opts });
  repos.push(repo);
  return repo;
}
afterAll(async () => {
  for (const r of repos) await r.cleanup();
});

/** Runs the action, expects the refusal, and proves nothing changed. */
async function refuses(repo: SampleRepo, inputs: Record<string, string>, message: RegExp | string) {
  const before = fingerprint(repo);
  const run = await bump(repo, inputs);
  expectRefusal(run, message);
  expect(fingerprint(repo)).toEqual(before);
  return run;
}

describe('bump-version refuses, writing nothing', () => {
  let repo: SampleRepo;
  beforeAll(() => {
    repo = sample();
  });

  it.each([
    ['1.2', 'expected a SemVer 2 version X.Y.Z'],
    ['1.2.3.4', 'expected a SemVer 2 version X.Y.Z'],
    ['v01.2.3', 'expected a SemVer 2 version X.Y.Z'],
    ['1.2.3+build.5', 'expected a version without build metadata'],
    ['0.5.0;rm -rf /', 'contains characters a version cannot have'],
    ['../0.5.0', 'contains characters a version cannot have'],
    ['$(id)', 'contains characters a version cannot have'],
    ['0.5.0 ', undefined],
    ['next', 'or one of major, minor, patch, prerelease, auto'],
  ])('a malformed version %j', async (version, message) => {
    if (message === undefined) {
      // the runner trims inputs: a trailing blank is not a malformed version
      const run = await bump(repo, { version, 'dry-run': 'true' });
      expectSuccess(run);
      expect(run.outputs['version']).toBe('0.5.0');
      return;
    }
    const run = await refuses(repo, { version }, message);
    expect(run.errors[0]!.message).toMatch(/^input 'version': /);
    // refused before anything else ran: the error is the only line of the log
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^::error title=bump-version::input 'version': /)]);
  });

  it('a missing version', async () => {
    await refuses(repo, {}, "input 'version': required");
  });

  it.each([
    [{ version: '0.5.0', mode: 'nightly' }, "input 'mode': expected one of release, hotfix, backport"],
    [{ version: '0.5.0', 'cherry-pick': 'abc1234' }, "input 'cherry-pick': only a hotfix or a backport cherry-picks"],
    [{ version: '0.4.2', mode: 'hotfix', 'cherry-pick': 'not-a-sha' }, "input 'cherry-pick': line 1: expected a commit SHA"],
    [{ version: '0.5.0', base: '0.3' }, "input 'base': names the release line of a hotfix or backport"],
    [{ version: 'minor', mode: 'hotfix' }, "input 'version': a hotfix is a patch release of an existing line"],
    [{ version: 'auto', mode: 'backport', base: '0.4' }, "input 'version': a backport is a patch release"],
    [{ version: 'patch', mode: 'backport' }, "input 'base': required for a backport"],
    [{ version: '0.4.2', mode: 'backport', base: 'main' }, "input 'base': expected a release line like 0.3"],
    [{ version: '0.5.0', labels: 'x'.repeat(51) }, "input 'labels': expected labels of at most 50 characters"],
    [{ version: '0.5.0', files: 'scripts/version.sh' }, "input 'files': line 1: cannot tell the kind of version file scripts/version.sh"],
    [{ version: '0.5.0', files: 'README.md\n{"path": "v.go", "type": "regex"}' }, "input 'files': line 2: expected \"pattern\""],
    [{ version: '0.5.0', files: '../outside/Chart.yaml' }, "input 'files': line 1: expected a repository-relative path"],
    [{ version: '0.5.0', 'open-pr': 'true', token: '' }, "input 'token': required to open the pull request"],
    [{ version: '0.5.0', 'dry-run': 'maybe' }, "input 'dry-run': expected true or false"],
    [{ version: '0.5.0', 'base-branch': '-main' }, "input 'base-branch': expected a branch name"],
    [{ version: '0.5.0', config: '../elsewhere.yaml' }, "input 'config': expected a path inside the repository"],
  ])('inputs that do not fit: %j', async (inputs, message) => {
    await refuses(repo, inputs, message);
  });

  it('a version not greater than the current one (lower, or equal)', async () => {
    await refuses(repo, { version: '0.3.9' }, 'expected a new version greater than the current version 0.4.1, got 0.3.9 (a downgrade must be allowed explicitly)');
    await refuses(repo, { version: 'v0.4.1' }, 'version 0.4.1 is already released (tag v0.4.1); expected a version without a tag, greater than 0.4.1');
    await refuses(repo, { version: '0.4.0', 'allow-downgrade': 'true' }, 'version 0.4.0 is already released (tag v0.4.0)');
    await refuses(repo, { version: '0.4.1-rc.1' }, 'expected a new version greater than the current version 0.4.1');
  });

  it('a configured file that is missing', async () => {
    const run = await refuses(repo, { version: '0.5.0', files: `${CHART}/Chart.yaml\ndocs/install.md` }, 'docs/install.md: expected this docs version file to exist, it is missing');
    expect(run.errors[0]!.file).toBe('docs/install.md');
  });

  it('a pattern that matches nothing', async () => {
    const line = JSON.stringify({ path: 'Dockerfile', type: 'regex', pattern: 'ARG VERSION=(\\d+\\.\\d+\\.\\d+)' });
    const run = await refuses(repo, { version: '0.5.0', files: `${CHART}/Chart.yaml\n${line}` }, /^Dockerfile: .*match/);
    expect(run.errors[0]!.file).toBe('Dockerfile');
  });

  it('a configuration file named by the input that does not exist', async () => {
    await refuses(repo, { version: '0.5.0', config: '.github/release.yaml' }, '.github/release.yaml: config file not found');
  });

  it('a base branch the remote does not have', async () => {
    await refuses(repo, { version: '0.5.0', 'base-branch': 'develop' }, 'the base branch develop is not on origin');
  });

  it('a hotfix of a line that has no release', async () => {
    await refuses(repo, { version: '0.7.1', mode: 'hotfix' }, 'a hotfix starts from the latest release tag of the 0.7 line, and there is none (release tags: v0.4.1, v0.4.0)');
  });

  it('a cherry-pick that is unknown, or already in the release it starts from', async () => {
    await refuses(repo, { version: '0.4.2', mode: 'hotfix', 'cherry-pick': 'f'.repeat(40) }, `cherry-pick commit ${'f'.repeat(40)} is not in this repository or on origin`);
    await refuses(repo, { version: '0.4.2', mode: 'hotfix', 'cherry-pick': repo.commit('fix(collector)') }, `cherry-pick commit ${repo.commit('fix(collector)')} is already in v0.4.1`);
  });

  it('a Chart.yaml version that is not SemVer 2 (a v is kept, as Helm accepts it)', async () => {
    const notSemver = sample({ then: [{ message: 'chore: short chart version', files: { [`${CHART}/Chart.yaml`]: (t) => t!.replace('version: 0.4.1', 'version: "0.4"') } }] });
    const run = await refuses(notSemver, { version: '0.5.0' }, 'expected the chart version to be SemVer 2');
    expect(run.errors[0]).toMatchObject({ file: `${CHART}/Chart.yaml`, line: 11 });

    const withV = sample({ then: [{ message: 'chore: v-style chart version', files: { [`${CHART}/Chart.yaml`]: (t) => t!.replace('version: 0.4.1', 'version: v0.4.1') } }] });
    const ok = await bump(withV, { version: '0.5.0', 'dry-run': 'true' });
    expectSuccess(ok);
    expect(ok.stdout).toContain(`${CHART}/Chart.yaml:11 version → v0.5.0 (was v0.4.1)`);
  });

  it('files that drifted from the tag are not a refusal: every reference moves, each shown with what it held', async () => {
    const drifted = sample({ then: [{ message: 'chore: stale Makefile', files: { Makefile: (t) => t!.replace('VERSION ?= 0.4.1', 'VERSION ?= 0.4.0') } }] });
    const run = await bump(drifted, { version: '0.5.0', 'dry-run': 'true' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('0.4.1');
    expect(run.stdout).toContain('current version 0.4.1 (from tag v0.4.1); new version 0.5.0');
    expect(run.stdout).toContain('Makefile:2 VERSION → 0.5.0 (was 0.4.0)');
    expect(run.stdout).toContain('Makefile:4 IMG_TAG → v0.5.0 (was v0.4.1)');
  });

  it('a dirty work tree (a changed file, or an untracked one)', async () => {
    const dirty = sample();
    writeFileSync(join(dirty.workspace!, 'README.md'), 'edited by an earlier step\n');
    await refuses(dirty, { version: '0.5.0' }, /^the work tree is not clean \(1 change: M README\.md\)/);
    git(dirty.workspace!, ['checkout', '--', 'README.md']);
    writeFileSync(join(dirty.workspace!, 'notes.txt'), 'untracked\n');
    await refuses(dirty, { version: '0.5.0', 'dry-run': 'true' }, 'the work tree is not clean (1 change: ?? notes.txt)');
  });

  it('a release branch that already exists and holds something else', async () => {
    const taken = sample();
    git(taken.workspace!, ['push', '-q', 'origin', 'HEAD~2:refs/heads/release-v0.5.0']);
    await refuses(taken, { version: '0.5.0' }, /^branch release-v0\.5\.0 already exists on origin \([0-9a-f]{12}\) and does not hold version 0\.5\.0; delete the branch/);
  });

  it('a workspace that is not a git repository', async () => {
    const plain = sample();
    rmSync(join(plain.workspace!, '.git'), { recursive: true, force: true });
    const run = await bump(plain, { version: '0.5.0' });
    expectRefusal(run, 'is not a git work tree: check the repository out first');
  });

  it('allow-downgrade lets a lower version through', async () => {
    const run = await bump(repo, { version: '0.3.9', 'allow-downgrade': 'true', changelog: 'false', 'dry-run': 'true' });
    expectSuccess(run);
    expect(run.outputs['version']).toBe('0.3.9');
  });
});
