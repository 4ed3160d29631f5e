import { describe, expect, it } from '@jest/globals';
import {
  type BumpKind,
  bump,
  inStyleOf,
  isNewestStable,
  latestInLine,
  parseVersion,
  previousTag,
  releaseType,
  sortReleaseTags,
  versionProblem,
} from '../../../actions/lib/semver/version.js';

describe('parseVersion', () => {
  it.each([
    ['0.5.0', '0.5.0', false, false],
    ['v0.5.0', '0.5.0', true, false],
    ['v1.0.0-rc.1', '1.0.0-rc.1', true, true],
    ['10.20.30-alpha.beta-1', '10.20.30-alpha.beta-1', false, true],
  ])('accepts %s', (text, version, prefixed, prerelease) => {
    expect(parseVersion(text)).toEqual({ version, prefixed, prerelease });
  });

  it.each([
    ['1.2', 'SemVer 2'],
    ['1.2.3.4', 'SemVer 2'],
    ['v01.2.3', 'SemVer 2'],
    ['1.2.3+build', 'build metadata'],
    ['v1.2.3$(id)', 'characters'],
    ['v1.2.3`id`', 'characters'],
    ['v1.2.3;curl${IFS}x|sh', 'characters'],
    ['-v1', 'SemVer 2'],
    ['../1.2.3', 'characters'],
    ['1.2.3\n', 'characters'],
    ['', 'empty'],
    ['V1.2.3', 'SemVer 2'],
    ['1.2.3-01', 'SemVer 2'],
  ])('refuses %j', (text, fragment) => {
    expect(versionProblem(text)).toContain(fragment);
    expect(() => parseVersion(text)).toThrow(fragment);
  });
});

describe('bump', () => {
  const cases: [string, BumpKind, string][] = [
    ['0.4.1', 'patch', '0.4.2'],
    ['0.4.1', 'minor', '0.5.0'],
    ['0.4.1', 'major', '1.0.0'],
    ['v0.4.1', 'patch', '0.4.2'],
    ['0.5.0-rc.1', 'prerelease', '0.5.0-rc.2'],
    ['0.4.1', 'prerelease', '0.4.2-rc.1'],
    ['0.5.0-rc.3', 'patch', '0.5.0'],
  ];
  it.each(cases)('%s by %s is %s', (from, kind, to) => {
    expect(bump(from, kind)).toBe(to);
  });

  it('honours a preid', () => {
    expect(bump('0.4.1', 'prerelease', 'beta')).toBe('0.4.2-beta.1');
    expect(bump('0.5.0-rc.2', 'prerelease', 'beta')).toBe('0.5.0-beta.1');
  });
});

describe('styles and order', () => {
  it('keeps the prefix style of the sample', () => {
    expect(inStyleOf('0.5.0', 'v0.4.1')).toBe('v0.5.0');
    expect(inStyleOf('v0.5.0', '0.4.1')).toBe('0.5.0');
  });

  it('classifies release types', () => {
    expect(releaseType('0.4.1', '0.5.0')).toBe('minor');
    expect(releaseType('0.4.1', '0.4.2')).toBe('patch');
    expect(releaseType('0.4.1', '1.0.0')).toBe('major');
    expect(releaseType('0.4.1', '0.5.0-rc.1')).toBe('prerelease');
  });

  const tags = ['v0.10.0', 'v0.9.0', 'v0.2.0', 'v0.10.1-rc.1', 'v0.3.0', 'not-a-version', 'v0.9.1', '0.11.0'];

  it('sorts release tags by SemVer, not by text', () => {
    expect(sortReleaseTags(tags)).toEqual(['v0.10.0', 'v0.9.1', 'v0.9.0', 'v0.3.0', 'v0.2.0']);
    expect(sortReleaseTags(tags, { includePrereleases: true })[0]).toBe('v0.10.1-rc.1');
  });

  it('finds the previous release, skipping prereleases for a release', () => {
    expect(previousTag(tags, '0.11.0')).toBe('v0.10.0');
    expect(previousTag(tags, '0.10.1')).toBe('v0.10.0');
    expect(previousTag(tags, '0.10.1-rc.2')).toBe('v0.10.1-rc.1');
    expect(previousTag(tags, '0.2.0')).toBeUndefined();
  });

  it('finds the latest tag of a minor line and the newest stable', () => {
    expect(latestInLine(tags, '0.9.5')).toBe('v0.9.1');
    expect(isNewestStable(tags, '0.10.1')).toBe(true);
    expect(isNewestStable(tags, '0.9.2')).toBe(false);
    expect(isNewestStable(tags, '1.0.0-rc.1')).toBe(false);
  });
});

describe('versionInput', () => {
  it('reads explicit versions, keywords and the tag of the run', async () => {
    const { versionInput } = await import('../../../actions/lib/semver/input.js');
    const f = versionInput({ keywords: ['major', 'auto'], fromTag: true, env: { GITHUB_REF: 'refs/tags/v0.5.0' } });
    expect(f.read('version', 'v1.2.3')).toBe('1.2.3');
    expect(f.read('version', 'auto')).toBe('auto');
    expect(f.read('version', '')).toBe('0.5.0');
    expect(() => f.read('version', 'v1.2.3;id')).toThrow("input 'version': expected a version like 1.2.3");
    const noTag = versionInput({ fromTag: true, env: { GITHUB_REF: 'refs/heads/main' } });
    expect(() => noTag.read('version', '')).toThrow('the run was not started by a tag: GITHUB_REF=refs/heads/main');
    const badTag = versionInput({ fromTag: true, env: { GITHUB_REF: 'refs/tags/release-1' } });
    expect(() => badTag.read('version', '')).toThrow('the tag that started the run is not a version');
  });
});
