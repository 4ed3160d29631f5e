import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../support/harness.js';
import { changelog, expectSuccess, WVA_URL } from './helpers.js';

const WVA_CHANGELOG = readFileSync(join(projectRoot, 'test', 'fixtures', 'repos', 'wva', 'CHANGELOG.md'), 'utf8');

describe('extract and lint (no git needed)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cl-extract-'));
    writeFileSync(join(dir, 'CHANGELOG.md'), WVA_CHANGELOG);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('extract outputs the section of a version, with and without its heading', async () => {
    const run = await changelog(dir, { mode: 'extract', version: 'v0.4.0' });
    expectSuccess(run);
    expect(run.outputs['version']).toBe('0.4.0');
    expect(run.outputs['section']).toBe(
      '## [0.4.0] - 2025-08-28\n\n### Added\n- `VariantAutoscaling` status conditions (#170)\n- Helm values for the metrics collector (#172)\n\n### Changed\n- Saturation thresholds are read from the ConfigMap (#175)',
    );
    expect(run.outputs['section-body']).toBe(run.outputs['section']!.split('\n').slice(2).join('\n'));
    expect(Object.keys(run.outputs).sort()).toEqual(['section', 'section-body', 'version']);
    expect(run.summary).toContain('`CHANGELOG.md` line 21');
  });

  it('extract takes the version from the tag that started the run, and can extract Unreleased', async () => {
    const tagged = await changelog(dir, { mode: 'extract' }, { ref: 'refs/tags/v0.4.1' });
    expectSuccess(tagged);
    expect(tagged.outputs['section']).toBe('## [0.4.1] - 2025-09-12\n\n### Fixed\n- Controller panics when the Prometheus query returns no samples (#190)');
    const unreleased = await changelog(dir, { mode: 'extract', version: 'Unreleased' });
    expectSuccess(unreleased);
    expect(unreleased.outputs['version']).toBe('Unreleased');
    expect(unreleased.outputs['section-body']).toContain('- Queue-depth based scale-out for vLLM backends (#210)');
  });

  it('lint of a well-kept file: no findings, success', async () => {
    const run = await changelog(dir, { mode: 'lint' });
    expectSuccess(run);
    expect(run.annotations).toEqual([]);
    expect(run.summary).toContain('No findings');
  });

  it('lint reports every rule as an annotation on its line; errors fail the step', async () => {
    const text = [
      '# Changelog', // 1
      '', // 2
      '## [Unreleased]', // 3
      '', // 4
      '## [0.6.0] - 2026-13-01', // 5  date-format
      '', // 6
      '### Improvements', // 7  section-type
      '- faster', // 8
      '', // 9
      '## [0.4.0] - 2025-08-28', // 10
      '', // 11
      '### Added', // 12
      '- a', // 13
      '', // 14
      '## [0.5.0] - 2025-10-01', // 15 version-order
      '', // 16
      '### Fixed', // 17
      '- b', // 18
      '', // 19
      '## [0.4.0] - 2025-08-28', // 20 duplicate-version
      '', // 21
      '### Fixed', // 22
      '- c', // 23
      '', // 24
      '## [0.3] - 2025-07-01', // 25 version-semver
      '', // 26
      '### Fixed', // 27
      '- d', // 28
      '', // 29
      '## [0.2.0] - 2025-06-01', // 30 empty-section (warning)
      '', // 31
      '## [0.1.0]', // 32 date-missing (warning)
      '', // 33
      '### Added', // 34
      '- e', // 35
      '', // 36
      `[Unreleased]: ${WVA_URL}/compare/v0.6.0...HEAD`, // 37
      `[0.6.0]: ${WVA_URL}/compare/v0.4.0...v0.6.0`, // 38 (0.4.0 is older: accepted)
      `[0.5.0]: ${WVA_URL}/compare/v0.5.0...v0.4.0`, // 39 compare-link (wrong)
      `[0.4.0]: ${WVA_URL}/compare/v0.2.0...v0.4.0`, // 40
      `[0.2.0]: ${WVA_URL}/compare/v0.1.0...v0.2.0`, // 41
      // no [0.1.0] link: compare-link (missing) at the heading, line 32
      '',
    ].join('\n');
    writeFileSync(join(dir, 'BAD.md'), text);
    const before = readFileSync(join(dir, 'BAD.md'));
    const run = await changelog(dir, { mode: 'lint', path: 'BAD.md' });
    expect(run.exitCode).toBe(1);
    const seen = run.annotations.map((a) => [a.level, a.line, a.title, a.file]);
    expect(seen).toEqual([
      ['error', 5, 'changelog date-format', 'BAD.md'],
      ['error', 7, 'changelog section-type', 'BAD.md'],
      ['error', 15, 'changelog version-order', 'BAD.md'],
      ['error', 20, 'changelog duplicate-version', 'BAD.md'],
      ['error', 25, 'changelog version-semver', 'BAD.md'],
      ['warning', 30, 'changelog empty-section', 'BAD.md'],
      ['warning', 32, 'changelog date-missing', 'BAD.md'],
      ['error', 32, 'changelog compare-link', 'BAD.md'],
      ['error', 39, 'changelog compare-link', 'BAD.md'],
    ]);
    const message = (line: number, rule: string): string => run.annotations.find((a) => a.line === line && a.title === `changelog ${rule}`)!.message;
    expect(message(5, 'date-format')).toContain("date '2026-13-01' of 0.6.0");
    expect(message(7, 'section-type')).toContain("'### Improvements' is not a Keep a Changelog type");
    expect(message(15, 'version-order')).toContain('0.5.0 comes after 0.4.0 (line 10)');
    expect(message(20, 'duplicate-version')).toContain('already has a section at line 10');
    expect(message(32, 'compare-link')).toContain(`expected '[0.1.0]: ${WVA_URL}/releases/tag/v0.1.0'`);
    expect(message(39, 'compare-link')).toContain(`expected ${WVA_URL}/compare/v0.4.0...v0.5.0`);
    expect(run.summary).toContain('**7 errors, 2 warnings**');
    expect(run.summary).toContain('| 25 | error | version-semver |');
    // lint reads, never writes
    expect(readFileSync(join(dir, 'BAD.md')).equals(before)).toBe(true);
  });

  it('lint with warnings only succeeds, and a structure error names its line', async () => {
    writeFileSync(join(dir, 'WARN.md'), `# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2025-01-01\n\n[Unreleased]: ${WVA_URL}/compare/v0.1.0...HEAD\n[0.1.0]: ${WVA_URL}/releases/tag/v0.1.0\n`);
    const warn = await changelog(dir, { mode: 'lint', path: 'WARN.md' });
    expectSuccess(warn);
    expect(warn.annotations.map((a) => [a.level, a.line, a.title])).toEqual([['warning', 5, 'changelog empty-section']]);
    expect(warn.summary).toContain('**0 errors, 1 warning**');

    writeFileSync(join(dir, 'ODD.md'), '# Changelog\n\n## What changed\n\n- x\n');
    const odd = await changelog(dir, { mode: 'lint', path: 'ODD.md' });
    expect(odd.exitCode).toBe(1);
    expect(odd.errors.map((a) => [a.line, a.title, a.file])).toEqual([[3, 'changelog structure', 'ODD.md']]);
    expect(odd.errors[0]!.message).toContain("cannot place the heading '## What changed'");
  });

  it("lint checks the links against the file's own repository (a fork keeps its upstream's), else this one", async () => {
    writeFileSync(join(dir, 'NOLINKS.md'), '# Changelog\n\n## [0.1.0] - 2025-01-01\n\n### Added\n- x\n');
    const run = await changelog(dir, { mode: 'lint', path: 'NOLINKS.md' });
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((a) => [a.line, a.message])).toEqual([[3, `[0.1.0] has no link definition; expected '[0.1.0]: ${WVA_URL}/releases/tag/v0.1.0'`]]);
    const fork = await changelog(dir, { mode: 'lint' }, { repository: 'someone/fork' });
    expectSuccess(fork);
    expect(fork.annotations).toEqual([]);
  });
});
