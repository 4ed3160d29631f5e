import { isScalar } from 'yaml';
import { FileError } from '../runner/errors.js';
import { versionProblem } from '../semver/version.js';
import { applyRefs, checkNext, LineIndex } from './text.js';
import type { ReadResult } from './types.js';
import { findYamlNodes, parseYaml, scalarSpan } from './yaml-nodes.js';

/**
 * Chart.yaml: `version` (SemVer 2, never a `v`, always written bare) and
 * `appVersion` (written in the style the file already uses: `v` or not, quotes kept).
 * A chart without `appVersion` is reported as skipped; one whose `appVersion` is
 * not a version is refused, since the release would leave it stale.
 */
export interface ChartRead extends ReadResult {
  /** The chart's `name`, when it is a plain string (used to recognise `helm … --version` lines). */
  chartName?: string;
}

export function readChartYaml(text: string, path = 'Chart.yaml'): ChartRead {
  const doc = parseYaml(text, path);
  const lines = new LineIndex(text);
  const result: ChartRead = { refs: [], skipped: [] };

  const [versionNode] = findYamlNodes(doc.contents, ['version']);
  const version = versionNode && scalarSpan(text, versionNode, lines, path, 'the chart version');
  if (!version || version.value === '') {
    throw new FileError(path, 'expected a `version:` key with the chart version (SemVer 2, like 0.4.1)', version?.line);
  }
  if (version.value.startsWith('v')) {
    throw new FileError(path, `expected the chart version without a leading v (Helm requires SemVer 2, like ${version.value.slice(1)}), got ${version.value}`, version.line);
  }
  const problem = versionProblem(version.value);
  if (problem) throw new FileError(path, `expected the chart version to be SemVer 2: ${problem}`, version.line);
  result.refs.push({ name: 'version', line: version.line, value: version.value, start: version.start, end: version.end, style: 'bare' });

  const [appNode] = findYamlNodes(doc.contents, ['appVersion']);
  const app = appNode && scalarSpan(text, appNode, lines, path, 'appVersion');
  if (!app || app.value === '') {
    result.skipped.push({ name: 'appVersion', ...(app ? { line: app.line } : {}), reason: 'the chart has no appVersion' });
  } else {
    const appProblem = versionProblem(app.value);
    if (appProblem) throw new FileError(path, `expected appVersion to be the app's version (like 0.4.1 or v0.4.1): ${appProblem}`, app.line);
    result.refs.push({ name: 'appVersion', line: app.line, value: app.value, start: app.start, end: app.end });
  }

  const [nameNode] = findYamlNodes(doc.contents, ['name']);
  const name = isScalar(nameNode?.node) ? nameNode.node.value : undefined;
  if (typeof name === 'string' && name !== '') result.chartName = name;
  return result;
}

/** Chart.yaml with `version` and `appVersion` moved to `next`; every other byte kept. */
export function updateChartYaml(text: string, next: string, path = 'Chart.yaml'): string {
  return applyRefs(text, readChartYaml(text, path).refs, checkNext(next)).text;
}
