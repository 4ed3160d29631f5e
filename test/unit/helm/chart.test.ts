import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChart } from '../../../actions/lib/helm/chart.js';
import { checkManifest, stripTemplateActions } from '../../../actions/lib/helm/manifests.js';
import { packageChart } from '../../../actions/lib/helm/package.js';
import { FileError } from '../../../actions/lib/runner/errors.js';

const FIXTURES = join(process.cwd(), 'test/fixtures/charts');
const WVA = join(FIXTURES, 'workload-variant-autoscaler');

function refusal(dir: string, display?: string): FileError {
  try {
    loadChart(dir, display ? { displayDir: display } : {});
  } catch (e) {
    if (e instanceof FileError) return e;
    throw e;
  }
  throw new Error(`expected ${dir} to be refused`);
}

/** A copy of a fixture chart in a temporary folder named `name`, for tests that change it. */
function copyChart(src: string, name: string): { dir: string; done: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'helm-chart-'));
  const dir = join(root, name);
  cpSync(src, dir, { recursive: true });
  return { dir, done: () => rmSync(root, { recursive: true, force: true }) };
}

describe('loadChart on the WVA-shaped chart', () => {
  const chart = loadChart(WVA, { displayDir: 'charts/workload-variant-autoscaler' });

  it('returns the metadata Helm puts in the index', () => {
    expect(chart.metadata).toEqual({
      apiVersion: 'v2',
      name: 'workload-variant-autoscaler',
      description: 'Workload Variant Autoscaler for llm-d — scales model-serving variants on saturation and SLOs.',
      type: 'application',
      version: '0.5.0',
      appVersion: 'v0.5.0',
      kubeVersion: '>=1.29.0-0',
      home: 'https://github.com/llm-d-incubation/workload-variant-autoscaler',
      icon: 'https://llm-d.ai/img/llm-d-logo.png',
      sources: ['https://github.com/llm-d-incubation/workload-variant-autoscaler'],
      keywords: ['llm-d', 'autoscaling', 'inference'],
      maintainers: [{ name: 'llm-d maintainers', email: 'llm-d-maintainers@example.com', url: 'https://llm-d.ai' }],
      annotations: {
        'artifacthub.io/license': 'Apache-2.0',
        'artifacthub.io/prerelease': 'false',
        'artifacthub.io/links': '- name: Documentation\n  url: https://llm-d.ai/docs/wva\n',
      },
      dependencies: [{ name: 'wva-common', version: '0.1.0', repository: 'file://../wva-common' }],
    });
  });

  it('lists the files .helmignore lets through, sorted', () => {
    expect(chart.files).toEqual([
      '.helmignore',
      'Chart.yaml',
      'LICENSE',
      'README.md',
      'charts/wva-common/Chart.yaml',
      'charts/wva-common/templates/_common.tpl',
      'crds/llmd.ai_variantautoscalings.yaml',
      'templates/NOTES.txt',
      'templates/_helpers.tpl',
      'templates/configmap.yaml',
      'templates/deployment.yaml',
      'templates/rbac.yaml',
      'templates/service.yaml',
      'templates/serviceaccount.yaml',
      'templates/tests/test-connection.yaml',
      'values.schema.json',
      'values.yaml',
    ]);
  });

  it('notes that ! rules differ from helm package', () => {
    expect(chart.warnings.some((w) => w.includes("'!' rules") && w.includes('helm/helm#8688'))).toBe(true);
  });
});

describe('loadChart refusals name the file and line', () => {
  it('a missing apiVersion', () => {
    const e = refusal(join(FIXTURES, 'invalid/no-api-version'), 'c');
    expect(e.file).toBe('c/Chart.yaml');
    expect(e.line).toBe(1);
    expect(e.message).toContain("no apiVersion: add 'apiVersion: v2'");
  });

  it('a dependency that is not vendored, naming every missing one (Helm CheckDependencies)', () => {
    const e = refusal(join(FIXTURES, 'missing-dependency'), 'charts/missing-dependency');
    expect(e.file).toBe('charts/missing-dependency/Chart.yaml');
    expect(e.line).toBe(5);
    expect(e.message).toContain('dependencies found in Chart.yaml, but missing in charts/ directory: redis (~18.1.0), common (2.x.x)');
  });

  it('no name, no version, a version Helm cannot parse, an unknown type or apiVersion, a bad values.yaml or schema', () => {
    const c = copyChart(WVA, 'workload-variant-autoscaler');
    try {
      const chartYaml = join(c.dir, 'Chart.yaml');
      const cases: [string, Record<string, unknown>][] = [
        ['apiVersion: v2\nversion: 1.0.0\n', { line: 1, message: expect.stringContaining("no name: add 'name: <chart-name>'") }],
        ['apiVersion: v2\nname: a\n', { line: 1, message: expect.stringContaining("no version: add 'version: <SemVer>'") }],
        ['apiVersion: v2\nname: a\nversion: 1.2.3.4\n', { line: 3, message: expect.stringContaining("'1.2.3.4' has four numbers") }],
        ['apiVersion: v2\nname: a\nversion: 01.2.3\n', { line: 3, message: expect.stringContaining('leading zero') }],
        ['apiVersion: v2\nname: a\nversion: "1.2.3\\u200b"\n', { line: 3, message: expect.stringContaining('is not a SemVer version') }],
        ['apiVersion: v2\nname: a\nversion: latest\n', { line: 3, message: expect.stringContaining("'latest' is not a SemVer version") }],
        ['apiVersion: v2\nname: a\nversion: 1.0.0\ntype: operator\n', { line: 4, message: expect.stringContaining("type 'operator' is not valid: it must be application or library") }],
        ['apiVersion: v3\nname: a\nversion: 1.0.0\n', { line: 1, message: expect.stringContaining("apiVersion 'v3' is not valid: it must be v1 or v2") }],
        ['apiVersion: v2\nname: ..\nversion: 1.0.0\n', { line: 2, message: expect.stringContaining("chart name '..' is not allowed") }],
        ['apiVersion: v2\nname: a\nversion: 1.0.0\nkeywords: one\n', { line: 4, message: expect.stringContaining('keywords must be a list of strings') }],
      ];
      for (const [text, expected] of cases) {
        writeFileSync(chartYaml, text);
        expect(refusal(c.dir, 'x')).toMatchObject({ file: 'x/Chart.yaml', ...expected });
      }
      writeFileSync(chartYaml, 'apiVersion: v2\nname: workload-variant-autoscaler\nversion: 1.0.0\n');
      writeFileSync(join(c.dir, 'values.yaml'), 'image:\n  tag: [1\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ file: 'x/values.yaml', message: expect.stringContaining('not valid YAML') });
      writeFileSync(join(c.dir, 'values.yaml'), '- a\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ file: 'x/values.yaml', line: 1, message: expect.stringContaining('must be a mapping') });
      writeFileSync(join(c.dir, 'values.yaml'), 'image: {}\n');
      writeFileSync(join(c.dir, 'values.schema.json'), '{\n  "type": "object",\n  oops\n}\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ file: 'x/values.schema.json', line: 3 });
    } finally {
      c.done();
    }
  });
});

describe('loadChart accepts what helm package accepts', () => {
  it('duplicate keys, the last value taken, with a warning (Helm reads Chart.yaml without strict mode)', () => {
    const chart = loadChart(join(FIXTURES, 'invalid/duplicate-keys'), { displayDir: 'c', checkDependencies: false });
    expect(chart.warnings.join('\n')).toMatch(/c\/Chart\.yaml:6: duplicate key '\w+' \(also line \d+\): Helm takes this last value/);
  });

  it('a v-prefixed version, kept as written', () => {
    const chart = loadChart(join(FIXTURES, 'invalid/v-prefixed-version'), { displayDir: 'c' });
    expect(chart.metadata.version).toBe('v1.2.3');
  });

  it('a name with capitals and an underscore, with a warning', () => {
    const chart = loadChart(join(FIXTURES, 'invalid/My_Chart'), { displayDir: 'c' });
    expect(chart.metadata.name).toBe('My_Chart');
    expect(chart.warnings.join('\n')).toContain("chart name 'My_Chart' is not lowercase letters, digits and dashes");
  });

  it('templates and CRDs that are not YAML once {{ }} is taken out: Helm does not parse them; the opt-in lint warns', () => {
    for (const name of ['bad-template', 'bad-crd']) {
      const dir = join(FIXTURES, 'invalid', name);
      expect(loadChart(dir, { displayDir: 'c' }).warnings.join('\n')).not.toContain('not valid YAML');
      const linted = loadChart(dir, { displayDir: 'c', lintManifests: true });
      expect(linted.warnings.join('\n')).toMatch(name === 'bad-template' ? /c\/templates\/deployment\.yaml:13: template is not valid YAML/ : /c\/crds\/things\.example\.com\.yaml:\d+: CRD is not valid YAML/);
    }
  });

  it('a name that differs from the folder, with a warning', () => {
    const c = copyChart(WVA, 'wva');
    try {
      const chart = loadChart(c.dir, { displayDir: 'charts/wva' });
      expect(chart.metadata.name).toBe('workload-variant-autoscaler');
      expect(chart.warnings).toContain("charts/wva/Chart.yaml:4: chart name 'workload-variant-autoscaler' differs from its folder 'wva'; the package is named after the chart");
    } finally {
      c.done();
    }
  });

  it('no appVersion, build metadata, a short version Helm completes', () => {
    const c = copyChart(WVA, 'workload-variant-autoscaler');
    try {
      const chartYaml = join(c.dir, 'Chart.yaml');
      for (const version of ['1.0.0', '1.0.0+build.1', 'v1.4.0', '1.2', 'v2', '1.0.0-rc.1+sha.5114f85']) {
        writeFileSync(chartYaml, `apiVersion: v2\nname: workload-variant-autoscaler\nversion: ${version}\n`);
        const chart = loadChart(c.dir, { displayDir: 'x' });
        expect(chart.metadata.version).toBe(version);
        expect(chart.metadata.appVersion).toBeUndefined();
      }
    } finally {
      c.done();
    }
  });

  it('apiVersion v1 with a warning; unknown keys and unquoted numbers noted, numbers converted as Helm does', () => {
    const c = copyChart(WVA, 'workload-variant-autoscaler');
    try {
      writeFileSync(join(c.dir, 'Chart.yaml'), 'apiVersion: v1\nname: workload-variant-autoscaler\nversion: 1.0.0\nappVersion: 1.10\nengine: gotpl\n');
      const chart = loadChart(c.dir, { displayDir: 'x' });
      expect(chart.metadata).toEqual({ apiVersion: 'v1', name: 'workload-variant-autoscaler', version: '1.0.0', appVersion: '1.1' });
      expect(chart.warnings).toEqual(
        expect.arrayContaining([
          "x/Chart.yaml:1: apiVersion v1 is Helm 2's format; use v2",
          "x/Chart.yaml:5: unknown key 'engine' (Helm ignores it; it will not be in the package or the index)",
          'x/Chart.yaml:4: appVersion 1.10 is not quoted, so YAML reads it as a number and Helm writes "1.1"; quote it',
        ]),
      );
    } finally {
      c.done();
    }
  });

  it('finds dependencies vendored as archives or folders by their chart name, and takes extra archives', () => {
    const c = copyChart(join(FIXTURES, 'missing-dependency'), 'missing-dependency');
    const sub = (name: string, version: string): Buffer => {
      const d = copyChart(WVA, name);
      try {
        writeFileSync(join(d.dir, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\nversion: ${version}\n`);
        return packageChart(d.dir).bytes;
      } finally {
        d.done();
      }
    };
    try {
      mkdirSync(join(c.dir, 'charts'), { recursive: true });
      writeFileSync(join(c.dir, 'charts/redis-18.1.5.tgz'), sub('redis', '18.1.5'));
      const e = refusal(c.dir, 'x');
      expect(e.message).toContain(': common (2.x.x)');
      expect(e.message).not.toContain('redis');
      const chart = loadChart(c.dir, { extraCharts: [{ name: 'common-2.4.0.tgz', data: sub('common', '2.4.0') }] });
      expect(chart.chart.subcharts.map((s) => `${s.metadata.name}-${s.metadata.version}`)).toEqual(['common-2.4.0', 'redis-18.1.5']);
      writeFileSync(join(c.dir, 'charts/common-2.4.0.tgz'), 'not an archive');
      expect(refusal(c.dir, 'x')).toMatchObject({ file: 'x/charts/common-2.4.0.tgz', message: expect.stringContaining('does not appear to be a valid chart file') });
      rmSync(join(c.dir, 'charts/common-2.4.0.tgz'));
      writeFileSync(join(c.dir, 'charts/README.md'), 'stray');
      expect(refusal(c.dir, 'x').message).toContain('error unpacking subchart README.md in missing-dependency');
    } finally {
      c.done();
    }
  });
});

describe('template checks', () => {
  it('takes out actions, keeping the lines', () => {
    const src = [
      'metadata:',
      '  name: {{ include "x" . }}-suffix',
      '  labels:',
      '    {{- include "x.labels" . | nindent 4 }}',
      '{{- if .Values.a }}',
      'spec: {{ .Values.b',
      '  | quote }}',
      '{{- end }}',
    ].join('\n');
    const out = stripTemplateActions(src);
    expect(out.split('\n')).toEqual(['metadata:', '  name: TPL-suffix', '  labels:', '', '', 'spec: TPL', '', '']);
  });

  it('accepts the branches of an if that set the same key, and reports real breakage with its line', () => {
    expect(checkManifest('t.yaml', 'a: 1\n{{- if .x }}\nb: 1\n{{- else }}\nb: 2\n{{- end }}\n', 'template')).toEqual([]);
    const problems = checkManifest('t.yaml', 'a: 1\nb:\n  - x\n   y: 2\n', 'template');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 't.yaml', line: 3 });
  });

  it('refuses duplicate keys in CRDs', () => {
    const problems = checkManifest('crd.yaml', 'kind: A\n---\nkind: B\nkind: C\n', 'crd');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'crd.yaml', line: 4 });
  });
});
