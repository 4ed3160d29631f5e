import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, initRepo } from '../../support/git.js';
import { NOTES_MAX } from '../../../actions/lib/changelog/index.js';
import { SUMMARY_TEXT_MAX } from '../../../actions/changelog/summary.js';
import { changelog, entriesOf, expectSuccess, read } from './helpers.js';

/**
 * A 5 000-commit history after v1.0.0, built with `git fast-import`, through the whole
 * action (git log, classification, the CHANGELOG section, the notes). Correctness only:
 * speed is measured by the benchmarks, never asserted in a test.
 */
const N = 5000;

/** Ten shapes of commit, one per residue: what the action must make of each is known. */
function message(i: number): string {
  switch (i % 10) {
    case 0:
      return `feat(scaler): scale-out step ${i} (#${i})`;
    case 1:
      return `feat: option ${i}\n\nA longer body that mentions nothing special.\n\nSigned-off-by: A <a@example.com>`;
    case 2:
      return `fix(controller): reconcile case ${i} (#${i})`;
    case 3:
      return `fix: metric ${i}\n\nFixes #${i}`;
    case 4:
      return `chore(deps): bump module ${i} (#${i})`;
    case 5:
      return `docs: page ${i}`;
    case 6:
      return `Update the helper ${i}`;
    case 7:
      return `refactor(api)!: rename field ${i}\n\nBREAKING CHANGE: field${i} is now spec.field${i}`;
    case 8:
      return `perf: cache ${i} (#${i})`;
    default:
      return `test: cover ${i}`;
  }
}

function fastImport(dir: string): void {
  const chunks: string[] = [];
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const header = (mark: number): string => `commit refs/heads/main\nmark :${mark}\nauthor A <a@example.com> ${1_700_000_000 + mark} +0000\ncommitter A <a@example.com> ${1_700_000_000 + mark} +0000\n`;
  chunks.push(header(1), data('feat: first release\n'), 'M 644 inline CHANGELOG.md\n', data('# Changelog\n\n## [Unreleased]\n'));
  chunks.push('reset refs/tags/v1.0.0\nfrom :1\n\n');
  for (let i = 1; i <= N; i++) {
    chunks.push(header(i + 1), data(`${message(i)}\n`), `from :${i}\n`, 'M 644 inline counter.txt\n', data(`${i}\n`));
  }
  git(dir, ['fast-import', '--quiet'], { input: chunks.join('') });
  git(dir, ['reset', '-q', '--hard', 'main']);
}

describe('a 5 000-commit history', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cl-large-'));
    initRepo(dir);
    fastImport(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const per = N / 10; // commits of each shape

  it('update writes every change once, in its section, breaking changes first', async () => {
    const run = await changelog(dir, { mode: 'update', version: '1.1.0' });
    expectSuccess(run);
    const entries = entriesOf(run);
    // chore and test are left out; everything else is an entry
    expect(entries).toHaveLength(N - 2 * per);
    const count = (section: string, breaking = false): number => entries.filter((e) => e.section === section && e.breaking === breaking).length;
    expect([count('Added'), count('Fixed'), count('Changed'), count('Changed', true), count('Documentation')]).toEqual([2 * per, 2 * per, 2 * per, per, per]);
    expect(entries.filter((e) => e.pr !== null)).toHaveLength(3 * per);

    const text = read(dir);
    const section = text.slice(text.indexOf('## [1.1.0]'), text.indexOf('[Unreleased]: '));
    const items = section.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(N - 3 * per); // documentation is for the notes only
    expect(section.indexOf('### Added')).toBeLessThan(section.indexOf('### Changed'));
    expect(section.indexOf('### Changed')).toBeLessThan(section.indexOf('### Fixed'));
    const changed = section.slice(section.indexOf('### Changed'), section.indexOf('### Fixed')).split('\n').filter((l) => l.startsWith('- '));
    expect(changed.slice(0, per).every((l) => l.startsWith('- **BREAKING** **api:** Rename field'))).toBe(true);
    expect(text).toContain('[1.1.0]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v1.0.0...v1.1.0');
    expect(run.outputs['section']!.split('\n')[0]).toBe('## [1.1.0] - 2026-02-03');
    // GitHub drops a step summary over 1 MiB: the section is shown in part, and says where the rest is
    expect(run.outputs['section']!.length).toBeGreaterThan(SUMMARY_TEXT_MAX);
    expect(run.summary.length).toBeLessThan(SUMMARY_TEXT_MAX + 5_000);
    expect(run.summary).toMatch(new RegExp(`Shown: the first \\d+ of ${run.outputs['section']!.length} characters; the whole text is in CHANGELOG.md\\.`));
  });

  it('notes render every category and the counts', async () => {
    const run = await changelog(dir, { mode: 'notes', version: '1.1.0' });
    expectSuccess(run);
    const notes = run.outputs['notes']!;
    expect(notes).toContain(`This release brings ${per} breaking changes, ${2 * per} new features, ${2 * per} bug fixes, ${2 * per} other changes and ${per} documentation updates.`);
    for (const heading of ['### 🎉 New Features', '### 🐛 Bug Fixes', '### 🔧 Changes', '### 📖 Documentation', '### ⚠️ Breaking Changes']) expect(notes).toContain(heading);
    expect(notes.split('\n').filter((l) => l.startsWith('- ')).length).toBe(N - 2 * per + 3); // + 3 highlights
    // too long for a GitHub release body: said now, not first by announce
    expect(notes.length).toBeGreaterThan(NOTES_MAX);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `the release notes are ${notes.length} characters and GitHub keeps at most 125000 in a release body, so announce will refuse them: leave categories out (changelog.exclude in .github/release.yml) or give a shorter notes-template`,
    ]);
    expect(run.summary.length).toBeLessThan(SUMMARY_TEXT_MAX + 5_000);
    expect(run.summary).toContain(`the whole text is in the file of the notes-file output.**`);
    expect(notes.startsWith(run.summary.slice(run.summary.indexOf("## What's New")).split('\n').slice(0, 40).join('\n'))).toBe(true);
  });

  it('a release of ordinary length keeps its whole notes in the summary, without a warning', async () => {
    // 1.0.1: older than the 1.1.0 section written above, so no hand-written lines join the notes
    const run = await changelog(dir, { mode: 'notes', version: '1.0.1', from: 'HEAD~50' });
    expectSuccess(run);
    expect(run.annotations).toEqual([]);
    expect(run.summary).toContain(run.outputs['notes']!.trim());
    expect(run.summary).not.toContain('Shown: the first');
  });
});
