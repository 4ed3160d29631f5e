/**
 * Two announce runs (release mode) for one tag, started together: one release, each asset
 * once, each announcement once, one milestone.
 *
 * GitHub lets several drafts share a tag, so two runs that both list the releases before
 * either creates would both create one. The emulator holds every create of a release until
 * both runs have sent theirs, which proves both looked before either wrote; the creates are
 * then answered one after the other. The run whose draft is older keeps it and does the
 * release; the other deletes its own draft and leaves the release to it.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { settleCreateRace, type Release } from '../../../actions/announce/release.js';
import { announce, announced, emulatedWva, FAST, WVA, world, writeArtifacts, type World } from '../../actions/announce/helpers.js';
import { meanwhile, racers } from './race.js';

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

const LONG = 300_000;
const RELEASES = `/repos/${WVA}/releases`;

describe('two announce runs for one tag', () => {
  it('both create a draft; the older draft is the release, the other run deletes its own and announces nothing', async () => {
    w = await world();
    const { gh, slack, hook } = w;
    const wva = w.sample('0.5.0');
    await emulatedWva(gh, wva);
    const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
    const inputs = { assets: artifacts.globs, 'slack-webhook-url': slack.url, 'webhook-urls': hook.url, 'webhook-secret': w.channelInputs()['webhook-secret']! };
    // a held create must not give up on its own: the hold, not the client, decides the order
    const env = { ...FAST, ...w.tls, RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: String(LONG) };
    const from = gh.requests.length;

    const creates = gh.hold({ method: 'POST', area: 'rest', path: RELEASES, times: 2 });
    const [a, b] = racers([announce(gh, wva, inputs, { env }), announce(gh, wva, inputs, { env })]);
    await meanwhile(creates.waiting(2), [a!, b!], 'both runs to create a release');
    // neither create was answered yet, and each run listed the releases before sending its own
    const lists = gh.requests.slice(from).filter((r) => r.method === 'GET' && r.path === RELEASES && r.status === 200);
    expect(lists.length).toBeGreaterThanOrEqual(2);
    const [first, second] = await creates.releaseAll();
    expect([first!.status, second!.status]).toEqual([201, 201]);
    const [ra, rb] = [await a!.run, await b!.run];

    for (const run of [ra, rb]) {
      if (run.exitCode !== 0) throw new Error(`an announce run failed:\n${run.stdout}\n${run.stderr}`);
      expect(run.errors).toEqual([]);
    }

    // two drafts were made, one was deleted again: one release for the tag, published
    const log = gh.requests.slice(from);
    const made = log.filter((r) => r.method === 'POST' && r.path === RELEASES);
    expect(made.map((r) => [r.status, r.held])).toEqual([
      [201, true],
      [201, true],
    ]);
    const deleted = log.filter((r) => r.method === 'DELETE' && /\/releases\/\d+$/.test(r.path));
    expect(deleted.map((r) => r.status)).toEqual([204]);
    const releases = gh.repo(WVA).releases.filter((r) => r.tagName === 'v0.5.0');
    expect(releases).toHaveLength(1);
    const rel = releases[0]!;
    expect(rel.draft).toBe(false);
    expect(gh.repo(WVA).latestReleaseId).toBe(rel.id);

    // the run that kept its draft did the release; the other points at the same release
    const lost = [ra, rb].filter((r) => r.stdout.includes('another run created a release for v0.5.0 at the same time'));
    expect(lost).toHaveLength(1);
    const loser = lost[0]!;
    const winner = loser === ra ? rb : ra;
    expect(winner.outputs['release-id']).toBe(String(rel.id));
    expect(loser.outputs['release-id']).toBe(String(rel.id));
    expect(deleted[0]!.path).not.toBe(`${RELEASES}/${rel.id}`);
    expect(loser.stdout).toContain(`another run created a release for v0.5.0 at the same time (id ${rel.id}, the older one)`);
    expect(loser.summary).toContain('created at the same time by another run');
    expect(announced(loser)).toEqual([]);
    // channel ids may carry a short hash of their destination
    const bare = (id: string) => id.replace(/:[0-9a-f]{8}$/, '');
    expect(announced(winner).map((c) => [bare(c.channel), c.status])).toEqual([
      ['slack', 'sent'],
      ['webhook', 'sent'],
      ['milestone', 'sent'],
    ]);

    // each asset once, byte for byte; each post once; one milestone
    const names = rel.assets.map((x) => x.name);
    expect(names.length).toBe(new Set(names).size);
    expect(Object.fromEntries(rel.assets.map((x) => [x.name, x.sha256]))).toEqual(
      Object.fromEntries(Object.entries(artifacts.files).map(([path, sha]) => [path.split('/').pop()!, sha])),
    );
    expect(log.filter((r) => r.area === 'uploads' && r.method === 'POST').map((r) => r.status)).toEqual(Array(names.length).fill(201));
    expect(slack.delivered).toHaveLength(1);
    expect(hook.delivered).toHaveLength(1);
    expect(gh.repo(WVA).milestones.map((m) => m.title)).toEqual(['v0.6.0']);
    expect(/<!-- release-actions:announced release=([^ ]+) -->$/.exec(rel.body ?? '')?.[1]?.split(',').map(bare)).toEqual(['slack', 'webhook']);

    // figures for docs/reliability.md
    expect({ releases: releases.length, assets: names.length, posts: slack.delivered.length + hook.delivered.length, milestones: gh.repo(WVA).milestones.length }).toEqual({
      releases: 1,
      assets: 4,
      posts: 2,
      milestones: 1,
    });
  }, LONG);
});

describe('settleCreateRace', () => {
  const r = (id: number, tag: string, draft = true) => ({ id, tag_name: tag, draft }) as Release;

  it('keeps the oldest draft of the tag: its creator wins, a younger one loses', () => {
    const listed = [r(7, 'v1.0.0'), r(5, 'v1.0.0'), r(3, 'v0.9.0')];
    expect(settleCreateRace(listed, 'v1.0.0', 5)).toEqual({ winner: listed[1], lost: false });
    expect(settleCreateRace(listed, 'v1.0.0', 7)).toEqual({ winner: listed[1], lost: true });
  });

  it('a published release of the tag wins over any draft, however old', () => {
    const listed = [r(9, 'v1.0.0', false), r(4, 'v1.0.0')];
    expect(settleCreateRace(listed, 'v1.0.0', 4)).toEqual({ winner: listed[0], lost: true });
  });

  it('alone, the run keeps its draft; with its draft gone from the listing, it has no winner', () => {
    expect(settleCreateRace([r(4, 'v1.0.0')], 'v1.0.0', 4)).toEqual({ winner: expect.objectContaining({ id: 4 }), lost: false });
    expect(settleCreateRace([r(4, 'v0.9.0')], 'v1.0.0', 8)).toEqual({ lost: true });
  });
});
