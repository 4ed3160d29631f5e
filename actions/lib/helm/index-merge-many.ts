/**
 * Several chart versions added to a repository index.yaml at once (a multi-chart release): the
 * index is scanned once and every new entry's lines go in with one pass over the file, as
 * `mergeIndex` puts one. Scanning a 6.3 MB index takes tens of milliseconds, and a release of ten
 * charts merged one by one scanned it ten times and rebuilt the file ten times.
 *
 * The rules are `mergeIndex`'s, entry by entry: a version already there with the same digest is
 * left alone (not in `added`), one with another digest throws, and an index that cannot take
 * lines, or no index at all, falls back to merging one entry after the other.
 */
import { ActionError } from '../runner/errors.js';
import { goKeyCompare } from './goyaml.js';
import { entryProblems, indexEntryValue, nowInstant, rfc3339Nano, type IndexEntry } from './index-entry.js';
import { scanSource, toSource } from './index-file.js';
import { applyEdits, findVersion, generatedEdit, insertionEdit, mergeIndex, splitLines, unifiedDiff, withOutput, type Edit, type LineChange, type MergeOptions, type MergeResult } from './index-merge.js';

export interface ManyMergeResult extends MergeResult {
  /** The entries this merge added, in the order given; an entry there already is not listed. */
  added: IndexEntry[];
}

const label = (e: IndexEntry): string => `${e.metadata.name}-${e.metadata.version}`;

/** One entry after the other: for no index, or one not laid out in blocks; the diff is the whole file. */
function oneByOne(existing: string | Uint8Array | undefined, entries: readonly IndexEntry[], options: MergeOptions): ManyMergeResult {
  const file = options.file ?? 'index.yaml';
  const now = options.now ?? nowInstant();
  let current: string | Uint8Array | undefined = existing;
  const added: IndexEntry[] = [];
  const warnings = new Set<string>();
  let mode: MergeResult['mode'] = 'unchanged';
  for (const entry of entries) {
    const merged = mergeIndex(current, entry, { file, now });
    for (const w of merged.warnings) warnings.add(w);
    if (merged.status === 'unchanged') continue;
    added.push(entry);
    if (mode === 'unchanged' || merged.mode === 'rewritten') mode = merged.mode;
    current = merged.bytes;
  }
  if (added.length === 0) return withOutput({ status: 'unchanged' as const, mode: 'unchanged' as const, changes: [], warnings: [...warnings], added }, existing ?? '');
  const before = existing === undefined ? '' : Buffer.from(existing).toString('utf8');
  const after = Buffer.from(current!).toString('utf8');
  const changes: LineChange[] = [{ oldStart: 1, oldLines: splitLines(before), newStart: 1, newLines: splitLines(after) }];
  return withOutput({ status: 'published' as const, mode, diff: unifiedDiff(file, changes), changes, warnings: [...warnings], added }, current!);
}

/** Adds every entry to the index in one pass; see the module's comment. */
export function mergeIndexEntries(existing: string | Uint8Array | undefined, entries: readonly IndexEntry[], options: MergeOptions = {}): ManyMergeResult {
  const file = options.file ?? 'index.yaml';
  const names = new Set<string>();
  for (const entry of entries) {
    const problems = entryProblems(entry);
    if (problems.length > 0) throw new ActionError(`cannot add ${label(entry)} to ${file}: ${problems.join('; ')}`);
    if (names.has(entry.metadata.name)) throw new ActionError(`cannot add two versions of ${entry.metadata.name} to ${file} in one merge (${entries.filter((e) => e.metadata.name === entry.metadata.name).map(label).join(', ')})`);
    names.add(entry.metadata.name);
  }
  if (existing === undefined || entries.length < 2) return oneByOne(existing, entries, options);

  const now = options.now ?? nowInstant();
  const ts = rfc3339Nano(now);
  const { src, scan, fallbackReason } = scanSource(toSource(existing), file);
  // new chart keys that go in at one place keep Helm's key order among themselves
  const ordered = [...entries].sort((a, b) => goKeyCompare(a.metadata.name, b.metadata.name));
  const edits: Edit[] = [];
  const added: IndexEntry[] = [];
  let newCharts = 0;
  for (const entry of ordered) {
    const { name, version } = entry.metadata;
    const chart = scan.charts.find((c) => c.name === src.enc(name));
    const same = chart ? findVersion(chart.entries, version) : undefined;
    if (same) {
      if (same.digest === entry.digest) continue;
      throw new ActionError(
        `${file}: ${name} ${same.version} is already published (line ${scan.lineOf(same.dashStart)}) with digest ${same.digest ?? '(none)'}; ` +
          `the new package has digest ${entry.digest}. A published version is never overwritten: bump the chart version.`,
      );
    }
    const { edit, insertable } = insertionEdit(scan, src, name, version, indexEntryValue(entry, ts));
    // `entries: {}` is replaced by the first new chart's block; two would replace it twice
    if (!insertable || (scan.entries.inlineEmpty && ++newCharts > 1)) return oneByOne(existing, entries, options);
    edits.push(edit);
    added.push(entry);
  }
  const kept = entries.filter((e) => added.includes(e));
  if (kept.length === 0) return withOutput({ status: 'unchanged' as const, mode: 'unchanged' as const, changes: [], warnings: [], added: kept }, existing);
  const warnings = fallbackReason ? [`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`] : [];
  edits.push(generatedEdit(src.s, scan, ts));
  const applied = applyEdits(src.s, edits, scan.eol, file, scan.lineOf, src.dec);
  const source = src.binary ? (existing as Uint8Array) : src.s;
  return withOutput({ status: 'published' as const, mode: scan.shape, diff: applied.diff, changes: applied.changes, warnings, added: kept }, { pieces: applied.pieces, source });
}
