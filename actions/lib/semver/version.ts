import semver from 'semver';

/**
 * Versions as the suite accepts them: SemVer 2 `X.Y.Z` with an optional
 * prerelease, an optional leading `v`, and nothing else. Build metadata is refused
 * because Helm and OCI tags cannot carry `+` faithfully, and anything that could be
 * a path or shell fragment is refused before it reaches a file, a ref or a URL.
 */
const STRICT = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;

export interface ParsedVersion {
  /** The version without `v`: `0.5.0`, `0.5.0-rc.1`. */
  version: string;
  /** The text had a leading `v`. */
  prefixed: boolean;
  prerelease: boolean;
}

export type ReleaseType = 'major' | 'minor' | 'patch' | 'prerelease';

/** Why `text` is not a version, or undefined when it is one. */
export function versionProblem(text: string): string | undefined {
  if (text.length === 0) return 'expected a version like 1.2.3 or v1.2.3, got an empty value';
  if (text.length > 128) return 'expected a version like 1.2.3, got a value longer than 128 characters';
  if (/[\s;|&$`'"\\/<>(){}*?!]|\.\./.test(text)) {
    return `expected a version like 1.2.3, got ${JSON.stringify(text)} (it contains characters a version cannot have)`;
  }
  if (text.includes('+')) return `expected a version without build metadata, got ${JSON.stringify(text)}`;
  if (!STRICT.test(text)) {
    return `expected a SemVer 2 version X.Y.Z (optionally v-prefixed, with a -prerelease), got ${JSON.stringify(text)}`;
  }
  return undefined;
}

export function isVersion(text: string): boolean {
  return versionProblem(text) === undefined;
}

/** Parses a version or throws an Error whose message says what was expected. */
export function parseVersion(text: string): ParsedVersion {
  const problem = versionProblem(text);
  if (problem) throw new Error(problem);
  const version = text.startsWith('v') ? text.slice(1) : text;
  return { version, prefixed: text.startsWith('v'), prerelease: version.includes('-') };
}

/** `1.2.3` as a tag: `v1.2.3`. */
export function tagOf(version: string): string {
  return `v${stripV(version)}`;
}

export function stripV(text: string): string {
  return text.startsWith('v') ? text.slice(1) : text;
}

/** Writes `version` in the style of `sample` (keeps or drops the `v`). */
export function inStyleOf(version: string, sample: string): string {
  const bare = stripV(version);
  return sample.trim().startsWith('v') ? `v${bare}` : bare;
}

export function compareVersions(a: string, b: string): number {
  return semver.compare(stripV(a), stripV(b));
}

/** The kind of step from `previous` to `next`. */
export function releaseType(previous: string | undefined, next: string): ReleaseType {
  const n = stripV(next);
  if (semver.prerelease(n)) return 'prerelease';
  if (!previous) return semver.major(n) > 0 ? 'major' : semver.minor(n) > 0 ? 'minor' : 'patch';
  const p = stripV(previous);
  if (semver.major(n) !== semver.major(p)) return 'major';
  if (semver.minor(n) !== semver.minor(p)) return 'minor';
  return 'patch';
}

export type BumpKind = 'major' | 'minor' | 'patch' | 'prerelease';

/**
 * The next version from `current`. A prerelease `0.5.0-rc.1` steps to `0.5.0-rc.2`;
 * from a release, `prerelease` starts the next patch's `-<preid>.1`.
 * A major/minor/patch bump from a prerelease releases that line (as semver does).
 */
export function bump(current: string, kind: BumpKind, preid = 'rc'): string {
  const c = stripV(current);
  if (kind === 'prerelease') {
    const pre = semver.prerelease(c);
    if (pre && pre.length > 0) {
      const id = String(pre[0]);
      if (preid === id || preid === '') {
        const next = semver.inc(c, 'prerelease', id);
        if (!next) throw new Error(`cannot step the prerelease of ${c}`);
        return next;
      }
      return `${semver.major(c)}.${semver.minor(c)}.${semver.patch(c)}-${preid}.1`;
    }
    const patch = semver.inc(c, 'patch');
    if (!patch) throw new Error(`cannot bump ${c}`);
    return `${patch}-${preid}.1`;
  }
  const next = semver.inc(c, kind);
  if (!next) throw new Error(`cannot bump ${c} by ${kind}`);
  return next;
}

/** Release tags (vX.Y.Z, strict) among `tags`, newest first by SemVer, not by date. */
export function sortReleaseTags(tags: readonly string[], opts: { includePrereleases?: boolean } = {}): string[] {
  return tags
    .filter((t) => t.startsWith('v') && isVersion(t))
    .filter((t) => opts.includePrereleases || !semver.prerelease(stripV(t)))
    .sort((a, b) => compareVersions(b, a));
}

/** The release tag just before `version` by SemVer; prereleases only when `version` is one. */
export function previousTag(tags: readonly string[], version: string): string | undefined {
  const v = stripV(version);
  const includePrereleases = semver.prerelease(v) !== null;
  return sortReleaseTags(tags, { includePrereleases }).find((t) => semver.lt(stripV(t), v));
}

/** The newest release tag of the `major.minor` line of `version`. */
export function latestInLine(tags: readonly string[], version: string): string | undefined {
  const v = stripV(version);
  return sortReleaseTags(tags).find((t) => semver.major(stripV(t)) === semver.major(v) && semver.minor(stripV(t)) === semver.minor(v));
}

/** Whether `version` is newer than every stable release in `tags` (so it should be `latest`). */
export function isNewestStable(tags: readonly string[], version: string): boolean {
  const v = stripV(version);
  if (semver.prerelease(v)) return false;
  return sortReleaseTags(tags).every((t) => semver.gte(v, stripV(t)));
}
