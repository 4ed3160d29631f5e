/**
 * The image tags a release moves, as docker/metadata-action's semver patterns name them
 * (`vX.Y.Z`, `vX.Y`, `vX`, `latest`), each moved only by the release that is now the newest of
 * its line: a hotfix of an older line never takes `latest` nor a newer line's `vX`. `vX` is not
 * made for 0.y.z, where every minor may break (SemVer item 4), as metadata-action does not.
 * A rollback moves each tag the rolled-back release held back to the newest other release of
 * the same line. Pure: the repository's release tags and the version in, the decisions out.
 */
import * as semver from 'semver';
import { sortReleaseTags, stripV } from './version.js';

export interface FamilyTag {
  /** `v0.5.1`, `v0.5`, `v0`, `latest`. */
  tag: string;
  /** Why this release moves it (or, in a rollback, where it goes back to). */
  why: string;
}

export interface TagFamily {
  /** `vX.Y.Z`, always first, then each tag of the family this release moves. */
  moves: FamilyTag[];
  /** Tags of the family this release does not move, with the newer release that holds them. */
  stays: FamilyTag[];
  latest: boolean;
  /** The newest stable release before this one (`0.4.1`), '' when there is none. */
  previousStable: string;
}

const stable = (tags: readonly string[]): string[] => sortReleaseTags(tags).map(stripV);

/** The newest of `versions` (bare, newest first) that `inLine` accepts. */
const newest = (versions: readonly string[], inLine: (v: string) => boolean): string | undefined => versions.find(inLine);

function lines(version: string): Array<{ tag: string; inLine: (v: string) => boolean; name: string }> {
  const major = semver.major(version);
  const minor = semver.minor(version);
  const out = [{ tag: `v${major}.${minor}`, inLine: (v: string) => semver.major(v) === major && semver.minor(v) === minor, name: `the ${major}.${minor} line` }];
  if (major > 0) out.push({ tag: `v${major}`, inLine: (v: string) => semver.major(v) === major, name: `the ${major}.x line` });
  out.push({ tag: 'latest', inLine: () => true, name: 'every release' });
  return out;
}

/** What a release of `version` tags, given the repository's release tags (which may hold its own). */
export function tagFamily(tags: readonly string[], version: string): TagFamily {
  const v = stripV(version);
  const others = stable(tags).filter((t) => t !== v);
  const previousStable = others.find((t) => semver.lt(t, v)) ?? '';
  const moves: FamilyTag[] = [{ tag: `v${v}`, why: 'the release itself' }];
  const stays: FamilyTag[] = [];
  if (semver.prerelease(v)) return { moves, stays: lines(semver.coerce(v)?.version ?? v).map((l) => ({ tag: l.tag, why: 'a prerelease moves no tag of its family' })), latest: false, previousStable };
  for (const line of lines(v)) {
    const newer = newest(others, (t) => line.inLine(t) && semver.gt(t, v));
    if (newer) stays.push({ tag: line.tag, why: `v${newer} is newer in ${line.name}` });
    else moves.push({ tag: line.tag, why: `the newest release of ${line.name}` });
  }
  return { moves, stays, latest: moves.some((m) => m.tag === 'latest'), previousStable };
}

export interface RollbackMove {
  tag: string;
  /** The version tag it goes back to (`v0.4.1`); undefined when the line has no other release. */
  to?: string;
}

/** The family tags the rolled-back `version` holds, each with the release it goes back to. */
export function rollbackMoves(tags: readonly string[], version: string): RollbackMove[] {
  const v = stripV(version);
  const held = tagFamily(tags, v).moves.slice(1);
  const others = stable(tags).filter((t) => t !== v && semver.lt(t, v));
  return held.map((m) => {
    const line = lines(v).find((l) => l.tag === m.tag)!;
    const back = newest(others, line.inLine);
    return back ? { tag: m.tag, to: `v${back}` } : { tag: m.tag };
  });
}
