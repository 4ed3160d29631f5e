/**
 * Dependencies without a Chart.lock, resolved as `helm dependency build` resolves them when there
 * is no lock: it falls back to `Update` (Helm's pkg/downloader Manager.Build), whose resolver
 * (internal/resolver Resolve) locks each Chart.yaml dependency to one exact version:
 * - a Helm repository: the newest entry of its `index.yaml` (sorted as `SortEntries` sorts,
 *   entries without urls or with a version Masterminds cannot parse skipped) that the version
 *   constraint admits (Masterminds' Check: `0.12.*`, `~`, `^`, `>= a, < b`, `a - b`, `||`; a
 *   prerelease only when the constraint names one); the lock keeps the version as the index
 *   writes it (`v.Original()`);
 * - `file://`: the version of the chart in that folder, when the constraint admits it;
 * - `oci://` with an exact version: that version (Helm lists no tags then); with a range Helm
 *   lists the registry's tags, which this suite cannot do yet, so it is refused;
 * - no repository (vendored under charts/): locked as Chart.yaml writes it.
 * The lock's `digest` is Helm's `HashReq` over Chart.yaml's dependencies and the locked entries
 * (name, repository, version only, as Helm's resolver builds them). Pure: the repositories'
 * indexes and the folders' versions come in as data; fetching is dependencies-fetch.ts.
 */
import { FileError } from '../runner/errors.js';
import { hashRequirements, type HelmDependency, type LocatedDependency, type PlannedDependency } from './dependencies.js';
import type { IndexVersions } from './resolve.js';
import { constraintMatcher, repositoryIndexUrl, sortedVersions } from './resolve.js';
import { isHelmVersion } from './version.js';

/** What planDependencies hands over when dependencies must be fetched and there is no lock. */
export interface UnlockedDependencies {
  /** `charts/app/Chart.yaml`, for messages. */
  chartFile: string;
  /** Every Chart.yaml dependency, in order (the lock and its digest cover them all). */
  requirements: LocatedDependency[];
  /** Those not vendored under charts/: the ones to resolve and fetch. */
  missing: LocatedDependency[];
  /** Vendored archives' versions by chart name (`charts/<name>-<version>.tgz`). */
  vendoredVersions: Record<string, string>;
  /** The http(s) repositories whose `index.yaml` the resolution needs, each once. */
  repositories: string[];
  /** The `file://` repositories whose chart version the resolution needs. */
  folders: string[];
}

/** The data resolution reads: each repository's index, each folder's chart version. */
export interface ResolveSources {
  /** The loaded `index.yaml` of an http(s) repository named in `repositories`. */
  index(repository: string): IndexVersions;
  /** The version in `<folder>/Chart.yaml` of a `file://` repository named in `folders`. */
  folderVersion(repository: string): string;
}

/** One dependency's resolution, for the log and the summary. */
export interface Resolution {
  name: string;
  constraint: string;
  version: string;
  repository: string;
  line: number;
}

export interface GeneratedLock {
  /** The locked entries as Helm's resolver writes them (name, repository, version). */
  dependencies: HelmDependency[];
  /** `HashReq(Chart.yaml's dependencies, dependencies)`. */
  digest: string;
  /** The non-vendored dependencies at their resolved versions, planned as a lock plans them. */
  fetch: PlannedDependency[];
  resolutions: Resolution[];
}

const kindOf = (repository: string): PlannedDependency['kind'] | undefined =>
  repository.startsWith('oci://') ? 'oci' : repository.startsWith('file://') ? 'file' : /^https?:\/\//.test(repository) ? 'http' : undefined;

const label = (d: HelmDependency): string => `'${d.name}' (${d.version ? d.version : 'no version'})`;
const LOCK_FIX = "or run 'helm dependency update' and commit Chart.lock";

/**
 * What can be refused before any request: a dependency to fetch whose repository is an alias
 * (`@name`, `alias:name`: they name the user's repositories.yaml), not http(s), oci or file; a
 * version constraint Masterminds would not parse; an `oci://` range (needs the registry's tags).
 */
export function checkUnlocked(missing: readonly LocatedDependency[], chartFile: string): void {
  for (const d of missing) {
    const kind = kindOf(d.repository);
    if (d.repository.startsWith('@') || d.repository.startsWith('alias:')) {
      throw new FileError(chartFile, `dependency ${label(d)} names the repository ${JSON.stringify(d.repository)}, an entry of a local repositories.yaml this workflow does not have: write the repository's URL, ${LOCK_FIX}`, d.line);
    }
    if (!kind) {
      throw new FileError(chartFile, `dependency ${label(d)} has repository ${JSON.stringify(d.repository)}: expected an https:// Helm repository, an oci:// registry or a file:// chart folder (or vendor it under charts/)`, d.line);
    }
    const version = d.version ?? '';
    if (kind === 'oci') {
      if (isHelmVersion(version)) continue;
      throw new FileError(
        chartFile,
        `dependency ${label(d)} is a version range in the OCI registry ${d.repository}, and there is no Chart.lock: resolving it needs the registry's tag list, which is not supported yet; run 'helm dependency update' and commit Chart.lock, or pin an exact version`,
        d.line,
      );
    }
    if (kind === 'http' && !constraintMatcher(version)) {
      throw new FileError(chartFile, `dependency ${label(d)}: ${version ? `'${version}' is not a version constraint Helm can parse` : 'a dependency from a Helm repository needs a version or a range'} (e.g. 1.2.3, ~1.2.0, 1.2.*, ">= 1.2.0, < 2.0.0")`, d.line);
    }
  }
}

interface Missing {
  d: LocatedDependency;
  why: string;
}

/** An http(s) dependency: the newest listed version the constraint admits. */
function fromIndex(d: LocatedDependency, index: IndexVersions): string | Missing {
  const versions = index.charts.find((c) => c.name === d.name)?.versions;
  const where = repositoryIndexUrl(d.repository);
  if (!versions || versions.length === 0) return { d, why: `${where} lists no chart '${d.name}'` };
  const admits = constraintMatcher(d.version ?? '')!;
  const usable = sortedVersions(versions).filter((v) => v.urls.length > 0 && isHelmVersion(v.version));
  const hit = usable.find((v) => admits(v.version));
  if (hit) return hit.version;
  const listed = usable.map((v) => v.version);
  return { d, why: `no version in ${where} satisfies it (it lists ${listed.length ? `${listed.slice(0, 10).join(', ')}${listed.length > 10 ? `, … ${listed.length} in all` : ''}` : 'no version with a URL'})` };
}

/** A `file://` dependency: the folder's chart, when the constraint admits its version. */
function fromFolder(d: LocatedDependency, version: string): string | Missing {
  if (!d.version) return version;
  const admits = constraintMatcher(d.version);
  if (admits?.(version)) return version;
  return { d, why: `the chart in ${d.repository} is at version ${version}${admits ? '' : `, and '${d.version}' is not a constraint Helm can parse`}` };
}

/** The version to lock one dependency to, or why there is none. */
function lockOne(d: LocatedDependency, u: UnlockedDependencies, sources: ResolveSources): string | Missing {
  if (!u.missing.includes(d)) return u.vendoredVersions[d.name] ?? d.version ?? '';
  const kind = kindOf(d.repository);
  if (kind === 'http') return fromIndex(d, sources.index(d.repository));
  if (kind === 'file') return fromFolder(d, sources.folderVersion(d.repository));
  return d.version!;
}

/**
 * The lock Helm's `Update` would write for these dependencies, and what to fetch. Throws one
 * `FileError` naming every dependency no version satisfies (its Chart.yaml line, constraint,
 * repository and the versions there are) and the fix.
 */
export function resolveLock(u: UnlockedDependencies, sources: ResolveSources): GeneratedLock {
  const dependencies: HelmDependency[] = [];
  const missing: Missing[] = [];
  for (const d of u.requirements) {
    const got = lockOne(d, u, sources);
    if (typeof got === 'string') dependencies.push({ name: d.name, repository: d.repository, ...(got ? { version: got } : {}) });
    else missing.push(got);
  }
  if (missing.length > 0) {
    const list = missing.map((m) => `${label(m.d)} at line ${m.d.line}: ${m.why}`).join('; ');
    throw new FileError(
      u.chartFile,
      `no version satisfies ${missing.length === 1 ? 'a dependency' : `${missing.length} dependencies`} and there is no Chart.lock: ${list}. Change the version constraint in Chart.yaml, publish a matching version to the repository, ${LOCK_FIX}`,
      missing[0]!.d.line,
    );
  }
  const resolutions: Resolution[] = [];
  const fetch: PlannedDependency[] = [];
  u.requirements.forEach((d, i) => {
    if (!u.missing.includes(d)) return;
    const version = dependencies[i]!.version!;
    resolutions.push({ name: d.name, constraint: d.version ?? '', version, repository: d.repository, line: d.line });
    const path = `charts/${d.name}-${version}.tgz`;
    // two aliases of one chart at one version are one archive (Helm: "Already downloaded")
    if (fetch.some((f) => f.path === path && f.repository === d.repository)) return;
    fetch.push({ name: d.name, version, repository: d.repository, kind: kindOf(d.repository)!, path, where: `${u.chartFile}:${d.line}` });
  });
  return { dependencies, digest: hashRequirements(u.requirements, dependencies), fetch, resolutions };
}

/** The instant written as the generated lock's `generated`: every package member's mtime. */
export const GENERATED_LOCK_TIME = '1970-01-01T00:00:00Z';

/**
 * The Chart.lock `helm dependency build` leaves in the chart folder (so in the package) when
 * there was none. Helm writes `generated: <now>`; here it is the epoch, the time every member
 * of the package carries (`SOURCE_DATE_EPOCH=0`), so the package stays a function of the chart
 * and the resolved versions: a re-run, even from a later commit, gives the same bytes.
 */
export function generatedLockValue(lock: Pick<GeneratedLock, 'dependencies' | 'digest'>): { dependencies: HelmDependency[]; digest: string; generated: string } {
  return { dependencies: lock.dependencies, digest: lock.digest, generated: GENERATED_LOCK_TIME };
}
