/** The report as text (grouped by severity) and as one JSON document. Pure. */
import type { WriteOutcome } from './apply.js';
import type { PagesBranchOutcome } from './pages-branch.js';
import type { DoctorReport, Finding, Severity } from './types.js';
import type { PlannedFile } from './write.js';

const TITLES: Record<Severity, string> = {
  stop: 'Stops a release',
  spoil: 'Spoils a release',
  advice: 'Advice',
};

function finding(f: Finding, n: number): string[] {
  const lines = [`  ${n}. ${f.problem} [${f.id}]`];
  for (const w of f.where) lines.push(`       ${w}`);
  lines.push(`     fix: ${f.fix}${f.writes ? ' (--write does this)' : ''}`);
  return lines;
}

export function renderText(report: DoctorReport): string {
  const d = report.detected;
  const lines = [`release-actions doctor: ${report.root}`, ''];
  lines.push(
    'Detected:',
    `  chart          ${d.chart ?? '(none)'}`,
    `  image          ${d.image ? `${d.image} (${d.imageSource})` : '(none)'}`,
    `  version files  ${d.versionFiles.map((f) => (f.variables ? `${f.path} (${f.variables.join(', ')})` : f.path)).join(', ') || '(none)'}`,
    `  release tags   ${d.tagPrefix}X.Y.Z, newest ${d.newestTag ?? '(none)'}`,
    '',
  );
  let n = 0;
  for (const severity of ['stop', 'spoil', 'advice'] as const) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${TITLES[severity]} (${group.length}):`);
    for (const f of group) lines.push(...finding(f, ++n));
    lines.push('');
  }
  const stops = report.findings.filter((f) => f.severity === 'stop').length;
  if (report.findings.length === 0) lines.push('Nothing would stop or spoil a release.');
  else lines.push(stops > 0 ? `${stops} problem${stops > 1 ? 's' : ''} would stop a release (exit 1).` : 'Nothing would stop a release (exit 0).');
  const writable = report.findings.filter((f) => f.writes).length;
  if (writable > 0) lines.push(`\`release-actions doctor --write\` fixes ${writable} of them on a new branch.`);
  return `${lines.join('\n')}\n`;
}

export function renderWrite(outcome: WriteOutcome): string {
  if (outcome.unchanged) return `--write: ${outcome.unchanged}\n`;
  const lines = ['', `--write: on branch ${outcome.branch}:`];
  for (const f of outcome.written) lines.push(`  ${f.action === 'replace' ? 'replaced' : 'wrote'} ${f.path} (${f.why})`);
  lines.push(
    `committed ${outcome.commit?.slice(0, 7)} "chore: adopt release-actions" (signed off); the current branch and its work tree are as they were.`,
    `Next: git push origin ${outcome.branch}, open a pull request, and create the secret RELEASE_ALLOWED_SIGNERS.`,
  );
  return `${lines.join('\n')}\n`;
}

export function renderJson(report: DoctorReport, write?: WriteOutcome, planned?: readonly PlannedFile[], pages?: PagesBranchOutcome): string {
  const doc = {
    ...report,
    ...(planned ? { planned: planned.map((p) => ({ path: p.path, action: p.action, why: p.why })) } : {}),
    ...(write ? { write: { branch: write.branch, commit: write.commit ?? null, written: write.written.map((w) => w.path), unchanged: write.unchanged ?? null } } : {}),
    ...(write ? { pagesBranch: pages ? { branch: pages.branch, commit: pages.commit } : null } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
