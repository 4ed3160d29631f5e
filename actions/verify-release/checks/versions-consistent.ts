/**
 * versions-consistent: the tag and every reference the release owns (the ones
 * bump-version moves: Chart.yaml `version` and `appVersion`, the Makefile variables,
 * the release's image tags in values.yaml and the kustomizations, the README examples)
 * hold the release version. The table of every reference goes to the job summary.
 */
import { table } from '../../lib/runner/summary.js';
import { stripV } from '../../lib/semver/version.js';
import type { CheckContext, CheckResult } from '../types.js';
import { checkVersionReferences, describeProblems, FIX, readWorkspace, type VersionRow } from '../versions.js';

const MARK: Record<VersionRow['status'], string> = { agrees: '✅', differs: '❌', error: '❌', 'not checked': '⏭' };

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const { config, version } = ctx;
  let refs;
  try {
    refs = await readWorkspace(ctx.run.workspace, config, `${config.owner}/${config.repo}`);
  } catch (err) {
    return { status: 'failed', detail: (err as Error).message };
  }
  if (refs.files.length === 0) {
    return { status: 'failed', detail: 'no version files: the workspace has no charts/<name>/Chart.yaml, Makefile or README.md, and the configuration names none (version-files)' };
  }
  const result = checkVersionReferences(refs.files, refs.contents, version, { images: refs.images, tagsPrefixed: ctx.tag.startsWith('v') });
  const rows: VersionRow[] = [];
  const tagVersion = ctx.inputs.version.refTag;
  if (tagVersion) {
    const agrees = stripV(tagVersion) === version;
    rows.push({ file: '(tag)', name: 'GITHUB_REF', value: tagVersion, status: agrees ? 'agrees' : 'differs', ...(agrees ? {} : { note: `the input version is ${version}` }) });
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
    return { status: 'failed', detail: `${problems.length} reference(s) disagree with ${version}: ${describeProblems(problems, version)}; fix: ${FIX}`, summary };
  }
  const paths = [...new Set(refs.files.map((f) => f.path))];
  if (checked === 0) return { status: 'failed', detail: `no reference to ${version} found in ${paths.join(', ')}`, summary };
  const holding = [...new Set(rows.filter((r) => r.status === 'agrees').map((r) => r.file))];
  return { status: 'passed', detail: `${checked} reference(s) hold ${version} (${holding.join(', ')})`, summary };
}
