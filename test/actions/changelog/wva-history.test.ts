/**
 * The first release of a repository without CHANGELOG.md, on WVA's real history
 * (test/corpus/wva-history): `update` creates the file with the section of the pull
 * requests merged since v0.0.2, `lint` accepts it — from git alone, and with the GitHub
 * emulator answering the pull requests' titles, authors and labels under WVA's would-be
 * `.github/release.yml`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { initRepo } from '../../support/git.js';
import { importWvaHistory } from '../../unit/changelog/wva-history.js';
import { changelog, DATE, entriesOf, expectSuccess, read, seedMergedPull, WVA, WVA_URL } from './helpers.js';

const link = (n: number, repo = WVA_URL): string => `([#${n}](${repo}/pull/${n}))`;
const HEADER = [
  '# Changelog',
  '',
  'All notable changes to this project will be documented in this file.',
  '',
  'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
  'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
  '',
  '## [Unreleased]',
  '',
];

/** `release.yml` as GitHub documents it (automatically generated release notes). */
const RELEASE_YML = `changelog:
  exclude:
    labels:
      - ignore-for-release
    authors:
      - dependabot
  categories:
    - title: Breaking Changes 🛠
      labels:
        - breaking-change
    - title: New Features 🎉
      labels:
        - enhancement
    - title: Bug Fixes
      labels:
        - bug
    - title: Other Changes
      labels:
        - "*"
`;

function wvaRepo(files: Record<string, string> = {}): { dir: string; sha: Map<string, string> } {
  const dir = initRepo(mkdtempSync(join(tmpdir(), 'cl-wva-history-')));
  const sha = importWvaHistory(dir, { files });
  return { dir, sha };
}

describe('WVA without CHANGELOG.md: the first release creates it', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('from git alone: the pull requests merged since v0.0.2, titled from their merge commits (exact text); lint accepts it; a re-run changes nothing', async () => {
    const { dir } = wvaRepo();
    dirs.push(dir);
    expect(existsSync(join(dir, 'CHANGELOG.md'))).toBe(false);
    const run = await changelog(dir, { mode: 'update', version: '0.0.3' });
    expectSuccess(run);
    expect(run.outputs['changed']).toBe('true');
    expect(read(dir)).toBe(
      [
        ...HEADER,
        `## [0.0.3] - ${DATE}`,
        '',
        '### Added',
        `- Add prom queries for avg input tokens and ttft ${link(194)}`,
        '',
        '### Changed',
        `- Enhance Helm chart security configuration and add development values ${link(242)}`,
        `- Refactoring deployment scripts for Kubernetes and Kind ${link(226)}`,
        '',
        `[Unreleased]: ${WVA_URL}/compare/v0.0.3...HEAD`,
        `[0.0.3]: ${WVA_URL}/compare/v0.0.2...v0.0.3`,
        '',
      ].join('\n'),
    );
    expect(run.summary).toContain('created CHANGELOG.md with the section for 0.0.3');
    expect(run.summary).toContain('56 commits, 3 entries');
    expect(run.stdout).toContain('56 commit(s) → 3 entries, 53 left out');
    expect(run.summary).toMatch(/left out: pull-request \(commits of a merged pull request, which has the entry\)\s*\|\s*53/);

    const lint = await changelog(dir, { mode: 'lint' });
    expectSuccess(lint);
    expect(lint.annotations).toEqual([]);
    expect(lint.stdout).toContain('CHANGELOG.md: 0 error(s), 0 warning(s)');

    const again = await changelog(dir, { mode: 'update', version: '0.0.3' });
    expectSuccess(again);
    expect(again.outputs['changed']).toBe('false');
  });

  it('with .github/release.yml but no API: no labels to match, so the same text as from git alone', async () => {
    const { dir } = wvaRepo({ '.github/release.yml': RELEASE_YML });
    dirs.push(dir);
    const run = await changelog(dir, { mode: 'update', version: '0.0.3' });
    expectSuccess(run);
    expect(entriesOf(run).map((e) => [e.pr, e.section])).toEqual([
      [242, 'Changed'],
      [194, 'Added'],
      [226, 'Changed'],
    ]);
    expect(run.stdout).toContain('categories: .github/release.yml');
  });

  it('v0.0.2 itself, from v0.0.1: 26 pull requests, not the 128 commits', async () => {
    const { dir } = wvaRepo();
    dirs.push(dir);
    const run = await changelog(dir, { mode: 'update', version: '0.0.2' });
    expectSuccess(run);
    const entries = entriesOf(run);
    expect(entries).toHaveLength(26);
    expect(new Set(entries.map((e) => e.pr)).size).toBe(26);
    const text = read(dir);
    expect(text).toContain(`### Fixed\n- Fixing tolerance function ${link(213)}\n- Fix zero divide in queue analyzer ${link(190)}\n`);
    expect(text).not.toMatch(/^- (?:Nit|Cleanup|Update paths) /m);
    expect(text).toContain(`[0.0.2]: ${WVA_URL}/compare/v0.0.1...v0.0.2`);
  });
});

describe('WVA without CHANGELOG.md, with the GitHub API and .github/release.yml', () => {
  const REPO = WVA;
  let gh: GitHubEmulator;
  let dir: string;
  let sha: Map<string, string>;

  beforeAll(async () => {
    gh = await startGitHubEmulator({ token: 'test-token' });
    ({ dir, sha } = wvaRepo({ '.github/release.yml': RELEASE_YML }));
    await gh.createRepo(REPO, { fromDir: dir });
    const merged = (number: number, original: string, title: string, author: string, labels: string[]) => {
      const mergeCommitSha = sha.get(original)!;
      seedMergedPull(gh, REPO, { number, title, author, labels, mergeCommitSha, commitShas: [mergeCommitSha] });
    };
    // the pull requests' titles as GitHub has them now (reworded after the merge), and labels
    merged(242, '56a651b0534373e0dc0aece5a78c267de65ba56c', 'Enhance Helm chart security configuration and add development values', 'mamy-CS', ['enhancement']);
    merged(194, '19aef8063fab652fa4f5ccb1d58af2ee5d2b427d', 'feat: add Prometheus queries for average input tokens and TTFT', 'vishakha-ramani', []);
    merged(226, 'cb11ae1502d7a25ed026dc5fd89f44e168254333', 'Refactoring deployment scripts for Kubernetes and Kind', 'WheelyMcBones', ['ignore-for-release']);
  });
  afterEach(() => gh.assertNoViolations());
  afterAll(async () => {
    await gh.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('titles, authors and labels from the API; release.yml categories decide; one request per pull request, none for branch commits', async () => {
    const before = gh.requests.length;
    const run = await changelog(dir, { mode: 'update', version: '0.0.3', 'use-pull-requests': 'true' }, { repository: REPO, apiUrl: gh.apiUrl, token: 'test-token' });
    expectSuccess(run);
    expect(run.annotations).toEqual([]);
    expect(read(dir)).toBe(
      [
        ...HEADER,
        `## [0.0.3] - ${DATE}`,
        '',
        '### Added',
        `- Enhance Helm chart security configuration and add development values ${link(242)}`,
        `- Add Prometheus queries for average input tokens and TTFT ${link(194)}`,
        '',
        `[Unreleased]: ${WVA_URL}/compare/v0.0.3...HEAD`,
        `[0.0.3]: ${WVA_URL}/compare/v0.0.2...v0.0.3`,
        '',
      ].join('\n'),
    );
    expect(entriesOf(run).map((e) => [e.pr, e.author, e.section])).toEqual([
      [242, 'mamy-CS', 'Added'],
      [194, 'vishakha-ramani', 'Added'],
    ]);
    const asked = gh.requests.slice(before).map((q) => `${q.method} ${q.path}`);
    expect(asked.sort()).toEqual([194, 226, 242].map((n) => `GET /repos/${REPO}/pulls/${n}`));
    expect(run.summary).toContain('categories from `.github/release.yml`');
    const lint = await changelog(dir, { mode: 'lint' });
    expectSuccess(lint);
    expect(lint.annotations).toEqual([]);
  });

  it('with the API but no .github/release.yml: the titles from the API, labels decide nothing (no categories to match)', async () => {
    const other = 'llm-d-incubation/wva-without-release-yml';
    const repo = wvaRepo();
    try {
      await gh.createRepo(other, { fromDir: repo.dir });
      const original = '19aef8063fab652fa4f5ccb1d58af2ee5d2b427d';
      seedMergedPull(gh, other, { number: 194, title: 'feat: add Prometheus queries for average input tokens and TTFT', author: 'vishakha-ramani', labels: ['ignore-for-release'], mergeCommitSha: repo.sha.get(original)!, commitShas: [repo.sha.get(original)!] });
      const run = await changelog(repo.dir, { mode: 'update', version: '0.0.3', 'use-pull-requests': 'true' }, { repository: other, apiUrl: gh.apiUrl, token: 'test-token' });
      expectSuccess(run);
      const url = `https://github.com/${other}`;
      expect(read(repo.dir)).toContain(
        [
          '### Added',
          `- Add Prometheus queries for average input tokens and TTFT ${link(194, url)}`,
          '',
          '### Changed',
          `- Enhance Helm chart security configuration and add development values ${link(242, url)}`,
          `- Refactoring deployment scripts for Kubernetes and Kind ${link(226, url)}`,
          '',
        ].join('\n'),
      );
      // #242 and #226 are not in the emulator: a 404 means "no pull request", the merge commit's title stays
      expect(entriesOf(run).map((e) => [e.pr, e.author])).toEqual([
        [242, null],
        [194, 'vishakha-ramani'],
        [226, null],
      ]);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});
