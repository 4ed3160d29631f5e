/**
 * Whether the image tags a release would move go backwards by the registry's account. The family
 * (tag-family.ts) is decided from git's release tags; the registry can know a newer release git
 * does not — an image pushed by a release whose git tag was deleted later, or pushed by hand —
 * and then `latest`, `vX` and `vX.Y` would be taken from it back to this release. Each family tag
 * whose line holds a newer stable version tag in the registry is refused. A rollback moves tags
 * back on purpose, and a prerelease moves no family tag. Pure: the tags in, the refusals out.
 */
import * as semver from 'semver';
import { stripV } from './version.js';

export interface BackwardsInput {
  /** The release version, `0.5.1` or `v0.5.1`. */
  version: string;
  /** `release`, `hotfix` or `rollback`. */
  mode: string;
  /** The tags this release would move (tag-family's `moves`): `v0.5.1`, `v0.5`, `latest`. */
  family: readonly string[];
  /** The repository's git tags. */
  gitTags: readonly string[];
  /** The image repository's tags in the registry. */
  registryTags: readonly string[];
}

export interface BackwardsMove {
  /** The family tag that would move back: `latest`, `v0`, `v0.5`. */
  tag: string;
  /** The newest version tag of the tag's line in the registry, newer than the release: `v0.6.0`. */
  newer: string;
  /** Whether git has that version's release tag. */
  inGit: boolean;
}

const FAMILY_TAG = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/;

/** Whether `v` (bare) belongs to the line a family tag stands for. */
function inLineOf(tag: string, v: string): boolean {
  if (tag === 'latest') return true;
  const m = FAMILY_TAG.exec(tag);
  if (!m) return false;
  return semver.major(v) === Number(m[1]) && (m[2] === undefined || semver.minor(v) === Number(m[2]));
}

/**
 * The registry's stable version tags in the style of the release's own tag (`v0.6.0` beside
 * `v0.5.1`, `0.6.0` beside `0.5.1`), newest first, each with its version.
 */
function registryReleases(registryTags: readonly string[], ownTag: string): Array<{ tag: string; version: string }> {
  const prefix = ownTag.startsWith('v') ? 'v' : '';
  return registryTags
    .filter((t) => t.startsWith(prefix) && (prefix === 'v' || !t.startsWith('v')))
    .flatMap((t) => {
      const v = stripV(t);
      return semver.valid(v) === v && !semver.prerelease(v) ? [{ tag: t, version: v }] : [];
    })
    .sort((a, b) => semver.rcompare(a.version, b.version));
}

/** Each family tag the release would move back from a newer release the registry holds. */
export function familyMovesBack(i: BackwardsInput): BackwardsMove[] {
  const v = stripV(i.version);
  if (i.mode === 'rollback' || semver.prerelease(v)) return [];
  const [ownTag = `v${v}`, ...family] = i.family;
  const newer = registryReleases(i.registryTags, ownTag).filter((r) => semver.gt(r.version, v));
  const known = new Set(i.gitTags.filter((t) => semver.valid(stripV(t)) === stripV(t)).map(stripV));
  return family.flatMap((tag) => {
    const holder = newer.find((r) => inLineOf(tag, r.version));
    return holder ? [{ tag, newer: holder.tag, inGit: known.has(holder.version) }] : [];
  });
}

/** The refusal: the image, each tag that would move back and from what, and the ways out. */
export function backwardsRefusal(image: string, version: string, moves: readonly BackwardsMove[]): string {
  const v = stripV(version);
  const what = moves.map((m) => `\`${m.tag}\` back from ${m.newer}`).join(', ');
  const holders = [...new Set(moves.map((m) => m.newer))];
  const newest = holders.reduce((a, b) => (semver.gt(stripV(b), stripV(a)) ? b : a));
  const stray = [...new Set(moves.filter((m) => !m.inGit).map((m) => m.newer))];
  const s = (list: readonly unknown[]): string => (list.length > 1 ? 's' : '');
  const why = stray.length > 0
    ? `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} in the registry but not a tag in git (a release whose git tag was deleted, or an image pushed by hand)`
    : `${holders.join(', ')} ${holders.length > 1 ? 'are tags' : 'is a tag'} in git too, yet not among the releases this family was decided from`;
  return [
    `image ${image}: releasing ${v} would move ${what} to v${v}, since ${why}.`,
    `Fix: if that release stands, restore the git tag${s(holders)} ${holders.join(', ')} (push ${holders.length > 1 ? 'them' : 'it'} again from a clone that has ${holders.length > 1 ? 'them' : 'it'}), so ${v} leaves these tags where they are;`,
    `if it was never released, delete the stray image tag${s(holders)} ${holders.join(', ')} and put ${moves.map((m) => `\`${m.tag}\``).join(', ')} back on the release${s(moves)} ${moves.length > 1 ? 'they belong' : 'it belongs'} to;`,
    `or release a version newer than ${stripV(newest)}. Moving them back on purpose is a rollback (mode: rollback), which this check lets through.`,
  ].join(' ');
}
