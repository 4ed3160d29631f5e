/**
 * The changelog of a hotfix: the tag it starts from has an empty `## [Unreleased]` (the
 * release moved everything out), so the new section is written from the cherry-picks, and
 * verify-release's changelog-entry check accepts the branch bump-version pushed. Real git,
 * a local bare `origin`, both actions through the runner harness.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changelogEdit } from '../../../actions/bump-version/changelog.js';
import type { FileError } from '../../../actions/lib/runner/errors.js';
import { classifyCommits } from '../../../actions/lib/changelog/index.js';
import { git, initRepo } from '../../support/git.js';
import { runAction } from '../../support/harness.js';
import { buildRepo, cloneWorkspace, fixtureFiles, withVersion, type HistoryCommit, type SampleRepo } from '../../support/repos.js';
import { importWvaHistory } from '../../unit/changelog/wva-history.js';
import { bump, DATE, expectRefusal, expectSuccess, fingerprint, show, WVA } from './helpers.js';

const repos: SampleRepo[] = [];
function sample(then: HistoryCommit[]): SampleRepo {
  const repo = buildRepo({ workspace: true, then });
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
const DOCS_ONLY: HistoryCommit = { message: 'docs: explain minReplicas', files: { 'docs/min-replicas.md': '# minReplicas\n' } };

/** The line of the `## [Unreleased]` heading. */
const unreleasedLine = (text: string): number => text.split('\n').indexOf('## [Unreleased]') + 1;

describe('bump-version: the changelog section of a hotfix', () => {
  it('fills the section from the cherry-picks when Unreleased is empty, and verify-release changelog-entry passes on the branch', async () => {
    const repo = sample([WEBHOOK_FIX]);
    const atTag = show(repo.origin!, 'v0.4.1', 'CHANGELOG.md')!;
    expect(atTag).toContain('## [Unreleased]\n\n## [0.4.1] - 2025-09-12\n'); // what a release leaves: nothing to move

    const run = await bump(repo, { version: 'patch', mode: 'hotfix', 'cherry-pick': repo.commit('fix(webhook)') });
    expectSuccess(run);
    const checkout = cloneWorkspace(repo.origin!, join(repo.root, 'hotfix-checkout'), { branch: 'hotfix-v0.4.2' });
    const verify = await runAction({
      action: 'verify-release',
      workspace: checkout,
      repository: WVA,
      ref: 'refs/heads/hotfix-v0.4.2',
      sha: git(checkout, ['rev-parse', 'HEAD']),
      inputs: { token: '', phase: 'preflight', checks: 'changelog-entry\nversions-consistent', version: '0.4.2' },
    });
    const report = JSON.parse(verify.outputs['report'] ?? '[]') as Array<{ check: string; status: string; detail: string }>;
    expect(report.map((r) => [r.check, r.status, r.status === 'passed' ? '' : r.detail])).toEqual([
      ['versions-consistent', 'passed', ''],
      ['changelog-entry', 'passed', ''],
    ]);
    expect(verify.exitCode).toBe(0);
    expect(report.find((r) => r.check === 'changelog-entry')!.detail).toMatch(/^CHANGELOG\.md:\d+ ## \[0\.4\.2\] - 2026-02-03 has 1 entry; /);
    const changelog = show(repo.origin!, 'hotfix-v0.4.2', 'CHANGELOG.md')!;
    expect(changelog).toContain(
      `## [Unreleased]\n\n## [0.4.2] - ${DATE}\n\n### Fixed\n- **webhook:** Refuse maxReplicas below minReplicas ([#220](https://github.com/${WVA}/pull/220))\n\n## [0.4.1] - 2025-09-12\n`,
    );
    expect(run.stdout).toContain('CHANGELOG.md: ## [Unreleased] is empty at v0.4.1; the 0.4.2 section comes from the commits (0 commits since v0.4.1 and 1 cherry-pick): 1 entry');
  });

  it('refuses up front, naming the Unreleased line, when the cherry-picks give no entry (a docs-only hotfix): nothing is written', async () => {
    const repo = sample([DOCS_ONLY]);
    const before = fingerprint(repo);
    const run = await bump(repo, { version: 'patch', mode: 'hotfix', 'cherry-pick': repo.commit('docs: explain') });
    const line = unreleasedLine(show(repo.origin!, 'v0.4.1', 'CHANGELOG.md')!);
    expectRefusal(run, `CHANGELOG.md:${line}: ## [Unreleased] is empty and the commits of 0.4.2 (0 commits since v0.4.1 and 1 cherry-pick) give no changelog entry`);
    expect(run.errors[0]!.message).toContain("verify-release's changelog-entry check would refuse it: write what changed under ## [Unreleased]");
    expect(fingerprint(repo)).toEqual(before);
    expect(git(repo.origin!, ['branch', '--list', 'hotfix-*'])).toBe('');
  });
});

describe('changelogEdit: the section is never empty', () => {
  const URL = `https://github.com/${WVA}`;
  const EMPTY = `# Changelog\n\n## [Unreleased]\n\n## [0.4.1] - 2025-09-12\n\n### Fixed\n- a fix\n\n[Unreleased]: ${URL}/compare/v0.4.1...HEAD\n[0.4.1]: ${URL}/compare/v0.4.0...v0.4.1\n`;
  const commits = (...subjects: string[]) => ({
    entries: classifyCommits(subjects.map((subject, i) => ({ sha: String(i + 1).repeat(40), subject }))).entries,
    described: `${subjects.length} commits since v0.4.1`,
  });
  const edit = (text: string, c?: ReturnType<typeof commits>) =>
    changelogEdit({ path: 'CHANGELOG.md', text, version: '0.4.2', date: DATE, repoUrl: URL, previousTag: 'v0.4.1', ...(c ? { commits: c } : {}) });

  it('an empty Unreleased is filled from the commits; the change table says so', () => {
    const e = edit(EMPTY, commits('fix(webhook): refuse maxReplicas below minReplicas (#220)', 'Release v0.4.1 (#2)', 'docs: a note'));
    expect(e.after).toContain(`## [Unreleased]\n\n## [0.4.2] - ${DATE}\n\n### Fixed\n- **webhook:** Refuse maxReplicas below minReplicas ([#220](${URL}/pull/220))\n\n## [0.4.1]`);
    expect(e.changes).toEqual([{ line: 5, name: 'section', old: 'Unreleased (empty; 1 entry from the commits)', new: `[0.4.2] - ${DATE}` }]);
  });

  it('hand-written Unreleased lines are kept as they are; the commits are not added to them', () => {
    const text = EMPTY.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n- The webhook refuses maxReplicas below minReplicas (#220)\n');
    const e = edit(text, commits('fix(webhook): refuse maxReplicas below minReplicas (#220)', 'feat: something else (#221)'));
    expect(e.after).toContain(`## [0.4.2] - ${DATE}\n\n### Fixed\n- The webhook refuses maxReplicas below minReplicas (#220)\n\n## [0.4.1]`);
    expect(e.after).not.toContain('something else');
    expect(e.changes[0]!.old).toBe('Unreleased');
  });

  it('refuses, naming the Unreleased line, when neither Unreleased nor the commits give an entry', () => {
    expect(() => edit(EMPTY, commits('docs: a note', 'chore: tidy', 'Release v0.4.1 (#2)'))).toThrow(
      'CHANGELOG.md:3: ## [Unreleased] is empty and the commits of 0.4.2 (3 commits since v0.4.1) give no changelog entry',
    );
    expect(() => edit(EMPTY)).toThrow('CHANGELOG.md:3: ## [Unreleased] is empty and no commits were read to fill it from');
  });

  it('no changelog yet: created with the header from the commits; refused, without a line, when they give no entry', () => {
    const e = edit('', commits('fix(webhook): refuse maxReplicas below minReplicas (#220)'));
    expect(e.before).toBe('');
    expect(e.after).toMatch(/^# Changelog\n\nAll notable changes to this project will be documented in this file\.\n/);
    expect(e.after).toContain(`## [Unreleased]\n\n## [0.4.2] - ${DATE}\n\n### Fixed\n- **webhook:** Refuse maxReplicas below minReplicas ([#220](${URL}/pull/220))\n\n[Unreleased]: ${URL}/compare/v0.4.2...HEAD\n[0.4.2]: ${URL}/compare/v0.4.1...v0.4.2\n`);
    expect(e.changes).toEqual([{ line: 10, name: 'section', old: 'none: CHANGELOG.md created (1 entry from the commits)', new: `[0.4.2] - ${DATE}` }]);
    const error = (() => {
      try {
        edit('', commits('docs: a note', 'chore: tidy'));
      } catch (err) {
        return err as FileError;
      }
      throw new Error('expected a refusal');
    })();
    expect(error.message).toBe(
      "CHANGELOG.md: does not exist yet and the commits of 0.4.2 (2 commits since v0.4.1) give no changelog entry (chore, ci, test, build, style and docs commits, merges and release commits are left out), so the first 0.4.2 section would be empty and verify-release's changelog-entry check would refuse it: add a CHANGELOG.md with what changed under ## [Unreleased] (Keep a Changelog), or set changelog: false",
    );
    expect(error.line).toBeUndefined();
  });
});

describe("bump-version: the first release of a repository without CHANGELOG.md (WVA's real history)", () => {
  /** WVA's history v0.0.1..main with the sample's version files at 0.0.2 and no CHANGELOG.md; a bare origin and a checkout. */
  function wvaWithoutChangelog(): SampleRepo {
    const root = mkdtempSync(join(tmpdir(), 'bump-wva-history-'));
    const dir = initRepo(join(root, 'repo'));
    const files = Object.fromEntries(Object.entries(fixtureFiles('wva')).filter(([path]) => path !== 'CHANGELOG.md').map(([path, text]) => [path, withVersion(text, '0.4.1', '0.0.2')]));
    importWvaHistory(dir, { files });
    const origin = join(root, 'origin.git');
    git(root, ['clone', '-q', '--bare', '--', dir, origin]);
    const workspace = cloneWorkspace(origin, join(root, 'workspace'), { branch: 'main' });
    const repo = { root, dir, origin, workspace, branch: 'main', commits: [], tags: {}, head: '', commit: () => '', cleanup: async () => rmSync(root, { recursive: true, force: true }) } satisfies SampleRepo;
    repos.push(repo);
    return repo;
  }

  it('creates CHANGELOG.md with the header and the section of the pull requests merged since v0.0.2; verify-release and changelog lint accept it', async () => {
    const repo = wvaWithoutChangelog();
    const run = await bump(repo, { version: 'patch' });
    expectSuccess(run);
    expect(run.outputs['version']).toBe('0.0.3');
    expect(run.outputs['changed-files']).toContain('"CHANGELOG.md"');
    expect(run.stdout).toContain('CHANGELOG.md:10 section → [0.0.3] - 2026-02-03 (was none: CHANGELOG.md created (3 entries from the commits))');
    expect(run.stdout).toContain('CHANGELOG.md: not there yet at main; created with the 0.0.3 section from the commits (56 commits since v0.0.2, 3 merged pull requests): 3 entries');
    const url = `https://github.com/${WVA}`;
    const changelog = show(repo.origin!, 'release-v0.0.3', 'CHANGELOG.md');
    expect(changelog).toBe(
      [
        '# Changelog',
        '',
        'All notable changes to this project will be documented in this file.',
        '',
        'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
        'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
        '',
        '## [Unreleased]',
        '',
        `## [0.0.3] - ${DATE}`,
        '',
        '### Added',
        `- Add prom queries for avg input tokens and ttft ([#194](${url}/pull/194))`,
        '',
        '### Changed',
        `- Enhance Helm chart security configuration and add development values ([#242](${url}/pull/242))`,
        `- Refactoring deployment scripts for Kubernetes and Kind ([#226](${url}/pull/226))`,
        '',
        `[Unreleased]: ${url}/compare/v0.0.3...HEAD`,
        `[0.0.3]: ${url}/compare/v0.0.2...v0.0.3`,
        '',
      ].join('\n'),
    );

    const checkout = cloneWorkspace(repo.origin!, join(repo.root, 'release-checkout'), { branch: 'release-v0.0.3' });
    const verify = await runAction({
      action: 'verify-release',
      workspace: checkout,
      repository: WVA,
      ref: 'refs/heads/release-v0.0.3',
      sha: git(checkout, ['rev-parse', 'HEAD']),
      inputs: { token: '', phase: 'preflight', checks: 'changelog-entry', version: '0.0.3' },
    });
    const report = JSON.parse(verify.outputs['report'] ?? '[]') as Array<{ check: string; status: string; detail: string }>;
    expect(report.map((r) => [r.check, r.status])).toEqual([['changelog-entry', 'passed']]);
    expect(report[0]!.detail).toMatch(/^CHANGELOG\.md:10 ## \[0\.0\.3\] - 2026-02-03 has 3 entries; /);
    const lint = await runAction({ action: 'changelog', workspace: checkout, repository: WVA, ref: 'refs/heads/release-v0.0.3', inputs: { mode: 'lint' } });
    expect(lint.exitCode).toBe(0);
    expect(lint.annotations).toEqual([]);
  });

  it('changelog: false bumps without creating one', async () => {
    const repo = wvaWithoutChangelog();
    const run = await bump(repo, { version: '0.0.3', changelog: 'false' });
    expectSuccess(run);
    expect(run.outputs['changed-files']).not.toContain('CHANGELOG.md');
    expect(show(repo.origin!, 'release-v0.0.3', 'CHANGELOG.md')).toBeUndefined();
  });

  it('a re-run finds the branch holding the version and pushes nothing', async () => {
    const repo = wvaWithoutChangelog();
    expectSuccess(await bump(repo, { version: '0.0.3' }));
    const tip = git(repo.origin!, ['rev-parse', 'release-v0.0.3']);
    const again = await bump(repo, { version: '0.0.3' });
    expectSuccess(again);
    expect(again.outputs['status']).toBe('exists');
    expect(git(repo.origin!, ['rev-parse', 'release-v0.0.3'])).toBe(tip);
  });
});
