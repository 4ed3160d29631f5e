/** The suite's own release commits are not changes: left out of the entries, the sections and the notes' highlights. */
import { describe, expect, it } from '@jest/globals';
import { classifyCommits, renderNotes, updateChangelog, type CommitRecord } from '../../../actions/lib/changelog/index.js';
import { pullTitle } from '../../../actions/bump-version/target.js';
import { bumpCommitMessage } from '../../../actions/lib/semver/release-commit.js';

const REPO = 'https://github.com/acme/operator';
const sha = (n: number): string => n.toString(16).padStart(40, 'a');

const RANGE: CommitRecord[] = [
  { sha: sha(1), subject: `${pullTitle('release', '0.5.0')} (#12)`, body: 'Release v0.5.0\n\nSee CHANGELOG.md for full details.' },
  { sha: sha(2), subject: 'fix(webhook): refuse maxReplicas below minReplicas (#11)' },
  { sha: sha(3), subject: `${pullTitle('hotfix', '0.4.2')} (#9)` },
  { sha: sha(4), subject: bumpCommitMessage('0.4.2'), body: 'Signed-off-by: github-actions[bot] <bot@example.com>' },
  { sha: sha(5), subject: 'feat(scaler): queue-depth based scale-out (#10)' },
  { sha: sha(6), subject: 'chore: tidy the Makefile' },
];

describe('release commits in a range', () => {
  it('are skipped with the reason release, even when include names chore', () => {
    const { entries, skipped } = classifyCommits(RANGE, { include: ['chore'] });
    expect(entries.map((e) => [e.section, e.subject])).toEqual([
      ['Fixed', 'refuse maxReplicas below minReplicas'],
      ['Added', 'queue-depth based scale-out'],
      ['Changed', 'tidy the Makefile'],
    ]);
    expect(skipped).toEqual([
      { sha: sha(1), reason: 'release' },
      { sha: sha(3), reason: 'release' },
      { sha: sha(4), reason: 'release' },
    ]);
  });

  it('do not reach the CHANGELOG section or the release notes and their highlights', () => {
    const { entries } = classifyCommits(RANGE);
    const section = updateChangelog('# Changelog\n\n## [Unreleased]\n', { version: '0.5.0', date: '2026-02-03', entries, repoUrl: REPO, previousTag: 'v0.4.1' }).section;
    const notes = renderNotes(entries, { version: '0.5.0', repoUrl: REPO, previousTag: 'v0.4.1' });
    for (const text of [section, notes]) {
      expect(text).not.toMatch(/Release v0\.5\.0|Hotfix v0\.4\.2|bump version/);
      expect(text).not.toContain('Changes');
    }
    expect(notes).toContain('Highlights:\n- **scaler:** queue-depth based scale-out\n- **webhook:** refuse maxReplicas below minReplicas\n');
    expect(notes).toContain('This release brings 1 new feature and 1 bug fix.');
  });
});
