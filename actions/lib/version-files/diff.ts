import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { FileEdit, VersionPlan } from './types.js';

/**
 * Renders a plan for people: a unified diff (git style `a/` `b/` headers, for the
 * job summary and for dry runs) and a Markdown table of file / line / old / new.
 * The diff itself comes from the `diff` package (jsdiff).
 */

export interface DiffOptions {
  /** Lines of context around each change (default 3, as git). */
  context?: number;
}

/** The unified diff of one file edit. */
export function renderFileDiff(edit: FileEdit, options: DiffOptions = {}): string {
  return createTwoFilesPatch(`a/${edit.path}`, `b/${edit.path}`, edit.before, edit.after, undefined, undefined, {
    context: options.context ?? 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}

/** The unified diff of every edit of a plan, file after file; empty when nothing changes. */
export function renderDiff(plan: Pick<VersionPlan, 'edits'> | readonly FileEdit[], options: DiffOptions = {}): string {
  const edits = Array.isArray(plan) ? (plan as readonly FileEdit[]) : (plan as Pick<VersionPlan, 'edits'>).edits;
  return edits.map((edit) => renderFileDiff(edit, options)).join('');
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A Markdown table with one row per changed value: what it becomes, and what it was. */
export function renderChangeTable(plan: Pick<VersionPlan, 'edits'>): string {
  const rows = plan.edits.flatMap((edit) =>
    edit.changes.map((c) => `| \`${cell(edit.path)}\` | ${c.line} | ${cell(c.name)} | \`${cell(c.new)}\` | was \`${cell(c.old)}\` |`),
  );
  if (rows.length === 0) return '';
  return ['| file | line | what | new | was |', '| --- | ---: | --- | --- | --- |', ...rows].join('\n') + '\n';
}
