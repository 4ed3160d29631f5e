/**
 * CustomResourceDefinitions compared as YAML (not as bytes): key order, quoting,
 * comments and document markers do not matter, values do. Pure.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';

export interface CrdDoc {
  /** `metadata.name`, e.g. `variantautoscalings.llmd.ai`. */
  name: string;
  file: string;
  value: unknown;
}

export interface CrdSet {
  docs: CrdDoc[];
  /** Files that are not YAML, or documents that are not a CRD with a name. */
  problems: string[];
}

/** The CRDs of a set of files (path → text); a file may hold several documents. */
export function readCrds(files: ReadonlyMap<string, string>): CrdSet {
  const docs: CrdDoc[] = [];
  const problems: string[] = [];
  for (const [file, text] of files) {
    const parsed = parseAllDocuments(text);
    if (!Array.isArray(parsed)) {
      problems.push(`${file}: empty`);
      continue;
    }
    for (const [i, doc] of parsed.entries()) {
      const error = doc.errors[0];
      if (error) {
        problems.push(`${file}: not valid YAML (${error.message.split('\n')[0]})`);
        break;
      }
      const value: unknown = doc.toJS();
      if (value === null || value === undefined) continue;
      const obj = value as { kind?: unknown; metadata?: { name?: unknown } };
      if (obj.kind !== 'CustomResourceDefinition' || typeof obj.metadata?.name !== 'string') {
        problems.push(`${file}${parsed.length > 1 ? ` (document ${i + 1})` : ''}: not a CustomResourceDefinition with metadata.name`);
        continue;
      }
      docs.push({ name: obj.metadata.name, file, value });
    }
  }
  return { docs, problems };
}

export interface Difference {
  /** Key path, like `spec.versions[0].additionalPrinterColumns[1].type`. */
  path: string;
  /** The two values there, shortened JSON (`(missing)` when absent). */
  expected: string;
  actual: string;
}

function show(v: unknown): string {
  const s = v === undefined ? '(missing)' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The first key path (in sorted key order) where `actual` differs from `expected`. */
export function firstDifference(expected: unknown, actual: unknown, path = ''): Difference | undefined {
  if (isDeepStrictEqual(expected, actual)) return undefined;
  const a = expected;
  const b = actual;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  return { path: path || '(document)', expected: show(a), actual: show(b) };
}

export interface CrdComparison {
  /** In `expected` and identical in `actual`. */
  same: string[];
  /** In `expected`, absent from `actual`. */
  missing: string[];
  /** In both, different: name and first difference. */
  different: Array<{ name: string; expectedFile: string; actualFile: string; difference: Difference }>;
  /** Only in `actual`. */
  extra: string[];
}

/** Compares the CRDs that should be there (`expected`) with those that are (`actual`), by name. */
export function compareCrds(expected: readonly CrdDoc[], actual: readonly CrdDoc[]): CrdComparison {
  const byName = new Map(actual.map((d) => [d.name, d]));
  const out: CrdComparison = { same: [], missing: [], different: [], extra: [] };
  for (const e of expected) {
    const a = byName.get(e.name);
    if (!a) out.missing.push(e.name);
    else {
      const difference = firstDifference(e.value, a.value);
      if (difference) out.different.push({ name: e.name, expectedFile: e.file, actualFile: a.file, difference });
      else out.same.push(e.name);
    }
  }
  const names = new Set(expected.map((e) => e.name));
  out.extra = actual.filter((a) => !names.has(a.name)).map((a) => a.name);
  return out;
}

export const isCrdFile = (name: string): boolean => /\.(ya?ml|json)$/i.test(name);
