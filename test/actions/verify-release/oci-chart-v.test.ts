/**
 * The postflight's oci-chart check on llm-d-infra (test/corpus/llm-d-infra): its chart writes
 * `version: v1.4.1`, which publish-helm pushes as the OCI tag `v1.4.1` (Helm does the same); the
 * release is 1.4.1. The check looks for the tag the chart writes, on the real docker-registry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { tinyTar } from '../../support/registry/images.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import type { SampleRepo } from '../../support/repos.js';
import { buildCorpusRepo } from '../../unit/version-files/corpus.js';
import { expectOutcome, verify } from './helpers.js';

let registry: RunningRegistry;
let repo: SampleRepo;

beforeAll(async () => {
  repo = buildCorpusRepo('llm-d-infra', { workspace: true });
  const chartYaml = join(repo.workspace!, 'charts', 'llm-d-infra', 'Chart.yaml');
  writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace(/^version: v1\.4\.0$/m, 'version: v1.4.1'));
  registry = await startRegistry({ auth: 'token' });
  const meta = { apiVersion: 'v2', name: 'llm-d-infra', version: 'v1.4.1', appVersion: 'v1.4.1' };
  await pushHelmChart(
    { registry: `oci://${registry.host}/charts`, chartName: 'llm-d-infra', version: 'v1.4.1', tgzBytes: new Uint8Array(gzipSync(tinyTar('llm-d-infra/Chart.yaml', 'apiVersion: v2\nname: llm-d-infra\nversion: v1.4.1\n'))), chartYamlMeta: meta },
    { credentials: { username: registry.username, password: registry.password } },
  );
});
afterAll(async () => {
  await registry?.stop();
  await repo?.cleanup();
});

describe('oci-chart on a chart whose version has a v', () => {
  it('finds v1.4.1 for the release 1.4.1, and names the tag it looked for when it is not there', async () => {
    const inputs = { phase: 'postflight', checks: 'oci-chart', 'oci-registry': `oci://${registry.host}/charts`, 'registry-username': registry.username, 'registry-password': registry.password };
    const found = expectOutcome(await verify(repo, { ...inputs, version: '1.4.1', timeout: '3s' }, { ref: 'refs/tags/v1.4.1' }), true);
    expect(found['oci-chart']!.detail).toMatch(new RegExp(`^oci://${registry.host.replace(/\./g, '\\.')}/charts/llm-d-infra:v1\\.4\\.1 sha256:`));

    const chartYaml = join(repo.workspace!, 'charts', 'llm-d-infra', 'Chart.yaml');
    writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace(/^version: v1\.4\.1$/m, 'version: 1.4.1'));
    const missing = expectOutcome(await verify(repo, { ...inputs, version: '1.4.1', timeout: '1s' }, { ref: 'refs/tags/v1.4.1' }), false);
    expect(missing['oci-chart']!.detail).toMatch(/still missing after \d+ s \(\d+ attempts\): oci:\/\/.*\/charts\/llm-d-infra:1\.4\.1 not found$/);
  });
});
