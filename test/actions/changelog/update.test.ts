import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commit, git, initRepo, tag } from '../../support/git.js';
import { buildRepo, type SampleRepo } from '../../support/repos.js';
import { changelog, DATE, entriesOf, expectGolden, expectSuccess, read, readBytes, WVA_URL } from './helpers.js';

/** A fresh copy of the WVA sample repository for a test that writes. */
function wva(): SampleRepo {
  return buildRepo({ fixture: 'wva' });
}

describe('update on the WVA sample repository', () => {
  let repo: SampleRepo;
  beforeAll(() => {
    repo = wva();
  });
  afterAll(() => repo.cleanup());

  it('writes the 0.5.0 section from v0.4.1..HEAD, merged with the hand-written Unreleased lines (golden)', async () => {
    const run = await changelog(repo.dir, { mode: 'update', version: '0.5.0' });
    expectSuccess(run);
    expectGolden('update-wva-0.5.0.md', read(repo.dir));
    expect(run.outputs['changed']).toBe('true');
    expect(run.outputs['previous-version']).toBe('0.4.1');
    expect(run.outputs['version']).toBe('0.5.0');
    expect(run.outputs['section']).toMatch(new RegExp(`^## \\[0\\.5\\.0\\] - ${DATE}\n`));
    // the three commits after v0.4.1; docs is for the notes only, #210 and #215 are hand-written already
    expect(entriesOf(run).map((e) => [e.type, e.scope, e.pr, e.section])).toEqual([
      ['docs', null, null, 'Documentation'],
      ['fix', 'controller', 215, 'Fixed'],
      ['feat', 'scaler', 210, 'Added'],
    ]);
    expect(run.summary).toContain('wrote the section for 0.5.0');
    expect(run.summary).toContain('Range: `v0.4.1` → `HEAD`');
    expect(run.annotations).toEqual([]);
  });

  it('changes nothing when run again for the same version (idempotent), and says so', async () => {
    const before = readBytes(repo.dir);
    const run = await changelog(repo.dir, { mode: 'update', version: '0.5.0', date: '2026-03-01' });
    expectSuccess(run);
    expect(readBytes(repo.dir).equals(before)).toBe(true);
    expect(run.outputs['changed']).toBe('false');
    expect(run.outputs['section']).toContain(`## [0.5.0] - ${DATE}`);
    expect(run.summary).toContain('regenerate: true');
  });

  it('regenerate rebuilds the section, keeps its date and its hand-written lines, and is a no-op on the same history', async () => {
    const before = read(repo.dir);
    const same = await changelog(repo.dir, { mode: 'update', version: '0.5.0', regenerate: 'true' });
    expectSuccess(same);
    expect(read(repo.dir)).toBe(before);
    expect(same.outputs['changed']).toBe('false');

    commit(repo.dir, 'fix(collector): retry the Prometheus query once (#231)');
    const run = await changelog(repo.dir, { mode: 'update', version: '0.5.0', regenerate: 'true' }, { env: { SOURCE_DATE_EPOCH: '1780000000' } });
    expectSuccess(run);
    const after = read(repo.dir);
    expect(run.outputs['changed']).toBe('true');
    expect(after).toContain(`## [0.5.0] - ${DATE}`);
    expect(after).toContain(`- **collector:** Retry the Prometheus query once ([#231](${WVA_URL}/pull/231))`);
    expect(after).toContain('- Queue-depth based scale-out for vLLM backends (#210)');
    expect(after.match(/## \[0\.5\.0\]/g)).toHaveLength(1);
  });
});

describe('update: the range', () => {
  let dir: string;
  let shas: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cl-range-'));
    initRepo(dir);
    shas = {};
    const c = (msg: string, files: Record<string, string> = {}): string => (shas[msg.split('\n')[0]!] = commit(dir, msg, files));
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n');
    c('feat: first import', { 'a.txt': '1' });
    tag(dir, 'v0.1.0');
    c('feat: autoscaling policies');
    tag(dir, 'v0.2.0-rc.1');
    c('fix: policy defaults');
    tag(dir, 'v0.2.0-rc.2');
    c('perf: cache the metrics client');
    tag(dir, 'v0.2.0');
    // a topic branch merged with a merge commit
    git(dir, ['checkout', '-q', '-b', 'topic']);
    c('feat(api): a status subresource', { 'b.txt': '1' });
    git(dir, ['checkout', '-q', 'main']);
    c('fix: leader election timeout', { 'c.txt': '1' });
    git(dir, ['merge', '-q', '--no-ff', '-m', "Merge branch 'topic'", 'topic']);
    // a commit and its revert (cancel out), and a revert of something older (stays)
    const burst = c('feat: experimental burst mode');
    c(`Revert "feat: experimental burst mode"\n\nThis reverts commit ${burst}.\n`);
    c(`Revert "perf: cache the metrics client"\n\nThis reverts commit ${shas['perf: cache the metrics client']}.\n`);
    c('Tidy the e2e harness');
    c('chore: bump tools');
    c('feat!: drop the v1alpha1 API\n\nBREAKING CHANGE: migrate to v1beta1 first');
    tag(dir, 'v0.3.0');
    c('fix: after the tag');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('0.3.0: from v0.2.0 to the tag v0.3.0; merges skipped, the revert pair cancelled, a non-conventional subject under Changed', async () => {
    const run = await changelog(dir, { mode: 'update', version: '0.3.0', path: 'NEW.md' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('0.2.0');
    const entries = entriesOf(run);
    expect(entries.map((e) => `${e.section}${e.breaking ? '!' : ''}: ${e.subject}`)).toEqual([
      'Changed!: drop the v1alpha1 API',
      'Changed: Tidy the e2e harness',
      'Removed: Revert "perf: cache the metrics client"',
      'Fixed: leader election timeout',
      'Added: a status subresource',
    ]);
    const text = read(dir, 'NEW.md');
    expectGolden('update-range-0.3.0.md', text);
    expect(text).not.toContain('after the tag');
    expect(text).not.toContain('burst');
    expect(text).not.toContain('Merge branch');
    expect(text).not.toContain('bump tools');
    expect(text).toContain('- **BREAKING** Drop the v1alpha1 API');
    expect(text).toContain('  migrate to v1beta1 first');
    expect(text).toContain(`[0.3.0]: ${WVA_URL}/compare/v0.2.0...v0.3.0`);
  });

  it('0.2.0: from v0.1.0, the release candidates skipped (their commits included)', async () => {
    const run = await changelog(dir, { mode: 'update', version: '0.2.0', path: 'RC.md' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('0.1.0');
    expect(entriesOf(run).map((e) => e.subject)).toEqual(['cache the metrics client', 'policy defaults', 'autoscaling policies']);
  });

  it('0.2.0-rc.2: a prerelease starts from the previous prerelease', async () => {
    const run = await changelog(dir, { mode: 'update', version: '0.2.0-rc.2', path: 'RC2.md' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('0.2.0-rc.1');
    expect(entriesOf(run).map((e) => e.subject)).toEqual(['policy defaults']);
    expect(read(dir, 'RC2.md')).toContain(`[0.2.0-rc.2]: ${WVA_URL}/compare/v0.2.0-rc.1...v0.2.0-rc.2`);
  });

  it('0.1.0, a first release: the whole history up to its tag, a releases/tag link', async () => {
    const run = await changelog(dir, { mode: 'update', version: '0.1.0', path: 'FIRST.md' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('');
    expect(entriesOf(run).map((e) => e.subject)).toEqual(['first import']);
    expect(read(dir, 'FIRST.md')).toContain(`[0.1.0]: ${WVA_URL}/releases/tag/v0.1.0`);
  });

  it('explicit from / to, and changelog-include from the configuration', async () => {
    writeFileSync(join(dir, 'cfg.yaml'), 'changelog-include: [chore]\n');
    const run = await changelog(dir, { mode: 'update', version: '0.3.0', from: shas['Tidy the e2e harness']!, to: 'v0.3.0', path: 'RANGE.md', config: 'cfg.yaml' });
    expectSuccess(run);
    expect(entriesOf(run).map((e) => `${e.section}: ${e.subject}`)).toEqual(['Changed: drop the v1alpha1 API', 'Changed: bump tools']);
    // a SHA is no release: the compare link still starts from the release before
    expect(run.outputs['previous-version']).toBe('0.2.0');
  });

  it('a missing file is created with the Keep a Changelog header', async () => {
    const run = await changelog(dir, { mode: 'update', version: '0.3.0', path: 'docs/CHANGES.md' });
    expectSuccess(run);
    expect(read(dir, 'docs/CHANGES.md')).toMatch(/^# Changelog\n[\s\S]*## \[Unreleased\]\n\n## \[0\.3\.0\] - 2026-02-03\n/);
    expect(run.summary).toContain('created docs/CHANGES.md');
  });

  it('0.4.0: previous by SemVer (v0.3.0), not the backport tagged later (v0.2.1); to HEAD without a tag', async () => {
    // a backport of the 0.2 line, tagged after v0.3.0: the newest tag by date
    git(dir, ['checkout', '-q', '-b', 'release-0.2', 'v0.2.0']);
    commit(dir, 'fix: backported leader election timeout');
    tag(dir, 'v0.2.1');
    git(dir, ['checkout', '-q', 'main']);
    const run = await changelog(dir, { mode: 'update', version: '0.4.0', path: 'NEXT.md' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('0.3.0');
    expect(entriesOf(run).map((e) => e.subject)).toEqual(['after the tag']);
    expect(run.summary).toContain('Range: `v0.3.0` → `HEAD`');
  });
});
