import { describe, expect, it } from '@jest/globals';
import { classifyCommits, renderNotes, updateChangelog } from '../../../actions/lib/changelog/index.js';
import { generateMessages, toRecords } from './corpus.js';

/**
 * A 10 000-commit history of real shape, classified and rendered. Correctness
 * only: speed is measured by `npm run bench`, never asserted in a test.
 */
describe('a 10 000-commit history', () => {
  const records = toRecords(generateMessages(10_000, 11));

  it('classifies every commit into an entry or a reason to skip it', () => {
    const { entries, skipped } = classifyCommits(records);
    expect(entries.length + skipped.length).toBe(records.length);
    expect(entries.length).toBeGreaterThan(5000);
  });

  it('renders a CHANGELOG section and release notes from it', () => {
    const repoUrl = 'https://github.com/o/r';
    const { entries } = classifyCommits(records);
    const { section } = updateChangelog('# Changelog\n\n## [Unreleased]\n', { version: '1.0.0', date: '2025-01-01', entries, repoUrl, previousTag: 'v0.9.0' });
    const notes = renderNotes(entries, { version: '1.0.0', repoUrl, previousTag: 'v0.9.0' });
    expect(section.split('\n').length).toBeGreaterThan(1000);
    expect(section).toContain('## [1.0.0] - 2025-01-01');
    expect(notes).toContain('### 🎉 New Features');
    expect(notes).toContain('**Full Changelog**: https://github.com/o/r/compare/v0.9.0...v1.0.0');
  });
});
