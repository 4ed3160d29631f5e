import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import semver from 'semver';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type Scalar } from 'yaml';
import { FileError } from '../runner/errors.js';
import { versionProblem } from '../semver/version.js';
import { listChartFiles } from './files.js';
import type { YamlValue } from './goyaml.js';
import { checkManifests } from './manifests.js';
import {
  ALIAS_NAME,
  CHART_NAME,
  DEPENDENCY_FIELDS,
  MAINTAINER_FIELDS,
  METADATA_FIELDS,
  sanitizeString,
  type ChartDependency,
  type ChartMetadata,
  type Maintainer,
} from './metadata.js';

export interface LoadChartOptions {
  /** How the chart directory is named in messages (e.g. `charts/my-chart`). Default: the path given. */
  displayDir?: string;
  /** Check templates/ and crds/ for YAML errors (default true). */
  checkManifests?: boolean;
  /**
   * Files added to the chart as if they were in its folder (dependencies fetched from
   * Chart.lock, `charts/<name>-<version>.tgz`): they count as vendored, and are packaged.
   */
  extraFiles?: readonly ExtraFile[];
}

export interface ExtraFile {
  /** Relative to the chart folder, `/`-separated. */
  path: string;
  bytes: Uint8Array;
}

export interface LoadedChart {
  dir: string;
  metadata: ChartMetadata;
  /** Things that do not stop a release but deserve a note (apiVersion v1, unknown keys, ...). */
  warnings: string[];
  /** The chart's non-ignored files, relative and sorted (what `packageChart` puts in the archive). */
  files: string[];
}

type Kind = 'string' | 'string[]' | 'boolean' | 'any[]' | 'maintainers' | 'annotations' | 'dependencies';

class ChartYaml {
  readonly warnings: string[] = [];
  readonly lc = new LineCounter();

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  line(node: unknown): number | undefined {
    const range = (node as Node | undefined)?.range;
    return range ? this.lc.linePos(range[0]).line : undefined;
  }

  fail(message: string, node?: unknown): never {
    throw new FileError(this.file, message, this.line(node));
  }

  /** A scalar as a string; numbers and booleans by their source text (with a note: Helm reads them as numbers). */
  string(node: unknown, what: string): string | undefined {
    if (node === null || node === undefined) return undefined;
    if (!isScalar(node)) this.fail(`${what} must be a string`, node);
    const v = (node as Scalar).value;
    if (v === null) return undefined;
    if (typeof v === 'string') return sanitizeString(v);
    const src = (node as Scalar).range ? this.text.slice((node as Scalar).range![0], (node as Scalar).range![1]) : String(v);
    if (typeof v === 'number' || typeof v === 'boolean') {
      this.warnings.push(`${this.file}:${this.line(node)}: ${what} ${src} is not quoted, so YAML reads it as a ${typeof v}; quote it (Helm would write ${JSON.stringify(String(v))})`);
      return src;
    }
    return String(v);
  }

  strings(node: unknown, what: string): string[] | undefined {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isSeq(node)) this.fail(`${what} must be a list of strings`, node);
    return node.items.map((item, i) => this.string(item, `${what}[${i}]`) ?? '');
  }

  boolean(node: unknown, what: string): boolean | undefined {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(`${what} must be true or false`, node);
    return (node as Scalar).value as boolean;
  }

  any(node: unknown): YamlValue {
    if (node === null || node === undefined) return null;
    if (isMap(node)) {
      const o: Record<string, YamlValue> = {};
      for (const p of node.items) o[String(isScalar(p.key) ? p.key.value : p.key)] = this.any(p.value);
      return o;
    }
    if (isSeq(node)) return node.items.map((i) => this.any(i));
    if (isScalar(node)) {
      const v = node.value;
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
    }
    return null;
  }

  pairs(node: unknown, what: string): Pair[] {
    if (!isMap(node)) this.fail(`${what} must be a mapping`, node);
    return (node as { items: Pair[] }).items;
  }

  key(pair: Pair): string {
    if (!isScalar(pair.key)) this.fail('keys must be plain strings', pair.key);
    return String((pair.key as Scalar).value);
  }
}

function readValue(y: ChartYaml, kind: Kind, node: unknown, what: string): unknown {
  switch (kind) {
    case 'string':
      return y.string(node, what);
    case 'string[]':
      return y.strings(node, what);
    case 'boolean':
      return y.boolean(node, what);
    case 'any[]': {
      if (node === null || node === undefined) return undefined;
      if (!isSeq(node)) y.fail(`${what} must be a list`, node);
      return (y.any(node) as YamlValue[]).length > 0 ? y.any(node) : undefined;
    }
    case 'maintainers': {
      if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
      if (!isSeq(node)) y.fail(`${what} must be a list`, node);
      return (node as { items: unknown[] }).items.map((item, i) => {
        if (!isMap(item)) y.fail(`${what}[${i}] must be a mapping with name, email, url`, item);
        const m: Maintainer = {};
        for (const p of y.pairs(item, `${what}[${i}]`)) {
          const k = y.key(p);
          if (!(k in MAINTAINER_FIELDS)) {
            y.warnings.push(`${y.file}:${y.line(p.key)}: unknown key '${k}' in ${what}[${i}] (Helm ignores it)`);
            continue;
          }
          const v = y.string(p.value, `${what}[${i}].${k}`);
          if (v !== undefined) m[k as keyof Maintainer] = v;
        }
        return m;
      });
    }
    case 'annotations': {
      if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
      const out: Record<string, string> = {};
      for (const p of y.pairs(node, what)) {
        const k = y.key(p);
        if (!isScalar(p.value) && p.value !== null) y.fail(`${what}.${k} must be a string`, p.value);
        const v = p.value === null ? '' : (p.value as Scalar).value;
        out[k] = v === null ? '' : typeof v === 'string' ? v : y.text.slice((p.value as Scalar).range![0], (p.value as Scalar).range![1]);
      }
      return out;
    }
    case 'dependencies': {
      if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
      if (!isSeq(node)) y.fail(`${what} must be a list`, node);
      return (node as { items: unknown[] }).items.map((item, i) => {
        if (!isMap(item)) y.fail(`${what}[${i}] must be a mapping`, item);
        const d: Record<string, unknown> = {};
        for (const p of y.pairs(item, `${what}[${i}]`)) {
          const k = y.key(p);
          const kk = DEPENDENCY_FIELDS[k as keyof typeof DEPENDENCY_FIELDS];
          if (!kk) {
            y.warnings.push(`${y.file}:${y.line(p.key)}: unknown key '${k}' in ${what}[${i}] (Helm ignores it)`);
            continue;
          }
          const v = readValue(y, kk, p.value, `${what}[${i}].${k}`);
          if (v !== undefined) d[k] = v;
        }
        if (!d.name) y.fail(`${what}[${i}] has no name`, item);
        if (d.alias && !ALIAS_NAME.test(String(d.alias))) y.fail(`dependency '${String(d.name)}' has disallowed characters in its alias`, item);
        d.repository ??= '';
        return d as unknown as ChartDependency;
      });
    }
  }
}

/** The subcharts vendored under charts/: `name-version.tgz` archives and `name/` folders. */
function vendoredCharts(files: string[]): { archives: { name: string; version: string }[]; folders: Set<string> } {
  const archives: { name: string; version: string }[] = [];
  const folders = new Set<string>();
  for (const f of files) {
    const m = /^charts\/([^/]+)\.tgz$/.exec(f);
    if (m) {
      const stem = m[1]!;
      // `name-1.2.3` or `name-1.2.3-rc.1`: the version starts at the last `-digit` that parses.
      for (let i = stem.indexOf('-'); i >= 0; i = stem.indexOf('-', i + 1)) {
        const v = stem.slice(i + 1);
        if (/^\d/.test(v) && semver.valid(v)) {
          archives.push({ name: stem.slice(0, i), version: v });
          break;
        }
      }
    }
    const d = /^charts\/([^/]+)\/Chart\.yaml$/.exec(f);
    if (d) folders.add(d[1]!);
  }
  return { archives, folders };
}

function dependencyPresent(dep: ChartDependency, vendored: ReturnType<typeof vendoredCharts>): boolean {
  if (vendored.folders.has(dep.name)) return true;
  return vendored.archives.some((a) => {
    if (a.name !== dep.name) return false;
    if (!dep.version) return true;
    if (a.version === dep.version) return true;
    return semver.validRange(dep.version) !== null && semver.satisfies(a.version, dep.version, { includePrerelease: true });
  });
}

/**
 * Reads and validates a chart directory the way a release needs it:
 * - Chart.yaml: valid YAML without duplicate keys; `apiVersion` v2 (v1 accepted with a warning);
 *   `name` of lowercase letters, digits and dashes, equal to the directory name; `version`
 *   SemVer 2 without a `v`; `appVersion` present; `type` application or library;
 * - every dependency in Chart.yaml vendored under `charts/` (`name-version.tgz` or `name/`);
 * - values.yaml valid YAML, values.schema.json valid JSON;
 * - templates and CRDs valid YAML (templates after taking out `{{ }}` actions).
 * Throws `FileError` (file and line) on the first problem. Returns the metadata as Helm puts it in
 * the index (every Chart.yaml field Helm models, strings sanitized as Helm does).
 */
export function loadChart(chartDir: string, options: LoadChartOptions = {}): LoadedChart {
  const dir = resolve(chartDir);
  const display = options.displayDir ?? chartDir;
  const file = join(display, 'Chart.yaml');
  let text: string;
  try {
    text = readFileSync(join(dir, 'Chart.yaml'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new FileError(file, 'the chart has no Chart.yaml');
    throw e;
  }
  const y = new ChartYaml(file, text);
  const doc = parseDocument(text, { lineCounter: y.lc, uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const what = err.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'not valid YAML';
    const msg = err.message.split('\n')[0] ?? err.message;
    throw new FileError(file, `${what}: ${msg}`, err.linePos?.[0]?.line ?? y.lc.linePos(err.pos[0]).line);
  }
  if (!isMap(doc.contents)) throw new FileError(file, 'Chart.yaml must be a mapping of fields', 1);

  const md: Record<string, unknown> = {};
  const lines: Record<string, number | undefined> = {};
  for (const p of doc.contents.items as Pair[]) {
    const k = y.key(p);
    lines[k] = y.line(p.key);
    const kind = METADATA_FIELDS[k as keyof typeof METADATA_FIELDS];
    if (!kind) {
      y.warnings.push(`${file}:${y.line(p.key)}: unknown key '${k}' (Helm ignores it; it will not be in the index)`);
      continue;
    }
    const v = readValue(y, kind, p.value, k);
    if (v !== undefined) md[k] = v;
  }
  const warnings = y.warnings;

  const apiVersion = md.apiVersion as string | undefined;
  if (!apiVersion) throw new FileError(file, "Chart.yaml has no apiVersion (expected 'apiVersion: v2')", 1);
  if (apiVersion === 'v1') warnings.push(`${file}:${lines.apiVersion}: apiVersion v1 is Helm 2's format; use v2`);
  else if (apiVersion !== 'v2') throw new FileError(file, `apiVersion '${apiVersion}' is not supported (expected v2)`, lines.apiVersion);

  const name = md.name as string | undefined;
  if (!name) throw new FileError(file, 'Chart.yaml has no name', 1);
  if (!CHART_NAME.test(name)) {
    throw new FileError(file, `chart name '${name}' must be lowercase letters, digits and dashes (starting and ending with a letter or digit)`, lines.name);
  }
  if (name !== basename(dir)) throw new FileError(file, `chart name '${name}' does not match its directory '${basename(dir)}'`, lines.name);

  const version = md.version as string | undefined;
  if (!version) throw new FileError(file, 'Chart.yaml has no version', 1);
  if (version.startsWith('v')) throw new FileError(file, `version '${version}' must be SemVer 2 without a 'v' prefix (e.g. ${version.slice(1)})`, lines.version);
  const vp = versionProblem(version);
  if (vp) throw new FileError(file, `version: ${vp}`, lines.version);

  if (!md.appVersion) throw new FileError(file, 'Chart.yaml has no appVersion (the version of the application the chart deploys)', lines.version ?? 1);
  if (md.type !== undefined && md.type !== 'application' && md.type !== 'library') {
    throw new FileError(file, `type '${String(md.type)}' must be application or library`, lines.type);
  }

  const listed = listChartFiles(dir, display);
  const files = listed.entries.filter((e) => !e.isDir).map((e) => e.path);
  if (listed.rules.hasNegation) {
    warnings.push(`${join(display, '.helmignore')}: '!' rules re-include files here as in .gitignore; 'helm package' treats them differently (helm/helm#8688)`);
  }

  const deps = (md.dependencies as ChartDependency[] | undefined) ?? [];
  const seen = new Set<string>();
  for (const d of deps) {
    const key = d.alias || d.name;
    if (seen.has(key)) throw new FileError(file, `more than one dependency with name or alias '${key}'`, lines.dependencies);
    seen.add(key);
  }
  const vendored = vendoredCharts([...files, ...(options.extraFiles ?? []).map((f) => f.path)]);
  const missing = deps.filter((d) => !dependencyPresent(d, vendored));
  if (missing.length > 0) {
    const list = missing.map((d) => (d.version ? `${d.name} (${d.version})` : d.name)).join(', ');
    throw new FileError(file, `dependencies not vendored under charts/ (run 'helm dependency build'): ${list}`, lines.dependencies);
  }

  if (files.includes('values.yaml')) {
    const vtext = readFileSync(join(dir, 'values.yaml'), 'utf8');
    const vlc = new LineCounter();
    const vdoc = parseDocument(vtext, { lineCounter: vlc, prettyErrors: false, schema: 'failsafe' });
    const verr = vdoc.errors[0];
    if (verr) throw new FileError(join(display, 'values.yaml'), `not valid YAML: ${verr.message.split('\n')[0]}`, vlc.linePos(verr.pos[0]).line);
  }
  if (files.includes('values.schema.json')) {
    const stext = readFileSync(join(dir, 'values.schema.json'), 'utf8');
    try {
      JSON.parse(stext);
    } catch (e) {
      const m = /position (\d+)/.exec((e as Error).message);
      const line = m ? stext.slice(0, Number(m[1])).split('\n').length : undefined;
      throw new FileError(join(display, 'values.schema.json'), `not valid JSON: ${(e as Error).message}`, line);
    }
  }

  if (options.checkManifests !== false) {
    const manifests = files
      .filter((f) => f.startsWith('templates/') || f.startsWith('crds/'))
      .map((f) => ({ path: f, display: join(display, f), text: readFileSync(join(dir, f), 'utf8') }));
    const problems = checkManifests(manifests);
    const first = problems[0];
    if (first) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}: ${problems.slice(1, 4).map((p) => `${p.file}:${p.line}`).join(', ')})` : '';
      throw new FileError(first.file, `${first.message}${more}`, first.line);
    }
  }

  return { dir, metadata: md as unknown as ChartMetadata, warnings, files };
}
