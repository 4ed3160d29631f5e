import { createHash } from 'node:crypto';
import { goTar, helmGzip, type ArchiveMember, type GzipLevel } from './archive.js';
import { loadChart, type HelmChart, type LoadChartOptions, type LoadedChart } from './chart.js';
import { listChartFiles } from './files.js';
import { emitDocument, type YamlValue } from './goyaml.js';
import type { ChartDependency, ChartMetadata } from './metadata.js';

/**
 * The modification time of every archive member: the Unix epoch, as `SOURCE_DATE_EPOCH=0 helm
 * package` writes it. A fixed time is what makes the archive reproducible.
 */
export const PACKAGE_MTIME = new Date(0);

export interface PackageOptions extends LoadChartOptions {
  /** gzip level 1-9 (default 6, Go's default, so the gzip header is Helm's). Same level, same bytes. */
  level?: GzipLevel;
  /** A chart loaded already (skips reading and validating it again). */
  chart?: LoadedChart;
}

export interface PackagedChart {
  /** The `.tgz`. */
  bytes: Buffer;
  /** sha256 of `bytes`, 64 lowercase hex digits (the index's `digest`). */
  digest: string;
  /** `name-version.tgz`, the version as Chart.yaml writes it (`v1.4.0` keeps its `v`). */
  filename: string;
  /** The archive's members in order, e.g. `my-chart/Chart.yaml` (files only, as Helm writes them). */
  files: string[];
  chart: LoadedChart;
}

function dependencyValue(d: ChartDependency): YamlValue {
  // Helm's chart.Dependency: name and repository always, the rest when not empty.
  const v: Record<string, YamlValue> = { name: d.name, repository: d.repository ?? '' };
  if (d.version) v.version = d.version;
  if (d.condition) v.condition = d.condition;
  if (d.tags?.length) v.tags = d.tags;
  if (d.enabled) v.enabled = true;
  if (d['import-values']?.length) v['import-values'] = d['import-values'];
  if (d.alias) v.alias = d.alias;
  if (d['depends-on']?.length) v['depends-on'] = d['depends-on'];
  return v;
}

/** `chart.Metadata` through json.Marshal (omitempty) and go-yaml: what Helm writes as Chart.yaml. */
export function metadataValue(md: ChartMetadata, withDependencies = true): YamlValue {
  const v: Record<string, YamlValue> = {};
  const put = (k: string, x: YamlValue | undefined): void => {
    if (x === undefined || x === null || x === '' || x === false) return;
    if (Array.isArray(x) && x.length === 0) return;
    if (typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0) return;
    v[k] = x;
  };
  put('name', md.name);
  put('home', md.home);
  put('sources', md.sources);
  put('version', md.version);
  put('description', md.description);
  put('keywords', md.keywords);
  put('maintainers', md.maintainers?.map((m) => Object.fromEntries(Object.entries(m).filter(([, x]) => x)) as YamlValue));
  put('icon', md.icon);
  put('apiVersion', md.apiVersion);
  put('condition', md.condition);
  put('tags', md.tags);
  put('appVersion', md.appVersion);
  put('deprecated', md.deprecated);
  put('annotations', md.annotations);
  put('kubeVersion', md.kubeVersion);
  if (withDependencies) put('dependencies', md.dependencies?.map(dependencyValue));
  put('type', md.type);
  return v;
}

/** Go's time.Time JSON form of a Chart.lock `generated` (RFC 3339, fraction without trailing zeros). */
function goTime(value: YamlValue | undefined): string {
  if (typeof value !== 'string' || value === '') return '0001-01-01T00:00:00Z';
  return value.replace(/\.(\d*?)0+(?=Z|[+-]\d\d:\d\d$)/, (_m, d: string) => (d ? `.${d}` : '')).replace(/\+00:00$/, 'Z');
}

/** `chart.Lock` through json.Marshal and go-yaml. */
export function lockValue(lock: Record<string, YamlValue>): YamlValue {
  const deps = Array.isArray(lock.dependencies) ? (lock.dependencies as unknown as ChartDependency[]).map(dependencyValue) : null;
  return { dependencies: deps, digest: typeof lock.digest === 'string' ? lock.digest : '', generated: goTime(lock.generated) };
}

/** The members of `chartutil.Save`'s writeTarContents, in its order. */
export function saveMembers(chart: HelmChart, prefix = ''): ArchiveMember[] {
  const base = `${prefix}${chart.metadata.name}`;
  const md = chart.metadata;
  const out: ArchiveMember[] = [];
  const text = (s: string): Buffer => Buffer.from(s, 'utf8');
  out.push({ name: `${base}/Chart.yaml`, data: text(emitDocument(metadataValue(md, md.apiVersion !== 'v1'))) });
  if (md.apiVersion === 'v2' && chart.lock) out.push({ name: `${base}/Chart.lock`, data: text(emitDocument(lockValue(chart.lock))) });
  if (chart.values) out.push({ name: `${base}/values.yaml`, data: chart.values });
  if (chart.schema) out.push({ name: `${base}/values.schema.json`, data: chart.schema });
  for (const f of chart.templates) out.push({ name: `${base}/${f.name}`, data: f.data });
  for (const f of chart.files) out.push({ name: `${base}/${f.name}`, data: f.data });
  for (const sub of chart.subcharts) out.push(...saveMembers(sub, `${base}/charts/`));
  return out;
}

/**
 * Packages a chart directory as `helm package` does (Helm's loader, then `chartutil.Save`):
 * Chart.yaml and Chart.lock written again from their model (comments and unknown keys dropped,
 * keys sorted), values.yaml, values.schema.json, templates, the other files, then every
 * subchart expanded under `charts/<name>/` (archives included); file members only, mode 0644,
 * uid/gid 0, Go's USTAR headers, mtime the epoch; gzip with Helm's header (extra field `rr`,
 * comment `Helm`). The same tree gives the same bytes on every run and machine.
 */
export function packageChart(chartDir: string, options: PackageOptions = {}): PackagedChart {
  const chart = options.chart ?? loadChart(chartDir, options);
  const { name, version } = chart.metadata;
  const members = saveMembers(chart.chart);
  const bytes = helmGzip(goTar(members, PACKAGE_MTIME.getTime() / 1000), options.level ?? 6);
  const digest = createHash('sha256').update(bytes).digest('hex');
  return { bytes, digest, filename: `${name}-${version}.tgz`, files: members.map((m) => m.name), chart };
}

export { listChartFiles };
