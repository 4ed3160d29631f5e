/**
 * Charts versioned on their own, released as chart-releaser releases them: by the tag
 * `<name>-<version>`, decided on a real git repository of several charts (the tree ids read in
 * one `git cat-file`): released, to release, and refused (same name twice; a tag that holds
 * other content because the chart changed without a version bump).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planChartReleases, treeRequests, type ChartAtHead } from '../../../actions/lib/helm/chart-releases.js';
import { Git } from '../../../actions/lib/git/git.js';
import { objectIds } from '../../../actions/lib/git/object-ids.js';
import { commit, git, initRepo } from '../../support/git.js';

let root: string;
let dir: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chart-releases-'));
  dir = initRepo(join(root, 'charts-repo'));
  commit(dir, 'feat: three charts', {
    'charts/alpha/Chart.yaml': 'apiVersion: v2\nname: alpha\nversion: 1.0.0\n',
    'charts/beta/Chart.yaml': 'apiVersion: v2\nname: beta\nversion: 0.3.0\n',
    'charts/gamma/Chart.yaml': 'apiVersion: v2\nname: gamma\nversion: v2.0.0\n',
  });
  for (const t of ['alpha-1.0.0', 'beta-0.3.0', 'gamma-v2.0.0']) git(dir, ['tag', t]);
  commit(dir, 'feat(beta): a new value, version bumped', { 'charts/beta/Chart.yaml': 'apiVersion: v2\nname: beta\nversion: 0.4.0\n', 'charts/beta/values.yaml': 'replicas: 2\n' });
  commit(dir, 'fix(gamma): a template changed, version not bumped', { 'charts/gamma/templates/cm.yaml': 'kind: ConfigMap\n' });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CHARTS: ChartAtHead[] = [
  { folder: 'charts/alpha', name: 'alpha', version: '1.0.0' },
  { folder: 'charts/beta', name: 'beta', version: '0.4.0' },
  { folder: 'charts/gamma', name: 'gamma', version: 'v2.0.0' },
];

async function decide(charts: ChartAtHead[]) {
  const g = new Git(dir);
  const tags = await g.tags();
  return planChartReleases(charts, tags, await objectIds(g, treeRequests(charts, tags)));
}

describe('planChartReleases on a git repository of several charts', () => {
  it('releases the chart whose version has no tag, keeps the released one, refuses a change without a bump', async () => {
    const decisions = await decide(CHARTS);
    expect(decisions.map((d) => [d.tag, d.action])).toEqual([
      ['alpha-1.0.0', 'released'],
      ['beta-0.4.0', 'release'],
      ['gamma-v2.0.0', 'refused'],
    ]);
    expect(decisions[1]!.why).toBe('version 0.4.0 has no tag yet (last release beta-0.3.0)');
    expect(decisions[2]!.why).toMatch(/^tag gamma-v2\.0\.0 exists with other content in charts\/gamma: the chart changed without a version bump; raise version in charts\/gamma\/Chart\.yaml$/);
  });

  it('releases a new chart for the first time, and does not take another chart\'s tags for its own', async () => {
    const [d] = await decide([{ folder: 'charts/alpha-extra', name: 'alpha-extra', version: '0.1.0' }]);
    expect(d).toMatchObject({ action: 'release', why: 'its first release' });
  });

  it('refuses two charts with the same name, naming both folders', async () => {
    const decisions = await decide([...CHARTS, { folder: 'charts/alpha-copy', name: 'alpha', version: '1.1.0' }]);
    expect(decisions.filter((d) => d.action === 'refused' && d.chart.name === 'alpha').map((d) => d.why)).toEqual([
      'charts/alpha and charts/alpha-copy are both named alpha: a Helm repository holds one chart of a name; rename one in its Chart.yaml',
      'charts/alpha and charts/alpha-copy are both named alpha: a Helm repository holds one chart of a name; rename one in its Chart.yaml',
    ]);
  });

  it('reads every tree id in one git process, and names a missing path as undefined', async () => {
    const ids = await objectIds(new Git(dir), ['HEAD:charts/alpha', 'refs/tags/beta-0.3.0:charts/beta', 'HEAD:charts/none', 'refs/tags/nope:charts/alpha']);
    expect([...ids.values()].map((v) => (v ? 'id' : 'none'))).toEqual(['id', 'id', 'none', 'none']);
    expect(ids.get('HEAD:charts/alpha')).toBe(git(dir, ['rev-parse', 'HEAD:charts/alpha']));
  });
});

describe('the prometheus-community charts (test/corpus), each released on its own', () => {
  const CORPUS = join(process.cwd(), 'test', 'corpus', 'prometheus-community-charts');
  let repo: string;
  let charts: ChartAtHead[];
  beforeAll(async () => {
    const { cpSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    repo = initRepo(join(root, 'prometheus-community'));
    cpSync(join(CORPUS, 'charts'), join(repo, 'charts'), { recursive: true });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'charts at cf408a2']);
    charts = readdirSync(join(repo, 'charts'))
      .sort()
      .map((f) => {
        const md = parse(readFileSync(join(repo, 'charts', f, 'Chart.yaml'), 'utf8')) as { name: string; version: string };
        return { folder: `charts/${f}`, name: md.name, version: String(md.version) };
      });
    for (const c of charts) git(repo, ['tag', `${c.name}-${c.version}`]);
    // two charts change with their version bumped, as their pull requests would
    for (const name of ['prometheus-node-exporter', 'kube-state-metrics']) {
      const file = join(repo, 'charts', name, 'Chart.yaml');
      const c = charts.find((x) => x.folder === `charts/${name}`)!;
      const [major, minor, patch] = c.version.split('.').map(Number) as [number, number, number];
      c.version = `${major}.${minor}.${patch + 1}`;
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: ${c.version}`));
    }
    git(repo, ['commit', '-q', '-am', 'two charts bumped']);
  });

  it('releases the two changed charts only, and leaves the other charts as released', async () => {
    const g = new Git(repo);
    const tags = await g.tags();
    const decisions = planChartReleases(charts, tags, await objectIds(g, treeRequests(charts, tags)));
    expect(decisions.length).toBeGreaterThanOrEqual(40);
    expect(decisions.filter((d) => d.action === 'release').map((d) => d.chart.folder)).toEqual(['charts/kube-state-metrics', 'charts/prometheus-node-exporter']);
    expect(decisions.filter((d) => d.action === 'refused')).toEqual([]);
  });
});
