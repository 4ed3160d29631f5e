/**
 * The adapter between doctor and the Helm library: a chart judged twice. First by Helm's own
 * rules for Chart.yaml (`Metadata.Validate` in helm/pkg/chart/v2/metadata.go, and `helm lint`
 * for a missing apiVersion), then by `loadChart`, which is what publish-helm packages with.
 * Helm accepts a `v` before the version (the release keeps it: llm-d-infra's `v1.4.0` becomes
 * `v1.4.1`) and any appVersion; a missing appVersion is a note. Dependencies are judged as
 * publish-helm meets them: vendored under charts/, or fetched when it publishes (from Chart.lock, or resolved as `helm dependency build` does without one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import { loadChart } from '../../actions/lib/helm/chart.js';
import { isHelmVersion } from '../../actions/lib/helm/version.js';
import { planDependencies } from '../../actions/lib/helm/dependencies.js';
import { listChartFiles } from '../../actions/lib/helm/files.js';
import { FileError } from '../../actions/lib/runner/errors.js';
import type { ChartProblem, ChartVerdict } from './types.js';

interface Field {
  value: string;
  line: number;
}

function fields(text: string): Map<string, Field> | string {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) return `not valid YAML: ${err.message.split('\n')[0] ?? ''}`;
  if (!isMap(doc.contents)) return 'Chart.yaml is not a mapping of fields';
  const out = new Map<string, Field>();
  for (const pair of doc.contents.items as Pair[]) {
    if (!isScalar(pair.key)) continue;
    // Helm reads a number or a boolean into its string fields by its source text (`7.2445e+06`).
    const node = pair.value;
    const v = !isScalar(node) || node.value === null ? '' : typeof node.value === 'string' ? node.value : node.range ? text.slice(node.range[0], node.range[1]) : String(node.value);
    out.set(String(pair.key.value), { value: v, line: lc.linePos(pair.key.range?.[0] ?? 0).line });
  }
  return out;
}

/** What Helm refuses in a Chart.yaml, each with the line and the fix. Pure. */
export function helmChartProblems(text: string, file: string, dirName: string): ChartProblem[] {
  const f = fields(text);
  if (typeof f === 'string') return [{ file, message: f, fix: `make ${file} valid YAML (helm lint ${dirName} shows the same error)` }];
  const problems: ChartProblem[] = [];
  const at = (key: string): { line?: number } => (f.get(key) ? { line: f.get(key)!.line } : {});
  if (!f.get('apiVersion')?.value) problems.push({ file, message: 'no apiVersion (helm lint: "apiVersion is required")', fix: `add \`apiVersion: v2\` as the first line of ${file}` });
  const name = f.get('name')?.value ?? '';
  if (name === '') problems.push({ file, message: 'no name (Helm: "chart.metadata.name is required")', fix: `add \`name: ${dirName}\` to ${file}` });
  else if (name === '.' || name === '..' || name.includes('/')) problems.push({ file, ...at('name'), message: `name "${name}" is not a chart name`, fix: `set \`name: ${dirName}\`` });
  const version = f.get('version')?.value ?? '';
  if (version === '') problems.push({ file, message: 'no version (Helm: "chart.metadata.version is required")', fix: `add \`version: 0.1.0\` (SemVer 2) to ${file}` });
  else if (!isHelmVersion(version)) {
    problems.push({ file, ...at('version'), message: `version "${version}" is not SemVer (Helm: "chart.metadata.version is invalid")`, fix: 'write the chart version as X.Y.Z, e.g. 0.1.0' });
  }
  const type = f.get('type')?.value ?? '';
  if (type !== '' && type !== 'application' && type !== 'library') {
    problems.push({ file, ...at('type'), message: `type "${type}" (Helm: "chart.metadata.type must be application or library")`, fix: 'set `type: application`' });
  }
  return problems;
}

/** What Helm accepts but the release writes otherwise: advice, with the fix. Pure. */
export function helmChartNotes(text: string, file: string): ChartProblem[] {
  const f = fields(text);
  if (typeof f === 'string') return [];
  const notes: ChartProblem[] = [];
  if (!f.get('appVersion')?.value) notes.push({ file, message: 'no appVersion: Helm accepts it, but then nothing says which image the chart deploys', fix: fixFor('has no appVersion') });
  return notes;
}

const V_STYLE = /version 'v[^']*' is not strict SemVer 2/;

/**
 * Dependencies not vendored under charts/ as publish-helm plans them: a note for each it will
 * fetch from Chart.lock or resolve without one, or the reason it cannot (a lock out of sync, no
 * repository, an OCI range without a lock).
 * Returns whether loading must leave the missing ones to that plan.
 */
function judgeDependencies(root: string, chartPath: string, text: string, verdict: ChartVerdict): boolean {
  const dir = join(root, chartPath);
  let chartLock: string | undefined;
  try {
    chartLock = readFileSync(join(dir, 'Chart.lock'), 'utf8');
  } catch {
    chartLock = undefined;
  }
  try {
    const files = listChartFiles(dir, chartPath).entries.filter((e) => !e.isDir).map((e) => e.path);
    const plan = planDependencies({ display: chartPath, chartYaml: text, ...(chartLock !== undefined ? { chartLock } : {}), files });
    for (const d of plan.fetch) {
      verdict.notes.push({ file: d.where.replace(/:\d+$/, ''), ...lineOf(d.where), message: `dependency ${d.name} ${d.version} is not vendored under charts/: publish-helm fetches it from ${d.repository} (Chart.lock) when it publishes`, fix: `nothing; or vendor it with \`helm dependency build ${chartPath}\` and commit ${chartPath}/${d.path}` });
    }
    const unlocked = plan.unlocked;
    for (const d of unlocked?.missing ?? []) {
      verdict.notes.push({
        file: unlocked!.chartFile,
        line: d.line,
        message: `dependency ${d.name} ${d.version ?? '(any version)'} is not vendored under charts/ and there is no Chart.lock: publish-helm resolves it from ${d.repository} when it publishes, as \`helm dependency build\` does, so the package holds whatever version the repository then has`,
        fix: `nothing; or pin the versions with \`helm dependency update ${chartPath}\` and commit ${chartPath}/Chart.lock`,
      });
    }
    return plan.fetch.length > 0 || unlocked !== undefined;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    verdict.suite.push({ file: error.file, ...(error.line ? { line: error.line } : {}), message: stripWhere(error), fix: fixFor(error.message) });
    return true;
  }
}

function lineOf(where: string): { line?: number } {
  const m = /:(\d+)$/.exec(where);
  return m ? { line: Number(m[1]) } : {};
}

/** Both verdicts on the chart folder `chartPath` (repository-relative) of the repository at `root`. */
export function judgeChart(root: string, chartPath: string): ChartVerdict {
  const file = `${chartPath}/Chart.yaml`;
  const dirName = chartPath.split('/').pop() ?? chartPath;
  const verdict: ChartVerdict = { path: chartPath, helm: [], suite: [], notes: [] };
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    verdict.helm.push({ file, message: 'the chart folder has no Chart.yaml', fix: `create ${file} with apiVersion, name and version` });
    return verdict;
  }
  verdict.helm = helmChartProblems(text, file, dirName);
  if (verdict.helm.length > 0) return verdict;
  verdict.notes = helmChartNotes(text, file);
  const fromLock = judgeDependencies(root, chartPath, text, verdict);
  try {
    // Templates are not parsed: `helm package` does not parse them either, and on a real chart
    // (WVA's 25 templates and CRD) it is most of doctor's time.
    const loaded = loadChart(join(root, chartPath), { displayDir: chartPath, ...(fromLock ? { checkDependencies: false } : {}) });
    // a `v` before the chart version is the repository's style, which the release keeps
    for (const w of loaded.warnings.filter((m) => !V_STYLE.test(m))) verdict.notes.push({ file, message: w, fix: 'see the message' });
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    const problem: ChartProblem = { file: error.file, ...(error.line ? { line: error.line } : {}), message: stripWhere(error), fix: fixFor(error.message) };
    verdict.suite.push(problem);
  }
  return verdict;
}

function stripWhere(error: FileError): string {
  const prefix = `${error.file}${error.line ? `:${error.line}` : ''}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

function fixFor(message: string): string {
  if (/has no appVersion/.test(message)) return 'add `appVersion:` with the image tag the chart deploys, so that the release keeps it in step';
  if (/does not match its directory/.test(message)) return 'rename the folder or the chart so that both are the same';
  if (/out of sync|no Chart\.lock/.test(message)) return 'run `helm dependency update` in the chart folder and commit Chart.lock (or vendor the dependencies with `helm dependency build` and commit charts/)';
  if (/not vendored|missing in charts\//.test(message)) return 'run `helm dependency build` in the chart folder and commit charts/';
  if (/not valid YAML|not valid JSON/.test(message)) return 'correct the syntax at that line';
  return 'correct the file at that line (`helm lint` on the chart folder shows the same problem)';
}
