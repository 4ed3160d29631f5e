import type { BadInputCase } from '../types.js';
import { BAD_VERSIONS, VERSION_REFUSAL } from './versions.js';

const CHART = 'charts/workload-variant-autoscaler';
const D = 'a'.repeat(64);
const entry = (v: string, digest = D, urls = `    urls:\n    - https://example.org/charts/other-${v}.tgz\n`): string =>
  `  - apiVersion: v2\n    created: "2026-01-01T00:00:00Z"\n    digest: ${digest}\n    name: other\n${urls}    version: ${v}\n`;
const GENERATED = 'generated: "2026-01-01T00:00:00Z"\n';

/** Fixture charts (test/fixtures/charts/<path>) the publish-helm world holds, as charts/<name>. */
// A v-prefixed version, a name other than lowercase-and-dashes and a repeated Chart.yaml key are
// not bad input: `helm package` accepts them (docs/helm-compatibility.md).
export const PUBLISH_HELM_CHARTS: Array<[path: string, as: string]> = [
  ['invalid/no-api-version', 'no-api-version'],
  ['missing-dependency', 'missing-dependency'],
];

/** Pages-branch states: fixture name → the index.yaml seeded on gh-pages before the case. */
export const PAGES_INDEXES: Record<string, string> = {
  'index-empty': '',
  'index-no-api-version': `entries:\n  other:\n${entry('0.4.0')}${GENERATED}`,
  'index-duplicate-versions': `apiVersion: v1\nentries:\n  other:\n${entry('0.4.1')}${entry('0.4.0')}${entry('0.4.0')}${GENERATED}`,
  'index-non-hex-digest': `apiVersion: v1\nentries:\n  other:\n${entry('0.4.1')}${entry('0.4.0', `sha256:${D}`)}${GENERATED}`,
  'index-empty-urls': `apiVersion: v1\nentries:\n  other:\n${entry('0.4.1')}${entry('0.4.0', D, '    urls: []\n')}${GENERATED}`,
  'index-invalid-semver': `apiVersion: v1\nentries:\n  other:\n${entry('0.4.1')}${entry('0.4')}${GENERATED}`,
};

const chart = (id: string, as: string, error: string | RegExp, line?: number): BadInputCase => ({
  id: `publish-helm/chart-${id}`,
  action: 'publish-helm',
  inputs: { chart: `charts/${as}` },
  expect: { error, file: `charts/${as}/Chart.yaml`, ...(line ? { line } : {}) },
});
const index = (fixture: string, error: string | RegExp, line: number): BadInputCase => ({
  id: `publish-helm/${fixture}`,
  action: 'publish-helm',
  fixture,
  inputs: { chart: CHART },
  expect: { error, file: 'index.yaml', line },
});

export const PUBLISH_HELM: BadInputCase[] = [
  ...BAD_VERSIONS.map(([id, version]): BadInputCase => ({ id: `publish-helm/version-${id}`, action: 'publish-helm', inputs: { chart: CHART, version }, expect: { input: 'version', error: VERSION_REFUSAL } })),
  chart('no-api-version', 'no-api-version', "no apiVersion: add 'apiVersion: v2'", 1),
  chart('dependency-oci-range-unlocked', 'missing-dependency', 'is a version range in the OCI registry', 9),
  index('index-empty', 'the index is empty', 1),
  index('index-no-api-version', 'no apiVersion', 1),
  index('index-duplicate-versions', 'lists version 0.4.0 twice', 24),
  index('index-non-hex-digest', 'is not a sha256 digest', 13),
  index('index-empty-urls', 'has no urls', 15),
  index('index-invalid-semver', "version '0.4' is not a SemVer 2 version", 17),
  { id: 'publish-helm/chart-outside', action: 'publish-helm', inputs: { chart: '../outside' }, expect: { input: 'chart', error: /./ } },
  { id: 'publish-helm/rollback-strategy-unknown', action: 'publish-helm', inputs: { chart: CHART, rollback: '0.5.0', 'rollback-strategy': 'delete' }, expect: { input: 'rollback-strategy', error: /./ } },
  { id: 'publish-helm/rollback-and-deprecate', action: 'publish-helm', inputs: { chart: CHART, rollback: '0.5.0', deprecate: '0.5.0' }, expect: { input: 'deprecate', error: 'older spelling of rollback' } },
  { id: 'publish-helm/oci-registry-not-oci', action: 'publish-helm', inputs: { chart: CHART, 'oci-registry': 'https://ghcr.io/x' }, expect: { input: 'oci-registry', error: /./ } },
];
