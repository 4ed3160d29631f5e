/**
 * The squash-merged release pull request (`Release v0.5.0 (#12)`, the title bump-version
 * gives it) and the bump commit are the release, not a change of it: neither reaches the
 * CHANGELOG section nor the release notes. Real git, the action through the runner harness.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subjectFromPull, type PullInfo } from '../../../actions/changelog/pulls.js';
import { commit, initRepo, tag } from '../../support/git.js';
import { changelog, entriesOf, expectSuccess, read } from './helpers.js';

describe('changelog: the release commits of the suite are left out', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cl-release-commits-'));
    initRepo(dir);
    commit(dir, 'feat: the operator (#1)', { 'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n', '.github/release-actions.yaml': 'changelog-include: [chore]\n' });
    commit(dir, 'Release v0.4.1 (#2)', { VERSION: '0.4.1\n' });
    tag(dir, 'v0.4.1');
    commit(dir, 'feat(scaler): queue-depth based scale-out (#10)', { 'scaler.go': 'package scaler\n' });
    commit(dir, 'Hotfix v0.4.2 (#9)', { VERSION: '0.4.2\n' }); // a hotfix branch merged back after its tag
    commit(dir, 'chore: tidy the Makefile', { Makefile: 'all:\n' });
    commit(dir, 'chore: bump version to v0.5.0', { VERSION: '0.5.0\n' });
    commit(dir, 'Release v0.5.0 (#12)', { 'release.txt': 'squash of the release pull request\n' });
    tag(dir, 'v0.5.0');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('notes: no Changes entry and no highlight for them; the summary counts them as left out', async () => {
    const run = await changelog(dir, { mode: 'notes', version: '0.5.0' }, { repository: 'acme/operator' });
    expectSuccess(run);
    const notes = run.outputs['notes']!;
    expect(entriesOf(run).map((e) => e.subject)).toEqual(['tidy the Makefile', 'queue-depth based scale-out']);
    expect(notes).not.toMatch(/Release v0\.5\.0|Hotfix v0\.4\.2|bump version/);
    expect(notes).toContain('Highlights:\n- **scaler:** queue-depth based scale-out\n');
    expect(run.summary).toMatch(/left out: release\s*\|\s*3/);
  });

  it('update: the section lists the changes only', async () => {
    const run = await changelog(dir, { mode: 'update', version: '0.5.0' }, { repository: 'acme/operator' });
    expectSuccess(run);
    expect(read(dir)).toContain(
      '## [0.5.0] - 2026-02-03\n\n### Added\n- **scaler:** Queue-depth based scale-out ([#10](https://github.com/acme/operator/pull/10))\n\n### Changed\n- Tidy the Makefile (',
    );
    expect(read(dir)).not.toMatch(/Release v0\.5\.0|Hotfix v0\.4\.2|bump version/);
  });

  it("enrichment: a release pull request's title never stands for its commits (a hotfix's cherry-picked fix keeps its own subject)", () => {
    const pull = (title: string): PullInfo => ({ number: 13, title, author: 'alice', labels: ['hotfix'], merged: true, mergeCommitSha: null });
    expect(subjectFromPull('fix(webhook): refuse maxReplicas below minReplicas', pull('Hotfix v0.4.2'))).toBe('fix(webhook): refuse maxReplicas below minReplicas');
    expect(subjectFromPull('chore: bump version to v0.4.2', pull('Hotfix v0.4.2'))).toBe('chore: bump version to v0.4.2');
    expect(subjectFromPull('wip', pull('feat: queue-depth scale-out'))).toBe('feat: queue-depth scale-out');
  });
});
