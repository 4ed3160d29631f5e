import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, statusOf } from '../../../actions/lib/github/client.js';
import { contractFor } from '../../support/github/contract.js';
import type { GitHubEmulator } from '../../support/github/index.js';
import { startGitHubEmulator } from '../../support/github/index.js';
import { loadSpec } from '../../support/github/openapi.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';

let gh: GitHubEmulator;
const owner = 'acme';
const repo = 'operator';

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo(`${owner}/${repo}`);
});
afterAll(() => gh.stop());

const client = (emulator = gh) => createGitHubClient({ token: 'test-token', baseUrl: emulator.apiUrl, log: () => undefined });

/** A request Octokit's types would refuse, as a caller with a bug would send it. */
function raw(emulator: GitHubEmulator, route: string, params: Record<string, unknown>) {
  return client(emulator).request(route, params);
}

/** Takes the violations a test provoked on purpose, leaving the emulator clean. */
function takeViolations() {
  return gh.violations.splice(0);
}

describe('OpenAPI contract checks', () => {
  afterEach(() => gh.assertNoViolations());

  it('reports a request body that breaks the schema, and answers 422 like GitHub', async () => {
    const err = await raw(gh, 'POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: 5 }).catch((e: unknown) => e);
    expect(statusOf(err)).toBe(422);
    expect((err as Error).message).toMatch(/Invalid request/);
    expect(takeViolations()).toEqual([
      expect.objectContaining({ operationId: 'repos/create-release', where: 'body', pointer: '/tag_name', message: 'must be string' }),
    ]);
    expect(gh.repo(`${owner}/${repo}`).releases).toEqual([]);
  });

  it('reports a missing required field', async () => {
    await raw(gh, 'POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: 'refs/heads/x' }).catch(() => undefined);
    expect(takeViolations()).toEqual([
      expect.objectContaining({ operationId: 'git/create-ref', where: 'body', message: "must have required property 'sha'" }),
    ]);
  });

  it('reports a route GitHub does not have', async () => {
    const err = await client()
      .request('GET /repos/{owner}/{repo}/no-such-thing', { owner, repo })
      .catch((e: unknown) => e);
    expect(statusOf(err)).toBe(404);
    expect(takeViolations()).toEqual([
      expect.objectContaining({ operationId: null, method: 'GET', path: `/repos/${owner}/${repo}/no-such-thing`, where: 'route' }),
    ]);
  });

  it('reports a query parameter of the wrong type', async () => {
    await raw(gh, 'GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 'many' });
    expect(takeViolations()).toEqual([expect.objectContaining({ operationId: 'repos/list-releases', where: 'query', pointer: '/per_page' })]);
  });

  it('reports an upload sent to the API root instead of upload_url', async () => {
    const { data } = await client().rest.repos.createRelease({ owner, repo, tag_name: 'v3.0.0', draft: true });
    await client()
      .request('POST /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: data.id, name: 'x', data: 'x' })
      .catch(() => undefined);
    expect(takeViolations()).toEqual([expect.objectContaining({ operationId: null, where: 'route', message: expect.stringMatching(/not served on the rest root/) })]);
  });

  it('reports a GraphQL document that does not validate against GitHub’s schema', async () => {
    const err = await client()
      .graphql(`query { repository(owner: "${owner}", name: "${repo}") { id noSuchField } }`)
      .catch((e: unknown) => e);
    expect(String(err)).toMatch(/noSuchField/);
    expect(takeViolations()).toEqual([expect.objectContaining({ where: 'graphql', message: expect.stringMatching(/Cannot query field "noSuchField"/) })]);
  });

  it('checks responses too: a release missing required fields is caught', async () => {
    const spec = await loadSpec();
    const contract = contractFor(spec);
    const op = spec.operation('repos/get-release')!;
    const findings = contract.checkResponse(op, 200, 'application/json', { id: 1, tag_name: 'v1', draft: false });
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ where: 'response', status: 200, message: "must have required property 'url'" })]));
    expect(contract.checkResponse(op, 418, 'application/json', {})).toEqual([
      expect.objectContaining({ where: 'response', message: 'status 418 is not documented for repos/get-release' }),
    ]);
  });

  it('accepts nullable fields (OpenAPI 3.0 `nullable`)', async () => {
    const spec = await loadSpec();
    const op = spec.operation('repos/get-release')!;
    const { data } = await client().rest.repos.createRelease({ owner, repo, tag_name: 'v3.1.0', name: 'x' });
    expect(contractFor(spec).checkResponse(op, 200, 'application/json', { ...data, name: null, body: null })).toEqual([]);
    expect(contractFor(spec).checkResponse(op, 200, 'application/json', { ...data, name: 7 })).not.toEqual([]);
  });
});

describe('strict mode', () => {
  it('answers a violation at once with a 400 that names it', async () => {
    const strict = await startGitHubEmulator({ strict: true });
    try {
      await strict.createRepo(`${owner}/${repo}`);
      const err = await raw(strict, 'POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: 5 }).catch((e: unknown) => e);
      expect(statusOf(err)).toBe(400);
      expect((err as Error).message).toMatch(/\[github-emulator\] OpenAPI contract violation: body \/tag_name: must be string/);
      expect(() => strict.assertNoViolations()).toThrow(/1 contract violation/);
    } finally {
      await strict.stop();
    }
  });
});

describe('authentication', () => {
  it('answers 401 with GitHub’s body without a token', async () => {
    const res = await fetch(`${gh.apiUrl}/repos/${owner}/${repo}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' });
  });
});
