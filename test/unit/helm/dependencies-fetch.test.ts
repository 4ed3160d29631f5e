/**
 * Fetching the prometheus chart's locked dependencies (the real charts, at the locked versions)
 * from a Helm repository served on 127.0.0.1 and from the real docker-registry; the content
 * cache; the archive checks; the package they end up in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archivedChart, readArchive } from '../../../actions/lib/helm/archive-members.js';
import { hashRequirements, planDependencies, readChartDependencies, readChartLock, type PlannedDependency } from '../../../actions/lib/helm/dependencies.js';
import { fetchDependencies, readResolveSources, Repositories } from '../../../actions/lib/helm/dependencies-fetch.js';
import { resolveLock } from '../../../actions/lib/helm/dependencies-resolve.js';
import { loadChart } from '../../../actions/lib/helm/chart.js';
import { mergeIndex } from '../../../actions/lib/helm/index-merge.js';
import { packageChart } from '../../../actions/lib/helm/package.js';
import { pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { ActionError } from '../../../actions/lib/runner/errors.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import { tempDir } from '../../support/tmp.js';

const CORPUS = fileURLToPath(new URL('../../corpus/dependencies', import.meta.url));
const PROMETHEUS = join(CORPUS, 'prometheus');
const DEPS = ['alertmanager', 'kube-state-metrics', 'prometheus-node-exporter', 'prometheus-pushgateway'];
const PUBLIC = 'https://prometheus-community.github.io/helm-charts';
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

interface Served {
  /** Path below /helm-charts/ → body. */
  files: Map<string, Buffer>;
  requests: string[];
}

let server: Server;
let base: string;
const served: Served = { files: new Map(), requests: [] };
const packages = new Map<string, { bytes: Buffer; digest: string; filename: string }>();
let indexText = '';
const temps: Array<() => Promise<void>> = [];

/** The public repository URL answered by the local server (no request leaves 127.0.0.1). */
const localFetch: typeof fetch = (input, init) => {
  const url = input instanceof Request ? input.url : input.toString();
  return fetch(url.startsWith(PUBLIC) ? `${base}${url.slice(PUBLIC.length)}` : url, init);
};

async function cacheDir(): Promise<string> {
  const t = await tempDir('ra-deps-');
  temps.push(t.cleanup);
  return t.path;
}

function plan(): PlannedDependency[] {
  const files = readdirSync(PROMETHEUS);
  return planDependencies({ display: 'charts/prometheus', chartYaml: readFileSync(join(PROMETHEUS, 'Chart.yaml'), 'utf8'), chartLock: readFileSync(join(PROMETHEUS, 'Chart.lock'), 'utf8'), files }).fetch;
}

async function expectRefusal(p: Promise<unknown>, pattern: RegExp): Promise<void> {
  await expect(p).rejects.toBeInstanceOf(ActionError);
  await expect(p).rejects.toThrow(pattern);
}

beforeAll(async () => {
  let index: string | undefined;
  for (const name of DEPS) {
    const pkg = packageChart(join(CORPUS, name));
    packages.set(name, pkg);
    served.files.set(`packages/${pkg.filename}`, pkg.bytes);
    index = mergeIndex(index, { metadata: pkg.chart.metadata, urls: [`packages/${pkg.filename}`], digest: pkg.digest }).text;
  }
  indexText = index!;
  served.files.set('index.yaml', Buffer.from(indexText));
  server = createServer((req, res) => {
    served.requests.push(req.url ?? '');
    const body = served.files.get((req.url ?? '').replace(/^\/helm-charts\//, ''));
    res.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/helm-charts`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  for (const c of temps) await c();
});

describe('fetchDependencies from a Helm repository', () => {
  it('downloads each locked archive once (index read once), checks it, and a second run finds everything in the cache without a request', async () => {
    const cache = await cacheDir();
    served.requests.length = 0;
    const first = await fetchDependencies(plan(), { cacheDir: cache, fetch: localFetch });
    expect(first.map((f) => [f.path, f.source, f.digest])).toEqual(DEPS.map((n) => [`charts/${packages.get(n)!.filename}`, 'repository', packages.get(n)!.digest]));
    expect(first[0]!.from).toBe(`${PUBLIC}/packages/alertmanager-1.42.0.tgz`);
    expect(served.requests).toEqual(['/helm-charts/index.yaml', ...DEPS.map((n) => `/helm-charts/packages/${packages.get(n)!.filename}`)]);

    served.requests.length = 0;
    const again = await fetchDependencies(plan(), { cacheDir: cache, fetch: localFetch });
    expect(served.requests).toEqual([]);
    expect(again.map((f) => f.source)).toEqual(['cache', 'cache', 'cache', 'cache']);
    expect(again.map((f) => sha(f.bytes))).toEqual(first.map((f) => f.digest));

    // a damaged cache entry is not used: fetched again, and the cache mended
    await writeFile(join(cache, 'sha256', `${packages.get('alertmanager')!.digest}.tgz`), 'garbage');
    const mended = await fetchDependencies(plan(), { cacheDir: cache, fetch: localFetch });
    expect(mended.map((f) => f.source)).toEqual(['repository', 'cache', 'cache', 'cache']);
    expect(sha(readFileSync(join(cache, 'sha256', `${packages.get('alertmanager')!.digest}.tgz`)))).toBe(packages.get('alertmanager')!.digest);
  });

  it('puts the archives into the package (expanded under charts/<name>/ as Helm Save writes subcharts), and nothing into the chart folder', async () => {
    const fetched = await fetchDependencies(plan(), { cacheDir: await cacheDir(), fetch: localFetch });
    const extraCharts = fetched.map((f) => ({ name: f.path.replace(/^charts\//, ''), data: f.bytes }));
    expect(() => loadChart(PROMETHEUS)).toThrow(/missing in charts\/ directory/);
    const pkg = packageChart(PROMETHEUS, { extraCharts });
    const subcharts = [...new Set(pkg.files.filter((f) => f.startsWith('prometheus/charts/')).map((f) => f.split('/')[2]))];
    expect(subcharts.sort()).toEqual([...DEPS].sort());
    const members = await readArchive(pkg.bytes, { keep: (p) => /^prometheus\/charts\/[^/]+\/Chart\.yaml$/.test(p) });
    expect(members.get('prometheus/charts/alertmanager/Chart.yaml')!.toString('utf8')).toMatch(/^version: 1\.42\.0$/m);
    expect(await archivedChart(pkg.bytes)).toEqual({ folder: 'prometheus', name: 'prometheus', version: '29.27.0' });
    expect(existsSync(join(PROMETHEUS, 'charts'))).toBe(false);
    // the same inputs give the same package
    expect(packageChart(PROMETHEUS, { extraCharts }).digest).toBe(pkg.digest);
  });

  it('refuses an archive whose sha256 is not the index digest, and caches only what passed its checks', async () => {
    const cache = await cacheDir();
    const file = `packages/${packages.get('kube-state-metrics')!.filename}`;
    const good = served.files.get(file)!;
    served.files.set(file, packages.get('prometheus-pushgateway')!.bytes);
    try {
      await expectRefusal(fetchDependencies(plan(), { cacheDir: cache, fetch: localFetch }), /Chart\.lock:5: .*kube-state-metrics-8\.4\.0\.tgz has sha256 [0-9a-f]{64}, but .* gives kube-state-metrics 8\.4\.0 the digest/);
    } finally {
      served.files.set(file, good);
    }
    expect(existsSync(join(cache, 'refs')) ? readdirSync(join(cache, 'refs')).length : 0).toBe(1); // alertmanager only, fetched before
  });

  it('refuses an archive that holds another chart than the locked one, even when the index digest says so', async () => {
    const wrong = packages.get('prometheus-pushgateway')!;
    const alert = packages.get('alertmanager')!;
    const lying = indexText.replace(alert.digest, wrong.digest);
    served.files.set('index.yaml', Buffer.from(lying));
    served.files.set(`packages/${alert.filename}`, wrong.bytes);
    try {
      await expectRefusal(fetchDependencies(plan(), { cacheDir: await cacheDir(), fetch: localFetch }), /holds chart prometheus-pushgateway 3\.8\.0, not the locked alertmanager 1\.42\.0/);
    } finally {
      served.files.set('index.yaml', Buffer.from(indexText));
      served.files.set(`packages/${alert.filename}`, alert.bytes);
    }
  });

  it("reads a repository's index as Helm does: `sha256:`-prefixed digests still checked, a chart without urls skipped", async () => {
    const alert = packages.get('alertmanager')!;
    const quirky = indexText.replace(/digest: ([0-9a-f]{64})/g, 'digest: "sha256:$1"').replace('entries:\n', 'entries:\n  broken:\n  - name: broken\n    version: 1.0.0\n');
    served.files.set('index.yaml', Buffer.from(quirky));
    try {
      const got = await fetchDependencies(plan(), { cacheDir: await cacheDir(), fetch: localFetch });
      expect(got.map((f) => f.digest)).toEqual(DEPS.map((n) => packages.get(n)!.digest));
      served.files.set('index.yaml', Buffer.from(quirky.replace(`sha256:${alert.digest}`, `sha256:${'0'.repeat(64)}`)));
      await expectRefusal(fetchDependencies(plan(), { cacheDir: await cacheDir(), fetch: localFetch }), /alertmanager-1\.42\.0\.tgz has sha256 [0-9a-f]{64}, but .* the digest 0{64}/);
    } finally {
      served.files.set('index.yaml', Buffer.from(indexText));
    }
  });

  it('names the lock line when the repository does not list the locked version', async () => {
    served.files.set('index.yaml', Buffer.from(indexText.replace(/version: 3\.8\.0/, 'version: 3.9.0')));
    try {
      await expectRefusal(fetchDependencies(plan(), { cacheDir: await cacheDir(), fetch: localFetch }), /Chart\.lock:11: prometheus-pushgateway 3\.8\.0 is not in .*index\.yaml \(it lists 3\.9\.0\)/);
    } finally {
      served.files.set('index.yaml', Buffer.from(indexText));
    }
  });

  it('reports a repository that does not answer with the URL and status', async () => {
    const missing: PlannedDependency = { ...plan()[0]!, repository: `${base}/nowhere` };
    await expect(fetchDependencies([missing], { cacheDir: await cacheDir() })).rejects.toThrow(/GET http:\/\/127\.0\.0\.1:\d+\/helm-charts\/nowhere\/index\.yaml \(Helm repository index\): HTTP 404/);
  });
});

describe("llm-d-infra's locked dependency, the real archive Bitnami published", () => {
  it('is fetched from a repository listing it, checked, and is the chart the lock names', async () => {
    const dir = join(CORPUS, 'llm-d-infra');
    const archive = readFileSync(join(dir, 'common-2.27.0.tgz'));
    expect(await archivedChart(archive)).toEqual({ folder: 'common', name: 'common', version: '2.27.0' });
    const chartYaml = readFileSync(join(dir, 'Chart.yaml'), 'utf8');
    const chartLock = readFileSync(join(dir, 'Chart.lock'), 'utf8');
    expect(planDependencies({ display: 'charts/llm-d-infra', chartYaml, chartLock, files: ['Chart.yaml', 'charts/common-2.27.0.tgz'] }).fetch).toEqual([]);
    const planned = planDependencies({ display: 'charts/llm-d-infra', chartYaml, chartLock, files: ['Chart.yaml'] }).fetch;
    expect(planned.map((d) => `${d.repository} ${d.name} ${d.version} ${d.where}`)).toEqual(['https://charts.bitnami.com/bitnami common 2.27.0 charts/llm-d-infra/Chart.lock:2']);

    const bitnami = createServer((req, res) => {
      const index = `apiVersion: v1\nentries:\n  common:\n  - apiVersion: v2\n    digest: ${sha(archive)}\n    name: common\n    urls:\n    - https://charts.bitnami.com/bitnami/common-2.27.0.tgz\n    version: 2.27.0\n`;
      const body = req.url === '/bitnami/index.yaml' ? Buffer.from(index) : req.url === '/bitnami/common-2.27.0.tgz' ? archive : undefined;
      res.writeHead(body ? 200 : 404).end(body);
    });
    await new Promise<void>((resolve) => bitnami.listen(0, '127.0.0.1', resolve));
    const local = `http://127.0.0.1:${(bitnami.address() as AddressInfo).port}`;
    const toLocal: typeof fetch = (input, init) => fetch(String(input instanceof Request ? input.url : input).replace('https://charts.bitnami.com', local), init);
    try {
      const [got] = await fetchDependencies(planned, { cacheDir: await cacheDir(), fetch: toLocal });
      expect([got!.path, got!.digest, got!.from]).toEqual(['charts/common-2.27.0.tgz', sha(archive), 'https://charts.bitnami.com/bitnami/common-2.27.0.tgz']);
    } finally {
      await new Promise((resolve) => bitnami.close(resolve));
    }
  });
});

describe('without a Chart.lock: resolved, then fetched, as helm dependency build falls back to update', () => {
  const unlocked = (chartYaml = readFileSync(join(PROMETHEUS, 'Chart.yaml'), 'utf8')) => planDependencies({ display: 'charts/prometheus', chartYaml, files: [] }).unlocked!;

  it("prometheus's ranges resolve to the versions its committed lock names, and the index is read once for both resolution and download", async () => {
    const options = { cacheDir: await cacheDir(), fetch: localFetch };
    const repos = new Repositories(options);
    served.requests.length = 0;
    const u = unlocked();
    const lock = resolveLock(u, await readResolveSources(u, repos, options));
    const fetched = await fetchDependencies(lock.fetch, { ...options, repositories: repos });
    expect(served.requests).toEqual(['/helm-charts/index.yaml', ...DEPS.map((n) => `/helm-charts/packages/${packages.get(n)!.filename}`)]);
    const committed = readChartLock(readFileSync(join(PROMETHEUS, 'Chart.lock'), 'utf8'), 'Chart.lock');
    expect(lock.digest).toBe(committed.digest);
    expect(fetched.map((f) => [f.path, f.digest])).toEqual(DEPS.map((n) => [`charts/${packages.get(n)!.filename}`, packages.get(n)!.digest]));
  });

  it('names the Chart.yaml line and the fix when a repository does not answer', async () => {
    const u = unlocked(readFileSync(join(PROMETHEUS, 'Chart.yaml'), 'utf8').replaceAll(PUBLIC, `${base}/nowhere`));
    const options = { cacheDir: await cacheDir() };
    await expectRefusal(
      readResolveSources(u, new Repositories(options), options),
      /^charts\/prometheus\/Chart\.yaml:34: dependency 'alertmanager' \(1\.42\.\*\) cannot be resolved without a Chart\.lock: GET http:\/\/127\.0\.0\.1:\d+\/helm-charts\/nowhere\/index\.yaml \(Helm repository index\): HTTP 404; check the repository URL, or run 'helm dependency update' and commit Chart\.lock$/,
    );
  });

  it("reads a file:// folder's chart version (inside the repository only) and packages that folder", async () => {
    const root = await cacheDir();
    await mkdir(join(root, 'charts/lib/templates'), { recursive: true });
    await writeFile(join(root, 'charts/lib/Chart.yaml'), 'apiVersion: v2\nname: lib\nversion: 0.1.3\n');
    await writeFile(join(root, 'charts/lib/templates/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lib\n');
    const yaml = (repository: string): string => `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: lib\n    version: ^0.1.0\n    repository: ${repository}\n`;
    const options = { cacheDir: await cacheDir(), local: { chartDir: join(root, 'charts/app'), root } };
    const u = planDependencies({ display: 'charts/app', chartYaml: yaml('file://../lib'), files: [] }).unlocked!;
    const lock = resolveLock(u, await readResolveSources(u, new Repositories(options), options));
    expect(lock.dependencies).toEqual([{ name: 'lib', repository: 'file://../lib', version: '0.1.3' }]);
    const [got] = await fetchDependencies(lock.fetch, options);
    expect([got!.path, got!.source, got!.digest]).toEqual(['charts/lib-0.1.3.tgz', 'folder', packageChart(join(root, 'charts/lib')).digest]);

    const outside = planDependencies({ display: 'charts/app', chartYaml: yaml('file://../../../lib'), files: [] }).unlocked!;
    await expectRefusal(readResolveSources(outside, new Repositories(options), options), /^charts\/app\/Chart\.yaml:5: file:\/\/\.\.\/\.\.\/\.\.\/lib points outside the repository/);
  });
});

describe('fetchDependencies from a file:// folder (Helm tarFromLocalDir)', () => {
  it('packages the folder the lock names when it holds the locked version, and refuses a folder outside the repository', async () => {
    const root = await cacheDir();
    const write = async (path: string, text: string): Promise<void> => {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
    };
    await write('charts/lib/Chart.yaml', 'apiVersion: v2\nname: lib\nversion: 0.1.0\nappVersion: "1"\ntype: application\n');
    await write('charts/lib/templates/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lib\n');
    const yaml = 'apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "1"\ndependencies:\n  - name: lib\n    version: 0.1.0\n    repository: file://../lib\n';
    const lock = (repository: string): string =>
      `dependencies:\n- name: lib\n  repository: ${repository}\n  version: 0.1.0\ndigest: ${hashRequirements(readChartDependencies(yaml.replace('file://../lib', repository), 'Chart.yaml'), [{ name: 'lib', version: '0.1.0', repository }])}\n`;
    const planned = planDependencies({ display: 'charts/app', chartYaml: yaml, chartLock: lock('file://../lib'), files: [] }).fetch;
    const local = { chartDir: join(root, 'charts/app'), root };
    const [got] = await fetchDependencies(planned, { cacheDir: await cacheDir(), local });
    expect([got!.path, got!.source, got!.from, got!.digest]).toEqual(['charts/lib-0.1.0.tgz', 'folder', 'charts/lib', packageChart(join(root, 'charts/lib')).digest]);
    expect(await archivedChart(got!.bytes)).toEqual({ folder: 'lib', name: 'lib', version: '0.1.0' });

    const outside = planDependencies({ display: 'charts/app', chartYaml: yaml.replace('file://../lib', 'file://../../../lib'), chartLock: lock('file://../../../lib'), files: [] }).fetch;
    await expectRefusal(fetchDependencies(outside, { cacheDir: await cacheDir(), local }), /charts\/app\/Chart\.lock:2: file:\/\/\.\.\/\.\.\/\.\.\/lib points outside the repository/);
    await write('charts/lib/Chart.yaml', 'apiVersion: v2\nname: lib\nversion: 0.2.0\nappVersion: "1"\n');
    await expectRefusal(fetchDependencies(planned, { cacheDir: await cacheDir(), local }), /charts\/lib holds chart lib 0\.2\.0, not the locked lib 0\.1\.0/);
  });
});

describe('fetchDependencies from an OCI registry', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
  }, 30_000);
  afterAll(async () => registry?.stop());

  it('pulls the chart layer of <registry>/<name>:<version>, checks it, and then serves it from the cache', async () => {
    const pkg = packages.get('alertmanager')!;
    const credentials = { username: registry.username, password: registry.password };
    await pushHelmChart({ registry: `oci://${registry.host}/charts`, chartName: 'alertmanager', version: '1.42.0', tgzBytes: pkg.bytes, chartYamlMeta: { name: 'alertmanager', version: '1.42.0' } }, { credentials });
    const repository = `oci://${registry.host}/charts`;
    const yaml = `apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "1"\ndependencies:\n  - name: alertmanager\n    version: "1.42.*"\n    repository: ${repository}\n`;
    const locked = [{ name: 'alertmanager', version: '1.42.0', repository }];
    const lock = `dependencies:\n- name: alertmanager\n  repository: ${repository}\n  version: 1.42.0\ndigest: ${hashRequirements(readChartDependencies(yaml, 'Chart.yaml'), locked)}\n`;
    const dir = await cacheDir();
    await mkdir(join(dir, 'app'));
    await writeFile(join(dir, 'app', 'Chart.yaml'), yaml);
    const planned = planDependencies({ display: 'app', chartYaml: yaml, chartLock: lock, files: ['Chart.yaml'] }).fetch;

    const cache = await cacheDir();
    const got = await fetchDependencies(planned, { cacheDir: cache, credentials: (r) => (r === registry.host ? credentials : undefined) });
    expect(got.map((f) => [f.path, f.source, f.digest, f.from])).toEqual([['charts/alertmanager-1.42.0.tgz', 'oci', pkg.digest, `oci://${registry.host}/charts/alertmanager:1.42.0`]]);

    const before = registry.accessLog().length;
    const again = await fetchDependencies(planned, { cacheDir: cache });
    expect(again[0]!.source).toBe('cache');
    expect(registry.accessLog().length).toBe(before);

    await expect(fetchDependencies([{ ...planned[0]!, version: '1.42.1', path: 'charts/alertmanager-1.42.1.tgz' }], { cacheDir: cache, credentials: () => credentials })).rejects.toThrow(
      /app\/Chart\.lock:2: 127\.0\.0\.1:\d+\/charts\/alertmanager:1\.42\.1 does not exist/,
    );
  }, 30_000);

  it('without a Chart.lock, pulls an exact version as written (no tag list), and refuses a range at its line before any request', async () => {
    const pkg = packages.get('kube-state-metrics')!;
    const credentials = { username: registry.username, password: registry.password };
    await pushHelmChart({ registry: `oci://${registry.host}/charts`, chartName: 'kube-state-metrics', version: '8.4.0', tgzBytes: pkg.bytes, chartYamlMeta: { name: 'kube-state-metrics', version: '8.4.0' } }, { credentials });
    const repository = `oci://${registry.host}/charts`;
    const yaml = (version: string): string => `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: kube-state-metrics\n    version: "${version}"\n    repository: ${repository}\n`;
    const u = planDependencies({ display: 'app', chartYaml: yaml('8.4.0'), files: [] }).unlocked!;
    const options = { cacheDir: await cacheDir(), credentials: (r: string) => (r === registry.host ? credentials : undefined) };
    const lock = resolveLock(u, await readResolveSources(u, new Repositories(options), options));
    const got = await fetchDependencies(lock.fetch, options);
    expect(got.map((f) => [f.path, f.source, f.digest])).toEqual([['charts/kube-state-metrics-8.4.0.tgz', 'oci', pkg.digest]]);

    const before = registry.accessLog().length;
    expect(() => planDependencies({ display: 'app', chartYaml: yaml('8.4.*'), files: [] })).toThrow(/^app\/Chart\.yaml:5: dependency 'kube-state-metrics' \(8\.4\.\*\) is a version range in the OCI registry/);
    expect(registry.accessLog().length).toBe(before);
  }, 30_000);
});
