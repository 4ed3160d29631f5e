/** The job summary of a run of several charts: one row a chart, and the index change as a diff. Pure. */
import { Summary } from '../lib/runner/summary.js';
import { clipDiff } from './summary.js';

export interface ChartRow {
  name: string;
  folder: string;
  version: string;
  tag: string;
  /** release: would be released (plan-only, dry run); released: by this run; unchanged: its tag holds this content. */
  action: 'release' | 'released' | 'unchanged';
  /** sha256 of the package; '' for a chart not packaged (unchanged, or plan-only). */
  digest: string;
  /** Where it went in the OCI registry (`HOST/PATH/NAME:VERSION@sha256:…`), when it was pushed. */
  oci?: string;
}

export interface ChartsReport {
  planOnly: boolean;
  dryRun: boolean;
  status: 'published' | 'unchanged' | 'dry-run' | 'plan';
  rows: ChartRow[];
  diff?: string;
  warnings: string[];
  /** Charts without a Chart.lock: what each dependency constraint resolved to, `folder: line`. */
  resolutions?: string[];
  /** With asset-location release: the GitHub release of each chart released. */
  releases?: Array<{ tag: string; url: string }>;
}

export function renderChartsSummary(r: ChartsReport, indexFile: string, branch: string): string {
  const mode = r.planOnly ? ' — plan only, nothing written' : r.dryRun ? ' — dry run, nothing written' : '';
  const count = r.rows.filter((x) => x.action !== 'unchanged').length;
  const s = new Summary().heading(`publish-helm: ${r.rows.length} chart${r.rows.length === 1 ? '' : 's'}, ${count} to release${mode}`);
  s.text(`Status: **${r.status}**`);
  if (r.rows.length > 0) {
    s.table(
      ['chart', 'folder', 'version', 'tag', 'action', 'sha256'],
      r.rows.map((x) => [x.name, `\`${x.folder}\``, x.version, `\`${x.tag}\``, x.action, x.digest ? `\`${x.digest.slice(0, 12)}…\`` : '']),
    );
  } else {
    s.text('No chart selected: the configuration lists no chart versioned on its own (charts: with versioning: own).');
  }
  if (r.resolutions?.length) s.text(`Dependencies resolved without a Chart.lock:\n\n${r.resolutions.map((x) => `- ${x}`).join('\n')}`);
  if (r.releases && r.releases.length > 0) s.text(`GitHub releases (never "latest"): ${r.releases.map((x) => `\`${x.tag}\` ${x.url}`).join(', ')}`);
  if (r.warnings.length > 0) s.text(r.warnings.map((w) => `- ⚠️ ${w}`).join('\n'));
  if (r.diff) {
    const lines = r.diff.split('\n').length - 1;
    s.details(`${indexFile} on ${branch} (${lines} diff lines${r.dryRun ? ', not pushed' : ''})`, `\n${new Summary().code(clipDiff(r.diff), 'diff').toString()}`);
  }
  return s.toString();
}
