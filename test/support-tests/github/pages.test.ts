/** The emulator's GitHub Pages routes, through the real Octokit, checked against GitHub's OpenAPI description. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, statusOf } from '../../../actions/lib/github/client.js';
import type { GitHubEmulator } from '../../support/github/index.js';
import { startGitHubEmulator } from '../../support/github/index.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';

let gh: GitHubEmulator;
const owner = 'acme';

beforeAll(async () => {
  gh = await startGitHubEmulator({ strict: true });
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

const octokit = () => createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: () => undefined });

describe('pages', () => {
  it('answers 404 while Pages is off, refuses a branch that does not exist, then serves the site it created', async () => {
    await gh.createRepo(`${owner}/off`);
    const o = octokit();
    expect(statusOf(await o.rest.repos.getPages({ owner, repo: 'off' }).catch((e: unknown) => e))).toBe(404);

    const missing = (await o.rest.repos.createPagesSite({ owner, repo: 'off', source: { branch: 'gh-pages', path: '/' } }).catch((e: unknown) => e)) as { status: number; message: string };
    expect(missing.status).toBe(422);
    expect(missing.message).toContain('The gh-pages branch must exist');
    expect(gh.repo(`${owner}/off`).pages).toBeUndefined();

    const { data: main } = await o.rest.git.getRef({ owner, repo: 'off', ref: 'heads/main' });
    await o.rest.git.createRef({ owner, repo: 'off', ref: 'refs/heads/gh-pages', sha: main.object.sha });
    const { status, data } = await o.rest.repos.createPagesSite({ owner, repo: 'off', source: { branch: 'gh-pages', path: '/' } });
    expect(status).toBe(201);
    expect(data).toMatchObject({ build_type: 'legacy', source: { branch: 'gh-pages', path: '/' }, html_url: 'https://acme.github.io/off/', status: null });
    expect((await o.rest.repos.getPages({ owner, repo: 'off' })).data.source).toEqual({ branch: 'gh-pages', path: '/' });

    const again = (await o.rest.repos.createPagesSite({ owner, repo: 'off', source: { branch: 'gh-pages' } }).catch((e: unknown) => e)) as { status: number };
    expect(again.status).toBe(409);
  });

  it('serves a site configured at creation, from a branch or from a workflow', async () => {
    await gh.createRepo(`${owner}/docs`, { pages: { branch: 'main', path: '/docs' } });
    await gh.createRepo(`${owner}/workflow`, { pages: { buildType: 'workflow' } });
    const o = octokit();
    expect((await o.rest.repos.getPages({ owner, repo: 'docs' })).data).toMatchObject({ build_type: 'legacy', source: { branch: 'main', path: '/docs' }, status: 'built' });
    const workflow = (await o.rest.repos.getPages({ owner, repo: 'workflow' })).data;
    expect(workflow.build_type).toBe('workflow');
    expect(workflow.source).toBeUndefined();
  });
});
