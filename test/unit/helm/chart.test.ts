import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChart } from '../../../actions/lib/helm/chart.js';
import { checkManifest, stripTemplateActions } from '../../../actions/lib/helm/manifests.js';
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
  it('a v-prefixed version', () => {
    const e = refusal(join(FIXTURES, 'invalid/v-prefixed-version'), 'charts/v-prefixed-version');
    expect(e.file).toBe('charts/v-prefixed-version/Chart.yaml');
    expect(e.line).toBe(5);
    expect(e.message).toContain("version 'v1.2.3' must be SemVer 2 without a 'v' prefix");
  });

  it('a name with capitals and an underscore', () => {
    const e = refusal(join(FIXTURES, 'invalid/My_Chart'));
    expect(e.file).toBe(join(FIXTURES, 'invalid/My_Chart/Chart.yaml'));
    expect(e.line).toBe(2);
    expect(e.message).toContain("chart name 'My_Chart' must be lowercase letters, digits and dashes");
  });

  it('a missing apiVersion', () => {
    const e = refusal(join(FIXTURES, 'invalid/no-api-version'), 'c');
    expect(e.file).toBe('c/Chart.yaml');
    expect(e.line).toBe(1);
    expect(e.message).toContain('no apiVersion');
  });

  it('duplicate keys', () => {
    const e = refusal(join(FIXTURES, 'invalid/duplicate-keys'), 'c');
    expect(e.file).toBe('c/Chart.yaml');
    expect(e.line).toBe(6);
    expect(e.message).toMatch(/duplicate key: Map keys must be unique/);
  });

  it('a dependency that is not vendored, naming every missing one', () => {
    const e = refusal(join(FIXTURES, 'missing-dependency'), 'charts/missing-dependency');
    expect(e.file).toBe('charts/missing-dependency/Chart.yaml');
    expect(e.line).toBe(5);
    expect(e.message).toContain('dependencies not vendored under charts/');
    expect(e.message).toContain('redis (~18.1.0), common (2.x.x)');
  });

  it('a template that is not valid YAML, with its path and line', () => {
    const e = refusal(join(FIXTURES, 'invalid/bad-template'), 'charts/bad-template');
    expect(e.file).toBe('charts/bad-template/templates/deployment.yaml');
    expect(e.line).toBe(13);
    expect(e.message).toContain('template is not valid YAML (after taking out {{ }} actions)');
  });

  it('a CRD that is not valid YAML, in its second document', () => {
    const e = refusal(join(FIXTURES, 'invalid/bad-crd'), 'charts/bad-crd');
    expect(e.file).toBe('charts/bad-crd/crds/things.example.com.yaml');
    expect(e.line).toBeGreaterThanOrEqual(13);
    expect(e.message).toContain('CRD is not valid YAML');
  });

  it('a name that does not match the folder', () => {
    const c = copyChart(WVA, 'wva');
    try {
      const e = refusal(c.dir, 'charts/wva');
      expect(e.line).toBe(4);
      expect(e.message).toContain("chart name 'workload-variant-autoscaler' does not match its directory 'wva'");
    } finally {
      c.done();
    }
  });

  it('a missing appVersion, an unknown type, invalid values.yaml and values.schema.json', () => {
    const c = copyChart(WVA, 'workload-variant-autoscaler');
    try {
      const chartYaml = join(c.dir, 'Chart.yaml');
      writeFileSync(chartYaml, 'apiVersion: v2\nname: workload-variant-autoscaler\nversion: 1.0.0\n');
      expect(refusal(c.dir, 'x').message).toContain('no appVersion');
      writeFileSync(chartYaml, 'apiVersion: v2\nname: workload-variant-autoscaler\nversion: 1.0.0\nappVersion: "1"\ntype: operator\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ line: 5, message: expect.stringContaining("type 'operator' must be application or library") });
      writeFileSync(chartYaml, 'apiVersion: v3\nname: workload-variant-autoscaler\nversion: 1.0.0\nappVersion: "1"\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ line: 1, message: expect.stringContaining("apiVersion 'v3' is not supported") });
      writeFileSync(chartYaml, 'apiVersion: v2\nname: workload-variant-autoscaler\nversion: 1.0.0+build.1\nappVersion: "1"\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ line: 3, message: expect.stringContaining('without build metadata') });
      writeFileSync(chartYaml, 'apiVersion: v2\nname: workload-variant-autoscaler\nversion: 1.0.0\nappVersion: "1"\nkeywords: one\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ line: 5, message: expect.stringContaining('keywords must be a list of strings') });

      writeFileSync(chartYaml, 'apiVersion: v2\nname: workload-variant-autoscaler\nversion: 1.0.0\nappVersion: "1"\n');
      writeFileSync(join(c.dir, 'values.yaml'), 'image:\n  tag: [1\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ file: 'x/values.yaml', message: expect.stringContaining('not valid YAML') });
      writeFileSync(join(c.dir, 'values.yaml'), 'image: {}\n');
      writeFileSync(join(c.dir, 'values.schema.json'), '{\n  "type": "object",\n  oops\n}\n');
      expect(refusal(c.dir, 'x')).toMatchObject({ file: 'x/values.schema.json', line: 3 });
    } finally {
      c.done();
    }
  });

  it('accepts apiVersion v1 with a warning, and notes unknown keys and unquoted numbers', () => {
    const c = copyChart(WVA, 'workload-variant-autoscaler');
    try {
      writeFileSync(join(c.dir, 'Chart.yaml'), 'apiVersion: v1\nname: workload-variant-autoscaler\nversion: 1.0.0\nappVersion: 1.10\nengine: gotpl\n');
      const chart = loadChart(c.dir, { displayDir: 'x' });
      expect(chart.metadata).toEqual({ apiVersion: 'v1', name: 'workload-variant-autoscaler', version: '1.0.0', appVersion: '1.10' });
      expect(chart.warnings).toEqual(
        expect.arrayContaining([
          'x/Chart.yaml:1: apiVersion v1 is Helm 2\'s format; use v2',
          "x/Chart.yaml:5: unknown key 'engine' (Helm ignores it; it will not be in the index)",
          'x/Chart.yaml:4: appVersion 1.10 is not quoted, so YAML reads it as a number; quote it (Helm would write "1.1")',
        ]),
      );
    } finally {
      c.done();
    }
  });

  it('finds a dependency vendored as name-version.tgz, and honours a version range', () => {
    const c = copyChart(join(FIXTURES, 'missing-dependency'), 'missing-dependency');
    try {
      writeFileSync(join(c.dir, 'charts/redis-18.1.5.tgz'), 'not read');
      const e = refusal(c.dir, 'x');
      expect(e.message).toContain(': common (2.x.x)');
      expect(e.message).not.toContain('redis');
      writeFileSync(join(c.dir, 'charts/common-2.4.0.tgz'), 'not read');
      expect(loadChart(c.dir).metadata.dependencies?.map((d) => d.alias ?? d.name)).toEqual(['redis', 'helpers']);
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
