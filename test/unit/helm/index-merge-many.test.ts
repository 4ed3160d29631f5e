/**
 * Several versions merged in one pass must give, byte for byte, what merging them one after the
 * other gives (the same `generated`), on Helm-written indexes from real repositories and on a
 * generated one: new versions of listed charts, new charts (among them two that go in at one
 * place), versions there already, and the refusals of `mergeIndex`.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { mergeIndex } from '../../../actions/lib/helm/index-merge.js';
import { mergeIndexEntries } from '../../../actions/lib/helm/index-merge-many.js';
import type { IndexEntry } from '../../../actions/lib/helm/index-entry.js';
import { ActionError } from '../../../actions/lib/runner/errors.js';
import { projectRoot } from '../../support/harness.js';
import { entry, generateIndex } from './index-support.js';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const corpus = (name: string): string => readFileSync(join(projectRoot, 'test', 'corpus', 'helm-index', name), 'utf8');

function oneAfterTheOther(text: string | undefined, entries: readonly IndexEntry[]): string | undefined {
  let current: string | Uint8Array | undefined = text;
  for (const e of entries) {
    const merged = mergeIndex(current, e, { now: NOW });
    if (merged.status === 'published') current = merged.text;
  }
  return current === undefined ? undefined : Buffer.from(current).toString('utf8');
}

describe('mergeIndexEntries', () => {
  const generated = generateIndex(['alpha', 'delta', 'kappa', 'omega'], 6).text;
  const cases: Array<[string, string]> = [
    ['a generated index', generated],
    ['llm-d-infra', corpus('llm-d-infra-index.yaml')],
  ];

  it.each(cases)('%s: the same bytes as merging one after the other, with one diff hunk per entry and generated', (_label, text) => {
    const names = Object.keys((parse(text) as { entries: Record<string, unknown> }).entries);
    // a newer version of the first and the last chart; new charts, two of them going in at one place (the end), given out of order
    const listed = names.length > 1 ? [entry(names[0]!, '99.0.0'), entry(names[names.length - 1]!, '99.0.1')] : [entry(names[0]!, 'v99.0.0')];
    const entries = [...listed, entry('zz-new-b', '1.0.0'), entry('aa-new', '1.0.0'), entry('zz-new-a', '1.0.0')];
    const many = mergeIndexEntries(text, entries, { now: NOW });
    expect(many.status).toBe('published');
    expect(many.added).toEqual(entries);
    expect(many.text).toBe(oneAfterTheOther(text, entries));
    expect(many.changes.length).toBe(entries.length + 1);
    expect(many.diff).toMatch(/^\+generated: "2026-12-07T12:00:00Z"$/m);
    for (const e of entries) expect(many.diff).toMatch(new RegExp(`^\\+\\s*version: "?${e.metadata.version.replace(/\./g, '\\.')}"?$`, 'm'));
    // bytes in, the same bytes out
    expect(mergeIndexEntries(Buffer.from(text), entries, { now: NOW }).bytes.toString('utf8')).toBe(many.text);
  });

  it('leaves out what is there with the same digest, and is unchanged when all is there', () => {
    const first = entry('alpha', '50.0.0');
    const once = mergeIndexEntries(generated, [first, entry('beta', '1.0.0')], { now: NOW }).text;
    const again = mergeIndexEntries(once, [first, entry('beta', '1.0.0'), entry('gamma', '2.0.0')], { now: NOW });
    expect(again.added.map((e) => e.metadata.name)).toEqual(['gamma']);
    const nothing = mergeIndexEntries(once, [first, entry('beta', '1.0.0')], { now: NOW });
    expect([nothing.status, nothing.added, nothing.text === once]).toEqual(['unchanged', [], true]);
  });

  it('refuses a version there with another digest, naming it, and two versions of one chart', () => {
    const text = mergeIndexEntries(generated, [entry('alpha', '50.0.0'), entry('beta', '1.0.0')], { now: NOW }).text;
    expect(() => mergeIndexEntries(text, [entry('beta', '2.0.0'), entry('alpha', '50.0.0', {}, 'a'.repeat(64))], { now: NOW })).toThrow(/alpha 50\.0\.0 is already published \(line \d+\) with digest/);
    expect(() => mergeIndexEntries(text, [entry('beta', '2.0.0'), entry('beta', '3.0.0')], { now: NOW })).toThrow(ActionError);
  });

  it('falls back to one after the other for no index and for entries: {}, with the same result', () => {
    const entries = [entry('beta', '1.0.0'), entry('alpha', '1.0.0')];
    expect(mergeIndexEntries(undefined, entries, { now: NOW }).text).toBe(oneAfterTheOther(undefined, entries));
    const empty = 'apiVersion: v1\nentries: {}\ngenerated: "2026-01-01T00:00:00Z"\n';
    const merged = mergeIndexEntries(empty, entries, { now: NOW });
    expect(merged.text).toBe(oneAfterTheOther(empty, entries));
    expect(Object.keys((parse(merged.text) as { entries: object }).entries)).toEqual(['alpha', 'beta']);
  });
});
