/**
 * The adapter between doctor and the version-file library: the one place that says which
 * references a release owns and what each holds. When `actions/lib/version-files` gets its
 * shared definition of "the references a release owns", only this file changes.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Pair, type Scalar } from 'yaml';
import { ActionError, FileError } from '../../actions/lib/runner/errors.js';
import { versionProblem } from '../../actions/lib/semver/version.js';
import { readDeclaringFile } from '../../actions/lib/version-files/declaring.js';
import { releaseReferences } from '../../actions/lib/version-files/references.js';
import type { VersionFile } from '../../actions/lib/version-files/types.js';
import { readValuesYaml } from '../../actions/lib/version-files/values-yaml.js';

export interface VersionReference {
  path: string;
  line: number;
  /** `version`, `appVersion`, `IMG_TAG`, `image.tag`… */
  name: string;
  /** As written, without quotes. */
  value: string;
  /** `declares`: decides the current version; `follows`: moved only when it holds it. */
  role: 'declares' | 'follows';
  /** Why the release would not read it as a version, when it would not. */
  problem?: string;
}

export interface VersionReading {
  files: VersionFile[];
  references: VersionReference[];
  /** Files the release refuses to read at all (more than one chart, unreadable YAML). */
  problems: Array<{ path: string; line?: number; message: string }>;
  /** Makefile variables the discovery looks for that the Makefile does not define. */
  missingVariables: string[];
}

/** Every version reference of the repository, as bump-version and preflight would find them. */
export function readVersionReferences(paths: readonly string[], files: ReadonlyMap<string, string>): VersionReading {
  const reading: VersionReading = { files: [], references: [], problems: [], missingVariables: [] };
  let images: string[] = [];
  try {
    // the release's own definition (bump-version and preflight use it too); the images are the
    // ones the repository names itself, since doctor runs before any configuration exists
    const refs = releaseReferences({ paths, contents: files, config: {}, repository: '' });
    reading.files = refs.files;
    images = refs.images;
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    reading.problems.push({ path: 'charts/', message: error.message });
    return reading;
  }
  for (const file of reading.files) {
    const text = files.get(file.path);
    if (text === undefined) continue;
    if (file.type === 'values') continue;
    if (file.type === 'docs') continue;
    readDeclaring(file, text, reading);
  }
  for (const file of reading.files.filter((f) => f.type === 'values')) {
    const text = files.get(file.path);
    if (text !== undefined) readFollowing(file, text, images, reading);
  }
  return reading;
}

function readDeclaring(file: VersionFile, text: string, reading: VersionReading): void {
  try {
    const result = readDeclaringFile(file, text, []);
    for (const ref of result.refs) reading.references.push({ path: file.path, line: ref.line, name: ref.name, value: ref.value, role: 'declares' });
    for (const s of result.skipped) {
      if (s.reason === 'not defined' && file.type === 'makefile') reading.missingVariables.push(s.name);
    }
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    if (file.type !== 'chart') {
      reading.problems.push({ path: file.path, ...(error.line ? { line: error.line } : {}), message: error.message });
      return;
    }
    // The library stops at the first bad value; doctor reports every value with its own verdict.
    for (const ref of rawChartVersions(text)) reading.references.push({ path: file.path, ...ref, role: 'declares' });
  }
}

function readFollowing(file: VersionFile, text: string, images: readonly string[], reading: VersionReading): void {
  try {
    const result = readValuesYaml(text, { images, ...(file.key ? { key: file.key } : {}), optional: true }, file.path);
    for (const ref of result.refs) reading.references.push({ path: file.path, line: ref.line, name: ref.name, value: ref.value, role: 'follows' });
    for (const s of result.skipped) {
      if (s.line === undefined || s.value === undefined) continue;
      reading.references.push({ path: file.path, line: s.line, name: s.name, value: s.value, role: 'follows', ...(versionProblem(s.value) ? { problem: s.reason } : {}) });
    }
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    reading.problems.push({ path: file.path, ...(error.line ? { line: error.line } : {}), message: error.message });
  }
}

/** Chart.yaml `version` and `appVersion` with their lines, each judged on its own. */
function rawChartVersions(text: string): Array<Omit<VersionReference, 'path' | 'role'>> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const out: Array<Omit<VersionReference, 'path' | 'role'>> = [];
  for (const pair of doc.contents.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'version' && key !== 'appVersion') continue;
    const node = pair.value as Scalar | null;
    if (!isScalar(node) || node.value === null) continue;
    const value = String(node.value);
    const line = lc.linePos(node.range?.[0] ?? 0).line;
    const problem = key === 'version' ? chartVersionProblem(value) : versionProblem(value);
    out.push({ line, name: key, value, ...(problem ? { problem } : {}) });
  }
  return out;
}

function chartVersionProblem(value: string): string | undefined {
  if (value.startsWith('v')) return 'bump-version reads and writes the chart version without a v';
  return versionProblem(value);
}
