/**
 * rollback (default strategy withdraw): the rolled-back version's entry leaves the index, so
 * Helm's resolution (IndexFile.Get: `helm install` without --version) gives the previous version
 * again, while its archive stays on the pages branch at its URL. Idempotent; a dry run pushes
 * nothing; a push that meets a moved branch is re-applied; `rollback-strategy: deprecate` keeps
 * the entry listed with `deprecated: true`.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readIndex } from '../../../actions/lib/helm/index-file.js';
import { resolveChart } from '../../../actions/lib/helm/resolve.js';
import { CHART, CHART_NAME, diff, expectRefusal, expectSuccess, gitOut, LONG, publish, pushes, REPO_URL, setChartVersion, show, showBytes, tip, world, WVA, type World } from './helpers.js';

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

async function index(world: World): Promise<ReturnType<typeof readIndex>> {
  return readIndex((await show(world.bare, 'gh-pages', 'index.yaml'))!);
}

/** 0.5.0 then 0.5.1 published; the workspace holds 0.5.1. */
async function twoReleases(): Promise<{ w: World; digests: Record<string, string> }> {
  const world0 = await world();
  const first = await publish(world0, { chart: CHART });
  expectSuccess(first);
  setChartVersion(world0.workspace, '0.5.1');
  const second = await publish(world0, { chart: CHART });
  expectSuccess(second);
  return { w: world0, digests: { '0.5.0': first.outputs.digest!, '0.5.1': second.outputs.digest! } };
}

describe('publish-helm rollback', () => {
  it('withdraws the newest version: Helm resolves the previous one, the archive stays, a re-run changes nothing', async () => {
    const setup = await twoReleases();
    w = setup.w;
    expect(resolveChart(await index(w), CHART_NAME)?.version).toBe('0.5.1');
    const before = (await tip(w.bare, 'gh-pages'))!;
    const pushed = pushes(w);

    const dry = await publish(w, { chart: CHART, rollback: 'v0.5.1', 'dry-run': 'true' });
    expectSuccess(dry);
    expect(dry.outputs).toEqual({ status: 'dry-run', 'index-url': `${REPO_URL}/index.yaml` });
    expect(dry.summary).toContain('helm install workload-variant-autoscaler now resolves 0.5.0');
    expect(await tip(w.bare, 'gh-pages')).toBe(before);

    // the branch moves while it pushes: re-read, withdrawn again, pushed on top
    const fault = w.gh.injectFault({ kind: 'reject-push', reason: 'non-fast-forward', branch: 'gh-pages', repo: WVA });
    const run = await publish(w, { chart: CHART, rollback: '0.5.1' });
    expectSuccess(run);
    expect(fault.hits).toBe(1);
    expect(run.outputs).toEqual({ status: 'withdrawn', 'index-url': `${REPO_URL}/index.yaml` });
    expect(run.summary).toContain('Status: **withdrawn**');
    const after = (await tip(w.bare, 'gh-pages'))!;
    expect(await gitOut(w.bare, ['--git-dir', w.bare, 'log', '-1', '--format=%s', after])).toBe(`chore(helm): withdraw ${CHART_NAME} 0.5.1`);

    const now = await index(w);
    expect(resolveChart(now, CHART_NAME)?.version).toBe('0.5.0');
    expect(now.charts[0]!.versions.map((v) => [v.version, v.digest])).toEqual([['0.5.0', setup.digests['0.5.0']]]);
    const removed = (await diff(w.bare, before, after, 'index.yaml')).split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+)/.test(l));
    expect(removed.filter((l) => l.startsWith('+'))).toEqual([expect.stringMatching(/^\+generated: /)]);
    expect(removed).toContain('-    version: 0.5.1');
    expect(removed).not.toContain('-    version: 0.5.0');
    const archive = await showBytes(w.bare, 'gh-pages', `${CHART_NAME}-0.5.1.tgz`);
    expect(createHash('sha256').update(archive!).digest('hex')).toBe(setup.digests['0.5.1']);

    const again = await publish(w, { chart: CHART, rollback: '0.5.1' });
    expectSuccess(again);
    expect(again.outputs.status).toBe('unchanged');
    expect(await tip(w.bare, 'gh-pages')).toBe(after);
    expect(pushes(w)).toBe(pushed + 2);

    const never = await publish(w, { chart: CHART, rollback: '0.4.0' });
    expectRefusal(never, /has no version 0\.4\.0 of chart 'workload-variant-autoscaler' to withdraw \(it lists 0\.5\.0\), and workload-variant-autoscaler-0\.4\.0\.tgz is not on the branch either/);
    expect(await tip(w.bare, 'gh-pages')).toBe(after);
  }, LONG);

  it('rollback-strategy deprecate keeps the entry listed, deprecated — and Helm still resolves it', async () => {
    const setup = await twoReleases();
    w = setup.w;
    const run = await publish(w, { chart: CHART, rollback: '0.5.1', 'rollback-strategy': 'deprecate' });
    expectSuccess(run);
    expect(run.outputs.status).toBe('deprecated');
    const now = await index(w);
    expect(now.charts[0]!.versions.map((v) => [v.version, v.deprecated])).toEqual([
      ['0.5.1', true],
      ['0.5.0', false],
    ]);
    expect(resolveChart(now, CHART_NAME)?.version).toBe('0.5.1');
    // then withdrawn after all: the deprecated entry leaves the index
    const withdrawn = await publish(w, { chart: CHART, rollback: '0.5.1' });
    expect(withdrawn.outputs.status).toBe('withdrawn');
    expect(resolveChart(await index(w), CHART_NAME)?.version).toBe('0.5.0');
  }, LONG);

  it('withdraws a version whose package is a release asset (chart-releaser layout), and a re-run is unchanged', async () => {
    w = await world();
    expectSuccess(await publish(w, { chart: CHART, 'asset-location': 'release' }));
    expect(resolveChart(await index(w), CHART_NAME)?.version).toBe('0.5.0');
    const run = await publish(w, { chart: CHART, rollback: '0.5.0', 'asset-location': 'release' });
    expectSuccess(run);
    expect(run.outputs.status).toBe('withdrawn');
    expect(run.summary).toContain('lists no stable workload-variant-autoscaler version now');
    expect((await index(w)).charts).toEqual([]);
    const after = await tip(w.bare, 'gh-pages');
    const again = await publish(w, { chart: CHART, rollback: '0.5.0', 'asset-location': 'release' });
    expectSuccess(again);
    expect(again.outputs.status).toBe('unchanged');
    expect(await tip(w.bare, 'gh-pages')).toBe(after);
    expect(w.gh.repo(WVA).releases.flatMap((r) => r.assets.map((a) => a.name))).toEqual([`${CHART_NAME}-0.5.0.tgz`]);
  }, LONG);

  it('refuses rollback with deprecate, version or oci-registry, writing nothing', async () => {
    w = await world();
    const both = await publish(w, { chart: CHART, rollback: '0.5.0', deprecate: '0.5.0' });
    expectRefusal(both, /input 'deprecate': deprecate: VERSION is the older spelling of rollback/);
    const version = await publish(w, { chart: CHART, rollback: '0.5.0', version: '0.5.0' });
    expectRefusal(version, /input 'version': rollback changes an already published version \(0\.5\.0\) and packages nothing/);
    const strategy = await publish(w, { chart: CHART, rollback: '0.5.0', 'rollback-strategy': 'delete' });
    expectRefusal(strategy, /rollback-strategy/);
    expect(await tip(w.bare, 'gh-pages')).toBeUndefined();
    expect(pushes(w)).toBe(0);
  }, LONG);
});
