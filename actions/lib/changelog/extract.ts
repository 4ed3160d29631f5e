import semver from 'semver';
import { FileError } from '../runner/errors.js';
import { stripV } from '../semver/version.js';
import { parseChangelog, sectionLines, type ReleaseSection } from './document.js';

export interface ExtractedSection {
  /** `0.5.0`, or `Unreleased`. */
  version: string;
  date: string | null;
  /** 1-based line of the heading. */
  line: number;
  heading: string;
  /** The section without its heading, leading and trailing blank lines. */
  body: string;
  /** Heading and body. */
  text: string;
}

function matches(section: ReleaseSection, wanted: string): boolean {
  if (/^unreleased$/i.test(wanted)) return section.kind === 'unreleased';
  if (section.kind !== 'version' || section.version === null) return false;
  const a = stripV(wanted);
  if (semver.valid(a) && semver.valid(section.version)) return semver.eq(a, section.version);
  return a === section.version;
}

/**
 * The section of `version` (`0.5.0`, `v0.5.0` or `Unreleased`). A version without a
 * section is a FileError that lists the versions the file has.
 */
export function extractSection(text: string, version: string, options: { file?: string } = {}): ExtractedSection {
  const file = options.file ?? 'CHANGELOG.md';
  const doc = parseChangelog(text, { file });
  const section = doc.sections.find((s) => matches(s, version));
  if (!section) {
    const have = doc.sections.filter((s) => s.kind !== 'unknown').map((s) => (s.kind === 'unreleased' ? 'Unreleased' : s.label));
    throw new FileError(
      file,
      `has no section for ${version}; it has ${have.length > 0 ? have.join(', ') : 'no version sections'}`,
    );
  }
  const lines = sectionLines(doc, section);
  const body = lines.slice(1);
  while (body.length > 0 && body[0]!.trim() === '') body.shift();
  return {
    version: section.kind === 'unreleased' ? 'Unreleased' : section.version!,
    date: section.date,
    line: section.line,
    heading: lines[0]!,
    body: body.join('\n'),
    text: lines.join('\n'),
  };
}

/**
 * The lines of a section's body that say something: not blank, not a `###` heading, not
 * a link definition. A release needs at least one — verify-release's `changelog-entry`
 * refuses a section without, and bump-version never writes one — so both ask this.
 */
export function sectionContent(body: string): string[] {
  return body.split('\n').filter((l) => l.trim() !== '' && !/^#{1,6}\s/.test(l.trim()) && !/^\[[^\]]+\]:\s/.test(l.trim()));
}
