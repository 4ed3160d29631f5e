import { describe, expect, it } from '@jest/globals';
import { FileError } from '../../../actions/lib/runner/errors.js';
import { classifyCommits, extractSection, lintChangelog, updateChangelog, type Entry } from '../../../actions/lib/changelog/index.js';
import { expectGolden, fixture } from './golden.js';
import { ENTRIES, REPO, sha } from './wva-range.js';

const base = { date: '2025-10-01', repoUrl: REPO, tagPrefix: 'v' };

describe('updateChangelog on a WVA-shaped CHANGELOG', () => {
  const input = fixture('wva-CHANGELOG.md');

  it('releases 0.5.0: Unreleased lines move and merge, links added, everything else byte-identical', () => {
    const out = updateChangelog(input, { ...base, version: '0.5.0', previousTag: 'v0.4.1', entries: ENTRIES });
    expect(out.changed).toBe(true);
    expectGolden('update/release-0.5.0.md', out.text);
    // untouched regions are the same bytes
    expect(out.text.startsWith(input.slice(0, input.indexOf('## [Unreleased]')))).toBe(true);
    const tail = input.slice(input.indexOf('## [0.4.1]'), input.indexOf('[Unreleased]: '));
    expect(out.text).toContain(tail);
    // hand-written lines are all there, PR 210 and 215 only once (the hand-written line wins)
    for (const line of ['Hand-written: queue-depth based', 'that continues on a second line', 'Hand-written: reconcile no longer', 'Upgrading from 0.3.x']) {
      expect(out.text).toContain(line);
    }
    expect(out.text.match(/#210\b/g)).toHaveLength(1);
    expect(out.text.match(/pull\/215\b/g)).toHaveLength(1);
    expect(out.section).toBe(extractSection(out.text, '0.5.0').text);
    expect(extractSection(out.text, 'Unreleased').body).toBe('');
    // the hand-written '### Notes' moved along (nothing lost); the linter names it
    expect(lintChangelog(out.text).filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'section-type', message: expect.stringContaining("'### Notes'") }),
    ]);
  });

  it('is idempotent: a second run for 0.5.0 changes nothing', () => {
    const once = updateChangelog(input, { ...base, version: '0.5.0', previousTag: 'v0.4.1', entries: ENTRIES });
    const twice = updateChangelog(once.text, { ...base, version: 'v0.5.0', previousTag: 'v0.4.1', entries: ENTRIES });
    expect(twice.changed).toBe(false);
    expect(twice.text).toBe(once.text);
    expect(twice.section).toBe(once.section);
  });

  it('regenerate rewrites the section from the entries and keeps hand-written lines', () => {
    const once = updateChangelog(input, { ...base, version: '0.5.0', previousTag: 'v0.4.1', entries: ENTRIES });
    const fewer = ENTRIES.filter((e) => e.pr !== 227).map((e) => (e.pr === 217 ? { ...e, subject: 'run as non-root (reworded)' } : e));
    const again = updateChangelog(once.text, { ...base, version: '0.5.0', date: '2025-10-02', previousTag: 'v0.4.1', entries: fewer, regenerate: true });
    expect(again.changed).toBe(true);
    expectGolden('update/regenerate-0.5.0.md', again.text);
    expect(again.text).not.toContain('#227');
    expect(again.text).toContain('Run as non-root (reworded)');
    expect(again.text).not.toContain('Run the controller as non-root');
    expect(again.text).toContain('Hand-written: a line with no pull request');
    // a hand-written line (not in the shape the library writes) still wins for its PR
    expect(again.text).toContain('Hand-written: queue-depth based scale-out for vLLM backends (#210)');
    expect(again.text.match(/#210\b/g)).toHaveLength(1);
    expect(again.text.match(/## \[0\.5\.0\]/g)).toHaveLength(1);
    // a regenerate with the same input is a fixed point
    const same = updateChangelog(again.text, { ...base, version: '0.5.0', date: '2025-10-02', previousTag: 'v0.4.1', entries: fewer, regenerate: true });
    expect(same.text).toBe(again.text);
    expect(same.changed).toBe(false);
  });

  it('a backport 0.3.2 goes below 0.4.0, leaves Unreleased and its link alone', () => {
    const fix: Entry[] = classifyCommits([{ sha: sha(40), subject: 'fix(webhook): certificate reload race (#225)' }]).entries;
    const out = updateChangelog(input, { ...base, version: '0.3.2', previousTag: 'v0.3.1', entries: fix });
    expectGolden('update/backport-0.3.2.md', out.text);
    const at = (s: string): number => out.text.indexOf(s);
    expect(at('## [0.4.0]')).toBeLessThan(at('## [0.3.2]'));
    expect(at('## [0.3.2]')).toBeLessThan(at('## [0.3.1]'));
    expect(at('[0.4.0]: ')).toBeLessThan(at('[0.3.2]: '));
    expect(at('[0.3.2]: ')).toBeLessThan(at('[0.3.1]: '));
    expect(extractSection(out.text, 'Unreleased').text).toBe(extractSection(input, 'Unreleased').text);
    expect(out.text).toContain(`[Unreleased]: ${REPO}/compare/v0.4.1...HEAD`);
    expect(out.text).toContain(`[0.3.2]: ${REPO}/compare/v0.3.1...v0.3.2`);
    expect(lintChangelog(out.text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('updateChangelog edge cases', () => {
  const feat = classifyCommits([{ sha: sha(50), subject: 'feat: first feature (#1)' }]).entries;

  it('nothing generated and nothing hand-written still writes a dated section (the linter warns)', () => {
    const text = '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2025-01-01\n\n### Added\n- x\n';
    const out = updateChangelog(text, { version: '0.1.1', date: '2025-02-01', entries: [] });
    expect(out.text).toBe('# Changelog\n\n## [Unreleased]\n\n## [0.1.1] - 2025-02-01\n\n## [0.1.0] - 2025-01-01\n\n### Added\n- x\n');
    expect(out.section).toBe('## [0.1.1] - 2025-02-01');
    expect(lintChangelog(out.text)).toEqual([{ severity: 'warning', line: 5, rule: 'empty-section', message: '0.1.1 is released with no changes listed' }]);
  });

  it('an empty file becomes a new Keep a Changelog document', () => {
    const out = updateChangelog('', { version: '0.1.0', date: '2025-01-01', entries: feat, repoUrl: 'https://github.com/o/r' });
    expectGolden('update/new-file.md', out.text);
    expect(lintChangelog(out.text)).toEqual([]);
  });

  it('keeps CRLF line endings', () => {
    const text = '# Changelog\r\n\r\n## [Unreleased]\r\n\r\n### Added\r\n- hand\r\n\r\n## [0.1.0] - 2025-01-01\r\n\r\n### Added\r\n- x\r\n';
    const out = updateChangelog(text, { version: '0.2.0', date: '2025-02-01', entries: feat });
    expect(out.text).toBe(
      '# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [0.2.0] - 2025-02-01\r\n\r\n### Added\r\n- hand\r\n- First feature (#1)\r\n\r\n## [0.1.0] - 2025-01-01\r\n\r\n### Added\r\n- x\r\n',
    );
  });

  it('follows the file style: unbracketed headings, a blank line under ###, * markers', () => {
    const text = '# Changelog\n\n## 0.1.0 - 2025-01-01\n\n### Added\n\n* x\n';
    const out = updateChangelog(text, { version: '0.2.0', date: '2025-02-01', entries: feat, repoUrl: 'https://github.com/o/r', previousTag: 'v0.1.0' });
    expect(out.text).toBe('# Changelog\n\n## 0.2.0 - 2025-02-01\n\n### Added\n\n* First feature ([#1](https://github.com/o/r/pull/1))\n\n## 0.1.0 - 2025-01-01\n\n### Added\n\n* x\n');
  });

  it('a file without a trailing newline and without links gets a link block at the end', () => {
    const text = '# Changelog\n\n## [0.1.0] - 2025-01-01\n\n### Added\n- x';
    const out = updateChangelog(text, { version: '0.0.9', date: '2024-12-01', entries: feat, repoUrl: 'https://github.com/o/r' });
    expect(out.text).toBe(
      '# Changelog\n\n## [0.1.0] - 2025-01-01\n\n### Added\n- x\n\n## [0.0.9] - 2024-12-01\n\n### Added\n- First feature ([#1](https://github.com/o/r/pull/1))\n\n[0.0.9]: https://github.com/o/r/releases/tag/v0.0.9',
    );
  });

  it('generated entries with the same PR collapse; Documentation stays out of the CHANGELOG; sections keep the six order', () => {
    const entries = classifyCommits([
      { sha: sha(60), subject: 'security: x (#5)' },
      { sha: sha(61), subject: 'fix: y (#4)' },
      { sha: sha(62), subject: 'revert: z (#3)' },
      { sha: sha(63), subject: 'deprecate: w (#2)' },
      { sha: sha(64), subject: 'perf: v (#1)' },
      { sha: sha(65), subject: 'feat: u (#1)' },
      { sha: sha(66), subject: 'feat: cherry-picked twice (#6)' },
      { sha: sha(67), subject: 'feat: cherry-picked twice (#6)' },
      { sha: sha(68), subject: 'docs: t (#7)' },
    ]).entries;
    const out = updateChangelog('# Changelog\n', { version: '1.0.0', date: '2025-03-01', entries });
    expect(out.section).toBe(
      [
        '## [1.0.0] - 2025-03-01',
        '',
        '### Added',
        '- Cherry-picked twice (#6)',
        '',
        '### Changed',
        '- V (#1)',
        '',
        '### Deprecated',
        '- W (#2)',
        '',
        '### Removed',
        '- Z (#3)',
        '',
        '### Fixed',
        '- Y (#4)',
        '',
        '### Security',
        '- X (#5)',
      ].join('\n'),
    );
    expect(out.text).toBe(`# Changelog\n\n${out.section}\n`);
  });

  it('hand-written list items directly under [Unreleased] are kept as the intro', () => {
    const text = '# Changelog\n\n## [Unreleased]\n- a loose line (#1)\n\n## [0.1.0] - 2025-01-01\n- x\n';
    const out = updateChangelog(text, { version: '0.2.0', date: '2025-02-01', entries: feat });
    expect(out.section).toBe('## [0.2.0] - 2025-02-01\n\n- a loose line (#1)');
  });

  it.each([
    ['no headings at all', 'just some text\nand more\n', 1, 'has no headings'],
    ['a ## heading it cannot place', '# Changelog\n\n## [0.1.0] - 2025-01-01\n- x\n\n## Older releases\n- y\n', 6, "cannot place the heading '## Older releases'"],
  ])('refuses %s, naming the line', (_name, text, line, message) => {
    let error: unknown;
    try {
      updateChangelog(text, { version: '0.2.0', date: '2025-02-01', entries: feat });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).line).toBe(line);
    expect((error as FileError).message).toContain(`CHANGELOG.md:${line}: `);
    expect((error as FileError).message).toContain(message);
  });

  it('ignores headings inside code fences', () => {
    const text = '# Changelog\n\n```md\n## Not a heading\n```\n\n## [0.1.0] - 2025-01-01\n- x\n';
    const out = updateChangelog(text, { version: '0.2.0', date: '2025-02-01', entries: feat });
    expect(out.text).toContain('```md\n## Not a heading\n```\n\n## [0.2.0] - 2025-02-01');
  });

  it.each([
    ['a date that is not a date', { version: '0.2.0', date: '2025-02-30' }, 'not a calendar date'],
    ['a version that is not SemVer', { version: '0.2', date: '2025-02-01' }, 'SemVer'],
  ])('refuses %s', (_name, opts, message) => {
    expect(() => updateChangelog('# Changelog\n', { ...opts, entries: [] })).toThrow(message);
  });
});
