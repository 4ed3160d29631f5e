/**
 * The fault matrix at bump-version's GitHub call sites: git pushing the release branch over
 * HTTP (receive-pack: a push lost in transport is sent again, a concurrent writer's branch is
 * built on, a protected branch fails until it is lifted), and REST listing the open pull
 * requests, opening the release pull request and labelling it.
 *
 * Each cell runs in a repository of its own on one emulator, from a workspace cloned over
 * HTTP as actions/checkout leaves it. The `retried` cells of one fault share one run (the
 * fault armed at each of their call sites, each hitting only the first request of its site);
 * a `resumed` cell has its runs to itself. Whatever the fault, the end state is the branch
 * holding the bump (and a concurrent writer's commit, when there was one), one pull request
 * with its label once, and the default branch untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator, type RequestLogEntry } from '../../support/github/index.js';
import type { ActionRun } from '../../support/harness.js';
import { buildRepo, cloneWorkspaceAsync, type SampleRepo } from '../../support/repos.js';
import { bump, CHART, show } from '../../actions/bump-version/helpers.js';
import type { Fault } from './matrix.js';
import {
  expectResumed,
  expectRetried,
  FAST_FAULTS,
  groupCells,
  play,
  playTogether,
  siteCells,
  TRANSPORT_FAULTS,
  type Cell,
  type Play,
  type Played,
  type Site,
} from './github-cells.js';
import { GIT_TRANSFER_FAULTS } from './github-git.js';

const WRITES: readonly Fault[] = [...TRANSPORT_FAULTS, '500 after write'];
const BRANCH = 'release-v0.5.0';

const SITES: Site[] = [
  {
    cells: siteCells('git', 'push release branch', [...GIT_TRANSFER_FAULTS, '500 after write', 'push non-fast-forward', 'push protected'], 'retried', {
      'push protected': 'resumed',
    }),
    target: (repo) => ({ method: 'POST', path: `/${repo}.git/git-receive-pack` }),
    // a push that landed before its answer was lost is found up to date: git reads the refs and sends nothing
    lookup: (repo) => ({ method: 'GET', path: `/${repo}.git/info/refs` }),
    error: /push to release-v0\.5\.0/,
  },
  {
    cells: siteCells('REST', 'list pull requests', TRANSPORT_FAULTS, 'retried'),
    target: (repo) => ({ method: 'GET', path: `/repos/${repo}/pulls` }),
    error: /listing the open pull requests of release-v0\.5\.0/,
  },
  {
    cells: siteCells('REST', 'open pull request', WRITES, 'retried'),
    target: (repo) => ({ method: 'POST', path: `/repos/${repo}/pulls` }),
    error: /opening the pull request release-v0\.5\.0 → main/,
  },
  {
    cells: siteCells('REST', 'label pull request', WRITES, 'retried'),
    target: (repo) => ({ method: 'POST', path: new RegExp(`^/repos/${repo}/issues/\\d+/labels$`) }),
    error: /labelling pull request #\d+/,
  },
];

let gh: GitHubEmulator;
let local: SampleRepo;
let count = 0;
beforeAll(async () => {
  gh = await startGitHubEmulator();
  local = buildRepo();
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
  workspace: SampleRepo;
  mainTip: string;
}

/** A repository of its own on the emulator, and a job workspace cloned from it over HTTP. */
async function hosted(): Promise<Hosted> {
  count += 1;
  const repo = `llm-d-incubation/bump-${count}`;
  await gh.createRepo(repo, { fromDir: local.dir });
  const dir = await cloneWorkspaceAsync(`${gh.serverUrl}/${repo}.git`, join(local.root, `workspace-${count}`), { env: gh.gitAuthEnv() });
  const mainTip = (await gh.git(gh.repo(repo)).resolve('refs/heads/main'))!;
  return { repo, workspace: { ...local, workspace: dir }, mainTip };
}

function run(h: Hosted): Promise<ActionRun> {
  return bump(h.workspace, { version: '0.5.0', 'open-pr': 'true' }, {
    repository: h.repo,
    token: 'test-token',
    serverUrl: gh.serverUrl,
    apiUrl: gh.apiUrl,
    graphqlUrl: gh.graphqlUrl,
    env: FAST_FAULTS,
  });
}

/** The branch holds the bump as the last run reported it; one pull request, labelled once; main as it was. */
async function expectEndState(h: Hosted, last: ActionRun, cells: readonly Cell[]): Promise<void> {
  const bare = gh.git(gh.repo(h.repo));
  const tip = await bare.resolve(`refs/heads/${BRANCH}`);
  expect(tip).toBe(last.outputs['commit']);
  expect(show(gh.repoPath(h.repo), BRANCH, `${CHART}/Chart.yaml`)).toContain('\nversion: 0.5.0\n');
  if (cells.some((c) => c.fault === 'push non-fast-forward')) {
    // the other writer's commit is kept under the bump, not pushed over
    expect(show(gh.repoPath(h.repo), BRANCH, 'CONCURRENT-CHANGE.md')).toBeDefined();
  }
  expect(await bare.resolve('refs/heads/main')).toBe(h.mainTip);
  const state = gh.repo(h.repo);
  expect(state.pulls.map((p) => ({ head: p.head, base: p.base }))).toEqual([{ head: BRANCH, base: 'main' }]);
  const issue = state.issues.find((i) => i.number === state.pulls[0]!.number)!;
  expect(issue.labels).toEqual(['release']);
  expect(last.outputs['pr-number']).toBe(String(state.pulls[0]!.number));
}

const scopeOf = (repo: string) => (r: RequestLogEntry) => r.path.startsWith(`/repos/${repo}/`) || r.path.startsWith(`/${repo}.git/`);
// the concurrent writer starts its release branch from main, as a second run of this action would
const push = (repo: string) => ({ repo, branch: BRANCH, from: 'main' });

const { shared, alone } = groupCells(SITES);

describe.each(shared)('bump-version under $fault at every call site, in one run', ({ members }) => {
  let h: Hosted;
  let plays: Play[];
  let played: Played;
  beforeAll(async () => {
    h = await hosted();
    plays = members.map((m) => play(m.site, m.cell, h.repo, push(h.repo)));
    played = await playTogether(gh, plays, () => run(h), scopeOf(h.repo));
  });

  it.each(members.map((m, i) => ({ title: m.cell.title, i })))('$title', async ({ i }) => {
    expectRetried(played, plays[i]!);
    await expectEndState(h, played.run, members.map((m) => m.cell));
  });
});

// Reading the remote's branches and tags: its refs advertisement is also the first request of
// the push's own look-up, so these cells are played a run each rather than beside the push's.
const READ: Site = {
  cells: siteCells('git', 'list branches and tags', GIT_TRANSFER_FAULTS, 'retried'),
  target: (repo) => ({ method: 'GET', path: `/${repo}.git/info/refs` }),
  error: /cannot read the branches and tags of origin/,
};

describe('bump-version, reading the remote (a run each)', () => {
  for (const cell of READ.cells) {
    it(cell.title, async () => {
      const h = await hosted();
      const p = play(READ, cell, h.repo, push(h.repo));
      const played = await playTogether(gh, [p], () => run(h), scopeOf(h.repo));
      expectRetried(played, p);
      await expectEndState(h, played.run, [cell]);
    });
  }
});

describe('bump-version, the cells that fail and resume (a run each)', () => {
  for (const { site, cell } of alone) {
    it(cell.title, async () => {
      const h = await hosted();
      const p = play(site, cell, h.repo, push(h.repo));
      const played = await playTogether(gh, [p], () => run(h), scopeOf(h.repo));
      const last = await expectResumed(played, p, () => run(h));
      await expectEndState(h, last, [cell]);
    });
  }
});
