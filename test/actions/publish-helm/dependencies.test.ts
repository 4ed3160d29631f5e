/**
 * publish-helm with a chart whose dependencies are not vendored: fetched from a Helm repository
 * on 127.0.0.1 at the versions Chart.lock pins (real prometheus-community charts), packaged as
 * charts/<name>-<version>.tgz, the checkout left clean; a second run finds them in the cache and
 * asks the repository nothing; a lock out of sync is refused before anything is fetched or pushed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArchive } from '../../../actions/lib/helm/archive-members.js';
import { hashRequirements, readChartDependencies } from '../../../actions/lib/helm/dependencies.js';
import { mergeIndex } from '../../../actions/lib/helm/index-merge.js';
import { packageChart } from '../../../actions/lib/helm/package.js';
import { tempDir } from '../../support/tmp.js';
import { expectRefusal, expectSuccess, gitOut, LONG, publish, pushes, tip, world, type World } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../corpus/dependencies', import.meta.url));
const DEPS = { alertmanager: '1.42.0', 'kube-state-metrics': '8.4.0' } as const;

let server: Server;
let repoUrl = '';
const requests: string[] = [];
const served = new Map<string, Buffer>();
const digests = new Map<string, string>();
let w: World | undefined;
let runnerTemp: { path: string; cleanup: () => Promise<void> };

/** A small chart depending on two real charts of the local repository, and the lock Helm would write. */
function appChart(): Record<string, string> {
  const chartYaml = [
    'apiVersion: v2',
    'name: app',
    'version: 1.0.0',
    'appVersion: "1.0.0"',
    'dependencies:',
    '  - name: alertmanager',
    '    version: "1.42.*"',
    `    repository: ${repoUrl}`,
    '    condition: alertmanager.enabled',
    '  - name: kube-state-metrics',
    '    version: "8.4.*"',
    `    repository: ${repoUrl}`,
    '',
  ].join('\n');
  const locked = Object.entries(DEPS).map(([name, version]) => ({ name, version, repository: repoUrl }));
  const digest = hashRequirements(readChartDependencies(chartYaml, 'Chart.yaml'), locked);
  const lock = `dependencies:\n${locked.map((l) => `- name: ${l.name}\n  repository: ${l.repository}\n  version: ${l.version}\n`).join('')}digest: ${digest}\ngenerated: "2026-08-18T19:54:25.385159732Z"\n`;
  return {
    'charts/app/Chart.yaml': chartYaml,
    'charts/app/Chart.lock': lock,
    'charts/app/values.yaml': 'alertmanager:\n  enabled: true\n',
    'charts/app/templates/configmap.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-app\ndata:\n  a: "1"\n',
  };
}

beforeAll(async () => {
  let index: string | undefined;
  for (const name of Object.keys(DEPS)) {
    const pkg = packageChart(join(CORPUS, name));
    served.set(`/charts/${pkg.filename}`, pkg.bytes);
    digests.set(name, pkg.digest);
    index = mergeIndex(index, { metadata: pkg.chart.metadata, urls: [pkg.filename], digest: pkg.digest }).text;
  }
  served.set('/charts/index.yaml', Buffer.from(index!));
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = served.get(req.url ?? '');
    res.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  repoUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/charts`;
  runnerTemp = await tempDir('publish-helm-deps-');
});

afterEach(async () => {
  await w?.stop();
  w = undefined;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await runnerTemp.cleanup();
});

describe('publish-helm with dependencies from Chart.lock', () => {
  it('packages the locked archives, leaves the checkout clean, and a re-run asks the repository nothing', async () => {
    w = await world({ extra: appChart() });
    requests.length = 0;
    const run = await publish(w, { chart: 'charts/app' }, { env: { RUNNER_TEMP: runnerTemp.path } });
    expectSuccess(run);
    expect(run.outputs.status).toBe('published');
    expect(requests).toEqual(['/charts/index.yaml', '/charts/alertmanager-1.42.0.tgz', '/charts/kube-state-metrics-8.4.0.tgz']);
    // Helm's Save writes each dependency expanded under charts/<name>/
    const members = await readArchive(readFileSync(run.outputs['package-path']!), { keep: (p) => /^app\/charts\/[^/]+\/Chart\.yaml$/.test(p) });
    expect([...members.keys()]).toEqual(['app/charts/alertmanager/Chart.yaml', 'app/charts/kube-state-metrics/Chart.yaml']);
    expect(members.get('app/charts/alertmanager/Chart.yaml')!.toString('utf8')).toMatch(/^version: 1\.42\.0$/m);
    expect(members.get('app/charts/kube-state-metrics/Chart.yaml')!.toString('utf8')).toMatch(/^version: 8\.4\.0$/m);
    expect(run.summary).toContain(`\`charts/alertmanager-1.42.0.tgz\` from ${repoUrl}/alertmanager-1.42.0.tgz (sha256 \`${digests.get('alertmanager')}\`)`);
    expect(await gitOut(w.workspace, ['status', '--porcelain', '--ignored'])).toBe('');

    requests.length = 0;
    const again = await publish(w, { chart: 'charts/app' }, { env: { RUNNER_TEMP: runnerTemp.path } });
    expectSuccess(again);
    expect(again.outputs.status).toBe('unchanged');
    expect(again.outputs.digest).toBe(run.outputs.digest);
    expect(requests).toEqual([]);
    expect(again.summary).toContain('`charts/kube-state-metrics-8.4.0.tgz` from the cache');
  }, LONG);

  it('refuses a Chart.lock out of sync with Chart.yaml at its digest line, before fetching or pushing anything', async () => {
    w = await world({ extra: appChart() });
    const file = join(w.workspace, 'charts/app/Chart.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"8.4.*"', '"8.5.*"'));
    requests.length = 0;
    const run = await publish(w, { chart: 'charts/app' });
    expectRefusal(run, /Chart\.lock is out of sync with Chart\.yaml; run 'helm dependency update' and commit Chart\.lock/);
    expect(run.errors[0]).toMatchObject({ file: 'charts/app/Chart.lock', line: 8 });
    expect(requests).toEqual([]);
    expect(await tip(w.bare, 'gh-pages')).toBeUndefined();
    expect(pushes(w)).toBe(0);
  }, LONG);
});
