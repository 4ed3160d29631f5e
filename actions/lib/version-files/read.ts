/**
 * Reading every reference of a set of version files, the one way bump-version's plan and
 * verify-release's versions check both do it: declaring files first (a chart, Makefile
 * variables, regex / json / yaml keys), then values.yaml tags of the release's images,
 * then the docs (whose helm examples name the charts read first). Collects what is wrong
 * with each file instead of stopping at the first.
 */
import { ActionError, FileError } from '../runner/errors.js';
import { stripV } from '../semver/version.js';
import { readDeclaringFile } from './declaring.js';
import { readDocs } from './docs.js';
import type { PlannedRef, ReadResult, SkippedRef, VersionFile, VersionFileType, VersionRef } from './types.js';
import { readValuesYaml } from './values-yaml.js';

/** Path → text, `undefined` (or absent) when the file does not exist. */
export type FileContents = ReadonlyMap<string, string | undefined> | Readonly<Record<string, string | undefined>>;

export interface ReadOptions {
  /** The version the repository is at (the newest release tag); default: the first declaring reference's. */
  current?: string;
  /** The release's images: their values.yaml tags and docs examples are references. */
  images?: readonly string[];
  /** The repository's tags are `v`-prefixed (the style an appVersion that is not a version takes). */
  tagsPrefixed?: boolean;
}

export interface ReadReferences {
  /** The current version without `v`; undefined when nothing declares one and none was given. */
  current?: string;
  refsByPath: Map<string, VersionRef[]>;
  references: PlannedRef[];
  skipped: Array<SkippedRef & { path: string }>;
  /** Files that could not be read as configured, each a FileError naming it. */
  errors: ActionError[];
}

const TYPES: ReadonlySet<VersionFileType> = new Set(['chart', 'values', 'makefile', 'docs', 'regex', 'json', 'yaml']);
export const FOLLOWING: ReadonlySet<VersionFileType> = new Set(['values', 'docs']);

export function lookup(contents: FileContents, path: string): string | undefined {
  if (contents instanceof Map) return contents.get(path);
  const record = contents as Readonly<Record<string, string | undefined>>;
  return Object.prototype.hasOwnProperty.call(record, path) ? record[path] : undefined;
}

function asList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** Why a configuration entry cannot be used, or undefined. */
function configProblem(file: VersionFile): string | undefined {
  const path = String(file.path ?? '');
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:|[\\\0]/.test(path) || path.split('/').includes('..')) {
    return `expected a repository-relative path with / separators and no .., got ${JSON.stringify(path)}`;
  }
  if (!TYPES.has(file.type)) return `expected a version file type (${[...TYPES].join(', ')}), got ${JSON.stringify(file.type)}`;
  if (file.type === 'regex' && !file.pattern) return 'expected a pattern for a regex version file';
  if ((file.type === 'json' || file.type === 'yaml') && !file.key) return `expected a key path for a ${file.type} version file`;
  return undefined;
}

export function readReferences(files: readonly VersionFile[], contents: FileContents, options: ReadOptions = {}): ReadReferences {
  const out: ReadReferences = { refsByPath: new Map(), references: [], skipped: [], errors: [] };
  const chartNames: string[] = [];
  const images = [...(options.images ?? [])];

  const visit = (file: VersionFile, read: (text: string) => ReadResult): void => {
    const problem = configProblem(file);
    if (problem) return void out.errors.push(new FileError(file.path, problem));
    const text = lookup(contents, file.path);
    if (text === undefined) {
      if (file.optional) out.skipped.push({ path: file.path, name: file.type, reason: 'file not found' });
      else out.errors.push(new FileError(file.path, `expected this ${file.type} version file to exist, it is missing`));
      return;
    }
    let result: ReadResult;
    try {
      result = read(text);
    } catch (error) {
      if (error instanceof ActionError) return void out.errors.push(error);
      throw error;
    }
    const role = FOLLOWING.has(file.type) ? 'follows' : 'declares';
    const list = out.refsByPath.get(file.path) ?? [];
    for (const ref of result.refs) {
      list.push(ref);
      out.references.push({ path: file.path, name: ref.name, line: ref.line, value: ref.value, role });
    }
    out.refsByPath.set(file.path, list);
    for (const s of result.skipped) out.skipped.push({ path: file.path, ...s });
  };

  const chartOptions = options.tagsPrefixed === undefined ? {} : { tagsPrefixed: options.tagsPrefixed };
  for (const file of files) if (!FOLLOWING.has(file.type)) visit(file, (text) => readDeclaringFile(file, text, chartNames, chartOptions));
  const first = out.references.find((r) => r.role === 'declares');
  const current = options.current !== undefined ? stripV(options.current) : first && stripV(first.value);
  if (current !== undefined) out.current = current;

  for (const file of files) {
    if (file.type !== 'values') continue;
    visit(file, (text) => {
      const result = readValuesYaml(text, { images, ...(file.key ? { key: file.key } : {}), optional: file.optional === true }, file.path);
      images.push(...result.images); // the docs show the images the chart deploys
      return result;
    });
  }
  for (const file of files) {
    if (file.type !== 'docs') continue;
    const charts = [...new Set([...asList(file.chart), ...chartNames])];
    const docImages = [...new Set([...asList(file.images), ...images])];
    visit(file, (text) => readDocs(text, { current: current ?? '0.0.0', charts, images: docImages, optional: file.optional === true }, file.path));
  }
  return out;
}
