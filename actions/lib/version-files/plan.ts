import { ActionError, FileError } from '../runner/errors.js';
import { compareVersions, stripV } from '../semver/version.js';
import { readDeclaringFile } from './declaring.js';
import { readDocs } from './docs.js';
import { applyRefs, checkNext } from './text.js';
import type { FileEdit, PlannedRef, ReadResult, VersionFile, VersionFileType, VersionPlan, VersionRef } from './types.js';
import { readValuesYaml } from './values-yaml.js';

/**
 * The planner: reads every version file first, decides the current version, and
 * returns every edit — or throws, and then nothing is to be written.
 *
 * Files have one of two roles:
 * - declaring (`chart`, `makefile`, `regex`, `json`, `yaml`): their values must all agree
 *   (`v` or not); that value is the current version.
 * - following (`values`, `docs`): read once the current version is known; only the
 *   references that hold it are updated, the others are reported as skipped.
 *
 * A new version equal to the current one plans no edit (a re-run is idempotent); a lower
 * one is refused unless `allowDowngrade`.
 */

export interface PlanOptions {
  /** Accept a new version lower than the current one. */
  allowDowngrade?: boolean;
}

/** Path → text, `undefined` (or absent) when the file does not exist. */
export type FileContents = ReadonlyMap<string, string | undefined> | Readonly<Record<string, string | undefined>>;

/** Several version files failed; `errors` holds each one (FileErrors name the file and line). */
export class VersionFilesError extends ActionError {
  constructor(readonly errors: readonly ActionError[]) {
    super(`${errors.length} problems with the version files; nothing was changed:\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
}

/** The declaring files hold different versions; `found` lists every reference. */
export class VersionDisagreementError extends ActionError {
  constructor(readonly found: readonly PlannedRef[]) {
    const values = [...new Set(found.map((f) => stripV(f.value)))];
    super(
      `the version files disagree on the current version (${values.join(' vs ')}); expected one version everywhere:\n` +
        found.map((f) => `- ${f.path}:${f.line} ${f.name} = ${f.value}`).join('\n'),
    );
  }
}

const TYPES: ReadonlySet<VersionFileType> = new Set(['chart', 'values', 'makefile', 'docs', 'regex', 'json', 'yaml']);
const FOLLOWING: ReadonlySet<VersionFileType> = new Set(['values', 'docs']);

function lookup(contents: FileContents, path: string): string | undefined {
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

export function planVersionBump(files: readonly VersionFile[], contents: FileContents, newVersion: string, options: PlanOptions = {}): VersionPlan {
  const next = checkNext(newVersion);
  if (files.length === 0) {
    throw new ActionError('expected at least one version file: configure them, or keep a charts/<name>/Chart.yaml for discovery to find');
  }

  const errors: ActionError[] = [];
  const refsByPath = new Map<string, VersionRef[]>();
  const references: PlannedRef[] = [];
  const skipped: VersionPlan['skipped'] = [];
  const chartNames: string[] = [];
  const images: string[] = [];

  const record = (file: VersionFile, result: ReadResult): void => {
    const role = FOLLOWING.has(file.type) ? 'follows' : 'declares';
    const list = refsByPath.get(file.path) ?? [];
    for (const ref of result.refs) {
      list.push(ref);
      references.push({ path: file.path, name: ref.name, line: ref.line, value: ref.value, role });
    }
    refsByPath.set(file.path, list);
    for (const s of result.skipped) skipped.push({ path: file.path, ...s });
  };

  /** Reads one file with `read`, collecting (not throwing) what is wrong with it. */
  const visit = (file: VersionFile, read: (text: string) => ReadResult): void => {
    const problem = configProblem(file);
    if (problem) {
      errors.push(new FileError(file.path, problem));
      return;
    }
    const text = lookup(contents, file.path);
    if (text === undefined) {
      if (file.optional) skipped.push({ path: file.path, name: file.type, reason: 'file not found' });
      else errors.push(new FileError(file.path, `expected this ${file.type} version file to exist, it is missing`));
      return;
    }
    try {
      record(file, read(text));
    } catch (error) {
      if (error instanceof ActionError) errors.push(error);
      else throw error;
    }
  };

  const fail = (): void => {
    if (errors.length === 1) throw errors[0] as ActionError;
    if (errors.length > 1) throw new VersionFilesError(errors);
  };

  // 1. The declaring files.
  for (const file of files) {
    if (FOLLOWING.has(file.type)) continue;
    visit(file, (text) => readDeclaringFile(file, text, chartNames));
  }
  fail();

  // 2. The current version.
  const declared = references.filter((r) => r.role === 'declares');
  if (declared.length === 0) {
    throw new ActionError(
      `expected a version file that declares the current version (a chart, makefile, regex, json or yaml file), found none among ${files.map((f) => f.path).join(', ')}`,
    );
  }
  const current = stripV((declared[0] as PlannedRef).value);
  if (declared.some((r) => stripV(r.value) !== current)) throw new VersionDisagreementError(declared);
  if (compareVersions(next, current) < 0 && !options.allowDowngrade) {
    throw new ActionError(`expected a new version greater than the current version ${current}, got ${next} (a downgrade must be allowed explicitly)`);
  }

  // 3. The following files: values first (their image names serve the docs), then docs.
  for (const file of files) {
    if (file.type !== 'values') continue;
    visit(file, (text) => {
      const result = readValuesYaml(text, { current, ...(file.key ? { key: file.key } : {}), optional: file.optional === true }, file.path);
      images.push(...result.images);
      return result;
    });
  }
  for (const file of files) {
    if (file.type !== 'docs') continue;
    visit(file, (text) =>
      readDocs(
        text,
        {
          current,
          charts: [...new Set([...asList(file.chart), ...chartNames])],
          images: [...new Set([...asList(file.images), ...images])],
          optional: file.optional === true,
        },
        file.path,
      ),
    );
  }
  fail();

  // 4. The edits, one per file, in the order the files were listed.
  const edits: FileEdit[] = [];
  for (const path of new Set(files.map((f) => f.path))) {
    const refs = refsByPath.get(path);
    if (!refs || refs.length === 0) continue;
    const before = lookup(contents, path) as string;
    try {
      const { text: after, changes } = applyRefs(before, refs, next, path);
      if (changes.length > 0) edits.push({ path, before, after, changes: changes.sort((a, b) => a.line - b.line) });
    } catch (error) {
      if (error instanceof ActionError) errors.push(error);
      else throw error;
    }
  }
  fail();

  return { currentVersion: current, newVersion: next, edits, references, skipped };
}
