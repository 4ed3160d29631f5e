import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changelog, entriesOf, expectSuccess } from './helpers.js';

/**
 * The benchmark's own 10 000-commit history (bench/lib/data.mjs: squash merges, pull request
 * merges, dependabot bodies, breaking footers, reverts, odd subjects), rendered by the action.
 * The digests were taken with the code before the changelog was made faster: a change meant to
 * save time must leave every byte of the notes and of the entries as they were.
 */
const NOTES_SHA256 = 'dce38732a03ea24514d6b1be4974881ad93664ea45cab669095f41a4e360223b';
const ENTRIES_SHA256 = '969397e73d6a2bc3f7d9b13d0ed43866fc7362a929717050a6e668dd90ab611b';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe("the benchmark's 10 000-commit history", () => {
  let temp: string;
  let repo: string;
  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'cl-bench-history-'));
    // the generator writes under BENCH_TMP, read when its module loads
    process.env['BENCH_TMP'] = temp;
    const { history } = (await import('../../../bench/lib/data.mjs' as string)) as { history: (n: number) => string };
    repo = history(10_000);
  }, 180_000);
  afterAll(() => {
    delete process.env['BENCH_TMP'];
    rmSync(temp, { recursive: true, force: true });
  });

  it('renders the same notes and entries, byte for byte, as before the speed-ups', async () => {
    const run = await changelog(repo, { mode: 'notes', version: '0.5.0' });
    expectSuccess(run);
    const notes = run.outputs['notes']!;
    expect(entriesOf(run).length).toBeGreaterThan(7000);
    expect(notes).toContain('**Full Changelog**: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.4.1...v0.5.0');
    expect({ notes: sha256(notes), entries: sha256(run.outputs['entries']!) }).toEqual({ notes: NOTES_SHA256, entries: ENTRIES_SHA256 });
  }, 120_000);
});
