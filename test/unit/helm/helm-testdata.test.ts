/**
 * Helm's own test charts (test/corpus/helm-testdata, from helm/helm's pkg/chart/v2/{loader,util,
 * lint/rules}/testdata): each one Helm's tests load must load here, each one they refuse must be
 * refused, for Helm's reason. The Go test that decides is named per case.
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goTar, helmGzip } from '../../../actions/lib/helm/archive.js';
import { loadChart, loadChartArchive, loadChartFiles, type HelmChart } from '../../../actions/lib/helm/chart.js';
import { packageChart } from '../../../actions/lib/helm/package.js';

const DATA = join(process.cwd(), 'test/corpus/helm-testdata');

interface Case {
  path: string;
  /** The Go test (file and function) whose expectation this is. */
  test: string;
  /** Loaded: what must hold of the chart. Refused: Helm's reason, and the words of ours. */
  expect: { load: (c: HelmChart) => void } | { refuse: string; ours: RegExp };
  /** A symbolic link the Go test creates before loading: [link path in the chart, target]. */
  symlink?: [string, string];
}

const subchartNames = (c: HelmChart): string[] => c.subcharts.map((s) => s.metadata.name).sort();
const frobnitz = (c: HelmChart): void => {
  expect(c.metadata.name).toBe('frobnitz');
  expect(c.metadata.version).toBe('1.2.3');
  expect(subchartNames(c)).toEqual(['alpine', 'mariner']);
  expect(c.templates.map((t) => t.name)).toEqual(['templates/template.tpl']);
};
const named = (name: string) => (c: HelmChart): void => expect(c.metadata.name).toBe(name);

const CASES: Case[] = [
  { path: 'loader/frobnitz', test: 'loader/load_test.go TestLoadDir', expect: { load: frobnitz } },
  { path: 'loader/frobnitz_with_symlink', test: 'loader/load_test.go TestLoadDirWithSymlink', symlink: ['LICENSE', '../LICENSE'], expect: { load: (c) => expect(c.files.map((f) => f.name)).toContain('LICENSE') } },
  { path: 'loader/frobnitz_with_dev_null', test: 'loader/load_test.go TestLoadDirWithDevNull', expect: { refuse: 'cannot load irregular file', ours: /irregular file/ } },
  {
    path: 'loader/frobnitz_with_bom',
    test: 'loader/load_test.go TestLoadDirWithUTFBOM',
    expect: { load: (c) => { frobnitz(c); expect(c.values!.subarray(0, 3).toString('latin1')).not.toBe('\xef\xbb\xbf'); } },
  },
  { path: 'loader/frobnitz_with_bom.tgz', test: 'loader/load_test.go TestLoadArchiveWithUTFBOM', expect: { load: frobnitz } },
  { path: 'loader/frobnitz.v1', test: 'loader/load_test.go TestLoadV1', expect: { load: named('frobnitz') } },
  { path: 'loader/frobnitz.v1.tgz', test: 'loader/load_test.go TestLoadFileV1', expect: { load: named('frobnitz') } },
  { path: 'loader/frobnitz-1.2.3.tgz', test: 'loader/load_test.go TestLoadFile', expect: { load: frobnitz } },
  { path: 'loader/frobnitz_backslash-1.2.3.tgz', test: 'loader/load_test.go TestLoadFileBackslash', expect: { load: (c) => { expect(c.metadata.name).toBe('frobnitz_backslash'); expect(subchartNames(c)).toEqual(['alpine', 'mariner']); } } },
  {
    path: 'loader/frobnitz.v2.reqs',
    test: 'loader/load_test.go TestLoadV2WithReqs',
    expect: { load: (c) => expect(c.metadata.dependencies?.map((d) => d.name)).toEqual(['alpine', 'mariner']) },
  },
  { path: 'util/frobnitz', test: 'util/dependencies_test.go TestLoadDependency, util/chartfile_test.go TestIsChartDir', expect: { load: frobnitz } },
  { path: 'util/frobnitz-1.2.3.tgz', test: 'util/expand_test.go TestExpand', expect: { load: frobnitz } },
  { path: 'util/subpop', test: 'util/dependencies_test.go TestDependencyEnabled', expect: { load: (c) => expect(subchartNames(c)).toEqual(['subchart1', 'subchart2']) } },
  { path: 'util/chart-with-import-from-aliased-dependencies', test: 'util/dependencies_test.go TestProcessDependencyImportValuesFromSharedDependencyToAliases', expect: { load: named('chart-with-dependency-aliased-twice') } },
  { path: 'util/three-level-dependent-chart/umbrella', test: 'util/dependencies_test.go TestProcessDependencyImportValuesMultiLevelPrecedence', expect: { load: named('umbrella') } },
  { path: 'util/import-values-from-enabled-subchart/parent-chart', test: 'util/dependencies_test.go TestProcessDependencyImportValuesForEnabledCharts', expect: { load: named('parent-chart') } },
  { path: 'util/dependent-chart-alias', test: 'util/dependencies_test.go TestDependentChartAliases', expect: { load: (c) => { expect(c.metadata.name).toBe('frobnitz'); expect(subchartNames(c)).toEqual(['alpine', 'mariner']); } } },
  { path: 'util/dependent-chart-no-requirements-yaml', test: 'util/dependencies_test.go TestDependentChartWithSubChartsAbsentInDependency', expect: { load: (c) => expect(c.subcharts).toHaveLength(2) } },
  { path: 'util/dependent-chart-helmignore', test: 'util/dependencies_test.go TestDependentChartWithSubChartsHelmignore', expect: { load: (c) => expect(subchartNames(c)).toEqual(['alpine']) } },
  { path: 'util/joonix', test: 'util/dependencies_test.go TestDependentChartsWithSubChartsSymlink', symlink: ['charts/frobnitz', '../../frobnitz'], expect: { load: (c) => { expect(c.metadata.name).toBe('joonix'); expect(c.subcharts).toHaveLength(1); } } },
  { path: 'util/dependent-chart-with-all-in-requirements-yaml', test: 'util/dependencies_test.go TestDependentChartsWithSubchartsAllSpecifiedInDependency', expect: { load: (c) => expect(c.subcharts).toHaveLength(2) } },
  { path: 'util/dependent-chart-with-mixed-requirements-yaml', test: 'util/dependencies_test.go TestDependentChartsWithSomeSubchartsSpecifiedInDependency', expect: { load: (c) => expect(c.subcharts).toHaveLength(2) } },
  { path: 'util/chart-with-dependency-aliased-twice', test: 'util/dependencies_test.go TestChartWithDependencyAliasedTwiceAndDoublyReferencedSubDependency', expect: { load: named('chart-with-dependency-aliased-twice') } },
  { path: 'util/dotname', test: 'util/expand_test.go TestExpandError', expect: { refuse: 'chart name "." is not allowed', ours: /chart name '\.' is not allowed/ } },
  { path: 'util/dotdotname', test: 'util/expand_test.go TestExpandError', expect: { refuse: 'chart name ".." is not allowed', ours: /chart name '\.\.' is not allowed/ } },
  { path: 'util/slashinname', test: 'util/expand_test.go TestExpandError', expect: { refuse: 'chart name "a/../b" must not contain path separators', ours: /chart name 'a\/\.\.\/b' is not allowed: .*'\/'/ } },
  { path: 'lint-rules/goodone', test: 'lint/lint_test.go TestGoodChart', expect: { load: named('goodone') } },
  { path: 'lint-rules/albatross', test: 'lint/lint_test.go TestInvalidYaml (a template error: lint refuses, helm package does not parse templates)', expect: { load: named('albatross') } },
  { path: 'lint-rules/badcrdfile', test: 'lint/lint_test.go TestBadCrdFile (a lint rule; the loader does not read crds/)', expect: { load: named('badcrdfile') } },
  { path: 'lint-rules/invalidcrdsdir', test: 'lint/rules/crds_test.go TestInvalidCrdsDir (a lint rule)', expect: { load: named('invalidcrdsdir') } },
  { path: 'lint-rules/malformed-template', test: 'lint/rules/template_test.go TestStrictTemplateParsingMapError (a lint rule)', expect: { load: named('test') } },
  { path: 'lint-rules/multi-template-fail', test: 'lint/rules/template_test.go TestMultiTemplateFail (a lint rule)', expect: { load: named('multi-template-fail') } },
  { path: 'lint-rules/v3-fail', test: 'lint/rules/template_test.go TestV3Fail (a lint rule)', expect: { load: named('v3-fail') } },
  { path: 'lint-rules/withsubchart', test: 'lint/lint_test.go TestSubChartValuesChart', expect: { load: (c) => expect(subchartNames(c)).toEqual(['subchart']) } },
  { path: 'lint-rules/invalidchartfile', test: 'lint/lint_test.go TestInvalidChartYaml (duplicate keys: a warning; LoadChartfile succeeds)', expect: { load: (c) => expect(c.metadata.apiVersion).toBe('v1') } },
  { path: 'lint-rules/badchartfile', test: 'lint/lint_test.go TestBadChart', expect: { refuse: 'apiVersion is required', ours: /no apiVersion/ } },
  { path: 'lint-rules/anotherbadchartfile', test: "lint/rules/chartfile_test.go TestChartfile", expect: { refuse: "version '7.2445e+06' is not a valid SemVer", ours: /version '7\.2445e\+06' is not a SemVer version/ } },
  { path: 'lint-rules/badchartname', test: 'lint/rules/chartfile_test.go TestValidateChartName', expect: { refuse: 'chart name "../badchartname" is invalid', ours: /chart name '\.\.\/badchartname' is not allowed/ } },
  { path: 'lint-rules/badvaluesfile', test: 'lint/lint_test.go TestBadValues', expect: { refuse: 'unable to parse YAML', ours: /values must be a mapping/ } },
];

function load(c: Case): HelmChart {
  const full = join(DATA, c.path);
  if (c.path.endsWith('.tgz')) return loadChartArchive(readFileSync(full), c.path);
  if (!c.symlink) return loadChart(full, { displayDir: c.path, checkDependencies: false }).chart;
  // The Go test adds a link inside the test data; here it goes into a copy.
  const root = mkdtempSync(join(tmpdir(), 'helm-testdata-'));
  try {
    cpSync(DATA, root, { recursive: true, verbatimSymlinks: true });
    symlinkSync(c.symlink[1], join(root, c.path, c.symlink[0]));
    return loadChart(join(root, c.path), { displayDir: c.path, checkDependencies: false }).chart;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("Helm's test charts", () => {
  it.each(CASES.map((c) => [c.path, c.test, c] as const))('%s (%s)', (_path, _test, c) => {
    if ('load' in c.expect) {
      c.expect.load(load(c));
      return;
    }
    expect(() => load(c)).toThrow(c.expect.ours);
  });

  it('packages every chart Helm loads whose dependencies are all there, and reads the package back the same', () => {
    let packaged = 0;
    for (const c of CASES.filter((x) => 'load' in x.expect && !x.path.endsWith('.tgz') && !x.symlink)) {
      let pkg;
      try {
        pkg = packageChart(join(DATA, c.path), { displayDir: c.path });
      } catch (e) {
        expect((e as Error).message).toContain('missing in charts/ directory');
        continue;
      }
      const back = loadChartArchive(pkg.bytes, pkg.filename);
      expect(back.metadata.name).toBe(pkg.chart.metadata.name);
      expect(subchartNames(back)).toEqual(subchartNames(pkg.chart.chart));
      packaged++;
    }
    expect(packaged).toBeGreaterThan(15);
  });
});

/** Archives written as TestLoadInvalidArchive writes them: one member, `hello: world`. */
const INVALID_ARCHIVES: [string, string][] = [
  ['../../malformed-helm-test', 'chart illegally references parent directory'],
  ['/foo/../../malformed-helm-test', 'chart illegally references parent directory'],
  ['/../../malformed-helm-test', 'chart illegally references parent directory'],
  ['./../../malformed-helm-test', 'chart illegally references parent directory'],
  ['./.', 'chart illegally contains content outside the base directory'],
  ['/./.', 'chart illegally contains content outside the base directory'],
  ['missing-leading-slash', 'chart illegally contains content outside the base directory'],
  ['/missing-leading-slash', 'Chart.yaml file is missing'],
  ['//foo', 'chart illegally contains absolute paths'],
  ['///foo', 'chart illegally contains absolute paths'],
  ['\\\\foo', 'chart illegally contains absolute paths'],
  ['\\..\\..\\foo', 'chart illegally references parent directory'],
  ['\\.\\c:\\\\foo', 'chart contains illegally named files'],
  ['/./c://foo', 'chart contains illegally named files'],
  ['\\\\?\\Some\\windows\\magic', 'chart illegally contains absolute paths'],
  ['/Chart.yaml', 'no name'],
  ['files/whatever.yaml', 'Chart.yaml file is missing'],
  ['c:\\Chart.yaml', 'no name'],
];

describe('loader/load_test.go TestLoadInvalidArchive', () => {
  it.each(INVALID_ARCHIVES)('refuses a member named %s: %s', (name, reason) => {
    const tgz = helmGzip(goTar([{ name, data: Buffer.from('hello: world') }]));
    expect(() => loadChartArchive(tgz, 'x.tgz')).toThrow(reason);
  });

  it('loader/load_test.go TestLoadFiles_BadCases: requirements.lock alone is not a chart', () => {
    expect(() => loadChartFiles([{ name: 'requirements.lock', data: Buffer.alloc(0) }], 'x', [])).toThrow('Chart.yaml file is missing');
  });
});
