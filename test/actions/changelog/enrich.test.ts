import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { spec } from '../../../actions/changelog/inputs.js';
import { enrichWithPulls, pickPull, subjectFromPull, type GitCommit, type PullInfo, type PullSource } from '../../../actions/changelog/pulls.js';
import { projectRoot } from '../../support/harness.js';

/** The enrichment's bounds and failure handling, with a stand-in for the API that counts what it is asked. */
const sha = (n: number): string => n.toString(16).padStart(40, '0');
const commitOf = (n: number, subject: string, parents = 1): GitCommit => ({ sha: sha(n), parents: Array.from({ length: parents }, (_, i) => sha(1000 + i)), subject, body: '' });
const pullOf = (number: number, extra: Partial<PullInfo> = {}): PullInfo => ({ number, title: `feat: pull ${number}`, author: `user${number}`, labels: [], merged: true, mergeCommitSha: null, ...extra });

class FakeSource implements PullSource {
  asked: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  constructor(private readonly answer: (what: string) => PullInfo | PullInfo[] | null | Error) {}
  private async ask<T>(what: string): Promise<T> {
    this.asked.push(what);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((r) => setImmediate(r));
    this.inFlight--;
    const a = this.answer(what);
    if (a instanceof Error) throw a;
    return a as T;
  }
  pullsOfCommit(s: string): Promise<PullInfo[]> {
    return this.ask(`commit ${s}`);
  }
  pull(n: number): Promise<PullInfo | null> {
    return this.ask(`pull ${n}`);
  }
}

const httpError = (status: number): Error => Object.assign(new Error(`HTTP ${status}`), { status });

describe('enrichWithPulls', () => {
  it('asks for each pull request number once, for commits without one by SHA, never for merges or skipped commits; the title becomes the subject', async () => {
    const commits = [
      commitOf(1, 'fix: a (#7)'),
      commitOf(2, 'fix: again (#7)'),
      commitOf(3, 'feat: b'),
      commitOf(4, 'Merge pull request #9 from x/y', 2),
      commitOf(5, 'feat: cancelled'),
      { ...commitOf(6, 'Add status conditions', 1), pr: 11 }, // a merged pull request, as pullRequestRecords gives it
    ];
    const source = new FakeSource((what) => (what === 'pull 7' ? pullOf(7, { title: 'fix: a', labels: ['bug'] }) : what === 'pull 11' ? pullOf(11, { title: 'feat: status conditions' }) : [pullOf(8)]));
    const result = await enrichWithPulls(commits, source, { skip: new Set([sha(5)]) });
    expect(source.asked.sort()).toEqual([`commit ${sha(3)}`, 'pull 11', 'pull 7']);
    expect(result.warning).toBeNull();
    expect(result.requests).toBe(3);
    expect(result.enriched).toBe(4);
    expect(result.records.map((r) => [r.subject, r.pr ?? null, r.author ?? null, r.labels ?? null])).toEqual([
      ['fix: a', 7, 'user7', ['bug']],
      ['fix: a', 7, 'user7', ['bug']],
      ['feat: pull 8', 8, 'user8', []],
      ['Merge pull request #9 from x/y', null, null, null],
      ['feat: cancelled', null, null, null],
      ['feat: status conditions', 11, 'user11', []],
    ]);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const commits = Array.from({ length: 40 }, (_, i) => commitOf(i + 1, `fix: ${i} (#${i + 1})`));
    const source = new FakeSource((what) => pullOf(Number(what.split(' ')[1])));
    const result = await enrichWithPulls(commits, source, { concurrency: 3 });
    expect(source.asked).toHaveLength(40);
    expect(source.maxInFlight).toBe(3);
    expect(result.enriched).toBe(40);
  });

  it('stops at maxRequests with one warning; the rest keep their commit data', async () => {
    const commits = Array.from({ length: 10 }, (_, i) => commitOf(i + 1, `feat: ${i}`));
    const source = new FakeSource(() => [pullOf(1)]);
    const result = await enrichWithPulls(commits, source, { maxRequests: 4 });
    expect(source.asked).toHaveLength(4);
    expect(result.enriched).toBe(4);
    expect(result.warning).toBe('10 pull request lookups were needed, 4 were made; 6 commits described from the commit alone (narrow the range with from/to, or set use-pull-requests: false)');
  });

  it('treats 404 and 422 as "no pull request", anything else as a failure of the whole enrichment', async () => {
    const missing = new FakeSource((what) => (what === 'pull 1' ? httpError(404) : httpError(422)));
    const ok = await enrichWithPulls([commitOf(1, 'fix: a (#1)'), commitOf(2, 'fix: b')], missing);
    expect(ok.warning).toBeNull();
    expect(ok.enriched).toBe(0);

    const failing = new FakeSource((what) => (what === 'pull 2' ? httpError(502) : pullOf(Number(what.split(' ')[1]))));
    const commits = [commitOf(1, 'fix: a (#1)'), commitOf(2, 'fix: b (#2)'), commitOf(3, 'fix: c (#3)')];
    const failed = await enrichWithPulls(commits, failing, { concurrency: 1 });
    expect(failed.warning).toMatch(/^could not read pull requests through the GitHub API \(HTTP 502: HTTP 502\)/);
    expect(failed.enriched).toBe(0);
    expect(failed.records).toEqual(commits);
    expect(failing.asked).toEqual(['pull 1', 'pull 2']); // nothing asked after the failure
  });
});

describe('the pull request of a commit, and its subject', () => {
  it('prefers the merged pull request whose merge commit is the commit; open ones never count', () => {
    expect(pickPull(sha(1), [pullOf(1, { merged: false }), pullOf(2), pullOf(3, { mergeCommitSha: sha(1) })])?.number).toBe(3);
    expect(pickPull(sha(1), [pullOf(1, { merged: false }), pullOf(2)])?.number).toBe(2);
    expect(pickPull(sha(1), [pullOf(1, { merged: false })])).toBeNull();
  });

  it("takes the pull request's title, except for reverts and for a breaking marker the title lacks", () => {
    const p = pullOf(5, { title: 'feat(api): status subresource' });
    expect(subjectFromPull('wip', p)).toBe('feat(api): status subresource');
    expect(subjectFromPull('Revert "feat: x"', p)).toBe('Revert "feat: x"');
    expect(subjectFromPull('feat!: drop v1', p)).toBe('feat!: drop v1');
    expect(subjectFromPull('feat!: drop v1', pullOf(6, { title: 'feat(api)!: v2 only' }))).toBe('feat(api)!: v2 only');
  });
});

describe('inputs', () => {
  it("reads exactly the inputs action.yml declares", () => {
    const yml = parse(readFileSync(join(projectRoot, 'actions', 'changelog', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    expect(Object.keys(spec).sort()).toEqual(Object.keys(yml.inputs).sort());
  });
});
