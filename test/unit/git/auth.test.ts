import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { Git } from '../../../actions/lib/git/git.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { commit, git, initRepo } from '../../support/git.js';
import { tempDir } from '../../support/tmp.js';

let gh: GitHubEmulator;
let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  gh = await startGitHubEmulator({ token: 'right-token' });
  tmp = await tempDir('git-auth-');
  const seed = initRepo(join(tmp.path, 'seed'));
  commit(seed, 'feat: first', { 'a.txt': 'a\n' });
  await gh.createRepo('acme/operator', { fromDir: seed });
});
afterAll(async () => {
  await gh.stop();
  await tmp.cleanup();
});

describe('Git token header', () => {
  it('sends exactly its own token even when a checkout left another header for the same server', async () => {
    const dir = initRepo(join(tmp.path, 'work'));
    const remote = `${gh.serverUrl}/acme/operator.git`;
    // What actions/checkout persists (persist-credentials: true), here with a token that no longer works.
    const stale = Buffer.from('x-access-token:stale-token').toString('base64');
    git(dir, ['config', `http.${gh.serverUrl}/.extraheader`, `AUTHORIZATION: basic ${stale}`]);
    git(dir, ['remote', 'add', 'origin', remote]);
    const g = new Git(dir, { token: 'right-token', serverUrl: gh.serverUrl });
    await g.fetch('origin', ['+refs/heads/main:refs/remotes/origin/main']);
    await g.resetHard('refs/remotes/origin/main');
    commit(dir, 'feat: second', { 'b.txt': 'b\n' });
    const pushed = await g.push('origin', ['HEAD:refs/heads/main']);
    expect(pushed.exitCode).toBe(0);
    expect(git(gh.repoPath('acme/operator'), ['log', '-1', '--format=%s', 'main'])).toBe('feat: second');
    // Without the token of its own, the stale header alone is refused: the check above can fail.
    const bare = new Git(dir);
    const refused = await bare.git(['ls-remote', '--', 'origin'], { allowFailure: true });
    expect(refused.exitCode).not.toBe(0);
    expect(git(dir, ['config', '--get-all', `http.${gh.serverUrl}/.extraheader`])).toContain(stale);
  });
});
