/**
 * `pull-request: current`: the release pull request kept current on every push to main,
 * against the GitHub emulator (git over smart HTTP, REST checked against GitHub's OpenAPI
 * description). Pushes to main are made by a developer's clone, as GitHub would receive them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runGit } from '../../support/github/git.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { buildRepo, cloneWorkspaceAsync, fixtureFiles, fixtureHistory, type HistoryCommit, type SampleRepo } from '../../support/repos.js';
import { readMarker, withoutMarker } from '../../../actions/bump-version/marker.js';
import { bump, CHART, expectSuccess, show, WVA } from './helpers.js';

let emulator: GitHubEmulator;
const repos: SampleRepo[] = [];

beforeAll(async () => {
  emulator = await startGitHubEmulator();
});
afterEach(() => {
  emulator.assertNoViolations();
});
afterAll(async () => {
  await emulator.stop();
  for (const r of repos) await r.cleanup();
});

interface Hosted {
  repo: SampleRepo;
  fullName: string;
  /** A developer's clone that pushes to main. */
  dev: string;
}

/** WVA up to its v0.4.1 release (Unreleased empty), on the emulator; a job workspace and a developer's clone. */
async function hosted(name: string, history: HistoryCommit[] = fixtureHistory('wva').slice(0, 3)): Promise<Hosted> {
  const local = buildRepo({ history });
  repos.push(local);
  const fullName = `${WVA}-${name}`;
  await emulator.createRepo(fullName, { fromDir: local.dir });
  const url = `${emulator.serverUrl}/${fullName}.git`;
  const workspace = await cloneWorkspaceAsync(url, join(local.root, 'workspace'), { env: emulator.gitAuthEnv() });
  const dev = await cloneWorkspaceAsync(url, join(local.root, 'dev'), { env: emulator.gitAuthEnv() });
  return { repo: { ...local, workspace }, fullName, dev };
}

async function git(dir: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await runGit(args, { cwd: dir, env: { ...emulator.gitAuthEnv(), ...env } });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.toString()}`);
  return r.stdout.toString('utf8').trim();
}

/** A commit pushed to main by the developer's clone. */
async function pushToMain(h: Hosted, message: string, path: string, text: string): Promise<string> {
  await git(h.dev, ['pull', '-q', '--ff-only', 'origin', 'main']);
  await mkdir(dirname(join(h.dev, path)), { recursive: true });
  await writeFile(join(h.dev, path), text);
  await git(h.dev, ['add', '--', path]);
  await git(h.dev, ['commit', '-q', '-m', message]);
  await git(h.dev, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
  return git(h.dev, ['rev-parse', 'HEAD']);
}

/** The job: a fresh checkout of main (as actions/checkout gives a push event), then bump-version. */
async function keepCurrent(h: Hosted, inputs: Record<string, string> = {}) {
  await git(h.repo.workspace!, ['fetch', '-q', '--tags', 'origin']);
  await git(h.repo.workspace!, ['reset', '-q', '--hard', 'origin/main']);
  return bump(h.repo, { version: 'auto', 'pull-request': 'current', 'open-pr': 'true', ...inputs }, {
    repository: h.fullName,
    token: 'test-token',
    serverUrl: emulator.serverUrl,
    apiUrl: emulator.apiUrl,
    graphqlUrl: emulator.graphqlUrl,
    env: { RELEASE_ACTIONS_RETRY_SCALE: '0.001' },
  });
}

function pullOf(h: Hosted) {
  const state = emulator.repo(h.fullName);
  return state.pulls.map((p) => ({ pull: p, issue: state.issues.find((i) => i.number === p.number)! }));
}

const branchTip = (h: Hosted) => emulator.git(emulator.repo(h.fullName)).resolve('refs/heads/release-next');
const writes = (from: number) => emulator.requests.slice(from).filter((r) => (r.area === 'rest' && r.method !== 'GET') || r.path.endsWith('git-receive-pack'));

describe('bump-version pull-request: current', () => {
  it('two pushes to main (a fix, then a feat) update one pull request: patch then minor, title, body and CHANGELOG section follow', async () => {
    const h = await hosted('two-pushes');
    const fix = await pushToMain(h, 'fix(controller): count the replicas of a variant once during a rollout (#215)', 'internal/controller/replicas.go', 'package controller\n// once\n');
    const first = await keepCurrent(h);
    expectSuccess(first);
    expect(first.outputs).toMatchObject({ version: '0.4.2', 'release-type': 'patch', branch: 'release-next', status: 'created' });
    let pulls = pullOf(h);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.issue.title).toBe('Release v0.4.2');
    expect(pulls[0]!.issue.labels).toEqual(['release']);
    expect(pulls[0]!.pull).toMatchObject({ head: 'release-next', base: 'main' });
    expect(readMarker(pulls[0]!.issue.body)?.tip).toBe(first.outputs['commit']);
    const firstTip = await branchTip(h);
    expect(firstTip).toBe(first.outputs['commit']);
    expect(await git(h.dev, ['ls-remote', 'origin', 'refs/heads/release-next'])).toContain(firstTip!);
    expect(show(emulator.repoPath(h.fullName), 'release-next', `${CHART}/Chart.yaml`)).toContain('\nversion: 0.4.2\n');

    const feat = await pushToMain(h, 'feat(scaler): queue-depth based scale-out for vLLM backends (#210)', 'internal/scaler/queue_depth.go', 'package scaler\n');
    const second = await keepCurrent(h);
    expectSuccess(second);
    expect(second.outputs).toMatchObject({ version: '0.5.0', 'release-type': 'minor', status: 'updated', 'pr-number': first.outputs['pr-number'] });
    expect(second.summary).toContain('> Branch `release-next` moved to the release commit of 0.5.0 on the tip of `main`.');
    expect(second.stdout).toContain('pull request #' + first.outputs['pr-number'] + ': updated its title and body');
    pulls = pullOf(h);
    expect(pulls).toHaveLength(1);
    const { issue } = pulls[0]!;
    expect(issue.title).toBe('Release v0.5.0');
    expect(issue.body).toContain('## Release v0.5.0 Checklist');
    expect(issue.body).not.toContain('v0.4.2');
    // the record names the new tip, and the one before (written before the push)
    expect(readMarker(issue.body)).toMatchObject({ tip: second.outputs['commit'], prev: firstTip });
    // one release commit on the new tip of main: the old one replaced, not stacked
    const bare = emulator.repoPath(h.fullName);
    expect(await git(bare, ['rev-list', '--parents', '-n', '1', 'release-next'])).toBe(`${second.outputs['commit']} ${feat}`);
    const changelog = show(bare, 'release-next', 'CHANGELOG.md')!;
    const section = changelog.slice(changelog.indexOf('## [0.5.0]'), changelog.indexOf('## [0.4.1]'));
    const link = (n: number) => `([#${n}](${emulator.serverUrl}/${h.fullName}/pull/${n}))`;
    expect(section).toBe(
      '## [0.5.0] - 2026-02-03\n\n### Added\n' +
        `- **scaler:** Queue-depth based scale-out for vLLM backends ${link(210)}\n\n### Fixed\n` +
        `- **controller:** Count the replicas of a variant once during a rollout ${link(215)}\n\n`,
    );
    expect(changelog).not.toContain('## [0.4.2]');
    expect(show(bare, 'release-next', `${CHART}/Chart.yaml`)).toContain('\nversion: 0.5.0\n');
    expect(fix).not.toBe(feat);

    // a re-run with nothing new: nothing pushed, nothing edited
    // the emulator brings a pull request's head up to date when it is read: read it first
    await fetch(`${emulator.apiUrl}/repos/${h.fullName}/pulls?state=all`, { headers: { authorization: 'token test-token' } });
    const from = emulator.requests.length;
    const before = await emulator.snapshot();
    const third = await keepCurrent(h);
    expectSuccess(third);
    expect(third.outputs).toMatchObject({ version: '0.5.0', status: 'exists', commit: second.outputs['commit'], 'pr-number': first.outputs['pr-number'] });
    expect(writes(from)).toEqual([]);
    expect(await emulator.snapshot()).toEqual(before);
  });

  it('leaves a branch someone else pushed to alone and says so; the run succeeds', async () => {
    const h = await hosted('hand-branch');
    await pushToMain(h, 'fix(collector): keep the last sample (#220)', 'internal/collector/samples.go', 'package collector\n');
    expectSuccess(await keepCurrent(h));
    // a maintainer adds a commit of their own to the release branch
    await git(h.dev, ['fetch', '-q', 'origin', 'release-next']);
    await git(h.dev, ['checkout', '-q', '-b', 'mine', 'FETCH_HEAD']);
    await writeFile(join(h.dev, 'NOTES.md'), 'Upgrade notes\n');
    await git(h.dev, ['add', 'NOTES.md']);
    await git(h.dev, ['-c', 'user.name=Jane Maintainer', '-c', 'user.email=jane@example.com', 'commit', '-q', '-m', 'docs: upgrade notes for the release']);
    await git(h.dev, ['push', '-q', 'origin', 'HEAD:refs/heads/release-next']);
    const handTip = await git(h.dev, ['rev-parse', 'HEAD']);
    await git(h.dev, ['checkout', '-q', 'main']);
    await pushToMain(h, 'feat(scaler): scale on queue depth (#221)', 'internal/scaler/queue_depth.go', 'package scaler\n');

    const before = pullOf(h)[0]!.issue;
    const bodyBefore = before.body;
    const from = emulator.requests.length;
    const run = await keepCurrent(h);
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ status: 'hand-edited', commit: handTip, 'pr-number': String(before.number) });
    expect(writes(from)).toEqual([]);
    expect(await branchTip(h)).toBe(handTip);
    expect(pullOf(h)[0]!.issue).toMatchObject({ title: 'Release v0.4.2', body: bodyBefore });
    const warning = run.annotations.find((a) => a.level === 'warning' && a.message.includes('changed by hand'));
    expect(warning?.message).toContain(`pull request #${before.number}`);
    expect(warning?.message).toContain('Jane Maintainer <jane@example.com>: docs: upgrade notes for the release');
    expect(warning?.message).toContain('delete the branch release-next');
    expect(run.summary).toContain('> Branch `release-next` was changed by hand: left as it is (see the warning in the log).');
  });

  it('keeps a body edited by hand (a ticked box) while the branch and the title move on', async () => {
    const h = await hosted('hand-body');
    await pushToMain(h, 'fix(collector): keep the last sample (#220)', 'internal/collector/samples.go', 'package collector\n');
    const first = await keepCurrent(h);
    expectSuccess(first);
    const issue = pullOf(h)[0]!.issue;
    // a reviewer ticks the first box on GitHub (which writes the body back with CRLF line ends)
    issue.body = issue.body!.replace('- [ ] All tests passing on main', '- [x] All tests passing on main').replace(/\n/g, '\r\n');
    const ticked = withoutMarker(issue.body);

    await pushToMain(h, 'feat(scaler): scale on queue depth (#221)', 'internal/scaler/queue_depth.go', 'package scaler\n');
    const run = await keepCurrent(h);
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '0.5.0', status: 'updated' });
    const after = pullOf(h)[0]!.issue;
    expect(after.title).toBe('Release v0.5.0');
    expect(withoutMarker(after.body!)).toBe(ticked);
    expect(after.body).toContain('- [x] All tests passing on main');
    expect(readMarker(after.body)?.tip).toBe(run.outputs['commit']);
    expect(await branchTip(h)).toBe(run.outputs['commit']);
    expect(run.annotations.some((a) => a.level === 'warning' && a.message.includes('its body was edited by hand; it is kept as written'))).toBe(true);

    // the next run still knows it was a person's: the body is left as it is
    const from = emulator.requests.length;
    const again = await keepCurrent(h);
    expectSuccess(again);
    expect(again.outputs['status']).toBe('exists');
    expect(writes(from)).toEqual([]);
  });

  it('a pull request closed without merging is not reopened: the next push opens a new one on the same branch', async () => {
    const h = await hosted('closed');
    await pushToMain(h, 'fix(collector): keep the last sample (#220)', 'internal/collector/samples.go', 'package collector\n');
    const first = await keepCurrent(h);
    expectSuccess(first);
    const closed = await fetch(`${emulator.apiUrl}/repos/${h.fullName}/pulls/${first.outputs['pr-number']}`, {
      method: 'PATCH',
      headers: { authorization: 'token test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed' }),
    });
    expect(closed.status).toBe(200);
    await pushToMain(h, 'fix(scaler): round the queue depth down (#222)', 'internal/scaler/queue_depth.go', 'package scaler\n');
    const next = await keepCurrent(h);
    expectSuccess(next);
    expect(next.outputs).toMatchObject({ version: '0.4.2', status: 'updated' });
    expect(next.outputs['pr-number']).not.toBe(first.outputs['pr-number']);
    expect(pullOf(h).map((p) => [p.issue.state, p.pull.head])).toEqual([
      ['closed', 'release-next'],
      ['open', 'release-next'],
    ]);
  });

  it('resumes after a run that wrote the record and then could not push: the tip it read, kept as prev, is still the bot’s', async () => {
    const h = await hosted('resume');
    await pushToMain(h, 'fix(collector): keep the last sample (#220)', 'internal/collector/samples.go', 'package collector\n');
    const first = await keepCurrent(h);
    expectSuccess(first);
    await pushToMain(h, 'feat(scaler): scale on queue depth (#221)', 'internal/scaler/queue_depth.go', 'package scaler\n');
    emulator.injectFault({ kind: 'reject-push', repo: h.fullName });
    const refused = await keepCurrent(h);
    emulator.clearFaults();
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]!.message).toMatch(/^push to release-next was refused: /);
    expect(await branchTip(h)).toBe(first.outputs['commit']);
    const record = readMarker(pullOf(h)[0]!.issue.body)!;
    expect(record.prev).toBe(first.outputs['commit']);
    expect(record.tip).not.toBe(first.outputs['commit']);

    const resumed = await keepCurrent(h);
    expectSuccess(resumed);
    expect(resumed.outputs).toMatchObject({ version: '0.5.0', status: 'updated', 'pr-number': first.outputs['pr-number'] });
    expect(await branchTip(h)).toBe(resumed.outputs['commit']);
    expect(readMarker(pullOf(h)[0]!.issue.body)).toMatchObject({ tip: resumed.outputs['commit'], prev: first.outputs['commit'] });
    expect(pullOf(h)).toHaveLength(1);
  });

  it('opens nothing when the commits since the last tag are not releasable, and waits for the tag of a merged release', async () => {
    const h = await hosted('idle');
    await pushToMain(h, 'docs: how to run the operator locally', 'README.md', '# WVA\n');
    const none = await keepCurrent(h);
    expectSuccess(none);
    expect(none.outputs).toMatchObject({ status: 'nothing-to-release', version: '', 'pr-number': '' });
    expect(none.summary).toContain('## bump-version: nothing-to-release\n\nnothing to release: no commit since v0.4.1 that a release would list');
    expect(pullOf(h)).toHaveLength(0);
    expect(await branchTip(h)).toBeNull();

    await pushToMain(h, 'fix(collector): keep the last sample (#220)', 'internal/collector/samples.go', 'package collector\n');
    const opened = await keepCurrent(h);
    expectSuccess(opened);
    // the release pull request merged (squash), its tag not pushed yet
    const number = Number(opened.outputs['pr-number']);
    const api = `${emulator.apiUrl}/repos/${h.fullName}/pulls/${number}/merge`;
    const merged = await fetch(api, { method: 'PUT', headers: { authorization: 'token test-token', 'content-type': 'application/json' }, body: JSON.stringify({ merge_method: 'squash' }) });
    expect(merged.status).toBe(200);
    const mergeSha = ((await merged.json()) as { sha: string }).sha;
    // a change lands on main after the merge, before the tag: the tag still belongs on the merge
    await pushToMain(h, 'fix(scaler): round the queue depth down (#222)', 'internal/scaler/queue_depth.go', 'package scaler\n');
    const waiting = await keepCurrent(h);
    expectSuccess(waiting);
    expect(waiting.outputs).toMatchObject({ status: 'awaiting-tag', version: '0.4.2', tag: 'v0.4.2', commit: mergeSha });
    expect(waiting.annotations.find((a) => a.level === 'notice')?.message).toContain('push the signed tag v0.4.2');
    expect(pullOf(h)).toHaveLength(1);
  });

  it('the first release of a repository without a tag: after the merge it waits for v0.5.0, not proposing 0.6.0', async () => {
    const h = await hosted('first-release', [{ message: 'feat: the operator, its CRD and its chart', files: fixtureFiles('wva') }]);
    const opened = await keepCurrent(h);
    expectSuccess(opened);
    expect(opened.outputs).toMatchObject({ version: '0.5.0', 'previous-version': '0.4.1', status: 'created' });
    const api = `${emulator.apiUrl}/repos/${h.fullName}/pulls/${opened.outputs['pr-number']}/merge`;
    const merged = await fetch(api, { method: 'PUT', headers: { authorization: 'token test-token', 'content-type': 'application/json' }, body: JSON.stringify({ merge_method: 'squash' }) });
    const mergeSha = ((await merged.json()) as { sha: string }).sha;
    await pushToMain(h, 'fix(collector): keep the last sample (#220)', 'internal/collector/samples.go', 'package collector\n');
    const waiting = await keepCurrent(h);
    expectSuccess(waiting);
    expect(waiting.outputs).toMatchObject({ status: 'awaiting-tag', version: '0.5.0', tag: 'v0.5.0', commit: mergeSha });
    expect(pullOf(h).filter((p) => p.issue.state === 'open')).toHaveLength(0);
  });

  it('refuses a pull request kept current with an explicit version or another mode, naming the input', async () => {
    const h = await hosted('refusals');
    const explicit = await keepCurrent(h, { version: '0.5.0' });
    expect(explicit.exitCode).toBe(1);
    expect(explicit.errors[0]!.message).toMatch(/version.*expected auto, got "0\.5\.0"/);
    const hotfix = await keepCurrent(h, { mode: 'hotfix', version: 'auto' });
    expect(hotfix.errors[0]!.message).toMatch(/pull-request.*a hotfix is prepared once/);
    const branch = await keepCurrent(h, { 'pr-branch': 'release-v0.5.0' });
    expect(branch.errors[0]!.message).toMatch(/pr-branch.*names none/);
    await pushToMain(h, 'fix(collector): keep the last sample (#220)', 'internal/collector/samples.go', 'package collector\n');
    const main = await keepCurrent(h, { 'pr-branch': 'main' });
    expect(main.errors[0]!.message).toMatch(/pr-branch.*names the base branch main/);
    expect(pullOf(h)).toHaveLength(0);
  });
});
