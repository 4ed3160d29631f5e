/**
 * pages-served against the GitHub emulator (real Octokit, OpenAPI-checked requests) and the
 * sample's real origin: a Helm repository is published only where GitHub Pages will serve it.
 * Pages off, off without a pages branch, served from another branch or folder, deployed by a
 * workflow, served from a branch deleted since: each fails before anything is published, naming
 * the fix. The check only reads.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { git, refs } from '../../support/git.js';
import { startGitHubEmulator, type CreateRepoOptions, type GitHubEmulator } from '../../support/github/index.js';
import type { SampleRepo } from '../../support/repos.js';
import { expectOutcome, tagRelease, verify, wvaAt050 } from './helpers.js';

const TOKEN = 'test-token';

describe('verify-release pages-served', () => {
  let gh: GitHubEmulator;
  let repo: SampleRepo;
  let n = 0;

  beforeAll(async () => {
    repo = wvaAt050();
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    gh = await startGitHubEmulator({ token: TOKEN, strict: true });
  });
  afterEach(() => gh.assertNoViolations());
  afterAll(async () => {
    await gh?.stop();
    await repo?.cleanup();
  });

  /** The pages branch on origin (an orphan commit with an empty tree), or none. */
  function setBranch(present: boolean, name = 'gh-pages'): void {
    const has = git(repo.origin!, ['for-each-ref', `refs/heads/${name}`]) !== '';
    if (present && !has) {
      const tree = git(repo.dir, ['mktree'], { input: '' });
      const commit = git(repo.dir, ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit-tree', '-m', `chore: ${name}`, tree]);
      git(repo.dir, ['push', '-q', 'origin', `${commit}:refs/heads/${name}`]);
    }
    if (!present && has) git(repo.dir, ['push', '-q', 'origin', '--delete', name]);
  }

  async function site(pages: CreateRepoOptions['pages']): Promise<string> {
    const full = `acme/wva-${++n}`;
    await gh.createRepo(full, { fromDir: repo.dir, ...(pages ? { pages } : {}) });
    return full;
  }

  const check = (full: string, inputs: Record<string, string> = {}) =>
    verify(repo, { phase: 'preflight', checks: 'pages-served', token: TOKEN, ...inputs }, { repository: full, apiUrl: gh.apiUrl, serverUrl: gh.serverUrl });

  it('passes a site served from the root of gh-pages, with only GET requests and nothing written to origin', async () => {
    setBranch(true);
    const full = await site({ branch: 'gh-pages' });
    const before = gh.requests.length;
    const originBefore = refs(repo.origin!);
    const report = expectOutcome(await check(full, { 'helm-repo-url': `https://acme.github.io/${full.split('/')[1]}` }), true);
    expect(report['pages-served']!.detail).toBe(`https://acme.github.io/${full.split('/')[1]}/ serves the gh-pages branch at / (build built)`);
    const made = gh.requests.slice(before);
    expect(made.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/${full}/pages`]);
    expect(refs(repo.origin!)).toBe(originBefore);
  });

  it('notes a helm-repo-url that is not on the Pages site, without failing (a custom domain or a proxy may serve it)', async () => {
    setBranch(true);
    const full = await site({ branch: 'gh-pages' });
    const report = expectOutcome(await check(full, { 'helm-repo-url': 'https://charts.example.com/wva' }), true);
    expect(report['pages-served']!.detail).toMatch(/; note: helm-repo-url https:\/\/charts\.example\.com\/wva is not under https:\/\/acme\.github\.io\/wva-\d+\/$/);
  });

  it('fails when Pages is off, giving the settings path and the gh api call that enable it', async () => {
    setBranch(true);
    const full = await site(undefined);
    const report = expectOutcome(await check(full), false);
    const detail = report['pages-served']!.detail;
    expect(detail).toMatch(new RegExp(`^GitHub Pages is off for ${full}, so https://acme\\.github\\.io/wva-\\d+/index\\.yaml would never be served after publishing\\. enable Pages:`));
    expect(detail).toContain('Settings → Pages → Build and deployment → Source: Deploy from a branch → gh-pages / (root)');
    expect(detail).toContain(`\`gh api -X POST repos/${full}/pages -f 'source[branch]=gh-pages' -f 'source[path]=/'\``);
    expect(detail).not.toContain('doctor --write');
  });

  it('fails when Pages is off and the pages branch does not exist yet, saying to create the branch first', async () => {
    setBranch(false);
    const full = await site(undefined);
    const detail = expectOutcome(await check(full), false)['pages-served']!.detail;
    expect(detail).toContain('origin has no gh-pages branch: create it first: `npx release-actions doctor --write`');
    expect(detail.indexOf('doctor --write')).toBeLessThan(detail.indexOf('enable Pages'));
    // and the fix works: GitHub accepts the POST once the branch exists
    setBranch(true);
    await gh.createRepo(`${full}-fixed`, { fromDir: repo.origin! });
    const created = await fetch(`${gh.apiUrl}/repos/${full}-fixed/pages`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ source: { branch: 'gh-pages', path: '/' } }),
    });
    expect(created.status).toBe(201);
    expectOutcome(await check(`${full}-fixed`), true);
  });

  it.each([
    ['another branch', { branch: 'main', path: '/' as const }, /serves main at \/, not the gh-pages branch at \//],
    ['the /docs folder of gh-pages', { branch: 'gh-pages', path: '/docs' as const }, /serves gh-pages at \/docs, not the gh-pages branch at \//],
    ['a workflow', { buildType: 'workflow' as const }, /is deployed by a GitHub Actions workflow \(build_type workflow\), not the gh-pages branch at \//],
  ])('fails a site served from %s, with the PUT that points it at gh-pages', async (_what, pages, message) => {
    setBranch(true);
    const full = await site(pages);
    const detail = expectOutcome(await check(full), false)['pages-served']!.detail;
    expect(detail).toMatch(message);
    expect(detail).toContain(`\`gh api -X PUT repos/${full}/pages -f build_type=legacy -f 'source[branch]=gh-pages' -f 'source[path]=/'\``);
  });

  it('fails a site whose pages branch was deleted since', async () => {
    setBranch(false);
    const full = await site({ branch: 'gh-pages' });
    const detail = expectOutcome(await check(full), false)['pages-served']!.detail;
    expect(detail).toMatch(/^GitHub Pages of acme\/wva-\d+ serves the gh-pages branch, but origin has no such branch: create it first: `npx release-actions doctor --write`/);
  });

  it('reads the pages branch from the configuration', async () => {
    setBranch(true, 'charts-site');
    const full = await site({ branch: 'charts-site' });
    const config = join(repo.workspace!, '.github');
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'release-actions.yaml'), 'pages-branch: charts-site\n');
    try {
      expect(expectOutcome(await check(full), true)['pages-served']!.detail).toContain('serves the charts-site branch at /');
      const other = await site({ branch: 'gh-pages' });
      expect(expectOutcome(await check(other), false)['pages-served']!.detail).toMatch(/serves gh-pages at \/, not the charts-site branch at \//);
    } finally {
      rmSync(join(config, 'release-actions.yaml'));
      setBranch(false, 'charts-site');
    }
  });

  it('fails, naming the cause, on a token GitHub refuses and on a GitHub that keeps failing', async () => {
    setBranch(true);
    const full = await site({ branch: 'gh-pages' });
    const refused = expectOutcome(await check(full, { token: 'wrong-token' }), false);
    expect(refused['pages-served']!.detail).toBe(`GitHub refused the token (HTTP 401) reading the Pages settings of ${full}: check the token input`);
    const fault = gh.injectFault({ kind: 'status', status: 502, method: 'GET', path: `/repos/${full}/pages`, times: 10 });
    try {
      const down = expectOutcome(await check(full), false);
      expect(down['pages-served']!.detail).toMatch(new RegExp(`^cannot read the GitHub Pages settings of ${full}: `));
      expect(fault.hits).toBeGreaterThan(1);
    } finally {
      gh.clearFaults();
    }
  });

  it('fails without a token, naming the input and the permission', async () => {
    const report = expectOutcome(await verify(repo, { phase: 'preflight', checks: 'pages-served' }), false);
    expect(report['pages-served']!.detail).toBe('needs a token (input token, with pages: read) to read the GitHub Pages settings of llm-d-incubation/workload-variant-autoscaler');
  });
});
