import { isScalar } from 'yaml';
import { FileError } from '../runner/errors.js';
import { versionProblem } from '../semver/version.js';
import { applyRefs, checkNext, LineIndex } from './text.js';
import type { ReadResult } from './types.js';
import { findYamlNodes, parseYaml, scalarSpan } from './yaml-nodes.js';

/**
 * Chart.yaml: `version` (SemVer 2, its `v` style kept: Helm accepts `v1.4.0` and
 * llm-d-infra publishes such charts) and `appVersion` (any string for Helm; a version
 * keeps its style and quotes, anything else — WVA's `"1.0"` — moves to the release in
 * the style of the repository's tags). A chart without `appVersion` is reported as skipped.
 */
export interface ChartRead extends ReadResult {
  /** The chart's `name`, when it is a plain string (used to recognise `helm … --version` lines). */
  chartName?: string;
}

export interface ChartOptions {
  /** The repository's tags are `v`-prefixed: the style an appVersion that is not a version takes (default true). */
  tagsPrefixed?: boolean;
  /** false: `appVersion` is not the release's, and is left as it is (see VersionFile.appVersion). */
  appVersion?: boolean;
}

export function readChartYaml(text: string, path = 'Chart.yaml', options: ChartOptions = {}): ChartRead {
  const doc = parseYaml(text, path);
  const lines = new LineIndex(text);
  const result: ChartRead = { refs: [], skipped: [] };

  const [versionNode] = findYamlNodes(doc.contents, ['version']);
  const version = versionNode && scalarSpan(text, versionNode, lines, path, 'the chart version');
  if (!version || version.value === '') {
    throw new FileError(path, 'expected a `version:` key with the chart version (SemVer 2, like 0.4.1)', version?.line);
  }
  const problem = versionProblem(version.value);
  if (problem) throw new FileError(path, `expected the chart version to be SemVer 2: ${problem}`, version.line);
  result.refs.push({ name: 'version', line: version.line, value: version.value, start: version.start, end: version.end });

  const [appNode] = findYamlNodes(doc.contents, ['appVersion']);
  const app = appNode && scalarSpan(text, appNode, lines, path, 'appVersion');
  if (options.appVersion === false) {
    result.skipped.push({ name: 'appVersion', ...(app ? { line: app.line } : {}), reason: 'not the release\'s: the repository publishes no image (images: []), so appVersion names another application' });
  } else if (!app || app.value === '') {
    result.skipped.push({ name: 'appVersion', ...(app ? { line: app.line } : {}), reason: 'the chart has no appVersion' });
  } else {
    const style = versionProblem(app.value) === undefined ? 'keep' : options.tagsPrefixed === false ? 'bare' : 'prefixed';
    result.refs.push({ name: 'appVersion', line: app.line, value: app.value, start: app.start, end: app.end, style });
  }

  const [nameNode] = findYamlNodes(doc.contents, ['name']);
  const name = isScalar(nameNode?.node) ? nameNode.node.value : undefined;
  if (typeof name === 'string' && name !== '') result.chartName = name;
  return result;
}

/** Chart.yaml with `version` and `appVersion` moved to `next`; every other byte kept. */
export function updateChartYaml(text: string, next: string, path = 'Chart.yaml', options: ChartOptions = {}): string {
  return applyRefs(text, readChartYaml(text, path, options).refs, checkNext(next)).text;
}
