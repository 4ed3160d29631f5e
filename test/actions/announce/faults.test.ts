/**
 * Release mode when GitHub misbehaves or an earlier run left something behind: a create
 * that was applied although it answered 500, a create that really failed, secondary rate
 * limits on asset uploads, an upload applied before its 500, a draft left by a failed run
 * (adopted, its matching asset kept), and an asset of the same name with other bytes
 * (refused before anything is uploaded, replaced with replace-assets). Never two releases,
 * never an asset twice.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { announce, client, emulatedWva, expectFailure, expectSuccess, WVA, world, writeArtifacts, type World } from './helpers.js';

let w: World;
afterEach(async () => w?.stop());

const RELEASES = '/repos/llm-d-incubation/workload-variant-autoscaler/releases';
const [OWNER, REPO] = WVA.split('/') as [string, string];

function releasesFor(tag: string) {
  return w.gh.repo(WVA).releases.filter((r) => r.tagName === tag);
}

let mark = 0;
/** From now on: requests before this are the test's own setup. */
function markRequests(): void {
  mark = w.gh.requests.length;
}

function posts(path: RegExp | string) {
  return w.gh.requests.slice(mark).filter((r) => r.method === 'POST' && (typeof path === 'string' ? r.path === path : path.test(r.path)));
}

describe('announce release mode under faults', () => {
  it('adopts the release when the create answered 500 after it was applied: one release, not two', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
    const fault = w.gh.injectFault({ kind: 'after-write', method: 'POST', path: RELEASES });
    markRequests();
    const run = await announce(w.gh, wva, { assets: artifacts.globs, 'next-milestone': 'false' });
    expectSuccess(run);
    expect(fault.hits).toBe(1);
    expect(posts(RELEASES)).toHaveLength(1);
    const [rel, ...more] = releasesFor('v0.5.0');
    expect(more).toEqual([]);
    expect([rel!.draft, rel!.assets.length]).toEqual([false, 4]);
    expect(run.stdout).toMatch(/creating the release answered 500, but a release for v0\.5\.0 exists \(id \d+\): adopted, not created twice/);
    expect(run.summary).toContain('adopted after a lost answer (not created twice)');
  });

  it('creates the release again when the create failed without being applied', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const fault = w.gh.injectFault({ kind: 'status', status: 502, method: 'POST', path: RELEASES });
    markRequests();
    const run = await announce(w.gh, wva, { 'next-milestone': 'false' });
    expectSuccess(run);
    expect(fault.hits).toBe(1);
    expect(posts(RELEASES).map((r) => r.status)).toEqual([502, 201]);
    expect(releasesFor('v0.5.0')).toHaveLength(1);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'creating the release v0.5.0 failed (502); no release was made, trying again (2 of 3)',
    ]);
  });

  it('retries asset uploads hit by secondary rate limits and by a 500 after the write, uploading each asset once', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
    const limited = w.gh.injectFault({ kind: 'secondary-rate-limit', method: 'POST', path: /\/releases\/\d+\/assets$/, times: 2 });
    const run = await announce(w.gh, wva, { assets: artifacts.globs, 'next-milestone': 'false' });
    expectSuccess(run);
    expect(limited.hits).toBe(2);
    const uploads = w.gh.requests.filter((r) => r.area === 'uploads');
    expect(uploads.map((r) => r.status)).toEqual([403, 403, 201, 201, 201, 201]);
    const rel = releasesFor('v0.5.0')[0]!;
    expect(rel.assets.map((a) => a.name).sort()).toEqual(['checksums.txt', 'provenance.intoto.jsonl', 'sbom.spdx.json', 'workload-variant-autoscaler-0.5.0.tgz']);
    expect(run.stdout).toMatch(/secondary rate limit hit for POST .*\/assets.*retrying/);

    // the next version: the first upload is applied but answered 500; the retry meets 422 and the digest matches
    const wva2 = w.sample('0.6.0');
    await w.gh.createRepo('llm-d-incubation/second', { fromDir: wva2.repo.dir });
    const art2 = writeArtifacts(wva2.repo.dir, '0.6.0');
    const lost = w.gh.injectFault({ kind: 'after-write', method: 'POST', path: /^\/repos\/llm-d-incubation\/second\/releases\/\d+\/assets$/ });
    const run2 = await announce(w.gh, wva2, { assets: art2.globs, 'next-milestone': 'false' }, { repository: 'llm-d-incubation/second' });
    expectSuccess(run2);
    expect(lost.hits).toBe(1);
    const rel2 = w.gh.repo('llm-d-incubation/second').releases[0]!;
    expect(rel2.assets).toHaveLength(4);
    expect(new Set(rel2.assets.map((a) => a.name)).size).toBe(4);
    expect(rel2.draft).toBe(false);
  });

  it('adopts a draft left by an earlier failed run and keeps its matching asset', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
    // the earlier run: a draft with the chart archive uploaded, then it died
    const octokit = client(w.gh);
    const { data: draft } = await octokit.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'v0.5.0', name: 'v0.5.0', body: 'draft notes', draft: true });
    const tgz = '.cr-release-packages/workload-variant-autoscaler-0.5.0.tgz';
    const bytes = readFileSync(join(wva.repo.dir, tgz));
    await octokit.rest.repos.uploadReleaseAsset({ owner: OWNER, repo: REPO, release_id: draft.id, url: draft.upload_url, name: 'workload-variant-autoscaler-0.5.0.tgz', data: bytes as unknown as string, headers: { 'content-type': 'application/gzip', 'content-length': bytes.length } });
    const keptId = w.gh.repo(WVA).releases.find((r) => r.id === draft.id)!.assets[0]!.id;
    const uploadsBefore = w.gh.requests.filter((r) => r.area === 'uploads').length;
    markRequests();

    const run = await announce(w.gh, wva, { assets: artifacts.globs, 'next-milestone': 'false' });
    expectSuccess(run);
    expect(posts(RELEASES)).toHaveLength(0); // nothing created: the draft was adopted
    const [rel, ...more] = releasesFor('v0.5.0');
    expect(more).toEqual([]);
    expect(rel!.id).toBe(draft.id);
    expect(rel!.draft).toBe(false);
    expect(rel!.body!.startsWith("## What's New in v0.5.0")).toBe(true);
    expect(rel!.assets.find((a) => a.name.endsWith('.tgz'))!.id).toBe(keptId);
    expect(w.gh.requests.filter((r) => r.area === 'uploads').length - uploadsBefore).toBe(3);
    expect(run.stdout).toContain('asset workload-variant-autoscaler-0.5.0.tgz: already on the release with the same sha256, kept');
    expect(run.summary).toContain('a draft left by an earlier run, adopted');
    expect(run.summary).toContain('| `workload-variant-autoscaler-0.5.0.tgz` | 14104 |');
  });

  it('refuses an asset of the same name with other bytes before uploading anything, and replaces it with replace-assets', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const octokit = client(w.gh);
    const { data: draft } = await octokit.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'v0.5.0', name: 'v0.5.0', body: 'draft', draft: true });
    const stale = Buffer.from('an archive from another build');
    await octokit.rest.repos.uploadReleaseAsset({ owner: OWNER, repo: REPO, release_id: draft.id, url: draft.upload_url, name: 'workload-variant-autoscaler-0.5.0.tgz', data: stale as unknown as string, headers: { 'content-type': 'application/gzip', 'content-length': stale.length } });
    const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
    const before = await w.gh.snapshot();

    const refused = await announce(w.gh, wva, { assets: artifacts.globs, 'next-milestone': 'false' });
    expectFailure(refused, /already has an asset of the same name with different content: workload-variant-autoscaler-0\.5\.0\.tgz \(release has sha256 [0-9a-f]{12}…, \.cr-release-packages\/workload-variant-autoscaler-0\.5\.0\.tgz has [0-9a-f]{12}…\)\. Nothing was uploaded/);
    expect(await w.gh.snapshot()).toEqual(before);
    expect(refused.outputs).toEqual({});

    const replaced = await announce(w.gh, wva, { assets: artifacts.globs, 'replace-assets': 'true', 'next-milestone': 'false' });
    expectSuccess(replaced);
    const rel = releasesFor('v0.5.0')[0]!;
    expect(rel.draft).toBe(false);
    expect(Object.fromEntries(rel.assets.map((a) => [a.name, a.sha256]))['workload-variant-autoscaler-0.5.0.tgz']).toBe(artifacts.files['.cr-release-packages/workload-variant-autoscaler-0.5.0.tgz']);
    expect(rel.assets).toHaveLength(4);
    expect(replaced.summary).toMatch(/\| `workload-variant-autoscaler-0\.5\.0\.tgz` \| 14104 \| `[0-9a-f]{64}` \| replaced \|/);
  });

  it('fails before writing anything when an assets glob matches no file', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const before = await w.gh.snapshot();
    const run = await announce(w.gh, wva, { assets: 'out/*.intoto.jsonl' });
    expectFailure(run, 'assets line 1 (out/*.intoto.jsonl) matches no file in the workspace');
    expect(await w.gh.snapshot()).toEqual(before);
  });
});
