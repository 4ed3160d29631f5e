/**
 * helm-repo against a Helm repository served by a local HTTP server on 127.0.0.1: one that
 * starts answering only after a delay (polling succeeds), a wrong digest, an archive without
 * (or with stale) CRDs, an index that does not parse, a version that never appears.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SampleRepo } from '../../support/repos.js';
import { CHART, chartArchive, CRD_FILE, expectOutcome, HelmRepoServer, indexYaml, sha256, tagRelease, verify, wvaAt050 } from './helpers.js';

const NAME = 'workload-variant-autoscaler';

describe('verify-release helm-repo', () => {
  let repo: SampleRepo;
  let server: HelmRepoServer;
  let work: string;
  let good: Buffer;

  const archive = (change?: (dir: string) => void): Buffer => chartArchive(repo.workspace!, work, change);

  beforeAll(async () => {
    repo = wvaAt050();
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    work = mkdtempSync(join(tmpdir(), 'vr-helm-'));
    good = archive();
    server = new HelmRepoServer();
    await server.start();
  });
  afterEach(() => {
    server.reset();
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
    await repo?.cleanup();
  });

  const helmRepo = (inputs: Record<string, string> = {}) => verify(repo, { phase: 'postflight', checks: 'helm-repo', 'helm-repo-url': server.url, timeout: '3s', ...inputs });

  it('keeps polling while the repository does not answer yet, then passes: digest equal, CRDs in the archive (relative URL)', async () => {
    server.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.5.0', digest: sha256(good), url: `${NAME}-0.5.0.tgz` }]) });
    server.files.set(`/charts/${NAME}-0.5.0.tgz`, { body: good });
    server.delayMs = 1500;
    const run = await helmRepo({ timeout: '60s' });
    const report = expectOutcome(run, true);
    expect(report['helm-repo']!.detail).toBe(`${server.url}/${NAME}-0.5.0.tgz sha256 ${sha256(good).slice(0, 12)}… = index digest; CRDs: variantautoscalings.llmd.ai`);
    const index = server.requests.filter((r) => r.path === '/charts/index.yaml');
    expect(index.filter((r) => r.status === 404).length).toBeGreaterThan(0);
    expect(index.at(-1)!.status).toBe(200);
    expect(run.stdout).toMatch(/helm-repo: GET http:\/\/127\.0\.0\.1:\d+\/charts\/index\.yaml: HTTP 404; looking again in \d+ ms/);
  });

  it('waits for a version the index does not list yet, and says what it lists when the timeout passes', async () => {
    server.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.4.1', digest: sha256(good), url: `${NAME}-0.4.1.tgz` }]) });
    const report = expectOutcome(await helmRepo({ timeout: '1s' }), false);
    expect(report['helm-repo']!.detail).toMatch(
      new RegExp(`^still missing after \\d+ s \\(\\d+ attempts\\): ${server.url.replace(/\./g, '\\.')}/index\\.yaml does not list ${NAME} 0\\.5\\.0 yet \\(it lists 0\\.4\\.1\\)$`),
    );
    expect(server.requests.length).toBeGreaterThan(1);
  });

  it('fails when the archive does not have the digest the index says (absolute URL)', async () => {
    const wrong = 'ab'.repeat(32);
    server.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.5.0', digest: wrong, url: `${server.url}/download/${NAME}-0.5.0.tgz` }]) });
    server.files.set(`/charts/download/${NAME}-0.5.0.tgz`, { body: good });
    const report = expectOutcome(await helmRepo({ timeout: '10m' }), false);
    expect(report['helm-repo']!.detail).toBe(`${server.url}/download/${NAME}-0.5.0.tgz has sha256 ${sha256(good)}, the index says ${wrong}`);
  });

  it('fails an archive without the CRDs, and one whose CRD differs from the workspace chart', async () => {
    const noCrds = archive((dir) => rmSync(join(dir, 'crds'), { recursive: true }));
    server.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.5.0', digest: sha256(noCrds), url: `${NAME}-0.5.0.tgz` }]) });
    server.files.set(`/charts/${NAME}-0.5.0.tgz`, { body: noCrds });
    const missing = expectOutcome(await helmRepo({ timeout: '10m' }), false);
    expect(missing['helm-repo']!.detail).toMatch(new RegExp(`^${server.url.replace(/\./g, '\\.')}/${NAME}-0\\.5\\.0\\.tgz \\(sha256 ${sha256(noCrds).slice(0, 12)}… = index digest\\) holds no crds/ files, while the chart's crds/ has [1-9]\\d*$`));

    const stale = archive((dir) => {
      const file = join(dir, 'crds', CRD_FILE);
      writeFileSync(file, readFileSync(file, 'utf8').replace('shortNames:\n      - va', 'shortNames:\n      - vas'));
    });
    server.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.5.0', digest: sha256(stale), url: `${NAME}-0.5.0.tgz` }]) });
    server.files.set(`/charts/${NAME}-0.5.0.tgz`, { body: stale });
    const differs = expectOutcome(await helmRepo({ timeout: '10m' }), false);
    expect(differs['helm-repo']!.detail).toBe(
      `${server.url}/${NAME}-0.5.0.tgz: variantautoscalings.llmd.ai in ${NAME}/crds/${CRD_FILE} has "vas" at spec.names.shortNames[0], ${CHART}/crds/${CRD_FILE} has "va"`,
    );
  });

  it('fails an index that does not parse, at once', async () => {
    server.files.set('/charts/index.yaml', { body: 'apiVersion: v1\nentries:\n  workload-variant-autoscaler:\n  - version: [0.5.0\n' });
    const report = expectOutcome(await helmRepo({ timeout: '10m' }), false);
    expect(report['helm-repo']!.detail).toMatch(new RegExp(`^${server.url.replace(/\./g, '\\.')}/index\\.yaml:5: not valid YAML: `));
  });

  it('fails an index that lists the version twice, at once, with both lines (read as publish-helm reads it)', async () => {
    const twice = indexYaml([
      { version: '0.5.0', digest: sha256(good), url: `${NAME}-0.5.0.tgz` },
      { version: 'v0.5.0', digest: sha256(good), url: `${NAME}-0.5.0.tgz` },
    ]);
    server.files.set('/charts/index.yaml', { body: twice });
    const report = expectOutcome(await helmRepo({ timeout: '10m' }), false);
    expect(report['helm-repo']!.detail).toBe(`${server.url}/index.yaml:19: chart '${NAME}' lists version v0.5.0 twice (lines 11 and 19)`);
  });

  it('finds a v-prefixed version as Helm does (llm-d-infra publishes v1.4.0)', async () => {
    server.files.set('/charts/index.yaml', { body: indexYaml([{ version: 'v0.5.0', digest: sha256(good), url: `${NAME}-0.5.0.tgz` }]) });
    server.files.set(`/charts/${NAME}-0.5.0.tgz`, { body: good });
    const report = expectOutcome(await helmRepo({ timeout: '10s' }), true);
    expect(report['helm-repo']!.detail).toBe(`${server.url}/${NAME}-0.5.0.tgz sha256 ${sha256(good).slice(0, 12)}… = index digest; CRDs: variantautoscalings.llmd.ai`);
  });
});
