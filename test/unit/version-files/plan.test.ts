import { describe, expect, it } from '@jest/globals';
import { ActionError } from '../../../actions/lib/runner/errors.js';
import { planVersionBump, VersionFilesError } from '../../../actions/lib/version-files/plan.js';
import type { FileError } from '../../../actions/lib/runner/errors.js';
import type { VersionFile, VersionPlan } from '../../../actions/lib/version-files/types.js';
import { fileError, fixture, wva, WVA_FILES } from './fixtures.js';
import { discoverVersionFiles } from './fixtures.js';

const CHART = 'charts/workload-variant-autoscaler/Chart.yaml';
const VALUES = 'charts/workload-variant-autoscaler/values.yaml';
const discovered = (): VersionFile[] => discoverVersionFiles([...WVA_FILES, 'go.mod', 'charts/workload-variant-autoscaler/templates/deployment.yaml']);

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, nothing was thrown');
}

describe('discoverVersionFiles', () => {
  it('gives the chart, its values, the Makefile and the README of a WVA-shaped repository', () => {
    expect(discovered()).toEqual([
      { path: CHART, type: 'chart' },
      { path: VALUES, type: 'values', optional: true },
      { path: 'Makefile', type: 'makefile', variables: ['VERSION'], optional: true },
      { path: 'Makefile', type: 'makefile', variables: ['IMG_TAG'], optional: true },
      { path: 'README.md', type: 'docs', optional: true },
    ]);
  });

  it('normalises ./ and leaves out what is not there', () => {
    expect(discoverVersionFiles(['./charts/a/Chart.yaml', 'docs/README.md', 'charts/a/charts/sub/Chart.yaml'])).toEqual([{ path: 'charts/a/Chart.yaml', type: 'chart' }]);
    expect(discoverVersionFiles([])).toEqual([]);
  });

  it('refuses more than one chart', () => {
    expect(() => discoverVersionFiles(['charts/a/Chart.yaml', 'charts/b/Chart.yaml'])).toThrow(
      'expected one chart under charts/ to find the version files, found 2 (charts/a/Chart.yaml, charts/b/Chart.yaml); set chart (or version-files) in .github/release-actions.yaml',
    );
  });
});

describe('planVersionBump on the sample operator repository', () => {
  it('plans every edit, each file equal to the expected one', () => {
    const before = wva();
    const plan = planVersionBump(discovered(), before, 'v0.5.0');
    const expected = wva('wva-0.5.0');
    expect(plan.currentVersion).toBe('0.4.1');
    expect(plan.newVersion).toBe('0.5.0');
    expect(plan.edits.map((e) => e.path)).toEqual([...WVA_FILES]);
    for (const edit of plan.edits) {
      expect(edit.before).toBe(before[edit.path]);
      expect(edit.after).toBe(expected[edit.path]);
    }
    expect(plan.edits[0]!.changes).toEqual([
      { line: 11, name: 'version', old: '0.4.1', new: '0.5.0' },
      { line: 15, name: 'appVersion', old: '0.4.1', new: '0.5.0' },
    ]);
    expect(plan.edits[2]!.changes).toEqual([
      { line: 2, name: 'VERSION', old: '0.4.1', new: '0.5.0' },
      { line: 3, name: 'IMG_TAG', old: 'v0.4.1', new: 'v0.5.0' },
    ]);
    expect(plan.references.filter((r) => r.role === 'declares').map((r) => `${r.path}:${r.line}`)).toEqual([
      `${CHART}:11`,
      `${CHART}:15`,
      'Makefile:2',
      'Makefile:3',
    ]);
    expect(plan.skipped.map((s) => `${s.path}:${s.line} ${s.reason}`)).toEqual([
      `${VALUES}:12 another image (docker.io/library/busybox), not released here`,
      `${VALUES}:17 another image (quay.io/brancz/kube-rbac-proxy), not released here`,
      `${VALUES}:22 another image (ghcr.io/example/pinned), not released here`,
      'README.md:21 pinned to a digest',
    ]);
    expect(before).toEqual(wva());
  });

  it('is idempotent: a second run to the same version plans no edit', () => {
    const plan = planVersionBump(discovered(), wva('wva-0.5.0'), '0.5.0');
    expect(plan.currentVersion).toBe('0.5.0');
    expect(plan.edits).toEqual([]);
    expect(plan.references.length).toBeGreaterThan(8);
  });

  it('accepts a Map of contents', () => {
    const plan = planVersionBump(discovered(), new Map(Object.entries(wva())), '0.4.2');
    expect(plan.edits).toHaveLength(4);
  });

  it('moves every reference whatever it held, and lists those that did not hold the current version as findings', () => {
    const contents = { ...wva(), Makefile: wva().Makefile!.replace('VERSION ?= 0.4.1', 'VERSION ?= 0.4.0') };
    const plan = planVersionBump(discovered(), contents, '0.5.0', { current: '0.4.1' });
    expect(plan.findings.map((f) => `${f.path}:${f.line} ${f.name} = ${f.value}`)).toEqual(['Makefile:2 VERSION = 0.4.0', 'README.md:35 helm --version = 0.3.0']);
    expect(plan.edits.find((e) => e.path === 'Makefile')!.after).toBe(wva('wva-0.5.0').Makefile);
  });

  it('takes the given current version (the tag) over the files', () => {
    const plan = planVersionBump(discovered(), wva(), '0.2.0', { current: '0.1.0' });
    expect(plan.currentVersion).toBe('0.1.0');
    expect(plan.findings.filter((f) => f.path === CHART).map((f) => f.value)).toEqual(['0.4.1', '0.4.1']);
    expect(() => planVersionBump(discovered(), wva(), '0.0.9', { current: '0.1.0' })).toThrow('expected a new version greater than the current version 0.1.0');
  });

  it('refuses a new version lower than the current one, unless a downgrade is allowed', () => {
    expect(() => planVersionBump(discovered(), wva(), '0.4.0')).toThrow(
      'expected a new version greater than the current version 0.4.1, got 0.4.0 (a downgrade must be allowed explicitly)',
    );
    const plan = planVersionBump(discovered(), wva(), '0.4.0', { allowDowngrade: true });
    expect(plan.edits[0]!.changes[0]).toEqual({ line: 11, name: 'version', old: '0.4.1', new: '0.4.0' });
  });

  it.each(['1.2', '1.2.3.4', 'v01.2.3', '1.2.3+build', '1.2.3;rm'])('refuses the malformed new version %j', (version) => {
    const error = thrown(() => planVersionBump(discovered(), wva(), version));
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toMatch(/^new version: expected/);
  });

  it('keeps a Chart.yaml version with a v', () => {
    const contents = { ...wva(), [CHART]: fixture(`wva/${CHART}`).replace('version: 0.4.1', 'version: v0.4.1') };
    const plan = planVersionBump(discovered(), contents, '0.5.0');
    expect(plan.edits[0]!.changes[0]).toEqual({ line: 11, name: 'version', old: 'v0.4.1', new: 'v0.5.0' });
  });
});

describe('planVersionBump: all or nothing', () => {
  const files: VersionFile[] = [
    { path: CHART, type: 'chart' },
    { path: 'Makefile', type: 'makefile', variables: ['VERSION', 'IMG_TAG'] },
    { path: 'version.go', type: 'regex', pattern: String.raw`^const Version = "([^"]+)"` },
    { path: 'deploy/kustomization.yaml', type: 'yaml', key: 'images.0.newTag' },
    { path: 'package.json', type: 'json', key: 'version' },
  ];
  const good = (): Record<string, string> => ({
    [CHART]: fixture(`wva/${CHART}`),
    Makefile: fixture('wva/Makefile'),
    'version.go': fixture('generic/version.go'),
    'deploy/kustomization.yaml': fixture('generic/kustomization.yaml'),
    'package.json': fixture('generic/version.json'),
  });

  it('plans the generic kinds together', () => {
    const plan = planVersionBump(files, good(), '0.5.0');
    expect(plan.edits.map((e) => [e.path, e.changes.length])).toEqual([
      [CHART, 2],
      ['Makefile', 2],
      ['version.go', 1],
      ['deploy/kustomization.yaml', 1],
      ['package.json', 1],
    ]);
    expect(plan.edits[2]!.after).toBe(fixture('generic/version.expected.go'));
  });

  it('returns no plan when any file fails, and reports every failure', () => {
    const contents: Record<string, string | undefined> = { ...good(), 'version.go': 'package version\n', 'package.json': undefined };
    const error = thrown(() => planVersionBump(files, contents, '0.5.0'));
    expect(error).toBeInstanceOf(VersionFilesError);
    const errors = (error as VersionFilesError).errors;
    expect(errors.map((e) => (e as FileError).file)).toEqual(['version.go', 'package.json']);
    expect((error as Error).message).toBe(
      [
        '2 problems with the version files; nothing was changed:',
        '- version.go: expected /^const Version = "([^"]+)"/ to match the version, it matches nothing',
        '- package.json: expected this json version file to exist, it is missing',
      ].join('\n'),
    );
  });

  it('throws the one FileError itself when only one file fails', () => {
    const error = fileError(() => planVersionBump(files, { ...good(), Makefile: 'VERSION ?= 0.4.1\n' }, '0.5.0'));
    expect(error.message).toBe('Makefile: expected a definition of IMG_TAG (like IMG_TAG ?= 0.4.1), found none');
  });

  it('skips a missing optional file', () => {
    const plan = planVersionBump([...files, { path: 'docs/install.md', type: 'docs', optional: true }], good(), '0.5.0');
    expect(plan.skipped).toEqual([{ path: 'docs/install.md', name: 'docs', reason: 'file not found' }]);
  });

  it('refuses a configuration it cannot use', () => {
    const error = thrown(() =>
      planVersionBump(
        [
          ...files,
          { path: 'a', type: 'regex' },
          { path: 'b', type: 'json' },
          { path: 'c', type: 'toml' as VersionFile['type'] },
          { path: '../outside/Chart.yaml', type: 'chart' },
          { path: '/etc/Makefile', type: 'makefile' },
        ],
        good(),
        '0.5.0',
      ),
    ) as VersionFilesError;
    expect(error.errors.map((e) => e.message)).toEqual([
      'a: expected a pattern for a regex version file',
      'b: expected a key path for a json version file',
      'c: expected a version file type (chart, values, makefile, docs, regex, json, yaml), got "toml"',
      '../outside/Chart.yaml: expected a repository-relative path with / separators and no .., got "../outside/Chart.yaml"',
      '/etc/Makefile: expected a repository-relative path with / separators and no .., got "/etc/Makefile"',
    ]);
  });

  it('refuses a list in which nothing declares the current version', () => {
    expect(() => planVersionBump([{ path: 'README.md', type: 'docs' }], { 'README.md': '' }, '0.5.0')).toThrow(
      'expected a release tag (vX.Y.Z) or a version file that declares the current version (a chart, makefile, regex, json or yaml file), found neither among README.md',
    );
    expect(() => planVersionBump([], {}, '0.5.0')).toThrow('expected at least one version file');
  });

  it('merges several entries for the same file into one edit', () => {
    const plan = planVersionBump(
      [
        { path: 'Makefile', type: 'makefile' },
        { path: 'Makefile', type: 'makefile', variables: ['IMG_TAG'] },
        { path: 'Makefile', type: 'regex', pattern: String.raw`^IMG_TAG \?= (\S+)` },
      ],
      { Makefile: fixture('wva/Makefile') },
      '0.5.0',
    );
    expect(plan.edits).toHaveLength(1);
    expect(plan.edits[0]!.after).toBe(fixture('wva-0.5.0/Makefile'));
    expect(plan.edits[0]!.changes.map((c) => c.line)).toEqual([2, 3]);
  });

  it('uses configured images and chart names for docs besides the discovered ones', () => {
    const plan = planVersionBump(
      [
        { path: 'Makefile', type: 'makefile' },
        { path: 'docs/install.md', type: 'docs', images: ['quay.io/wva/wva'], chart: 'wva-chart' },
      ],
      { Makefile: 'VERSION ?= 0.4.1\n', 'docs/install.md': 'docker pull quay.io/wva/wva:v0.4.1\nhelm install x repo/wva-chart --version 0.4.1\n' },
      '0.5.0',
    );
    expect(plan.edits[1]!.after).toBe('docker pull quay.io/wva/wva:v0.5.0\nhelm install x repo/wva-chart --version 0.5.0\n');
  });
});

describe('planVersionBump at scale', () => {
  it('plans 200 version files well under a second', () => {
    const files: VersionFile[] = [];
    const contents: Record<string, string> = {};
    const base = wva();
    for (let i = 0; i < 40; i += 1) {
      const dir = `components/c${i}`;
      files.push(
        { path: `${dir}/Chart.yaml`, type: 'chart' },
        { path: `${dir}/values.yaml`, type: 'values' },
        { path: `${dir}/Makefile`, type: 'makefile', variables: ['VERSION', 'IMG_TAG'] },
        { path: `${dir}/README.md`, type: 'docs', images: ['ghcr.io/llm-d-incubation/workload-variant-autoscaler'] },
        { path: `${dir}/version.go`, type: 'regex', pattern: String.raw`^const Version = "([^"]+)"` },
      );
      contents[`${dir}/Chart.yaml`] = base[CHART]!;
      contents[`${dir}/values.yaml`] = base[VALUES]!;
      contents[`${dir}/Makefile`] = base.Makefile!;
      contents[`${dir}/README.md`] = base['README.md']!;
      contents[`${dir}/version.go`] = fixture('generic/version.go');
    }
    expect(files).toHaveLength(200);
    // One small plan first, so that the fixed cost of compiling the yaml parser is not counted per file.
    expect(planVersionBump(discoverVersionFiles([...WVA_FILES]), base, '0.5.0').edits).toHaveLength(4);
    // Speed is measured by `npm run bench` (figure bump-version), never asserted here.
    const plan: VersionPlan = planVersionBump(files, contents, '0.5.0');
    expect(plan.edits).toHaveLength(200);
    expect(plan.edits.every((e) => e.changes.length > 0)).toBe(true);
  });
});
