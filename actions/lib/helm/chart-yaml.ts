/**
 * Chart.yaml read as Helm reads it (sigs.k8s.io/yaml into `chart.Metadata`), with the line of
 * every field for messages. A number or boolean where Helm expects a string becomes the string
 * Go's converter gives (`1.10` -> `1.1`, `7244500.0` -> `7.2445e+06`), with a warning.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type Scalar } from 'yaml';
import { FileError } from '../runner/errors.js';
import type { YamlValue } from './goyaml.js';
import {
  ALIAS_NAME,
  DEPENDENCY_FIELDS,
  MAINTAINER_FIELDS,
  METADATA_FIELDS,
  CHART_NAME,
  sanitizeString,
  type ChartDependency,
  type ChartMetadata,
  type Maintainer,
} from './metadata.js';
import { helmVersionProblem, isStrictSemver } from './version.js';

/** strconv.FormatFloat(f, 'g', -1, 32): the shortest float32 digits, exponent form from 1e+06 and below 1e-04. */
export function goFormatFloat32(v: number): string {
  const f = Math.fround(v);
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : f < 0 ? '-Inf' : 'NaN';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  let p = 1;
  while (p < 9 && Math.fround(Number(f.toPrecision(p))) !== f) p++;
  const [mant, expText] = f.toExponential(p - 1).split('e') as [string, string];
  const exp = Number(expText);
  // Go's shortest 'g' switches to the exponent form at exponent 6 (eprec = 6).
  if (exp < -4 || exp >= 6) {
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(f.toPrecision(p)));
}

export type Kind = 'string' | 'string[]' | 'boolean' | 'any[]' | 'maintainers' | 'annotations' | 'dependencies';

/** The Chart.yaml fields Helm's Metadata.Validate leaves as written. */
const UNSANITIZED = new Set(['apiVersion', 'version', 'type']);

export class ChartYaml {
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

  /**
   * A scalar as a string. Numbers and booleans become the text sigs.k8s.io/yaml gives a string
   * field (integers as written, floats as float32 'g', true/false), with a warning.
   */
  string(node: unknown, what: string): string | undefined {
    if (node === null || node === undefined) return undefined;
    if (!isScalar(node)) this.fail(`${what} must be a string`, node);
    const v = (node as Scalar).value;
    if (v === null) return undefined;
    // Metadata.Validate sanitizes every string field but apiVersion, version and type: a stray
    // control character there stays, and makes the value invalid as it does for Helm.
    if (typeof v === 'string') return UNSANITIZED.has(what) ? v : sanitizeString(v);
    const range = (node as Scalar).range;
    const src = range ? this.text.slice(range[0], range[1]) : String(v);
    if (typeof v === 'number' || typeof v === 'boolean') {
      const helm = typeof v === 'boolean' ? String(v) : /^[-+]?\d+$/.test(src) ? String(v) : goFormatFloat32(v);
      this.warnings.push(`${this.file}:${this.line(node)}: ${what} ${src} is not quoted, so YAML reads it as a ${typeof v} and Helm writes ${JSON.stringify(helm)}; quote it`);
      return helm;
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

export function readValue(y: ChartYaml, kind: Kind, node: unknown, what: string): unknown {
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

export interface ParsedChartYaml {
  metadata: ChartMetadata;
  /** The line of each top-level key. */
  lines: Record<string, number | undefined>;
  warnings: string[];
}

export interface ParseChartYamlOptions {
  /**
   * Refuse a Chart.yaml without apiVersion (true for the chart being released). Helm's loader
   * reads a missing apiVersion as v1; its lint refuses it, and so do we for the released chart.
   */
  requireApiVersion?: boolean;
}

/**
 * Chart.yaml parsed and validated as Helm's loader does (`yaml.Unmarshal` into `chart.Metadata`,
 * then `Metadata.Validate`). Throws FileError with the file, the line and the fix.
 */
export function parseChartYaml(text: string, file: string, options: ParseChartYamlOptions = {}): ParsedChartYaml {
  const y = new ChartYaml(file, text);
  // Helm reads Chart.yaml without strict mode: a repeated key is taken at its last value (its lint only warns).
  const doc = parseDocument(text, { lineCounter: y.lc, uniqueKeys: false, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const msg = err.message.split('\n')[0] ?? err.message;
    throw new FileError(file, `not valid YAML: ${msg}`, err.linePos?.[0]?.line ?? y.lc.linePos(err.pos[0]).line);
  }
  if (doc.contents !== null && !isMap(doc.contents)) throw new FileError(file, 'Chart.yaml must be a mapping of fields (apiVersion, name, version, ...)', 1);
  const md: Record<string, unknown> = {};
  const lines: Record<string, number | undefined> = {};
  for (const p of (doc.contents?.items ?? []) as Pair[]) {
    const k = y.key(p);
    if (k in lines) y.warnings.push(`${file}:${y.line(p.key)}: duplicate key '${k}' (also line ${lines[k]}): Helm takes this last value; remove the other`);
    lines[k] = y.line(p.key);
    const kind = METADATA_FIELDS[k as keyof typeof METADATA_FIELDS];
    if (!kind) {
      y.warnings.push(`${file}:${y.line(p.key)}: unknown key '${k}' (Helm ignores it; it will not be in the package or the index)`);
      continue;
    }
    const v = readValue(y, kind, p.value, k);
    if (v !== undefined) md[k] = v;
  }
  validateMetadata(md, lines, file, y.warnings, options);
  return { metadata: md as unknown as ChartMetadata, lines, warnings: y.warnings };
}

function validateMetadata(md: Record<string, unknown>, lines: Record<string, number | undefined>, file: string, warnings: string[], options: ParseChartYamlOptions): void {
  const apiVersion = md.apiVersion as string | undefined;
  if (!apiVersion) {
    if (options.requireApiVersion) throw new FileError(file, "Chart.yaml has no apiVersion: add 'apiVersion: v2' (Helm 3 charts) as the first line", 1);
    md.apiVersion = 'v1';
  }
  const name = md.name as string | undefined;
  if (!name) throw new FileError(file, "Chart.yaml has no name: add 'name: <chart-name>' (lowercase letters, digits and dashes)", 1);
  if (name === '.' || name === '..' || name.includes('/')) {
    throw new FileError(file, `chart name '${name}' is not allowed: it must not be '.' or '..' nor contain '/'`, lines.name);
  }
  if (!CHART_NAME.test(name)) {
    warnings.push(`${file}:${lines.name}: chart name '${name}' is not lowercase letters, digits and dashes; Helm packages it, but OCI registries refuse such repository names`);
  }

  if (!apiVersion) warnings.push(`${file}:1: no apiVersion: Helm reads the chart as apiVersion v1 (Helm 2's format)`);
  else if (apiVersion === 'v1') warnings.push(`${file}:${lines.apiVersion}: apiVersion v1 is Helm 2's format; use v2`);
  else if (apiVersion !== 'v2') throw new FileError(file, `apiVersion '${apiVersion}' is not valid: it must be v1 or v2 (write 'apiVersion: v2')`, lines.apiVersion);

  const version = md.version as string | undefined;
  if (!version) throw new FileError(file, "Chart.yaml has no version: add 'version: <SemVer>' (e.g. 'version: 0.1.0')", 1);
  const vp = helmVersionProblem(version);
  if (vp) throw new FileError(file, `version ${vp}`, lines.version);
  if (!isStrictSemver(version)) warnings.push(`${file}:${lines.version}: version '${version}' is not strict SemVer 2 (MAJOR.MINOR.PATCH, no 'v'): Helm packages it as written, helm lint warns`);

  if (md.type !== undefined && md.type !== '' && md.type !== 'application' && md.type !== 'library') {
    throw new FileError(file, `type '${String(md.type)}' is not valid: it must be application or library`, lines.type);
  }

  const seen = new Set<string>();
  for (const d of (md.dependencies as ChartDependency[] | undefined) ?? []) {
    const key = d.alias || d.name;
    if (seen.has(key)) throw new FileError(file, `more than one dependency with name or alias '${key}': give one of them another alias`, lines.dependencies);
    seen.add(key);
  }
}

/** The `dependencies` of a requirements.yaml (Helm 2's file, which Helm still reads into the metadata). */
export function parseRequirements(text: string, file: string): ChartDependency[] | undefined {
  const y = new ChartYaml(file, text);
  const doc = parseDocument(text, { lineCounter: y.lc, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new FileError(file, `not valid YAML (Helm cannot load the chart): ${err.message.split('\n')[0]}`, y.lc.linePos(err.pos[0]).line);
  if (!isMap(doc.contents)) return undefined;
  const pair = (doc.contents.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === 'dependencies');
  return pair ? (readValue(y, 'dependencies', pair.value, 'dependencies') as ChartDependency[] | undefined) : undefined;
}
