import { describe, expect, it } from '@jest/globals';
import { classifyCommits, lintChangelog, parseReleaseConfig, pullRequestRecords, updateChangelog, type CommitRecord } from '../../../actions/lib/changelog/index.js';
import { wvaRange } from './wva-history.js';

const REPO = 'https://github.com/llm-d-incubation/workload-variant-autoscaler';
const link = (n: number): string => `([#${n}](${REPO}/pull/${n}))`;

describe("WVA's real history read as pull requests", () => {
  it('v0.0.2..main: the first release creates CHANGELOG.md with one line per pull request, and the linter accepts it', () => {
    const range = wvaRange('v0.0.2', 'main');
    expect(range).toHaveLength(56);
    const { entries, skipped } = classifyCommits(range);
    expect(entries.map((e) => [e.pr, e.section])).toEqual([
      [242, 'Changed'],
      [194, 'Added'],
      [226, 'Changed'],
    ]);
    expect(skipped.filter((s) => s.reason === 'pull-request')).toHaveLength(53);

    const out = updateChangelog('', { version: '0.0.3', date: '2026-02-03', entries, repoUrl: REPO, previousTag: 'v0.0.2' });
    expect(out.text).toBe(
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
        '## [0.0.3] - 2026-02-03',
        '',
        '### Added',
        `- Add prom queries for avg input tokens and ttft ${link(194)}`,
        '',
        '### Changed',
        `- Enhance Helm chart security configuration and add development values ${link(242)}`,
        `- Refactoring deployment scripts for Kubernetes and Kind ${link(226)}`,
        '',
        `[Unreleased]: ${REPO}/compare/v0.0.3...HEAD`,
        `[0.0.3]: ${REPO}/compare/v0.0.2...v0.0.3`,
        '',
      ].join('\n'),
    );
    expect(lintChangelog(out.text, { repoUrl: REPO })).toEqual([]);
  });

  it('v0.0.1..v0.0.2: 26 pull requests (25 merge commits, 1 squash), none of their 102 branch commits, sections from titles', () => {
    const range = wvaRange('v0.0.1', 'v0.0.2');
    const { entries, skipped } = classifyCommits(range);
    expect(entries).toHaveLength(26);
    expect(entries.every((e) => e.pr !== null)).toBe(true);
    expect(skipped.map((s) => s.reason).filter((r) => r !== 'pull-request')).toEqual([]);
    expect(skipped).toHaveLength(range.length - 26);
    // the branch commits' subjects are not the section
    for (const noise of ['nit', 'update paths', 'cleanup', 'fix IMG', "Merge branch 'main' into adding-helm-to-ocp-script"]) {
      expect(entries.map((e) => e.subject)).not.toContain(noise);
    }
    const of = (pr: number) => entries.find((e) => e.pr === pr);
    expect([of(190)?.subject, of(190)?.section]).toEqual(['fix zero divide in queue analyzer', 'Fixed']); // the squash merge
    expect([of(228)?.type, of(228)?.subject, of(228)?.section]).toEqual(['refactor', 'Externalize metric names and labels to constants package', 'Changed']);
    expect([of(214)?.section, of(210)?.section, of(213)?.section]).toEqual(['Added', 'Removed', 'Fixed']);
    const counts = entries.reduce<Record<string, number>>((m, e) => ({ ...m, [e.section]: (m[e.section] ?? 0) + 1 }), {});
    expect(counts).toEqual({ Added: 3, Changed: 17, Removed: 4, Fixed: 2 });
  });

  it('with .github/release.yml and the labels the API gives: categories decide, excluded labels and authors are left out', () => {
    const categories = parseReleaseConfig(
      [
        'changelog:',
        '  exclude:',
        '    labels: [ignore-for-release]',
        '    authors: [dependabot]',
        '  categories:',
        '    - title: Breaking Changes 🛠',
        '      labels: [breaking-change]',
        '    - title: Exciting New Features 🎉',
        '      labels: [enhancement]',
        '    - title: Other Changes',
        "      labels: ['*']",
      ].join('\n'),
    );
    const labels: Record<number, { labels: string[]; author: string }> = {
      242: { labels: ['enhancement'], author: 'mamy-CS' },
      194: { labels: ['ignore-for-release'], author: 'vishakha-ramani' },
      226: { labels: ['breaking-change'], author: 'WheelyMcBones' },
    };
    const records = pullRequestRecords(wvaRange('v0.0.2', 'main')).records.map((r): CommitRecord => (r.pr && labels[r.pr] ? { ...r, ...labels[r.pr]! } : r));
    const { entries, skipped } = classifyCommits(records, { categories });
    expect(entries.map((e) => [e.pr, e.section, e.breaking])).toEqual([
      [242, 'Added', false],
      [226, 'Changed', true],
    ]);
    expect(skipped.filter((s) => s.reason === 'excluded')).toHaveLength(1);
  });
});

describe('pullRequestRecords on the shapes a merge-commit history takes', () => {
  let n = 0;
  const c = (subject: string, parents: string[] = [], body = ''): CommitRecord => ({ sha: (++n).toString(16).padStart(40, '0'), subject, body, parents });
  /** Newest first, as git log lists them. */
  const log = (...commits: CommitRecord[]): CommitRecord[] => [...commits].reverse();

  it("a branch's breaking change and deprecation footers, and its `type!:`, stay with the pull request", () => {
    const base = c('feat: start');
    const a = c('refactor(api)!: rename spec.modelID', [base.sha]);
    const b = c('wip', [a.sha], 'DEPRECATED: the v1alpha1 API');
    const merge = c('Merge pull request #7 from o/rename', [base.sha, b.sha], 'Rename the model field');
    const { records, inPullRequests } = pullRequestRecords(log(a, b, merge));
    expect(inPullRequests.map((s) => s.sha)).toEqual([b.sha, a.sha]);
    expect(records).toEqual([{ sha: merge.sha, subject: 'Rename the model field', body: 'DEPRECATED: the v1alpha1 API\n\nBREAKING CHANGE: rename spec.modelID', pr: 7 }]);
    const [entry] = classifyCommits(records).entries;
    expect([entry?.breaking, entry?.breakingNote, entry?.section]).toEqual([true, 'rename spec.modelID', 'Changed']);
  });

  it('a reverted pull request and its revert cancel out', () => {
    const base = c('feat: start');
    const f = c('feat: burst mode', [base.sha]);
    const m1 = c('Merge pull request #8 from o/burst', [base.sha, f.sha], 'Add burst mode');
    const r = c('Revert "Merge pull request #8 from o/burst"', [m1.sha], `This reverts commit ${m1.sha}, reversing\nchanges made to ${base.sha}.`);
    const m2 = c('Merge pull request #9 from o/revert-8-burst', [m1.sha, r.sha], 'Revert "Add burst mode"');
    const { entries, skipped } = classifyCommits(log(f, m1, r, m2));
    expect(entries).toEqual([]);
    expect(skipped.map((s) => s.reason).sort()).toEqual(['pull-request', 'pull-request', 'revert-pair', 'revert-pair']);
  });

  it("a release pull request is left out, its commits are judged one by one; a merge that is no pull request's keeps its branch", () => {
    const base = c('feat: start');
    const bumpCommit = c('chore: bump version to v0.5.0', [base.sha]);
    const pick = c('fix: a picked fix (#3)', [bumpCommit.sha]);
    const release = c('Merge pull request #12 from o/release-v0.5.0', [base.sha, pick.sha], 'Release v0.5.0');
    const side = c('feat: from a local branch', [release.sha]);
    const local = c("Merge branch 'topic'", [release.sha, side.sha]);
    const { entries, skipped } = classifyCommits(log(bumpCommit, pick, release, side, local));
    expect(entries.map((e) => e.subject)).toEqual(['from a local branch', 'a picked fix']);
    expect(skipped.map((s) => s.reason)).toEqual(['merge', 'release', 'release']);
  });

  it('a merge commit without a body takes the only commit of its branch, else the branch name', () => {
    const base = c('feat: start');
    const only = c('fix: the only commit', [base.sha]);
    const m1 = c('Merge pull request #4 from o/one', [base.sha, only.sha]);
    const x = c('first', [m1.sha]);
    const y = c('second', [x.sha]);
    const m2 = c('Merge pull request #5 from someone/queue-depth_scaling', [m1.sha, y.sha]);
    const { records } = pullRequestRecords(log(only, m1, x, y, m2));
    expect(records.map((r) => [r.pr, r.subject])).toEqual([
      [5, 'queue depth scaling'],
      [4, 'fix: the only commit'],
    ]);
  });

  it('a history without pull request merges comes back as it was (the same records)', () => {
    const a = c('feat: a');
    const b = c('fix: b (#2)', [a.sha]);
    const input = log(a, b);
    const out = pullRequestRecords(input);
    expect(out.records).toEqual(input);
    expect(out.records[0]).toBe(input[0]);
    expect(out.inPullRequests).toEqual([]);
  });
});
