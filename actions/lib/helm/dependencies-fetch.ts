/**
 * Fetching the dependencies a `DependencyPlan` names, as `helm dependency build` does: from a
 * Helm repository (its `index.yaml`, the entry of that name and version, its first URL resolved
 * against the repository) or an OCI registry (the chart layer of `<repo>/<name>:<version>`).
 *
 * What is checked, each time, before an archive is used:
 * - repository: the archive's sha256 equals the index entry's `digest` (when the index gives a
 *   sha256, `sha256:` prefix or not; Helm's own downloader does not compare them, its content
 *   cache is keyed by them). The index is read as Helm loads it (index-load.ts);
 * - OCI: the blob's sha256 equals the layer digest of the manifest (as Helm's registry client);
 * - both: the archive unpacks and its `<folder>/Chart.yaml` names the locked chart and version
 *   (Helm's safeMoveDeps loads every downloaded archive as a chart).
 *
 * A `file://` dependency is the chart folder it names, packaged as packageChart packages (it
 * must stay inside the repository, and be the locked version).
 *
 * A content cache keyed by digest: `sha256/<hex>.tgz`, and `refs/<key>` mapping a lock entry
 * (repository, name, version) to the digest it resolved to. A dependency found there (and whose
 * bytes still hash to their name) costs no request at all.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RemoteError, ActionError, FileError } from '../runner/errors.js';
import type { Credentials } from '../oci/auth.js';
import { archivedChart } from './archive-members.js';
import type { PlannedDependency } from './dependencies.js';
import type { ResolveSources, UnlockedDependencies } from './dependencies-resolve.js';
import { loadRepositoryIndex, type LoadedIndex } from './index-load.js';
import { repositoryIndexUrl, resolveReferenceUrl } from './resolve.js';

export interface FetchOptions {
  /** The content cache folder (created when missing). */
  cacheDir: string;
  /**
   * For `file://` dependencies: the chart's folder (relative paths start there) and the folder
   * they must stay inside (the workspace). Without them a `file://` dependency is refused.
   */
  local?: { chartDir: string; root: string };
  fetch?: typeof fetch;
  /** Per request; default 60 s. */
  timeoutMs?: number;
  /** Credentials for an OCI registry host, when there are any. */
  credentials?: (registry: string) => Credentials | undefined;
  /** The indexes read already (to resolve dependencies without a lock), so each is fetched once. */
  repositories?: Repositories;
}

export interface FetchedDependency {
  /** `charts/<name>-<version>.tgz`. */
  path: string;
  bytes: Buffer;
  /** sha256 hex of `bytes`. */
  digest: string;
  source: 'cache' | 'repository' | 'oci' | 'folder';
  /** Where it came from (the archive URL, the OCI reference, or the cache file). */
  from: string;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** The cache: content by digest, and which digest each lock entry resolved to. */
class ContentCache {
  constructor(readonly dir: string) {}

  private refFile(d: PlannedDependency): string {
    return join(this.dir, 'refs', sha256(Buffer.from(`${d.repository}\0${d.name}\0${d.version}`)));
  }

  private blobFile(digest: string): string {
    return join(this.dir, 'sha256', `${digest}.tgz`);
  }

  /** The archive recorded for this lock entry, when it is there and intact. */
  async get(d: PlannedDependency): Promise<{ bytes: Buffer; digest: string; file: string } | undefined> {
    const digest = (await readFile(this.refFile(d), 'utf8').catch(() => '')).trim();
    if (!/^[0-9a-f]{64}$/.test(digest)) return undefined;
    const file = this.blobFile(digest);
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes || sha256(bytes) !== digest) return undefined;
    return { bytes, digest, file };
  }

  async put(d: PlannedDependency, bytes: Buffer, digest: string): Promise<void> {
    await this.atomicWrite(this.blobFile(digest), bytes);
    await this.atomicWrite(this.refFile(d), `${digest}\n`);
  }

  private async atomicWrite(file: string, data: string | Buffer): Promise<void> {
    await mkdir(join(file, '..'), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, file);
  }
}

async function httpGet(url: string, what: string, options: FetchOptions): Promise<Buffer> {
  const { send, assertSafeUrl } = await import('../oci/transport.js');
  const target = new URL(url);
  assertSafeUrl(target, what);
  const response = await send(target, { method: 'GET', headers: { accept: '*/*', 'user-agent': 'release-actions-helm-dependencies' } }, { fetch: options.fetch, timeoutMs: options.timeoutMs });
  if (!response.ok) {
    await response.arrayBuffer().catch(() => undefined);
    throw new RemoteError(`GET ${target.origin}${target.pathname} (${what}): HTTP ${response.status}`, response.status);
  }
  return Buffer.from(await response.arrayBuffer());
}

/** One `index.yaml` per repository per run, read through the library's index reader (resolution and fetching share it). */
export class Repositories {
  private readonly indexes = new Map<string, Promise<LoadedIndex>>();
  constructor(private readonly options: FetchOptions) {}

  index(repository: string): Promise<LoadedIndex> {
    let index = this.indexes.get(repository);
    if (!index) {
      const url = repositoryIndexUrl(repository);
      index = httpGet(url, 'Helm repository index', this.options).then((bytes) => loadRepositoryIndex(bytes, url));
      this.indexes.set(repository, index);
    }
    return index;
  }
}

/** Helm's findVersionedEntry: the first entry with urls whose version equals the lock's as SemVer. */
function versionEquals(a: string, b: string): boolean {
  // Masterminds' Equal: a leading v and build metadata do not count
  const core = (v: string): string => (v.startsWith('v') ? v.slice(1) : v).split('+')[0]!;
  return core(a) === core(b);
}

async function fromRepository(d: PlannedDependency, repos: Repositories, options: FetchOptions): Promise<{ bytes: Buffer; from: string; expected?: string }> {
  const index = await repos.index(d.repository);
  const versions = index.charts.find((c) => c.name === d.name)?.versions ?? [];
  const entry = versions.find((v) => v.urls.length > 0 && versionEquals(v.version, d.version));
  if (!entry) {
    const listed = versions.map((v) => v.version).slice(0, 8).join(', ');
    throw new ActionError(`${d.where}: ${d.name} ${d.version} is not in ${repositoryIndexUrl(d.repository)} (${listed ? `it lists ${listed}${versions.length > 8 ? ', …' : ''}` : 'no such chart'}); run 'helm dependency update' to lock a version the repository has`);
  }
  const url = resolveReferenceUrl(d.repository, entry.urls[0]!);
  const bytes = await httpGet(url, `${d.name} ${d.version}`, options);
  // Helm writes the hex digest; some repositories prefix it with the algorithm (Helm strips it)
  const expected = entry.digest?.replace(/^sha256:/, '');
  return { bytes, from: url, ...(expected && /^[0-9a-f]{64}$/.test(expected) ? { expected } : {}) };
}

async function fromRegistry(d: PlannedDependency, options: FetchOptions): Promise<{ bytes: Buffer; from: string }> {
  const [{ parseChartLocation }, { OciClient }, { HELM_CHART_LAYER, OCI_MANIFEST }] = await Promise.all([
    import('../oci/reference.js'),
    import('../oci/client.js'),
    import('../oci/media-types.js'),
  ]);
  const { registry, repository } = parseChartLocation(d.repository, d.name);
  const tag = d.version.replaceAll('+', '_');
  const ref = `${registry}/${repository}:${tag}`;
  const credentials = options.credentials?.(registry);
  const client = new OciClient({ registry, fetch: options.fetch, timeoutMs: options.timeoutMs, ...(credentials ? { credentials } : {}), userAgent: 'release-actions-helm-dependencies' });
  const manifest = await client.getManifest(repository, tag, [OCI_MANIFEST]);
  if (!manifest) throw new ActionError(`${d.where}: ${ref} does not exist; run 'helm dependency update' to lock a version the registry has`);
  const layers = ((manifest.json as { layers?: Array<{ mediaType?: string; digest?: string }> }).layers ?? []).filter((l) => l.mediaType === HELM_CHART_LAYER);
  if (layers.length !== 1 || !layers[0]!.digest) throw new ActionError(`${d.where}: ${ref} is not a Helm chart (expected one ${HELM_CHART_LAYER} layer, found ${layers.length})`);
  // getBlob checks the content against the layer digest
  const bytes = Buffer.from(await client.getBlob(repository, layers[0]!.digest));
  return { bytes, from: `oci://${ref}` };
}

/** The folder a `file://` repository names (relative to the chart), refused outside the repository. */
async function localFolder(repository: string, where: string, name: string, options: FetchOptions): Promise<{ dir: string; inside: string }> {
  if (!options.local) throw new ActionError(`${where}: ${repository} is a local folder, which cannot be read here; vendor ${name} under charts/`);
  const { isAbsolute, relative, resolve } = await import('node:path');
  const dir = resolve(options.local.chartDir, repository.slice('file://'.length));
  const inside = relative(options.local.root, dir);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new ActionError(`${where}: ${repository} points outside the repository (${dir}); vendor ${name} under charts/ instead`);
  }
  return { dir, inside };
}

/**
 * Helm's tarFromLocalDir: the chart folder a `file://` repository names (relative to the chart),
 * packaged — here reproducibly, by packageChart — when its version is the locked one.
 */
async function fromFolder(d: PlannedDependency, options: FetchOptions): Promise<{ bytes: Buffer; from: string }> {
  const { dir, inside } = await localFolder(d.repository, d.where, d.name, options);
  const { packageChart } = await import('./package.js');
  let pkg;
  try {
    pkg = packageChart(dir, { displayDir: inside });
  } catch (e) {
    throw new ActionError(`${d.where}: the chart ${d.name} at ${d.repository} cannot be packaged: ${(e as Error).message}`);
  }
  return { bytes: pkg.bytes, from: inside };
}

/** A repository's index for resolution; a failure names the first dependency that needs it and the fix. */
async function indexFor(u: UnlockedDependencies, repository: string, repos: Repositories): Promise<LoadedIndex> {
  try {
    return await repos.index(repository);
  } catch (e) {
    // a malformed index is refused at its own line (FileError), which says more than ours would
    if (!(e instanceof ActionError) || e instanceof FileError) throw e;
    const d = u.missing.find((m) => m.repository === repository)!;
    const message = `${u.chartFile}:${d.line}: dependency '${d.name}' (${d.version ?? 'no version'}) cannot be resolved without a Chart.lock: ${e.message}; check the repository URL, or run 'helm dependency update' and commit Chart.lock`;
    throw e instanceof RemoteError ? new RemoteError(message, e.status, { cause: e }) : new ActionError(message, { cause: e });
  }
}

/**
 * What resolving dependencies without a lock reads (dependencies-resolve.ts): each http(s)
 * repository's `index.yaml` (once, kept in `repos` for the fetch that follows) and each
 * `file://` folder's chart version.
 */
export async function readResolveSources(u: UnlockedDependencies, repos: Repositories, options: FetchOptions): Promise<ResolveSources> {
  const indexes = new Map(await Promise.all(u.repositories.map(async (r) => [r, await indexFor(u, r, repos)] as const)));
  const folders = new Map<string, string>();
  for (const repository of u.folders) {
    const d = u.missing.find((m) => m.repository === repository)!;
    const where = `${u.chartFile}:${d.line}`;
    const { dir, inside } = await localFolder(repository, where, d.name, options);
    const text = await readFile(join(dir, 'Chart.yaml'), 'utf8').catch(() => undefined);
    if (text === undefined) throw new ActionError(`${where}: ${repository} names ${inside}, which holds no Chart.yaml; point it at a chart folder or vendor ${d.name} under charts/`);
    const { parseChartYaml } = await import('./chart-yaml.js');
    folders.set(repository, parseChartYaml(text, join(inside, 'Chart.yaml')).metadata.version);
  }
  return { index: (r) => indexes.get(r)!, folderVersion: (r) => folders.get(r)! };
}

/** The archive is the locked chart: it unpacks, and its Chart.yaml names that chart and version. */
async function checkArchive(d: PlannedDependency, bytes: Buffer, from: string): Promise<void> {
  let chart;
  try {
    chart = await archivedChart(bytes);
  } catch (e) {
    throw new ActionError(`${d.where}: ${from} is not a chart archive: ${(e as Error).message}`);
  }
  if (chart.name !== d.name || !versionEquals(chart.version, d.version)) {
    throw new ActionError(`${d.where}: ${from} holds chart ${chart.name} ${chart.version}, not the locked ${d.name} ${d.version}; the repository serves another chart under this name and version`);
  }
}

/**
 * Fetches (or finds in the cache) every planned dependency, checks each, and returns the
 * archives to add to the package. Nothing but the cache is written; any failure throws before
 * anything is returned.
 */
export async function fetchDependencies(plan: readonly PlannedDependency[], options: FetchOptions): Promise<FetchedDependency[]> {
  const cache = new ContentCache(options.cacheDir);
  const repos = options.repositories ?? new Repositories(options);
  const out: FetchedDependency[] = [];
  for (const d of plan) {
    if (d.kind === 'file') {
      const got = await fromFolder(d, options);
      await checkArchive(d, got.bytes, got.from);
      out.push({ path: d.path, bytes: got.bytes, digest: sha256(got.bytes), source: 'folder', from: got.from });
      continue;
    }
    const cached = await cache.get(d);
    // a cache entry that is not the locked chart (a cache tampered with) is fetched again
    if (cached && (await checkArchive(d, cached.bytes, cached.file).then(() => true, () => false))) {
      out.push({ path: d.path, bytes: cached.bytes, digest: cached.digest, source: 'cache', from: cached.file });
      continue;
    }
    const got = d.kind === 'oci' ? await fromRegistry(d, options) : await fromRepository(d, repos, options);
    const digest = sha256(got.bytes);
    if ('expected' in got && got.expected && got.expected !== digest) {
      throw new ActionError(`${d.where}: ${got.from} has sha256 ${digest}, but ${repositoryIndexUrl(d.repository)} gives ${d.name} ${d.version} the digest ${got.expected}; the archive is not the one the repository lists. Nothing was written.`);
    }
    await checkArchive(d, got.bytes, got.from);
    await cache.put(d, got.bytes, digest);
    out.push({ path: d.path, bytes: got.bytes, digest, source: d.kind === 'oci' ? 'oci' : 'repository', from: got.from });
  }
  return out;
}
