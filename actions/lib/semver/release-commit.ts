/**
 * The texts of the suite's own release commits, built and recognised in one place:
 * the release pull request's title (what a squash merge makes the commit's subject,
 * with ` (#N)` after it) and the bump commit's message. bump-version builds them with
 * the functions below and the changelog leaves out what {@link isReleaseCommit}
 * recognises, so a release never lists the previous release as a change.
 */
import { isVersion, stripV } from './version.js';

export type ReleaseMode = 'release' | 'hotfix' | 'backport';

/** The word of each mode's pull request title, as the release process writes them ("Release v0.x.0", "Hotfix v0.x.1"). */
const TITLE_WORDS: Readonly<Record<ReleaseMode, string>> = { release: 'Release', hotfix: 'Hotfix', backport: 'Backport' };

const BUMP_PREFIX = 'chore: bump version to ';

/** `Release v0.5.0`, `Hotfix v0.4.2`, `Backport v0.3.2`. */
export function releasePullTitle(mode: ReleaseMode, version: string): string {
  return `${TITLE_WORDS[mode]} v${stripV(version)}`;
}

/** `chore: bump version to v0.5.0`, the subject of the commit that moves every version reference. */
export function bumpCommitMessage(version: string): string {
  return `${BUMP_PREFIX}v${stripV(version)}`;
}

const PULL_TITLE = new RegExp(`^(?:${Object.values(TITLE_WORDS).join('|')}) v(\\S+)$`);
const SQUASH_SUFFIX = /\s+\(#\d+\)$/;
const RELEASE_START = new RegExp(`^(?:${Object.values(TITLE_WORDS).join('|')}|${BUMP_PREFIX.trimEnd()}) v`);

/**
 * Whether a commit subject (or a pull request title) is one of the texts above, for a
 * valid version, optionally followed by the ` (#N)` of a squash merge. Exact on
 * purpose: `Release v0.5.0 notes draft` or `fix: release v0.5.0 tag` are changes.
 */
export function isReleaseCommit(subject: string): boolean {
  const trimmed = subject.trim();
  // every text above starts so (a squash suffix is only ever cut from the end): the rest of a long history is passed over
  if (!RELEASE_START.test(trimmed)) return false;
  const text = trimmed.replace(SQUASH_SUFFIX, '');
  const version = PULL_TITLE.exec(text)?.[1] ?? (text.startsWith(`${BUMP_PREFIX}v`) ? text.slice(BUMP_PREFIX.length + 1) : undefined);
  return version !== undefined && isVersion(version) && !version.startsWith('v');
}
