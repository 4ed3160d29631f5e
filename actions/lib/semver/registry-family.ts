/**
 * Whether the image tags a release would move go backwards by the registry's account. The family
 * (tag-family.ts) is decided from git's release tags; the registry can know a newer release git
 * does not — an image pushed by a release whose git tag was deleted later, or pushed by hand —
 * and then `latest`, `vX` and `vX.Y` would be taken from it back to this release. Each family tag
 * whose line holds a newer stable release in the registry is refused: a version tag (`v0.6.0`),
 * or a line tag (`v0.6`, `v1`), which stands for a release of its line even when the version
 * tag itself is gone. A rollback moves tags back on purpose, and a prerelease moves no family
 * tag. Pure: the tags in, the refusals out.
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
  /** The registry's newest tag of the family tag's line, newer than the release: `v0.6.0`, or a line tag `v0.6`. */
  newer: string;
  /** `newer` is a line tag: the registry holds some release of that line, which version is not told. */
  line: boolean;
  /** Whether git has that release's tag (for a line tag: a release of that line). */
  inGit: boolean;
}

/** A registry tag that names a release: its version, or for a line tag the first version of the line. */
interface Held {
  tag: string;
  version: string;
  line: boolean;
}

const LINE_TAG = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/;

/** Whether `v` (bare) belongs to the line a line tag (`v0.5`, `v1`) or `latest` stands for. */
function inLineOf(tag: string, v: string): boolean {
  if (tag === 'latest') return true;
  const m = LINE_TAG.exec(tag);
  if (!m) return false;
  return semver.major(v) === Number(m[1]) && (m[2] === undefined || semver.minor(v) === Number(m[2]));
}

/** `v0.6.0` / `0.6.0` in the style of the release's own tag, or a line tag `v0.6`, `v1`. */
function held(tag: string, prefix: string): Held | undefined {
  if (tag.startsWith(prefix) && (prefix === 'v' || !tag.startsWith('v'))) {
    const v = stripV(tag);
    if (semver.valid(v) === v && !semver.prerelease(v)) return { tag, version: v, line: false };
  }
  const m = LINE_TAG.exec(tag);
  return m ? { tag, version: `${m[1]}.${m[2] ?? 0}.0`, line: true } : undefined;
}

/** The releases the registry's tags name, newest first; a version tag before a line tag of the same version. */
function registryReleases(registryTags: readonly string[], ownTag: string): Held[] {
  const prefix = ownTag.startsWith('v') ? 'v' : '';
  return registryTags
    .flatMap((t) => held(t, prefix) ?? [])
    .sort((a, b) => semver.rcompare(a.version, b.version) || Number(a.line) - Number(b.line));
}

/** Each family tag the release would move back from a newer release the registry holds. */
export function familyMovesBack(i: BackwardsInput): BackwardsMove[] {
  const v = stripV(i.version);
  if (i.mode === 'rollback' || semver.prerelease(v)) return [];
  const [ownTag = `v${v}`, ...family] = i.family;
  const newer = registryReleases(i.registryTags, ownTag).filter((r) => semver.gt(r.version, v));
  const known = i.gitTags.map(stripV).filter((t) => semver.valid(t) === t && !semver.prerelease(t));
  return family.flatMap((tag) => {
    const holder = newer.find((r) => inLineOf(tag, r.version));
    if (!holder) return [];
    const inGit = holder.line ? known.some((k) => inLineOf(holder.tag, k)) : known.includes(holder.version);
    return [{ tag, newer: holder.tag, line: holder.line, inGit }];
  });
}

const plural = (list: readonly unknown[], one: string, many: string): string => (list.length > 1 ? many : one);

/** `v0.6.0 is in the registry but not a tag in git`, `v0.6 is in the registry but no 0.6 release is a tag in git`. */
function whyNewer(moves: readonly BackwardsMove[]): string {
  const stray = unique(moves.filter((m) => !m.inGit));
  if (stray.length === 0) {
    const holders = unique(moves).map((m) => m.newer);
    return `${holders.join(', ')} ${plural(holders, 'is a tag', 'are tags')} in git too, yet not among the releases this family was decided from`;
  }
  const versions = stray.filter((m) => !m.line).map((m) => m.newer);
  const told = [
    ...(versions.length > 0 ? [`${versions.join(', ')} ${plural(versions, 'is', 'are')} in the registry but not a tag in git`] : []),
    ...stray.filter((m) => m.line).map((m) => `${m.newer} is in the registry but no ${lineName(m.newer)} release is a tag in git`),
  ];
  return `${told.join('; ')} (a release whose git tag was deleted, or an image pushed by hand)`;
}

/** `0.6`, `1.x`: the line a line tag stands for. */
const lineName = (tag: string): string => (tag.includes('.') ? stripV(tag) : `${stripV(tag)}.x`);

/** The version a move's registry tag names (a line tag: the first of its line). */
const versionOf = (m: BackwardsMove): string => held(m.newer, m.newer.startsWith('v') ? 'v' : '')?.version ?? '0.0.0';

/** One move per registry tag that holds a family tag. */
function unique(moves: readonly BackwardsMove[]): BackwardsMove[] {
  return moves.filter((m, i) => moves.findIndex((o) => o.newer === m.newer) === i);
}

/** The refusal: the image, each tag that would move back and from what, and the ways out. */
export function backwardsRefusal(image: string, version: string, moves: readonly BackwardsMove[]): string {
  const v = stripV(version);
  const holders = unique(moves);
  const what = moves.map((m) => `\`${m.tag}\` back from ${m.newer}`).join(', ');
  const versions = holders.filter((m) => !m.line).map((m) => m.newer);
  const restore = [
    ...(versions.length > 0 ? [`the git ${plural(versions, 'tag', 'tags')} ${versions.join(', ')}`] : []),
    ...holders.filter((m) => m.line).map((m) => `the git tag of the release ${m.newer} holds`),
  ];
  const it = plural(holders, 'it', 'them');
  const newest = holders.reduce((a, b) => (semver.gt(versionOf(b), versionOf(a)) ? b : a));
  const beyond = newest.line ? `every ${lineName(newest.newer)} release` : stripV(newest.newer);
  return [
    `image ${image}: releasing ${v} would move ${what} to v${v}, since ${whyNewer(moves)}.`,
    `Fix: if that release stands, restore ${restore.join(' and ')} (push ${it} again from a clone that has ${it}), so ${v} leaves these tags where they are;`,
    `if it was never released, delete the stray image ${plural(holders, 'tag', 'tags')} ${holders.map((m) => m.newer).join(', ')} and put ${moves.map((m) => `\`${m.tag}\``).join(', ')} back on the ${plural(moves, 'release it belongs', 'releases they belong')} to;`,
    `or release a version newer than ${beyond}. Moving them back on purpose is a rollback (mode: rollback), which this check lets through.`,
  ].join(' ');
}
