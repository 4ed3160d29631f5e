/**
 * The whole postflight phase at once, as a release workflow runs it: the registry (token
 * auth), the Helm repository on 127.0.0.1, the GitHub emulator and the cluster stand-ins
 * together. Everything passing; then several failing together, each reported.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { refs } from '../../support/git.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { pushMultiPlatformImage, tinyTar } from '../../support/registry/images.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import type { SampleRepo } from '../../support/repos.js';
import { CHART_NAME, chartArchive, expectOutcome, HelmRepoServer, indexYaml, sha256, tagRelease, verify, WVA, wvaAt050 } from './helpers.js';

const TOKEN = 'test-token';
const STAND_IN = '#!/bin/sh\nprintf "%s %s\\n" "$(basename "$0")" "$1" >> "$RECORD_FILE"\nexit 0\n';

describe('verify-release postflight, every check together', () => {
  let repo: SampleRepo;
  let registry: RunningRegistry;
  let helm: HelmRepoServer;
  let gh: GitHubEmulator;
  let work: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    repo = wvaAt050();
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    work = mkdtempSync(join(tmpdir(), 'vr-post-'));
    [registry, gh] = await Promise.all([startRegistry({ auth: 'token' }), startGitHubEmulator({ token: TOKEN })]);
    helm = new HelmRepoServer();
    await helm.start();

    const credentials = { username: registry.username, password: registry.password };
    await pushMultiPlatformImage(new OciClient({ registry: registry.host, credentials }), 'llm-d-incubation/workload-variant-autoscaler', ['v0.5.0', 'v0.5', 'latest']);
    const tgz = chartArchive(repo.workspace!, work);
    await pushHelmChart(
      {
        registry: `oci://${registry.host}/charts`,
        chartName: CHART_NAME,
        version: '0.5.0',
        tgzBytes: new Uint8Array(gzipSync(tinyTar(`${CHART_NAME}/Chart.yaml`, `apiVersion: v2\nname: ${CHART_NAME}\nversion: 0.5.0\n`))),
        chartYamlMeta: { apiVersion: 'v2', name: CHART_NAME, version: '0.5.0' },
      },
      { credentials },
    );
    helm.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.5.0', digest: sha256(tgz), url: `${CHART_NAME}-0.5.0.tgz` }]) });
    helm.files.set(`/charts/${CHART_NAME}-0.5.0.tgz`, { body: tgz });

    await gh.createRepo(WVA, { fromDir: repo.dir });
    const response = await fetch(`${gh.apiUrl}/repos/${WVA}/releases`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: 'v0.5.0', name: 'v0.5.0', body: "## What's New in v0.5.0\n\n- queue-depth scale-out\n", make_latest: 'true' }),
    });
    expect(response.status).toBe(201);

    const bin = join(work, 'bin');
    mkdirSync(bin);
    for (const tool of ['helm', 'kubectl']) {
      writeFileSync(join(bin, tool), STAND_IN);
      chmodSync(join(bin, tool), 0o755);
    }
    writeFileSync(join(work, 'kubeconfig'), 'apiVersion: v1\nkind: Config\n');
    env = { PATH: `${bin}:${process.env['PATH']}`, KUBECONFIG: join(work, 'kubeconfig'), RECORD_FILE: join(work, 'calls'), HOME: work };
  });
  afterEach(() => gh.assertNoViolations());
  afterAll(async () => {
    await Promise.all([registry?.stop(), gh?.stop(), helm?.stop()]);
    rmSync(work, { recursive: true, force: true });
    await repo?.cleanup();
  });

  const postflight = (inputs: Record<string, string> = {}) =>
    verify(
      repo,
      {
        phase: 'postflight',
        timeout: '2s',
        images: `${registry.host}/llm-d-incubation/workload-variant-autoscaler`,
        'helm-repo-url': helm.url,
        'oci-registry': `oci://${registry.host}/charts`,
        'registry-username': registry.username,
        'registry-password': registry.password,
        token: TOKEN,
        ...inputs,
      },
      { apiUrl: gh.apiUrl, serverUrl: gh.serverUrl, env },
    );

  it('passes every postflight check and writes nothing anywhere', async () => {
    const originRefs = refs(repo.origin!);
    const ghBefore = gh.requests.length;
    const logBefore = registry.accessLog().length;
    const run = await postflight();
    const report = expectOutcome(run, true);
    expect(Object.entries(report).map(([k, v]) => `${k}: ${v.status}`)).toEqual([
      'image: passed',
      'helm-repo: passed',
      'oci-chart: passed',
      'github-release: passed',
      'cluster: passed',
    ]);
    expect(readFileSync(join(work, 'calls'), 'utf8')).toBe('helm install\nkubectl wait\nkubectl wait\nhelm uninstall\nkubectl delete\n');
    expect(run.summary).toContain('## verify-release postflight: v0.5.0 ✅');
    expect(run.summary).toContain('5 passed, 0 failed, 0 skipped.');
    expect(gh.requests.slice(ghBefore).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(registry.accessLog().slice(logBefore).filter((e) => !['GET', 'HEAD'].includes(e.method))).toEqual([]);
    expect(helm.requests.length).toBeGreaterThan(0);
    expect(refs(repo.origin!)).toBe(originRefs);
  });

  it('reports every failing check when several fail at once (polled ones side by side), and still runs the cluster check', async () => {
    rmSync(join(work, 'calls'), { force: true });
    const run = await postflight({ images: `${registry.host}/llm-d-incubation/missing`, 'helm-repo-url': `${helm.url}/nowhere`, assets: 'sbom.json' });
    const report = expectOutcome(run, false);
    expect(report['image']!.detail).toMatch(/^still missing after \d+ s .*llm-d-incubation\/missing:v0\.5\.0 not found$/);
    expect(report['helm-repo']!.detail).toMatch(/^still missing after \d+ s .*\/nowhere\/index\.yaml: HTTP 404$/);
    expect(report['oci-chart']!.status).toBe('passed');
    expect(report['github-release']!.detail).toMatch(/asset sbom\.json is missing$/);
    expect(report['cluster']!.status).toBe('passed');
    expect(run.errors.map((e) => e.message.split(':')[0])).toEqual(['image', 'helm-repo', 'github-release']);
    expect(run.summary).toContain('2 passed, 3 failed, 0 skipped.');
  });
});
