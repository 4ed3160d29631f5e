/**
 * The current version of a repository is its newest release tag, not what its files say:
 * files drift (a chart bumped by hand, an image tag left behind), tags are what was
 * released. A release tag is a strict SemVer version, `vX.Y.Z` or `X.Y.Z`, in whichever
 * style the repository uses; for a hotfix, the newest tag of its `major.minor` line.
 */
import semver from 'semver';
import { isVersion, stripV } from './version.js';

export interface TagVersion {
  /** The tag as named: `v0.0.2`. */
  tag: string;
  /** Its version without `v`: `0.0.2`. */
  version: string;
}

/** Release tags in either style (prereleases only when asked), newest first; `v0.4.1` wins over `0.4.1` on a tie. */
export function versionTags(tags: readonly string[], opts: { includePrereleases?: boolean } = {}): TagVersion[] {
  return tags
    .filter((t) => isVersion(t) && (opts.includePrereleases || semver.prerelease(stripV(t)) === null))
    .map((tag) => ({ tag, version: stripV(tag) }))
    .sort((a, b) => semver.compare(b.version, a.version) || (a.tag.startsWith('v') ? -1 : 1));
}

/**
 * The newest release tag, or of one `major.minor` line when `line` is given
 * (`0.3` or any `0.3.x` version). A prerelease newer than every release counts:
 * after `v0.5.0-rc.1` the next prerelease is `-rc.2`.
 */
export function currentTag(tags: readonly string[], line?: string): TagVersion | undefined {
  const all = versionTags(tags, { includePrereleases: true });
  if (line === undefined) return all[0];
  const [major, minor] = stripV(line).split('.').map(Number);
  return all.find((t) => semver.major(t.version) === major && semver.minor(t.version) === minor);
}

/** Whether the repository writes its tags with a `v` (the newest tag decides; `v` without any tag). */
export function tagsPrefixed(tags: readonly string[]): boolean {
  const newest = versionTags(tags, { includePrereleases: true })[0];
  return newest ? newest.tag.startsWith('v') : true;
}

/** The tag of `version` that already exists, in either style, or undefined. */
export function existingTag(tags: readonly string[], version: string): string | undefined {
  const v = stripV(version);
  return tags.find((t) => t === v || t === `v${v}`);
}
