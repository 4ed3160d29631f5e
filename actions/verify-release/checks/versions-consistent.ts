/**
 * versions-consistent: the tag, Chart.yaml `version` and `appVersion`, the Makefile
 * variables, values.yaml image tags and the README examples all hold the release
 * version. The table of every reference goes to the job summary.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { table } from '../../lib/runner/summary.js';
import { stripV } from '../../lib/semver/version.js';
import type { VersionFile } from '../../lib/version-files/types.js';
import type { CheckContext, CheckResult } from '../types.js';
import { checkVersionReferences, configuredVersionFiles, defaultVersionFiles, type VersionRow } from '../versions.js';

const MARK: Record<VersionRow['status'], string> = { agrees: '✅', differs: '❌', error: '❌', 'not checked': '⏭' };

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const { config, version } = ctx;
  const ws = ctx.run.workspace;
  const files: VersionFile[] = config.versionFiles
    ? configuredVersionFiles(config.versionFiles as VersionFile[], config.makefileVariables)
    : defaultVersionFiles({ ...(config.chart ? { chart: config.chart } : {}), present: (p) => existsSync(join(ws, p)), makefileVariables: config.makefileVariables });
  if (files.length === 0) {
    return { status: 'failed', detail: `no version files: the workspace has no charts/<name>/Chart.yaml${config.chartCandidates.length > 1 ? ` (several charts: ${config.chartCandidates.join(', ')}; set chart in the configuration)` : ''}, Makefile or README.md` };
  }
  const contents = new Map<string, string | undefined>();
  for (const path of new Set(files.map((f) => f.path))) contents.set(path, await readFile(join(ws, path), 'utf8').catch(() => undefined));

  const result = checkVersionReferences(files, contents, version, { images: config.images });
  const rows: VersionRow[] = [];
  const tagVersion = ctx.inputs.version.refTag;
  if (tagVersion) {
    rows.push({ file: '(tag)', name: 'GITHUB_REF', value: tagVersion, status: stripV(tagVersion) === version ? 'agrees' : 'differs', ...(stripV(tagVersion) === version ? {} : { note: `the input version is ${version}` }) });
  }
  rows.push(...result.rows);
  const problems = rows.filter((r) => r.status === 'differs' || r.status === 'error');
  const checked = rows.filter((r) => r.status === 'agrees').length;
  const summary =
    `**versions-consistent** — every reference against ${version}:\n\n` +
    table(
      ['', 'file', 'line', 'reference', 'value', 'note'],
      rows.map((r) => [MARK[r.status], r.file, r.line ?? '', r.name, r.value ?? '', r.note ?? '']),
    );
  if (problems.length > 0) {
    const list = problems.map((r) => `${r.file}${r.line ? `:${r.line}` : ''} ${r.name} = ${r.value ?? '(none)'}${r.note && r.status === 'error' ? ` (${r.note})` : ''}`);
    return { status: 'failed', detail: `${problems.length} reference(s) disagree with ${version}: ${list.join('; ')}`, summary };
  }
  if (checked === 0) return { status: 'failed', detail: `no reference to ${version} found in ${[...contents.keys()].join(', ')}`, summary };
  const paths = [...new Set(rows.filter((r) => r.status === 'agrees').map((r) => r.file))];
  return { status: 'passed', detail: `${checked} reference(s) hold ${version} (${paths.join(', ')})`, summary };
}
