/**
 * Where a bump starts and what it is called: the release line, the tag a hotfix or
 * backport starts from, the branch name, and the next version from a keyword. Pure.
 */
import { ActionError } from '../lib/runner/errors.js';
import { releasePullTitle } from '../lib/semver/release-commit.js';
import { bump, latestInLine, sortReleaseTags, stripV, type BumpKind } from '../lib/semver/version.js';

export const MODES = ['release', 'hotfix', 'backport'] as const;
export type Mode = (typeof MODES)[number];

export const KEYWORDS = ['major', 'minor', 'patch', 'prerelease', 'auto'] as const;
export type Keyword = (typeof KEYWORDS)[number];

/** Keywords a hotfix or backport accepts: both are patch releases of an existing line. */
export const PATCH_KEYWORDS: readonly Keyword[] = ['patch', 'prerelease'];

export function isKeyword(value: string): value is Keyword {
  return (KEYWORDS as readonly string[]).includes(value);
}

/** A `major.minor` release line. */
export interface Line {
  major: number;
  minor: number;
}

const LINE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?)?$/;

/** `0.3`, `v0.3`, `v0.3.1` → the 0.3 line; undefined for anything else. */
export function parseLine(text: string): Line | undefined {
  const m = LINE.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

export function lineOf(version: string): Line {
  const line = parseLine(stripV(version));
  if (!line) throw new ActionError(`expected a version, got ${JSON.stringify(version)}`);
  return line;
}

export function lineText(line: Line): string {
  return `${line.major}.${line.minor}`;
}

function sameLine(a: Line, b: Line): boolean {
  return a.major === b.major && a.minor === b.minor;
}

/** The branch holding the bump: `release-v0.5.0` (prefix configurable), `hotfix-v0.4.2`, `backport-v0.3.2`. */
export function branchName(mode: Mode, version: string, releasePrefix = 'release-v'): string {
  const v = stripV(version);
  if (mode === 'hotfix') return `hotfix-v${v}`;
  if (mode === 'backport') return `backport-v${v}`;
  return `${releasePrefix}${v}`;
}

/** The release pull request's title; the changelog recognises it (lib/semver/release-commit.ts) and leaves it out. */
export function pullTitle(mode: Mode, version: string): string {
  return releasePullTitle(mode, version);
}

export interface StartTagRequest {
  mode: Exclude<Mode, 'release'>;
  /** An explicit version (no `v`) or a patch keyword. */
  version: string;
  /** The `base` input, when given. */
  base?: string;
  /** Every tag of the repository. */
  tags: readonly string[];
}

/**
 * The release tag a hotfix or backport starts from: the newest release of the line
 * named by `base`, else of the explicit version's line, else (hotfix with a keyword)
 * the newest line released.
 */
export function startTag(req: StartTagRequest): { tag: string; line: Line } {
  const explicit = !isKeyword(req.version);
  const baseLine = req.base ? parseLine(req.base) : undefined;
  if (req.base && !baseLine) throw new ActionError(`input 'base': expected a release line like 0.3, v0.3 or v0.3.1, got ${JSON.stringify(req.base)}`);
  let line: Line | undefined;
  if (explicit) {
    line = lineOf(req.version);
    if (baseLine && !sameLine(baseLine, line)) {
      throw new ActionError(`version ${req.version} is not in the ${lineText(baseLine)} line named by base; expected a ${lineText(baseLine)}.x version, or leave base empty`);
    }
  } else if (baseLine) {
    line = baseLine;
  } else if (req.mode === 'hotfix') {
    const newest = sortReleaseTags(req.tags)[0];
    if (!newest) throw new ActionError('a hotfix starts from the latest release tag, and the repository has no release tag (vX.Y.Z)');
    line = lineOf(newest);
  } else {
    throw new ActionError(`a backport of version '${req.version}' needs the line to start from: set base (e.g. 0.3) or give an explicit version`);
  }
  const tag = latestInLine(req.tags, `${line.major}.${line.minor}.0`);
  if (!tag) {
    const known = sortReleaseTags(req.tags).slice(0, 5);
    throw new ActionError(
      `a ${req.mode} starts from the latest release tag of the ${lineText(line)} line, and there is none (release tags: ${known.length ? known.join(', ') : 'none'})`,
    );
  }
  return { tag, line };
}

/** Conventional-commit facts that decide `auto`. */
export interface CommitKind {
  type: string | null;
  breaking: boolean;
}

/**
 * The step `auto` takes: a breaking change → major (minor while the major is 0),
 * a `feat` → minor, conventional fixes and chores only → patch. Commits of which none
 * says what it is (WVA's `Merge pull request #242 from …`, `update helm config`) promise
 * no "fixes only": minor.
 */
export function autoKind(commits: readonly CommitKind[], current: string): Exclude<BumpKind, 'prerelease'> {
  if (commits.some((c) => c.breaking)) return lineOf(current).major === 0 ? 'minor' : 'major';
  if (commits.some((c) => c.type === 'feat' || c.type === 'feature')) return 'minor';
  if (commits.length > 0 && commits.every((c) => c.type === null)) return 'minor';
  return 'patch';
}

/** The new version (no `v`) from the `version` input and the current version. */
export function nextVersion(input: string, current: string, opts: { preid?: string; auto?: Exclude<BumpKind, 'prerelease'> } = {}): string {
  if (!isKeyword(input)) return stripV(input);
  if (input === 'auto') {
    if (!opts.auto) throw new ActionError('version auto needs the commits since the last release');
    return bump(current, opts.auto);
  }
  return bump(current, input, opts.preid ?? 'rc');
}
