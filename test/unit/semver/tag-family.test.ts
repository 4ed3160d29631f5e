/**
 * The image tag family: which of `vX.Y.Z`, `vX.Y`, `vX` and `latest` a release moves (only as the
 * newest release of each line), and where a rollback takes each one back to.
 */
import { describe, expect, it } from '@jest/globals';
import { rollbackMoves, tagFamily } from '../../../actions/lib/semver/tag-family.js';

const TAGS = ['v0.4.0', 'v0.4.1', 'v0.5.0', 'v0.6.0-rc.1', 'v1.0.0', 'v1.1.0', 'v1.1.1', 'v2.0.0', 'nightly', 'chart-1.0.0'];
const moved = (tags: readonly string[], v: string) => tagFamily(tags, v).moves.map((m) => m.tag);

describe('tagFamily', () => {
  it('moves every tag of the family for the newest release', () => {
    expect(moved(TAGS, '2.0.1')).toEqual(['v2.0.1', 'v2.0', 'v2', 'latest']);
    expect(tagFamily(TAGS, '2.0.1')).toMatchObject({ latest: true, previousStable: '2.0.0', stays: [] });
  });

  it('moves the tags of its own line only, for a hotfix of an older line', () => {
    const hotfix = tagFamily(TAGS, '1.1.2');
    expect(hotfix.moves.map((m) => m.tag)).toEqual(['v1.1.2', 'v1.1', 'v1']);
    expect(hotfix.stays).toEqual([{ tag: 'latest', why: 'v2.0.0 is newer in every release' }]);
    expect(moved(TAGS, '1.0.1')).toEqual(['v1.0.1', 'v1.0']);
    expect(tagFamily(TAGS, '1.0.1').stays.map((s) => s.why)).toEqual(['v1.1.1 is newer in the 1.x line', 'v2.0.0 is newer in every release']);
  });

  it('makes no vX for 0.y.z, and counts the release\'s own tag once (a re-run after the tag exists)', () => {
    expect(moved(TAGS, '0.5.1')).toEqual(['v0.5.1', 'v0.5']);
    expect(moved([...TAGS, 'v2.0.1'], '2.0.1')).toEqual(['v2.0.1', 'v2.0', 'v2', 'latest']);
    expect(moved([], '0.1.0')).toEqual(['v0.1.0', 'v0.1', 'latest']);
  });

  it('moves nothing but its own tag for a prerelease, whose newer stable releases do not count against it', () => {
    const rc = tagFamily(TAGS, 'v3.0.0-rc.1');
    expect(rc.moves.map((m) => m.tag)).toEqual(['v3.0.0-rc.1']);
    expect(rc.latest).toBe(false);
    expect(rc.previousStable).toBe('2.0.0');
  });
});

describe('rollbackMoves', () => {
  it('takes each tag the rolled-back release held back to the newest other release of its line', () => {
    expect(rollbackMoves([...TAGS, 'v2.0.1'], '2.0.1')).toEqual([
      { tag: 'v2.0', to: 'v2.0.0' },
      { tag: 'v2', to: 'v2.0.0' },
      { tag: 'latest', to: 'v2.0.0' },
    ]);
    expect(rollbackMoves(TAGS, '1.1.1')).toEqual([
      { tag: 'v1.1', to: 'v1.1.0' },
      { tag: 'v1', to: 'v1.1.0' },
    ]);
  });

  it('leaves a tag whose line has no other release, and moves nothing the release did not hold', () => {
    expect(rollbackMoves(TAGS, '2.0.0')).toEqual([{ tag: 'v2.0' }, { tag: 'v2' }, { tag: 'latest', to: 'v1.1.1' }]);
    expect(rollbackMoves(TAGS, '1.0.0')).toEqual([{ tag: 'v1.0' }]);
  });
});
