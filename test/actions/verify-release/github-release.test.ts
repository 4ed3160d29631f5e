/**
 * github-release against the GitHub emulator (real Octokit, OpenAPI-checked requests):
 * published / draft, notes, latest, assets, a prerelease, and a draft published while
 * the check polls. The check only reads.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import type { SampleRepo } from '../../support/repos.js';
import { expectOutcome, tagRelease, verify, wvaAt050 } from './helpers.js';

const TOKEN = 'test-token';
const ASSET = 'workload-variant-autoscaler-0.5.0.tgz';

describe('verify-release github-release', () => {
  let gh: GitHubEmulator;
  let repo: SampleRepo;
  let n = 0;

  beforeAll(async () => {
    repo = wvaAt050();
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    gh = await startGitHubEmulator({ token: TOKEN });
  });
  afterEach(() => gh.assertNoViolations());
  afterAll(async () => {
    await gh?.stop();
    await repo?.cleanup();
  });

  async function api<T = Record<string, unknown>>(method: string, url: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const response = await fetch(url.startsWith('http') ? url : `${gh.apiUrl}${url}`, {
      method,
      headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json', 'content-type': contentType },
      ...(body === undefined ? {} : { body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** A fresh emulated repository holding the sample's branches and tags. */
  async function freshRepo(): Promise<string> {
    const name = `acme/wva-${++n}`;
    await gh.createRepo(name, { fromDir: repo.dir });
    return name;
  }

  async function createRelease(full: string, fields: Record<string, unknown>, assets: string[] = []): Promise<number> {
    const release = await api<{ id: number; upload_url: string }>('POST', `/repos/${full}/releases`, { tag_name: 'v0.5.0', name: 'v0.5.0', ...fields });
    for (const asset of assets) await api('POST', `${release.upload_url.replace(/\{.*$/, '')}?name=${asset}`, Buffer.from(`bytes of ${asset}`), 'application/gzip');
    return release.id;
  }

  const check = (full: string, inputs: Record<string, string> = {}, ref = 'refs/tags/v0.5.0') =>
    verify(
      repo,
      { phase: 'postflight', checks: 'github-release', token: TOKEN, assets: 'workload-variant-autoscaler-{version}.tgz', timeout: '2s', ...inputs },
      { repository: full, apiUrl: gh.apiUrl, serverUrl: gh.serverUrl, ref },
    );

  const NOTES = "## What's New in v0.5.0\n\n- Queue-depth based scale-out (#210)\n";

  it('passes a published release with notes, marked latest, carrying the configured asset; only GET requests are made', async () => {
    const full = await freshRepo();
    await createRelease(full, { body: NOTES, make_latest: 'true' }, [ASSET, 'checksums.txt']);
    const before = gh.requests.length;
    const report = expectOutcome(await check(full), true);
    expect(report['github-release']!.detail).toBe(`${gh.serverUrl}/${full}/releases/tag/v0.5.0 published, latest, 3 line(s) of notes, assets ${ASSET}`);
    const made = gh.requests.slice(before);
    expect(made.length).toBeGreaterThan(0);
    expect(made.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('fails a draft release, saying so when the timeout passes', async () => {
    const full = await freshRepo();
    await createRelease(full, { body: NOTES, draft: true }, [ASSET]);
    const report = expectOutcome(await check(full), false);
    expect(report['github-release']!.detail).toMatch(/^still not right after \d+ s \(\d+ attempts\): release v0\.5\.0: it is a draft$/);
  });

  it('fails a release with empty notes, a missing asset, or that is not marked latest', async () => {
    const full = await freshRepo();
    await createRelease(full, { body: '', make_latest: 'false' });
    // An older release holds the latest mark.
    await api('POST', `/repos/${full}/releases`, { tag_name: 'v0.4.1', name: 'v0.4.1', body: 'older', make_latest: 'true' });
    const report = expectOutcome(await check(full), false);
    expect(report['github-release']!.detail).toMatch(
      new RegExp(`: release v0\\.5\\.0: its notes are empty, it is not marked latest, asset workload-variant-autoscaler-0\\.5\\.0\\.tgz is missing$`),
    );
  });

  it('fails when there is no release at all', async () => {
    const full = await freshRepo();
    const report = expectOutcome(await check(full, { timeout: '1s' }), false);
    expect(report['github-release']!.detail).toMatch(/: no release for v0\.5\.0$/);
  });

  it('passes a prerelease that is not latest (latest belongs to stable releases)', async () => {
    const full = await freshRepo();
    await api('POST', `/repos/${full}/releases`, { tag_name: 'v0.4.1', name: 'v0.4.1', body: 'older', make_latest: 'true' });
    await api('POST', `/repos/${full}/releases`, { tag_name: 'v0.6.0-rc.1', name: 'v0.6.0-rc.1', body: NOTES, prerelease: true, target_commitish: 'main' });
    const report = expectOutcome(await check(full, { assets: '' }, 'refs/tags/v0.6.0-rc.1'), true);
    expect(report['github-release']!.detail).toBe(`${gh.serverUrl}/${full}/releases/tag/v0.6.0-rc.1 published, prerelease, 3 line(s) of notes, 0 asset(s)`);
  });

  it('polls: a draft published while the check looks makes it pass', async () => {
    const full = await freshRepo();
    const id = await createRelease(full, { body: NOTES, draft: true }, [ASSET]);
    const running = check(full, { timeout: '60s' });
    await waitFor(() => gh.requests.some((r) => r.method === 'GET' && r.path === `/repos/${full}/releases`));
    await api('PATCH', `/repos/${full}/releases/${id}`, { draft: false, make_latest: 'true' });
    const run = await running;
    expect(expectOutcome(run, true)['github-release']!.detail).toContain('published, latest');
    expect(run.stdout).toMatch(/github-release: release v0\.5\.0: it is a draft; looking again in \d+ ms/);
  });

  it('fails without a token', async () => {
    const full = await freshRepo();
    const report = expectOutcome(await check(full, { token: '' }), false);
    expect(report['github-release']!.detail).toBe('needs a token (input token) to read the release');
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
}
