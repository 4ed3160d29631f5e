/**
 * Pushing the index when others push too: a push rejected because the branch moved is
 * re-fetched, merged again and retried (never forced, the other commit kept); two publishers
 * running at the same time both end up in the index; a protected branch fails cleanly.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import {
  CHART,
  CHART_NAME,
  expectRefusal,
  expectSuccess,
  gitOut,
  LONG,
  lsTree,
  publish,
  pushes,
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

type IndexDoc = { entries: Record<string, Array<{ version: string; digest: string }>> };

async function versions(world: World): Promise<string[]> {
  const doc = parse((await show(world.bare, 'gh-pages', 'index.yaml'))!) as IndexDoc;
  return doc.entries[CHART_NAME]!.map((e) => e.version);
}

describe('publish-helm with concurrent pushes', () => {
  it('re-fetches, merges again and retries when the push is rejected as non-fast-forward, keeping the other commit', async () => {
    w = await world();
    expectSuccess(await publish(w, { chart: CHART }));
    const before = (await tip(w.bare, 'gh-pages'))!;

    // someone else's commit lands on gh-pages while the action reads the refs for its push
    const fault = w.gh.injectFault({ kind: 'reject-push', reason: 'non-fast-forward', branch: 'gh-pages', repo: WVA });
    setChartVersion(w.workspace, '0.5.1');
    const run = await publish(w, { chart: CHART });
    expectSuccess(run);
    expect(fault.hits).toBe(1);
    expect(run.outputs.status).toBe('published');
    expect(run.summary).toContain('pushed on attempt 2 after the branch moved');
    expect(run.stdout).toContain('moved while pushing: merging the entry again');

    // history: seed → someone else → ours, fast-forward only
    const log = (await gitOut(w.bare, ['--git-dir', w.bare, 'log', '--format=%an|%s', 'gh-pages'])).split('\n');
    expect(log).toEqual([`github-actions[bot]|chore(helm): publish ${CHART_NAME} 0.5.1`, 'Someone Else|A concurrent change', `github-actions[bot]|chore(helm): publish ${CHART_NAME} 0.5.0`]);
    expect(await gitOut(w.bare, ['--git-dir', w.bare, 'merge-base', '--is-ancestor', before, 'gh-pages'])).toBe('');
    expect((await lsTree(w.bare, 'gh-pages')).sort()).toEqual(['CONCURRENT-CHANGE.md', 'index.yaml', `${CHART_NAME}-0.5.0.tgz`, `${CHART_NAME}-0.5.1.tgz`]);
    expect(await versions(w)).toEqual(['0.5.1', '0.5.0']);
  }, LONG);

  it('creates the branch again on top of a concurrent creator when the orphan push is rejected', async () => {
    w = await world();
    // the branch does not exist when the action looks; someone creates it before the push lands
    const fault = w.gh.injectFault({ kind: 'reject-push', reason: 'non-fast-forward', branch: 'gh-pages', repo: WVA });
    const run = await publish(w, { chart: CHART });
    expectSuccess(run);
    expect(fault.hits).toBe(1);
    expect((await gitOut(w.bare, ['--git-dir', w.bare, 'log', '--format=%an', 'gh-pages'])).split('\n')).toEqual(['github-actions[bot]', 'Someone Else']);
    expect((await lsTree(w.bare, 'gh-pages')).sort()).toEqual(['CONCURRENT-CHANGE.md', 'index.yaml', `${CHART_NAME}-0.5.0.tgz`]);
    expect(await versions(w)).toEqual(['0.5.0']);
  }, LONG);

  it('two publishers of different versions at the same time both end up in the index', async () => {
    w = await world();
    expectSuccess(await publish(w, { chart: CHART }));
    const a = await w.clone('job-a');
    const b = await w.clone('job-b');
    setChartVersion(a, '0.5.1');
    setChartVersion(b, '0.6.0');
    const [ra, rb] = await Promise.all([publish(w, { chart: CHART }, { workspace: a }), publish(w, { chart: CHART }, { workspace: b })]);
    expectSuccess(ra);
    expectSuccess(rb);
    expect([ra.outputs.status, rb.outputs.status]).toEqual(['published', 'published']);
    expect(await versions(w)).toEqual(['0.6.0', '0.5.1', '0.5.0']);
    const doc = parse((await show(w.bare, 'gh-pages', 'index.yaml'))!) as IndexDoc;
    expect(doc.entries[CHART_NAME]!.map((e) => e.digest)).toEqual([rb.outputs.digest, ra.outputs.digest, expect.stringMatching(/^[a-f0-9]{64}$/)]);
    expect((await lsTree(w.bare, 'gh-pages')).sort()).toEqual(['index.yaml', `${CHART_NAME}-0.5.0.tgz`, `${CHART_NAME}-0.5.1.tgz`, `${CHART_NAME}-0.6.0.tgz`]);
    // linear history: three publishes, nothing forced
    expect(await gitOut(w.bare, ['--git-dir', w.bare, 'rev-list', '--count', 'gh-pages'])).toBe('3');
  }, LONG);

  it('fails cleanly on a protected pages branch, leaving it as it was', async () => {
    w = await world();
    expectSuccess(await publish(w, { chart: CHART }));
    w.gh.protectBranch(WVA, 'gh-pages');
    const before = await tip(w.bare, 'gh-pages');
    const pushed = pushes(w);
    setChartVersion(w.workspace, '0.5.1');
    const run = await publish(w, { chart: CHART });
    expectRefusal(run, /push to gh-pages was refused: .*GH006: Protected branch update failed/);
    expect(pushes(w)).toBe(pushed + 1); // one attempt, no retry loop on a refusal that a retry cannot fix
    expect(await tip(w.bare, 'gh-pages')).toBe(before);
    expect(await versions(w)).toEqual(['0.5.0']);
  }, LONG);
});
