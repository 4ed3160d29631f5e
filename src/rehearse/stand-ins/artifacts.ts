/**
 * Stand-ins for actions/upload-artifact v7 and actions/download-artifact v8: an artifact is a
 * folder of the run's artifact store, with a small record beside it (its ID, its digest, whether
 * it was zipped). The inputs, their refusals and where the files land follow those majors'
 * action.yml and release notes: hidden files left out unless asked, `archive: false` for one
 * file named after itself, a single artifact by name or by ID extracted straight into `path`,
 * a digest mismatch an error unless `digest-mismatch` says otherwise.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { StepContext, StepOutcome } from '../types.js';

interface ArtifactRecord {
  id: number;
  digest: string;
  archive: boolean;
}

const ok = (outputs: Record<string, string>, notes: string[]): StepOutcome => ({ status: 'passed', outputs, notes });
const fail = (reason: string): StepOutcome => ({ status: 'failed', reason });
const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const bool = (text: string | undefined, dflt: boolean): boolean => (text === undefined || text === '' ? dflt : text.trim().toLowerCase() === 'true');
const abs = (ctx: StepContext, path: string): string => (isAbsolute(path) ? path : resolve(ctx.workspace, path));
const hidden = (name: string): boolean => name.startsWith('.');

function matchGlob(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  return re.test(name);
}

/** The files and folders a path input names: a path, or a `*`/`?` pattern in its last part. */
export function expandPath(ctx: StepContext, pattern: string): string[] {
  const full = abs(ctx, pattern);
  if (!/[*?]/.test(basename(full))) return existsSync(full) ? [full] : [];
  const dir = dirname(full);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => matchGlob(basename(full), f))
    .sort()
    .map((f) => join(dir, f));
}

const recordFile = (ctx: StepContext, name: string): string => join(ctx.artifacts.dir, `${name}.artifact.json`);

function readRecord(ctx: StepContext, name: string): ArtifactRecord | undefined {
  const file = recordFile(ctx, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ArtifactRecord) : undefined;
}

/** An artifact's digest: every file below it, by relative path, in order. */
function digestOf(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(`${relative(dir, p)}\0`).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** The next artifact ID of the run: IDs are never reused, even after an overwrite. */
function nextId(ctx: StepContext): number {
  const ids = readdirSync(ctx.artifacts.dir)
    .filter((f) => f.endsWith('.artifact.json'))
    .map((f) => (JSON.parse(readFileSync(join(ctx.artifacts.dir, f), 'utf8')) as ArtifactRecord).id);
  return Math.max(0, ...ids) + 1;
}

const IF_NO_FILES = ['warn', 'error', 'ignore'];

export async function uploadArtifact(ctx: StepContext): Promise<StepOutcome> {
  const ifNone = ctx.inputs['if-no-files-found'] || 'warn';
  if (!IF_NO_FILES.includes(ifNone)) return fail(`Unrecognized if-no-files-found input. Provided: ${ifNone}. Available options: ${IF_NO_FILES.join(', ')}`);
  if (!ctx.inputs['path']) return fail('Input required and not supplied: path');
  const includeHidden = bool(ctx.inputs['include-hidden-files'], false);
  const paths = lines(ctx.inputs['path'])
    .flatMap((p) => expandPath(ctx, p))
    .filter((p) => includeHidden || !hidden(basename(p)));
  if (paths.length === 0) {
    const msg = `No files were found with the provided path: ${ctx.inputs['path']}. No artifacts will be uploaded.`;
    return ifNone === 'error' ? fail(msg) : ok({}, ifNone === 'warn' ? [msg] : []);
  }
  const archive = bool(ctx.inputs['archive'], true);
  if (!archive && (paths.length !== 1 || !statSync(paths[0]!).isFile())) return fail(`When 'archive' is false, exactly one file can be uploaded; the path input names ${paths.length === 1 ? 'a folder' : `${paths.length} files`}`);
  // unzipped, the artifact is the file itself and takes its name
  const name = archive ? ctx.inputs['name'] || 'artifact' : basename(paths[0]!);
  const dir = join(ctx.artifacts.dir, name);
  if (existsSync(dir)) {
    if (!bool(ctx.inputs['overwrite'], false)) return fail(`Failed to CreateArtifact: an artifact with the name ${name} was already created in this run (set overwrite: true to replace it)`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  for (const p of paths) cpSync(p, join(dir, basename(p)), { recursive: true, filter: (src) => includeHidden || src === p || !hidden(basename(src)) });
  const record: ArtifactRecord = { id: nextId(ctx), digest: digestOf(dir), archive };
  writeFileSync(recordFile(ctx, name), JSON.stringify(record));
  const shown = paths.map((p) => (relative(ctx.workspace, p).startsWith('..') ? basename(p) : relative(ctx.workspace, p)));
  return ok(
    { 'artifact-id': String(record.id), 'artifact-url': `${ctx.github.serverUrl}/${ctx.repository}/actions/runs/1/artifacts/${record.id}`, 'artifact-digest': record.digest },
    [`artifact ${name} (ID ${record.id}${archive ? '' : ', not zipped'}): ${shown.join(', ')}`],
  );
}

const DIGEST_MISMATCH = ['ignore', 'info', 'warn', 'error'];

interface Choice {
  names: string[];
  /** A single artifact chosen by name or by ID lands in `path` itself (download-artifact v5+). */
  direct: boolean;
}

function choose(ctx: StepContext): Choice | string {
  const available = ctx.artifacts.names();
  const name = ctx.inputs['name'];
  const ids = (ctx.inputs['artifact-ids'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (name && ids.length > 0) return "Inputs 'name' and 'artifact-ids' cannot be used together. Please specify only one.";
  if (name) return available.includes(name) ? { names: [name], direct: true } : `Unable to download artifact(s): Artifact not found for name: ${name}`;
  if (ids.length > 0) {
    const bad = ids.filter((id) => !/^\d+$/.test(id));
    if (bad.length > 0) return `Invalid artifact ID: ${bad.join(', ')}. Must be a number.`;
    const byId = new Map(available.map((n) => [String(readRecord(ctx, n)?.id ?? ''), n]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) return `Unable to download artifact(s): Artifact not found for ID(s): ${missing.join(', ')}`;
    return { names: ids.map((id) => byId.get(id)!), direct: ids.length === 1 };
  }
  const pattern = ctx.inputs['pattern'];
  return { names: available.filter((n) => !pattern || matchGlob(pattern, n)), direct: false };
}

export async function downloadArtifact(ctx: StepContext): Promise<StepOutcome> {
  const onMismatch = ctx.inputs['digest-mismatch'] || 'error';
  if (!DIGEST_MISMATCH.includes(onMismatch)) return fail(`Invalid digest-mismatch input: ${onMismatch}. Expected one of: ${DIGEST_MISMATCH.join(', ')}`);
  const repository = ctx.inputs['repository'];
  if (repository && repository.toLowerCase() !== ctx.repository.toLowerCase()) return fail(`the rehearsal keeps the artifacts of this run of ${ctx.repository} only, not of ${repository}`);
  if (bool(ctx.inputs['skip-decompress'], false)) return fail('skip-decompress: true is not modelled: the rehearsal keeps artifacts as folders, not as zip files');
  const chosen = choose(ctx);
  if (typeof chosen === 'string') return fail(chosen);
  const dest = abs(ctx, ctx.inputs['path'] || '.');
  const merge = bool(ctx.inputs['merge-multiple'], false);
  const notes: string[] = [];
  mkdirSync(dest, { recursive: true });
  for (const n of chosen.names) {
    const source = join(ctx.artifacts.dir, n);
    const record = readRecord(ctx, n);
    if (record && digestOf(source) !== record.digest) {
      const msg = `Digest validation failed for artifact(s): ${n}`;
      if (onMismatch === 'error') return fail(msg);
      if (onMismatch !== 'ignore') notes.push(msg);
    }
    const target = chosen.direct || merge ? dest : join(dest, n);
    mkdirSync(target, { recursive: true });
    cpSync(source, target, { recursive: true });
  }
  notes.unshift(`${chosen.names.length} artifact(s) into ${relative(ctx.workspace, dest) || '.'}: ${chosen.names.join(', ') || 'none'}`);
  return ok({ 'download-path': dest }, notes);
}
