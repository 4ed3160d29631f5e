/**
 * The CI smoke set-up: a workspace whose `origin` is a local bare repository (no GitHub at
 * all). The pages branch is read from and pushed to the workspace's origin; the chart comes
 * from the repository layout when no input names it; the checkout itself is left untouched.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { git, refs } from '../../support/git.js';
import { runAction } from '../../support/harness.js';
import { buildRepo, readTree, type SampleRepo } from '../../support/repos.js';
import { CHART, CHART_NAME, expectSuccess, FAST, LONG, lsTree, show, tip } from './helpers.js';

let repo: SampleRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

describe('publish-helm with a local origin', () => {
  it('dry-runs and then publishes the WVA sample chart to the origin of the workspace, leaving the checkout as it was', async () => {
    repo = buildRepo({ workspace: true });
    const ws = repo.workspace!;
    const origin = repo.origin!;
    const before = { tree: readTree(ws), refs: refs(ws), status: git(ws, ['status', '--porcelain']) };
    const run = (inputs: Record<string, string>) =>
      runAction({ action: 'publish-helm', workspace: ws, repository: 'llm-d/release-actions', ref: 'refs/heads/smoke', inputs: { 'repo-url': 'https://example.invalid/charts', ...inputs }, env: FAST });

    const dry = await run({ chart: CHART, version: '0.4.1', 'dry-run': 'true' });
    expectSuccess(dry);
    expect(dry.outputs.status).toBe('dry-run');
    expect(dry.outputs['chart-url']).toBe(`https://example.invalid/charts/${CHART_NAME}-0.4.1.tgz`);
    expect(await tip(origin, 'gh-pages')).toBeUndefined();

    const real = await run({ version: '0.4.1' });
    expectSuccess(real);
    expect(real.outputs).toMatchObject({ status: 'published', digest: dry.outputs.digest, 'index-url': 'https://example.invalid/charts/index.yaml' });
    expect((await lsTree(origin, 'gh-pages')).sort()).toEqual(['index.yaml', `${CHART_NAME}-0.4.1.tgz`]);
    const doc = parse((await show(origin, 'gh-pages', 'index.yaml'))!) as { entries: Record<string, Array<{ version: string; appVersion: string }>> };
    expect(doc.entries[CHART_NAME]!.map((e) => [e.version, e.appVersion])).toEqual([['0.4.1', '0.4.1']]);

    // the checkout: same files, same refs, clean
    expect({ tree: readTree(ws), refs: refs(ws), status: git(ws, ['status', '--porcelain']) }).toEqual(before);
  }, LONG);
});
