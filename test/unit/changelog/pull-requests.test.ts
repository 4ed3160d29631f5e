import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../support/harness.js';
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

  it('v0.0.1..v0.0.2 in another order (oldest first, or rotated): the tip is found wherever it is, and the grouping is the same', () => {
    const range = wvaRange('v0.0.1', 'v0.0.2');
    const bySha = (r: { sha: string }) => r.sha;
    const want = pullRequestRecords(range);
    expect(want.inPullRequests).toHaveLength(range.length - 26);
    for (const order of [[...range].reverse(), [...range.slice(7), ...range.slice(0, 7)]]) {
      const got = pullRequestRecords(order);
      expect([...got.records].sort((a, b) => bySha(a).localeCompare(bySha(b)))).toEqual([...want.records].sort((a, b) => bySha(a).localeCompare(bySha(b))));
      expect(got.inPullRequests.map(bySha).sort()).toEqual(want.inPullRequests.map(bySha).sort());
    }
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

describe("llm-d-infra's real history: squash merges with kubebuilder title markers", () => {
  const history = JSON.parse(readFileSync(join(projectRoot, 'test', 'corpus', 'llm-d-infra-history', 'history.json'), 'utf8')) as { commits: Array<{ sha: string; parents: string[]; message: string }> };
  const records: CommitRecord[] = history.commits
    .map((c) => {
      const [subject = '', ...rest] = c.message.replace(/\n+$/, '').split('\n');
      return { sha: c.sha, subject, body: rest.join('\n').trim(), parents: c.parents };
    })
    .reverse();

  it('v1.3.7..v1.4.0: the markers are the types and leave the text; nothing to group', () => {
    expect(pullRequestRecords(records).records).toEqual(records);
    const { entries } = classifyCommits(records);
    expect(entries.map((e) => [e.pr, e.type, e.section, e.subject])).toEqual([
      [272, null, 'Added', 'Add agentgateway gateway support'],
      [261, 'deps', 'Changed', 'bump actions/github-script from 7.0.1 to 8.0.0'],
      [266, 'deps', 'Changed', 'bump actions/setup-go from 5.4.0 to 6.3.0'],
      [268, null, 'Removed', 'Remove per-repo gh-aw typo/link/upstream workflows'],
      [260, 'deps', 'Changed', 'bump actions/download-artifact from 6.0.0 to 7.0.0'],
      [259, 'feat', 'Added', 'Add governance workflows and tooling conformance'],
      [252, null, 'Changed', 'floatingUserId as boolean'],
      [251, null, 'Added', 'Add OpenShift SCC support for kgateway 2.1.1 deployments'],
      [250, null, 'Changed', 'enable DR for rhoai gateway'],
    ]);
    const out = updateChangelog('', { version: '1.4.0', date: '2026-03-21', entries, repoUrl: 'https://github.com/llm-d-incubation/llm-d-infra', previousTag: 'v1.3.7' });
    // the first word of a sentence, unless it is a name
    expect(out.text).toContain('- Enable DR for rhoai gateway ([#250]');
    expect(out.text).toContain('- floatingUserId as boolean ([#252]');
    expect(out.text).toContain('- **actions:** Bump actions/github-script from 7.0.1 to 8.0.0 ([#261]');
    expect(lintChangelog(out.text, { repoUrl: 'https://github.com/llm-d-incubation/llm-d-infra' })).toEqual([]);
  });

  it('every marker, as an emoji or a shortcode; ⚠ is breaking; a marker alone is a subject', () => {
    const kinds = ['⚠️ drop v1alpha1', ':warning: drop v1alpha1', '✨ queue scaling', ':sparkles: queue scaling', '🐛 nil map', ':bug: nil map', '📖 install guide', '🌱 bump kind', '🏃 hack script', '✨']
      .map((subject, i) => classifyCommits([{ sha: String(i).repeat(40), subject }]).entries[0])
      .map((e) => [e?.type ?? null, e?.breaking ?? null, e?.section ?? null, e?.subject ?? null]);
    expect(kinds).toEqual([
      [null, true, 'Changed', 'drop v1alpha1'],
      [null, true, 'Changed', 'drop v1alpha1'],
      ['feat', false, 'Added', 'queue scaling'],
      ['feat', false, 'Added', 'queue scaling'],
      ['fix', false, 'Fixed', 'nil map'],
      ['fix', false, 'Fixed', 'nil map'],
      ['docs', false, 'Documentation', 'install guide'],
      [null, false, 'Changed', 'bump kind'],
      [null, false, 'Changed', 'hack script'],
      [null, false, 'Changed', '✨'],
    ]);
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

describe('the mainline found while the commits come in', () => {
  // The index follows the first-parent chain as commits arrive (git lists a commit before its
  // parents); in any other order the walk goes on where the chain stopped, so the grouping is the
  // same whatever the order.
  const key = (h: ReturnType<typeof pullRequestRecords>): unknown => ({
    records: [...h.records].map((r) => JSON.stringify(r)).sort(),
    inPullRequests: h.inPullRequests.map((s) => s.sha).sort(),
  });

  it("WVA's v0.0.1..v0.0.2 groups the same in git's order, reversed, and with every mainline parent moved before its child", () => {
    const range = wvaRange('v0.0.1', 'v0.0.2');
    const inOrder = pullRequestRecords(range);
    expect(inOrder.inPullRequests.length).toBeGreaterThan(90);
    // the tip stays first (it is what git lists first); the rest in reverse: every parent before its child
    const reversed = [range[0]!, ...range.slice(1).reverse()];
    expect(key(pullRequestRecords(reversed))).toEqual(key(inOrder));
    // the tip not first: the index cannot take the first commit as the tip
    expect(key(pullRequestRecords([...range].reverse()))).toEqual(key(inOrder));
    // one mainline commit swapped with its first parent: the chain stops there and the walk resumes
    const swapped = [...range];
    const at = swapped.findIndex((c, i) => i > 0 && (c.parents?.length ?? 0) > 1);
    const parentAt = swapped.findIndex((c) => c.sha === swapped[at]!.parents![0]);
    [swapped[at], swapped[parentAt]] = [swapped[parentAt]!, swapped[at]!];
    expect(key(pullRequestRecords(swapped))).toEqual(key(inOrder));
  });
});
