import { describe, expect, it } from '@jest/globals';
import { ActionError } from '../../../actions/lib/runner/errors.js';
import { readChartYaml, updateChartYaml } from '../../../actions/lib/version-files/chart-yaml.js';
import { fileError, fixture } from './fixtures.js';

const CHART = 'charts/workload-variant-autoscaler/Chart.yaml';

describe('readChartYaml', () => {
  it('finds version and appVersion with their lines, values and the chart name', () => {
    const read = readChartYaml(fixture(`wva/${CHART}`), CHART);
    expect(read.refs.map(({ name, line, value, style }) => ({ name, line, value, style }))).toEqual([
      { name: 'version', line: 11, value: '0.4.1', style: undefined },
      { name: 'appVersion', line: 15, value: '0.4.1', style: 'keep' },
    ]);
    expect(read.chartName).toBe('workload-variant-autoscaler');
    expect(read.skipped).toEqual([]);
  });

  it('reports a chart without appVersion as skipped', () => {
    const read = readChartYaml('apiVersion: v2\nname: x\nversion: 1.0.0\n');
    expect(read.refs.map((r) => r.name)).toEqual(['version']);
    expect(read.skipped).toEqual([{ name: 'appVersion', reason: 'the chart has no appVersion' }]);
  });
});

describe('updateChartYaml', () => {
  it('changes only the two values of a chart full of comments (byte for byte)', () => {
    expect(updateChartYaml(fixture(`wva/${CHART}`), '0.5.0', CHART)).toBe(fixture(`wva-0.5.0/${CHART}`));
  });

  it('keeps a single-quoted version and a v-prefixed plain appVersion', () => {
    expect(updateChartYaml(fixture('chart-v-style.yaml'), 'v0.5.0')).toBe(fixture('chart-v-style.expected.yaml'));
  });

  it('writes the chart version bare even when given v0.5.0, and keeps the appVersion style', () => {
    const out = updateChartYaml('version: 0.4.1\nappVersion: "v0.4.1"\n', 'v0.5.0-rc.1');
    expect(out).toBe('version: 0.5.0-rc.1\nappVersion: "v0.5.0-rc.1"\n');
  });

  it('keeps the v of a chart version (Helm accepts it; llm-d-infra publishes v1.4.0)', () => {
    expect(updateChartYaml('name: x\nversion: v1.4.0\nappVersion: v0.4.0\n', '1.4.1')).toBe('name: x\nversion: v1.4.1\nappVersion: v1.4.1\n');
  });

  it('moves an appVersion that is not a version (WVA\'s "1.0") in the style of the tags', () => {
    const text = 'version: 0.1.0\nappVersion: "1.0"\n';
    expect(readChartYaml(text).refs[1]).toMatchObject({ name: 'appVersion', line: 2, value: '1.0', style: 'prefixed' });
    expect(updateChartYaml(text, '0.1.0')).toBe('version: 0.1.0\nappVersion: "v0.1.0"\n');
    expect(updateChartYaml(text, '0.1.0', 'Chart.yaml', { tagsPrefixed: false })).toBe('version: 0.1.0\nappVersion: "0.1.0"\n');
  });

  it('keeps CRLF line endings', () => {
    const text = "name: x\r\nversion: 0.4.1\r\nappVersion: '0.4.1'\r\n";
    expect(updateChartYaml(text, '0.4.2')).toBe("name: x\r\nversion: 0.4.2\r\nappVersion: '0.4.2'\r\n");
  });

  it('is idempotent: moving to the version already there changes nothing', () => {
    const after = fixture(`wva-0.5.0/${CHART}`);
    expect(updateChartYaml(after, '0.5.0', CHART)).toBe(after);
  });

  it('refuses a malformed new version', () => {
    expect(() => updateChartYaml('version: 0.4.1\n', '1.2')).toThrow(ActionError);
    expect(() => updateChartYaml('version: 0.4.1\n', '1.2')).toThrow('new version: expected a SemVer 2 version');
  });
});

describe('readChartYaml refusals', () => {
  it.each([
    ['a chart version that is not SemVer 2', 'name: x\nversion: 1.2\n', 2, 'SemVer 2'],
    ['build metadata', 'name: x\nversion: 0.4.1+abc\n', 2, 'build metadata'],
    ['an empty version', 'name: x\nversion:\n', 2, 'expected a `version:` key'],
    ['an alias', 'v: &v 0.4.1\nversion: *v\n', 2, 'alias'],
    ['a block scalar', 'version: |\n  0.4.1\n', 1, 'block scalar'],
    ['a map', 'version:\n  a: 1\n', 2, 'got a map'],
    ['duplicate keys', 'version: 0.4.1\nversion: 0.4.2\n', 2, 'expected valid YAML'],
  ])('refuses %s, naming the line', (_what, text, line, fragment) => {
    const error = fileError(() => readChartYaml(text, 'charts/x/Chart.yaml'));
    expect(error.file).toBe('charts/x/Chart.yaml');
    expect(error.line).toBe(line);
    expect(error.message).toContain(`charts/x/Chart.yaml:${line}: `);
    expect(error.message).toContain(fragment);
  });

  it('refuses a chart without a version key', () => {
    const error = fileError(() => readChartYaml('name: x\n', 'Chart.yaml'));
    expect(error.line).toBeUndefined();
    expect(error.message).toBe('Chart.yaml: expected a `version:` key with the chart version (SemVer 2, like 0.4.1)');
  });
});
