/**
 * The chart's dependencies that are not vendored under charts/: planned from Chart.lock and
 * fetched (or found in the cache) before the chart is validated, then handed to packaging as
 * extra `charts/<name>-<version>.tgz` members. The checkout is never written to.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Helm from '../lib/helm/index.js';
import type { Credentials } from '../lib/oci/auth.js';
import type { Env } from './env.js';

export interface DependencyOptions {
  /** The content cache (kept between runs when the workflow caches this folder). */
  cacheDir: string;
  /** The workspace: `file://` dependencies must stay inside it. */
  root?: string;
  /** Credentials for one OCI registry host (the chart's own registry), when given. */
  credentials?: { registry: string; credentials: Credentials };
  fetch?: typeof fetch;
}

/** Where the cache lives (RUNNER_TEMP/publish-helm-dependencies) and the registry credentials that apply. */
export async function dependencyOptions(env: Env): Promise<DependencyOptions> {
  const { inputs, ctx, settings } = env;
  const options: DependencyOptions = { cacheDir: join(ctx.runnerTemp, 'publish-helm-dependencies'), root: ctx.workspace };
  if (settings.ociRegistry && inputs.registryUsername) {
    const { parseChartLocation } = await import('../lib/oci/reference.js');
    const { registry } = parseChartLocation(settings.ociRegistry, 'chart');
    options.credentials = { registry, credentials: { username: inputs.registryUsername, password: inputs.registryPassword } };
  }
  return options;
}

export interface ResolvedDependencies {
  files: Helm.ExtraChartArchive[];
  /** One line per fetched dependency, for the log and the summary. */
  notes: string[];
  /** Without a Chart.lock: one line per dependency, the version its constraint resolved to. */
  resolutions?: string[];
  /** The Chart.lock to package when the chart has none and its dependencies were resolved. */
  lock?: Record<string, Helm.YamlValue>;
}

const NONE: ResolvedDependencies = { files: [], notes: [] };

/** `grafana 12.11.1 (Chart.yaml line 57 asks for 12.11.*)`: what each range resolved to. */
function resolutionNote(r: Helm.Resolution, chartFile: string): string {
  return `\`${r.name}\` resolved to ${r.version} from ${r.repository} (${chartFile}:${r.line} asks for ${r.constraint ? `\`${r.constraint}\`` : 'any version'}; no Chart.lock)`;
}

/**
 * Plans from Chart.yaml + Chart.lock; fetches only when something is missing from charts/.
 * Without a Chart.lock, resolves the versions first as `helm dependency build` does then
 * (each repository's index read once, shared with the fetch) and returns the lock to package.
 */
export async function resolveDependencies(helm: typeof Helm, dir: string, display: string, options: DependencyOptions): Promise<ResolvedDependencies> {
  const chartYaml = await readFile(join(dir, 'Chart.yaml'), 'utf8').catch(() => undefined);
  if (chartYaml === undefined) return NONE;
  const chartLock = await readFile(join(dir, 'Chart.lock'), 'utf8').catch(() => undefined);
  const files = helm
    .listChartFiles(dir, display)
    .entries.filter((e) => !e.isDir)
    .map((e) => e.path);
  const plan = helm.planDependencies({ display, chartYaml, ...(chartLock !== undefined ? { chartLock } : {}), files });
  if (plan.fetch.length === 0 && !plan.unlocked) return NONE;
  const { fetchDependencies, readResolveSources, Repositories } = await import('../lib/helm/dependencies-fetch.js');
  const creds = options.credentials;
  const fetchOptions = {
    cacheDir: options.cacheDir,
    local: { chartDir: dir, root: options.root ?? dir },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(creds ? { credentials: (registry: string) => (registry === creds.registry ? creds.credentials : undefined) } : {}),
  };
  const repositories = new Repositories(fetchOptions);
  let toFetch = plan.fetch;
  let resolved: Helm.GeneratedLock | undefined;
  if (plan.unlocked) {
    resolved = helm.resolveLock(plan.unlocked, await readResolveSources(plan.unlocked, repositories, fetchOptions));
    toFetch = resolved.fetch;
  }
  const fetched = await fetchDependencies(toFetch, { ...fetchOptions, repositories });
  const notes = fetched.map((f) => `\`${f.path}\` from ${f.source === 'cache' ? 'the cache' : f.source === 'folder' ? `the folder ${f.from}` : f.from} (sha256 \`${f.digest}\`)`);
  return {
    files: fetched.map((f) => ({ name: f.path.replace(/^charts\//, ''), data: f.bytes })),
    notes,
    ...(resolved ? { resolutions: resolved.resolutions.map((r) => resolutionNote(r, plan.unlocked!.chartFile)), lock: helm.generatedLockValue(resolved) as unknown as Record<string, Helm.YamlValue> } : {}),
  };
}
