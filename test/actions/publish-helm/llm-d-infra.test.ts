/**
 * llm-d-infra's real chart and real gh-pages index (test/corpus/llm-d-infra): a `v`-prefixed
 * version, a vendored subchart archive, templates that are not YAML until rendered. v1.4.1 is
 * published to the pages branch and to the real docker-registry, keeping the `v` everywhere:
 * the archive name, the index entry and the OCI tag.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import { expectSuccess, LONG, publish, seedBranch, show, showBytes, world, type World } from './helpers.js';

const CORPUS = join(process.cwd(), 'test/corpus/llm-d-infra');
let w: World;
let registry: RunningRegistry;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'basic' });
  w = await world();
  await seedBranch(w, 'gh-pages', { 'index.yaml': readFileSync(join(CORPUS, 'index.yaml')) });
  const dir = join(w.workspace, 'charts/llm-d-infra');
  cpSync(join(CORPUS, 'llm-d-infra'), dir, { recursive: true });
  const chartYaml = join(dir, 'Chart.yaml');
  writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace(/^version: v1\.4\.0$/m, 'version: v1.4.1'));
}, LONG);
afterAll(async () => {
  await w?.stop();
  await registry?.stop();
});

describe('publish-helm on llm-d-infra', () => {
  it('publishes v1.4.1 with its v kept in the archive name, the index and the OCI tag; a re-run changes nothing', async () => {
    const inputs = {
      chart: 'charts/llm-d-infra',
      version: 'v1.4.1',
      'repo-url': 'https://llm-d-incubation.github.io/llm-d-infra',
      'oci-registry': `oci://${registry.host}/charts`,
      'registry-username': registry.username,
      'registry-password': registry.password,
    };
    const run = await publish(w, inputs);
    expectSuccess(run);
    expect(run.outputs.status).toBe('published');
    expect(run.outputs['chart-url']).toBe('https://llm-d-incubation.github.io/llm-d-infra/llm-d-infra-v1.4.1.tgz');
    const tgz = (await showBytes(w.bare, 'gh-pages', 'llm-d-infra-v1.4.1.tgz'))!;
    expect(tgz.subarray(0, 4)).toEqual(Buffer.from([0x1f, 0x8b, 8, 0x14]));

    const before = readFileSync(join(CORPUS, 'index.yaml'), 'utf8');
    const after = (await show(w.bare, 'gh-pages', 'index.yaml'))!;
    const versions = (text: string): string[] => (parse(text) as { entries: Record<string, { version: string }[]> }).entries['llm-d-infra']!.map((e) => e.version);
    expect(versions(after)).toEqual(['v1.4.1', ...versions(before)]);

    expect(run.outputs['oci-ref']).toMatch(new RegExp(`^${registry.host.replace(/\./g, '\\.')}/charts/llm-d-infra:v1\\.4\\.1@sha256:[a-f0-9]{64}$`));
    const client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password } });
    const manifest = await client.getManifest('charts/llm-d-infra', 'v1.4.1', [OCI_MANIFEST]);
    const json = manifest!.json as { annotations: Record<string, string>; layers: { digest: string }[] };
    expect(json.layers[0]!.digest).toBe(`sha256:${run.outputs.digest}`);
    expect(json.annotations).toMatchObject({
      'org.opencontainers.image.title': 'llm-d-infra',
      'org.opencontainers.image.version': 'v1.4.1',
      'artifacthub.io/license': 'Apache-2.0',
      'charts.openshift.io/name': 'llm-d Infra',
    });

    const again = await publish(w, inputs);
    expectSuccess(again);
    expect(again.outputs.status).toBe('unchanged');
    expect(again.outputs.digest).toBe(run.outputs.digest);
  }, LONG);
});
