/**
 * Every reference the release owns against the release version, read as bump-version
 * reads them (actions/lib/version-files: `releaseReferences` decides what is a reference,
 * `readReferences` reads them), so that whatever the bump moves is checked here, and
 * nothing else. A reference that holds another version disagrees — with its file, line,
 * value and the fix; `latest`, digests, empty tags and other images are listed as not
 * checked, with the reason.
 *
 * `checkVersionReferences` is pure; `readWorkspace` reads a work tree for it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ActionError } from '../lib/runner/errors.js';
import { stripV } from '../lib/semver/version.js';
import { readReferences } from '../lib/version-files/read.js';
import { referencePaths, releaseReferences, type ReferenceConfig, type ReleaseReferences } from '../lib/version-files/references.js';
import type { VersionFile } from '../lib/version-files/types.js';

export type RowStatus = 'agrees' | 'differs' | 'not checked' | 'error';

export interface VersionRow {
  file: string;
  line?: number;
  name: string;
  value?: string;
  status: RowStatus;
  note?: string;
}

export interface VersionCheck {
  rows: VersionRow[];
  /** The rows that make the check fail. */
  problems: VersionRow[];
}

export interface VersionCheckOptions {
  /** The release's images (without tag): their values.yaml tags and README examples hold the version. */
  images?: readonly string[];
  /** The repository's tags are `v`-prefixed. */
  tagsPrefixed?: boolean;
}

/** Path → text; undefined when the file does not exist. */
export type Contents = ReadonlyMap<string, string | undefined>;

/** What to do about a reference that holds another version. */
export const FIX = 'run bump-version (the prepare-release workflow), which moves every reference to the release version';

export function checkVersionReferences(files: readonly VersionFile[], contents: Contents, version: string, options: VersionCheckOptions = {}): VersionCheck {
  const current = stripV(version);
  const read = readReferences(files, contents, { current, ...(options.images ? { images: options.images } : {}), ...(options.tagsPrefixed === undefined ? {} : { tagsPrefixed: options.tagsPrefixed }) });
  const rows: VersionRow[] = [];
  for (const ref of read.references) {
    const agrees = stripV(ref.value) === current;
    rows.push({ file: ref.path, line: ref.line, name: ref.name, value: ref.value, status: agrees ? 'agrees' : 'differs', ...(agrees ? {} : { note: `expected ${current}` }) });
  }
  for (const s of read.skipped) {
    rows.push({ file: s.path, ...(s.line ? { line: s.line } : {}), name: s.name, ...(s.value !== undefined ? { value: s.value } : {}), status: 'not checked', note: s.reason });
  }
  for (const err of read.errors) {
    const at = err as ActionError & { file?: string; line?: number };
    rows.push({ file: at.file ?? '(version files)', ...(at.line ? { line: at.line } : {}), name: 'read', status: 'error', note: err.message });
  }
  // In the order the files are listed, each file's references by line.
  const order = [...new Set(files.map((f) => f.path))];
  rows.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { rows, problems: rows.filter((r) => r.status === 'differs' || r.status === 'error') };
}

/** `file:line name = value, expected X` for each reference that disagrees; the reader's own message for a file that cannot be read. */
export function describeProblems(problems: readonly VersionRow[], version: string): string {
  return problems
    .map((r) => (r.status === 'error' ? (r.note ?? `${r.file}: cannot be read`) : `${r.file}${r.line ? `:${r.line}` : ''} ${r.name} = ${r.value ?? '(none)'}, expected ${stripV(version)}`))
    .join('; ');
}

const SKIP_DIRS = new Set(['.git', 'node_modules', 'vendor', 'bin', 'dist']);

/** The work tree's paths that can hold references: charts/, config/, .github/workflows/ and the top-level files. */
async function workspacePaths(ws: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    const entries = await readdir(join(ws, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isFile()) out.push(path);
      else if (e.isDirectory() && depth < 6 && !SKIP_DIRS.has(e.name)) await walk(path, depth + 1);
    }
  };
  for (const e of await readdir(ws, { withFileTypes: true }).catch(() => [])) if (e.isFile()) out.push(e.name);
  for (const dir of ['charts', 'config', '.github/workflows']) await walk(dir, 0);
  return out.sort();
}

/** The references of a work tree and the texts to check them in. */
export async function readWorkspace(ws: string, config: ReferenceConfig, repository: string): Promise<ReleaseReferences & { contents: Map<string, string | undefined> }> {
  const paths = await workspacePaths(ws);
  const contents = new Map<string, string | undefined>();
  const load = async (list: readonly string[]): Promise<void> => {
    for (const p of list) if (!contents.has(p)) contents.set(p, await readFile(join(ws, p), 'utf8').catch(() => undefined));
  };
  await load(referencePaths(paths, config));
  const refs = releaseReferences({ paths, contents, config, repository });
  await load(refs.files.map((f) => f.path));
  return { ...refs, contents };
}

export interface VersionInspection {
  /** The version the repository is at, without `v`. */
  current: string;
  /** Where it comes from: `tag v0.0.2`, or the files when there is no release tag. */
  from: string;
  check: VersionCheck;
  /** One line: the references that agree, or each one that does not with the fix. */
  detail: string;
}

/**
 * The repository before a release, as the rehearsal's inspect stage shows it: the current
 * version from the newest release tag (the chart's `version` without one) and every
 * reference against it. Drift is reported, not fatal: the release pull request moves
 * every reference to the new version.
 */
export async function inspectVersions(ws: string, config: ReferenceConfig, repository: string, tags: readonly string[]): Promise<VersionInspection> {
  const { currentTag, tagsPrefixed } = await import('../lib/semver/tags.js');
  const refs = await readWorkspace(ws, config, repository);
  const tag = currentTag(tags);
  const prefixed = tagsPrefixed(tags);
  const fromFiles = readReferences(refs.files, refs.contents, { images: refs.images, tagsPrefixed: prefixed }).current;
  const current = tag?.version ?? fromFiles ?? '0.0.0';
  const from = tag ? `tag ${tag.tag}` : 'the version files: no release tag yet';
  const check = checkVersionReferences(refs.files, refs.contents, current, { images: refs.images, tagsPrefixed: prefixed });
  const agree = check.rows.filter((r) => r.status === 'agrees').length;
  const detail =
    check.problems.length === 0
      ? `version ${current} (${from}): ${agree} reference(s) hold it`
      : `version ${current} (${from}): ${agree} reference(s) hold it, ${check.problems.length} do not — ${describeProblems(check.problems, current)}; the release pull request moves them (${FIX})`;
  return { current, from, check, detail };
}
