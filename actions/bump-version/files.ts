/**
 * The `files` input: each line a path whose type its name makes clear, or a JSON object.
 * Which files a release owns otherwise is decided in one place for every action
 * (actions/lib/version-files/references.ts).
 */
import type { VersionFile, VersionFileType } from '../lib/version-files/types.js';

const TYPES: readonly VersionFileType[] = ['chart', 'values', 'makefile', 'docs', 'regex', 'json', 'yaml'];

/** The type a path's name makes clear, or undefined. */
export function inferType(path: string): VersionFileType | undefined {
  const name = path.split('/').pop() ?? '';
  if (name === 'Chart.yaml') return 'chart';
  if (/^values(?:[.-][\w.-]+)?\.ya?ml$/.test(name)) return 'values';
  if (name === 'Makefile' || name === 'GNUmakefile' || name.endsWith('.mk')) return 'makefile';
  if (/\.(?:md|markdown|rst|adoc|txt)$/i.test(name)) return 'docs';
  return undefined;
}

/** Why `path` cannot be a repository path, or undefined. */
export function pathProblem(path: string): string | undefined {
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:|[\\\0\r\n]/.test(path) || path.split('/').includes('..') || path.split('/').includes('')) {
    return `expected a repository-relative path with / separators and no .., got ${JSON.stringify(path)}`;
  }
  return undefined;
}

function stringList(value: unknown, what: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) throw new Error(`expected "${what}" to be a list of strings`);
  return value as string[];
}

/**
 * One line of the `files` input: a path whose type its name makes clear, or a JSON
 * object with `path`, `type` and the type's options (`variables`, `key`, `pattern`,
 * `images`, `chart`, `optional`). Throws an Error saying what was expected.
 */
export function parseFileLine(line: string): VersionFile {
  if (line.startsWith('{')) {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`expected a path or a JSON object, got invalid JSON (${(err as Error).message})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('expected a JSON object');
    const o = raw as Record<string, unknown>;
    const known = new Set(['path', 'type', 'variables', 'key', 'pattern', 'images', 'chart', 'optional']);
    const unknown = Object.keys(o).filter((k) => !known.has(k));
    if (unknown.length > 0) throw new Error(`unknown key ${JSON.stringify(unknown[0])} (expected ${[...known].join(', ')})`);
    if (typeof o['path'] !== 'string') throw new Error('expected "path" to be a string');
    const path = o['path'];
    const problem = pathProblem(path);
    if (problem) throw new Error(problem);
    const type = o['type'] === undefined ? inferType(path) : o['type'];
    if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
      throw new Error(`expected "type" to be one of ${TYPES.join(', ')}${o['type'] === undefined ? ` (the type of ${path} is not clear from its name)` : ''}`);
    }
    for (const k of ['key', 'pattern'] as const) if (o[k] !== undefined && (typeof o[k] !== 'string' || o[k] === '')) throw new Error(`expected "${k}" to be a non-empty string`);
    if (type === 'regex' && o['pattern'] === undefined) throw new Error('expected "pattern" (one capture group: the version) for a regex file');
    if ((type === 'json' || type === 'yaml') && o['key'] === undefined) throw new Error(`expected "key" (a key path like spec.version) for a ${type} file`);
    if (o['optional'] !== undefined && typeof o['optional'] !== 'boolean') throw new Error('expected "optional" to be true or false');
    const chart = typeof o['chart'] === 'string' ? [o['chart']] : stringList(o['chart'], 'chart');
    const file: VersionFile = { path, type: type as VersionFileType };
    const variables = stringList(o['variables'], 'variables');
    const images = stringList(o['images'], 'images');
    if (variables) file.variables = variables;
    if (images) file.images = images;
    if (chart) file.chart = chart;
    if (typeof o['key'] === 'string') file.key = o['key'];
    if (typeof o['pattern'] === 'string') file.pattern = o['pattern'];
    if (o['optional'] === true) file.optional = true;
    return file;
  }
  const problem = pathProblem(line);
  if (problem) throw new Error(problem);
  const type = inferType(line);
  if (!type) {
    throw new Error(`cannot tell the kind of version file ${line} from its name; write it as JSON, e.g. {"path": "${line}", "type": "regex", "pattern": "..."}`);
  }
  return { path: line, type };
}
