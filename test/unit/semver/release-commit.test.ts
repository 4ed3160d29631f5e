/** The suite's release commit texts: what bump-version builds is exactly what the changelog recognises. */
import { describe, expect, it } from '@jest/globals';
import { pullTitle, MODES } from '../../../actions/bump-version/target.js';
import { bumpCommitMessage, isReleaseCommit, releasePullTitle } from '../../../actions/lib/semver/release-commit.js';

const VERSIONS = ['0.5.0', 'v0.4.2', '1.0.0-rc.1', '10.20.30', '0.1.0-alpha.beta.3'];

describe('release commit texts', () => {
  it('builds the titles of the release process', () => {
    expect(MODES.map((m) => releasePullTitle(m, 'v0.5.0'))).toEqual(['Release v0.5.0', 'Hotfix v0.5.0', 'Backport v0.5.0']);
    expect(bumpCommitMessage('0.5.0')).toBe('chore: bump version to v0.5.0');
  });

  it('recognises every title bump-version gives a pull request and its commit, bare or squash-merged (#N)', () => {
    const built = [...MODES.flatMap((m) => VERSIONS.map((v) => pullTitle(m, v))), ...VERSIONS.map(bumpCommitMessage)];
    expect(built).toHaveLength(MODES.length * VERSIONS.length + VERSIONS.length);
    for (const text of built) {
      expect([text, isReleaseCommit(text)]).toEqual([text, true]);
      expect([text, isReleaseCommit(`${text} (#12)`)]).toEqual([text, true]);
      expect([text, isReleaseCommit(` ${text} (#4711) `)]).toEqual([text, true]);
    }
  });

  it('recognises nothing else: near misses are changes', () => {
    const others = [
      'Release notes for v0.5.0',
      'Release v0.5.0 draft',
      'release v0.5.0',
      'Release 0.5.0',
      'Release v0.5',
      'Release vv0.5.0',
      'Release v0.5.0+build.1',
      'Hotfix v0.4.2: webhook',
      'fix: release v0.5.0 tag',
      'chore: bump version to 0.5.0',
      'chore: bump version to v0.5.0 and the chart',
      'chore(deps): bump version to v0.5.0',
      'chore(release): v0.5.0',
      'Release v0.5.0 (#12) (#13)',
      'Release v0.5.0 (12)',
      '',
    ];
    expect(others.filter(isReleaseCommit)).toEqual([]);
  });
});
