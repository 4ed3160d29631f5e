import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { commit, git, initRepo, tag } from '../../support/git.js';
import { projectRoot } from '../../support/harness.js';
import { changelog, entriesOf, expectGolden, expectSuccess, seedMergedPull } from './helpers.js';

const REPO = 'acme/operator';
const URL = `https://github.com/${REPO}`;

/**
 * Pull request enrichment against the GitHub emulator: a history with squash merges,
 * a merge-commit pull request and a direct push; GitHub's own `.github/release.yml`
 * label categories; and the API failing.
 */
describe('pull requests through the GitHub API', () => {
  let gh: GitHubEmulator;
  let dir: string;
  const sha: Record<string, string> = {};

  beforeAll(async () => {
    gh = await startGitHubEmulator({ token: 'test-token' });
    dir = mkdtempSync(join(tmpdir(), 'cl-pulls-'));
    initRepo(dir);
    mkdirSync(join(dir, '.github'));
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'changelog', 'release.yml'), join(dir, '.github', 'release.yml'));
    commit(dir, 'feat: the operator', { 'main.go': 'package main\n' });
    tag(dir, 'v0.1.0');
    const c = (key: string, message: string): void => {
      sha[key] = commit(dir, message, { [`${key}.txt`]: key });
    };
    c('feat', 'feat: queue-depth based scale-out (#10)');
    c('fix', 'fix(metrics): handle empty Prometheus vectors (#11)');
    c('plain', 'Improve the e2e harness (#12)');
    c('sec', 'feat: run as non-root (#13)');
    c('chore', 'chore: bump the controller runtime (#14)');
    c('docs', 'docs: OpenShift installation guide (#15)');
    c('skip', 'feat: an internal switch (#16)');
    c('bot', 'fix(deps): bump golang.org/x/net (#17)');
    c('issue', 'fix: an issue number, not a pull request (#99)');
    // a pull request merged with a merge commit: its commits take its title
    git(dir, ['checkout', '-q', '-b', 'topic']);
    c('part1', 'feat(api): first half of the status subresource');
    c('part2', 'wip: address review');
    git(dir, ['checkout', '-q', 'main']);
    git(dir, ['merge', '-q', '--no-ff', '-m', 'Merge pull request #20 from acme/topic\n\nfeat(api): status subresource', 'topic']);
    sha['merge'] = git(dir, ['rev-parse', 'HEAD']);
    c('direct', 'fix: pushed without a pull request');
    await gh.createRepo(REPO, { fromDir: dir });

    const pull = (number: number, key: string, title: string, author: string, labels: string[] = []): void =>
      seedMergedPull(gh, REPO, { number, title, author, labels, mergeCommitSha: sha[key]!, commitShas: [sha[key]!] });
    pull(10, 'feat', 'feat: queue-depth based scale-out', 'alice', ['enhancement']);
    pull(11, 'fix', 'fix(metrics): handle empty Prometheus vectors', 'bob', ['bug']);
    pull(12, 'plain', 'Improve the e2e harness', 'carol', ['bug']); // a label overrides the (missing) type
    pull(13, 'sec', 'feat: run as non-root', 'dave', ['security']); // the security label wins over feat
    pull(14, 'chore', 'chore: bump the controller runtime', 'erin', ['enhancement']); // a label brings a chore in
    pull(15, 'docs', 'docs: OpenShift installation guide', 'frank', ['documentation']);
    pull(16, 'skip', 'feat: an internal switch', 'grace', ['skip-changelog']); // excluded by label
    pull(17, 'bot', 'fix(deps): bump golang.org/x/net', 'renovate-bot'); // excluded by author
    seedMergedPull(gh, REPO, { number: 20, title: 'feat(api): status subresource', author: 'heidi', labels: [], mergeCommitSha: sha['merge']!, commitShas: [sha['part2']!, sha['part1']!] });
  });

  afterEach(() => {
    gh.clearFaults();
    gh.assertNoViolations();
  });

  afterAll(async () => {
    await gh.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function run(inputs: Record<string, string>, token = 'test-token') {
    return changelog(dir, { 'use-pull-requests': 'true', ...inputs }, { repository: REPO, apiUrl: gh.apiUrl, token });
  }

  it('labels from the pull requests drive the sections through .github/release.yml; authors are credited (golden notes)', async () => {
    const before = gh.requests.length;
    const r = await run({ mode: 'notes', version: '0.2.0' });
    expectSuccess(r);
    expect(r.annotations).toEqual([]);
    const entries = entriesOf(r);
    const by = Object.fromEntries(entries.map((e) => [e.sha, e]));
    expect([by[sha['feat']!]?.section, by[sha['feat']!]?.author, by[sha['feat']!]?.labels]).toEqual(['Added', 'alice', ['enhancement']]);
    expect([by[sha['plain']!]?.section, by[sha['plain']!]?.pr]).toEqual(['Fixed', 12]);
    expect(by[sha['sec']!]?.section).toBe('Security');
    expect(by[sha['chore']!]?.section).toBe('Added');
    expect(by[sha['docs']!]?.section).toBe('Documentation');
    expect(by[sha['skip']!]).toBeUndefined();
    expect(by[sha['bot']!]).toBeUndefined();
    // #99 is an issue: the API says 404, the number from the subject stays, no author
    expect([by[sha['issue']!]?.pr, by[sha['issue']!]?.author]).toEqual([99, null]);
    // #20 was merged with a merge commit: one entry, the merge commit's, with the pull request's title; its branch's commits are none
    expect([by[sha['merge']!]?.subject, by[sha['merge']!]?.pr, by[sha['merge']!]?.author, by[sha['merge']!]?.section]).toEqual(['status subresource', 20, 'heidi', 'Added']);
    expect([by[sha['part1']!], by[sha['part2']!]]).toEqual([undefined, undefined]);
    expect([by[sha['direct']!]?.pr, by[sha['direct']!]?.author]).toEqual([null, null]);

    const notes = r.outputs['notes']!;
    expectGolden('notes-pull-requests.md', notes.replace(/[0-9a-f]{40}/g, 'SHA').replace(/\[[0-9a-f]{7}\]/g, '[sha]'));
    expect(notes).toContain(`- queue-depth based scale-out ([#10](${URL}/pull/10)) by @alice`);
    expect(notes.match(/\/pull\/20\)/g)).toHaveLength(1);
    expect(r.summary).toContain('categories from `.github/release.yml`');

    // bounded: each pull request number once (#20 from its merge commit), one lookup per commit without a number, nothing for a branch's commits
    const asked = gh.requests.slice(before).map((q) => `${q.method} ${q.path}`);
    const pulls = asked.filter((a) => /\/pulls\/\d+$/.test(a));
    const ofCommit = asked.filter((a) => /\/commits\/[0-9a-f]{40}\/pulls$/.test(a));
    expect(pulls.sort()).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 20, 99].map((n) => `GET /repos/${REPO}/pulls/${n}`).sort());
    expect(ofCommit).toEqual([`GET /repos/${REPO}/commits/${sha['direct']}/pulls`]);
    expect(asked).toHaveLength(pulls.length + ofCommit.length);
  });

  it('update writes the labelled sections into CHANGELOG.md', async () => {
    const r = await run({ mode: 'update', version: '0.2.0' });
    expectSuccess(r);
    expectGolden('update-pull-requests.md', r.outputs['section']!.replace(/[0-9a-f]{40}/g, 'SHA').replace(/\[[0-9a-f]{7}\]/g, '[sha]'));
    expect(r.outputs['section']).toContain(`### Security\n- Run as non-root ([#13](${URL}/pull/13))`);
    git(dir, ['checkout', '-q', '--', '.']);
    git(dir, ['clean', '-qf', '--', 'CHANGELOG.md']);
  });

  it('with the API failing (HTTP 500 after retries): the commits alone, and ONE warning', async () => {
    const fault = gh.injectFault({ kind: 'status', status: 500, path: /\/pulls(\/\d+)?$/, times: 10_000 });
    const r = await run({ mode: 'notes', version: '0.2.0' });
    expectSuccess(r);
    expect(fault.hits).toBeGreaterThan(1); // the client retried before giving up
    expect(r.annotations.map((a) => a.level)).toEqual(['warning']);
    expect(r.annotations[0]!.message).toMatch(/^could not read pull requests through the GitHub API \(HTTP 500/);
    const entries = entriesOf(r);
    expect(entries.every((e) => e.author === null && e.labels.length === 0)).toBe(true);
    // no labels: types decide; pull request numbers from the squash subjects only
    const by = Object.fromEntries(entries.map((e) => [e.sha, e]));
    expect([by[sha['plain']!]?.section, by[sha['plain']!]?.pr]).toEqual(['Changed', 12]);
    expect(by[sha['chore']!]).toBeUndefined();
    expect(by[sha['skip']!]?.section).toBe('Added');
    // the merge commit still says which pull request it was and its title
    expect([by[sha['merge']!]?.subject, by[sha['merge']!]?.pr, by[sha['merge']!]?.section]).toEqual(['status subresource', 20, 'Added']);
    expect(by[sha['part1']!]).toBeUndefined();
    expect(r.outputs['notes']).not.toContain(' by @');
    expect(r.summary).toContain('Pull requests: not read');
  });

  it('with a token the API refuses (401): the same fallback, one warning that says so', async () => {
    const r = await run({ mode: 'notes', version: '0.2.0' }, 'wrong-token');
    expectSuccess(r);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]!.message).toContain('HTTP 401 (the token was refused)');
    expect(r.masks).toContain('wrong-token');
    expect(r.stdout.replace(/::add-mask::wrong-token/g, '')).not.toContain('wrong-token');
  });

  it('use-pull-requests: false asks nothing', async () => {
    const before = gh.requests.length;
    const r = await run({ mode: 'notes', version: '0.2.0', 'use-pull-requests': 'false' });
    expectSuccess(r);
    expect(gh.requests.length).toBe(before);
    expect(r.summary).toContain('Pull requests: not read (use-pull-requests: false).');
  });
});
