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
}

/** Plans from Chart.yaml + Chart.lock; fetches only when something is missing from charts/. */
export async function resolveDependencies(helm: typeof Helm, dir: string, display: string, options: DependencyOptions): Promise<ResolvedDependencies> {
  const chartYaml = await readFile(join(dir, 'Chart.yaml'), 'utf8').catch(() => undefined);
  if (chartYaml === undefined) return { files: [], notes: [] };
  const chartLock = await readFile(join(dir, 'Chart.lock'), 'utf8').catch(() => undefined);
  const files = helm
    .listChartFiles(dir, display)
    .entries.filter((e) => !e.isDir)
    .map((e) => e.path);
  const plan = helm.planDependencies({ display, chartYaml, ...(chartLock !== undefined ? { chartLock } : {}), files });
  if (plan.fetch.length === 0) return { files: [], notes: [] };
  const { fetchDependencies } = await import('../lib/helm/dependencies-fetch.js');
  const creds = options.credentials;
  const fetched = await fetchDependencies(plan.fetch, {
    cacheDir: options.cacheDir,
    local: { chartDir: dir, root: options.root ?? dir },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(creds ? { credentials: (registry: string) => (registry === creds.registry ? creds.credentials : undefined) } : {}),
  });
  return {
    files: fetched.map((f) => ({ name: f.path.replace(/^charts\//, ''), data: f.bytes })),
    notes: fetched.map((f) => `\`${f.path}\` from ${f.source === 'cache' ? 'the cache' : f.source === 'folder' ? `the folder ${f.from}` : f.from} (sha256 \`${f.digest}\`)`),
  };
}
