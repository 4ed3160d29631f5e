/**
 * The rehearsal engine on the suite's own workflows, with the example operator as the emulated
 * repository: prepare-release.yaml opens the release pull request, a maintainer merges it and
 * pushes a signed tag, then ci-release.yaml → release.yaml runs for the tag push, for a
 * dispatch of the same release, for a hotfix and for a rollback. Each time the end state is
 * read from the local world itself (git refs, the pages branch, the registry, the emulator's
 * releases, the receivers); a re-run of the same event changes none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { readIndex } from '../../actions/lib/helm/index-file.js';
import { resolveChart } from '../../actions/lib/helm/resolve.js';
import { OciClient } from '../../actions/lib/oci/client.js';
import { dispatch, pushSignedTag, releaseCallOverrides, repositorySecrets, squashMerge, tagPush, worldState } from '../../src/rehearse/flow.js';
import type { WorkflowRun } from '../../src/rehearse/types.js';
import { describeRun, exampleRig, expectJobs, job, pushCommit, sha256, show, stepOutputs, type Rig } from './helpers.js';

const LONG = 600_000;
let rig: Rig;
let client: OciClient;
const IMAGE_REPO = 'example-org/example-operator';
const CHART_REPO = 'charts/example-operator';

beforeAll(async () => {
  rig = await exampleRig();
  const r = rig.world.registryAccess!;
  client = new OciClient({ registry: r.host, credentials: { username: r.username, password: r.password } });
}, 120_000);
afterAll(async () => {
  rig?.world.gh.assertNoViolations();
  await rig?.stop();
});

const options = () => ({ secrets: repositorySecrets(rig.world), callOverrides: releaseCallOverrides(rig.world, rig.repository, 'charts/example-operator') });
const state = () =>
  worldState(rig.world, rig.repository, { repository: IMAGE_REPO, tags: ['v0.2.1', 'v0.3.0', 'v0.3.1', 'latest'] }, { repository: CHART_REPO, tags: ['0.2.1', '0.3.0', '0.3.1'] });

/** The release's end state, read from the world. */
async function expectReleased(version: string, opts: { latest: boolean }): Promise<void> {
  const { world, repository } = rig;
  const tag = `v${version}`;
  // versions and tag
  const chartYaml = parseYaml(show(world, repository, `refs/tags/${tag}`, 'charts/example-operator/Chart.yaml') ?? '') as { version: string; appVersion: string };
  expect(chartYaml).toMatchObject({ version, appVersion: version });
  expect(show(world, repository, `refs/tags/${tag}`, 'Makefile')).toContain(`VERSION ?= ${version}\n`);
  // the pages branch: the index lists the version with the digest of the package it serves
  const index = parseYaml(show(world, repository, 'refs/heads/gh-pages', 'index.yaml') ?? '') as { entries: Record<string, Array<{ version: string; digest: string; urls: string[] }>> };
  const entry = index.entries['example-operator']?.find((e) => e.version === version);
  expect(entry).toBeDefined();
  const served = await fetch(new URL(entry!.urls[0]!, `${world.pages!.url}/`));
  expect(served.status).toBe(200);
  const pkg = Buffer.from(await served.arrayBuffer());
  expect(sha256(pkg)).toBe(entry!.digest);
  // the chart in the OCI registry, the image with its platforms
  expect(await client.resolve(CHART_REPO, version)).toMatch(/^sha256:/);
  const image = await client.getManifest(IMAGE_REPO, tag);
  const platforms = (image!.json as { manifests: Array<{ platform: { os: string; architecture: string } }> }).manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`);
  expect(platforms).toEqual(expect.arrayContaining(['linux/amd64', 'linux/arm64']));
  if (opts.latest) expect(await client.resolve(IMAGE_REPO, 'latest')).toBe(image!.digest);
  else expect(await client.resolve(IMAGE_REPO, 'latest')).not.toBe(image!.digest);
  // the GitHub release: published, with the notes and the assets, checksum matching the package
  const release = world.gh.repo(repository).releases.find((r) => r.tagName === tag);
  expect(release).toMatchObject({ draft: false, prerelease: false });
  expect(release!.body).toContain(version);
  const assets = Object.fromEntries(release!.assets.map((a) => [a.name, a]));
  expect(new Set(Object.keys(assets))).toEqual(new Set([`example-operator-${version}.intoto.jsonl`, `example-operator-${version}.tgz`, 'SHA256SUMS']));
  expect(sha256(Buffer.from(assets[`example-operator-${version}.tgz`]!.data))).toBe(entry!.digest);
}

/** Postflight passed; for a tag push it also proved the signatures (a dispatch's attestations name its branch, not the tag). */
function expectVerified(run: WorkflowRun, opts: { signatures: boolean }): void {
  const outputs = job(run, 'release / verify').steps.find((s) => (s.uses ?? '').includes('verify-release'))!.outputs;
  expect(outputs['passed']).toBe('true');
  const report = JSON.parse(outputs['report']!) as Array<{ check: string; status: string }>;
  const signatures = opts.signatures ? ['image-signature: passed', 'chart-signature: passed', 'sbom: passed', 'checksums: passed', 'chart-provenance: skipped'] : [];
  expect(report.map((c) => `${c.check}: ${c.status}`)).toEqual(['image: passed', 'helm-repo: passed', 'oci-chart: passed', 'github-release: passed', ...signatures, 'cluster: skipped']);
}

const ALL_RELEASE_JOBS = {
  'release / preflight': 'passed',
  'release / image (linux/amd64)': 'passed',
  'release / image (linux/arm64)': 'passed',
  'release / image': 'passed',
  'release / chart': 'passed',
  'release / release': 'passed',
  'release / verify': 'passed',
  'release / announce': 'passed',
  'release / rollback': 'not-run',
};

let fixSha = '';

describe('release.yaml through the rehearsal engine', () => {
  it('prepares the release: prepare-release.yaml opens the pull request; merged and tagged with a signed tag', async () => {
    const { world, repository, engine } = rig;
    const run = await engine.run(rig.prepare, await dispatch(world, repository, { version: 'auto', mode: 'release' }), { secrets: repositorySecrets(world) });
    expectJobs(run, { prepare: 'passed' });
    const bump = stepOutputs(run, 'actions/bump-version');
    expect(bump).toMatchObject({ version: '0.3.0', 'previous-version': '0.2.0', tag: 'v0.3.0', branch: 'release-v0.3.0', status: 'created' });
    const pr = world.gh.repo(repository).pulls.find((p) => p.number === Number(bump['pr-number']));
    expect(pr).toMatchObject({ head: 'release-v0.3.0', base: 'main', merged: false });
    const merged = await squashMerge(world, repository, pr!.number);
    expect(merged.stat).toMatch(/5 files changed/);
    await pushSignedTag(world, repository, 'v0.3.0', merged.sha);
    expect(show(world, repository, 'refs/tags/v0.3.0', 'CHANGELOG.md')).toMatch(/## \[0\.3\.0\] - \d{4}-\d\d-\d\d/);
  }, LONG);

  it('releases on the tag push: every job passes and the world holds the release', async () => {
    const { world, repository, engine } = rig;
    const run = await engine.run(rig.ci, await tagPush(world, repository, 'v0.3.0'), options());
    expectJobs(run, ALL_RELEASE_JOBS);
    expect(run.status).toBe('passed');
    // outputs flowed through needs: the preflight's plan reached the legs and the release
    expect(job(run, 'release / image (linux/arm64)').matrix).toMatchObject({ platform: 'linux/arm64', runner: 'ubuntu-24.04-arm' });
    expect(job(run, 'release / preflight').outputs).toMatchObject({ version: '0.3.0', tag: 'v0.3.0', latest: 'true', 'previous-stable': '0.2.0' });
    expect(job(run, 'release / image').outputs['digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    // and release.yaml's own outputs reached the caller
    expect(run.outputs).toMatchObject({ 'release.version': '0.3.0', 'release.tag': 'v0.3.0', 'release.image-digest': job(run, 'release / image').outputs['digest'] });
    expect(run.outputs['release.release-url']).toMatch(/\/example-org\/example-operator\/releases\/tag\/v0\.3\.0$/);
    expect(run.outputs['release.chart-url']).toMatch(/example-operator-0\.3\.0\.tgz$/);
    expect(run.overrides).toEqual(expect.arrayContaining([expect.stringMatching(/^with image: /), expect.stringMatching(/^with helm-repo-url: /), expect.stringMatching(/^secret smtp-url: /)]));
    await expectReleased('0.3.0', { latest: true });
    // the tag family: v0.3 names the same index (no v0 for 0.y.z)
    expect(job(run, 'release / preflight').outputs['family']).toBe('v0.3.0 v0.3 latest');
    expect(await client.resolve(IMAGE_REPO, 'v0.3')).toBe(await client.resolve(IMAGE_REPO, 'v0.3.0'));
    expect(await client.resolve(IMAGE_REPO, 'v0')).toBeNull();
    expectVerified(run, { signatures: true });
    expect(world.slack.delivered).toHaveLength(1);
    expect(world.mail.messages).toHaveLength(1);
    expect((world.slack.delivered[0]!.json as { text: string }).text).toContain('v0.3.0');
  }, LONG);

  it('changes nothing when the same tag push runs again', async () => {
    const before = await state();
    const run = await rig.engine.run(rig.ci, await tagPush(rig.world, rig.repository, 'v0.3.0'), options());
    if (run.status !== 'passed') throw new Error(describeRun(run));
    expect(await state()).toEqual(before);
  }, LONG);

  it('releases a hotfix of the older line by dispatch, checking its cherry-pick, without moving latest', async () => {
    const { world, repository, engine } = rig;
    fixSha = execGit(world, repository, ['log', '--format=%H', '--grep=^fix(controller)', 'refs/heads/main']).split('\n')[0]!;
    const prepared = await engine.run(rig.prepare, await dispatch(world, repository, { version: '0.2.1', mode: 'hotfix', 'cherry-pick': fixSha }), { secrets: repositorySecrets(world) });
    expectJobs(prepared, { prepare: 'passed' });
    const bump = stepOutputs(prepared, 'actions/bump-version');
    expect(bump).toMatchObject({ version: '0.2.1', branch: 'hotfix-v0.2.1' });
    await pushSignedTag(world, repository, 'v0.2.1', bump['commit']!);
    const latestBefore = await client.resolve(IMAGE_REPO, 'latest');
    const newerLineBefore = await client.resolve(IMAGE_REPO, 'v0.3');
    const slackBefore = world.slack.delivered.length;
    const run = await engine.run(rig.ci, await dispatch(world, repository, { mode: 'hotfix', version: '0.2.1', reason: '', 'cherry-pick': fixSha }), options());
    expectJobs(run, ALL_RELEASE_JOBS);
    const check = job(run, 'release / preflight').steps.find((s) => s.name === 'Check the hotfix carries the cherry-picked commits');
    expect(check?.status).toBe('passed');
    expect(job(run, 'release / preflight').outputs).toMatchObject({ latest: 'false', 'previous-stable': '0.2.0' });
    await expectReleased('0.2.1', { latest: false });
    expect(await client.resolve(IMAGE_REPO, 'latest')).toBe(latestBefore);
    // its own line's tag moves; the newer line's does not
    expect(job(run, 'release / preflight').outputs['family']).toBe('v0.2.1 v0.2');
    expect(await client.resolve(IMAGE_REPO, 'v0.2')).toBe(await client.resolve(IMAGE_REPO, 'v0.2.1'));
    expect(await client.resolve(IMAGE_REPO, 'v0.3')).toBe(newerLineBefore);
    expect(world.slack.delivered.length).toBe(slackBefore + 1);
  }, LONG);

  it('rolls the newest release back by dispatch: only the rollback path runs, and a re-run changes nothing', async () => {
    const { world, repository, engine } = rig;
    const event = await dispatch(world, repository, { mode: 'rollback', version: '0.3.0', reason: 'the queue-depth scaler flaps under bursty load', 'cherry-pick': '' });
    const run = await engine.run(rig.ci, event, options());
    expectJobs(run, {
      'release / preflight': 'passed',
      'release / image': 'not-run',
      'release / chart': 'not-run',
      'release / release': 'not-run',
      'release / verify': 'not-run',
      'release / announce': 'not-run',
      'release / rollback': 'passed',
    });
    // 0.3.0 is withdrawn from the index (Helm installs 0.2.1 again, its archive stays downloadable),
    // latest points at the previous stable image, the release is no longer latest
    const index = readIndex(show(world, repository, 'refs/heads/gh-pages', 'index.yaml') ?? '');
    expect(resolveChart(index, 'example-operator')?.version).toBe('0.2.1');
    expect(index.charts[0]?.versions.map((v) => v.version)).not.toContain('0.3.0');
    expect(show(world, repository, 'refs/heads/gh-pages', 'example-operator-0.3.0.tgz')).toBeDefined();
    expect(await client.resolve(IMAGE_REPO, 'latest')).toBe(await client.resolve(IMAGE_REPO, 'v0.2.1'));
    // v0.3 has no other release of its line to go back to: left, and said so
    expect(job(run, 'release / preflight').outputs['rollback-tags']).toBe('latest v0.2.1');
    expect(await client.resolve(IMAGE_REPO, 'v0.3')).toBe(await client.resolve(IMAGE_REPO, 'v0.3.0'));
    const release = world.gh.repo(repository).releases.find((r) => r.tagName === 'v0.3.0');
    expect(release?.prerelease).toBe(true);
    expect(release?.body).toContain('the queue-depth scaler flaps under bursty load');

    const before = await state();
    const again = await engine.run(rig.ci, event, options());
    if (again.status !== 'passed') throw new Error(describeRun(again));
    expect(await state()).toEqual(before);
  }, LONG);

  it('releases the fixed version by dispatch after the rollback, and the same dispatch again changes nothing', async () => {
    const { world, repository, engine } = rig;
    // the fix of the known issue lands on main, with its changelog line
    await pushCommit(world, repository, 'main', 'fix(scaler): damp the scale-out under bursty load (#12)', {
      'internal/scaler/queue.go': (t) => `${t}\n// Bursts shorter than one reconcile period are averaged out.\n`,
      'CHANGELOG.md': (t) => t.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n- The scale-out no longer flaps under bursty load (#12)\n'),
    });
    const prepared = await engine.run(rig.prepare, await dispatch(world, repository, { version: 'patch', mode: 'release' }), { secrets: repositorySecrets(world) });
    expectJobs(prepared, { prepare: 'passed' });
    const bump = stepOutputs(prepared, 'actions/bump-version');
    expect(bump).toMatchObject({ version: '0.3.1', 'previous-version': '0.3.0' });
    const merged = await squashMerge(world, repository, Number(bump['pr-number']));
    await pushSignedTag(world, repository, 'v0.3.1', merged.sha);
    const event = await dispatch(world, repository, { mode: 'release', version: '0.3.1', reason: '', 'cherry-pick': '' });
    const run = await engine.run(rig.ci, event, options());
    expectJobs(run, ALL_RELEASE_JOBS);
    expect(job(run, 'release / preflight').outputs).toMatchObject({ latest: 'true', 'previous-stable': '0.3.0' });
    await expectReleased('0.3.1', { latest: true });
    expectVerified(run, { signatures: false });

    const before = await state();
    const again = await engine.run(rig.ci, event, options());
    if (again.status !== 'passed') throw new Error(describeRun(again));
    expect(await state()).toEqual(before);
  }, LONG);
});

function execGit(world: Rig['world'], repository: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', world.gh.repoPath(repository), ...args], { encoding: 'utf8' }).trim();
}
