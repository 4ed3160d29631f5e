/**
 * Data shapes shared by the changelog library. Everything here is plain data so that
 * the action can print it as JSON (`entries` output) and tests can compare it whole.
 */

/** The six Keep a Changelog section types, in the order the format lists them. */
export const CHANGE_SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'] as const;
export type ChangeSection = (typeof CHANGE_SECTIONS)[number];

/** Where an entry goes: one of the six, or `Documentation` (release notes only, never CHANGELOG.md). */
export type EntrySection = ChangeSection | 'Documentation';

/**
 * One commit as the caller has it: from `git log` and, optionally, enriched through the
 * GitHub API. The library does no I/O; whoever runs git fills these in.
 */
export interface CommitRecord {
  /** Full commit SHA. */
  sha: string;
  /** First line of the message. */
  subject: string;
  /** The rest of the message (without the subject line), if any. */
  body?: string;
  /**
   * The author's GitHub login, from the API. Rendered as `by @login` in release notes,
   * so never put a git author name here (that is free text, not a login).
   */
  author?: string;
  /** The pull request number, when the API knows it (wins over a `(#123)` in the subject). */
  pr?: number;
  /** The pull request's labels, when the API knows them. */
  labels?: string[];
  /** The caller knows this is a merge commit (more than one parent). */
  merge?: boolean;
  /**
   * The parents' SHAs, as `git log %P` gives them. With them, a range is read as the pull
   * requests that made it (`pullRequestRecords`): a merged pull request is one entry.
   */
  parents?: readonly string[];
}

/** A classified change. `null` where the commit does not say. */
export interface Entry {
  sha: string;
  /** Conventional type, lower case (`feat`), or null for a non-conventional subject. */
  type: string | null;
  scope: string | null;
  /** The description: the conventional subject, or the whole subject line; `(#123)` removed. */
  subject: string;
  breaking: boolean;
  /** The text of a `BREAKING CHANGE:` footer, when there is one. */
  breakingNote: string | null;
  pr: number | null;
  /** GitHub login (from the API only). */
  author: string | null;
  labels: string[];
  section: EntrySection;
}

/** `pull-request`: a commit of a pull request's branch, which the pull request's entry stands for. */
export type SkipReason = 'merge' | 'release' | 'revert-pair' | 'type' | 'excluded' | 'empty' | 'pull-request';

export interface Skipped {
  sha: string;
  reason: SkipReason;
}

/** A lint finding; `line` is 1-based (0 when the finding is about the whole file). */
export interface Finding {
  severity: 'error' | 'warning';
  line: number;
  message: string;
  rule: LintRule;
}

export type LintRule =
  | 'structure'
  | 'version-semver'
  | 'date-format'
  | 'date-missing'
  | 'section-type'
  | 'version-order'
  | 'duplicate-version'
  | 'compare-link'
  | 'empty-section';
