/**
 * The fault matrix at announce's GitHub call sites. REST: the releases listing it starts
 * from, creating the draft release, uploading an asset (the uploads area), publishing it
 * (PATCH), creating the next milestone. GraphQL: reading the discussion categories, looking
 * for an existing announcement discussion, and the createDiscussion mutation.
 *
 * Every run is a whole release in a repository of its own. The cells of one fault that are
 * retried share one run, the fault armed at each of their call sites at once (each hits only
 * the first request of its site); a cell that ends `resumed` has a run of its own. Whatever
 * the fault, the end state is one release, each asset once, one discussion, one milestone,
 * and the earlier releases untouched.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { RequestLogEntry } from '../../support/github/index.js';
import type { Fault } from './matrix.js';
import { announceWorld, type AnnounceWorld } from './github-announce.js';
import { expectResumed, expectRetried, groupCells, play, playTogether, siteCells, TRANSPORT_FAULTS, type Play, type Played, type Site } from './github-cells.js';

const WRITES: readonly Fault[] = [...TRANSPORT_FAULTS, '500 after write'];
const GRAPHQL = '/graphql';

const SITES: Site[] = [
  {
    cells: siteCells('REST', 'list releases', TRANSPORT_FAULTS, 'retried'),
    target: (repo) => ({ method: 'GET', path: `/repos/${repo}/releases` }),
    error: /listing the releases/,
  },
  {
    cells: siteCells('REST', 'create release', WRITES, 'retried'),
    target: (repo) => ({ method: 'POST', path: `/repos/${repo}/releases` }),
    // a create whose answer was lost is looked for before it is sent again
    lookup: (repo) => ({ method: 'GET', path: `/repos/${repo}/releases` }),
    error: /creating the draft release v0\.5\.0/,
  },
  {
    cells: siteCells('REST', 'upload asset', WRITES, 'retried'),
    target: (repo) => ({ method: 'POST', path: new RegExp(`^/repos/${repo}/releases/\\d+/assets$`) }),
    error: /uploading .* to release v0\.5\.0/,
  },
  {
    cells: siteCells('REST', 'publish release', WRITES, 'retried'),
    target: (repo) => ({ method: 'PATCH', path: new RegExp(`^/repos/${repo}/releases/\\d+$`) }),
    error: /publishing release v0\.5\.0/,
  },
  {
    cells: siteCells('REST', 'create milestone', WRITES, 'retried'),
    target: (repo) => ({ method: 'POST', path: `/repos/${repo}/milestones` }),
    error: /creating the milestone v0\.6\.0/,
  },
  {
    cells: siteCells('GraphQL', 'read discussion categories', TRANSPORT_FAULTS, 'retried'),
    target: () => ({ method: 'POST', path: GRAPHQL, operation: 'AnnounceCategories' }),
    error: /discussion \(reading the discussion categories/,
  },
  {
    cells: siteCells('GraphQL', 'find discussion', TRANSPORT_FAULTS, 'retried'),
    target: () => ({ method: 'POST', path: GRAPHQL, operation: 'AnnounceRecentDiscussions' }),
    error: /discussion \(looking for an existing announcement discussion/,
  },
  {
    cells: siteCells('GraphQL', 'create discussion', WRITES, 'retried'),
    target: () => ({ method: 'POST', path: GRAPHQL, operation: 'AnnounceCreateDiscussion' }),
    // a mutation whose answer was lost is looked for before it is sent again
    lookup: () => ({ method: 'POST', path: GRAPHQL, operation: 'AnnounceRecentDiscussions' }),
    error: /discussion \(creating the discussion in Announcements/,
  },
];

let started: Promise<AnnounceWorld> | undefined;
const world = (): Promise<AnnounceWorld> => (started ??= announceWorld());
afterAll(async () => (await started)?.stop());

/** A repository's requests; GraphQL requests name no repository, and cells run one at a time. */
const scopeOf = (repo: string) => (r: RequestLogEntry) => r.area === 'graphql' || r.path.startsWith(`/repos/${repo}/`);

const { shared, alone } = groupCells(SITES);

describe.each(shared)('announce under $fault at every call site, in one run', ({ members }) => {
  let w: AnnounceWorld;
  let repo: string;
  let plays: Play[];
  let played: Played;
  beforeAll(async () => {
    w = await world();
    repo = await w.repo();
    plays = members.map((m) => play(m.site, m.cell, repo, { repo, branch: 'main' }));
    played = await playTogether(w.gh, plays, () => w.run(repo), scopeOf(repo));
  });

  it.each(members.map((m, i) => ({ title: m.cell.title, i })))('$title', ({ i }) => {
    expectRetried(played, plays[i]!);
    w.expectEndState(repo);
  });
});

describe('announce, the cells that fail and resume (a run each)', () => {
  for (const { site, cell } of alone) {
    it(cell.title, async () => {
      const w = await world();
      const repo = await w.repo();
      const p = play(site, cell, repo, { repo, branch: 'main' });
      const played = await playTogether(w.gh, [p], () => w.run(repo), scopeOf(repo));
      await expectResumed(played, p, () => w.run(repo));
      w.expectEndState(repo);
    });
  }
});
