/**
 * The hand-written lines of the CHANGELOG that belong in a version's release notes: the
 * version's own section when it has one (written by `mode: update`), else — for a version
 * newer than every section — what is waiting under `## [Unreleased]`. Lines in the exact
 * shape generated for this history's entries are left out (the entries themselves go into
 * the notes); every other line is a human's and is kept, and wins over the generated
 * entry of a pull request it names.
 */
import semver from 'semver';
import { canonicalSection, changelogLine, parseChangelog, type ChangelogItem, type Entry, type NotesCategory, type ReleaseSection } from '../lib/changelog/index.js';

export interface HandWritten {
  items: { category: NotesCategory; text: string }[];
  /** `0.5.0` or `Unreleased`: the section they came from, or null. */
  from: string | null;
}

const CATEGORY: Record<string, NotesCategory> = {
  Added: 'features',
  Changed: 'changed',
  Deprecated: 'deprecated',
  Removed: 'removed',
  Fixed: 'fixes',
  Security: 'security',
};

const MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;
const strip = (line: string): string => line.replace(MARKER, '').trim();

function sectionFor(sections: readonly ReleaseSection[], version: string): ReleaseSection | null {
  const own = sections.find((s) => s.kind === 'version' && s.version !== null && semver.valid(s.version) && semver.eq(s.version, version));
  if (own) return own;
  const newest = sections.every((s) => s.kind !== 'version' || s.version === null || !semver.valid(s.version) || semver.lt(s.version, version));
  return newest ? (sections.find((s) => s.kind === 'unreleased') ?? null) : null;
}

/** Throws the parser's FileError for a CHANGELOG it cannot read; the caller decides what that means for the notes. */
export function handWrittenItems(text: string, opts: { version: string; entries: readonly Entry[]; repoUrl: string; file: string }): HandWritten {
  const doc = parseChangelog(text, { file: opts.file });
  const section = sectionFor(doc.sections, opts.version);
  if (!section) return { items: [], from: null };
  // A generated line ends with its entry's reference, `([#12](…))` or `([abc1234](…))` (plain
  // without a repository URL): only the
  // entries with the reference a line ends with are rendered to compare (a long history's
  // thousands of entries are not rendered for a section of a few hand-written lines).
  let byRef: Map<string, Entry[]> | null = null;
  const isGenerated = (line: string): boolean => {
    const m = /\((?:\[(#\d+|[0-9a-f]{7})\]\([^()\s]*\)|(#\d+|[0-9a-f]{7}))\)$/.exec(line);
    const ref = m?.[1] ?? m?.[2];
    if (ref === undefined) return false;
    if (byRef === null) {
      byRef = new Map();
      for (const e of opts.entries) {
        const key = e.pr !== null ? `#${e.pr}` : e.sha.slice(0, 7).toLowerCase();
        const list = byRef.get(key);
        if (list) list.push(e);
        else byRef.set(key, [e]);
      }
    }
    return (byRef.get(ref) ?? []).some((e) => strip(changelogLine(e, opts.repoUrl).split('\n')[0]!) === line);
  };
  const items: HandWritten['items'] = [];
  const add = (category: NotesCategory, item: ChangelogItem): void => {
    const first = strip(item.lines[0] ?? '');
    if (first === '' || isGenerated(first)) return;
    const text = item.lines.map((l, i) => (i === 0 ? strip(l) : l.trim())).join(' ').trim();
    const breaking = /^\*\*BREAKING\*\*\s*/.test(text);
    items.push({ category: breaking ? 'breaking' : category, text: breaking ? text.replace(/^\*\*BREAKING\*\*\s*/, '') : text });
  };
  // an intro paragraph is prose, not a change; an intro list item is a change without a type
  for (const item of section.intro) if (MARKER.test(item.lines[0] ?? '')) add('changed', item);
  for (const sub of section.subsections) {
    const canonical = canonicalSection(sub.title);
    const category = canonical ? CATEGORY[canonical]! : /doc/i.test(sub.title) ? 'docs' : 'changed';
    for (const item of sub.items) add(category, item);
  }
  return { items, from: section.kind === 'unreleased' ? 'Unreleased' : section.version };
}
