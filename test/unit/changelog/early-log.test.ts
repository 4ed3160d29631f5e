import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startLog } from '../../../actions/changelog/log.js';
import { startRefs } from '../../../actions/changelog/refs.js';
import { Git, type CommitRecord } from '../../../actions/lib/git/git.js';
import { commit, initRepo, tag } from '../../support/git.js';
import { tempDir } from '../../support/tmp.js';

// The changelog action starts `git log` before its modules load (actions/changelog/log.ts):
// what git writes before the reader is ready must reach it whole and in order.
describe('the log started before its reader', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const shas: string[] = [];

  beforeAll(async () => {
    ({ path: dir, cleanup } = await tempDir('early-log-'));
    initRepo(dir);
    commit(dir, 'chore: start');
    tag(dir, 'v0.1.0', { annotated: true });
    // bodies long enough that git writes the range in several chunks
    for (let i = 0; i < 400; i++) shas.unshift(commit(dir, `feat: change ${i}\n\n${'a line of body text\n'.repeat(20)}`));
  });
  afterAll(() => cleanup());

  it('hands every commit over, newest first, when the reader comes after git has finished', async () => {
    const git = new Git(dir);
    const log = startLog(git, startRefs(git), { version: '0.2.0', from: '', to: '' });
    const range = await log.range;
    expect(range.previousTag).toBe('v0.1.0');
    // git has written everything by now: the whole range was held
    await new Promise((r) => setTimeout(r, 300));
    const seen: CommitRecord[] = [];
    await log.each((c) => void seen.push(c));
    expect(seen.map((c) => c.sha)).toEqual(shas);
    expect(seen[0]!.subject).toBe('feat: change 399');
    expect(seen.at(-1)!.body).toBe('a line of body text\n'.repeat(20).trimEnd());
  });

  it('gives the same commits as a log read directly, when the reader comes at once', async () => {
    const git = new Git(dir);
    const log = startLog(git, startRefs(git), { version: '0.2.0', from: '', to: '' });
    const early: CommitRecord[] = [];
    await log.each((c) => void early.push(c));
    const direct = await git.log(`${shas.at(-1)}~1..HEAD`);
    expect(early).toEqual(direct);
    await expect(log.each(() => undefined)).rejects.toThrow('the log is read once');
  });

  it('reports a refusal of the range where the log is read, not before', async () => {
    const git = new Git(dir);
    const log = startLog(git, startRefs(git), { version: '0.2.0', from: 'no-such-ref', to: '' });
    await expect(log.each(() => undefined)).rejects.toThrow(/no-such-ref.*is not a commit of this repository/);
    await expect(log.range).rejects.toThrow(/input from|no-such-ref/);
  });
});
