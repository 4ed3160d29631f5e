import { FileError } from '../runner/errors.js';
import { stripV } from '../semver/version.js';
import { CHANGE_SECTIONS, type ChangeSection } from './types.js';

/**
 * A Keep a Changelog document as a model over its own lines, so that rendering can
 * change one region and keep every other byte. `lines` is `text.split('\n')`
 * (a CRLF file keeps its `\r` at the end of each line), so `lines.join('\n') === text`.
 * Indices are 0-based into `lines`; `line` fields are 1-based, for messages.
 */
export interface ChangelogDocument {
  file: string;
  lines: string[];
  /** The file's line ending, for lines that are added. */
  eol: '\n' | '\r\n';
  /** Index of the first `## ` heading (or of the link block / end): lines before are the preamble. */
  preambleEnd: number;
  /** `## ` sections in document order, Unreleased included. */
  sections: ReleaseSection[];
  /** Every link reference definition outside code fences, in document order. */
  links: LinkDefinition[];
  /** The trailing block of link reference definitions, [start, end), if the file has one. */
  linkBlock: { start: number; end: number } | null;
  /** What the lenient parse could not place (the strict parse throws the first one). */
  problems: { line: number; message: string }[];
}

export interface ReleaseSection {
  /** `unknown`: a `## ` heading that is neither Unreleased nor a version (lenient parse only). */
  kind: 'unreleased' | 'version' | 'unknown';
  /** 1-based line of the heading. */
  line: number;
  /** Heading index; the section runs to `end` (exclusive), `contentEnd` leaves out trailing blank lines. */
  start: number;
  end: number;
  contentEnd: number;
  /** The heading line without its line ending. */
  heading: string;
  /** The text in brackets, or the first word of an unbracketed heading. */
  label: string;
  bracketed: boolean;
  /** The label without a leading `v` (not necessarily SemVer: the linter says so). */
  version: string | null;
  /** The date text as written, or null when the heading has none. */
  date: string | null;
  yanked: boolean;
  /** Lines between the heading and the first `### `, as items. */
  intro: ChangelogItem[];
  subsections: Subsection[];
}

export interface Subsection {
  /** The heading text as written (`Added`, or anything else: the linter says so). */
  title: string;
  line: number;
  start: number;
  end: number;
  items: ChangelogItem[];
}

/** A list item with its continuation lines, or a paragraph line; lines without line endings. */
export interface ChangelogItem {
  line: number;
  lines: string[];
}

export interface LinkDefinition {
  label: string;
  url: string;
  line: number;
  index: number;
}

export interface ParseOptions {
  file?: string;
  /** Collect problems instead of throwing (the linter reports them as findings). */
  lenient?: boolean;
}

const H2 = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const H3 = /^ {0,3}###[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const ANY_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
export const LINK_DEF = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+.*)?$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

const clean = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
const isBlank = (line: string): boolean => line.trim() === '';

/** The canonical Keep a Changelog name of a subsection title (case-insensitive), or null. */
export function canonicalSection(title: string): ChangeSection | null {
  const t = title.trim().toLowerCase();
  return CHANGE_SECTIONS.find((s) => s.toLowerCase() === t) ?? null;
}

export interface HeadingParts {
  label: string;
  bracketed: boolean;
  date: string | null;
  yanked: boolean;
}

/** Splits the text of a `## ` heading: `[0.5.0] - 2024-05-01`, `0.5.0 - 2024-05-01`, `[0.5.0]`, `[0.5.0](url) (2024-05-01)`. */
export function parseHeadingText(text: string): HeadingParts {
  let label: string;
  let rest: string;
  let bracketed = false;
  const b = /^\[([^\]]*)\](?:\([^)]*\))?(.*)$/.exec(text);
  if (b) {
    label = b[1]!.trim();
    rest = b[2]!;
    bracketed = true;
  } else {
    const w = /^(\S+)(.*)$/.exec(text);
    label = w ? w[1]! : text;
    rest = w ? w[2]! : '';
  }
  let yanked = false;
  rest = rest.replace(/\[YANKED\]/i, () => {
    yanked = true;
    return '';
  });
  rest = rest.trim().replace(/^[-–—:]\s*/, '').trim();
  let date: string | null = null;
  if (rest !== '') {
    const token = rest.split(/\s+/)[0]!;
    date = token.replace(/^\((.*)\)$/, '$1');
  }
  return { label, bracketed, date, yanked };
}

function groupItems(lines: readonly string[], from: number, to: number, fenced: readonly boolean[]): ChangelogItem[] {
  const items: ChangelogItem[] = [];
  let current: ChangelogItem | null = null;
  let blankRun: string[] = [];
  for (let i = from; i < to; i++) {
    const text = clean(lines[i]!);
    if (isBlank(text) && !fenced[i]) {
      if (current) blankRun.push(text);
      continue;
    }
    const indented = /^(?: {2,}|\t)/.test(text) || fenced[i];
    const startsItem = !fenced[i] && LIST_ITEM.test(text);
    if (current && (indented || (!startsItem && blankRun.length === 0))) {
      current.lines.push(...blankRun, text);
    } else {
      current = { line: i + 1, lines: [text] };
      items.push(current);
    }
    blankRun = [];
  }
  return items;
}

/**
 * Parses a Keep a Changelog document. Refuses (FileError with the line) a file that has
 * no heading at all, and a `## ` heading that is neither `[Unreleased]` nor a version.
 */
export function parseChangelog(text: string, options: ParseOptions = {}): ChangelogDocument {
  const file = options.file ?? 'CHANGELOG.md';
  const lines = text.split('\n');
  const eol: '\n' | '\r\n' = lines.length > 1 && lines[0]!.endsWith('\r') ? '\r\n' : '\n';
  const problems: { line: number; message: string }[] = [];
  const problem = (line: number, message: string): void => {
    if (!options.lenient) throw new FileError(file, message, line);
    problems.push({ line, message });
  };

  // code fences: headings and link definitions inside them are text
  const fenced: boolean[] = new Array<boolean>(lines.length).fill(false);
  let fence: string | null = null;
  let anyHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const t = clean(lines[i]!);
    const f = FENCE.exec(t);
    if (fence) {
      fenced[i] = true;
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && t.trim() === f[1]) fence = null;
    } else if (f) {
      fenced[i] = true;
      fence = f[1]!;
    } else if (ANY_HEADING.test(t)) anyHeading = true;
  }
  if (!anyHeading) {
    problem(1, "has no headings: expected a '# Changelog' title and '## [X.Y.Z] - YYYY-MM-DD' sections (Keep a Changelog)");
  }

  const links: LinkDefinition[] = [];
  const isLink = (i: number): RegExpExecArray | null => (fenced[i] ? null : LINK_DEF.exec(clean(lines[i]!)));
  for (let i = 0; i < lines.length; i++) {
    const m = isLink(i);
    if (m) links.push({ label: m[1]!, url: m[2]!, line: i + 1, index: i });
  }

  let linkBlock: { start: number; end: number } | null = null;
  {
    let j = lines.length - 1;
    while (j >= 0 && isBlank(lines[j]!)) j--;
    const end = j + 1;
    let start = end;
    while (j >= 0 && (isBlank(lines[j]!) || isLink(j))) {
      if (!isBlank(lines[j]!)) start = j;
      j--;
    }
    if (start < end) linkBlock = { start, end };
  }
  const bodyEnd = linkBlock ? linkBlock.start : lines.length;

  const sections: ReleaseSection[] = [];
  let preambleEnd = bodyEnd;
  let section: ReleaseSection | null = null;
  let sub: Subsection | null = null;
  let introStart = 0;

  const closeSub = (at: number): void => {
    if (sub && section) {
      sub.end = at;
      sub.items = groupItems(lines, sub.start + 1, at, fenced);
    }
    sub = null;
  };
  const closeSection = (at: number): void => {
    if (!section) return;
    if (section.subsections.length === 0) section.intro = groupItems(lines, introStart, at, fenced);
    closeSub(at);
    section.end = at;
    let c = at;
    while (c > section.start + 1 && isBlank(lines[c - 1]!)) c--;
    section.contentEnd = c;
    section = null;
  };

  for (let i = 0; i < bodyEnd; i++) {
    if (fenced[i]) continue;
    const t = clean(lines[i]!);
    const h2 = H2.exec(t);
    if (h2) {
      closeSection(i);
      if (sections.length === 0) preambleEnd = i;
      const parts = parseHeadingText(h2[1]!);
      let kind: ReleaseSection['kind'];
      if (/^unreleased$/i.test(parts.label)) kind = 'unreleased';
      else if (/^v?\d/.test(parts.label)) kind = 'version';
      else {
        kind = 'unknown';
        problem(i + 1, `cannot place the heading '${t.trim()}': expected '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD'`);
      }
      section = {
        kind,
        line: i + 1,
        start: i,
        end: bodyEnd,
        contentEnd: bodyEnd,
        heading: t,
        label: parts.label,
        bracketed: parts.bracketed,
        version: kind === 'version' ? stripV(parts.label) : null,
        date: parts.date,
        yanked: parts.yanked,
        intro: [],
        subsections: [],
      };
      sections.push(section);
      introStart = i + 1;
      continue;
    }
    if (!section) continue;
    const h3 = H3.exec(t);
    if (h3) {
      const current: ReleaseSection = section;
      if (current.subsections.length === 0) current.intro = groupItems(lines, introStart, i, fenced);
      closeSub(i);
      sub = { title: h3[1]!.trim(), line: i + 1, start: i, end: i + 1, items: [] };
      current.subsections.push(sub);
    }
  }
  closeSection(bodyEnd);

  return { file, lines, eol, preambleEnd, sections, links, linkBlock, problems };
}

/** The lines of a section without trailing blank lines or line endings. */
export function sectionLines(doc: ChangelogDocument, section: ReleaseSection): string[] {
  return doc.lines.slice(section.start, section.contentEnd).map(clean);
}

/** The version sections (kind `version`). */
export function versionSections(doc: ChangelogDocument): ReleaseSection[] {
  return doc.sections.filter((s) => s.kind === 'version');
}

export { clean as withoutLineEnding };
