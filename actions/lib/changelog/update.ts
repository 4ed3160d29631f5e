import semver from 'semver';
import { ActionError, FileError } from '../runner/errors.js';
import { compareVersions, parseVersion } from '../semver/version.js';
import {
  canonicalSection,
  parseChangelog,
  sectionLines,
  withoutLineEnding,
  type ChangelogDocument,
  type ChangelogItem,
  type ReleaseSection,
} from './document.js';
import { changelogLine, isIsoDate, normalizeRepoUrl, prNumbersIn } from './format.js';
import { CHANGELOG_HEADER } from './templates.js';
import { CHANGE_SECTIONS, type Entry } from './types.js';

export interface UpdateOptions {
  /** `0.5.0` or `v0.5.0`. */
  version: string;
  /** `YYYY-MM-DD`. */
  date: string;
  entries: readonly Entry[];
  /** `https://github.com/OWNER/REPO`; without it no compare links are written. */
  repoUrl?: string | null;
  /** The tag the compare link starts from (`v0.4.1`); none → `…/releases/tag/vX.Y.Z`. */
  previousTag?: string | null;
  tagPrefix?: string;
  /** Rewrite the section of a version that already has one. */
  regenerate?: boolean;
  /** For error messages. */
  file?: string;
}

export interface UpdateResult {
  text: string;
  changed: boolean;
  /** The version's section as it stands in the result (heading included, no trailing newline). */
  section: string;
}

interface Edit {
  start: number;
  deleteCount: number;
  lines: string[];
  seq: number;
}

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
const semverOf = (s: ReleaseSection): string | null => (s.version !== null && semver.valid(s.version) ? s.version : null);

/** How the file writes things, so new text looks like the old. */
interface Style {
  bracketed: boolean;
  /** A blank line between `### Added` and its first item. */
  spaced: boolean;
  marker: string;
}

function inferStyle(doc: ChangelogDocument): Style {
  const versions = doc.sections.filter((s) => s.kind === 'version');
  const bracketed = versions.length === 0 ? true : versions[0]!.bracketed;
  let spaced = false; // the process doc writes `### Added` directly followed by its list
  let marker = '-';
  outer: for (const s of doc.sections) {
    for (const sub of s.subsections) {
      const first = sub.items[0];
      if (!first) continue;
      spaced = first.line > sub.line + 1;
      const m = /^\s*([-*+])\s/.exec(first.lines[0]!);
      if (m) marker = m[1]!;
      break outer;
    }
  }
  return { bracketed, spaced, marker };
}

interface Group {
  title: string;
  items: string[][];
}

function renderSection(heading: string, intro: string[][], groups: Group[], style: Style): string[] {
  const out = [heading];
  if (intro.length > 0) {
    out.push('');
    for (const item of intro) out.push(...item);
  }
  for (const g of groups) {
    if (g.items.length === 0) continue;
    out.push('', `### ${g.title}`);
    if (style.spaced) out.push('');
    for (const item of g.items) out.push(...item);
  }
  return out;
}

const itemKey = (lines: readonly string[]): string => lines.join(' ').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\s+/g, ' ').trim();

/**
 * Writes the section for `version` into a Keep a Changelog document. Only the touched
 * regions change (the Unreleased section's body, the new section, the link definitions at
 * the bottom); every other byte, line endings included, stays.
 *
 * - The new section goes where SemVer order puts it, newest first: above the first older
 *   version (a backport 0.3.2 lands below 0.4.0), else after the last section.
 * - When `version` is newer than every version in the file, the hand-written lines under
 *   `## [Unreleased]` move into it and merge with the generated ones: same-named `###`
 *   subsections join (the six in Keep a Changelog order, any other title after them, kept),
 *   hand-written lines come first, and a generated line for a pull request a hand-written
 *   line already names is dropped (duplicates among the generated collapse too). The empty
 *   `## [Unreleased]` heading stays on top. A backport leaves Unreleased alone: those lines
 *   are for the next release, not for 0.3.2.
 * - Documentation entries are for the release notes only and never go in the file.
 * - Nothing generated and nothing hand-written still writes the dated heading, with no
 *   subsections: the release happened and the file should say so; `lintChangelog` warns
 *   about the empty section so a human can fill it in.
 * - A version that already has a section: nothing changes (idempotent), `changed: false`,
 *   `section` is the existing one. With `regenerate`, the section is rebuilt: lines in the
 *   exact shape this library writes (`- text ([#N](REPO/pull/N))`, or the commit link) are
 *   the generated part and are replaced by the new entries; every other line counts as
 *   hand-written and is kept (and wins over a generated line for its pull request). Unreleased
 *   is not touched by a regenerate.
 * - Links (with `repoUrl`): `[X.Y.Z]: REPO/compare/<previousTag>...<tagPrefix>X.Y.Z`
 *   (or `REPO/releases/tag/<tag>` for a first release) is added in SemVer order to the
 *   trailing block (or replaces the version's link there); `[Unreleased]` is pointed at
 *   `<tag>...HEAD` only when `version` is the newest. No block yet: one is appended.
 * - New text follows the file's style: bracketed or bare version headings, a blank line
 *   under `###` or not, the list marker.
 * - An empty file gets CHANGELOG_HEADER first. A file with no headings, or with a `## `
 *   heading that is neither Unreleased nor a version, is refused (FileError with the line).
 */
export function updateChangelog(text: string, options: UpdateOptions): UpdateResult {
  const file = options.file ?? 'CHANGELOG.md';
  const version = parseVersion(options.version).version;
  if (!isIsoDate(options.date)) throw new ActionError(`date ${JSON.stringify(options.date)} is not a calendar date YYYY-MM-DD`);
  const prefix = options.tagPrefix ?? 'v';
  const repoUrl = options.repoUrl ? normalizeRepoUrl(options.repoUrl) : null;

  const source = text.trim() === '' ? CHANGELOG_HEADER : text;
  const doc = parseChangelog(source, { file });
  const eol = doc.eol;
  const lines = doc.lines;
  const style = inferStyle(doc);

  if (doc.sections.length === 0 && doc.lines.some((l) => l.trim() !== '' && !/^# /.test(l))) {
    // Prose with no `## ` section gives no place that is surely the changelog's: refuse rather than
    // guess. A file that is only a title is a new changelog and gets its first section.
    throw new FileError(file, "has no '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD' section to place the new section beside: add a '## [Unreleased]' heading (Keep a Changelog)", 1);
  }
  const existing = doc.sections.find((s) => s.kind === 'version' && s.version !== null && sameVersion(s.version, version));
  if (existing && !options.regenerate) {
    return { text, changed: false, section: sectionLines(doc, existing).join('\n') };
  }
  const newest = doc.sections.every((s) => {
    const v = semverOf(s);
    return v === null || s === existing || compareVersions(v, version) < 0;
  });
  const unreleased = doc.sections.find((s) => s.kind === 'unreleased');

  // hand-written lines: Unreleased's when releasing the newest version (never for a backport),
  // or the existing section's own lines when regenerating it
  const from: ReleaseSection | undefined = existing ?? (newest ? unreleased : undefined);
  const handIntro: string[][] = [];
  const handGroups = new Map<string, string[][]>();
  const addHand = (title: string, item: ChangelogItem): void => {
    const list = handGroups.get(title) ?? [];
    list.push(item.lines);
    handGroups.set(title, list);
  };
  if (from) {
    // regenerating: lines in the exact shape this library writes are the generated part and
    // are rebuilt; any other line is hand-written and kept
    const machine = existing ? machineLine(repoUrl) : null;
    const keep = (item: ChangelogItem): boolean => !machine || !machine.test(item.lines[0]!);
    for (const item of from.intro) if (keep(item)) handIntro.push(item.lines);
    for (const sub of from.subsections) {
      const title = canonicalSection(sub.title) ?? sub.title;
      for (const item of sub.items) if (keep(item)) addHand(title, item);
    }
  }

  // generated lines, grouped by section; breaking changes first within Changed
  const generated = new Map<string, { line: string; pr: number | null }[]>();
  const seenPr = new Set<number>();
  const ordered = [...options.entries].sort((a, b) => Number(b.breaking) - Number(a.breaking));
  for (const e of ordered) {
    if (e.section === 'Documentation') continue;
    if (e.pr !== null) {
      if (seenPr.has(e.pr)) continue;
      seenPr.add(e.pr);
    }
    const list = generated.get(e.section) ?? [];
    list.push({ line: changelogLine(e, repoUrl, style.marker), pr: e.pr });
    generated.set(e.section, list);
  }

  const allHand = [...handIntro, ...[...handGroups.values()].flat()];
  const handPrs = new Set(allHand.flatMap((item) => prNumbersIn(item.join(' '))));
  const handKeys = new Set(allHand.map(itemKey));
  const groups: Group[] = [];
  const titles = [...CHANGE_SECTIONS, ...[...handGroups.keys()].filter((t) => !canonicalSection(t))];
  for (const title of titles) {
    const hand = handGroups.get(title) ?? [];
    let gen = generated.get(title) ?? [];
    // a hand-written line wins over the generated line for the same pull request
    if (allHand.length > 0) gen = gen.filter((g) => (g.pr === null || !handPrs.has(g.pr)) && !handKeys.has(itemKey(g.line.split('\n'))));
    groups.push({ title, items: [...hand, ...gen.map((g) => g.line.split('\n'))] });
  }
  const intro = handIntro;

  const bracketed = existing ? existing.bracketed : style.bracketed;
  const labelText = existing ? existing.label : version;
  const label = bracketed ? `[${labelText}]` : labelText;
  const heading = `## ${label} - ${options.date}`;
  const sectionText = renderSection(heading, intro, groups, style);

  const edits: Edit[] = [];
  let seq = 0;
  const withEol = (ls: string[]): string[] => (eol === '\r\n' ? ls.map((l) => `${l}\r`) : ls);

  if (existing) {
    edits.push({ start: existing.start, deleteCount: existing.contentEnd - existing.start, lines: withEol(sectionText), seq: seq++ });
  } else {
    const older = doc.sections.find((s) => {
      const v = semverOf(s);
      return v !== null && compareVersions(v, version) < 0;
    });
    let at: number;
    if (older) at = older.start;
    else {
      at = doc.linkBlock ? doc.linkBlock.start : lines.length;
      const floor = doc.sections.length > 0 ? doc.sections[doc.sections.length - 1]!.start + 1 : 0;
      while (at > floor && isBlank(lines[at - 1])) at--;
    }
    const block = [...sectionText];
    if (at > 0 && !isBlank(lines[at - 1])) block.unshift('');
    if (at < lines.length && !isBlank(lines[at])) block.push('');
    edits.push({ start: at, deleteCount: 0, lines: withEol(block), seq: seq++ });
    if (from && from === unreleased && from.contentEnd > from.start + 1) {
      edits.push({ start: from.start + 1, deleteCount: from.contentEnd - from.start - 1, lines: [], seq: seq++ });
    }
  }

  if (repoUrl) {
    const linkEdit = linkEdits(doc, {
      version,
      label: bracketed ? labelText : null,
      url: options.previousTag
        ? `${repoUrl}/compare/${options.previousTag}...${prefix}${version}`
        : `${repoUrl}/releases/tag/${prefix}${version}`,
      unreleasedUrl: newest && unreleased ? `${repoUrl}/compare/${prefix}${version}...HEAD` : null,
      unreleasedBracketed: unreleased?.bracketed ?? false,
    });
    if (linkEdit) edits.push({ ...linkEdit, lines: withEol(linkEdit.lines), seq: seq++ });
  }

  const out = [...lines];
  edits.sort((a, b) => b.start - a.start || b.seq - a.seq);
  for (const e of edits) out.splice(e.start, e.deleteCount, ...e.lines);
  const result = out.join('\n');
  return { text: result, changed: result !== text, section: sectionText.join('\n') };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A list item as `changelogLine` writes it: marker, optional BREAKING and scope, text, the reference. */
function machineLine(repoUrl: string | null): RegExp {
  const ref = repoUrl
    ? `\\((?:\\[#(\\d+)\\]\\(${escapeRe(repoUrl)}/pull/\\1\\)|\\[[0-9a-f]{7}\\]\\(${escapeRe(repoUrl)}/commit/[0-9a-f]{7,40}\\))\\)`
    : '\\((?:#\\d+|[0-9a-f]{7})\\)';
  return new RegExp(`^[-*+] (?:\\*\\*BREAKING\\*\\* )?(?:\\*\\*[^*]+:\\*\\* )?\\S.* ${ref}$`);
}

function sameVersion(a: string, b: string): boolean {
  if (semver.valid(a) && semver.valid(b)) return semver.eq(a, b);
  return a === b;
}

/**
 * One edit over the link definitions at the bottom: replaces the trailing block (or
 * appends one). Definitions elsewhere in the file are not touched (Keep a Changelog keeps
 * them at the bottom; the linter reports a wrong one).
 */
function linkEdits(
  doc: ChangelogDocument,
  want: { version: string; label: string | null; url: string; unreleasedUrl: string | null; unreleasedBracketed: boolean },
): { start: number; deleteCount: number; lines: string[] } | null {
  const block = doc.linkBlock;
  const blockLines = block ? doc.lines.slice(block.start, block.end).map(withoutLineEnding) : [];
  const next = [...blockLines];
  const parse = (l: string): { label: string; url: string } | null => {
    const m = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?/.exec(l);
    return m ? { label: m[1]!, url: m[2]! } : null;
  };
  const find = (pred: (label: string) => boolean): number => next.findIndex((l) => {
    const p = parse(l);
    return p !== null && pred(p.label);
  });

  if (want.unreleasedUrl) {
    const i = find((l) => /^unreleased$/i.test(l));
    if (i >= 0) {
      const p = parse(next[i]!)!;
      next[i] = `[${p.label}]: ${want.unreleasedUrl}`;
    } else if (want.unreleasedBracketed) {
      next.unshift(`[Unreleased]: ${want.unreleasedUrl}`);
    }
  }
  if (want.label !== null) {
    const line = `[${want.label}]: ${want.url}`;
    // an existing definition for this version keeps its place
    const i = find((l) => sameVersion(l.replace(/^v/, ''), want.version));
    if (i >= 0) next[i] = line;
    else {
      const older = find((l) => {
        const v = l.replace(/^v/, '');
        return semver.valid(v) !== null && semver.lt(v, want.version);
      });
      if (older >= 0) next.splice(older, 0, line);
      else {
        let last = -1;
        next.forEach((l, k) => {
          const p = parse(l);
          if (p && (semver.valid(p.label.replace(/^v/, '')) || /^unreleased$/i.test(p.label))) last = k;
        });
        next.splice(last >= 0 ? last + 1 : next.length, 0, line);
      }
    }
  }
  if (next.length === blockLines.length && next.every((l, k) => l === blockLines[k])) return null;
  if (block) return { start: block.start, deleteCount: block.end - block.start, lines: next };
  // no block yet: append one after the last non-blank line, separated by a blank line
  const lines = doc.lines;
  let at = lines.length;
  while (at > 0 && isBlank(lines[at - 1])) at--;
  const add = [...next];
  if (at > 0) add.unshift('');
  return { start: at, deleteCount: 0, lines: add };
}
