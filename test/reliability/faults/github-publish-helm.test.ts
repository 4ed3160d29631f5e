/**
 * The fault matrix on git over HTTP at publish-helm's call sites: reading the pages branch
 * (upload-pack: the fault hits the refs advertisement of the ls-remote that finds it) and
 * pushing the index commit (receive-pack). A read lost in transport is sent again (reads change
 * nothing); a push lost in transport is sent again, a concurrent
 * writer is merged in and the push retried, a protected branch fails until it is lifted.
 *
 * Each cell runs in a repository of its own on one emulator whose `gh-pages` already holds
 * 0.4.0; the run publishes 0.5.0. Whatever the fault, the end state is the index with 0.4.0
 * and 0.5.0 once each, the 0.5.0 package next to it with the indexed digest, a concurrent
 * writer's commit kept, and the default branch untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startGitHubEmulator, type GitHubEmulator, type RequestLogEntry } from '../../support/github/index.js';
import { runAction, type ActionRun } from '../../support/harness.js';
import { buildRepo, cloneWorkspaceAsync, type SampleRepo } from '../../support/repos.js';
import { CHART, CHART_NAME, chartFiles, REPO_URL, setChartVersion, show, showBytes } from '../../actions/publish-helm/helpers.js';
import { expectResumed, expectRetried, FAST_FAULTS, play, playTogether, siteCells, type Cell, type Site } from './github-cells.js';
import { GIT_TRANSFER_FAULTS } from './github-git.js';

const SITES: Site[] = [
  {
    cells: siteCells('git', 'push gh-pages', [...GIT_TRANSFER_FAULTS, '500 after write', 'push non-fast-forward', 'push protected'], 'retried', {
      'push protected': 'resumed',
    }),
    target: (repo) => ({ method: 'POST', path: `/${repo}.git/git-receive-pack` }),
    // a push that landed before its answer was lost is found up to date: git reads the refs and sends nothing
    lookup: (repo) => ({ method: 'GET', path: `/${repo}.git/info/refs` }),
    error: /push to gh-pages/,
  },
  {
    cells: siteCells('git', 'read gh-pages', GIT_TRANSFER_FAULTS, 'retried'),
    // the first request of the read: the refs advertisement, on a connection of its own
    target: (repo) => ({ method: 'GET', path: `/${repo}.git/info/refs` }),
    error: /cannot read the branches of/,
  },
];

let gh: GitHubEmulator;
let local: SampleRepo;
let seed: string;
let count = 0;

function publish(repo: string, workspace: string, version: string): Promise<ActionRun> {
  return runAction({
    action: 'publish-helm',
    workspace,
    repository: repo,
    ref: `refs/tags/v${version}`,
    sha: local.head,
    token: 'test-token',
    serverUrl: gh.serverUrl,
    apiUrl: gh.apiUrl,
    inputs: { chart: CHART, version, 'repo-url': REPO_URL },
    env: FAST_FAULTS,
  });
}

beforeAll(async () => {
  gh = await startGitHubEmulator();
  local = buildRepo({ history: [{ message: 'feat: operator and chart', files: { 'README.md': '# WVA\n', ...chartFiles(CHART_NAME) } }] });
  // the pages branch every cell starts from: 0.4.0 published by the action itself
  seed = 'llm-d-incubation/pages-seed';
  await gh.createRepo(seed, { fromDir: local.dir });
  const workspace = await cloneWorkspaceAsync(`${gh.serverUrl}/${seed}.git`, join(local.root, 'seed'), { env: gh.gitAuthEnv() });
  setChartVersion(workspace, '0.4.0');
  const first = await publish(seed, workspace, '0.4.0');
  if (first.exitCode !== 0) throw new Error(`publishing 0.4.0 failed:\n${first.stdout}\n${first.stderr}`);
});
afterAll(async () => {
  try {
    gh.assertNoViolations();
  } finally {
    await gh.stop();
    await local.cleanup();
  }
});

interface Hosted {
  repo: string;
  workspace: string;
  mainTip: string;
}

async function hosted(): Promise<Hosted> {
  count += 1;
  const repo = `llm-d-incubation/pages-${count}`;
  await gh.createRepo(repo, { fromDir: gh.repoPath(seed) });
  const workspace = await cloneWorkspaceAsync(`${gh.serverUrl}/${repo}.git`, join(local.root, `workspace-${count}`), { env: gh.gitAuthEnv() });
  return { repo, workspace, mainTip: (await gh.git(gh.repo(repo)).resolve('refs/heads/main'))! };
}

interface IndexDoc {
  entries: Record<string, Array<{ version: string; digest: string; urls: string[] }>>;
}

async function expectEndState(h: Hosted, cell: Cell): Promise<void> {
  const bare = gh.repoPath(h.repo);
  const index = parse((await show(bare, 'gh-pages', 'index.yaml'))!) as IndexDoc;
  const versions = index.entries[CHART_NAME]!.map((e) => e.version);
  expect(versions).toEqual(['0.5.0', '0.4.0']);
  const tgz = await showBytes(bare, 'gh-pages', `${CHART_NAME}-0.5.0.tgz`);
  expect(tgz).toBeDefined();
  expect(createHash('sha256').update(tgz!).digest('hex')).toBe(index.entries[CHART_NAME]![0]!.digest);
  expect(await showBytes(bare, 'gh-pages', `${CHART_NAME}-0.4.0.tgz`)).toBeDefined();
  // a concurrent writer's commit is merged under ours, not pushed over
  if (cell.fault === 'push non-fast-forward') expect(await show(bare, 'gh-pages', 'CONCURRENT-CHANGE.md')).toBeDefined();
  expect(await gh.git(gh.repo(h.repo)).resolve('refs/heads/main')).toBe(h.mainTip);
}

const scopeOf = (repo: string) => (r: RequestLogEntry) => r.path.startsWith(`/${repo}.git/`);

describe.each(SITES)('publish-helm, git over HTTP', (site) => {
  it.each(site.cells)('$title', async (cell) => {
    const h = await hosted();
    const p = play(site, cell, h.repo, { repo: h.repo, branch: 'gh-pages' });
    const run = () => publish(h.repo, h.workspace, '0.5.0');
    const played = await playTogether(gh, [p], run, scopeOf(h.repo));
    if (cell.outcome === 'retried') expectRetried(played, p);
    else await expectResumed(played, p, run);
    await expectEndState(h, cell);
  });
});
