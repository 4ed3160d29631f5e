/**
 * Benchmark entry: resolve kube-prometheus-stack's dependencies without a Chart.lock against a
 * big repository index (read as Helm's loadIndex reads it), the whole process timed from outside.
 *
 * Node 20 cannot run TypeScript, so bundle it first:
 *   node node_modules/@vercel/ncc/dist/ncc/cli.js build bench/helm/resolve-entry.ts -o /tmp/resolve-bench -t -q
 *   hyperfine -N 'node /tmp/resolve-bench/index.js <index.yaml> test/corpus/prometheus-community-charts/charts/kube-prometheus-stack/Chart.yaml'
 *
 * Every http(s) repository of the chart is answered by the one index given (grafana's chart is
 * not in prometheus-community's index: the entry is added when missing). Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { planDependencies } from '../../actions/lib/helm/dependencies.js';
import { resolveLock } from '../../actions/lib/helm/dependencies-resolve.js';
import { loadRepositoryIndex } from '../../actions/lib/helm/index-load.js';

const [indexPath, chartYamlPath] = process.argv.slice(2);
if (!indexPath || !chartYamlPath) throw new Error('usage: <index.yaml> <Chart.yaml>');
const t0 = performance.now();
const index = loadRepositoryIndex(readFileSync(indexPath), indexPath);
const t1 = performance.now();
const plan = planDependencies({ display: 'chart', chartYaml: readFileSync(chartYamlPath, 'utf8'), files: ['charts/crds/Chart.yaml'] });
const u = plan.unlocked;
if (!u) throw new Error('the chart has nothing to resolve');
for (const d of u.missing) {
  if (!index.charts.some((c) => c.name === d.name)) index.charts.push({ name: d.name, line: 0, versions: [{ version: (d.version ?? '1.0.0').replace(/\*/g, '0'), urls: ['x.tgz'], deprecated: false, line: 0 }] });
}
const lock = resolveLock(u, { index: () => index, folderVersion: () => '0.0.0' });
const t2 = performance.now();
process.stdout.write(`${JSON.stringify({ entries: index.charts.reduce((n, c) => n + c.versions.length, 0), loadMs: +(t1 - t0).toFixed(1), resolveMs: +(t2 - t1).toFixed(1), resolved: lock.resolutions.map((r) => `${r.name}@${r.version}`) })}\n`);
