/**
 * asset-location: release — the package as an asset of the GitHub release of the tag (a draft
 * created when there is none), the index on the pages branch pointing at the asset's download
 * URL under the tag; a re-run keeps the asset and pushes nothing; another package for the
 * same version is refused before anything is written; a create or upload whose answer was lost
 * is adopted, never doubled.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { emulatorClient } from '../../support/github/index.js';
import { CHART, CHART_NAME, expectRefusal, expectSuccess, LONG, lsTree, publish, pushes, show, tip, world, WVA, type World } from './helpers.js';

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

const TGZ = `${CHART_NAME}-0.5.0.tgz`;

describe('publish-helm with asset-location: release', () => {
  it('uploads the package to a new draft release, points the index at its tag URL, keeps it on a re-run, and refuses other bytes', async () => {
    w = await world();
    const inputs = { chart: CHART, 'asset-location': 'release' };
    const url = `${w.gh.serverUrl}/${WVA}/releases/download/v0.5.0/${TGZ}`;

    const run = await publish(w, inputs);
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ status: 'published', 'chart-url': url });

    // one draft release for the tag, at the run's commit, holding the package
    const releases = w.gh.repo(WVA).releases;
    expect(releases).toHaveLength(1);
    const rel = releases[0]!;
    expect([rel.tagName, rel.draft, rel.targetCommitish]).toEqual(['v0.5.0', true, w.sha]);
    expect(rel.assets.map((a) => [a.name, a.sha256, a.contentType])).toEqual([[TGZ, run.outputs.digest, 'application/gzip']]);
    expect(run.summary).toContain('works once the release is published');

    // the pages branch holds only the index, whose entry points at the asset
    expect(await lsTree(w.bare, 'gh-pages')).toEqual(['index.yaml']);
    const doc = parse((await show(w.bare, 'gh-pages', 'index.yaml'))!) as { entries: Record<string, Array<{ urls: string[]; digest: string }>> };
    expect(doc.entries[CHART_NAME]).toEqual([expect.objectContaining({ urls: [url], digest: run.outputs.digest })]);

    // a re-run: the asset kept, nothing uploaded or pushed
    const tipBefore = await tip(w.bare, 'gh-pages');
    const pushed = pushes(w);
    const again = await publish(w, inputs);
    expectSuccess(again);
    expect(again.outputs).toMatchObject({ status: 'unchanged', 'chart-url': url, digest: run.outputs.digest });
    expect(w.gh.repo(WVA).releases).toHaveLength(1);
    expect(w.gh.requests.filter((r) => r.area === 'uploads')).toHaveLength(1);
    expect(pushes(w)).toBe(pushed);
    expect(await tip(w.bare, 'gh-pages')).toBe(tipBefore);

    // once the release is published, the URL in the index serves the package
    const client = emulatorClient(w.gh);
    await client.rest.repos.updateRelease({ owner: 'llm-d-incubation', repo: 'workload-variant-autoscaler', release_id: rel.id, draft: false });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')).toBe(run.outputs.digest);

    // a published release: the asset's browser_download_url is the same URL, and a re-run is still unchanged
    const third = await publish(w, inputs);
    expectSuccess(third);
    expect(third.outputs).toMatchObject({ status: 'unchanged', 'chart-url': url });

    // other bytes for the same version: refused, naming both sha256, before anything is written
    const before = await w.gh.snapshot();
    const file = join(w.workspace, CHART, 'values.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# changed\n`);
    const conflict = await publish(w, inputs);
    expectRefusal(conflict, new RegExp(`release v0\\.5\\.0 already has an asset ${TGZ.replace(/\./g, '\\.')} with sha256 ${run.outputs.digest}; this package has sha256 [a-f0-9]{64}`));
    expect(conflict.errors[0]!.message).toContain('Nothing was written');
    expect(await w.gh.snapshot()).toEqual(before);
  }, LONG);

  it('adds the asset to an existing published release and uses its download URL', async () => {
    w = await world();
    const client = emulatorClient(w.gh);
    await client.rest.repos.createRelease({ owner: 'llm-d-incubation', repo: 'workload-variant-autoscaler', tag_name: 'v0.5.0', target_commitish: w.sha, name: 'v0.5.0', body: 'notes' });
    const run = await publish(w, { chart: CHART, 'asset-location': 'release', 'packages-dir': 'ignored-with-release' });
    expectSuccess(run);
    const rel = w.gh.repo(WVA).releases;
    expect(rel).toHaveLength(1);
    expect(rel[0]!.draft).toBe(false);
    expect(rel[0]!.assets.map((a) => a.name)).toEqual([TGZ]);
    const url = `${w.gh.serverUrl}/${WVA}/releases/download/v0.5.0/${TGZ}`;
    expect(run.outputs['chart-url']).toBe(url);
    expect(run.summary).not.toContain('works once the release is published');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await show(w.bare, 'gh-pages', 'index.yaml')).toContain(`- ${url}\n`);
  }, LONG);

  it('adopts the draft whose creation answer was lost, and the asset whose upload answer was lost: one release, one asset', async () => {
    w = await world();
    const created = w.gh.injectFault({ kind: 'after-write', method: 'POST', path: `/repos/${WVA}/releases`, times: 1 });
    const uploaded = w.gh.injectFault({ kind: 'after-write', method: 'POST', path: /\/releases\/\d+\/assets$/, times: 1 });
    const run = await publish(w, { chart: CHART, 'asset-location': 'release' });
    expectSuccess(run);
    expect([created.hits, uploaded.hits]).toEqual([1, 1]);
    expect(w.gh.repo(WVA).releases.map((r) => [r.tagName, r.draft, r.assets.map((a) => [a.name, a.sha256])])).toEqual([['v0.5.0', true, [[TGZ, run.outputs.digest]]]]);
  }, LONG);
});
