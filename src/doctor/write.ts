/**
 * What `--write` would add, as data: each file's path, its full text and why. Pure; the
 * configuration is validated against the published schema before it is offered.
 */
import { DEFAULT_CONFIG_PATH, parseConfig } from '../../actions/lib/config/config.js';
import { CHANGELOG_HEADER } from '../../actions/lib/changelog/templates.js';
import type { Survey } from './detect.js';
import { CI_RELEASE_HEADER, ciReleaseBody, PREPARE_RELEASE_HEADER, prepareReleaseBody } from './templates.js';

export const ADOPT_BRANCH = 'release-actions/adopt';

export interface PlannedFile {
  path: string;
  text: string;
  /** `create`, or `replace` an existing file. */
  action: 'create' | 'replace';
  why: string;
}

function yamlString(s: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(s) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
}

/** `.github/release-actions.yaml` with what was detected; keys the schema knows, nothing else. */
export function configText(s: Survey): string {
  const d = s.detected;
  const tags = d.newestTag ? `${d.tagPrefix}X.Y.Z (newest: ${d.newestTag})` : `${d.tagPrefix}X.Y.Z (none yet)`;
  const lines = [
    '# release-actions configuration, written by `release-actions doctor --write` from what it found.',
    '# Every key is optional; schema: https://github.com/llm-d/release-actions/blob/v1/schema/release-actions.schema.json',
    `# Release tags: ${tags}.`,
  ];
  if (d.chart) lines.push(`chart: ${yamlString(d.chart)}`);
  if (d.chartOnly) lines.push('images: [] # the chart alone: no Dockerfile, no image of its own');
  else if (d.image) lines.push('images:', `  - ${yamlString(d.image)}`);
  if (d.versionFiles.length > 0) {
    lines.push('version-files:');
    for (const f of d.versionFiles) {
      lines.push(`  - path: ${yamlString(f.path)}`, `    type: ${f.type}`);
      if (f.variables) lines.push(`    variables: [${f.variables.join(', ')}]`);
      if (f.key) lines.push(`    key: ${yamlString(f.key)}`);
    }
  }
  lines.push(`changelog: ${yamlString(s.facts.config?.data?.changelog ?? 'CHANGELOG.md')}`, `pages-branch: ${yamlString(d.pagesBranch)}`);
  return `${lines.join('\n')}\n`;
}

/** The caller with the detected chart and image; one not detected is left to release.yaml's default. */
export function ciReleaseText(s: Survey): string {
  const { chart, chartOnly } = s.detected;
  const image = chartOnly ? 'none' : s.detected.image;
  return `${CI_RELEASE_HEADER}${ciReleaseBody({ ...(chart ? { chart: yamlString(chart) } : {}), ...(image ? { image: yamlString(image) } : {}) })}`;
}

export function prepareReleaseText(): string {
  return `${PREPARE_RELEASE_HEADER}${prepareReleaseBody()}`;
}

/**
 * The files `--write` adds or replaces for this survey; empty when there is nothing it can fix.
 * `validate` checks the configuration against the schema (compiling it costs time a report
 * that writes nothing need not spend).
 */
export async function planWrites(s: Survey, options: { validate: boolean }): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = [];
  const exists = (p: string): boolean => s.facts.paths.includes(p);
  const add = (path: string, text: string, why: string): void => {
    planned.push({ path, text, action: exists(path) ? 'replace' : 'create', why });
  };
  if (!s.facts.config) {
    const text = configText(s);
    // The actions would refuse a file that does not validate: check before offering it.
    if (options.validate) await parseConfig(text, DEFAULT_CONFIG_PATH);
    add(DEFAULT_CONFIG_PATH, text, 'the detected chart, image and version files');
  }
  if (s.workflows.callers.length === 0) add('.github/workflows/ci-release.yaml', ciReleaseText(s), 'the tag push calls release.yaml');
  if (s.workflows.preparers.length === 0) add('.github/workflows/prepare-release.yaml', prepareReleaseText(), 'the release pull request in one dispatch, and kept current on every push to main');
  const changelog = s.facts.config?.data?.changelog ?? 'CHANGELOG.md';
  if (!exists(changelog)) add(changelog, CHANGELOG_HEADER, 'Keep a Changelog header and an empty Unreleased section');
  return planned;
}
