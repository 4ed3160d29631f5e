/**
 * The chart folder: which one (input, configuration, the single charts/*), its validation and
 * its package, written under RUNNER_TEMP (outside the workspace, so the checkout stays clean).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReleaseConfig } from '../lib/config/config.js';
import type * as Helm from '../lib/helm/index.js';
import { FileError, InputError } from '../lib/runner/errors.js';
import { resolveDependencies, type DependencyOptions, type ResolvedDependencies } from './dependencies.js';

type HelmLib = typeof Helm;

/** The chart folder relative to the workspace: the input, else the configuration's (the single charts/*). */
export function chartFolder(input: string, config: ReleaseConfig): string {
  const rel = (input || config.chart || '').replace(/\/+$/, '');
  if (rel) return rel;
  if (config.chartCandidates.length > 1) {
    throw new InputError('chart', `the repository has ${config.chartCandidates.length} charts (${config.chartCandidates.join(', ')}): name the one to publish`);
  }
  throw new InputError('chart', 'no chart found (no charts/*/Chart.yaml in the workspace and none configured): name the chart folder');
}

/** The 1-based line of a top-level key in a YAML text, when it is there. */
export function keyLine(text: string, key: string): number | undefined {
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : undefined;
}

export interface BuiltChart {
  name: string;
  version: string;
  metadata: Helm.ChartMetadata;
  bytes: Buffer;
  digest: string;
  filename: string;
  /** Absolute path of the written package. */
  path: string;
  warnings: string[];
  /** The dependencies fetched into the package, one line each. */
  dependencies: string[];
  /** Without a Chart.lock: the version each dependency resolved to, one line each. */
  resolutions: string[];
}

/**
 * Loads and validates the chart as `helm package` does, checks it against the `version` input
 * (which comes without its `v`: `v1.4.0` in Chart.yaml matches an input of 1.4.0 or v1.4.0),
 * packages it as Helm's Save writes it and writes the package to `outDir`.
 * Dependencies that are not vendored are fetched from Chart.lock first (or, without a lock,
 * resolved as `helm dependency build` resolves them, the lock it writes packaged too) and
 * packaged as `charts/<name>-<version>.tgz` (`extraCharts`, the one place they enter packaging).
 */
export async function buildChart(
  helm: HelmLib,
  workspace: string,
  rel: string,
  version: string,
  outDir: string,
  options: { lintManifests?: boolean; dependencies?: DependencyOptions } = {},
): Promise<BuiltChart> {
  const dir = resolve(workspace, rel);
  const deps: ResolvedDependencies = options.dependencies ? await resolveDependencies(helm, dir, rel, options.dependencies) : { files: [], notes: [] };
  const { files: extraCharts, notes } = deps;
  const chart = helm.loadChart(dir, { displayDir: rel, extraCharts, ...(deps.lock ? { generatedLock: deps.lock } : {}), ...(options.lintManifests ? { lintManifests: true } : {}) });
  const md = chart.metadata;
  if (version && version !== md.version.replace(/^v/, '')) {
    const file = join(rel, 'Chart.yaml');
    const text = await readFile(join(dir, 'Chart.yaml'), 'utf8');
    throw new FileError(file, `version is ${md.version}, but the version input is ${version}: bump the chart first (bump-version) or publish ${md.version}`, keyLine(text, 'version'));
  }
  const pkg = helm.packageChart(dir, { chart, displayDir: rel });
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, pkg.filename);
  await writeFile(path, pkg.bytes);
  return { name: md.name, version: md.version, metadata: md, bytes: pkg.bytes, digest: pkg.digest, filename: pkg.filename, path, warnings: chart.warnings, dependencies: notes, resolutions: deps.resolutions ?? [] };
}

/**
 * The chart's name for a rollback, read from Chart.yaml alone: a rollback must not depend on
 * the chart's dependencies being vendored or its templates being valid.
 */
export async function chartNameOf(workspace: string, rel: string, chartNamePattern: RegExp): Promise<string> {
  const file = join(rel, 'Chart.yaml');
  // join on a resolved directory: a literal file name in path.resolve() makes ncc bundle it as an asset
  const dir = resolve(workspace, rel);
  let text: string;
  try {
    text = await readFile(join(dir, 'Chart.yaml'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new FileError(file, 'the chart has no Chart.yaml');
    throw e;
  }
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new FileError(file, `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const name: unknown = doc.get('name');
  if (typeof name !== 'string' || !chartNamePattern.test(name)) {
    throw new FileError(file, `name ${JSON.stringify(name ?? null)} is not a chart name (lowercase letters, digits and dashes)`, keyLine(text, 'name'));
  }
  return name;
}
