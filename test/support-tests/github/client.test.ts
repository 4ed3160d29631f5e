import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, isNotFound, statusOf } from '../../../actions/lib/github/client.js';
import { retryScale } from '../../../actions/lib/runner/tuning.js';
import type { GitHubEmulator } from '../../support/github/index.js';
import { startGitHubEmulator } from '../../support/github/index.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';

let gh: GitHubEmulator;
const owner = 'acme';
const repo = 'operator';

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo(`${owner}/${repo}`);
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

const client = () => createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: () => undefined });

describe('createGitHubClient against the emulator', () => {
  it('creates a release, uploads an asset and reads both back', async () => {
    const octokit = client();
    const created = await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', name: 'v1.0.0', body: 'notes' });
    expect(created.status).toBe(201);
    expect(created.data.upload_url.startsWith(gh.uploadsUrl)).toBe(true);

    const bytes = Buffer.from('chart archive bytes\n'.repeat(100));
    const uploaded = await octokit.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: created.data.id,
      url: created.data.upload_url,
      name: 'operator-1.0.0.tgz',
      label: 'Helm chart',
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': bytes.length },
    });
    expect(uploaded.status).toBe(201);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(uploaded.data.digest).toBe(`sha256:${sha256}`);

    const byTag = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' });
    expect(byTag.data.id).toBe(created.data.id);
    expect(byTag.data.assets.map((a) => [a.name, a.label, a.size])).toEqual([['operator-1.0.0.tgz', 'Helm chart', bytes.length]]);

    const download = await fetch(byTag.data.assets[0]!.browser_download_url);
    expect(createHash('sha256').update(Buffer.from(await download.arrayBuffer())).digest('hex')).toBe(sha256);
    expect(gh.repo(`${owner}/${repo}`).releases[0]!.assets[0]!.sha256).toBe(sha256);

    // Publishing created the tag in the bare repository, at the default branch.
    const ref = await octokit.rest.git.getRef({ owner, repo, ref: 'tags/v1.0.0' });
    const main = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    expect(ref.data.object.sha).toBe(main.data.object.sha);
  });

  it('takes the API URL from GITHUB_API_URL when no baseUrl is given', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = gh.apiUrl;
    try {
      const { data } = await createGitHubClient({ token: 'test-token', log: () => undefined }).rest.repos.get({ owner, repo });
      expect(data.default_branch).toBe('main');
      expect(data.permissions?.push).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });

  it('reports a missing object through isNotFound and statusOf', async () => {
    const err = await client()
      .rest.repos.getReleaseByTag({ owner, repo, tag: 'v9.9.9' })
      .then(() => undefined, (e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
    expect(statusOf(err)).toBe(404);
    expect(statusOf(new Error('plain'))).toBeUndefined();
    expect(isNotFound(undefined)).toBe(false);
  });

  it('refuses a wrong token with 401 and does not retry it', async () => {
    const before = gh.requests.length;
    const err = await createGitHubClient({ token: 'wrong', baseUrl: gh.apiUrl, log: () => undefined })
      .rest.repos.get({ owner, repo })
      .then(() => undefined, (e: unknown) => e);
    expect(statusOf(err)).toBe(401);
    expect(gh.requests.slice(before).map((r) => r.status)).toEqual([401]);
  });

  it('spaces its writes by the retryScale it is given rather than RELEASE_ACTIONS_RETRY_SCALE', async () => {
    // GitHub asks integrators to keep writes a second apart: at scale 1, three labels take two gaps
    // (the environment says 0.001, which would let them through in milliseconds)
    const octokit = createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: () => undefined, retryScale: 1 });
    const started = performance.now();
    for (const name of ['spacing-1', 'spacing-2', 'spacing-3']) await octokit.rest.issues.createLabel({ owner, repo, name, color: 'ededed' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1900);
    expect(gh.repo(`${owner}/${repo}`).labels.map((l) => l.name)).toEqual(expect.arrayContaining(['spacing-1', 'spacing-2', 'spacing-3']));
  });

  it('reads RELEASE_ACTIONS_RETRY_SCALE and RELEASE_ACTIONS_REQUEST_TIMEOUT_MS, rejecting nonsense', () => {
    expect(retryScale({ RELEASE_ACTIONS_RETRY_SCALE: '0.5' })).toBe(0.5);
    expect(retryScale({})).toBe(1);
    expect(() => retryScale({ RELEASE_ACTIONS_RETRY_SCALE: 'fast' })).toThrow(/^RELEASE_ACTIONS_RETRY_SCALE must be a number ≥ 0/);
    process.env.RELEASE_ACTIONS_REQUEST_TIMEOUT_MS = '-1';
    try {
      expect(() => createGitHubClient({ token: 'x', baseUrl: gh.apiUrl })).toThrow(/^RELEASE_ACTIONS_REQUEST_TIMEOUT_MS must be a number of milliseconds > 0/);
    } finally {
      delete process.env.RELEASE_ACTIONS_REQUEST_TIMEOUT_MS;
    }
  });

  it('creates and finds a discussion over GraphQL', async () => {
    const octokit = client();
    const found = await octokit.graphql<{ repository: { id: string; discussionCategories: { nodes: Array<{ id: string; name: string }> } } }>(
      `query($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) { id discussionCategories(first: 10) { nodes { id name } } }
      }`,
      { owner, name: repo },
    );
    const category = found.repository.discussionCategories.nodes.find((c) => c.name === 'Announcements')!;
    const created = await octokit.graphql<{ createDiscussion: { discussion: { id: string; url: string; number: number } } }>(
      `mutation($repositoryId: ID!, $categoryId: ID!, $title: String!, $body: String!) {
        createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }) {
          discussion { id url number }
        }
      }`,
      { repositoryId: found.repository.id, categoryId: category.id, title: 'Release v1.0.0', body: 'It is out.' },
    );
    expect(created.createDiscussion.discussion.url).toBe(`${gh.serverUrl}/${owner}/${repo}/discussions/${created.createDiscussion.discussion.number}`);

    const search = await octokit.graphql<{ search: { discussionCount: number; nodes: Array<{ title: string; category: { name: string } }> } }>(
      `query($q: String!) { search(query: $q, type: DISCUSSION, first: 5) { discussionCount nodes { ... on Discussion { title category { name } } } } }`,
      { q: `repo:${owner}/${repo} in:title "v1.0.0"` },
    );
    expect(search.search.nodes).toEqual([{ title: 'Release v1.0.0', category: { name: 'Announcements' } }]);
    expect(gh.repo(`${owner}/${repo}`).discussions.map((d) => d.title)).toEqual(['Release v1.0.0']);
  });

  it('answers GraphQL lookups of missing things with GitHub’s NOT_FOUND error', async () => {
    const err = (await client()
      .graphql('query { repository(owner: "acme", name: "nope") { id } }')
      .catch((e: unknown) => e)) as { errors?: Array<{ type?: string; message: string; path?: string[] }> };
    expect(err.errors).toEqual([
      expect.objectContaining({ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'acme/nope'." }),
    ]);
  });
});
