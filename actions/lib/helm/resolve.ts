/**
 * Which chart version Helm picks from a repository index — `helm install NAME` without
 * `--version`, `helm install --version CONSTRAINT`, `helm dependency update` — as Helm's
 * `IndexFile.Get` (pkg/repo/v1/index.go) does after `loadIndex` sorted every chart's versions
 * newest first: an exact string match first, else the first (newest) version the constraint
 * admits; no constraint means `*`, which admits no prerelease. Entries are never skipped for
 * `deprecated: true`: Helm reads that flag only in `helm search` output, never to resolve.
 * Pure.
 */
import semver from 'semver';
import type { IndexSummary, IndexVersionSummary } from './index-file.js';

export type IndexVersions = Pick<IndexSummary, 'charts'>;

/** Helm's isVersionRange: does the string ask for a range rather than one version? */
export function isVersionRange(version: string): boolean {
  if (/[\^~<>=!*]/.test(version) || version.includes('||') || version.includes(' - ')) return true;
  const cut = version.search(/[-+]/);
  return /[xX]/.test(cut >= 0 ? version.slice(0, cut) : version);
}

interface Constraint {
  range: semver.Range;
  /** Per `||` group: does the constraint as written name a prerelease there? */
  pre: boolean[];
}

/** A version with a prerelease as written in a constraint (`1.2.3-rc.1`, `>=1.0.0-0`); not a `a - b` range. */
const WRITTEN_PRERELEASE = /(?:^|[\s,<>=~^!])v?\d+(?:\.(?:\d+|[xX*])){0,2}-[0-9A-Za-z]/;

/** Masterminds' constraint syntax in node-semver's: `,` joins comparators with AND. */
function toRange(constraint: string): Constraint | undefined {
  let range: semver.Range;
  try {
    range = new semver.Range(constraint.replaceAll(',', ' '), { loose: true });
  } catch {
    return undefined;
  }
  // node-semver writes its own `-0` upper bounds (`0.12.*` is `>=0.12.0 <0.13.0-0`), so whether
  // a group names a prerelease is read from the text, as Masterminds reads its own parse
  const groups = constraint.split('||');
  const pre = groups.length === range.set.length ? groups.map((g) => WRITTEN_PRERELEASE.test(g.trim())) : range.set.map((g) => g.some((c) => c.value !== '' && c.semver.prerelease.length > 0));
  return { range, pre };
}

/**
 * Masterminds semver v3's Check: a prerelease version passes only an AND group in which some
 * comparator names a prerelease (so `*`, `0.12.*` and `^1.2` never pick one, `>=1.0.0-0` may).
 */
function admits(constraint: Constraint, version: semver.SemVer): boolean {
  return constraint.range.set.some((group, i) => {
    if (version.prerelease.length > 0 && !constraint.pre[i]) return false;
    return group.every((c) => c.test(version));
  });
}

function parsed(version: string): semver.SemVer | undefined {
  return semver.parse(version.startsWith('v') ? version.slice(1) : version) ?? undefined;
}

/**
 * Masterminds' `NewConstraint(constraint).Check` as a predicate over version strings (a version
 * Masterminds cannot parse never matches); undefined when the constraint does not parse, as
 * Helm's "invalid version/constraint format". An empty constraint does not parse either.
 */
export function constraintMatcher(constraint: string): ((version: string) => boolean) | undefined {
  if (constraint.trim() === '') return undefined;
  const range = toRange(constraint);
  if (!range) return undefined;
  return (version) => {
    const sv = parsed(version);
    return sv !== undefined && admits(range, sv);
  };
}

/** A chart's versions in the order Helm's SortEntries leaves them: newest first, unparsable last. */
export function sortedVersions<T extends { version: string }>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => {
    const x = parsed(a.version);
    const y = parsed(b.version);
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return semver.rcompare(x, y);
  });
}

/**
 * The version of chart `name` Helm resolves for `constraint` (empty: the newest stable), or
 * undefined when Helm would answer "no chart version found" (or the chart is not listed).
 */
export function resolveChart(index: IndexVersions, name: string, constraint = ''): IndexVersionSummary | undefined {
  const chart = index.charts.find((c) => c.name === name);
  if (!chart || chart.versions.length === 0) return undefined;
  const versions = sortedVersions(chart.versions);
  if (constraint !== '') {
    const exact = versions.find((v) => v.version === constraint);
    if (exact) return exact;
  }
  const range = toRange(constraint === '' ? '*' : constraint);
  if (!range) return undefined;
  return versions.find((v) => {
    const sv = parsed(v.version);
    return sv !== undefined && admits(range, sv);
  });
}

/**
 * Helm's `ResolveReferenceURL`: an absolute URL as it is; a relative one against the repository
 * URL taken as a folder (a trailing `/` added), keeping the repository URL's query.
 */
export function resolveReferenceUrl(repoUrl: string, ref: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref)) return ref;
  const base = new URL(repoUrl);
  base.pathname = `${base.pathname.replace(/\/+$/, '')}/`;
  const query = base.search;
  const resolved = new URL(ref, base);
  resolved.search = query;
  return resolved.href;
}

/** `<repository URL>/index.yaml`, as Helm builds it (query kept). */
export function repositoryIndexUrl(repoUrl: string): string {
  const url = new URL(repoUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/index.yaml`;
  return url.href;
}
