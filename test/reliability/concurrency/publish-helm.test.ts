/**
 * publish-helm runs for different versions racing on one pages branch: every version lands in
 * index.yaml once, none is lost, nothing is forced.
 *
 * The runs are started together, and the emulator holds every push at its ref advertisement
 * until all racers that have not landed yet are waiting there. Then one is let through (it
 * lands), and the others are let through after it: each meets a branch that moved since it
 * fetched, so git rejects the push (fetch first / non-fast-forward) and the action re-fetches,
 * merges again and comes back to the hold. Round after round one racer lands, so with N racers
 * the last one pushes N times. That this order really happened is read from the emulator
 * (every advertisement held, the branch moving once per round, by the racer let through) and
 * from the runs' own words, not left to luck.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { CHART, CHART_NAME, gitOut, LONG, lsTree, publish, setChartVersion, show, tip, world, type World } from '../../actions/publish-helm/helpers.js';
import type { RequestLogEntry } from '../../support/github/index.js';
import { firstToEnd, meanwhile, racers, type Racer } from './race.js';

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

type IndexDoc = { entries: Record<string, Array<{ version: string; digest: string; urls: string[] }>> };

const ADVERT = /\/info\/refs$/;
const PUSH_SERVICE = '?service=git-receive-pack';
const isAdvert = (r: RequestLogEntry) => r.area === 'git' && r.method === 'GET' && ADVERT.test(r.path) && r.query === PUSH_SERVICE;

interface Round {
  /** How many pushes waited at the advertisement when one was let through. */
  waiting: number;
  landed: number;
  /** The pages branch before and after the round, and the subject of the commit it ends on. */
  before?: string;
  after: string;
  subject: string;
}

interface RaceOutcome {
  racers: Racer[];
  rounds: Round[];
  /** The push advertisements of the race, in arrival order. */
  adverts: RequestLogEntry[];
}

/** One publish-helm per version, each in its own clone, all started at once, landed one per round. */
async function race(world: World, versions: string[]): Promise<RaceOutcome> {
  const clones = await Promise.all(versions.map((_, i) => world.clone(`racer-${i}`)));
  versions.forEach((v, i) => setChartVersion(clones[i]!, v));
  const from = world.gh.requests.length;
  const adverts = world.gh.hold({ method: 'GET', area: 'git', path: ADVERT, query: PUSH_SERVICE });
  const all = racers(clones.map((workspace) => publish(world, { chart: CHART }, { workspace })));
  const rounds: Round[] = [];
  try {
    let pending = [...all];
    while (pending.length > 0) {
      const waiting = pending.length;
      await meanwhile(adverts.waiting(waiting), pending, `${waiting} pushes at the advertisement`);
      const before = await tip(world.bare, 'gh-pages');
      await adverts.release();
      // only the racer let through can end now: every other one still waits at the hold
      const landed = await firstToEnd(pending);
      pending = pending.filter((r) => r !== landed);
      const after = (await tip(world.bare, 'gh-pages'))!;
      const subject = await gitOut(world.bare, ['--git-dir', world.bare, 'log', '-1', '--format=%s', after]);
      rounds.push({ waiting, landed: landed.index, ...(before ? { before } : {}), after, subject });
      // the ones still waiting read the branch before it moved: let each meet the new tip
      expect(adverts.waitingEntries).toHaveLength(pending.length);
      for (let i = 0; i < pending.length; i++) await adverts.release();
    }
  } finally {
    adverts.close();
  }
  await Promise.all(all.map((r) => r.run));
  return { racers: all, rounds, adverts: world.gh.requests.slice(from).filter(isAdvert) };
}

async function index(world: World): Promise<IndexDoc> {
  return parse((await show(world.bare, 'gh-pages', 'index.yaml'))!) as IndexDoc;
}

/** Every figure the race must show, for `versions` raced on top of `seeded` versions. */
async function expectAllLanded(world: World, outcome: RaceOutcome, versions: string[], seeded: string[]): Promise<{ entries: number; duplicates: number; lost: number; rejected: number }> {
  for (const r of outcome.racers) {
    const run = r.result!;
    if (run.exitCode !== 0) throw new Error(`racer ${r.index} (${versions[r.index]}) failed:\n${run.stdout}\n${run.stderr}`);
    expect(run.errors).toEqual([]);
    expect(run.outputs.status).toBe('published');
  }

  // the interleaving: every push was stopped at the hold, and each round moved the branch
  // once, by the racer let through, on top of what the round before left
  const n = versions.length;
  expect(outcome.rounds.map((r) => r.waiting)).toEqual(Array.from({ length: n }, (_, k) => n - k));
  outcome.rounds.forEach((round, k) => {
    expect(round.subject).toBe(`chore(helm): publish ${CHART_NAME} ${versions[round.landed]}`);
    if (k > 0) expect(round.before).toBe(outcome.rounds[k - 1]!.after);
    expect(round.after).not.toBe(round.before);
  });
  expect(outcome.adverts.every((r) => r.held === true && r.status === 200)).toBe(true);
  const rejected = outcome.adverts.length - n;
  expect(rejected).toBe((n * (n - 1)) / 2);

  // and from the runs: the k-th to land pushed k+1 times, merging again after each rejection
  outcome.rounds.forEach(({ landed }, k) => {
    const run = outcome.racers[landed]!.result!;
    const remerged = run.stdout.split('\n').filter((l) => l.includes('moved while pushing: merging the entry again')).length;
    expect(remerged).toBe(k);
    if (k === 0) expect(run.summary).not.toContain('pushed on attempt');
    else expect(run.summary).toContain(`pushed on attempt ${k + 1} after the branch moved`);
  });

  // every version once, with the digest its run reported; nothing lost, nothing twice
  const entries = (await index(world)).entries[CHART_NAME]!;
  const listed = entries.map((e) => e.version);
  const want = [...versions, ...seeded];
  const duplicates = listed.length - new Set(listed).size;
  const lost = want.filter((v) => !listed.includes(v)).length;
  expect([...listed].sort()).toEqual([...want].sort());
  outcome.racers.forEach((r) => {
    expect(entries.find((e) => e.version === versions[r.index])?.digest).toBe(r.result!.outputs.digest);
  });
  expect((await lsTree(world.bare, 'gh-pages')).sort()).toEqual(['index.yaml', ...want.map((v) => `${CHART_NAME}-${v}.tgz`)].sort());
  // linear history, one commit per publish, nothing forced
  expect(await gitOut(world.bare, ['--git-dir', world.bare, 'rev-list', '--count', 'gh-pages'])).toBe(String(want.length));
  expect(await gitOut(world.bare, ['--git-dir', world.bare, 'rev-list', '--merges', '--count', 'gh-pages'])).toBe('0');
  return { entries: entries.length, duplicates, lost, rejected };
}

describe('publish-helm racing on one pages branch', () => {
  it('two runs for different versions started together: one push is rejected non-fast-forward and re-applied, both land', async () => {
    w = await world();
    const seeded = await publish(w, { chart: CHART });
    expect(seeded.exitCode).toBe(0);
    const versions = ['0.5.1', '0.6.0'];
    const outcome = await race(w, versions);
    const figures = await expectAllLanded(w, outcome, versions, ['0.5.0']);
    expect(figures).toEqual({ entries: 3, duplicates: 0, lost: 0, rejected: 1 });
  }, LONG);

  it('four runs started together on a repository without the pages branch: the first creates it, the others land on top, round after round', async () => {
    w = await world();
    const versions = ['0.5.0', '0.5.1', '0.6.0', '1.0.0'];
    const outcome = await race(w, versions);
    const figures = await expectAllLanded(w, outcome, versions, []);
    expect(figures).toEqual({ entries: 4, duplicates: 0, lost: 0, rejected: 6 });
    expect(outcome.rounds[0]!.before).toBeUndefined();
    // every racer's commit is on the branch, by the bot, in the order they landed
    const log = (await gitOut(w.bare, ['--git-dir', w.bare, 'log', '--reverse', '--format=%an|%s', 'gh-pages'])).split('\n');
    expect(log).toEqual(outcome.rounds.map((r) => `github-actions[bot]|chore(helm): publish ${CHART_NAME} ${versions[r.landed]}`));
  }, LONG);
});
