/**
 * Resolving dependencies without a Chart.lock, as `helm dependency build` falls back to
 * `helm dependency update`: Helm's own resolver cases (internal/resolver TestResolve, its index
 * rewritten here: alpine 0.2.0 and 0.1.0, mariadb 0.3.0), then real charts — prometheus, whose
 * committed lock (written by `helm dependency update`) must come out entry for entry and digest
 * for digest, and kube-prometheus-stack with its `0.12.*` range and its vendored `crds`.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashRequirements, planDependencies, readChartDependencies, readChartLock, type DependencyPlan } from '../../../actions/lib/helm/dependencies.js';
import { generatedLockValue, resolveLock, type ResolveSources, type UnlockedDependencies } from '../../../actions/lib/helm/dependencies-resolve.js';
import { loadRepositoryIndex } from '../../../actions/lib/helm/index-load.js';
import { constraintMatcher, type IndexVersions } from '../../../actions/lib/helm/resolve.js';
import { FileError } from '../../../actions/lib/runner/errors.js';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const PROM = 'https://prometheus-community.github.io/helm-charts';
const GRAFANA = 'https://grafana-community.github.io/helm-charts';

function refusal(fn: () => unknown): FileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    return e as FileError;
  }
  throw new Error('expected a refusal');
}

/** An index.yaml as a repository serves it: each chart's versions in the order given (not sorted). */
function indexText(charts: Record<string, Array<string | { version: string; urls?: string[] }>>): string {
  const lines = ['apiVersion: v1', 'entries:'];
  for (const [name, versions] of Object.entries(charts)) {
    lines.push(`  ${name}:`);
    for (const v of versions) {
      const { version, urls = [`https://charts.example/${name}-${typeof v === 'string' ? v : v.version}.tgz`] } = typeof v === 'string' ? { version: v } : v;
      lines.push(`  - name: ${name}`, `    version: ${version}`, '    apiVersion: v2', `    created: "2026-01-01T00:00:00Z"`);
      lines.push(urls.length ? `    urls:\n${urls.map((u) => `    - ${u}`).join('\n')}` : '    urls: []');
    }
  }
  lines.push('generated: "2026-01-01T00:00:00Z"', '');
  return lines.join('\n');
}

const index = (charts: Parameters<typeof indexText>[0]): IndexVersions => loadRepositoryIndex(indexText(charts), 'index.yaml');

function sources(indexes: Record<string, IndexVersions>, folders: Record<string, string> = {}): ResolveSources & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    index: (r) => {
      asked.push(r);
      const i = indexes[r];
      if (!i) throw new Error(`no index for ${r}`);
      return i;
    },
    folderVersion: (r) => {
      const v = folders[r];
      if (!v) throw new Error(`no folder ${r}`);
      return v;
    },
  };
}

function plan(deps: string, files: string[] = []): UnlockedDependencies {
  const chartYaml = `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n${deps}`;
  const p: DependencyPlan = planDependencies({ display: 'charts/app', chartYaml, files });
  expect(p.fetch).toEqual([]);
  return p.unlocked!;
}

const dep = (name: string, version: string, repository: string): string => `  - name: ${name}\n    version: "${version}"\n${repository ? `    repository: ${repository}\n` : ''}`;

describe("Helm's TestResolve", () => {
  const kubernetesCharts = index({ alpine: ['0.2.0', '0.1.0'], mariadb: ['0.3.0'] });
  const repo = 'http://example.com';
  const src = sources({ [repo]: kubernetesCharts }, { 'file://base': '0.1.0' });
  const lockOf = (d: string, files: string[] = []): string[] => resolveLock(plan(d, files), src).dependencies.map((l) => `${l.name} ${l.repository} ${l.version ?? ''}`);

  it('valid lock: >=0.1.0 takes the newest, 0.2.0', () => {
    expect(lockOf(dep('alpine', '>=0.1.0', repo))).toEqual([`alpine ${repo} 0.2.0`]);
  });

  it('constraint not satisfied: >=1.0.0 is refused, naming the versions there are', () => {
    const e = refusal(() => lockOf(dep('alpine', '>=1.0.0', repo)));
    expect([e.file, e.line]).toEqual(['charts/app/Chart.yaml', 5]);
    expect(e.message).toContain(`'alpine' (>=1.0.0) at line 5: no version in ${repo}/index.yaml satisfies it (it lists 0.2.0, 0.1.0)`);
    expect(e.message).toContain("Change the version constraint in Chart.yaml, publish a matching version to the repository, or run 'helm dependency update' and commit Chart.lock");
  });

  it('chart not found: redis is not in the repository', () => {
    expect(refusal(() => lockOf(dep('redis', '1.0.0', repo))).message).toContain(`${repo}/index.yaml lists no chart 'redis'`);
  });

  it('version failure: >a1 is not a constraint, refused before any index is read', () => {
    const before = src.asked.length;
    const e = refusal(() => plan(dep('oedipus-rex', '>a1', repo)));
    expect(e.message).toContain("'>a1' is not a version constraint Helm can parse");
    expect(src.asked.length).toBe(before);
  });

  it('repo from valid local path, with a range, and without a version', () => {
    expect(lockOf(dep('base', '0.1.0', 'file://base'))).toEqual(['base file://base 0.1.0']);
    expect(lockOf(dep('base', '^0.1.0', 'file://base'))).toEqual(['base file://base 0.1.0']);
    expect(lockOf('  - name: base\n    repository: file://base\n')).toEqual(['base file://base 0.1.0']);
  });

  it('repo from invalid version: file://base is 0.1.0, 1.1.0 is asked', () => {
    expect(refusal(() => lockOf(dep('base', '1.1.0', 'file://base'))).message).toContain("'base' (1.1.0) at line 5: the chart in file://base is at version 0.1.0");
  });

  it('repo from valid path under charts path: locked as Chart.yaml writes it', () => {
    const u = plan(`${dep('localdependency', '0.1.0', '')}${dep('alpine', '0.1.0', repo)}`, ['charts/localdependency/Chart.yaml']);
    expect(resolveLock(u, src).dependencies).toEqual([
      { name: 'localdependency', repository: '', version: '0.1.0' },
      { name: 'alpine', repository: repo, version: '0.1.0' },
    ]);
  });

  it('repo from invalid path under charts path: no repository and nothing under charts/ is refused', () => {
    const e = refusal(() => plan(dep('nonexistentdependency', '0.1.0', '')));
    expect([e.file, e.line]).toEqual(['charts/app/Chart.yaml', 5]);
    expect(e.message).toContain("dependency 'nonexistentdependency' has no repository and is not under charts/");
  });

  it('the digest is HashReq over Chart.yaml and the locked entries (TestHashReq: a range hashes apart from its version)', () => {
    const u = plan(dep('alpine', '^0.1.0', 'http://localhost:8879/charts'));
    const lock = resolveLock(u, sources({ 'http://localhost:8879/charts': kubernetesCharts }));
    expect(lock.dependencies).toEqual([{ name: 'alpine', repository: 'http://localhost:8879/charts', version: '0.1.0' }]);
    expect(lock.digest).toBe(hashRequirements(u.requirements, lock.dependencies));
    expect(lock.digest).not.toBe(hashRequirements([{ name: 'alpine', version: '0.1.0', repository: 'http://localhost:8879/charts' }], lock.dependencies));
    // Helm's TestHashReq: alpine 0.1.0 required and locked gives this digest
    expect(hashRequirements([{ name: 'alpine', version: '0.1.0', repository: 'http://localhost:8879/charts' }], [{ name: 'alpine', version: '0.1.0', repository: 'http://localhost:8879/charts' }])).toBe(
      'sha256:fb239e836325c5fa14b29d1540a13b7d3ba13151b67fe719f820e0ef6d66aaaf',
    );
  });
});

describe('Masterminds constraints as Helm checks them', () => {
  const versions = ['0.13.0', '0.12.10', '0.12.9', '0.12.9-rc.1', '0.12.2', '0.11.0', '1.0.0-alpha', 'v0.12.11'];
  const pick = (constraint: string): string | undefined => {
    const i = index({ x: versions });
    const u = plan(dep('x', constraint, 'https://r.example'));
    try {
      return resolveLock(u, sources({ 'https://r.example': i })).dependencies[0]!.version;
    } catch {
      return undefined;
    }
  };

  it.each([
    ['0.12.*', 'v0.12.11'],
    ['~0.12.2', 'v0.12.11'],
    ['^0.12.0', 'v0.12.11'],
    ['>= 0.12.0, < 0.12.10', '0.12.9'],
    ['>=0.12.0 <0.12.10', '0.12.9'],
    ['0.12.2 - 0.12.9', '0.12.9'],
    ['0.11.x || 0.13.x', '0.13.0'],
    ['0.12.2', '0.12.2'],
    ['*', '0.13.0'],
    ['>=0.12.9-0 <0.12.10', '0.12.9'],
    ['>=0.12.9-0 <0.12.9', '0.12.9-rc.1'],
    ['>=1.0.0-0', '1.0.0-alpha'],
    ['>=1.0.0', undefined],
    ['0.14.*', undefined],
  ])('%s resolves to %s', (constraint, expected) => {
    expect(pick(constraint)).toBe(expected);
  });

  it('a wildcard never picks a prerelease, though node-semver writes it with a -0 bound', () => {
    expect(constraintMatcher('0.12.*')!('0.12.9-rc.1')).toBe(false);
    expect(constraintMatcher('0.12.9-rc.1')!('0.12.9-rc.1')).toBe(true);
    expect(constraintMatcher('')).toBeUndefined();
  });

  it('skips entries without urls and versions Masterminds cannot parse, as Helm does', () => {
    const i = index({ x: [{ version: '0.12.12', urls: [] }, '0.12.3'] });
    expect(resolveLock(plan(dep('x', '0.12.*', 'https://r.example')), sources({ 'https://r.example': i })).dependencies[0]!.version).toBe('0.12.3');
  });
});

describe('real charts without a lock', () => {
  it("prometheus: gives the very lock helm dependency update committed (entries and digest)", () => {
    const dir = join(CORPUS, 'dependencies/prometheus');
    const committed = readChartLock(readFileSync(join(dir, 'Chart.lock'), 'utf8'), 'Chart.lock');
    const u = planDependencies({ display: 'charts/prometheus', chartYaml: readFileSync(join(dir, 'Chart.yaml'), 'utf8'), files: [] }).unlocked!;
    expect(u.repositories).toEqual([PROM]);
    // the repository as it was then: the locked versions are the newest of each range
    const repo = index({
      alertmanager: ['1.43.0', '1.42.0', '1.41.3'],
      'kube-state-metrics': ['8.5.0', '8.4.0', '8.3.1'],
      'prometheus-node-exporter': ['4.57.0', '4.56.1', '4.56.0'],
      'prometheus-pushgateway': ['3.9.0', '3.8.0', '3.7.2'],
    });
    const lock = resolveLock(u, sources({ [PROM]: repo }));
    expect(lock.dependencies).toEqual(committed.dependencies.map(({ name, repository, version }) => ({ name, repository, version })));
    expect(lock.digest).toBe(committed.digest);
    expect(lock.fetch.map((f) => `${f.path} ${f.where}`)).toEqual([
      'charts/alertmanager-1.42.0.tgz charts/prometheus/Chart.yaml:34',
      'charts/kube-state-metrics-8.4.0.tgz charts/prometheus/Chart.yaml:38',
      'charts/prometheus-node-exporter-4.56.1.tgz charts/prometheus/Chart.yaml:42',
      'charts/prometheus-pushgateway-3.8.0.tgz charts/prometheus/Chart.yaml:46',
    ]);
  });

  it('kube-prometheus-stack: the highest 0.12.x wins, crds stays vendored, two repositories each read once', () => {
    const chartYaml = readFileSync(join(CORPUS, 'prometheus-community-charts/charts/kube-prometheus-stack/Chart.yaml'), 'utf8');
    const u = planDependencies({ display: 'charts/kube-prometheus-stack', chartYaml, files: ['Chart.yaml', 'charts/crds/Chart.yaml'] }).unlocked!;
    expect(u.repositories).toEqual([PROM, GRAFANA]);
    const src = sources({
      [PROM]: index({ 'kube-state-metrics': ['8.4.0'], 'prometheus-node-exporter': ['4.56.1'], 'prometheus-windows-exporter': ['0.13.0', '0.12.8', '0.12.10', '0.12.9'] }),
      [GRAFANA]: index({ grafana: ['12.11.1', '12.11.0'] }),
    });
    const lock = resolveLock(u, src);
    expect(lock.dependencies.map((d) => `${d.name}@${d.version}`)).toEqual(['crds@0.0.0', 'kube-state-metrics@8.4.0', 'prometheus-node-exporter@4.56.1', 'grafana@12.11.1', 'prometheus-windows-exporter@0.12.10']);
    expect(lock.resolutions.find((r) => r.name === 'prometheus-windows-exporter')).toEqual({ name: 'prometheus-windows-exporter', constraint: '0.12.*', version: '0.12.10', repository: PROM, line: 66 });
    expect(lock.fetch.map((f) => f.path)).toEqual(['charts/kube-state-metrics-8.4.0.tgz', 'charts/prometheus-node-exporter-4.56.1.tgz', 'charts/grafana-12.11.1.tgz', 'charts/prometheus-windows-exporter-0.12.10.tgz']);
    expect(lock.digest).toBe(hashRequirements(readChartDependencies(chartYaml, 'Chart.yaml'), lock.dependencies));
    expect(generatedLockValue(lock)).toEqual({ dependencies: lock.dependencies, digest: lock.digest, generated: '1970-01-01T00:00:00Z' });

    const none = sources({ [PROM]: index({ 'kube-state-metrics': ['8.4.0'], 'prometheus-node-exporter': ['4.56.1'], 'prometheus-windows-exporter': ['0.13.0', '0.11.2'] }), [GRAFANA]: index({ grafana: ['12.11.1'] }) });
    const e = refusal(() => resolveLock(u, none));
    expect([e.file, e.line]).toEqual(['charts/kube-prometheus-stack/Chart.yaml', 66]);
    expect(e.message).toContain(`'prometheus-windows-exporter' (0.12.*) at line 66: no version in ${PROM}/index.yaml satisfies it (it lists 0.13.0, 0.11.2)`);
  });

  it('prometheus-operator-crds: only a vendored crds subchart, nothing to resolve', () => {
    const chartYaml = readFileSync(join(CORPUS, 'prometheus-community-charts/charts/prometheus-operator-crds/Chart.yaml'), 'utf8');
    expect(planDependencies({ display: 'charts/prometheus-operator-crds', chartYaml, files: ['Chart.yaml', 'charts/crds/Chart.yaml'] })).toEqual({ fetch: [], vendored: ['crds'] });
  });
});

describe("the prometheus-community repository's index (719 entries of five charts, as of cf408a2)", () => {
  const text = readFileSync(join(CORPUS, 'prometheus-community-index/index.yaml'));
  const repo = loadRepositoryIndex(text, `${PROM}/index.yaml`);

  it('resolves prometheus to exactly the lock helm dependency update wrote there', () => {
    const dir = join(CORPUS, 'dependencies/prometheus');
    const committed = readChartLock(readFileSync(join(dir, 'Chart.lock'), 'utf8'), 'Chart.lock');
    const u = planDependencies({ display: 'charts/prometheus', chartYaml: readFileSync(join(dir, 'Chart.yaml'), 'utf8'), files: [] }).unlocked!;
    const lock = resolveLock(u, sources({ [PROM]: repo }));
    expect(lock.dependencies).toEqual(committed.dependencies.map(({ name, repository, version }) => ({ name, repository, version })));
    expect(lock.digest).toBe('sha256:5d788dab0bb3fe083870a3ca91fe0a930bbcedda7cd202844f6afdab0a3e6d0b');
  });

  it("resolves kube-prometheus-stack's 0.12.* to 0.12.8, the newest of the nine 0.12.x there (0.13 not yet published)", () => {
    const chartYaml = readFileSync(join(CORPUS, 'prometheus-community-charts/charts/kube-prometheus-stack/Chart.yaml'), 'utf8');
    const u = planDependencies({ display: 'charts/kube-prometheus-stack', chartYaml, files: ['charts/crds/Chart.yaml'] }).unlocked!;
    expect(repo.charts.find((c) => c.name === 'prometheus-windows-exporter')!.versions.filter((v) => v.version.startsWith('0.12.')).length).toBe(9);
    const lock = resolveLock(u, sources({ [PROM]: repo, [GRAFANA]: index({ grafana: ['12.11.1'] }) }));
    expect(lock.resolutions.map((r) => `${r.name} ${r.constraint} -> ${r.version}`)).toEqual([
      'kube-state-metrics 8.4.0 -> 8.4.0',
      'prometheus-node-exporter 4.56.1 -> 4.56.1',
      'grafana 12.11.1 -> 12.11.1',
      'prometheus-windows-exporter 0.12.* -> 0.12.8',
    ]);
    // the same ranges a month later would have found nothing newer than what the index lists
    const e = refusal(() => resolveLock(planDependencies({ display: 'c', chartYaml: chartYaml.replace('"0.12.*"', '"~0.13.0"'), files: ['charts/crds/Chart.yaml'] }).unlocked!, sources({ [PROM]: repo, [GRAFANA]: index({ grafana: ['12.11.1'] }) })));
    expect(e.message).toContain(`'prometheus-windows-exporter' (~0.13.0) at line 66: no version in ${PROM}/index.yaml satisfies it (it lists 0.12.8, 0.12.7, 0.12.6, 0.12.5, 0.12.4, 0.12.3, 0.12.2, 0.12.1, 0.12.0, 0.11.2, … 34 in all)`);
  });
});

describe('refused before any request', () => {
  it.each([
    ['an OCI range (the registry tag list is not read)', dep('common', '2.x.x', 'oci://registry.example/charts'), "is a version range in the OCI registry oci://registry.example/charts, and there is no Chart.lock"],
    ['a repository alias', dep('a', '1.*', '"@stable"'), 'an entry of a local repositories.yaml this workflow does not have'],
    ['another scheme', dep('a', '1.*', 'git://example.com/charts'), 'expected an https:// Helm repository'],
    ['no version from a Helm repository', '  - name: a\n    repository: https://r.example\n', 'a dependency from a Helm repository needs a version or a range'],
  ])('%s', (_what, deps, message) => {
    const e = refusal(() => plan(deps));
    expect([e.file, e.line]).toEqual(['charts/app/Chart.yaml', 5]);
    expect(e.message).toContain(message);
  });

  it('a vendored archive the constraint rejects (the package would hold two of that chart)', () => {
    const e = refusal(() => plan(dep('redis', '~18.1.0', 'https://r.example'), ['charts/redis-17.0.0.tgz']));
    expect([e.file, e.line]).toEqual(['charts/app/Chart.yaml', 5]);
    expect(e.message).toContain("'redis' (~18.1.0) is vendored as charts/redis-17.0.0.tgz, which does not satisfy it; the package would hold two 'redis' charts: remove the stale archive (the newest version the constraint admits is then fetched)");
  });

  it('an exact OCI version is locked as written, with no tag list', () => {
    const u = plan(dep('common', '2.4.0', 'oci://registry.example/charts'));
    expect(u.repositories).toEqual([]);
    const lock = resolveLock(u, sources({}));
    expect(lock.fetch).toEqual([{ name: 'common', version: '2.4.0', repository: 'oci://registry.example/charts', kind: 'oci', path: 'charts/common-2.4.0.tgz', where: 'charts/app/Chart.yaml:5' }]);
  });

  it('a vendored archive is locked at its version; two aliases of one chart are fetched once', () => {
    const u = plan(`${dep('redis', '~18.1.0', 'https://r.example')}  - name: b\n    version: "1.*"\n    repository: https://r.example\n    alias: b1\n  - name: b\n    version: "1.*"\n    repository: https://r.example\n    alias: b2\n`, ['charts/redis-18.1.5.tgz']);
    const lock = resolveLock(u, sources({ 'https://r.example': index({ b: ['1.2.0'] }) }));
    expect(lock.dependencies.map((d) => `${d.name}@${d.version}`)).toEqual(['redis@18.1.5', 'b@1.2.0', 'b@1.2.0']);
    expect(lock.fetch.map((f) => f.path)).toEqual(['charts/b-1.2.0.tgz']);
  });
});
