/**
 * Withdrawing a version from a repository index (a rollback): its entry's lines are removed, so
 * that `helm install` without `--version`, `helm search repo` and `IndexFile.Get` resolve the
 * version before it. Helm ignores `deprecated: true` when it resolves, so marking the entry
 * does not change what users install; removing it does. The archive itself is not touched:
 * whoever pinned the version by URL still downloads it. A minimal edit, like the merge: the
 * entry's lines (the chart's key too when it was the chart's only version) and `generated`.
 */
import { ActionError } from '../runner/errors.js';
import { nowInstant, rfc3339Nano, type Instant } from './index-entry.js';
import { scanSource, toSource } from './index-file.js';
import { applyEdits, findVersion, generatedEdit, withOutput, type Edit, type IndexOutput, type LineChange } from './index-merge.js';

export interface WithdrawOptions {
  /** The time written as `generated`. Default: now. */
  now?: Instant;
  file?: string;
}

export interface WithdrawResult extends IndexOutput {
  /** `absent`: the index does not list the version (withdrawn already, or never published). */
  status: 'withdrawn' | 'absent';
  diff?: string;
  changes: LineChange[];
  /** The versions the chart lists (after the withdrawal), newest first as in the file. */
  remaining: string[];
  warnings: string[];
}

/** Removes one version's entry from an index; `absent` (text untouched) when it is not listed. */
export function withdrawVersion(existing: string | Uint8Array, name: string, version: string, options: WithdrawOptions = {}): WithdrawResult {
  const file = options.file ?? 'index.yaml';
  const first = toSource(existing);
  const { src, scan, fallbackReason } = scanSource(first, file);
  const text = src.s;
  const chart = scan.charts.find((c) => c.name === src.enc(name));
  const entry = chart ? findVersion(chart.entries, version) : undefined;
  const listed = chart ? chart.entries.map((e) => e.version) : [];
  if (!chart || !entry) return withOutput({ status: 'absent' as const, changes: [], remaining: listed, warnings: [] }, existing);
  if (!chart.insertable || entry.dashIndent < 0) {
    throw new ActionError(`${file}: the entries of chart '${name}' (line ${scan.lineOf(chart.keyStart)}) are written inline, so ${version} cannot be removed as lines; rewrite the list in block style`);
  }
  const only = chart.entries.length === 1;
  const edits: Edit[] = [only ? { start: chart.keyStart, end: chart.end, insert: '' } : { start: entry.dashStart, end: entry.end, insert: '' }];
  edits.push(generatedEdit(text, scan, rfc3339Nano(options.now ?? nowInstant())));
  const warnings = fallbackReason ? [`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`] : [];
  const applied = applyEdits(text, edits, scan.eol, file, scan.lineOf, src.dec);
  const source = src.binary ? (existing as Uint8Array) : text;
  const remaining = listed.filter((v) => v !== entry.version);
  return withOutput({ status: 'withdrawn' as const, diff: applied.diff, changes: applied.changes, remaining, warnings }, { pieces: applied.pieces, source });
}
