/** Job summaries of the four modes: pure, so tests compare strings. */
import type { Entry, Finding, Skipped } from '../lib/changelog/types.js';
import { Summary } from '../lib/runner/summary.js';
import type { History } from './history.js';

const SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security', 'Documentation'] as const;

function rangeLine(h: History): string {
  const from = h.range.from ? `\`${h.range.from.ref}\`` : 'the first commit';
  return `Range: ${from} → \`${h.range.to.ref}\` (${h.range.to.sha.slice(0, 12)}): ${h.commits} commit${h.commits === 1 ? '' : 's'}, ${h.entries.length} entr${h.entries.length === 1 ? 'y' : 'ies'}.`;
}

function enrichmentLine(h: History, usePulls: boolean): string {
  if (!usePulls) return 'Pull requests: not read (use-pull-requests: false).';
  if (h.warning && !h.enrichment?.enriched) return `Pull requests: not read — ${h.warning}.`;
  const e = h.enrichment;
  return `Pull requests: ${e ? `${e.enriched} commit${e.enriched === 1 ? '' : 's'} matched through ${e.requests} API request${e.requests === 1 ? '' : 's'}` : 'none to read'}${h.categoriesFile ? `; categories from \`${h.categoriesFile}\`` : ''}.`;
}

/**
 * GitHub drops a step summary over 1 MiB whole; the text of a long release is shown up to
 * this many characters, cut at a line, and the rest is left to the file that has it.
 */
export const SUMMARY_TEXT_MAX = 100_000;

/** `text`, or its first lines and where the whole of it is. */
export function capped(text: string, whole: string): { text: string; note: string | null } {
  if (text.length <= SUMMARY_TEXT_MAX) return { text, note: null };
  const cut = text.lastIndexOf('\n', SUMMARY_TEXT_MAX);
  const head = text.slice(0, cut > 0 ? cut : SUMMARY_TEXT_MAX);
  return { text: head, note: `Shown: the first ${head.length} of ${text.length} characters; the whole text is ${whole}.` };
}

function counts(entries: readonly Entry[], skipped: readonly Skipped[]): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const s of SECTIONS) {
    const n = entries.filter((e) => e.section === s && !e.breaking).length;
    if (n > 0) rows.push([s === 'Documentation' ? 'Documentation (notes only)' : s, n]);
  }
  const breaking = entries.filter((e) => e.breaking).length;
  if (breaking > 0) rows.push(['Changed, **BREAKING**', breaking]);
  const reasons = new Map<string, number>();
  for (const s of skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  // a branch's commits are what its pull request's entry stands for: said so, not as a bare reason
  for (const [reason, n] of reasons) rows.push([reason === 'pull-request' ? 'left out: pull-request (commits of a merged pull request, which has the entry)' : `left out: ${reason}`, n]);
  return rows;
}

export function updateSummary(o: { path: string; version: string; history: History; usePulls: boolean; changed: boolean; created: boolean; regenerate: boolean; section: string }): string {
  const s = new Summary().heading(`Changelog ${o.version}: \`${o.path}\``);
  const status = !o.changed
    ? `unchanged: ${o.path} already has the section for ${o.version}${o.regenerate ? ' and regenerating it gave the same text' : ' (set regenerate: true to rebuild it)'}`
    : o.created
      ? `created ${o.path} with the section for ${o.version}`
      : `${o.regenerate ? 'regenerated' : 'wrote'} the section for ${o.version}`;
  s.text(`**${status}**`).text(rangeLine(o.history)).text(enrichmentLine(o.history, o.usePulls));
  const rows = counts(o.history.entries, o.history.skipped);
  if (rows.length > 0) s.table(['section', 'commits'], rows);
  const section = capped(o.section, `in ${o.path}`);
  s.details(`the ${o.version} section`, `\n${codeFence(section.text)}`);
  if (section.note) s.text(section.note);
  return s.toString();
}

export function notesSummary(o: { version: string; history: History; usePulls: boolean; notes: string; handWritten: number; handFrom: string | null }): string {
  const s = new Summary().heading(`Release notes v${o.version}`);
  s.text(rangeLine(o.history)).text(enrichmentLine(o.history, o.usePulls));
  if (o.handWritten > 0) s.text(`Hand-written CHANGELOG lines included: ${o.handWritten} (from the ${o.handFrom} section).`);
  const rows = counts(o.history.entries, o.history.skipped);
  if (rows.length > 0) s.table(['section', 'commits'], rows);
  const notes = capped(o.notes, 'in the file of the notes-file output');
  if (notes.note) s.text(`**${notes.note}**`);
  s.text(notes.text);
  return s.toString();
}

export function extractSummary(o: { path: string; version: string; line: number; section: string }): string {
  return new Summary().heading(`Changelog ${o.version}: \`${o.path}\` line ${o.line}`).text(codeFence(o.section)).toString();
}

export function lintSummary(o: { path: string; findings: readonly Finding[] }): string {
  const errors = o.findings.filter((f) => f.severity === 'error').length;
  const warnings = o.findings.length - errors;
  const s = new Summary().heading(`Changelog lint: \`${o.path}\``);
  if (o.findings.length === 0) return s.text('No findings: the file follows Keep a Changelog.').toString();
  s.text(`**${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}**`);
  s.table(
    ['line', 'severity', 'rule', 'finding'],
    o.findings.map((f) => [f.line, f.severity, f.rule, f.message]),
  );
  return s.toString();
}

function codeFence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}markdown\n${text.replace(/\n?$/, '\n')}${fence}`;
}
