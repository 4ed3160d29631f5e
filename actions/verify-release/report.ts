/** The report of a run: the job summary table (✅ / ❌ / ⏭ per check) and the JSON of the `report` output. Pure. */
import { Summary } from '../lib/runner/summary.js';
import { formatDuration } from './poll.js';
import type { CheckReport, CheckStatus } from './types.js';

export const MARK: Record<CheckStatus, string> = { passed: '✅', failed: '❌', skipped: '⏭' };

export interface RunReport {
  phase: string;
  /** The version as given (may be invalid). */
  version: string;
  tag: string;
  checks: CheckReport[];
}

export function passed(report: RunReport): boolean {
  return report.checks.every((c) => c.status !== 'failed');
}

/** The `report` output: one object per check, in the order they are listed. */
export function reportJson(report: RunReport): string {
  return JSON.stringify(report.checks.map(({ check, status, detail, duration }) => ({ check, status, detail, duration })));
}

export function renderSummary(report: RunReport): string {
  const counts = (s: CheckStatus): number => report.checks.filter((c) => c.status === s).length;
  const ok = passed(report);
  const s = new Summary()
    .heading(`verify-release ${report.phase}: ${report.tag} ${ok ? '✅' : '❌'}`)
    .text(`${counts('passed')} passed, ${counts('failed')} failed, ${counts('skipped')} skipped.`)
    .table(
      ['', 'check', 'result', 'time'],
      report.checks.map((c) => [MARK[c.status], c.check, c.detail, formatDuration(c.duration)]),
    );
  for (const c of report.checks) if (c.summary) s.text(c.summary);
  return s.toString();
}

/** One log line per check. */
export function logLine(c: CheckReport): string {
  return `${MARK[c.status]} ${c.check}: ${c.detail} (${formatDuration(c.duration)})`;
}
