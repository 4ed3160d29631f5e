/**
 * Release mode against real git with a local bare `origin` (no pull request): each
 * bump kind, the commit, the files byte for byte, the changelog, the outputs and the
 * summary, dry runs and the idempotent re-run.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { git } from '../../support/git.js';
import { buildRepo, fixtureFiles, fixtureHistory, withVersion, type HistoryCommit, type SampleRepo } from '../../support/repos.js';
import { bump, CHART, DATE, expectRefusal, expectSuccess, fingerprint, show, VERSION_FILES } from './helpers.js';

const repos: SampleRepo[] = [];
function sample(opts: Parameters<typeof buildRepo>[0] = {}): SampleRepo {
  const repo = buildRepo({ workspace: true, ...opts });
  repos.push(repo);
  return repo;
}
afterAll(async () => {
  for (const r of repos) await r.cleanup();
});

const fixture = fixtureFiles('wva');

const CHANGELOG_050 = `# Changelog

All notable changes to the Workload-Variant-Autoscaler will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]

## [0.5.0] - ${DATE}

### Added
- Queue-depth based scale-out for vLLM backends (#210)

### Fixed
- Reconcile no longer double counts replicas of a variant during a rollout (#215)

## [0.4.1] - 2025-09-12

### Fixed
- Controller panics when the Prometheus query returns no samples (#190)

## [0.4.0] - 2025-08-28

### Added
- \`VariantAutoscaling\` status conditions (#170)
- Helm values for the metrics collector (#172)

### Changed
- Saturation thresholds are read from the ConfigMap (#175)

[Unreleased]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.5.0...HEAD
[0.5.0]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.4.1...v0.5.0
[0.4.1]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.4.0...v0.4.1
[0.4.0]: https://github.com/llm-d-incubation/workload-variant-autoscaler/releases/tag/v0.4.0
`;

describe('bump-version release mode', () => {
  it('moves every version reference to 0.5.0 in one signed-off commit on release-v0.5.0, and leaves the checkout alone', async () => {
    const repo = sample();
    const before = fingerprint(repo);
    const run = await bump(repo, { version: 'v0.5.0' });
    expectSuccess(run);

    // Each version file is the fixture with 0.4.1 moved to 0.5.0 and nothing else: comments,
    // quotes, the unrelated 1.2.3, :latest and kube-rbac-proxy's v0.18.1 all survive.
    for (const path of VERSION_FILES) expect(show(repo.origin!, 'release-v0.5.0', path)).toBe(withVersion(fixture[path]!, '0.4.1', '0.5.0'));
    expect(show(repo.origin!, 'release-v0.5.0', `${CHART}/Chart.yaml`)).toContain('version: 0.5.0\n\n# The controller version this chart deploys (the image tag adds the v).\nappVersion: "0.5.0"\n');
    expect(show(repo.origin!, 'release-v0.5.0', 'Makefile')).toMatch(/^VERSION \?= 0\.5\.0\n# The controller image tag \(carries the v\)\.\nIMG_TAG \?= v0\.5\.0$/m);
    expect(show(repo.origin!, 'release-v0.5.0', 'README.md')).toContain('--version 1.2.3');
    expect(show(repo.origin!, 'release-v0.5.0', 'CHANGELOG.md')).toBe(CHANGELOG_050);

    // One commit on top of main, touching exactly the five files.
    const log = git(repo.origin!, ['log', '--format=%H%n%an <%ae>%n%B%n--', 'main..release-v0.5.0']);
    const [sha, author, subject] = log.split('\n');
    expect(subject).toBe('chore: bump version to v0.5.0');
    expect(author).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(log).toContain('Signed-off-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(log.match(/^--$/gm)).toHaveLength(1);
    expect(git(repo.origin!, ['rev-parse', 'release-v0.5.0^'])).toBe(repo.head);
    expect(git(repo.origin!, ['diff', '--name-only', 'main', 'release-v0.5.0']).split('\n').sort()).toEqual([...VERSION_FILES, 'CHANGELOG.md'].sort());

    expect(run.outputs).toEqual({
      version: '0.5.0',
      'previous-version': '0.4.1',
      'release-type': 'minor',
      tag: 'v0.5.0',
      branch: 'release-v0.5.0',
      'base-branch': 'main',
      commit: sha,
      'changed-files': JSON.stringify([...VERSION_FILES, 'CHANGELOG.md']),
      'pr-number': '',
      'pr-url': '',
      status: 'created',
    });

    // The summary: a table of file / old / new and the diff.
    expect(run.summary).toContain('## bump-version: 0.4.1 → 0.5.0');
    expect(run.summary).toContain('| file | line | what | new | was |');
    expect(run.summary).toContain(`| \`${CHART}/Chart.yaml\` | 11 | version | \`0.5.0\` | was \`0.4.1\` |`);
    expect(run.summary).toContain(`| \`${CHART}/Chart.yaml\` | 14 | appVersion | \`0.5.0\` | was \`0.4.1\` |`);
    expect(run.summary).toContain('| `Makefile` | 4 | IMG_TAG | `v0.5.0` | was `v0.4.1` |');
    expect(run.summary).toContain(`| \`CHANGELOG.md\` | 10 | section | \`[0.5.0] - ${DATE}\` | was \`Unreleased\` |`);
    expect(run.summary).toContain('```diff\n');
    expect(run.summary).toContain('-IMG_TAG ?= v0.4.1\n+IMG_TAG ?= v0.5.0\n');
    expect(run.summary).toMatch(/Left alone \(\d+\)/);
    expect(run.summary).toContain('kubeRbacProxy.image.tag');

    // The job's checkout: same files, same refs but the remote-tracking ref of the pushed branch.
    const after = fingerprint(repo);
    expect(after.tree).toEqual(before.tree);
    expect(after.status).toBe('');
    expect(after.refs.split('\n').filter((l) => !l.endsWith('refs/remotes/origin/release-v0.5.0'))).toEqual(before.refs.split('\n'));
  });

  it.each([
    ['major', '1.0.0', 'major'],
    ['minor', '0.5.0', 'minor'],
    ['patch', '0.4.2', 'patch'],
    ['prerelease', '0.4.2-rc.1', 'prerelease'],
    ['prerelease', '0.4.2-alpha.1', 'prerelease', 'alpha'],
    ['0.6.0-beta.2', '0.6.0-beta.2', 'prerelease'],
  ])('version %s bumps 0.4.1 to %s', async (input, expected, type, preid = '') => {
    const repo = sample();
    const run = await bump(repo, { version: input, ...(preid ? { preid } : {}) });
    expectSuccess(run);
    expect(run.outputs['version']).toBe(expected);
    expect(run.outputs['release-type']).toBe(type);
    expect(run.outputs['branch']).toBe(`release-v${expected}`);
    expect(show(repo.origin!, `release-v${expected}`, `${CHART}/values.yaml`)).toContain(`  tag: v${expected}\n`);
    expect(show(repo.origin!, `release-v${expected}`, `${CHART}/Chart.yaml`)).toContain(`\nversion: ${expected}\n`);
  });

  it('steps a prerelease: 0.5.0-rc.1 → 0.5.0-rc.2; a preid that sorts lower (beta < rc) is refused', async () => {
    const atRc = (before: string | undefined) => withVersion(before!, '0.4.1', '0.5.0-rc.1');
    const repo = sample({ then: [{ message: 'chore: bump version to v0.5.0-rc.1', files: Object.fromEntries(VERSION_FILES.map((p) => [p, atRc])), tag: 'v0.5.0-rc.1' }] });
    const rc2 = await bump(repo, { version: 'prerelease', changelog: 'false' });
    expectSuccess(rc2);
    expect(rc2.outputs['version']).toBe('0.5.0-rc.2');
    expect(rc2.outputs['previous-version']).toBe('0.5.0-rc.1');
    const beta = await bump(repo, { version: 'prerelease', preid: 'beta', changelog: 'false' });
    expectRefusal(beta, 'expected a new version greater than the current version 0.5.0-rc.1, got 0.5.0-beta.1');
  });

  const autoCases: Array<{ what: string; then: HistoryCommit[]; expected: string; type: string; onlyUpTo041?: boolean }> = [
    { what: 'a feat since v0.4.1', then: [], expected: '0.5.0', type: 'minor' },
    { what: 'only fixes and chores', then: [{ message: 'fix: one more fix' }, { message: 'chore(deps): bump golang.org/x/net' }], expected: '0.4.2', type: 'patch', onlyUpTo041: true },
    { what: 'a breaking change while the major is 0', then: [{ message: 'feat(api)!: rename VariantAutoscaling.spec.modelID' }], expected: '0.5.0', type: 'minor' },
    { what: 'a BREAKING CHANGE footer', then: [{ message: 'refactor: new metrics pipeline\n\nBREAKING CHANGE: the collector flags changed' }], expected: '0.5.0', type: 'minor' },
  ];
  it.each(autoCases)('version auto with $what', async ({ then, expected, type, onlyUpTo041 }) => {
    // onlyUpTo041: the history after v0.4.1 is replaced by these commits
    const repo = onlyUpTo041 ? sample({ history: historyUpTo041(), then }) : sample({ then });
    const run = await bump(repo, { version: 'auto' });
    expectSuccess(run);
    expect(run.outputs['version']).toBe(expected);
    expect(run.outputs['release-type']).toBe(type);
    expect(run.stdout).toContain('version auto: ');
  });

  it('version auto takes a breaking change to the next major once the major is 1 or more', async () => {
    const at1 = (before: string | undefined) => withVersion(before!, '0.4.1', '1.2.0');
    const repo = sample({
      then: [
        { message: 'chore: bump version to v1.2.0', files: Object.fromEntries(VERSION_FILES.map((p) => [p, at1])), tag: 'v1.2.0' },
        { message: 'feat!: drop the v1alpha1 API' },
      ],
    });
    const run = await bump(repo, { version: 'auto', changelog: 'false' });
    expectSuccess(run);
    expect(run.outputs['version']).toBe('2.0.0');
    expect(run.outputs['release-type']).toBe('major');
  });

  it('dry-run prints the plan and the diff, sets the outputs, and writes nothing anywhere', async () => {
    const repo = sample();
    const before = fingerprint(repo);
    const run = await bump(repo, { version: 'minor', 'dry-run': 'true', 'open-pr': 'true' });
    expectSuccess(run);
    expect(fingerprint(repo)).toEqual(before);
    expect(run.outputs['status']).toBe('dry-run');
    expect(run.outputs['commit']).toBe('');
    expect(run.outputs['changed-files']).toBe(JSON.stringify([...VERSION_FILES, 'CHANGELOG.md']));
    expect(run.stdout).toContain('Dry run: bump 0.4.1 → 0.5.0 (minor), tag v0.5.0');
    expect(run.stdout).toContain(`  ${CHART}/Chart.yaml:14 appVersion → 0.5.0 (was 0.4.1)`);
    expect(run.stdout).toContain('+appVersion: "0.5.0"');
    expect(run.summary).toContain('**Dry run**');
    expect(run.summary).toContain('-VERSION ?= 0.4.1\n+VERSION ?= 0.5.0');
  });

  it('is idempotent: a second run finds its branch holding the bump, commits and pushes nothing', async () => {
    const repo = sample();
    const first = await bump(repo, { version: '0.5.0' });
    expectSuccess(first);
    const between = fingerprint(repo);
    const second = await bump(repo, { version: '0.5.0' });
    expectSuccess(second);
    expect(second.outputs['status']).toBe('exists');
    expect(second.outputs['commit']).toBe(first.outputs['commit']);
    expect(second.outputs['changed-files']).toBe(first.outputs['changed-files']);
    expect(fingerprint(repo)).toEqual(between);
    expect(second.summary).toContain('already holds this bump');
  });

  it('changelog: false leaves CHANGELOG.md alone', async () => {
    const repo = sample();
    const run = await bump(repo, { version: '0.4.2', changelog: 'false' });
    expectSuccess(run);
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual(VERSION_FILES);
    expect(show(repo.origin!, 'release-v0.4.2', 'CHANGELOG.md')).toBe(fixture['CHANGELOG.md']);
  });

  it('sign-off: false leaves the trailer out; the configured identity authors the commit', async () => {
    const repo = sample({
      then: [{ message: 'ci: release configuration', files: { '.github/release-actions.yaml': 'git-identity:\n  name: WVA Release Bot\n  email: release-bot@example.com\n' } }],
    });
    const run = await bump(repo, { version: '0.4.2', 'sign-off': 'false' });
    expectSuccess(run);
    const message = git(repo.origin!, ['log', '-1', '--format=%an <%ae>|%cn|%B', 'release-v0.4.2']);
    expect(message).toBe('WVA Release Bot <release-bot@example.com>|WVA Release Bot|chore: bump version to v0.4.2');
  });
});

/** The wva history up to the v0.4.1 tag only. */
function historyUpTo041() {
  const history = fixtureHistory('wva');
  return history.slice(0, history.findIndex((c) => c.tag === 'v0.4.1') + 1);
}
