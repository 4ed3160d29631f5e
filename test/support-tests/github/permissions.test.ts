/**
 * Token permissions in the emulator: a token issued with a permission set and a repository
 * scope is refused what GitHub refuses an installation token (REST 403 with
 * `x-accepted-github-permissions`, GraphQL FORBIDDEN, git 403), and the token the emulator
 * starts with keeps every permission.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../../actions/lib/github/client.js';
import type { GitHubEmulator } from '../../support/github/index.js';
import { OPERATION_NEEDS, startGitHubEmulator } from '../../support/github/index.js';
import { routes } from '../../support/github/routes/index.js';
import { git, makeLocalRepo, tempDir } from './helpers.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';

let gh: GitHubEmulator;
const REPO = 'acme/operator';
const OTHER = 'acme/downstream';

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo(REPO);
  await gh.createRepo(OTHER);
});
afterEach(() => {
  gh.denials.length = 0;
  gh.assertNoViolations();
});
afterAll(() => gh.stop());

const api = (token: string, method: string, path: string, body?: unknown): Promise<Response> =>
  fetch(`${gh.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

const jobToken = (permissions: Record<string, 'read' | 'write'>, name = 'job') => gh.issueToken({ name, permissions, repositories: [REPO] });

describe('REST', () => {
  it('answers a call the token lacks the permission for with GitHub’s 403 and the permissions that would do', async () => {
    const token = jobToken({ contents: 'read' }, 'release / release');
    const res = await api(token, 'POST', `/repos/${REPO}/releases`, { tag_name: 'v1.0.0' });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-accepted-github-permissions')).toBe('contents=write');
    expect(await res.json()).toEqual({ message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release', status: '403' });
    expect(gh.denials).toEqual([
      { token: 'release / release', method: 'POST', area: 'rest', path: `/repos/${REPO}/releases`, operationId: 'repos/create-release', repository: REPO, needed: 'contents: write', message: 'Resource not accessible by integration' },
    ]);
    expect(gh.repo(REPO).releases).toHaveLength(0);
    // the read it holds goes through
    expect((await api(token, 'GET', `/repos/${REPO}/releases`)).status).toBe(200);
  });

  it('shows a draft release to push access only, as GitHub lists drafts to users who can push', async () => {
    const writer = jobToken({ contents: 'write' }, 'publish');
    const draft = (await (await api(writer, 'POST', `/repos/${REPO}/releases`, { tag_name: 'chart-0.1.0', draft: true })).json()) as { id: number };
    const published = (await (await api(writer, 'POST', `/repos/${REPO}/releases`, { tag_name: 'chart-0.2.0', target_commitish: 'main' })).json()) as { id: number };
    const ids = async (token: string) => ((await (await api(token, 'GET', `/repos/${REPO}/releases`)).json()) as Array<{ id: number }>).map((r) => r.id);
    const reader = jobToken({ contents: 'read' }, 'plan');
    expect(await ids(writer)).toEqual([published.id, draft.id]);
    expect(await ids(reader)).toEqual([published.id]);
    expect((await api(reader, 'GET', `/repos/${REPO}/releases/${draft.id}`)).status).toBe(404);
    expect((await api(writer, 'GET', `/repos/${REPO}/releases/${draft.id}`)).status).toBe(200);
    for (const id of [draft.id, published.id]) expect((await api(writer, 'DELETE', `/repos/${REPO}/releases/${id}`)).status).toBe(204);
    expect(gh.denials).toEqual([]);
  });

  it('lets labels through with issues or pull-requests write, and names both when neither is held', async () => {
    const label = { name: 'release', color: '0e8a16' };
    const none = await api(jobToken({ contents: 'write' }), 'POST', `/repos/${REPO}/labels`, label);
    expect(none.status).toBe(403);
    expect(none.headers.get('x-accepted-github-permissions')).toBe('issues=write; pull_requests=write');
    expect(gh.denials[0]?.needed).toBe('issues: write or pull-requests: write');
    expect((await api(jobToken({ 'pull_requests': 'write' }), 'POST', `/repos/${REPO}/labels`, label)).status).toBe(201);
    expect((await api(jobToken({ issues: 'write' }), 'POST', `/repos/${REPO}/labels`, { ...label, name: 'hotfix' })).status).toBe(201);
    // read is not write
    expect((await api(jobToken({ issues: 'read' }), 'POST', `/repos/${REPO}/labels`, { ...label, name: 'backport' })).status).toBe(403);
  });

  it('refuses a dispatch to a repository the token was not issued for, whatever its permissions', async () => {
    const token = jobToken({ contents: 'write' });
    const res = await api(token, 'POST', `/repos/${OTHER}/dispatches`, { event_type: 'release-published' });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-accepted-github-permissions')).toBeNull();
    expect(gh.denials[0]).toMatchObject({ repository: OTHER, needed: `does not reach ${OTHER}` });
    expect(gh.repo(OTHER).dispatches).toHaveLength(0);
    expect((await api(token, 'POST', `/repos/${REPO}/dispatches`, { event_type: 'release-published' })).status).toBe(204);
  });

  it('keeps every permission on the token it starts with, and Octokit sees the refusal as a 403 it does not retry', async () => {
    expect((await api('test-token', 'POST', `/repos/${OTHER}/labels`, { name: 'release', color: '0e8a16' })).status).toBe(201);
    const octokit = createGitHubClient({ token: jobToken({ contents: 'read' }), baseUrl: gh.apiUrl, log: () => undefined });
    const before = gh.requests.length;
    const err = (await octokit.rest.issues.createMilestone({ owner: 'acme', repo: 'operator', title: 'v1.1.0' }).catch((e: unknown) => e)) as { status: number; message: string };
    expect(err.status).toBe(403);
    expect(err.message).toContain('Resource not accessible by integration');
    expect(gh.requests.length - before).toBe(1);
  });

  it('declares a permission for every operation it serves', () => {
    expect(Object.keys(routes).filter((op) => !(op in OPERATION_NEEDS))).toEqual([]);
  });
});

describe('GraphQL', () => {
  const createDiscussion = async (token: string) => {
    const repo = gh.repo(REPO);
    const res = await fetch(gh.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation Announce($input: CreateDiscussionInput!) {\n  createDiscussion(input: $input) { discussion { number } }\n}',
        variables: { input: { repositoryId: repo.nodeId, categoryId: repo.discussionCategories[0]!.id, title: 'v1.0.0', body: 'released' } },
      }),
    });
    return { status: res.status, body: (await res.json()) as { data: unknown; errors?: unknown[] } };
  };

  it('answers a mutation without discussions write with GitHub’s FORBIDDEN error and a null field', async () => {
    const { status, body } = await createDiscussion(jobToken({ contents: 'write', discussions: 'read' }, 'release / announce'));
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { createDiscussion: null },
      errors: [{ type: 'FORBIDDEN', path: ['createDiscussion'], extensions: { saml_failure: false }, locations: [{ line: 2, column: 3 }], message: 'Resource not accessible by integration' }],
    });
    expect(gh.denials).toEqual([expect.objectContaining({ token: 'release / announce', area: 'graphql', operationId: 'Announce', needed: 'discussions: write' })]);
    expect(gh.repo(REPO).discussions).toHaveLength(0);
    expect((await createDiscussion(jobToken({ discussions: 'write' }))).body.data).toEqual({ createDiscussion: { discussion: { number: 1 } } });
  });
});

describe('git over HTTP', () => {
  it('refuses a push without contents write and a clone without contents read, as GitHub does', async () => {
    const dir = await tempDir('gh-perm-');
    try {
      await makeLocalRepo(dir.path);
      const remote = `${gh.serverUrl}/${REPO}.git`;
      const push = await git(dir.path, ['push', remote, 'refs/tags/v0.1.0'], gh.gitAuthEnv(jobToken({ contents: 'read' }, 'prepare')));
      expect(push.code).not.toBe(0);
      expect(push.stderr).toContain(`Permission to ${REPO}.git denied to github-actions[bot].`);
      expect(push.stderr).toContain('403');
      expect(gh.denials[0]).toMatchObject({ token: 'prepare', area: 'git', needed: 'contents: write' });
      const clone = await git(dir.path, ['clone', '--quiet', remote, 'copy'], gh.gitAuthEnv(jobToken({ issues: 'write' })));
      expect(clone.code).not.toBe(0);
      expect(gh.denials[1]).toMatchObject({ needed: 'contents: read' });
      const ok = await git(dir.path, ['push', remote, 'refs/tags/v0.1.0'], gh.gitAuthEnv(jobToken({ contents: 'write' })));
      expect(ok.code).toBe(0);
    } finally {
      await dir.remove();
    }
  });
});

describe('a state folder', () => {
  it('keeps the tokens it minted, with their grants, across a restart', async () => {
    const dir = await tempDir('gh-perm-state-');
    try {
      const first = await startGitHubEmulator({ stateDir: dir.path });
      await first.createRepo(REPO);
      const token = first.issueToken({ name: 'release / chart', permissions: { contents: 'read' }, repositories: [REPO] });
      await first.stop();
      const again = await startGitHubEmulator({ stateDir: dir.path });
      try {
        const get = await fetch(`${again.apiUrl}/repos/${REPO}/releases`, { headers: { authorization: `token ${token}` } });
        const post = await fetch(`${again.apiUrl}/repos/${REPO}/releases`, { method: 'POST', headers: { authorization: `token ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ tag_name: 'v1.0.0' }) });
        expect([get.status, post.status]).toEqual([200, 403]);
        expect(again.denials).toEqual([expect.objectContaining({ token: 'release / chart', needed: 'contents: write' })]);
      } finally {
        await again.stop();
      }
    } finally {
      await dir.remove();
    }
  });
});

describe('strict mode', () => {
  it('records a refused call as a violation naming the token’s holder, so a swallowed 403 still fails the test', async () => {
    const strict = await startGitHubEmulator({ strict: true });
    try {
      await strict.createRepo(REPO);
      const token = strict.issueToken({ name: 'release / release', permissions: { contents: 'write' }, repositories: [REPO] });
      const res = await fetch(`${strict.apiUrl}/repos/${REPO}/milestones`, { method: 'POST', headers: { authorization: `token ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'v1.1.0' }) });
      expect(res.status).toBe(403);
      expect(() => strict.assertNoViolations()).toThrow(/POST \/repos\/acme\/operator\/milestones \(issues\/create-milestone, token of release \/ release\).*lacks issues: write or pull-requests: write/);
    } finally {
      await strict.stop();
    }
  });
});
