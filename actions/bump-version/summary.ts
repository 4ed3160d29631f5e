/**
 * What a run reports: the job summary (markdown) and the plan in the log. Pure over
 * the report, so tests compare text.
 */
import { Summary, table } from '../lib/runner/summary.js';
import { renderChangeTable, renderDiff } from '../lib/version-files/diff.js';
import type { FileEdit, VersionPlan } from '../lib/version-files/types.js';
import type { Mode } from './target.js';

/**
 * `updated`, `hand-edited`, `nothing-to-release` and `awaiting-tag` are those of a pull request
 * kept current (`pull-request: current`).
 */
export type BumpStatus = 'created' | 'updated' | 'exists' | 'hand-edited' | 'nothing-to-release' | 'awaiting-tag' | 'dry-run';

export interface BumpReport {
  mode: Mode;
  status: BumpStatus;
  previousVersion: string;
  version: string;
  tag: string;
  releaseType: string;
  branch: string;
  base: string;
  /** Where the branch starts: `main` or a tag, and its commit. */
  start: { label: string; sha: string };
  cherryPicks: Array<{ sha: string; subject: string }>;
  /** Version files and changelog, in the order they are written. */
  edits: FileEdit[];
  skipped: VersionPlan['skipped'];
  filesSource: string;
  commit?: string;
  pull?: { number: number; url: string; existed: boolean };
  /** Why no pull request: `open-pr: false`, dry run. */
  pullNote?: string;
}

const short = (sha: string): string => sha.slice(0, 12);

/** `diff`: the edits' diff when the caller has it already (it printed it in the log). */
export function renderSummary(r: BumpReport, diff: string = renderDiff(r.edits)): string {
  const s = new Summary();
  s.heading(`bump-version: ${r.previousVersion} → ${r.version}`);
  if (r.status === 'dry-run') s.text('> **Dry run**: this is the plan; nothing was written, pushed or opened.');
  if (r.status === 'exists') s.text(`> Branch \`${r.branch}\` already holds this bump: nothing new was committed or pushed.`);
  if (r.status === 'updated') s.text(`> Branch \`${r.branch}\` moved to the release commit of ${r.version} on the tip of \`${r.base}\`.`);
  if (r.status === 'hand-edited') s.text(`> Branch \`${r.branch}\` was changed by hand: left as it is (see the warning in the log).`);
  const pr = r.pull ? `[#${r.pull.number}](${r.pull.url})${r.pull.existed ? ' (already open)' : ' (opened)'}` : (r.pullNote ?? 'not opened');
  s.table(
    ['', ''],
    [
      ['version', `\`${r.version}\` (${r.releaseType}; was \`${r.previousVersion}\`)`],
      ['tag', `\`${r.tag}\``],
      ['mode', r.mode],
      ['branch', `\`${r.branch}\` from \`${r.start.label}\` (${short(r.start.sha)})`],
      ['pull request', `${pr} into \`${r.base}\``],
      ...(r.commit ? [['commit', `\`${r.commit}\``]] : []),
      ['version files', r.filesSource],
    ],
  );
  if (r.cherryPicks.length > 0) {
    s.heading('Cherry-picks', 3);
    s.table(['commit', 'subject'], r.cherryPicks.map((c) => [`\`${short(c.sha)}\``, c.subject]));
  }
  s.heading('Changes', 3);
  s.text(renderChangeTable({ edits: r.edits }) || 'No file changes.');
  if (r.skipped.length > 0) {
    s.details(
      `Left alone (${r.skipped.length})`,
      table(['file', 'line', 'what', 'value', 'why'], r.skipped.map((k) => [k.path, k.line ?? '', k.name, k.value ?? '', k.reason])),
    );
  }
  if (diff) {
    s.heading('Diff', 3);
    s.code(diff, 'diff');
  }
  return s.toString();
}

/** The plan as plain lines for the log. */
export function renderPlan(r: BumpReport): string {
  const lines = [
    `${r.status === 'dry-run' ? 'Dry run: ' : ''}bump ${r.previousVersion} → ${r.version} (${r.releaseType}), tag ${r.tag}`,
    `branch ${r.branch} from ${r.start.label} (${short(r.start.sha)}), pull request into ${r.base}`,
    `version files: ${r.filesSource}`,
  ];
  for (const c of r.cherryPicks) lines.push(`cherry-pick ${short(c.sha)} ${c.subject}`);
  for (const e of r.edits) for (const c of e.changes) lines.push(`  ${e.path}:${c.line} ${c.name} → ${c.new} (was ${c.old})`);
  for (const k of r.skipped) lines.push(`  left alone: ${k.path}${k.line ? `:${k.line}` : ''} ${k.name}${k.value ? ` = ${k.value}` : ''} (${k.reason})`);
  return lines.join('\n');
}
