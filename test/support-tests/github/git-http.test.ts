import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../../actions/lib/github/client.js';
import type { GitHubEmulator } from '../../support/github/index.js';
import { startGitHubEmulator } from '../../support/github/index.js';
import { git, gitOk, makeLocalRepo, tempDir } from './helpers.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';

let gh: GitHubEmulator;
let work: { path: string; remove: () => Promise<void> };
const owner = 'acme';
const repo = 'operator';

beforeAll(async () => {
  gh = await startGitHubEmulator();
  work = await tempDir('gh-emu-git-');
  const seed = join(work.path, 'seed');
  await mkdir(seed);
  await makeLocalRepo(seed);
  await gh.createRepo(`${owner}/${repo}`, { fromDir: seed });
});
afterEach(() => gh.assertNoViolations());
afterAll(async () => {
  await gh.stop();
  await work.remove();
});

const octokit = () => createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: () => undefined });
const remote = () => `${gh.serverUrl}/${owner}/${repo}.git`;

describe('git smart HTTP', () => {
  it('imports a local repository: branches, tags and HEAD', async () => {
    const { data: repository } = await octokit().rest.repos.get({ owner, repo });
    expect(repository.default_branch).toBe('main');
    const { data: commits } = await octokit().rest.repos.listCommits({ owner, repo, sha: 'main' });
    expect(commits.map((c) => c.commit.message)).toEqual(['feat: first chart']);
    const { data: tag } = await octokit().rest.git.getRef({ owner, repo, ref: 'tags/v0.1.0' });
    expect(tag.object).toEqual(expect.objectContaining({ type: 'commit', sha: commits[0]!.sha }));
    const { data: file } = await octokit().rest.repos.getContent({ owner, repo, path: 'Chart.yaml' });
    expect(Buffer.from((file as { content: string }).content, 'base64').toString('utf8')).toContain('name: operator');
  });

  it('clones and pushes with the token sent as actions/checkout does, and REST sees the push', async () => {
    const dir = join(work.path, 'clone');
    const auth = gh.gitAuthEnv();
    await gitOk(work.path, ['clone', '--quiet', remote(), dir], auth);
    expect(await gitOk(dir, ['remote', 'get-url', 'origin'])).toBe(remote()); // no token in the URL
    await writeFile(join(dir, 'values.yaml'), 'replicas: 2\n');
    await gitOk(dir, ['add', 'values.yaml']);
    await gitOk(dir, ['commit', '--quiet', '-m', 'feat: values']);
    await gitOk(dir, ['tag', '-a', 'v0.2.0', '-m', 'Release v0.2.0']);
    await gitOk(dir, ['push', '--quiet', 'origin', 'main', 'HEAD:refs/heads/release/0.2', 'v0.2.0'], auth);
    const head = await gitOk(dir, ['rev-parse', 'HEAD']);

    const { data: branch } = await octokit().rest.repos.getBranch({ owner, repo, branch: 'release/0.2' });
    expect(branch.commit.sha).toBe(head);
    const { data: refs } = await octokit().rest.git.listMatchingRefs({ owner, repo, ref: 'tags/v0.' });
    expect(refs.map((r) => [r.ref, r.object.type])).toEqual([
      ['refs/tags/v0.1.0', 'commit'],
      ['refs/tags/v0.2.0', 'tag'],
    ]);
    const { data: tag } = await octokit().rest.git.getTag({ owner, repo, tag_sha: refs[1]!.object.sha });
    expect(tag).toEqual(
      expect.objectContaining({
        tag: 'v0.2.0',
        message: 'Release v0.2.0\n',
        object: expect.objectContaining({ sha: head, type: 'commit' }),
        verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
      }),
    );
    const { data: commit } = await octokit().rest.repos.getCommit({ owner, repo, ref: head });
    expect(commit.files?.map((f) => [f.filename, f.status, f.additions])).toEqual([['values.yaml', 'added', 1]]);
  });

  it('takes a pack sent with chunked encoding (larger than http.postBuffer)', async () => {
    const dir = join(work.path, 'chunked');
    const auth = gh.gitAuthEnv();
    await gitOk(work.path, ['clone', '--quiet', remote(), dir], auth);
    await writeFile(join(dir, 'operator.tgz'), randomBytes(256 * 1024));
    await gitOk(dir, ['add', 'operator.tgz']);
    await gitOk(dir, ['commit', '--quiet', '-m', 'chore: binary']);
    await gitOk(dir, ['-c', 'http.postBuffer=65536', 'push', '--quiet', 'origin', 'HEAD:refs/heads/chunked'], auth);
    const { data } = await octokit().rest.repos.getContent({ owner, repo, path: 'operator.tgz', ref: 'chunked' });
    expect((data as { size: number }).size).toBe(256 * 1024);
  });

  it('refuses a push without the token, and one with a wrong token', async () => {
    const dir = join(work.path, 'anonymous');
    await gitOk(work.path, ['clone', '--quiet', remote(), dir], gh.gitAuthEnv());
    await gitOk(dir, ['commit', '--quiet', '--allow-empty', '-m', 'chore: sneaky']);
    const before = await gh.snapshot();
    const from = gh.requests.length;

    const anonymous = await git(dir, ['push', 'origin', 'HEAD:main']);
    expect(anonymous.code).not.toBe(0);
    expect(anonymous.stderr).toMatch(/could not read Username|Authentication failed/);

    const wrong = await git(dir, ['push', 'origin', 'HEAD:main'], gh.gitAuthEnv('not-the-token'));
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/Authentication failed|could not read Username/);

    expect(gh.requests.slice(from).map((r) => [r.area, r.status])).toEqual([
      ['git', 401],
      ['git', 401],
    ]);
    expect(await gh.snapshot()).toEqual(before);
  });

  it('refuses a push to a branch protected at creation, while REST refuses to move it too', async () => {
    await gh.createRepo(`${owner}/guarded`, { protectedBranches: ['main'] });
    const dir = join(work.path, 'guarded');
    await gitOk(work.path, ['clone', '--quiet', `${gh.serverUrl}/${owner}/guarded.git`, dir], gh.gitAuthEnv());
    await gitOk(dir, ['commit', '--quiet', '--allow-empty', '-m', 'chore: direct']);
    const pushed = await git(dir, ['push', 'origin', 'HEAD:main'], gh.gitAuthEnv());
    expect(pushed.stderr).toMatch(/GH006: Protected branch update failed for refs\/heads\/main/);
    const local = await gitOk(dir, ['rev-parse', 'HEAD']);
    await gitOk(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/feature'], gh.gitAuthEnv());
    const err = await octokit()
      .rest.git.updateRef({ owner, repo: 'guarded', ref: 'heads/main', sha: local })
      .catch((e: { status: number; message: string }) => e);
    expect(err).toEqual(expect.objectContaining({ status: 422, message: expect.stringMatching(/Protected branch update failed/) }));
  });

  it('writes refs created through REST into the repository git serves', async () => {
    const { data: main } = await octokit().rest.git.getRef({ owner, repo, ref: 'heads/main' });
    await octokit().rest.git.createRef({ owner, repo, ref: 'refs/tags/v9.0.0', sha: main.object.sha });
    const listing = await gitOk(work.path, ['ls-remote', remote(), 'refs/tags/v9.0.0'], gh.gitAuthEnv());
    expect(listing).toBe(`${main.object.sha}\trefs/tags/v9.0.0`);
    const again = await octokit()
      .rest.git.createRef({ owner, repo, ref: 'refs/tags/v9.0.0', sha: main.object.sha })
      .catch((e: { status: number; message: string }) => e);
    expect(again).toEqual(expect.objectContaining({ status: 422, message: expect.stringMatching(/Reference already exists/) }));
    await octokit().rest.git.deleteRef({ owner, repo, ref: 'tags/v9.0.0' });
    expect(await gitOk(work.path, ['ls-remote', remote(), 'refs/tags/v9.0.0'], gh.gitAuthEnv())).toBe('');
  });
});
