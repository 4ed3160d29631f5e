import { describe, expect, it } from '@jest/globals';
import { Classifier, classifyCommits, renderNotes, updateChangelog } from '../../../actions/lib/changelog/index.js';
import { generateMessages, toRecords } from './corpus.js';

/**
 * Throughput on 10 000 real-shaped commits. The figures are CPU time of this process
 * (`process.cpuUsage`), best of five runs after a warm-up, so that other work on a shared
 * machine does not fail the build; wall time is printed beside it.
 */
function measure<T>(fn: () => T, runs = 5): { cpuMs: number; wallMs: number; value: T } {
  let best: { cpuMs: number; wallMs: number; value: T } | null = null;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const value = fn();
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    const cpuMs = (c.user + c.system) / 1000;
    if (!best || cpuMs < best.cpuMs) best = { cpuMs, wallMs, value };
  }
  return best!;
}

describe('throughput', () => {
  const records = toRecords(generateMessages(10_000, 11));

  it('classifies 10 000 commits at ≥ 20 000 commits/s', () => {
    const warm = new Classifier();
    for (const r of records) warm.classify(r);
    const m = measure(() => classifyCommits(records));
    const perSecond = Math.round((records.length / m.cpuMs) * 1000);
    process.stdout.write(
      `classification: ${records.length} commits in ${m.cpuMs.toFixed(1)} ms CPU (${m.wallMs.toFixed(1)} ms wall) = ${perSecond} commits/s (${m.value.entries.length} entries)\n`,
    );
    expect(m.value.entries.length).toBeGreaterThan(5000);
    expect(perSecond).toBeGreaterThanOrEqual(20_000);
  });

  it('classifies 10 000 commits and renders a CHANGELOG section and release notes in under 0.5 s', () => {
    const repoUrl = 'https://github.com/o/r';
    const m = measure(() => {
      const { entries } = classifyCommits(records);
      const { section } = updateChangelog('# Changelog\n\n## [Unreleased]\n', { version: '1.0.0', date: '2025-01-01', entries, repoUrl, previousTag: 'v0.9.0' });
      const notes = renderNotes(entries, { version: '1.0.0', repoUrl, previousTag: 'v0.9.0' });
      return { section, notes };
    }, 3);
    process.stdout.write(
      `end to end: 10000 commits → section (${m.value.section.length} chars) + notes (${m.value.notes.length} chars) in ${m.cpuMs.toFixed(1)} ms CPU (${m.wallMs.toFixed(1)} ms wall)\n`,
    );
    expect(m.value.section.split('\n').length).toBeGreaterThan(1000);
    expect(m.value.notes).toContain('### 🎉 New Features');
    expect(m.cpuMs).toBeLessThan(500);
  });
});
