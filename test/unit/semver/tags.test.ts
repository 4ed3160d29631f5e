import { describe, expect, it } from '@jest/globals';
import { currentTag, existingTag, tagsPrefixed, versionTags } from '../../../actions/lib/semver/tags.js';

describe('the current version from the tags', () => {
  const WVA = ['v0.0.1', 'v0.0.2', 'nightly', 'v0.0.2-rc.1', 'latest'];

  it('is the newest release tag by SemVer, not by name or date', () => {
    expect(currentTag(WVA)).toEqual({ tag: 'v0.0.2', version: '0.0.2' });
    expect(currentTag(['v0.9.0', 'v0.10.0', 'v0.2.0'])?.tag).toBe('v0.10.0');
    expect(currentTag([])).toBeUndefined();
    expect(currentTag(['latest', 'release-1'])).toBeUndefined();
  });

  it('counts a prerelease newer than every release, so prerelease steps from it', () => {
    expect(currentTag(['v0.4.1', 'v0.5.0-rc.1'])?.version).toBe('0.5.0-rc.1');
    expect(currentTag(['v0.5.0', 'v0.5.0-rc.1'])?.version).toBe('0.5.0');
  });

  it('takes bare tags as the repository writes them, and a line for a hotfix', () => {
    expect(currentTag(['1.3.9', '1.4.0'])).toEqual({ tag: '1.4.0', version: '1.4.0' });
    expect(currentTag(['v0.3.1', 'v0.3.2', 'v0.4.0'], 'v0.3.1')?.tag).toBe('v0.3.2');
    expect(currentTag(['v0.3.1', 'v0.4.0'], '0.5')).toBeUndefined();
  });

  it('lists release tags newest first, prereleases only when asked, v first on a tie', () => {
    expect(versionTags(['0.4.1', 'v0.4.1', 'v0.5.0-rc.1', 'v0.4.0']).map((t) => t.tag)).toEqual(['v0.4.1', '0.4.1', 'v0.4.0']);
    expect(versionTags(['v0.5.0-rc.1', 'v0.4.0'], { includePrereleases: true }).map((t) => t.tag)).toEqual(['v0.5.0-rc.1', 'v0.4.0']);
  });

  it('knows the style of the tags and which version is already tagged', () => {
    expect(tagsPrefixed(WVA)).toBe(true);
    expect(tagsPrefixed(['1.4.0', '1.3.9'])).toBe(false);
    expect(tagsPrefixed([])).toBe(true);
    expect(existingTag(WVA, '0.0.2')).toBe('v0.0.2');
    expect(existingTag(['1.4.0'], 'v1.4.0')).toBe('1.4.0');
    expect(existingTag(WVA, '0.1.0')).toBeUndefined();
  });
});
