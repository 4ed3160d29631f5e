/**
 * Hotfix and backport modes (real cherry-picks, a conflicting one that fails cleanly)
 * and GPG signing, against real git with a local bare `origin`.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { git } from '../../support/git.js';
import { makeGpgKey } from '../../support/gpg.js';
import { buildRepo, fixtureFiles, withVersion, type HistoryCommit, type SampleRepo } from '../../support/repos.js';
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

const WEBHOOK_FIX: HistoryCommit = {
  message: 'fix(webhook): refuse maxReplicas below minReplicas (#220)',
  files: { 'internal/webhook/validate.go': 'package webhook\n\n// Validate refuses maxReplicas < minReplicas (#220).\nfunc Validate(min, max int32) bool { return max >= min }\n' },
};

/** 0.5.0 released on main after the 0.4 line, then a fix to backport. */
const RELEASE_050: HistoryCommit[] = [
  {
    message: 'chore: bump version to v0.5.0',
    files: Object.fromEntries(VERSION_FILES.map((p) => [p, (t: string | undefined) => withVersion(t!, '0.4.1', '0.5.0')])),
    tag: 'v0.5.0',
  },
  WEBHOOK_FIX,
];

describe('bump-version hotfix and backport', () => {
  it('hotfix: branches hotfix-v0.4.2 from v0.4.1, cherry-picks the fix, then bumps', async () => {
    const repo = sample({ then: [WEBHOOK_FIX] });
    const fix = repo.commit('fix(webhook)');
    const before = fingerprint(repo);
    const run = await bump(repo, { version: 'patch', mode: 'hotfix', 'cherry-pick': fix });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '0.4.2', 'previous-version': '0.4.1', 'release-type': 'patch', branch: 'hotfix-v0.4.2', 'base-branch': 'main', status: 'created' });

    // hotfix-v0.4.2 = v0.4.1 + the cherry-pick + the bump
    const log = git(repo.origin!, ['log', '--format=%s|%b', 'v0.4.1..hotfix-v0.4.2']).split('\n').filter(Boolean);
    expect(log[0]).toBe('chore: bump version to v0.4.2|Signed-off-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(log[1]).toBe(`fix(webhook): refuse maxReplicas below minReplicas (#220)|(cherry picked from commit ${fix})`);
    expect(log).toHaveLength(2);
    expect(git(repo.origin!, ['rev-parse', 'hotfix-v0.4.2~2'])).toBe(repo.tags['v0.4.1']);
    expect(show(repo.origin!, 'hotfix-v0.4.2', 'internal/webhook/validate.go')).toBe(WEBHOOK_FIX.files!['internal/webhook/validate.go']);

    // The version files are v0.4.1's, moved to 0.4.2; main's later work (#210) is not there.
    for (const path of VERSION_FILES) expect(show(repo.origin!, 'hotfix-v0.4.2', path)).toBe(withVersion(show(repo.origin!, 'v0.4.1', path)!, '0.4.1', '0.4.2'));
    expect(show(repo.origin!, 'hotfix-v0.4.2', 'internal/scaler/queue_depth.go')).toBeUndefined();
    const changelog = show(repo.origin!, 'hotfix-v0.4.2', 'CHANGELOG.md')!;
    // v0.4.1's Unreleased is empty: the section is the cherry-picked fix's entry
    expect(changelog).toContain(`## [Unreleased]\n\n## [0.4.2] - ${DATE}\n\n### Fixed\n- **webhook:** Refuse maxReplicas below minReplicas ([#220](https://github.com/llm-d-incubation/workload-variant-autoscaler/pull/220))\n\n## [0.4.1] - 2025-09-12\n`);
    expect(changelog).toContain('[0.4.2]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.4.1...v0.4.2\n');

    expect(run.summary).toContain('### Cherry-picks');
    expect(run.summary).toContain(`| \`${fix.slice(0, 12)}\` | fix(webhook): refuse maxReplicas below minReplicas (#220) |`);
    const after = fingerprint(repo);
    expect(after.tree).toEqual(before.tree);
    expect(git(repo.workspace!, ['worktree', 'list', '--porcelain']).match(/^worktree /gm)).toHaveLength(1);
  });

  it('hotfix: a conflicting cherry-pick fails cleanly, naming the commit and the file; the tree and refs are unchanged', async () => {
    const repo = sample();
    // #215 also edits the Unreleased section that #210 created: it cannot apply to v0.4.1.
    const conflicting = repo.commit('fix(controller)');
    const before = fingerprint(repo);
    const run = await bump(repo, { version: '0.4.2', mode: 'hotfix', 'cherry-pick': conflicting });
    expectRefusal(run, new RegExp(`^cherry-pick of ${conflicting} failed with conflicts in CHANGELOG\\.md: .*Resolve it on a branch by hand`));
    expect(fingerprint(repo)).toEqual(before);
    expect(git(repo.origin!, ['branch', '--list', 'hotfix-*'])).toBe('');
    expect(git(repo.workspace!, ['worktree', 'list', '--porcelain']).match(/^worktree /gm)).toHaveLength(1);
  });

  it('hotfix: a dry run lists the cherry-picks and writes nothing', async () => {
    const repo = sample({ then: [WEBHOOK_FIX] });
    const before = fingerprint(repo);
    const run = await bump(repo, { version: '0.4.2', mode: 'hotfix', 'cherry-pick': repo.commit('fix(webhook)'), 'dry-run': 'true' });
    expectSuccess(run);
    expect(fingerprint(repo)).toEqual(before);
    expect(run.stdout).toContain('branch hotfix-v0.4.2 from v0.4.1');
    expect(run.stdout).toContain(`cherry-pick ${repo.commit('fix(webhook)').slice(0, 12)} fix(webhook): refuse maxReplicas below minReplicas (#220)`);
  });

  it('backport: branches backport-v0.4.2 from the 0.4 line named by base while main is on 0.5', async () => {
    const repo = sample({ then: RELEASE_050 });
    const fix = repo.commit('fix(webhook)');
    const run = await bump(repo, { version: 'patch', mode: 'backport', base: 'v0.4', 'cherry-pick': fix });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '0.4.2', 'previous-version': '0.4.1', branch: 'backport-v0.4.2' });
    expect(git(repo.origin!, ['rev-parse', 'backport-v0.4.2~2'])).toBe(repo.tags['v0.4.1']);
    expect(show(repo.origin!, 'backport-v0.4.2', `${CHART}/Chart.yaml`)).toContain('\nversion: 0.4.2\n');
    expect(show(repo.origin!, 'backport-v0.4.2', 'internal/webhook/validate.go')).toBeDefined();

    // The same repository: a hotfix (newest line) starts from v0.5.0.
    const hotfix = await bump(repo, { version: 'patch', mode: 'hotfix', 'cherry-pick': fix, 'dry-run': 'true' });
    expectSuccess(hotfix);
    expect(hotfix.outputs).toMatchObject({ version: '0.5.1', branch: 'hotfix-v0.5.1' });
    expect(hotfix.stdout).toContain('branch hotfix-v0.5.1 from v0.5.0');

    // An explicit version names its own line; a base that says otherwise is refused.
    const mismatch = await bump(repo, { version: '0.4.3', mode: 'backport', base: '0.5', 'cherry-pick': fix });
    expectRefusal(mismatch, 'version 0.4.3 is not in the 0.5 line named by base');
  });

  it('works from a shallow checkout without tags (actions/checkout with its default fetch-depth: 1)', async () => {
    const repo = sample({ then: [WEBHOOK_FIX] });
    const shallow = join(repo.root, 'shallow');
    git(repo.root, ['clone', '-q', '--depth', '1', '--no-tags', `file://${repo.origin}`, shallow]);
    expect(git(shallow, ['tag', '--list'])).toBe('');
    const job = { ...repo, workspace: shallow };

    const auto = await bump(job, { version: 'auto' });
    expectSuccess(auto);
    expect(auto.outputs['version']).toBe('0.5.0');
    expect(show(repo.origin!, 'release-v0.5.0', 'CHANGELOG.md')).toContain('[0.5.0]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.4.1...v0.5.0\n');

    const hotfix = await bump(job, { version: 'patch', mode: 'hotfix', 'cherry-pick': repo.commit('fix(webhook)') });
    expectSuccess(hotfix);
    expect(git(repo.origin!, ['rev-parse', 'hotfix-v0.4.2~2'])).toBe(repo.tags['v0.4.1']);
    expect(git(shallow, ['status', '--porcelain'])).toBe('');
  });

  it('signs the bump commit with the given GPG key', async () => {
    const key = makeGpgKey('WVA Release', 'release@example.com');
    try {
      const repo = sample();
      const run = await bump(repo, { version: '0.5.0', 'signing-key': key.fingerprint }, { env: { GNUPGHOME: key.home } });
      expectSuccess(run);
      const signature = git(repo.origin!, ['log', '-1', '--format=%G?|%GF', 'release-v0.5.0'], { env: { GNUPGHOME: key.home } });
      expect(signature).toBe(`G|${key.fingerprint}`);
    } finally {
      key.cleanup();
    }
  });

  it('configured version files come from .github/release-actions.yaml', async () => {
    const config = [
      'version-files:',
      `  - { path: ${CHART}/Chart.yaml, type: chart }`,
      '  - { path: Makefile, type: makefile, variables: [VERSION] }',
      "  - { path: go.mod, type: regex, pattern: '^// release (\\S+)$' }",
      '',
    ].join('\n');
    const repo = sample({ then: [{ message: 'ci: release configuration', files: { '.github/release-actions.yaml': config, 'go.mod': (t) => `${t}// release 0.4.1\n` } }] });
    const run = await bump(repo, { version: '0.4.2', changelog: 'false' });
    expectSuccess(run);
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual([`${CHART}/Chart.yaml`, 'Makefile', 'go.mod']);
    const makefile = show(repo.origin!, 'release-v0.4.2', 'Makefile')!;
    expect(makefile).toContain('VERSION ?= 0.4.2\n');
    expect(makefile).toContain('IMG_TAG ?= v0.4.1\n'); // not configured: left alone
    expect(show(repo.origin!, 'release-v0.4.2', 'go.mod')).toContain('// release 0.4.2\n');
    expect(show(repo.origin!, 'release-v0.4.2', 'README.md')).toBe(fixtureFiles('wva')['README.md']);
  });
});
