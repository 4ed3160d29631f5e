/** pushWithLease: a branch the caller owns moved with a lease on the tip it read, against a real bare repository. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { Git } from '../../../actions/lib/git/git.js';
import { pushWithLease } from '../../../actions/lib/git/push.js';
import { commit, git, initRepo } from '../../support/git.js';
import { tempDir } from '../../support/tmp.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let origin: string;
let work: string;
let other: string;

beforeAll(async () => {
  tmp = await tempDir('push-lease-');
  origin = initRepo(join(tmp.path, 'origin.git'), { bare: true });
  work = initRepo(join(tmp.path, 'work'));
  commit(work, 'feat: start', { 'a.txt': 'a\n' });
  git(work, ['remote', 'add', 'origin', origin]);
  git(work, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
  other = join(tmp.path, 'other');
  git(tmp.path, ['clone', '-q', '--', origin, other]);
});
afterAll(async () => {
  await tmp.cleanup();
});

const remoteTip = (branch: string): string => git(origin, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`]);
const make = (dir: string, text: string): string => {
  git(dir, ['checkout', '-q', '--detach', 'main']);
  return commit(dir, `chore: bump version to v${text}`, { 'v.txt': `${text}\n` });
};

describe('pushWithLease', () => {
  it('creates the branch when it must not exist, replaces it when it holds the tip read, and says nothing changed otherwise', async () => {
    const g = new Git(work);
    const first = make(work, '0.4.2');
    await pushWithLease(g, { remote: 'origin', branch: 'release-next', commit: first, expected: undefined });
    expect(remoteTip('release-next')).toBe(first);

    // a rewrite, not a fast-forward: the lease lets it through
    const second = make(work, '0.5.0');
    await pushWithLease(g, { remote: 'origin', branch: 'release-next', commit: second, expected: first });
    expect(remoteTip('release-next')).toBe(second);

    // the same push again (an answer lost after it landed): done, nothing changes
    await pushWithLease(g, { remote: 'origin', branch: 'release-next', commit: second, expected: first });
    expect(remoteTip('release-next')).toBe(second);
  });

  it('refuses when someone pushed meanwhile, naming both tips; their commit stays', async () => {
    const g = new Git(work);
    const read = remoteTip('release-next');
    git(other, ['fetch', '-q', 'origin']);
    const theirs = make(other, '9.9.9');
    git(other, ['push', '-q', '--force', 'origin', `${theirs}:refs/heads/release-next`]);
    const mine = make(work, '0.6.0');
    await expect(pushWithLease(g, { remote: 'origin', branch: 'release-next', commit: mine, expected: read })).rejects.toThrow(
      `branch release-next moved while this run worked (read ${read.slice(0, 12)}, now ${theirs.slice(0, 12)}); nothing was overwritten: re-run to look at it again`,
    );
    expect(remoteTip('release-next')).toBe(theirs);
    // and a branch that appeared although this run found none
    await expect(pushWithLease(g, { remote: 'origin', branch: 'release-next', commit: mine, expected: undefined })).rejects.toThrow(/\(read absent, now [0-9a-f]{12}\)/);
    expect(remoteTip('release-next')).toBe(theirs);
  });
});
