import { describe, expect, it } from '@jest/globals';
import { lintChangelog, type Finding } from '../../../actions/lib/changelog/index.js';
import { fixture } from './golden.js';

const R = 'https://github.com/o/r';
const doc = (...lines: string[]): string => `${lines.join('\n')}\n`;
const brief = (fs: Finding[]): [string, number, string][] => fs.map((f) => [f.severity, f.line, f.rule]);

describe('lintChangelog', () => {
  it('a well-formed WVA-shaped file has no findings', () => {
    expect(lintChangelog(fixture('wva-CHANGELOG.md'))).toEqual([]);
  });

  it.each<[string, string, [string, number, string][], string]>([
    ['structure: no headings', doc('just text', 'more'), [['error', 1, 'structure']], 'has no headings'],
    ['structure: empty file', '', [['error', 1, 'structure']], 'is empty'],
    ['structure: a heading it cannot place', doc('# Changelog', '', '## [0.1.0] - 2025-01-01', '- x', '', '## Older', '- y'), [['error', 6, 'structure']], "cannot place the heading '## Older'"],
    ['version-semver', doc('# Changelog', '', '## [0.5] - 2025-01-01', '- x'), [['error', 3, 'version-semver']], "'0.5' is not a SemVer version"],
    ['date-format: not ISO', doc('# Changelog', '', '## [0.5.0] - 01/02/2025', '- x'), [['error', 3, 'date-format']], "'01/02/2025' of 0.5.0 is not ISO 8601"],
    ['date-format: not a calendar date', doc('# Changelog', '', '## [0.5.0] - 2025-02-30', '- x'), [['error', 3, 'date-format']], 'not a calendar date'],
    ['date-missing (warning)', doc('# Changelog', '', '## [0.5.0]', '- x'), [['warning', 3, 'date-missing']], 'has no release date'],
    ['section-type: outside the six', doc('# Changelog', '', '## [0.5.0] - 2025-01-01', '### Improvements', '- x'), [['error', 4, 'section-type']], "'### Improvements' is not a Keep a Changelog type"],
    ['section-type: wrong case (warning)', doc('# Changelog', '', '## [0.5.0] - 2025-01-01', '### added', '- x'), [['warning', 4, 'section-type']], "write '### Added'"],
    [
      'version-order',
      doc('# Changelog', '', '## [0.3.0] - 2025-01-01', '- x', '', '## [0.4.0] - 2025-02-01', '- y'),
      [['error', 6, 'version-order']],
      '0.4.0 comes after 0.3.0 (line 3): sections go newest first',
    ],
    ['version-order: Unreleased below a version', doc('# Changelog', '', '## [0.3.0] - 2025-01-01', '- x', '', '## [Unreleased]'), [['error', 6, 'version-order']], 'it belongs on top'],
    [
      'duplicate-version',
      doc('# Changelog', '', '## [0.4.0] - 2025-02-01', '- y', '', '## [0.4.0] - 2025-01-01', '- x'),
      [['error', 6, 'duplicate-version']],
      '0.4.0 already has a section at line 3',
    ],
    ['duplicate-version: two Unreleased', doc('# Changelog', '', '## [Unreleased]', '', '## [Unreleased]'), [['error', 5, 'duplicate-version']], 'a second [Unreleased]'],
    ['empty-section: a released version with nothing (warning)', doc('# Changelog', '', '## [Unreleased]', '', '## [0.4.0] - 2025-02-01'), [['warning', 5, 'empty-section']], '0.4.0 is released with no changes listed'],
    ['empty-section: an empty ### (warning)', doc('# Changelog', '', '## [0.4.0] - 2025-02-01', '### Added', '', '### Fixed', '- x'), [['warning', 4, 'empty-section']], "'### Added' of 0.4.0 is empty"],
  ])('%s', (_name, text, expected, message) => {
    const findings = lintChangelog(text);
    expect(brief(findings)).toEqual(expected);
    expect(findings[0]!.message).toContain(message);
  });

  describe('compare links', () => {
    const base = (links: string[]): string =>
      doc('# Changelog', '', '## [Unreleased]', '', '## [0.2.0] - 2025-02-01', '- y', '', '## [0.1.0] - 2025-01-01', '- x', '', ...links);
    const good = [`[Unreleased]: ${R}/compare/v0.2.0...HEAD`, `[0.2.0]: ${R}/compare/v0.1.0...v0.2.0`, `[0.1.0]: ${R}/releases/tag/v0.1.0`];

    it('accepts correct links', () => {
      expect(lintChangelog(base(good))).toEqual([]);
    });
    it('a missing link, with the repository inferred from the other links', () => {
      const findings = lintChangelog(base([good[0]!, good[2]!]));
      expect(brief(findings)).toEqual([['error', 5, 'compare-link']]);
      expect(findings[0]!.message).toBe(`[0.2.0] has no link definition; expected '[0.2.0]: ${R}/compare/v0.1.0...v0.2.0'`);
    });
    it('a wrong link names the link line', () => {
      const findings = lintChangelog(base([good[0]!, `[0.2.0]: ${R}/compare/v0.1.0...v0.3.0`, good[2]!]));
      expect(brief(findings)).toEqual([['error', 12, 'compare-link']]);
      expect(findings[0]!.message).toContain('expected https://github.com/o/r/compare/v0.1.0...v0.2.0');
    });
    it('a link into another repository is wrong', () => {
      const findings = lintChangelog(base([good[0]!, `[0.2.0]: https://github.com/x/y/compare/v0.1.0...v0.2.0`, good[2]!]), { repoUrl: R });
      expect(brief(findings)).toEqual([['error', 12, 'compare-link']]);
    });
    it('an Unreleased link from an older tag', () => {
      const findings = lintChangelog(base([`[Unreleased]: ${R}/compare/v0.1.0...HEAD`, good[1]!, good[2]!]));
      expect(brief(findings)).toEqual([['error', 11, 'compare-link']]);
      expect(findings[0]!.message).toContain(`expected ${R}/compare/v0.2.0...HEAD`);
    });
    it('with a repository URL given, every bracketed heading needs a link', () => {
      expect(brief(lintChangelog(base([]), { repoUrl: `${R}/` }))).toEqual([
        ['error', 3, 'compare-link'],
        ['error', 5, 'compare-link'],
        ['error', 8, 'compare-link'],
      ]);
    });
    it('without a known or inferable repository URL, links are not checked', () => {
      expect(lintChangelog(base([]))).toEqual([]);
    });
    it('after a backport, a newer version may compare from the version before the backport', () => {
      const text = doc(
        '# Changelog',
        '',
        '## [0.4.0] - 2025-03-01',
        '- z',
        '',
        '## [0.3.2] - 2025-03-05',
        '- y',
        '',
        '## [0.3.1] - 2025-01-01',
        '- x',
        '',
        `[0.4.0]: ${R}/compare/v0.3.1...v0.4.0`,
        `[0.3.2]: ${R}/compare/v0.3.1...v0.3.2`,
        `[0.3.1]: ${R}/releases/tag/v0.3.1`,
      );
      expect(lintChangelog(text)).toEqual([]);
    });
    it('a tag prefix other than v is inferred from the links', () => {
      const text = doc('# Changelog', '', '## [1.1.0] - 2025-02-01', '- y', '', '## [1.0.0] - 2025-01-01', '- x', '', `[1.1.0]: ${R}/compare/1.0.0...1.1.0`, `[1.0.0]: ${R}/releases/tag/1.0.0`);
      expect(lintChangelog(text)).toEqual([]);
    });
  });

  it('reports several problems sorted by line', () => {
    const text = doc('# Changelog', '', '## [0.3] - 2025-1-1', '### Stuff', '', '## [0.4.0] - 2025-01-01', '- x');
    expect(brief(lintChangelog(text))).toEqual([
      ['error', 3, 'version-semver'],
      ['error', 3, 'date-format'],
      ['error', 4, 'section-type'],
      ['warning', 4, 'empty-section'],
    ]);
  });
});
