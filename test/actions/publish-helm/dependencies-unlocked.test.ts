/**
 * publish-helm with kube-prometheus-stack as prometheus-community commits it: four dependencies
 * from two Helm repositories, no Chart.lock (the chart's .gitignore drops it), one of them the
 * range `0.12.*`, plus the vendored `crds` subchart. As `helm dependency build` does without a
 * lock, each repository's index.yaml (both served on 127.0.0.1) is read once, each constraint
 * resolved (the highest 0.12.x, not 0.13.0), the archives fetched and packaged with the
 * Chart.lock Helm would leave; a re-run gives the same digest; a range nothing satisfies is
 * refused at its line before anything is fetched or pushed; a committed lock still decides.
 *
 * kube-state-metrics, prometheus-node-exporter and prometheus-windows-exporter are the corpus's
 * own charts (windows-exporter packaged at 0.12.8, 0.12.9, 0.12.10 and 0.13.0); grafana is not
 * in the corpus, so its repository serves a minimal chart named grafana.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readArchive } from '../../../actions/lib/helm/archive-members.js';
import { hashRequirements, readChartDependencies } from '../../../actions/lib/helm/dependencies.js';
import { mergeIndex } from '../../../actions/lib/helm/index-merge.js';
import { packageChart } from '../../../actions/lib/helm/package.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { git } from '../../support/git.js';
import { projectRoot, runAction, type ActionRun } from '../../support/harness.js';
import { buildRepo, cloneWorkspaceAsync, type SampleRepo } from '../../support/repos.js';
import { tempDir } from '../../support/tmp.js';
import { expectRefusal, expectSuccess, FAST, gitOut, LONG, tip } from './helpers.js';

const REPO = 'prometheus-community/helm-charts';
const CORPUS = join(projectRoot, 'test', 'corpus', 'prometheus-community-charts', 'charts');
const CHART = 'charts/kube-prometheus-stack';
const PROM_URL = 'https://prometheus-community.github.io/helm-charts';
const GRAFANA_URL = 'https://grafana-community.github.io/helm-charts';
const WINDOWS = ['0.12.8', '0.12.9', '0.12.10', '0.13.0'];

let server: Server;
let base = '';
const served = new Map<string, Buffer>();
const requests: string[] = [];
let gh: GitHubEmulator;
let repo: SampleRepo;
let tmp: Awaited<ReturnType<typeof tempDir>>;
let workspace: string;
let bare: string;

/** A corpus chart at another version (a copy with Chart.yaml's version changed), packaged. */
function packageAt(name: string, version: string | undefined): ReturnType<typeof packageChart> {
  if (!version) return packageChart(join(CORPUS, name));
  const dir = join(tmp.path, 'versions', `${name}-${version}`);
  cpSync(join(CORPUS, name), dir, { recursive: true });
  const file = join(dir, 'Chart.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: ${version}`));
  return packageChart(dir);
}

/** grafana is not in the corpus: the smallest chart of that name. */
function grafana(version: string): ReturnType<typeof packageChart> {
  const dir = join(tmp.path, 'versions', `grafana-${version}`);
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), `apiVersion: v2\nname: grafana\nversion: ${version}\nappVersion: "12.1.0"\ndescription: a stand-in for grafana's chart\n`);
  writeFileSync(join(dir, 'values.yaml'), 'enabled: true\n');
  writeFileSync(join(dir, 'templates/configmap.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-grafana\n');
  return packageChart(dir);
}

/** One Helm repository under `/<path>/`: its packages and the index listing them. */
function serveRepository(path: string, packages: ReturnType<typeof packageChart>[]): void {
  let index: string | undefined;
  for (const pkg of packages) {
    served.set(`/${path}/${pkg.filename}`, pkg.bytes);
    index = mergeIndex(index, { metadata: pkg.chart.metadata, urls: [pkg.filename], digest: pkg.digest }).text;
  }
  served.set(`/${path}/index.yaml`, Buffer.from(index!));
}

beforeAll(async () => {
  tmp = await tempDir('publish-helm-unlocked-');
  serveRepository('prometheus-community', [packageAt('kube-state-metrics', undefined), packageAt('prometheus-node-exporter', undefined), ...WINDOWS.map((v) => packageAt('prometheus-windows-exporter', v))]);
  serveRepository('grafana-community', [grafana('12.11.0'), grafana('12.11.1')]);
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = served.get(req.url ?? '');
    res.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  gh = await startGitHubEmulator({ token: 'test-token' });
  repo = buildRepo({ history: [{ message: 'docs: readme', files: { 'README.md': '# charts\n' } }] });
  const dir = join(repo.dir, CHART);
  cpSync(join(CORPUS, 'kube-prometheus-stack'), dir, { recursive: true });
  // the two public repositories, served here on 127.0.0.1 (nothing else changed)
  const chartYaml = readFileSync(join(dir, 'Chart.yaml'), 'utf8');
  writeFileSync(join(dir, 'Chart.yaml'), chartYaml.replaceAll(PROM_URL, `${base}/prometheus-community`).replaceAll(GRAFANA_URL, `${base}/grafana-community`));
  git(repo.dir, ['add', '-A']);
  git(repo.dir, ['commit', '-q', '-m', 'feat: kube-prometheus-stack at cf408a2']);
  await gh.createRepo(REPO, { fromDir: repo.dir });
  bare = gh.repoPath(REPO);
  workspace = await cloneWorkspaceAsync(`${gh.serverUrl}/${REPO}.git`, join(tmp.path, 'workspace'), { env: gh.gitAuthEnv() });
}, LONG);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  try {
    gh?.assertNoViolations();
  } finally {
    await gh?.stop();
    await repo?.cleanup();
    await tmp?.cleanup();
  }
});

async function publish(runnerTemp: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    action: 'publish-helm',
    workspace,
    repository: REPO,
    ref: 'refs/tags/kube-prometheus-stack-88.5.3',
    sha: git(workspace, ['rev-parse', 'HEAD']),
    token: 'test-token',
    serverUrl: gh.serverUrl,
    apiUrl: gh.apiUrl,
    inputs: { 'repo-url': PROM_URL, chart: CHART, ...inputs },
    env: { ...FAST, RUNNER_TEMP: runnerTemp },
  });
}

const subchartVersions = async (path: string): Promise<string[]> => {
  const members = await readArchive(readFileSync(path), { keep: (p) => /^kube-prometheus-stack\/charts\/[^/]+\/Chart\.yaml$/.test(p) });
  return [...members].map(([p, data]) => `${p.split('/')[2]} ${/^version: (.*)$/m.exec(data.toString('utf8'))![1]}`);
};

async function packagedLock(path: string): Promise<string> {
  const members = await readArchive(readFileSync(path), { keep: (p) => p === 'kube-prometheus-stack/Chart.lock' });
  return members.get('kube-prometheus-stack/Chart.lock')?.toString('utf8') ?? '(none)';
}

describe('publish-helm with dependencies and no Chart.lock (kube-prometheus-stack)', () => {
  let first: ActionRun;
  let runnerTemp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    runnerTemp = await tempDir('publish-helm-unlocked-rt-');
  });
  afterAll(async () => {
    await runnerTemp?.cleanup();
  });

  it('resolves each constraint as helm dependency build does, packages the archives and the lock Helm leaves, and says what each resolved to', async () => {
    requests.length = 0;
    first = await publish(runnerTemp.path);
    expectSuccess(first);
    expect(first.outputs.status).toBe('published');
    // each index once, then exactly the resolved archives: 0.12.10, the highest 0.12.x (0.13.0 is newer)
    // the two indexes are read side by side, so in either order
    expect(requests.slice(0, 2).sort()).toEqual(['/grafana-community/index.yaml', '/prometheus-community/index.yaml']);
    expect(requests.slice(2)).toEqual([
      '/prometheus-community/kube-state-metrics-8.4.0.tgz',
      '/prometheus-community/prometheus-node-exporter-4.56.1.tgz',
      '/grafana-community/grafana-12.11.1.tgz',
      '/prometheus-community/prometheus-windows-exporter-0.12.10.tgz',
    ]);
    const path = first.outputs['package-path']!;
    expect(await subchartVersions(path)).toEqual(['crds 0.0.0', 'grafana 12.11.1', 'kube-state-metrics 8.4.0', 'prometheus-node-exporter 4.56.1', 'prometheus-windows-exporter 0.12.10']);

    const chartYaml = readFileSync(join(workspace, CHART, 'Chart.yaml'), 'utf8');
    const locked = [
      { name: 'crds', repository: '', version: '0.0.0' },
      { name: 'kube-state-metrics', repository: `${base}/prometheus-community`, version: '8.4.0' },
      { name: 'prometheus-node-exporter', repository: `${base}/prometheus-community`, version: '4.56.1' },
      { name: 'grafana', repository: `${base}/grafana-community`, version: '12.11.1' },
      { name: 'prometheus-windows-exporter', repository: `${base}/prometheus-community`, version: '0.12.10' },
    ];
    const digest = hashRequirements(readChartDependencies(chartYaml, 'Chart.yaml'), locked);
    expect(await packagedLock(path)).toBe(
      `dependencies:\n${locked.map((l) => `- name: ${l.name}\n  repository: ${l.repository || '""'}\n  version: ${l.version}\n`).join('')}digest: ${digest}\ngenerated: "1970-01-01T00:00:00Z"\n`,
    );

    expect(first.summary).toContain(`| dependency | resolved | \`prometheus-windows-exporter\` resolved to 0.12.10 from ${base}/prometheus-community (${CHART}/Chart.yaml:66 asks for \`0.12.*\`; no Chart.lock) |`);
    expect(first.stdout).toContain(`dependency prometheus-windows-exporter resolved to 0.12.10 from ${base}/prometheus-community (${CHART}/Chart.yaml:66 asks for 0.12.*; no Chart.lock)`);
    expect(first.summary).toContain('`charts/grafana-12.11.1.tgz` from');
    expect(await gitOut(workspace, ['status', '--porcelain', '--ignored'])).toBe('');
  }, LONG);

  it('a re-run, without the cache, gives the same bytes: unchanged', async () => {
    const fresh = await tempDir('publish-helm-unlocked-rt-');
    try {
      const tipBefore = await tip(bare, 'gh-pages');
      const again = await publish(fresh.path);
      expectSuccess(again);
      expect(again.outputs.status).toBe('unchanged');
      expect(again.outputs.digest).toBe(first.outputs.digest);
      expect(await tip(bare, 'gh-pages')).toBe(tipBefore);
    } finally {
      await fresh.cleanup();
    }
  }, LONG);

  it('refuses a range nothing satisfies at its Chart.yaml line, naming the versions there are, before fetching or writing anything', async () => {
    const file = join(workspace, CHART, 'Chart.yaml');
    const committed = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, committed.replace('version: "0.12.*"', 'version: "0.14.*"').replace(/^version: 88\.5\.3$/m, 'version: 88.5.4'));
      const tipBefore = await tip(bare, 'gh-pages');
      const receives = gh.requests.filter((r) => r.path.endsWith('/git-receive-pack')).length;
      requests.length = 0;
      const run = await publish(runnerTemp.path);
      expectRefusal(run, `'prometheus-windows-exporter' (0.14.*) at line 66: no version in ${base}/prometheus-community/index.yaml satisfies it (it lists 0.13.0, 0.12.10, 0.12.9, 0.12.8)`);
      expect(run.errors[0]).toMatchObject({ file: `${CHART}/Chart.yaml`, line: 66 });
      expect(run.errors[0]!.message).toContain("Change the version constraint in Chart.yaml, publish a matching version to the repository, or run 'helm dependency update' and commit Chart.lock");
      expect(requests.filter((r) => r.endsWith('.tgz'))).toEqual([]);
      expect(await tip(bare, 'gh-pages')).toBe(tipBefore);
      expect(gh.requests.filter((r) => r.path.endsWith('/git-receive-pack')).length).toBe(receives);
    } finally {
      writeFileSync(file, committed);
    }
  }, LONG);

  it('with a Chart.lock the lock decides, as before: 0.12.9 is packaged though 0.12.10 is newer', async () => {
    const dir = join(workspace, CHART);
    const chartYaml = readFileSync(join(dir, 'Chart.yaml'), 'utf8');
    const locked = readChartDependencies(chartYaml, 'Chart.yaml').map((d) => ({ name: d.name, repository: d.repository, version: d.name === 'prometheus-windows-exporter' ? '0.12.9' : d.version! }));
    const lock = `dependencies:\n${locked.map((l) => `- name: ${l.name}\n  repository: "${l.repository}"\n  version: ${l.version}\n`).join('')}digest: ${hashRequirements(readChartDependencies(chartYaml, 'Chart.yaml'), locked)}\ngenerated: "2026-08-22T10:00:00.123456789Z"\n`;
    writeFileSync(join(dir, 'Chart.yaml'), chartYaml.replace(/^version: 88\.5\.3$/m, 'version: 88.5.5'));
    writeFileSync(join(dir, 'Chart.lock'), lock);
    try {
      const run = await publish(runnerTemp.path, { 'dry-run': 'true' });
      expectSuccess(run);
      expect(await subchartVersions(run.outputs['package-path']!)).toContain('prometheus-windows-exporter 0.12.9');
      expect(await packagedLock(run.outputs['package-path']!)).toContain('generated: "2026-08-22T10:00:00.123456789Z"');
      expect(run.summary).not.toContain('resolved to');
    } finally {
      writeFileSync(join(dir, 'Chart.yaml'), chartYaml);
      rmSync(join(dir, 'Chart.lock'));
    }
  }, LONG);
});
