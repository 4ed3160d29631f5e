/**
 * deprecate (rollback): `deprecated: true` on one version of the index on the pages branch,
 * as a two-line change; idempotent; a dry run shows the change and pushes nothing; a version
 * that is not in the index and a missing pages branch are refused.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import {
  CHART,
  CHART_NAME,
  diff,
  expectRefusal,
  expectSuccess,
  gitOut,
  LONG,
  publish,
  pushes,
  REPO_URL,
  setChartVersion,
  show,
  tip,
  world,
  WVA,
  type World,
} from './helpers.js';

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

type Entry = { version: string; deprecated?: boolean; digest: string };
async function entries(world: World): Promise<Entry[]> {
  return (parse((await show(world.bare, 'gh-pages', 'index.yaml'))!) as { entries: Record<string, Entry[]> }).entries[CHART_NAME]!;
}

describe('publish-helm deprecate', () => {
  it('marks one version deprecated with a minimal diff, is idempotent, and dry-runs without pushing', async () => {
    w = await world();
    expectSuccess(await publish(w, { chart: CHART }));
    setChartVersion(w.workspace, '0.5.1');
    expectSuccess(await publish(w, { chart: CHART }));
    const published = await entries(w);
    const before = (await tip(w.bare, 'gh-pages'))!;
    const pushed = pushes(w);

    // the rollback job's call: chart, deprecate, repo-url, token (the checkout holds 0.5.1 now; the version is 0.5.0)
    const dry = await publish(w, { chart: CHART, deprecate: 'v0.5.0', 'dry-run': 'true' });
    expectSuccess(dry);
    expect(dry.outputs).toEqual({ status: 'dry-run', 'index-url': `${REPO_URL}/index.yaml` });
    expect(dry.summary).toContain('+    deprecated: true');
    expect(await tip(w.bare, 'gh-pages')).toBe(before);
    expect(pushes(w)).toBe(pushed);

    // and the branch moves while it pushes: re-read, marked again, pushed on top
    const fault = w.gh.injectFault({ kind: 'reject-push', reason: 'non-fast-forward', branch: 'gh-pages', repo: WVA });
    const run = await publish(w, { chart: CHART, deprecate: '0.5.0' });
    expectSuccess(run);
    expect(fault.hits).toBe(1);
    expect(run.summary).toContain('pushed on attempt 2, after the branch moved');
    expect(run.outputs).toEqual({ status: 'deprecated', 'index-url': `${REPO_URL}/index.yaml` });
    const after = (await tip(w.bare, 'gh-pages'))!;
    expect(await gitOut(w.bare, ['--git-dir', w.bare, 'log', '-1', '--format=%s', after])).toBe(`chore(helm): deprecate ${CHART_NAME} 0.5.0`);
    expect(await gitOut(w.bare, ['--git-dir', w.bare, 'log', '-1', '--format=%s', `${after}^`])).toBe('A concurrent change');
    const changed = (await diff(w.bare, before, after, 'index.yaml')).split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+)/.test(l));
    expect(changed).toEqual([expect.stringMatching(/^\+ {4}deprecated: true$/), expect.stringMatching(/^-generated: /), expect.stringMatching(/^\+generated: /)]);
    const now = await entries(w);
    expect(now.map((e) => [e.version, e.deprecated ?? false])).toEqual([
      ['0.5.1', false],
      ['0.5.0', true],
    ]);
    expect(now.map((e) => e.digest)).toEqual(published.map((e) => e.digest));
    expect(run.summary).toContain('Status: **deprecated**');

    // again: unchanged, nothing pushed
    const again = await publish(w, { chart: CHART, deprecate: '0.5.0' });
    expectSuccess(again);
    expect(again.outputs.status).toBe('unchanged');
    expect(await tip(w.bare, 'gh-pages')).toBe(after);
    expect(pushes(w)).toBe(pushed + 2);

    // a version that was never published
    const missing = await publish(w, { chart: CHART, deprecate: '0.4.0' });
    expectRefusal(missing, /has no version 0\.4\.0 of chart 'workload-variant-autoscaler' to deprecate \(it lists 0\.5\.1, 0\.5\.0\)/);
    expect(await tip(w.bare, 'gh-pages')).toBe(after);
  }, LONG);

  it('refuses when there is no pages branch to deprecate in, creating none', async () => {
    w = await world();
    const run = await publish(w, { chart: CHART, deprecate: '0.5.0' });
    expectRefusal(run, 'there is no branch gh-pages, so there is no Helm repository index to deprecate workload-variant-autoscaler 0.5.0 in');
    expect(await tip(w.bare, 'gh-pages')).toBeUndefined();
    expect(pushes(w)).toBe(0);
  }, LONG);
});
