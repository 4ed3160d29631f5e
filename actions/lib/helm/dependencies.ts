/**
 * Chart dependencies that are not vendored, planned from Chart.lock as `helm dependency build`
 * plans them (Helm's pkg/downloader Manager.Build): the lock must be in sync with Chart.yaml
 * (Helm's `resolver.HashReq` over both lists), and each dependency missing from `charts/` is
 * fetched at the exact version its lock entry names. Pure: texts in, a plan out; the fetching
 * is dependencies-fetch.ts.
 */
import { createHash } from 'node:crypto';
import semver from 'semver';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type Scalar } from 'yaml';
import { FileError } from '../runner/errors.js';
import { checkUnlocked, type UnlockedDependencies } from './dependencies-resolve.js';
import { sanitizeString } from './metadata.js';

/** A dependency as Helm's `chart.Dependency` marshals it to JSON (the fields and order of its struct). */
export interface HelmDependency {
  name: string;
  version?: string;
  repository: string;
  condition?: string;
  tags?: string[];
  enabled?: boolean;
  'import-values'?: unknown[];
  alias?: string;
}

export interface LocatedDependency extends HelmDependency {
  /** 1-based line of the list item in its file. */
  line: number;
}

export interface ChartLock {
  digest: string;
  digestLine: number;
  dependencies: LocatedDependency[];
}

/** One dependency to fetch: the lock entry it comes from and where it goes in the package. */
export interface PlannedDependency {
  name: string;
  /** The exact version from Chart.lock. */
  version: string;
  /** `https://…` (a Helm repository), `oci://…` (a registry) or `file://…` (a chart folder), as the lock names it. */
  repository: string;
  kind: 'http' | 'oci' | 'file';
  /** `charts/<name>-<version>.tgz`: the member added to the package. */
  path: string;
  /** Where the lock entry is, for messages (`charts/x/Chart.lock:12`). */
  where: string;
}

export interface DependencyPlan {
  fetch: PlannedDependency[];
  /** Dependencies found under charts/ already (name or alias). */
  vendored: string[];
  /** The lock's digest, checked against Chart.yaml; undefined when nothing needed the lock. */
  lockDigest?: string;
  /**
   * Set when dependencies must be fetched and there is no Chart.lock: what to resolve (as
   * `helm dependency build` does then), checked already for what needs no request.
   * `fetch` is empty until resolveLock (dependencies-resolve.ts) gives the versions.
   */
  unlocked?: UnlockedDependencies;
}

/** Go's encoding/json escapes these in strings; the hash is over Go's bytes, so ours must be the same. */
function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The JSON object Go writes for one `chart.Dependency` (omitempty fields left out when empty). */
function goDependency(d: HelmDependency): Record<string, unknown> {
  const o: Record<string, unknown> = { name: d.name };
  if (d.version) o.version = d.version;
  o.repository = d.repository;
  if (d.condition) o.condition = d.condition;
  if (d.tags && d.tags.length > 0) o.tags = d.tags;
  if (d.enabled) o.enabled = true;
  if (d['import-values'] && d['import-values'].length > 0) o['import-values'] = d['import-values'];
  if (d.alias) o.alias = d.alias;
  return o;
}

/** Helm's `resolver.HashReq`: sha256 of the JSON of [Chart.yaml's dependencies, the lock's]. */
export function hashRequirements(req: readonly HelmDependency[], lock: readonly HelmDependency[]): string {
  const json = goJson([req.map(goDependency), lock.map(goDependency)]);
  return `sha256:${createHash('sha256').update(json).digest('hex')}`;
}

class Located {
  readonly lc = new LineCounter();
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  line(node: unknown): number {
    const range = (node as Node | undefined)?.range;
    return range ? this.lc.linePos(range[0]).line : 1;
  }

  fail(message: string, node?: unknown): never {
    throw new FileError(this.file, message, node === undefined ? undefined : this.line(node));
  }

  parse(): Map<string, Pair> {
    const doc = parseDocument(this.text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: true });
    const err = doc.errors[0];
    if (err) throw new FileError(this.file, `not valid YAML: ${err.message.split('\n')[0]}`, this.lc.linePos(err.pos[0]).line);
    if (!isMap(doc.contents)) this.fail('expected a mapping of fields', doc.contents ?? undefined);
    const keys = new Map<string, Pair>();
    for (const p of doc.contents.items as Pair[]) keys.set(isScalar(p.key) ? String((p.key as Scalar).value) : '', p);
    return keys;
  }

  /** A scalar by its text (a number stays `1.10`, not 1.1), sanitized as Helm's Validate does. */
  str(node: unknown, what: string): string | undefined {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isScalar(node)) this.fail(`${what} must be a string`, node);
    const v = (node as Scalar).value;
    const text = typeof v === 'string' ? v : this.text.slice((node as Scalar).range![0], (node as Scalar).range![1]);
    return sanitizeString(text);
  }

  /** The `dependencies` list, each entry as Helm models it, with its line. */
  dependencies(pair: Pair | undefined): LocatedDependency[] {
    if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return [];
    if (!isSeq(pair.value)) this.fail('dependencies must be a list', pair.value);
    return pair.value.items.map((item, i) => {
      if (!isMap(item)) this.fail(`dependencies[${i}] must be a mapping`, item);
      const get = (k: string): unknown => (item.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === k)?.value;
      const name = this.str(get('name'), `dependencies[${i}].name`);
      if (!name) this.fail(`dependencies[${i}] has no name`, item);
      const d: LocatedDependency = { name, repository: this.str(get('repository'), `dependencies[${i}].repository`) ?? '', line: this.line(item) };
      const version = this.str(get('version'), `dependencies[${i}].version`);
      if (version) d.version = version;
      const condition = this.str(get('condition'), `dependencies[${i}].condition`);
      if (condition) d.condition = condition;
      const tags = get('tags');
      if (isSeq(tags)) d.tags = tags.items.map((t, j) => this.str(t, `dependencies[${i}].tags[${j}]`) ?? '');
      const enabled = get('enabled');
      if (isScalar(enabled) && enabled.value === true) d.enabled = true;
      const iv = get('import-values');
      if (isSeq(iv)) d['import-values'] = iv.toJSON() as unknown[];
      const alias = this.str(get('alias'), `dependencies[${i}].alias`);
      if (alias) d.alias = alias;
      return d;
    });
  }
}

/** Chart.yaml's dependencies as Helm reads them, each with its line. */
export function readChartDependencies(text: string, file: string): LocatedDependency[] {
  const y = new Located(file, text);
  return y.dependencies(y.parse().get('dependencies'));
}

/** Chart.lock: its digest and entries (name, exact version, repository), with lines. */
export function readChartLock(text: string, file: string): ChartLock {
  const y = new Located(file, text);
  const keys = y.parse();
  const digestPair = keys.get('digest');
  const digest = y.str(digestPair?.value, 'digest');
  if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    y.fail(`digest ${JSON.stringify(digest ?? null)} is not a sha256 digest: run 'helm dependency update' and commit Chart.lock`, digestPair?.value ?? digestPair?.key ?? undefined);
  }
  const dependencies = y.dependencies(keys.get('dependencies'));
  for (const d of dependencies) {
    if (!d.version || !semver.valid(d.version.replace(/^v/, ''))) {
      throw new FileError(file, `dependency '${d.name}' is locked at ${JSON.stringify(d.version ?? null)}, not an exact SemVer version: run 'helm dependency update'`, d.line);
    }
  }
  return { digest: digest!, digestLine: y.line(digestPair!.key), dependencies };
}

export interface PlanInput {
  /** How the chart folder is named in messages (`charts/my-chart`). */
  display: string;
  chartYaml: string;
  /** Chart.lock's text; undefined when the chart has none. */
  chartLock?: string;
  /** The chart's files, relative (to see what charts/ holds already). */
  files: readonly string[];
}

/** `charts/<name>/Chart.yaml` or `charts/<name>-<version>.tgz` for this dependency. */
function isVendored(dep: HelmDependency, files: readonly string[]): boolean {
  if (files.includes(`charts/${dep.name}/Chart.yaml`)) return true;
  const prefix = `charts/${dep.name}-`;
  return files.some((f) => {
    if (!f.startsWith(prefix) || !f.endsWith('.tgz') || f.slice('charts/'.length).includes('/')) return false;
    const v = f.slice(prefix.length, -4);
    if (!semver.valid(v)) return false;
    if (!dep.version || dep.version === v) return true;
    return semver.validRange(dep.version.replaceAll(',', ' ')) !== null && semver.satisfies(v, dep.version.replaceAll(',', ' '), { includePrerelease: true });
  });
}

function repositoryKind(repository: string): PlannedDependency['kind'] | undefined {
  if (repository.startsWith('oci://')) return 'oci';
  if (repository.startsWith('file://')) return 'file';
  if (/^https?:\/\//.test(repository)) return 'http';
  return undefined;
}

/** `@name` and `alias:name` point into the user's repositories.yaml; the lock holds the URL they stood for. */
function isRepoAlias(repository: string): boolean {
  return repository.startsWith('@') || repository.startsWith('alias:');
}

/** The dependencies to resolve without a lock, refused now where no request is needed. */
function unlocked(chartFile: string, requirements: LocatedDependency[], missing: LocatedDependency[], files: readonly string[]): UnlockedDependencies {
  checkUnlocked(missing, chartFile);
  const vendoredVersions: Record<string, string> = {};
  for (const d of requirements) {
    if (missing.includes(d)) continue;
    const archive = files.find((f) => f.startsWith(`charts/${d.name}-`) && f.endsWith('.tgz') && semver.valid(f.slice(`charts/${d.name}-`.length, -4)));
    if (archive) vendoredVersions[d.name] = archive.slice(`charts/${d.name}-`.length, -4);
  }
  const each = (kind: string): string[] => [...new Set(missing.filter((d) => repositoryKind(d.repository) === kind).map((d) => d.repository))];
  return { chartFile, requirements, missing, vendoredVersions, repositories: each('http'), folders: each('file') };
}

/**
 * Which dependencies must be fetched, from where, at which version. Without a Chart.lock the
 * plan is `unlocked` (resolved by dependencies-resolve.ts once the repositories are read).
 * Throws `FileError` (file, line, fix) for: a dependency the lock does not list, a lock out of
 * sync with Chart.yaml (the digest differs), a lock entry whose repository is neither http(s),
 * oci nor file; without a lock, what checkUnlocked refuses.
 */
export function planDependencies(input: PlanInput): DependencyPlan {
  const chartFile = `${input.display}/Chart.yaml`;
  const lockFile = `${input.display}/Chart.lock`;
  const req = readChartDependencies(input.chartYaml, chartFile);
  const missing = req.filter((d) => !isVendored(d, input.files));
  const vendored = req.filter((d) => !missing.includes(d)).map((d) => d.alias || d.name);
  if (missing.length === 0) return { fetch: [], vendored };

  const local = missing.find((d) => d.repository === '');
  if (local) {
    throw new FileError(chartFile, `dependency '${local.name}' has no repository and is not under charts/: a dependency without a repository must be vendored there (commit charts/${local.name}/ or its .tgz)`, local.line);
  }
  for (const d of missing) {
    const stale = input.files.find((f) => f.startsWith(`charts/${d.name}-`) && f.endsWith('.tgz') && semver.valid(f.slice(`charts/${d.name}-`.length, -4)));
    if (stale) {
      throw new FileError(
        chartFile,
        `dependency '${d.name}' (${d.version ?? 'any version'}) is vendored as ${stale}, which does not satisfy it; the package would hold two '${d.name}' charts: remove the stale archive (${input.chartLock === undefined ? 'the newest version the constraint admits' : "Chart.lock's version"} is then fetched) or vendor a matching one`,
        d.line,
      );
    }
  }
  if (input.chartLock === undefined) return { fetch: [], vendored, unlocked: unlocked(chartFile, req, missing, input.files) };
  const lock = readChartLock(input.chartLock, lockFile);
  // Helm hashes Chart.yaml's dependencies after replacing repository aliases by their URLs,
  // which the lock entry at the same place records.
  const resolvedReq = req.map((d, i) => (isRepoAlias(d.repository) && lock.dependencies[i]?.name === d.name ? { ...d, repository: lock.dependencies[i]!.repository } : d));
  const sum = hashRequirements(resolvedReq, lock.dependencies);
  if (sum !== lock.digest) {
    throw new FileError(
      lockFile,
      `digest ${lock.digest} does not match Chart.yaml's dependencies (they hash to ${sum}): Chart.lock is out of sync with Chart.yaml; run 'helm dependency update' and commit Chart.lock`,
      lock.digestLine,
    );
  }

  const used = new Set<number>();
  const fetch = missing.map((d) => {
    const i = req.indexOf(d);
    const at = lock.dependencies[i]?.name === d.name && !used.has(i) ? i : lock.dependencies.findIndex((l, j) => l.name === d.name && !used.has(j));
    if (at < 0) throw new FileError(chartFile, `dependency '${d.name}' has no entry in Chart.lock: run 'helm dependency update' and commit Chart.lock`, d.line);
    used.add(at);
    const locked = lock.dependencies[at]!;
    const kind = repositoryKind(locked.repository);
    if (!kind) {
      throw new FileError(lockFile, `dependency '${locked.name}' has repository ${JSON.stringify(locked.repository)}: expected an https:// Helm repository, an oci:// registry or a file:// chart folder (vendor it under charts/ instead)`, locked.line);
    }
    return { name: locked.name, version: locked.version!, repository: locked.repository, kind, path: `charts/${locked.name}-${locked.version!}.tgz`, where: `${lockFile}:${locked.line}` };
  });
  // two aliases of one chart at one version are one archive (Helm: "Already downloaded")
  const unique = fetch.filter((f, k) => fetch.findIndex((g) => g.path === f.path && g.repository === f.repository) === k);
  return { fetch: unique, vendored, lockDigest: lock.digest };
}
