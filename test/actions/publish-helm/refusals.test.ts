/**
 * Every refusal leaves the pages branch (and everything else in the emulator) as it was: a
 * malformed existing index (with its line), a chart that does not validate (missing vendored
 * dependencies, a version other than the one asked for), a
 * version already published with skip-existing false, and inputs that make no sense.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHART, chartFiles, expectRefusal, expectSuccess, LONG, publish, pushes, seedBranch, tip, world, type World } from './helpers.js';

let w: World;
beforeAll(async () => {
  w = await world({
    extra: {
      ...chartFiles('missing-dependency'),
      ...chartFiles('invalid/bad-template', 'bad-template'),
      ...chartFiles('invalid/bad-crd', 'bad-crd'),
    },
  });
}, LONG);
afterAll(async () => w?.stop());

const D = 'a'.repeat(64);
const entry = (v: string, digest = D, urls = `    urls:\n    - https://example.org/charts/other-${v}.tgz\n`): string =>
  `  - apiVersion: v2\n    created: "2026-01-01T00:00:00Z"\n    digest: ${digest}\n    name: other\n${urls}    version: ${v}\n`;
const GENERATED = 'generated: "2026-01-01T00:00:00Z"\n';

/** Malformed indexes: the text, the line the error names, and words of the message. */
const MALFORMED: Array<[string, string, number, RegExp]> = [
  ['empty', '', 1, /the index is empty/],
  ['no apiVersion', `entries:\n  other:\n${entry('0.4.0')}${GENERATED}`, 1, /no apiVersion/],
  ['duplicate versions', `apiVersion: v1\nentries:\n  other:\n${entry('0.4.1')}${entry('0.4.0')}${entry('0.4.0')}${GENERATED}`, 24, /lists version 0\.4\.0 twice/],
  ['a digest that is not sha256 hex', `apiVersion: v1\nentries:\n  other:\n${entry('0.4.1')}${entry('0.4.0', `sha256:${D}`)}${GENERATED}`, 13, /is not a sha256 digest/],
  ['empty urls', `apiVersion: v1\nentries:\n  other:\n${entry('0.4.1')}${entry('0.4.0', D, '    urls: []\n')}${GENERATED}`, 15, /has no urls/],
];

describe('publish-helm refusals', () => {
  it.each(MALFORMED)('refuses a malformed existing index (%s) with its line, and pushes nothing', async (_name, text, line, message) => {
    const seeded = await seedBranch(w, 'gh-pages', { 'index.yaml': text });
    const before = await w.gh.snapshot();
    const pushed = pushes(w);
    const run = await publish(w, { chart: CHART });
    expectRefusal(run, message);
    expect(run.errors[0]).toMatchObject({ file: 'index.yaml', line });
    expect(run.errors[0]!.message).toContain('index.yaml on branch gh-pages; nothing was written');
    expect(pushes(w)).toBe(pushed);
    expect(await tip(w.bare, 'gh-pages')).toBe(seeded);
    expect(await w.gh.snapshot()).toEqual(before);
  }, LONG);

  it('refuses a chart with an OCI dependency range and no Chart.lock, at its line, before any request (resolving it needs the tag list)', async () => {
    const before = await w.gh.snapshot();
    const requests = w.gh.requests.length;
    const run = await publish(w, { chart: 'charts/missing-dependency' });
    expectRefusal(
      run,
      "dependency 'common' (2.x.x) is a version range in the OCI registry oci://registry-1.docker.io/bitnamicharts, and there is no Chart.lock: resolving it needs the registry's tag list, which is not supported yet; run 'helm dependency update' and commit Chart.lock, or pin an exact version",
    );
    expect(run.errors[0]).toMatchObject({ file: 'charts/missing-dependency/Chart.yaml', line: 9 });
    expect(w.gh.requests.length).toBe(requests); // not even a fetch
    expect(await w.gh.snapshot()).toEqual(before);
  }, LONG);

  it('does not refuse a template or a CRD that is not YAML once {{ }} is taken out: helm package does not parse them', async () => {
    await seedBranch(w, 'gh-pages', { 'index.yaml': `apiVersion: v1\nentries:\n  other:\n${entry('0.3.9')}${GENERATED}` });
    for (const chart of ['charts/bad-template', 'charts/bad-crd']) {
      const before = await w.gh.snapshot();
      const run = await publish(w, { chart, 'dry-run': 'true' });
      expectSuccess(run);
      expect(run.stdout).toContain(`packaged ${chart} as `);
      expect(await w.gh.snapshot()).toEqual(before);
    }
  }, LONG);

  it('refuses a version input that is not the chart version, pointing at Chart.yaml', async () => {
    const requests = w.gh.requests.length;
    const run = await publish(w, { chart: CHART, version: '0.6.0' });
    expectRefusal(run, 'version is 0.5.0, but the version input is 0.6.0');
    expect(run.errors[0]).toMatchObject({ file: `${CHART}/Chart.yaml`, line: 8 });
    expect(w.gh.requests.length).toBe(requests);
  }, LONG);

  it('with skip-existing false, refuses a version that is published already (same digest)', async () => {
    await seedBranch(w, 'gh-pages', { 'index.yaml': `apiVersion: v1\nentries:\n  other:\n${entry('0.4.0')}${GENERATED}` });
    expectSuccess(await publish(w, { chart: CHART }));
    const before = await w.gh.snapshot();
    const run = await publish(w, { chart: CHART, 'skip-existing': 'false' });
    expectRefusal(run, 'workload-variant-autoscaler 0.5.0 is published already (index.yaml on gh-pages) and skip-existing is false');
    expect(await w.gh.snapshot()).toEqual(before);
    // the default: the same package again is simply unchanged
    const again = await publish(w, { chart: CHART });
    expectSuccess(again);
    expect(again.outputs.status).toBe('unchanged');
  }, LONG);

  it('refuses to replace a stray package file of the same name that the index does not list', async () => {
    const seeded = await seedBranch(w, 'gh-pages', {
      'index.yaml': `apiVersion: v1\nentries:\n  other:\n${entry('0.4.0')}${GENERATED}`,
      'workload-variant-autoscaler-0.5.0.tgz': 'not this package',
    });
    const before = await w.gh.snapshot();
    const run = await publish(w, { chart: CHART });
    expectRefusal(run, /^workload-variant-autoscaler-0\.5\.0\.tgz is on branch gh-pages already with sha256 [a-f0-9]{64}, though index\.yaml does not list workload-variant-autoscaler 0\.5\.0; this package has sha256 [a-f0-9]{64}/);
    expect(run.errors[0]!.message).toContain('Nothing was written');
    expect(await tip(w.bare, 'gh-pages')).toBe(seeded);
    expect(await w.gh.snapshot()).toEqual(before);
  }, LONG);

  it.each([
    [{ 'asset-location': 'gh-pages' }, 'asset-location', 'expected one of pages, release'],
    [{ 'index-path': 'charts/repo.yaml' }, 'index-path', 'ending in index.yaml'],
    [{ 'index-path': '../index.yaml' }, 'index-path', "without '..'"],
    [{ 'packages-dir': '/abs' }, 'packages-dir', 'relative path'],
    [{ 'repo-url': 'ftp://example.org/charts' }, 'repo-url', 'https://'],
    [{ 'repo-url': 'https://user:secret@example.org/charts' }, 'repo-url', 'without credentials'],
    [{ 'pages-branch': '-delete' }, 'pages-branch', 'branch name'],
    [{ 'oci-registry': 'ghcr.io/llm-d/charts' }, 'oci-registry', "must start with 'oci://'"],
    [{ 'registry-username': 'bot' }, 'registry-password', 'required when registry-username is set'],
    [{ deprecate: '0.4.0', version: '0.5.0' }, 'version', 'leave version empty'],
    [{ deprecate: 'latest' }, 'deprecate', ''],
    [{ version: '1.2' }, 'version', ''],
    [{ token: '' }, 'token', 'required'],
  ] as Array<[Record<string, string>, string, string]>)('refuses inputs %j, naming %s, before anything else', async (inputs, input, words) => {
    const requests = w.gh.requests.length;
    const run = await publish(w, { chart: CHART, ...inputs });
    expectRefusal(run, new RegExp(`^input '${input}': .*${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(run.summary).toBe('');
    expect(w.gh.requests.length).toBe(requests);
  });

  it('names the charts when the repository has several and none is given', async () => {
    const run = await publish(w, {});
    expectRefusal(run, "input 'chart': the repository has 4 charts (charts/bad-crd, charts/bad-template, charts/missing-dependency, charts/workload-variant-autoscaler)");
  }, LONG);
});
