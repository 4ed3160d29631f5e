/**
 * Reading somebody else's repository index the way Helm's `loadIndex` reads it (pkg/repo/v1
 * index.go): the strict reader first (fast, and exact about lines); when it refuses the file, a
 * lenient pass in which an entry Helm would skip ("skipping loading invalid entry": no name, a
 * version that is not SemVer) is skipped with a warning, and what Helm does not check (a digest
 * that is not sha256 hex, an entry without urls, a version listed twice) is kept. Our own index
 * (publish-helm's pages branch, verify-release) is read strictly; a dependency's repository is
 * data we do not own, so its quirks are read, not refused.
 */
import semver from 'semver';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { FileError } from '../runner/errors.js';
import { readIndex, type IndexSummary, type IndexVersionSummary } from './index-file.js';

export interface LoadedIndex extends IndexSummary {
  /** Entries skipped as Helm skips them, and why the strict reader refused the file. */
  warnings: string[];
}

const text = (node: unknown): string | undefined => {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
};

function entryOf(item: unknown, chart: string, line: (n: unknown) => number, warnings: string[]): IndexVersionSummary | undefined {
  if (!isMap(item)) {
    warnings.push(`line ${line(item)}: an entry of chart '${chart}' is not a mapping; skipped, as Helm skips it`);
    return undefined;
  }
  const get = (k: string): unknown => (item.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === k)?.value;
  const version = text(get('version'));
  if (!text(get('name'))) {
    warnings.push(`line ${line(item)}: an entry of chart '${chart}' has no name; skipped, as Helm skips it`);
    return undefined;
  }
  if (!version || !semver.valid(version.startsWith('v') ? version.slice(1) : version, { loose: true })) {
    warnings.push(`line ${line(item)}: chart '${chart}' version ${JSON.stringify(version ?? null)} is not SemVer; skipped, as Helm skips it`);
    return undefined;
  }
  const urlsNode = get('urls');
  const urls = isSeq(urlsNode) ? urlsNode.items.map(text).filter((u): u is string => !!u) : [];
  const deprecated = get('deprecated');
  const digest = text(get('digest'));
  return { version, urls, deprecated: isScalar(deprecated) && deprecated.value === true, line: line(item), ...(digest ? { digest } : {}) };
}

function lenient(source: string, file: string, reason: string): LoadedIndex {
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  const err = doc.errors[0];
  if (err) throw new FileError(file, `not valid YAML: ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
  const line = (n: unknown): number => {
    const range = (n as Node | undefined)?.range;
    return range ? lc.linePos(range[0]).line : 1;
  };
  if (!isMap(doc.contents)) throw new FileError(file, 'not a Helm repository index (expected a mapping with apiVersion and entries)', 1);
  const top = (k: string): Pair | undefined => (doc.contents as { items: Pair[] }).items.find((p) => isScalar(p.key) && p.key.value === k);
  const apiVersion = text(top('apiVersion')?.value);
  if (!apiVersion) throw new FileError(file, 'no apiVersion (Helm refuses an index without one)', 1);
  const entries = top('entries')?.value;
  const warnings = [`${file} is not strictly valid (${reason}); read as Helm reads it`];
  const charts: IndexSummary['charts'] = [];
  if (isMap(entries)) {
    for (const p of entries.items as Pair[]) {
      const name = text(p.key) ?? '';
      const items = isSeq(p.value) ? p.value.items : [];
      const versions = items.map((i) => entryOf(i, name, line, warnings)).filter((v): v is IndexVersionSummary => v !== undefined);
      charts.push({ name, line: line(p.key), versions });
    }
  }
  return { apiVersion, charts, shape: 'yaml', warnings };
}

/** A repository index as Helm loads it: strict when it can be, lenient where Helm is. */
export function loadRepositoryIndex(bytes: string | Uint8Array, file = 'index.yaml'): LoadedIndex {
  try {
    return { ...readIndex(bytes, file), warnings: [] };
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    const source = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
    const reason = e.message.startsWith(`${file}`) ? e.message.slice(file.length).replace(/^:/, 'line ') : e.message;
    return lenient(source, file, reason);
  }
}
