/**
 * The release pull request, against the GitHub emulator: git over smart HTTP with the
 * token as a header, REST for pulls and labels, every request checked against GitHub's
 * OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fillPullBody, RELEASE_CHECKLIST } from '../../../actions/bump-version/pr-body.js';
import { git } from '../../support/git.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { buildRepo, cloneWorkspaceAsync, readTree, type HistoryCommit, type SampleRepo } from '../../support/repos.js';
import { bump, CHART, expectRefusal, expectSuccess, show, WVA } from './helpers.js';

let emulator: GitHubEmulator;
const repos: SampleRepo[] = [];

beforeAll(async () => {
  emulator = await startGitHubEmulator();
});
afterEach(() => {
  emulator.clearFaults();
});
afterAll(async () => {
  await emulator.stop();
  for (const r of repos) await r.cleanup();
});

let count = 0;
/** A WVA-shaped repository on the emulator (its own name per test) and a job workspace cloned over HTTP. */
async function hosted(then: HistoryCommit[] = []): Promise<{ repo: SampleRepo; fullName: string }> {
  const local = buildRepo({ then });
  repos.push(local);
  count += 1;
  const fullName = count === 1 ? WVA : `${WVA}-${count}`;
  await emulator.createRepo(fullName, { fromDir: local.dir });
  const workspace = await cloneWorkspaceAsync(`${emulator.serverUrl}/${fullName}.git`, join(local.root, 'workspace'), { env: emulator.gitAuthEnv() });
  return { repo: { ...local, workspace }, fullName };
}

function run(h: { repo: SampleRepo; fullName: string }, inputs: Record<string, string>) {
  return bump(h.repo, { 'open-pr': 'true', ...inputs }, {
    repository: h.fullName,
    token: 'test-token',
    serverUrl: emulator.serverUrl,
    apiUrl: emulator.apiUrl,
    graphqlUrl: emulator.graphqlUrl,
    env: { RELEASE_ACTIONS_RETRY_SCALE: '0.001' },
  });
}

describe('bump-version opens the release pull request', () => {
  it('pushes release-v0.5.0 over HTTP and opens a labelled pull request whose body is the checklist for v0.5.0', async () => {
    const h = await hosted();
    const result = await run(h, { version: '0.5.0' });
    expectSuccess(result);

    const state = emulator.repo(h.fullName);
    expect(state.pulls).toHaveLength(1);
    const pull = state.pulls[0]!;
    const issue = state.issues.find((i) => i.number === pull.number)!;
    expect({ head: pull.head, base: pull.base, draft: pull.draft }).toEqual({ head: 'release-v0.5.0', base: 'main', draft: false });
    expect(issue.title).toBe('Release v0.5.0');
    expect(issue.labels).toEqual(['release']);
    expect(issue.body).toBe(
      fillPullBody(RELEASE_CHECKLIST, {
        tag: 'v0.5.0',
        version: '0.5.0',
        previous_tag: 'v0.4.1',
        previous_version: '0.4.1',
        branch: 'release-v0.5.0',
        base: 'main',
        changelog: 'CHANGELOG.md',
        title: 'Release v0.5.0',
      }),
    );
    expect(issue.body).toContain('## Release v0.5.0 Checklist\n\n### Pre-Release\n- [ ] All tests passing on main\n');
    expect(issue.body).toContain('- [ ] Version numbers updated (Chart.yaml, Makefile, etc.)\n');
    expect(issue.body).not.toContain('0.x.0');

    // The pushed branch is the commit the action reports, on top of main.
    const bare = emulator.git(state);
    expect(await bare.resolve('refs/heads/release-v0.5.0')).toBe(result.outputs['commit']);
    expect(pull.headSha).toBe(result.outputs['commit']);
    expect(show(emulator.repoPath(h.fullName), 'release-v0.5.0', `${CHART}/Chart.yaml`)).toContain('\nversion: 0.5.0\n');
    expect(result.outputs).toMatchObject({ 'pr-number': String(pull.number), 'pr-url': `${emulator.serverUrl}/${h.fullName}/pull/${pull.number}`, status: 'created' });
    expect(result.summary).toContain(`| pull request | [#${pull.number}](${emulator.serverUrl}/${h.fullName}/pull/${pull.number}) (opened) into \`main\` |`);

    // The token was masked, never logged, and never written into the remote URL.
    expect(result.masks).toContain('test-token');
    expect(result.stdout.replace('::add-mask::test-token', '')).not.toContain('test-token');
    expect(git(h.repo.workspace!, ['remote', 'get-url', 'origin'])).toBe(`${emulator.serverUrl}/${h.fullName}.git`);
    expect(git(h.repo.workspace!, ['config', '--list'])).not.toContain('extraheader');
    emulator.assertNoViolations();
  });

  it('is idempotent: a second run reports the same branch and pull request and changes nothing on GitHub or in the checkout', async () => {
    const h = await hosted();
    const first = await run(h, { version: 'minor' });
    expectSuccess(first);
    const before = await emulator.snapshot();
    const tree = readTree(h.repo.workspace!);
    const requests = emulator.requests.length;

    const second = await run(h, { version: 'minor' });
    expectSuccess(second);
    expect(second.outputs).toMatchObject({ status: 'exists', commit: first.outputs['commit'], 'pr-number': first.outputs['pr-number'], 'pr-url': first.outputs['pr-url'] });
    expect(await emulator.snapshot()).toEqual(before);
    expect(readTree(h.repo.workspace!)).toEqual(tree);
    // only reads: git ls-remote/fetch and the pull request listing
    const writes = emulator.requests.slice(requests).filter((r) => r.area === 'rest' && r.method !== 'GET');
    expect(writes).toEqual([]);
    expect(emulator.requests.slice(requests).some((r) => r.path.endsWith('git-receive-pack'))).toBe(false);
    expect(second.summary).toContain('(already open)');
    emulator.assertNoViolations();
  });

  it('opens the pull request for a branch an earlier run pushed without one; draft and several labels', async () => {
    const h = await hosted();
    const pushOnly = await run(h, { version: '0.4.2', 'open-pr': 'false' });
    expectSuccess(pushOnly);
    expect(emulator.repo(h.fullName).pulls).toHaveLength(0);

    const result = await run(h, { version: '0.4.2', draft: 'true', labels: 'release\nneeds-review' });
    expectSuccess(result);
    expect(result.outputs['status']).toBe('exists');
    const state = emulator.repo(h.fullName);
    expect(state.pulls.map((p) => ({ head: p.head, draft: p.draft, headSha: p.headSha }))).toEqual([{ head: 'release-v0.4.2', draft: true, headSha: pushOnly.outputs['commit'] }]);
    expect(state.issues[0]!.labels).toEqual(['release', 'needs-review']);
    emulator.assertNoViolations();
  });

  it('survives a lost answer to the create request: one pull request, labelled', async () => {
    const h = await hosted();
    emulator.injectFault({ kind: 'after-write', method: 'POST', path: `/repos/${h.fullName}/pulls` });
    const result = await run(h, { version: '0.5.0' });
    expectSuccess(result);
    const state = emulator.repo(h.fullName);
    expect(state.pulls).toHaveLength(1);
    expect(state.issues[0]!.labels).toEqual(['release']);
    expect(result.outputs['pr-number']).toBe(String(state.pulls[0]!.number));
    emulator.assertNoViolations();
  });

  it('a refused push fails with one error, opens nothing, and leaves the remote as it was', async () => {
    const h = await hosted();
    const before = await emulator.snapshot();
    emulator.injectFault({ kind: 'reject-push', repo: h.fullName });
    const result = await run(h, { version: '0.5.0' });
    expectRefusal(result, /^push to release-v0\.5\.0 was refused: /);
    expect(await emulator.snapshot()).toEqual(before);
    expect(git(h.repo.workspace!, ['status', '--porcelain'])).toBe('');
    emulator.assertNoViolations();
  });

  it('uses the repository template named by pr-template, filling placeholders and the process document v0.x.0', async () => {
    const template = '## Release v0.x.0 Checklist\n\n- [ ] {previous_tag} → {tag} on `{branch}` into `{base}`\n- [ ] chart 0.x.0 published\n';
    const h = await hosted([{ message: 'ci: release configuration', files: { '.github/release-actions.yaml': 'pr-template: .github/release-pr.md\n', '.github/release-pr.md': template } }]);
    const result = await run(h, { version: '0.5.0' });
    expectSuccess(result);
    expect(emulator.repo(h.fullName).issues[0]!.body).toBe('## Release v0.5.0 Checklist\n\n- [ ] v0.4.1 → v0.5.0 on `release-v0.5.0` into `main`\n- [ ] chart 0.5.0 published\n');
    emulator.assertNoViolations();
  });

  it('hotfix: the pull request is titled Hotfix and targets the default branch', async () => {
    const h = await hosted();
    const result = await run(h, { version: 'patch', mode: 'hotfix', 'cherry-pick': h.repo.commit('fix(controller)'), labels: 'hotfix' });
    // #215 conflicts with v0.4.1 (see modes.test.ts); the pull request never opens
    expectRefusal(result, 'failed with conflicts in CHANGELOG.md');
    expect(emulator.repo(h.fullName).pulls).toHaveLength(0);

    // Nothing to cherry-pick leaves the 0.4.2 section nothing to say (refused, see changelog.test.ts); the title is what matters here.
    const clean = await run(h, { version: 'patch', mode: 'hotfix', labels: 'hotfix', changelog: 'false' });
    expectSuccess(clean);
    const state = emulator.repo(h.fullName);
    const issue = state.issues[0]!;
    expect({ title: issue.title, labels: issue.labels, head: state.pulls[0]!.head, base: state.pulls[0]!.base }).toEqual({
      title: 'Hotfix v0.4.2',
      labels: ['hotfix'],
      head: 'hotfix-v0.4.2',
      base: 'main',
    });
    expect(issue.body).toContain('## Release v0.4.2 Checklist');
    emulator.assertNoViolations();
  });
});
