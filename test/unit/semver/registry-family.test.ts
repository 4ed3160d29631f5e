/**
 * familyMovesBack: the family tags a release would take back from a newer release that the
 * registry holds and git may not know, as plain tables.
 */
import { describe, expect, it } from '@jest/globals';
import { backwardsRefusal, familyMovesBack, type BackwardsInput } from '../../../actions/lib/semver/registry-family.js';
import { tagFamily } from '../../../actions/lib/semver/tag-family.js';

const GIT = ['v0.4.0', 'v0.4.1', 'v0.5.0'];
const REGISTRY = ['v0.4.0', 'v0.4.1', 'v0.5.0', 'v0.6.0', 'v0.6', 'latest', 'sha-1a2b3c4'];

/** The release as the order phase sees it: the family from git, the registry's tags beside it. */
const input = (version: string, registryTags: readonly string[], over: Partial<BackwardsInput> = {}): BackwardsInput => ({
  version,
  mode: 'release',
  family: tagFamily(over.gitTags ?? GIT, version).moves.map((m) => m.tag),
  gitTags: GIT,
  registryTags,
  ...over,
});
const back = (i: BackwardsInput): string[] => familyMovesBack(i).map((m) => `${m.tag}<${m.newer}${m.line ? ' (a line)' : ''}${m.inGit ? '' : ' (not in git)'}`);

describe('familyMovesBack', () => {
  it.each<[string, string, readonly string[], string[]]>([
    ['a stray v0.6.0 holds latest', '0.5.1', REGISTRY, ['latest<v0.6.0 (not in git)']],
    ['its own line too: a stray v0.5.2', '0.5.1', ['v0.5.0', 'v0.5.2', 'latest'], ['v0.5<v0.5.2 (not in git)', 'latest<v0.5.2 (not in git)']],
    ['the newest in the registry is the newer of two', '0.5.1', ['v0.6.0', 'v0.7.1', 'v0.7.0'], ['latest<v0.7.1 (not in git)']],
    ['vX for 1.y.z: a stray v1.3.0 holds v1 and latest', '1.2.4', ['v1.2.3', 'v1.3.0'], ['v1<v1.3.0 (not in git)', 'latest<v1.3.0 (not in git)']],
    ['a newer major holds only latest', '1.2.4', ['v2.0.0'], ['latest<v2.0.0 (not in git)']],
    ['the newest release: nothing newer', '0.6.1', REGISTRY, []],
    ['a re-run: its own tags already in the registry', '0.5.0', ['v0.5.0', 'v0.5', 'latest'], []],
    ['a first release: an empty registry', '0.1.0', [], []],
    ['a newer prerelease moves nothing back', '0.5.1', ['v0.6.0-rc.1', 'latest'], []],
    ['tags in another style, or no versions at all', '0.5.1', ['0.6.0', 'v0.6.0.1', 'v06', 'nightly', 'sha-0.6.0', 'main', 'latest'], []],
    ['a line tag whose version tag is gone: v0.6', '0.5.1', ['v0.5.0', 'v0.6', 'latest'], ['latest<v0.6 (a line) (not in git)']],
    ['a major line tag: v1', '0.5.1', ['v1', 'latest'], ['latest<v1 (a line) (not in git)']],
    ['a version tag before the line tag of the same release', '0.5.1', ['v0.6', 'v0.6.0'], ['latest<v0.6.0 (not in git)']],
    ['its own line tag, or an older one, is no newer release', '0.5.1', ['v0.5', 'v0.4', 'v0', 'latest'], []],
  ])('%s', (_what, version, registry, expected) => {
    expect(back(input(version, registry))).toEqual(expected);
  });

  it('reads the registry in the style of the release tag: bare tags beside a bare version tag', () => {
    expect(back(input('0.5.1', ['0.6.0', 'v0.7.0'], { family: ['0.5.1', 'v0.5', 'latest'] }))).toEqual(['latest<0.6.0 (not in git)']);
  });

  // WVA's release tags (v0.0.1, v0.0.2) and what its former ci-release.yaml left in ghcr.io: it
  // pushed `$IMAGE:<tag>` and `$IMAGE:latest` for every `v*` tag push, release candidates included
  it('reads what a former workflow that tagged latest on every v* push left: a candidate does not count, a deleted tag does', () => {
    const git = ['v0.0.1', 'v0.0.2'];
    const release = (registry: readonly string[]) => back(input('0.0.3', registry, { gitTags: git }));
    expect(release(['v0.0.1', 'v0.0.2', 'v0.1.0-rc.1', 'latest'])).toEqual([]);
    expect(release(['v0.0.1', 'v0.0.2', 'v0.1.0', 'latest'])).toEqual(['latest<v0.1.0 (not in git)']);
    expect(release(['v0.0.1', 'v0.0.2', 'v0.0.4', 'latest'])).toEqual(['v0.0<v0.0.4 (not in git)', 'latest<v0.0.4 (not in git)']);
  });

  it('lets a rollback through, and a prerelease, which moves no family tag', () => {
    expect(back(input('0.5.0', REGISTRY, { mode: 'rollback' }))).toEqual([]);
    expect(back(input('0.5.1-rc.1', REGISTRY))).toEqual([]);
  });

  it('says when git knows the newer version (a family decided from other tags than the checkout holds)', () => {
    expect(back(input('0.5.1', REGISTRY, { gitTags: [...GIT, 'v0.6.0'], family: ['v0.5.1', 'v0.5', 'latest'] }))).toEqual(['latest<v0.6.0']);
  });
});

describe('backwardsRefusal', () => {
  it('names the image, each tag and the version that holds it, why, and the ways out', () => {
    const message = backwardsRefusal('ghcr.io/org/op', '0.5.1', familyMovesBack(input('0.5.1', ['v0.5.2', 'v0.6.0'])));
    expect(message).toBe(
      'image ghcr.io/org/op: releasing 0.5.1 would move `v0.5` back from v0.5.2, `latest` back from v0.6.0 to v0.5.1, since v0.5.2, v0.6.0 are in the registry but not a tag in git ' +
        '(a release whose git tag was deleted, or an image pushed by hand). Fix: if that release stands, restore the git tags v0.5.2, v0.6.0 (push them again from a clone that has them), ' +
        'so 0.5.1 leaves these tags where they are; if it was never released, delete the stray image tags v0.5.2, v0.6.0 and put `v0.5`, `latest` back on the releases they belong to; ' +
        'or release a version newer than 0.6.0. Moving them back on purpose is a rollback (mode: rollback), which this check lets through.',
    );
  });

  it('says of a line tag that it stands for a release of its line, and which releases would be newer', () => {
    const message = backwardsRefusal('ghcr.io/org/op', '0.5.1', familyMovesBack(input('0.5.1', ['v0.6', 'latest'])));
    expect(message).toContain('would move `latest` back from v0.6 to v0.5.1, since v0.6 is in the registry but no 0.6 release is a tag in git (');
    expect(message).toContain('Fix: if that release stands, restore the git tag of the release v0.6 holds (push it again from a clone that has it)');
    expect(message).toContain('or release a version newer than every 0.6 release.');
    expect(backwardsRefusal('ghcr.io/org/op', '0.5.1', familyMovesBack(input('0.5.1', ['v1'])))).toContain('no 1.x release is a tag in git');
  });

  it('reads a bare-style registry in its own style for the newest release', () => {
    expect(backwardsRefusal('ghcr.io/org/op', '0.5.1', [{ tag: 'latest', newer: '0.7.0', line: false, inGit: false }, { tag: 'v0.5', newer: '0.5.2', line: false, inGit: false }])).toContain('or release a version newer than 0.7.0.');
  });

  it('names one tag in the singular, and says when git has the version', () => {
    const stray = backwardsRefusal('ghcr.io/org/op', 'v0.5.1', [{ tag: 'latest', newer: 'v0.6.0', line: false, inGit: false }]);
    expect(stray).toMatch(/^image ghcr.io\/org\/op: releasing 0.5.1 would move `latest` back from v0.6.0 to v0.5.1, since v0.6.0 is in the registry but not a tag in git /);
    expect(stray).toContain('restore the git tag v0.6.0 (push it again from a clone that has it)');
    expect(stray).toContain('delete the stray image tag v0.6.0 and put `latest` back on the release it belongs to;');
    const known = backwardsRefusal('ghcr.io/org/op', '0.5.1', [{ tag: 'latest', newer: 'v0.6.0', line: false, inGit: true }]);
    expect(known).toContain('since v0.6.0 is a tag in git too, yet not among the releases this family was decided from.');
  });
});
