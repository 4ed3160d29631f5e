/** The job summary: what was published where, and the index change as a diff. Pure. */
import { Summary } from '../lib/runner/summary.js';

export type Status = 'published' | 'unchanged' | 'deprecated' | 'withdrawn' | 'dry-run';

export interface StepReport {
  /** package, release asset, index, OCI */
  what: string;
  status: string;
  detail: string;
}

export interface Report {
  mode: 'publish' | 'deprecate' | 'withdraw';
  chart: string;
  version: string;
  dryRun: boolean;
  status: Status;
  steps: StepReport[];
  /** The index change (zero-context unified diff). */
  diff?: string;
  warnings: string[];
}

/** Lines of the diff shown in the summary (the job summary is limited to 1 MiB). */
export const DIFF_LINES = 400;

export function clipDiff(diff: string, max = DIFF_LINES): string {
  const lines = diff.replace(/\n$/, '').split('\n');
  if (lines.length <= max) return `${lines.join('\n')}\n`;
  return `${lines.slice(0, max).join('\n')}\n… ${lines.length - max} more lines\n`;
}

export function renderSummary(r: Report): string {
  const what = r.mode === 'publish' ? `${r.chart} ${r.version}` : `${r.mode} ${r.chart} ${r.version}`;
  const s = new Summary().heading(`publish-helm: ${what}${r.dryRun ? ' — dry run, nothing written' : ''}`);
  s.text(`Status: **${r.status}**`);
  if (r.steps.length > 0) s.table(['step', 'status', 'detail'], r.steps.map((x) => [x.what, x.status, x.detail]));
  if (r.warnings.length > 0) s.text(r.warnings.map((w) => `- ⚠️ ${w}`).join('\n'));
  if (r.diff) {
    const lines = r.diff.split('\n').length - 1;
    s.details(`index change (${lines} diff lines${r.dryRun ? ', not pushed' : ''})`, `\n${clipDiffBlock(r.diff)}`);
  }
  return s.toString();
}

function clipDiffBlock(diff: string): string {
  return new Summary().code(clipDiff(diff), 'diff').toString();
}
