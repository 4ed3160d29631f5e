import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isMap, LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import { FileError } from '../runner/errors.js';
import { readChartArchive } from './archive-read.js';
import { parseChartYaml, parseRequirements } from './chart-yaml.js';
import { listChartFiles } from './files.js';
import type { YamlValue } from './goyaml.js';
import { checkManifests } from './manifests.js';
import type { ChartMetadata } from './metadata.js';

/** One file of a chart: its path relative to the chart root and its bytes (UTF-8 BOM taken off, as Helm does). */
export interface ChartFileData {
  name: string;
  data: Buffer;
}

/** A dependency archive to add under `charts/` before loading (e.g. one resolved from Chart.lock). */
export interface ExtraChartArchive {
  /** The archive's name under charts/, e.g. `redis-18.1.0.tgz`. */
  name: string;
  data: Uint8Array;
}

export interface LoadChartOptions {
  /** How the chart directory is named in messages (e.g. `charts/my-chart`). Default: the path given. */
  displayDir?: string;
  /**
   * Lint templates and CRDs as YAML (templates with `{{ }}` actions taken out); problems become
   * warnings, never refusals: Helm does not parse templates when it packages. Default false.
   */
  lintManifests?: boolean;
  /** Refuse a Chart.yaml dependency missing from charts/, as `helm package` does (default true; Helm's loader alone does not). */
  checkDependencies?: boolean;
  /**
   * Dependency archives to place under `charts/` (replacing a file of the same name): the one place
   * where dependencies resolved from Chart.lock enter packaging.
   */
  extraCharts?: ExtraChartArchive[];
  /**
   * The Chart.lock to package when the chart has none: the one resolving its dependencies
   * without a lock produced, as `helm dependency build` leaves it in the folder (generatedLockValue).
   */
  generatedLock?: Record<string, YamlValue>;
}

/** A chart as Helm's loader models it (`chart.Chart`), in the order `chartutil.Save` writes it. */
export interface HelmChart {
  metadata: ChartMetadata;
  /** The line of each top-level Chart.yaml key, for messages. */
  lines: Record<string, number | undefined>;
  /** Chart.lock (or requirements.lock) as parsed, for Save to write again. */
  lock?: Record<string, YamlValue>;
  values?: Buffer;
  schema?: Buffer;
  templates: ChartFileData[];
  files: ChartFileData[];
  subcharts: HelmChart[];
}

export interface LoadedChart {
  dir: string;
  metadata: ChartMetadata;
  /** Things that do not stop a release but deserve a note (apiVersion v1, unknown keys, ...). */
  warnings: string[];
  /** The chart's non-ignored files, relative, in Helm's walk order. */
  files: string[];
  /** The loaded chart with its subcharts, what `packageChart` writes. */
  chart: HelmChart;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const stripBom = (b: Buffer): Buffer => (b.subarray(0, 3).equals(BOM) ? b.subarray(3) : b);

function checkValues(data: Buffer, file: string): void {
  const text = data.toString('utf8');
  const lc = new LineCounter();
  for (const doc of parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, schema: 'failsafe', uniqueKeys: false }) as ReturnType<typeof parseDocument>[]) {
    const err = doc.errors[0];
    if (err) throw new FileError(file, `not valid YAML: ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
    if (doc.contents !== null && !isMap(doc.contents)) {
      throw new FileError(file, 'values must be a mapping of keys to values (Helm cannot unmarshal a list or a scalar into the values)', doc.contents.range ? lc.linePos(doc.contents.range[0]).line : 1);
    }
  }
}

function checkSchema(data: Buffer, file: string): void {
  const text = data.toString('utf8');
  try {
    JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new FileError(file, `not valid JSON (Helm refuses to package it): ${(e as Error).message}`, line);
  }
}

function parseLock(data: Buffer, file: string): Record<string, YamlValue> {
  const lc = new LineCounter();
  const doc = parseDocument(data.toString('utf8'), { lineCounter: lc, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new FileError(file, `not valid YAML (Helm cannot load the chart): ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
  const value = doc.toJS() as unknown;
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) throw new FileError(file, 'must be a mapping (generated, digest, dependencies)', 1);
  return (value ?? {}) as Record<string, YamlValue>;
}

/** The subcharts under charts/, grouped by their first path segment (an archive or a folder). */
function loadSubcharts(groups: Map<string, ChartFileData[]>, parent: string, at: (name: string) => string, warnings: string[]): HelmChart[] {
  const subcharts: HelmChart[] = [];
  // Go iterates a map here, so Helm's subchart order varies from run to run; ours is by name.
  for (const key of [...groups.keys()].sort()) {
    if (key.startsWith('_') || key.startsWith('.')) continue;
    const group = groups.get(key)!;
    const where = at(`charts/${key}`);
    if (key.endsWith('.tgz')) {
      subcharts.push(loadChartFiles(readChartArchive(group[0]!.data, where), where, warnings));
      continue;
    }
    const inner = group.filter((f) => f.name.includes('/')).map((f) => ({ name: f.name.slice(key.length + 1), data: f.data }));
    if (inner.length === 0) {
      throw new FileError(where, `error unpacking subchart ${key} in ${parent}: charts/ holds only subcharts (name-version.tgz or a chart folder); move this file elsewhere or name it with a leading '_' or '.'`);
    }
    subcharts.push(loadChartFiles(inner, where, warnings));
  }
  return subcharts;
}

/**
 * Helm's LoadFiles: files sorted into Chart.yaml, Chart.lock, values, schema, templates, other
 * files and subcharts (`charts/<name>.tgz` archives and `charts/<name>/` folders; names starting
 * with `_` or `.` skipped), then each subchart loaded the same way.
 */
export function loadChartFiles(files: ChartFileData[], where: string, warnings: string[], root = false): HelmChart {
  const at = (name: string): string => join(where, name);
  const chartYaml = files.find((f) => f.name === 'Chart.yaml');
  if (!chartYaml) throw new FileError(at('Chart.yaml'), 'Chart.yaml file is missing: every chart needs one (apiVersion, name, version)');
  const parsed = parseChartYaml(chartYaml.data.toString('utf8'), at('Chart.yaml'), { requireApiVersion: root });
  warnings.push(...parsed.warnings);
  const chart: HelmChart = { metadata: parsed.metadata, lines: parsed.lines, templates: [], files: [], subcharts: [] };
  const v1 = chart.metadata.apiVersion === 'v1';
  const groups = new Map<string, ChartFileData[]>();
  for (const f of files) {
    const n = f.name;
    if (n === 'Chart.yaml') continue;
    if (n === 'Chart.lock' || n === 'requirements.lock') {
      chart.lock = parseLock(f.data, at(n));
      if (n === 'requirements.lock' && v1) chart.files.push(f);
    } else if (n === 'values.yaml') {
      checkValues(f.data, at(n));
      chart.values = f.data;
    } else if (n === 'values.schema.json') {
      checkSchema(f.data, at(n));
      chart.schema = f.data;
    } else if (n === 'requirements.yaml') {
      const deps = parseRequirements(f.data.toString('utf8'), at(n));
      if (deps) chart.metadata.dependencies = deps;
      if (v1) chart.files.push(f);
      else warnings.push(`${at(n)}: dependencies belong in Chart.yaml since apiVersion v2; Helm reads them from requirements.yaml into Chart.yaml and leaves the file out of the package`);
    } else if (n.startsWith('templates/')) chart.templates.push(f);
    else if (n.startsWith('charts/')) {
      if (n.endsWith('.prov')) {
        chart.files.push(f);
        continue;
      }
      const rest = n.slice('charts/'.length);
      const key = rest.split('/')[0]!;
      const list = groups.get(key) ?? [];
      list.push({ name: rest, data: f.data });
      groups.set(key, list);
    } else chart.files.push(f);
  }
  chart.subcharts = loadSubcharts(groups, chart.metadata.name, at, warnings);
  return chart;
}

/** Helm's CheckDependencies (`helm package`): every dependency of Chart.yaml among the loaded subcharts, by name. */
function checkDependencies(chart: HelmChart, file: string, line: number | undefined): void {
  const names = new Set(chart.subcharts.map((s) => s.metadata.name));
  const missing = (chart.metadata.dependencies ?? []).filter((d) => !names.has(d.name));
  if (missing.length > 0) {
    const list = missing.map((d) => (d.version ? `${d.name} (${d.version})` : d.name)).join(', ');
    throw new FileError(file, `dependencies found in Chart.yaml, but missing in charts/ directory: ${list} (run 'helm dependency build' and commit charts/, or let the workflow resolve them from Chart.lock)`, line);
  }
}

/**
 * Reads a chart directory as `helm package` does and refuses what it refuses, with the file,
 * the line and the fix:
 * - the files Helm's walk gives (`.helmignore` applied, `templates/.?*` always ignored);
 * - Chart.yaml as Helm's `Metadata.Validate` checks it: apiVersion (required here; v1 or v2),
 *   name (not `.`/`..`, no `/`; may differ from the folder), version as Helm's semver parser
 *   reads it (`v1.2.3` and build metadata allowed), appVersion any string or absent, type;
 * - values.yaml a mapping, values.schema.json valid JSON, Chart.lock valid YAML;
 * - every subchart under charts/ loaded (archives read), every Chart.yaml dependency present.
 * Templates are not parsed (Helm does not parse them to package); `lintManifests` adds warnings.
 */
export function loadChart(chartDir: string, options: LoadChartOptions = {}): LoadedChart {
  const dir = resolve(chartDir);
  const display = options.displayDir ?? chartDir;
  const file = join(display, 'Chart.yaml');
  const listed = listChartFiles(dir, display);
  const paths = listed.entries.filter((e) => !e.isDir);
  if (!paths.some((e) => e.path === 'Chart.yaml')) throw new FileError(file, 'the chart has no Chart.yaml (or .helmignore ignores it)');
  const files: ChartFileData[] = paths.map((e) => ({ name: e.path, data: stripBom(readFileSync(e.absolute)) }));
  for (const extra of options.extraCharts ?? []) {
    const name = `charts/${extra.name}`;
    const i = files.findIndex((f) => f.name === name);
    const entry = { name, data: Buffer.from(extra.data.buffer, extra.data.byteOffset, extra.data.byteLength) };
    if (i >= 0) files[i] = entry;
    else files.push(entry);
  }
  const warnings: string[] = [];
  const chart = loadChartFiles(files, display, warnings, true);
  if (options.generatedLock && !chart.lock) chart.lock = options.generatedLock;
  const parsedLines = chart.lines;
  if (options.checkDependencies !== false) checkDependencies(chart, file, parsedLines.dependencies);
  if (chart.metadata.name !== basename(dir)) {
    warnings.push(`${file}:${parsedLines.name}: chart name '${chart.metadata.name}' differs from its folder '${basename(dir)}'; the package is named after the chart`);
  }
  if (listed.rules.hasNegation) {
    warnings.push(`${join(display, '.helmignore')}: '!' rules re-include files here as in .gitignore; 'helm package' treats them differently (helm/helm#8688)`);
  }
  if (options.lintManifests) {
    const manifests = files
      .filter((f) => f.name.startsWith('templates/') || f.name.startsWith('crds/'))
      .map((f) => ({ path: f.name, display: join(display, f.name), text: f.data.toString('utf8') }));
    for (const p of checkManifests(manifests)) warnings.push(`${p.file}:${p.line}: ${p.message}`);
  }
  return { dir, metadata: chart.metadata, warnings, files: files.map((f) => f.name), chart };
}

/** A packaged chart (`.tgz`) loaded as Helm's LoadArchive does (a missing apiVersion reads as v1, as in Helm). */
export function loadChartArchive(bytes: Uint8Array, where: string, warnings: string[] = []): HelmChart {
  return loadChartFiles(readChartArchive(bytes, where), where, warnings);
}
