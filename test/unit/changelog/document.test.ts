import { describe, expect, it } from '@jest/globals';
import { FileError } from '../../../actions/lib/runner/errors.js';
import { parseChangelog, parseHeadingText, sectionLines } from '../../../actions/lib/changelog/index.js';
import { fixture } from './golden.js';

describe('parseChangelog', () => {
  const text = fixture('wva-CHANGELOG.md');
  const doc = parseChangelog(text);

  it('keeps every byte: lines join back to the text', () => {
    expect(doc.lines.join('\n')).toBe(text);
    const crlf = text.replace(/\n/g, '\r\n');
    const d = parseChangelog(crlf);
    expect(d.eol).toBe('\r\n');
    expect(d.lines.join('\n')).toBe(crlf);
    expect(d.sections.map((s) => s.line)).toEqual(doc.sections.map((s) => s.line));
  });

  it('finds the preamble, sections with line numbers, subsections and items', () => {
    expect(doc.preambleEnd).toBe(7);
    expect(doc.sections.map((s) => [s.kind, s.label, s.version, s.date, s.line])).toEqual([
      ['unreleased', 'Unreleased', null, null, 8],
      ['version', '0.4.1', '0.4.1', '2025-09-12', 21],
      ['version', '0.4.0', '0.4.0', '2025-08-28', 26],
      ['version', '0.3.1', '0.3.1', '2025-07-30', 35],
      ['version', '0.3.0', '0.3.0', '2025-07-01', 40],
    ]);
    const unreleased = doc.sections[0]!;
    expect(unreleased.subsections.map((s) => [s.title, s.line, s.items.length])).toEqual([
      ['Added', 10, 2],
      ['Fixed', 15, 1],
      ['Notes', 18, 1],
    ]);
    expect(unreleased.subsections[0]!.items[1]).toEqual({
      line: 12,
      lines: ['- Hand-written: a line with no pull request', '  that continues on a second line'],
    });
    expect(sectionLines(doc, doc.sections[4]!)).toEqual(['## [0.3.0] - 2025-07-01', '', '### Added', '- Initial public release of the Workload-Variant-Autoscaler']);
  });

  it('finds the link definitions and the block at the bottom', () => {
    expect(doc.links.map((l) => [l.label, l.line])).toEqual([
      ['Unreleased', 45],
      ['0.4.1', 46],
      ['0.4.0', 47],
      ['0.3.1', 48],
      ['0.3.0', 49],
    ]);
    expect(doc.linkBlock).toEqual({ start: 44, end: 49 });
    expect(doc.links[4]!.url).toBe('https://github.com/llm-d-incubation/workload-variant-autoscaler/releases/tag/v0.3.0');
  });

  it.each<[string, { label: string; bracketed: boolean; date: string | null; yanked: boolean }]>([
    ['[0.5.0] - 2025-01-02', { label: '0.5.0', bracketed: true, date: '2025-01-02', yanked: false }],
    ['0.5.0 - 2025-01-02', { label: '0.5.0', bracketed: false, date: '2025-01-02', yanked: false }],
    ['[0.5.0]', { label: '0.5.0', bracketed: true, date: null, yanked: false }],
    ['v0.5.0 – 2025-01-02', { label: 'v0.5.0', bracketed: false, date: '2025-01-02', yanked: false }],
    ['[0.5.0] - 2025-01-02 [YANKED]', { label: '0.5.0', bracketed: true, date: '2025-01-02', yanked: true }],
    ['[0.5.0](https://github.com/o/r/compare/v0.4.0...v0.5.0) (2025-01-02)', { label: '0.5.0', bracketed: true, date: '2025-01-02', yanked: false }],
    ['[Unreleased]', { label: 'Unreleased', bracketed: true, date: null, yanked: false }],
  ])('heading %j', (heading, parts) => {
    expect(parseHeadingText(heading)).toEqual(parts);
  });

  it('ignores headings and link definitions inside code fences', () => {
    const d = parseChangelog('# C\n\n## [0.1.0] - 2025-01-01\n\n```\n## [9.9.9] - 2025-01-01\n[x]: http://example.com\n```\n');
    expect(d.sections.map((s) => s.label)).toEqual(['0.1.0']);
    expect(d.links).toEqual([]);
    expect(d.sections[0]!.intro).toEqual([{ line: 5, lines: ['```', '## [9.9.9] - 2025-01-01', '[x]: http://example.com', '```'] }]);
  });

  it('a title without sections is a valid (new) changelog', () => {
    const d = parseChangelog('# Changelog\n');
    expect(d.sections).toEqual([]);
    expect(d.preambleEnd).toBe(2);
  });

  it.each([
    ['no headings', 'text only\n', 1],
    ['a heading it cannot place', '# C\n\n## [0.1.0] - 2025-01-01\n\n## See also\n', 5],
    ['a bracketed heading that is no version', '# C\n\n## [Next]\n', 3],
  ])('refuses %s with the line', (_name, input, line) => {
    expect(() => parseChangelog(input, { file: 'CHANGES.md' })).toThrow(FileError);
    expect(() => parseChangelog(input, { file: 'CHANGES.md' })).toThrow(`CHANGES.md:${line}: `);
    const lenient = parseChangelog(input, { lenient: true });
    expect(lenient.problems.map((p) => p.line)).toEqual([line]);
  });
});
