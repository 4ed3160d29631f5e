import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, statusOf } from '../../../actions/lib/github/client.js';
import type { GitHubEmulator } from '../../support/github/index.js';
import { startGitHubEmulator } from '../../support/github/index.js';
import { git, gitOk, tempDir } from './helpers.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';

let gh: GitHubEmulator;
let warnings: string[];
const owner = 'acme';
const repo = 'operator';
const RELEASES = `/repos/${owner}/${repo}/releases`;
let tag = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo(`${owner}/${repo}`);
});
beforeEach(() => {
  warnings = [];
  gh.clearFaults();
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

const client = () => createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: (m) => warnings.push(m) });

/** Statuses of the requests to `path` since `from`, in order (0: never answered). */
const statuses = (from: number, path = RELEASES) => gh.requests.slice(from).filter((r) => r.path === path).map((r) => r.status);

async function createRelease() {
  tag += 1;
  return client().rest.repos.createRelease({ owner, repo, tag_name: `v0.0.${tag}` });
}

describe('fault injection, observed by the suite client', () => {
  it.each([500, 502, 503])('retries a %i and succeeds', async (status) => {
    const from = gh.requests.length;
    const fault = gh.injectFault({ kind: 'status', status, method: 'POST', path: RELEASES, times: 2 });
    const res = await createRelease();
    expect(res.status).toBe(201);
    expect(fault.hits).toBe(2);
    expect(statuses(from)).toEqual([status, status, 201]);
  });

  it('gives up on a server error after the configured retries', async () => {
    const from = gh.requests.length;
    gh.injectFault({ kind: 'status', status: 503, path: `/repos/${owner}/${repo}`, times: 10 });
    const err = await createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, retries: 2, log: () => undefined })
      .rest.repos.get({ owner, repo })
      .catch((e: unknown) => e);
    expect(statusOf(err)).toBe(503);
    expect(statuses(from, `/repos/${owner}/${repo}`)).toEqual([503, 503, 503]);
  });

  it('waits out a secondary rate limit with retry-after', async () => {
    const from = gh.requests.length;
    gh.injectFault({ kind: 'secondary-rate-limit', method: 'POST', path: RELEASES, retryAfter: 2 });
    expect((await createRelease()).status).toBe(201);
    expect(statuses(from)).toEqual([403, 201]);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit .* retrying in 2 s/)]);
  });

  it('waits out a secondary rate limit without retry-after (the 60 s fallback, scaled)', async () => {
    const from = gh.requests.length;
    gh.injectFault({ kind: 'secondary-rate-limit', method: 'POST', path: RELEASES, retryAfter: null });
    const started = Date.now();
    expect((await createRelease()).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
    expect(statuses(from)).toEqual([403, 201]);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit .* retrying in 60 s/)]);
  });

  it('waits out a 429', async () => {
    const from = gh.requests.length;
    gh.injectFault({ kind: '429', method: 'GET', path: `/repos/${owner}/${repo}` });
    const { data } = await client().rest.repos.get({ owner, repo });
    expect(data.full_name).toBe(`${owner}/${repo}`);
    expect(statuses(from, `/repos/${owner}/${repo}`)).toEqual([429, 200]);
    expect(warnings).toHaveLength(1);
  });

  it('waits for the reset of an exhausted primary rate limit', async () => {
    const from = gh.requests.length;
    gh.injectFault({ kind: 'rate-limit-exhausted', path: `/repos/${owner}/${repo}`, resetIn: 2 });
    await client().rest.repos.get({ owner, repo });
    expect(statuses(from, `/repos/${owner}/${repo}`)).toEqual([403, 200]);
    expect(warnings).toEqual([expect.stringMatching(/primary rate limit .* retrying in [1-3] s/)]);
  });

  it('stops the throttling retries after the configured number', async () => {
    gh.injectFault({ kind: 'secondary-rate-limit', path: `/repos/${owner}/${repo}`, times: 5 });
    const err = await createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, retries: 1, log: (m) => warnings.push(m) })
      .rest.repos.get({ owner, repo })
      .catch((e: unknown) => e);
    expect(statusOf(err)).toBe(403);
    expect(warnings.at(-1)).toMatch(/giving up after 1 retries/);
  });

  it('times out a stalled request (RELEASE_ACTIONS_REQUEST_TIMEOUT_MS) and retries it', async () => {
    await client().rest.repos.get({ owner, repo }); // warm, so that only the stall can take long
    const from = gh.requests.length;
    gh.injectFault({ kind: 'stall', method: 'GET', path: `/repos/${owner}/${repo}` });
    const started = Date.now();
    process.env.RELEASE_ACTIONS_REQUEST_TIMEOUT_MS = '500';
    const { status } = await client()
      .rest.repos.get({ owner, repo })
      .finally(() => delete process.env.RELEASE_ACTIONS_REQUEST_TIMEOUT_MS);
    expect(status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(statuses(from, `/repos/${owner}/${repo}`)).toEqual([0, 200]);
  });

  it('serves a late request as usual after its delay: one request, answered, no retry', async () => {
    const from = gh.requests.length;
    const fault = gh.injectFault({ kind: 'late', method: 'POST', path: RELEASES, delayMs: 400 });
    const started = Date.now();
    expect((await createRelease()).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(fault.hits).toBe(1);
    expect(gh.requests.slice(from).filter((r) => r.path === RELEASES).map((r) => `${r.fault} ${r.status}`)).toEqual(['late 201']);
  });

  it('retries after the connection is reset', async () => {
    const from = gh.requests.length;
    gh.injectFault({ kind: 'reset', method: 'POST', path: RELEASES });
    expect((await createRelease()).status).toBe(201);
    const entries = gh.requests.slice(from).filter((r) => r.path === RELEASES);
    expect(entries.map((r) => r.fault ?? r.status)).toEqual(['reset', 201]);
  });

  it('after-write: the write happened, the answer was a 500, and the caller finds the existing release', async () => {
    const from = gh.requests.length;
    gh.injectFault({ kind: 'after-write', method: 'POST', path: RELEASES });
    const octokit = client();
    const tagName = 'v2.0.0';
    // The retry of the lost answer meets the release the first attempt created.
    const err = await octokit.rest.repos.createRelease({ owner, repo, tag_name: tagName }).catch((e: unknown) => e);
    expect(statusOf(err)).toBe(422);
    expect((err as { response: { data: unknown } }).response.data).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '422',
    });
    const existing = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: tagName });
    expect(existing.data.tag_name).toBe(tagName);
    expect(gh.repo(`${owner}/${repo}`).releases.filter((r) => r.tagName === tagName)).toHaveLength(1);
    expect(statuses(from)).toEqual([500, 422]);
  });
});

describe('rejected pushes, observed by git', () => {
  const push = async (reason: 'protected-branch' | 'non-fast-forward') => {
    const work = await tempDir('gh-emu-push-');
    try {
      const auth = gh.gitAuthEnv();
      await gitOk(work.path, ['clone', '--quiet', `${gh.serverUrl}/${owner}/${repo}.git`, 'w'], auth);
      const dir = `${work.path}/w`;
      await gitOk(dir, ['commit', '--quiet', '--allow-empty', '-m', 'chore: bump']);
      const before = await gh.snapshot();
      const fault = gh.injectFault({ kind: 'reject-push', reason, repo: `${owner}/${repo}` });
      const result = await git(dir, ['push', 'origin', 'HEAD:main'], auth);
      return { result, fault, before, local: await gitOk(dir, ['rev-parse', 'HEAD']) };
    } finally {
      await work.remove();
    }
  };

  it('refuses a push to a protected branch with GitHub’s GH006 message', async () => {
    const { result, fault, before } = await push('protected-branch');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/remote: error: GH006: Protected branch update failed for refs\/heads\/main\./);
    expect(result.stderr).toMatch(/! \[remote rejected\] HEAD -> main \(pre-receive hook declined\)/);
    expect(fault.hits).toBe(1);
    expect(await gh.snapshot()).toEqual(before);
  });

  it('refuses a push that someone else’s push made non-fast-forward', async () => {
    const { result, fault, local } = await push('non-fast-forward');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/! \[rejected\]\s+HEAD -> main \(fetch first\)/);
    expect(fault.hits).toBe(1);
    const main = await gh.git(gh.repo(`${owner}/${repo}`)).resolve('refs/heads/main');
    expect(main).not.toBe(local);
  });
});
