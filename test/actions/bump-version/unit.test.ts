/** The pure parts of bump-version: inputs, target, files, pull request body, plan, summary, ls-remote parsing. */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { changelogEdit } from '../../../actions/bump-version/changelog.js';
import { releaseDate } from '../../../actions/bump-version/date.js';
import { inferType, parseFileLine } from '../../../actions/bump-version/files.js';
import { spec, readBumpInputs } from '../../../actions/bump-version/inputs.js';
import { currentVersionOf, holdsVersion, planBump } from '../../../actions/bump-version/plan.js';
import { fillPullBody, RELEASE_CHECKLIST } from '../../../actions/bump-version/pr-body.js';
import { parseLsRemote } from '../../../actions/bump-version/repo.js';
import { renderPlan, renderSummary, type BumpReport } from '../../../actions/bump-version/summary.js';
import { autoKind, branchName, nextVersion, parseLine, pullTitle, startTag } from '../../../actions/bump-version/target.js';
import { releaseReferences } from '../../../actions/lib/version-files/index.js';
import type { VersionFile } from '../../../actions/lib/version-files/types.js';
import { projectRoot } from '../../support/harness.js';
import { fixtureFiles } from '../../support/repos.js';
import { CHART, DATE, VERSION_FILES } from './helpers.js';

const actionDir = join(projectRoot, 'actions', 'bump-version');
const actionYml = parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
};

/** The environment the runner builds from action.yml's defaults plus `inputs`. */
function env(inputs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    if (spec.default !== undefined) out[`INPUT_${name.toUpperCase()}`] = spec.default.replace('${{ github.token }}', 'tkn');
  }
  for (const [name, value] of Object.entries(inputs)) out[`INPUT_${name.toUpperCase()}`] = value;
  return out;
}

const fixture = fixtureFiles('wva');

describe('action.yml and inputs.ts', () => {
  // reading the token input masks it (`::add-mask::` on stdout): keep the test log clean
  beforeAll(() => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterAll(() => {
    jest.restoreAllMocks();
  });

  it('declare the same inputs, each described, and run on node24 from the bundle', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(Object.keys(spec).sort());
    for (const [name, spec] of Object.entries(actionYml.inputs)) expect([name, spec.description.length > 10]).toEqual([name, true]);
    expect(actionYml.inputs['version']!.required).toBe(true);
    expect(actionYml.inputs['token']!.default).toBe('${{ github.token }}');
    expect(actionYml.inputs['labels']!.default).toBe('release');
    expect(actionYml.runs).toEqual({ using: 'node24', main: '../../dist/bump-version/index.js' });
    expect(actionYml.branding.icon).toBeTruthy();
    expect(Object.keys(actionYml.outputs).sort()).toEqual(
      ['base-branch', 'branch', 'changed-files', 'commit', 'pr-number', 'pr-url', 'previous-version', 'release-type', 'status', 'tag', 'version'].sort(),
    );
  });

  it('read the defaults of action.yml as the issue sets them', () => {
    expect(readBumpInputs(env({ version: 'v0.5.0' }))).toEqual({
      version: '0.5.0',
      mode: 'release',
      cherryPick: [],
      base: '',
      preid: 'rc',
      files: [],
      changelog: true,
      openPr: true,
      pullRequest: 'versioned',
      prBranch: 'release-next',
      baseBranch: '',
      labels: ['release'],
      draft: false,
      dryRun: false,
      signOff: true,
      signingKey: '',
      allowDowngrade: false,
      token: 'tkn',
      config: '',
    });
  });

  it('split labels on lines and commas, and parse files', () => {
    const inputs = readBumpInputs(env({ version: 'patch', labels: 'release, needs-review\nrelease', files: `Makefile\n{"path":"v.go","type":"regex","pattern":"v = \\"(.+)\\""}` }));
    expect(inputs.labels).toEqual(['release', 'needs-review']);
    expect(inputs.files).toEqual([
      { path: 'Makefile', type: 'makefile' },
      { path: 'v.go', type: 'regex', pattern: 'v = "(.+)"' },
    ]);
  });

  it('let a dry run go without a token, and a hotfix take explicit versions and patch keywords', () => {
    expect(readBumpInputs(env({ version: '0.5.0', token: '', 'dry-run': 'true' })).token).toBe('');
    expect(readBumpInputs(env({ version: '0.5.0', token: '', 'open-pr': 'false' })).openPr).toBe(false);
    expect(readBumpInputs(env({ version: 'prerelease', mode: 'hotfix', 'cherry-pick': 'abcdef1\nABCDEF0123' })).cherryPick).toEqual(['abcdef1', 'ABCDEF0123']);
    expect(readBumpInputs(env({ version: '0.3.2', mode: 'backport' })).base).toBe('');
  });
});

describe('target', () => {
  it('names lines, branches and titles', () => {
    expect(parseLine('0.3')).toEqual({ major: 0, minor: 3 });
    expect(parseLine('v1.12.4')).toEqual({ major: 1, minor: 12 });
    expect(parseLine('v0.3.1-rc.1')).toEqual({ major: 0, minor: 3 });
    expect(parseLine('main')).toBeUndefined();
    expect(parseLine('01.3')).toBeUndefined();
    expect(branchName('release', '0.5.0')).toBe('release-v0.5.0');
    expect(branchName('release', 'v0.5.0-rc.1', 'releases/v')).toBe('releases/v0.5.0-rc.1');
    expect(branchName('hotfix', '0.4.2')).toBe('hotfix-v0.4.2');
    expect(branchName('backport', '0.3.2')).toBe('backport-v0.3.2');
    expect([pullTitle('release', '0.5.0'), pullTitle('hotfix', '0.4.2'), pullTitle('backport', 'v0.3.2')]).toEqual(['Release v0.5.0', 'Hotfix v0.4.2', 'Backport v0.3.2']);
  });

  it('finds the tag a hotfix or backport starts from', () => {
    const tags = ['v0.3.0', 'v0.3.1', 'v0.4.0', 'v0.4.1', 'v0.5.0-rc.1', 'nightly', 'v0.10.0'];
    expect(startTag({ mode: 'hotfix', version: '0.4.2', tags })).toEqual({ tag: 'v0.4.1', line: { major: 0, minor: 4 } });
    expect(startTag({ mode: 'hotfix', version: 'patch', tags }).tag).toBe('v0.10.0');
    expect(startTag({ mode: 'backport', version: 'patch', base: 'v0.3', tags }).tag).toBe('v0.3.1');
    expect(startTag({ mode: 'backport', version: 'prerelease', base: 'v0.3.0', tags }).tag).toBe('v0.3.1');
    expect(() => startTag({ mode: 'backport', version: '0.3.2', base: '0.4', tags })).toThrow('version 0.3.2 is not in the 0.4 line named by base');
    expect(() => startTag({ mode: 'backport', version: 'patch', tags })).toThrow('needs the line to start from');
    expect(() => startTag({ mode: 'hotfix', version: '0.2.1', tags })).toThrow('the latest release tag of the 0.2 line, and there is none');
    expect(() => startTag({ mode: 'hotfix', version: 'patch', tags: ['nightly'] })).toThrow('has no release tag');
  });

  it('decides auto from the commits and computes the next version', () => {
    expect(autoKind([{ type: 'fix', breaking: false }, { type: null, breaking: false }], '0.4.1')).toBe('patch');
    expect(autoKind([{ type: 'fix', breaking: false }, { type: 'feat', breaking: false }], '0.4.1')).toBe('minor');
    expect(autoKind([{ type: 'refactor', breaking: true }], '0.4.1')).toBe('minor');
    expect(autoKind([{ type: 'refactor', breaking: true }], '1.4.1')).toBe('major');
    expect(autoKind([], '1.4.1')).toBe('patch');
    expect(autoKind([{ type: null, breaking: false }, { type: null, breaking: false }], '0.0.2')).toBe('minor');
    expect(nextVersion('0.5.0', '0.4.1')).toBe('0.5.0');
    expect(nextVersion('major', '0.4.1')).toBe('1.0.0');
    expect(nextVersion('minor', '0.4.1')).toBe('0.5.0');
    expect(nextVersion('patch', '0.4.1')).toBe('0.4.2');
    expect(nextVersion('prerelease', '0.4.1')).toBe('0.4.2-rc.1');
    expect(nextVersion('prerelease', '0.5.0-rc.1')).toBe('0.5.0-rc.2');
    expect(nextVersion('prerelease', '0.4.1', { preid: 'alpha' })).toBe('0.4.2-alpha.1');
    expect(nextVersion('patch', '0.5.0-rc.2')).toBe('0.5.0');
    expect(nextVersion('auto', '0.4.1', { auto: 'minor' })).toBe('0.5.0');
    expect(() => nextVersion('auto', '0.4.1')).toThrow('needs the commits');
  });
});

describe('files', () => {
  it('infers the type from the name, and parses JSON lines', () => {
    expect([`${CHART}/Chart.yaml`, `${CHART}/values.yaml`, 'deploy/values-prod.yaml', 'Makefile', 'build/version.mk', 'docs/install.md', 'go.mod'].map(inferType)).toEqual([
      'chart',
      'values',
      'values',
      'makefile',
      'makefile',
      'docs',
      undefined,
    ]);
    expect(parseFileLine('{"path": "k.yaml", "type": "yaml", "key": "images.0.newTag", "optional": true}')).toEqual({ path: 'k.yaml', type: 'yaml', key: 'images.0.newTag', optional: true });
    expect(parseFileLine('{"path": "README.md", "chart": "wva", "images": ["ghcr.io/a/b"]}')).toEqual({ path: 'README.md', type: 'docs', chart: ['wva'], images: ['ghcr.io/a/b'] });
    expect(() => parseFileLine('{"path": "a.json", "type": "json"}')).toThrow('expected "key"');
    expect(() => parseFileLine('{"path": "a.json", "type": "toml", "key": "v"}')).toThrow('expected "type" to be one of');
    expect(() => parseFileLine('{"path": "a.json", "kind": "json"}')).toThrow('unknown key "kind"');
    expect(() => parseFileLine('{"path": "/etc/passwd", "type": "docs"}')).toThrow('repository-relative path');
    expect(() => parseFileLine('{nope')).toThrow('invalid JSON');
    expect(() => parseFileLine('a//b.md')).toThrow('repository-relative path');
  });

  const paths = Object.keys(fixture);

  const select = (opts: { files?: VersionFile[]; versionFiles?: VersionFile[]; chart?: string; makefileVariables?: string[]; images?: string[]; paths?: string[] } = {}) =>
    releaseReferences({
      paths: opts.paths ?? paths,
      contents: fixture,
      repository: 'llm-d-incubation/workload-variant-autoscaler',
      config: { ...(opts.chart ? { chart: opts.chart } : {}), ...(opts.versionFiles ? { versionFiles: opts.versionFiles } : {}), ...(opts.makefileVariables ? { makefileVariables: opts.makefileVariables } : {}), ...(opts.images ? { images: opts.images } : {}) },
      ...(opts.files ? { files: opts.files } : {}),
    });

  it('discovers the WVA files, with the configured and detected images for the docs', () => {
    const { files, source, images } = select({ images: ['ghcr.io/llm-d-incubation/workload-variant-autoscaler'], chart: CHART });
    expect(source).toBe('discovery');
    expect(images).toEqual(['ghcr.io/llm-d-incubation/workload-variant-autoscaler']);
    expect(files).toEqual([
      { path: `${CHART}/Chart.yaml`, type: 'chart' },
      { path: `${CHART}/values.yaml`, type: 'values', optional: true },
      { path: 'Makefile', type: 'makefile', variables: ['VERSION'], optional: true },
      { path: 'Makefile', type: 'makefile', variables: ['IMG_TAG'], optional: true },
      { path: 'README.md', type: 'docs', optional: true, images: ['ghcr.io/llm-d-incubation/workload-variant-autoscaler'] },
    ]);
  });

  it('lets the configured chart pick one among several, and configured Makefile variables apply', () => {
    const more = [...paths, 'charts/other/Chart.yaml'];
    expect(() => select({ paths: more })).toThrow('expected one chart under charts/');
    const { files } = select({ chart: `${CHART}/`, makefileVariables: ['RELEASE'], paths: more });
    expect(files.map((f) => [f.path, f.variables])).toEqual([
      [`${CHART}/Chart.yaml`, undefined],
      [`${CHART}/values.yaml`, undefined],
      ['Makefile', ['RELEASE']],
      ['README.md', undefined],
    ]);
  });

  it('takes the files input over the configuration, and a bare Makefile holds VERSION (and IMG_TAG when present)', () => {
    const configured: VersionFile[] = [{ path: 'VERSION', type: 'regex', pattern: '(.+)' }];
    const input = [parseFileLine('Makefile'), parseFileLine('README.md')];
    const fromInput = select({ files: input, versionFiles: configured });
    expect(fromInput.source).toBe('input');
    expect(fromInput.files).toEqual([
      { path: 'Makefile', type: 'makefile', variables: ['VERSION'] },
      { path: 'Makefile', type: 'makefile', variables: ['IMG_TAG'], optional: true },
      { path: 'README.md', type: 'docs', images: ['ghcr.io/llm-d-incubation/workload-variant-autoscaler'] }, // the chart's own image.repository
    ]);
    expect(select({ versionFiles: configured })).toMatchObject({ source: 'config', files: configured });
  });
});

describe('pull request body', () => {
  it('is the release checklist template, shipped as a file the constant equals', () => {
    expect(readFileSync(join(actionDir, 'release-checklist.md'), 'utf8')).toBe(RELEASE_CHECKLIST);
    for (const heading of ['## Release {tag} Checklist', '### Pre-Release', '### Release Preparation', '### Release Execution', '### Post-Release', '### Issues During Release']) {
      expect(RELEASE_CHECKLIST).toContain(`${heading}\n`);
    }
    expect(RELEASE_CHECKLIST.match(/^- \[ \] /gm)).toHaveLength(21);
  });

  const values = { tag: 'v0.5.0', version: '0.5.0', previous_tag: 'v0.4.1', previous_version: '0.4.1', branch: 'release-v0.5.0', base: 'main', changelog: 'CHANGELOG.md', title: 'Release v0.5.0' };

  it('fills in the version', () => {
    const body = fillPullBody(RELEASE_CHECKLIST, values);
    expect(body.startsWith('Release v0.5.0\n\nSee CHANGELOG.md for full details.\n\n## Release v0.5.0 Checklist\n')).toBe(true);
    expect(body).toContain('- [ ] CHANGELOG.md updated\n');
    expect(body).not.toMatch(/\{[a-z_]+\}/);
  });

  it('fills a template copied from the process document (v0.x.0) and leaves unknown placeholders', () => {
    expect(fillPullBody('## Release v0.x.0 Checklist\nchart 0.x.0, from {previous_tag} on {branch} → {base}; {unknown}; not v10.x.0', values)).toBe(
      '## Release v0.5.0 Checklist\nchart 0.5.0, from v0.4.1 on release-v0.5.0 → main; {unknown}; not v10.x.0',
    );
  });
});

describe('plan', () => {
  const contents = new Map(Object.entries(fixture));
  const { files, images } = releaseReferences({ paths: Object.keys(fixture), contents, config: {}, repository: 'llm-d-incubation/workload-variant-autoscaler' });
  const references = { images, tagsPrefixed: true };

  it('reads the current version, plans the bump with the changelog edit last', () => {
    expect(currentVersionOf(files, contents)).toBe('0.4.1');
    const { plan, edits } = planBump({
      files,
      contents,
      current: '0.4.1',
      references,
      next: '0.5.0',
      allowDowngrade: false,
      changelog: { path: 'CHANGELOG.md', text: fixture['CHANGELOG.md']!, date: DATE, repoUrl: 'https://github.com/llm-d-incubation/workload-variant-autoscaler', previousTag: 'v0.4.1' },
    });
    expect(plan.currentVersion).toBe('0.4.1');
    expect(edits.map((e) => e.path)).toEqual([...VERSION_FILES, 'CHANGELOG.md']);
    expect(edits[4]!.changes).toEqual([{ line: 10, name: 'section', old: 'Unreleased', new: `[0.5.0] - ${DATE}` }]);
    expect(holdsVersion(files, new Map([...contents, ...edits.map((e) => [e.path, e.after] as const)]), '0.5.0', references)).toBe(true);
    expect(holdsVersion(files, contents, '0.5.0', references)).toBe(false);
  });

  it('plans the repairs alone when the files drifted from the tag, and refuses a bump with nothing to write', () => {
    const drifted = new Map([...contents, ['Makefile', contents.get('Makefile')!.replace('IMG_TAG ?= v0.4.1', 'IMG_TAG ?= v0.4.0')]]);
    const repair = planBump({ files, contents: drifted, current: '0.4.1', references, next: '0.4.1', allowDowngrade: false });
    expect(repair.edits.flatMap((e) => e.changes.map((c) => `${e.path}:${c.line} ${c.old} → ${c.new}`))).toEqual(['Makefile:4 v0.4.0 → v0.4.1']);
    expect(repair.plan.findings.map((f) => `${f.path}:${f.line} ${f.name} = ${f.value}`)).toEqual(['Makefile:4 IMG_TAG = v0.4.0']);
    expect(() => planBump({ files, contents, current: '0.4.1', references, next: '0.4.1', allowDowngrade: true })).toThrow('every version reference already holds 0.4.1 and there is no changelog to update: nothing to bump');
  });

  it('refuses a changelog that is also a version file', () => {
    const both: VersionFile[] = [...files, { path: 'CHANGELOG.md', type: 'docs', optional: true }];
    const text = `${fixture['CHANGELOG.md']}\n<!-- release-actions:version -->0.4.1<!-- /release-actions:version -->\n`;
    expect(() =>
      planBump({ files: both, contents: new Map([...contents, ['CHANGELOG.md', text]]), current: '0.4.1', references, next: '0.5.0', allowDowngrade: false, changelog: { path: 'CHANGELOG.md', text, date: DATE, repoUrl: 'https://x.example/o/r' } }),
    ).toThrow('CHANGELOG.md is both a version file and the changelog');
  });

  it('changelogEdit refuses a changelog that already has the section, naming its line, and releaseDate honours SOURCE_DATE_EPOCH', () => {
    const once = changelogEdit({ path: 'CHANGELOG.md', text: fixture['CHANGELOG.md']!, version: '0.5.0', date: DATE, repoUrl: 'https://github.com/o/r' });
    const line = once.after.split('\n').indexOf(`## [0.5.0] - ${DATE}`) + 1;
    expect(line).toBeGreaterThan(0);
    expect(() => changelogEdit({ path: 'CHANGELOG.md', text: once.after, version: '0.5.0', date: DATE, repoUrl: 'https://github.com/o/r' })).toThrow(
      `CHANGELOG.md:${line}: already has a section for 0.5.0`,
    );
    expect(releaseDate({ SOURCE_DATE_EPOCH: '1770120000' })).toBe('2026-02-03');
    expect(releaseDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('ls-remote and the summary', () => {
  it('parses ls-remote --symref: default branch, heads, peeled tags', () => {
    const sha = (c: string) => c.repeat(40);
    const out = [`ref: refs/heads/main\tHEAD`, `${sha('a')}\tHEAD`, `${sha('a')}\trefs/heads/main`, `${sha('b')}\trefs/heads/release-v0.5.0`, `${sha('c')}\trefs/tags/v0.4.0`, `${sha('d')}\trefs/tags/v0.4.0^{}`, `${sha('e')}\trefs/tags/v0.4.1`, `${sha('f')}\trefs/pull/1/head`].join('\n');
    const refs = parseLsRemote(out);
    expect(refs.defaultBranch).toBe('main');
    expect([...refs.heads]).toEqual([
      ['main', sha('a')],
      ['release-v0.5.0', sha('b')],
    ]);
    expect([...refs.tags]).toEqual([
      ['v0.4.0', sha('d')],
      ['v0.4.1', sha('e')],
    ]);
  });

  const report: BumpReport = {
    mode: 'release',
    status: 'created',
    previousVersion: '0.4.1',
    version: '0.5.0',
    tag: 'v0.5.0',
    releaseType: 'minor',
    branch: 'release-v0.5.0',
    base: 'main',
    start: { label: 'main', sha: 'a'.repeat(40) },
    cherryPicks: [],
    edits: [{ path: 'Makefile', before: 'VERSION ?= 0.4.1\n', after: 'VERSION ?= 0.5.0\n', changes: [{ line: 1, name: 'VERSION', old: '0.4.1', new: '0.5.0' }] }],
    skipped: [{ path: 'README.md', name: 'image', line: 3, value: 'latest', reason: 'not a version (latest)' }],
    filesSource: 'discovered: Makefile',
    commit: 'b'.repeat(40),
    pull: { number: 7, url: 'https://github.com/o/r/pull/7', existed: false },
  };

  it('renders the summary: facts, the change table, what was left alone, the diff', () => {
    const md = renderSummary(report);
    expect(md).toContain('## bump-version: 0.4.1 → 0.5.0\n');
    expect(md).toContain('| version | `0.5.0` (minor; was `0.4.1`) |');
    expect(md).toContain('| pull request | [#7](https://github.com/o/r/pull/7) (opened) into `main` |');
    expect(md).toContain('| `Makefile` | 1 | VERSION | `0.5.0` | was `0.4.1` |');
    expect(md).toContain('<details><summary>Left alone (1)</summary>');
    expect(md).toContain('| README.md | 3 | image | latest | not a version (latest) |');
    expect(md).toContain('```diff\n--- a/Makefile\n+++ b/Makefile\n@@ -1,1 +1,1 @@\n-VERSION ?= 0.4.1\n+VERSION ?= 0.5.0\n```\n');
    expect(renderSummary({ ...report, status: 'dry-run', edits: [], pull: undefined, pullNote: 'not opened (dry run)' })).toContain('No file changes.');
    expect(renderPlan(report).split('\n')).toEqual([
      'bump 0.4.1 → 0.5.0 (minor), tag v0.5.0',
      'branch release-v0.5.0 from main (aaaaaaaaaaaa), pull request into main',
      'version files: discovered: Makefile',
      '  Makefile:1 VERSION → 0.5.0 (was 0.4.1)',
      '  left alone: README.md:3 image = latest (not a version (latest))',
    ]);
  });
});
