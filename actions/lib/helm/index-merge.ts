import { ActionError } from '../runner/errors.js';
import { emitDocument, emitKey, emitSequenceItem, goKeyCompare, type YamlValue } from './goyaml.js';
import { entryProblems, indexEntryValue, nowInstant, rfc3339Nano, type IndexEntry, type Instant } from './index-entry.js';
import { renderNewIndex, scanSource, toSource } from './index-file.js';
import { compareIndexVersions, versionKey, type ScannedEntry, type ScannedIndex } from './index-model.js';
import { nodeToValue, scanIndexYaml } from './index-yaml.js';

export interface MergeOptions {
  /** The time written as `generated` (and as the entry's `created` unless it has one). Default: now. */
  now?: Instant;
  /** The index's path, for messages. Default `index.yaml`. */
  file?: string;
}

/** One changed region of the file, in lines (1-based; `oldCount` 0 for a pure insertion). */
export interface LineChange {
  oldStart: number;
  oldLines: string[];
  newStart: number;
  newLines: string[];
}

/** The new index, as text and as UTF-8 bytes (each computed when first read). */
export interface IndexOutput {
  readonly text: string;
  readonly bytes: Buffer;
}

export interface MergeResult extends IndexOutput {
  status: 'published' | 'unchanged';
  /** `new`: no index before; `canonical`/`yaml`: lines inserted into the file as it was; `rewritten`: the whole file re-rendered. */
  mode: 'new' | 'canonical' | 'yaml' | 'rewritten' | 'unchanged';
  /** The change as a zero-context unified diff (absent when unchanged). */
  diff?: string;
  changes: LineChange[];
  /** Things the caller should surface (e.g. the file had to be rewritten in full). */
  warnings: string[];
}

export interface DeprecateResult extends IndexOutput {
  status: 'deprecated' | 'unchanged';
  diff?: string;
  changes: LineChange[];
  warnings: string[];
}

export interface Edit {
  start: number;
  end: number;
  insert: string;
  /** The 1-based line at `start`, when the scanner knows it (saves counting lines). */
  line?: number;
}

function toEol(s: string, eol: string): string {
  return eol === '\n' ? s : s.replace(/\n/g, eol);
}

export function splitLines(s: string): string[] {
  if (s === '') return [];
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * The new file, kept as pieces until it is read: ranges of the original (`[start, end]`) and
 * inserted text, in the source's representation. For bytes in, the bytes out are the original
 * buffer's ranges and the inserted pieces, concatenated once, with no string in between.
 */
type Piece = string | [number, number];

interface Assembled {
  pieces: Piece[];
  /** The source: a string, or the original bytes (pieces are then latin1 text / byte ranges). */
  source: string | Uint8Array;
}

/** Adds `text` and `bytes` getters, each computed on first read. */
export function withOutput<T extends object>(base: T, out: string | Uint8Array | Assembled): T & IndexOutput {
  let text: string | undefined;
  let bytes: Buffer | undefined;
  const asBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
  const buildBytes = (): Buffer => {
    if (typeof out === 'string') return Buffer.from(out, 'utf8');
    if (out instanceof Uint8Array) return asBuffer(out);
    const src = out.source;
    if (typeof src === 'string') return Buffer.from(buildString(), 'utf8');
    const orig = asBuffer(src);
    return Buffer.concat(out.pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : orig.subarray(p[0], p[1]))));
  };
  const buildString = (): string => {
    if (typeof out === 'string') return out;
    if (out instanceof Uint8Array) return asBuffer(out).toString('utf8');
    const src = out.source;
    if (typeof src !== 'string') return buildBytes().toString('utf8');
    return out.pieces.map((p) => (typeof p === 'string' ? p : src.slice(p[0], p[1]))).join('');
  };
  return Object.defineProperties(base, {
    text: { enumerable: true, get: () => (text ??= buildString()) },
    bytes: { enumerable: true, get: () => (bytes ??= buildBytes()) },
  }) as T & IndexOutput;
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/** Applies non-overlapping edits (each starting at a line start) and describes them as line changes. */
export function applyEdits(
  text: string,
  edits: Edit[],
  eol: string,
  file: string,
  lineOf: ((offset: number) => number) | undefined,
  decode: (s: string) => string = (s) => s,
): { pieces: Piece[]; changes: LineChange[]; diff: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: Piece[] = [];
  const changes: LineChange[] = [];
  let cursor = 0;
  let line = 1;
  let delta = 0;
  for (const e of sorted) {
    let insert = e.insert;
    if (e.start === text.length && text.length > 0 && !text.endsWith('\n')) {
      // Appending after a last line without a line break: give it one, and drop ours.
      insert = eol + insert.slice(0, insert.length - eol.length);
    }
    line = e.line ?? (lineOf ? lineOf(e.start) : line + countBreaks(text, cursor, e.start));
    parts.push([cursor, e.start], insert);
    cursor = e.end;
    const oldLines = splitLines(decode(text.slice(e.start, e.end)));
    const newLines = splitLines(decode(insert.startsWith(eol) && e.start === text.length ? insert.slice(eol.length) : insert));
    changes.push({ oldStart: line, oldLines, newStart: line + delta, newLines });
    delta += newLines.length - oldLines.length;
    line += countBreaks(text, e.start, e.end);
  }
  parts.push([cursor, text.length]);
  return { pieces: parts, changes, diff: unifiedDiff(file, changes) };
}

/** A zero-context unified diff (`diff -U0`) of the changes. */
export function unifiedDiff(file: string, changes: LineChange[]): string {
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (const c of changes) {
    const o = c.oldLines.length;
    const n = c.newLines.length;
    const os = o === 0 ? c.oldStart - 1 : c.oldStart;
    const ns = n === 0 ? c.newStart - 1 : c.newStart;
    out.push(`@@ -${os}${o === 1 ? '' : `,${o}`} +${ns}${n === 1 ? '' : `,${n}`} @@`);
    for (const l of c.oldLines) out.push(`-${l}`);
    for (const l of c.newLines) out.push(`+${l}`);
  }
  return `${out.join('\n')}\n`;
}

/** The `generated:` line replaced, or inserted where Helm's key order puts it. */
export function generatedEdit(text: string, scan: ScannedIndex, ts: string): Edit {
  const line = `generated: "${ts}"`;
  if (scan.generated) return { start: scan.generated.start, end: scan.generated.contentEnd, insert: line };
  const entriesIdx = scan.topKeys.findIndex((k) => k.key === 'entries');
  const after = scan.topKeys.slice(entriesIdx + 1).find((k) => goKeyCompare('generated', k.key) < 0);
  const at = after ? after.start : text.length;
  return { start: at, end: at, insert: toEol(`${line}\n`, scan.eol) };
}

export function findVersion(entries: ScannedEntry[], version: string): ScannedEntry | undefined {
  const key = versionKey(version);
  return entries.find((e) => versionKey(e.version) === key);
}

/**
 * Adds one chart version to a repository index.yaml, changing the file only where it must: the
 * new entry's lines go in at their SemVer place (top of the chart's list when newest; a new chart
 * gets its key where Helm's key order puts it) and the `generated` line is updated. Every other
 * byte is kept, including charts and fields this code knows nothing about.
 *
 * - `existing` undefined: a new index with this one entry.
 * - The same chart and version already present with the same digest: `unchanged`, the text
 *   returned untouched (not even `generated`).
 * - Present with another digest: throws, naming both digests; a published version is never
 *   overwritten.
 * - A malformed existing index: throws `FileError` with the line.
 */
export function mergeIndex(existing: string | Uint8Array | undefined, entry: IndexEntry, options: MergeOptions = {}): MergeResult {
  const file = options.file ?? 'index.yaml';
  const problems = entryProblems(entry);
  if (problems.length > 0) throw new ActionError(`cannot add ${entry.metadata.name}-${entry.metadata.version} to ${file}: ${problems.join('; ')}`);
  const ts = rfc3339Nano(options.now ?? nowInstant());
  const name = entry.metadata.name;
  const version = entry.metadata.version;
  const value = indexEntryValue(entry, ts);

  if (existing === undefined) {
    const text = renderNewIndex(entry, ts);
    const changes: LineChange[] = [{ oldStart: 1, oldLines: [], newStart: 1, newLines: splitLines(text) }];
    return withOutput({ status: 'published' as const, mode: 'new' as const, diff: unifiedDiff(file, changes), changes, warnings: [] }, text);
  }

  const { src, scan, fallbackReason } = scanSource(toSource(existing), file);
  const { enc, dec } = src;
  const warnings: string[] = [];
  const chart = scan.charts.find((c) => c.name === enc(name));
  const same = chart ? findVersion(chart.entries, version) : undefined;
  if (same) {
    if (same.digest === entry.digest) return withOutput({ status: 'unchanged' as const, mode: 'unchanged' as const, changes: [], warnings }, existing);
    throw new ActionError(
      `${file}: ${name} ${same.version} is already published (line ${scan.lineOf(same.dashStart)}) with digest ${same.digest ?? '(none)'}; ` +
        `the new package has digest ${entry.digest}. A published version is never overwritten: bump the chart version.`,
    );
  }

  const text = src.s;
  const { edit, insertable } = insertionEdit(scan, src, name, version, value);
  const edits: Edit[] = [edit];
  const eol = scan.eol;
  if (!insertable) {
    warnings.push(
      `${file} is not laid out in blocks where the new entry could be inserted as lines; it was rewritten in full in Helm's layout (comments and quoting of other entries are not kept)`,
    );
    const old = dec(text);
    const out = rerender(old, file, name, version, value, ts, eol);
    const changes: LineChange[] = [{ oldStart: 1, oldLines: splitLines(old), newStart: 1, newLines: splitLines(out) }];
    return withOutput({ status: 'published' as const, mode: 'rewritten' as const, diff: unifiedDiff(file, changes), changes, warnings }, out);
  }
  if (fallbackReason) warnings.push(`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`);
  edits.push(generatedEdit(text, scan, ts));
  const applied = applyEdits(text, edits, eol, file, scan.lineOf, dec);
  const source = src.binary ? (existing as Uint8Array) : text;
  return withOutput({ status: 'published' as const, mode: scan.shape, diff: applied.diff, changes: applied.changes, warnings }, { pieces: applied.pieces, source });
}

type ScannedSource = ReturnType<typeof scanSource>;

/**
 * Where one new version's lines go in a scanned index: at its SemVer place in its chart's list,
 * or as a new chart key where Helm's key order puts it. `insertable` is false when the file is
 * not laid out in blocks the lines can go into (the caller then re-renders the whole file).
 */
export function insertionEdit(scan: ScannedSource['scan'], src: ScannedSource['src'], name: string, version: string, value: YamlValue): { edit: Edit; insertable: boolean } {
  const { enc, dec } = src;
  const lines = (s: string): string => enc(toEol(s, scan.eol));
  const chart = scan.charts.find((c) => c.name === enc(name));
  if (chart) {
    const insertable = scan.entries.insertable && chart.insertable;
    const before = chart.entries.find((e) => compareIndexVersions(e.version, version) < 0);
    if (before) return { insertable, edit: { start: before.start, end: before.start, insert: lines(emitSequenceItem(value, before.dashIndent)) } };
    if (chart.entries.length > 0) {
      const last = chart.entries[chart.entries.length - 1]!;
      return { insertable, edit: { start: last.end, end: last.end, insert: lines(emitSequenceItem(value, last.dashIndent)) } };
    }
    return { insertable, edit: { start: chart.bodyStart, end: chart.bodyStart, insert: lines(emitSequenceItem(value, chart.keyIndent + scan.entries.dashOffset)) } };
  }
  const k = scan.entries.childIndent;
  const block = `${' '.repeat(k)}${emitKey(name)}:\n${emitSequenceItem(value, k + scan.entries.dashOffset)}`;
  if (scan.entries.inlineEmpty) return { insertable: scan.entries.insertable, edit: { start: scan.entries.start, end: scan.entries.next, insert: lines(`entries:\n${block}`) } };
  const following = scan.charts.find((c) => goKeyCompare(name, dec(c.name)) < 0);
  const at = following ? following.start : scan.entries.blockEnd;
  return { insertable: scan.entries.insertable, edit: { start: at, end: at, insert: lines(block) } };
}

/** The whole index rendered anew in Helm's layout, with the entry added at its SemVer place. */
function rerender(text: string, file: string, name: string, version: string, value: YamlValue, ts: string, eol: string): string {
  const { doc } = scanIndexYaml(text, file);
  const root = nodeToValue(text, doc.contents) as Record<string, YamlValue>;
  const entries = (root.entries && typeof root.entries === 'object' && !Array.isArray(root.entries) ? root.entries : {}) as Record<string, YamlValue>;
  const list = Array.isArray(entries[name]) ? [...(entries[name] as YamlValue[])] : [];
  const at = list.findIndex((e) => {
    const v = e && typeof e === 'object' && !Array.isArray(e) ? e.version : undefined;
    return typeof v === 'string' && compareIndexVersions(v, version) < 0;
  });
  if (at < 0) list.push(value);
  else list.splice(at, 0, value);
  entries[name] = list;
  root.entries = entries;
  root.generated = ts;
  return toEol(emitDocument(root), eol);
}

export interface DeprecateOptions {
  /** The time written as `generated`. Default: now. */
  now?: Instant;
  file?: string;
}

/**
 * Sets `deprecated: true` on one published version (for a rollback), as a minimal edit: one
 * line added (or one value changed) plus the `generated` line. Idempotent: an entry already
 * deprecated gives `unchanged` and the text untouched. Throws when the version is not there.
 */
export function deprecateVersion(existing: string | Uint8Array, name: string, version: string, options: DeprecateOptions = {}): DeprecateResult {
  const file = options.file ?? 'index.yaml';
  const first = toSource(existing);
  const { src, scan, fallbackReason } = scanSource(first, file, { captureChart: first.enc(name) });
  const { enc, dec } = src;
  const text = src.s;
  const chart = scan.charts.find((c) => c.name === enc(name));
  if (!chart) throw new ActionError(`${file} has no chart '${name}', so version ${version} cannot be deprecated`);
  const entry = findVersion(chart.entries, version);
  if (!entry) {
    throw new ActionError(`${file} has no version ${version} of chart '${name}' to deprecate (it lists ${chart.entries.map((e) => e.version).join(', ') || 'none'})`);
  }
  const warnings: string[] = [];
  if (entry.deprecated === 'true') return withOutput({ status: 'unchanged' as const, changes: [], warnings }, existing);
  const fields = entry.fields ?? [];
  if (fields.length === 0 || entry.dashIndent < 0) {
    throw new ActionError(`${file}: the entry of ${name} ${version} (line ${scan.lineOf(entry.dashStart)}) is not laid out so that a line can be added to it`);
  }
  const eol = scan.eol;
  const pad = ' '.repeat(entry.fieldIndent);
  const dashPad = `${' '.repeat(entry.dashIndent)}-${' '.repeat(entry.fieldIndent - entry.dashIndent - 1)}`;
  const edits: Edit[] = [];
  const present = fields.find((f) => f.key === 'deprecated');
  if (present) {
    const lineText = text.slice(present.start, present.end);
    if (lineText.split('\n').filter((l) => l.trim() !== '').length !== 1) {
      throw new ActionError(`${file}: the deprecated field of ${name} ${version} (line ${scan.lineOf(present.start)}) spans several lines; edit it by hand`);
    }
    edits.push({ start: present.start, end: present.end, insert: toEol(`${present.onDashLine ? dashPad : pad}deprecated: true\n`, eol) });
  } else {
    const next = fields.find((f) => goKeyCompare('deprecated', dec(f.key)) < 0);
    if (!next) {
      const last = fields[fields.length - 1]!;
      edits.push({ start: last.end, end: last.end, insert: toEol(`${pad}deprecated: true\n`, eol) });
    } else if (next.onDashLine) {
      // `- description: ...` becomes `- deprecated: true` + `  description: ...`.
      const nl = text.indexOf('\n', next.start);
      const lineEnd = nl < 0 ? text.length : nl + 1;
      const rest = text.slice(next.start + dashPad.length, lineEnd);
      edits.push({ start: next.start, end: lineEnd, insert: `${toEol(`${dashPad}deprecated: true\n${pad}`, eol)}${rest}` });
    } else {
      edits.push({ start: next.start, end: next.start, insert: toEol(`${pad}deprecated: true\n`, eol) });
    }
  }
  if (fallbackReason) warnings.push(`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`);
  edits.push(generatedEdit(text, scan, rfc3339Nano(options.now ?? nowInstant())));
  const applied = applyEdits(text, edits, eol, file, scan.lineOf, dec);
  const source = src.binary ? (existing as Uint8Array) : text;
  return withOutput({ status: 'deprecated' as const, diff: applied.diff, changes: applied.changes, warnings }, { pieces: applied.pieces, source });
}
