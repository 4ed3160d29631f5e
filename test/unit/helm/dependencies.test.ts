/**
 * Planning dependencies from Chart.lock, against the prometheus chart as the prometheus-community
 * repository publishes it: its Chart.lock digest is Helm's own, so our hash must give it.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { hashRequirements, planDependencies, readChartDependencies, readChartLock } from '../../../actions/lib/helm/dependencies.js';
import { FileError } from '../../../actions/lib/runner/errors.js';

const CORPUS = fileURLToPath(new URL('../../corpus/dependencies', import.meta.url));
const chartYaml = readFileSync(join(CORPUS, 'prometheus/Chart.yaml'), 'utf8');
const chartLock = readFileSync(join(CORPUS, 'prometheus/Chart.lock'), 'utf8');
const REPO = 'https://prometheus-community.github.io/helm-charts';

function refusal(fn: () => unknown): FileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    return e as FileError;
  }
  throw new Error('expected a refusal');
}

/** A Chart.yaml with these dependency lines, and a lock that Helm would write for it. */
function chartWith(deps: string, locked: { name: string; version: string; repository: string }[]): { chartYaml: string; chartLock: string } {
  const yaml = `apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "1"\ndependencies:\n${deps}`;
  const digest = hashRequirements(readChartDependencies(yaml, 'Chart.yaml'), locked.map((l) => ({ ...l })));
  const lock = `dependencies:\n${locked.map((l) => `- name: ${l.name}\n  repository: ${l.repository}\n  version: ${l.version}\n`).join('')}digest: ${digest}\ngenerated: "2026-01-01T00:00:00Z"\n`;
  return { chartYaml: yaml, chartLock: lock };
}

describe('hashRequirements (Helm resolver.HashReq)', () => {
  it("gives the digest helm dependency update wrote into prometheus's Chart.lock", () => {
    const lock = readChartLock(chartLock, 'Chart.lock');
    expect(hashRequirements(readChartDependencies(chartYaml, 'Chart.yaml'), lock.dependencies)).toBe('sha256:5d788dab0bb3fe083870a3ca91fe0a930bbcedda7cd202844f6afdab0a3e6d0b');
    expect(lock.digest).toBe('sha256:5d788dab0bb3fe083870a3ca91fe0a930bbcedda7cd202844f6afdab0a3e6d0b');
  });

  it("gives the digest of llm-d-infra's Chart.lock (a dependency with tags)", () => {
    const yaml = readFileSync(join(CORPUS, 'llm-d-infra/Chart.yaml'), 'utf8');
    const lock = readChartLock(readFileSync(join(CORPUS, 'llm-d-infra/Chart.lock'), 'utf8'), 'Chart.lock');
    expect(readChartDependencies(yaml, 'Chart.yaml')).toEqual([{ name: 'common', version: '2.27.0', repository: 'https://charts.bitnami.com/bitnami', tags: ['bitnami-common'], line: 17 }]);
    expect(hashRequirements(readChartDependencies(yaml, 'Chart.yaml'), lock.dependencies)).toBe(lock.digest);
    expect(lock.digest).toBe('sha256:19b8483e731784bfe20a4d8d60dea334748d9a44d6661eeecffc3e8c15ff98c7');
  });

  it('escapes <, > and & as Go does (a range constraint changes the bytes hashed)', () => {
    const dep = [{ name: 'a', version: '>=1.0.0 <2.0.0', repository: 'https://x' }];
    const go = '[[{"name":"a","version":"\\u003e=1.0.0 \\u003c2.0.0","repository":"https://x"}],[]]';
    expect(hashRequirements(dep, [])).toBe(`sha256:${createHash('sha256').update(go).digest('hex')}`);
  });
});

describe('planDependencies', () => {
  it('plans the four locked archives of the real prometheus chart, at the locked versions', () => {
    const plan = planDependencies({ display: 'charts/prometheus', chartYaml, chartLock, files: ['Chart.yaml', 'Chart.lock', 'values.yaml'] });
    expect(plan.fetch.map((f) => [f.path, f.repository, f.kind, f.where])).toEqual([
      ['charts/alertmanager-1.42.0.tgz', REPO, 'http', 'charts/prometheus/Chart.lock:2'],
      ['charts/kube-state-metrics-8.4.0.tgz', REPO, 'http', 'charts/prometheus/Chart.lock:5'],
      ['charts/prometheus-node-exporter-4.56.1.tgz', REPO, 'http', 'charts/prometheus/Chart.lock:8'],
      ['charts/prometheus-pushgateway-3.8.0.tgz', REPO, 'http', 'charts/prometheus/Chart.lock:11'],
    ]);
    expect(plan.lockDigest).toBe('sha256:5d788dab0bb3fe083870a3ca91fe0a930bbcedda7cd202844f6afdab0a3e6d0b');
  });

  it('fetches nothing for what charts/ holds already (an archive in range, or a folder)', () => {
    const files = ['charts/alertmanager-1.42.3.tgz', 'charts/kube-state-metrics/Chart.yaml', 'charts/prometheus-node-exporter-4.56.1.tgz'];
    const plan = planDependencies({ display: 'p', chartYaml, chartLock, files });
    expect(plan.vendored).toEqual(['alertmanager', 'kube-state-metrics', 'prometheus-node-exporter']);
    expect(plan.fetch.map((f) => f.name)).toEqual(['prometheus-pushgateway']);
    expect(planDependencies({ display: 'p', chartYaml, files: [...files, 'charts/prometheus-pushgateway-3.8.0.tgz'] }).fetch).toEqual([]);
  });

  it('refuses a stale vendored archive that the constraint rejects, rather than packaging two of one chart', () => {
    const e = refusal(() => planDependencies({ display: 'charts/prometheus', chartYaml, chartLock, files: ['charts/kube-state-metrics-8.3.0.tgz'] }));
    expect([e.file, e.line]).toEqual(['charts/prometheus/Chart.yaml', 38]);
    expect(e.message).toMatch(/'kube-state-metrics' \(8\.4\.\*\) is vendored as charts\/kube-state-metrics-8\.3\.0\.tgz, which does not satisfy it; .* remove the stale archive/);
  });

  it('refuses a lock out of sync with Chart.yaml, at the digest line, with the fix', () => {
    const changed = chartYaml.replace('version: "1.42.*"', 'version: "1.43.*"');
    const e = refusal(() => planDependencies({ display: 'charts/prometheus', chartYaml: changed, chartLock, files: [] }));
    expect(e.file).toBe('charts/prometheus/Chart.lock');
    expect(e.line).toBe(14);
    expect(e.message).toMatch(/out of sync with Chart\.yaml; run 'helm dependency update' and commit Chart\.lock/);
  });

  it('without a Chart.lock, hands the dependencies over to resolution (as helm dependency build falls back to update)', () => {
    const plan = planDependencies({ display: 'charts/prometheus', chartYaml, files: [] });
    expect(plan.fetch).toEqual([]);
    expect(plan.unlocked?.missing.map((d) => `${d.name} ${d.version} :${d.line}`)).toEqual(['alertmanager 1.42.* :34', 'kube-state-metrics 8.4.* :38', 'prometheus-node-exporter 4.56.* :42', 'prometheus-pushgateway 3.8.* :46']);
    expect(plan.unlocked?.repositories).toEqual([REPO]);
  });

  it('refuses a dependency that the lock does not list, at its Chart.yaml line', () => {
    const c = chartWith('  - name: a\n    version: "1.*"\n    repository: https://r.example\n  - name: b\n    version: "2.*"\n    repository: https://r.example\n', [{ name: 'a', version: '1.0.0', repository: 'https://r.example' }]);
    const e2 = refusal(() => planDependencies({ display: 'app', ...c, files: [] }));
    expect([e2.file, e2.line]).toEqual(['app/Chart.yaml', 9]);
    expect(e2.message).toMatch(/'b' has no entry in Chart\.lock/);
  });

  it('takes the URL of a repository alias (@name) from the lock, as Helm hashes it', () => {
    const c = chartWith('  - name: a\n    version: "1.*"\n    repository: https://r.example/charts\n', [{ name: 'a', version: '1.2.0', repository: 'https://r.example/charts' }]);
    const aliased = c.chartYaml.replace('repository: https://r.example/charts', 'repository: "@myrepo"');
    const plan = planDependencies({ display: 'app', chartYaml: aliased, chartLock: c.chartLock, files: [] });
    expect(plan.fetch.map((f) => `${f.repository} ${f.version}`)).toEqual(['https://r.example/charts 1.2.0']);
  });

  it('plans oci:// and file:// entries, and refuses a dependency without a repository that is not under charts/', () => {
    const c = chartWith('  - name: a\n    version: 1.2.0\n    repository: oci://ghcr.io/org/charts\n', [{ name: 'a', version: '1.2.0', repository: 'oci://ghcr.io/org/charts' }]);
    expect(planDependencies({ display: 'app', ...c, files: [] }).fetch.map((f) => f.kind)).toEqual(['oci']);
    const local = chartWith('  - name: lib\n    version: 0.1.0\n    repository: file://../lib\n', [{ name: 'lib', version: '0.1.0', repository: 'file://../lib' }]);
    expect(planDependencies({ display: 'app', ...local, files: [] }).fetch.map((f) => `${f.kind} ${f.path}`)).toEqual(['file charts/lib-0.1.0.tgz']);
    const none = chartWith('  - name: lib\n    version: 0.1.0\n', []);
    const e = refusal(() => planDependencies({ display: 'app', ...none, files: [] }));
    expect([e.file, e.line]).toEqual(['app/Chart.yaml', 6]);
    expect(e.message).toMatch(/has no repository and is not under charts\/: .* must be vendored there/);
  });

  it('refuses a lock whose digest or versions are not what Helm writes', () => {
    const e = refusal(() => planDependencies({ display: 'p', chartYaml, chartLock: chartLock.replace(/^digest: .*$/m, 'digest: md5:abc'), files: [] }));
    expect([e.file, e.line]).toEqual(['p/Chart.lock', 14]);
    const e2 = refusal(() => planDependencies({ display: 'p', chartYaml, chartLock: chartLock.replace('version: 8.4.0', 'version: 8.4.*'), files: [] }));
    expect([e2.file, e2.line]).toEqual(['p/Chart.lock', 5]);
    expect(e2.message).toMatch(/not an exact SemVer version/);
  });
});
