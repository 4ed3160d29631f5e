import { ActionError } from '../runner/errors.js';
import { indexVersionProblem } from './index-model.js';
import type { ChartMetadata } from './metadata.js';
import { emitSequenceItem, type YamlValue } from './goyaml.js';

/** What goes into the repository index for one packaged chart version. */
export interface IndexEntry {
  /** The chart's Chart.yaml metadata (from `loadChart`). */
  metadata: ChartMetadata;
  /** Where the package can be downloaded, usually one URL (see `chartUrl`). */
  urls: string[];
  /** sha256 of the `.tgz`, 64 lowercase hex digits (no `sha256:` prefix, as Helm writes it). */
  digest: string;
  /** RFC 3339 time of publication; default: the merge's `now`. */
  created?: string;
}

export const SHA256_HEX = /^[a-f0-9]{64}$/;

/**
 * A point in time with nanoseconds: a `Date` (millisecond precision) or a bigint count of
 * nanoseconds since the Unix epoch.
 */
export type Instant = Date | bigint;

/** Now, with the sub-millisecond precision the platform clock gives. */
export function nowInstant(): bigint {
  const ms = performance.timeOrigin + performance.now();
  return BigInt(Math.round(ms * 1000)) * 1000n;
}

function epochNanos(t: Instant): bigint {
  if (typeof t === 'bigint') return t;
  const ms = t.getTime();
  if (Number.isNaN(ms)) throw new ActionError('invalid date');
  return BigInt(ms) * 1_000_000n;
}

/**
 * RFC 3339 in UTC with nanoseconds, as Go's `time.RFC3339Nano` writes it (Helm's `created`
 * and `generated`): trailing zeros of the fraction are dropped, and so is an all-zero fraction.
 * `2024-01-02T03:04:05.123456789Z`, `2024-01-02T03:04:05.1Z`, `2024-01-02T03:04:05Z`.
 */
export function rfc3339Nano(t: Instant): string {
  const ns = epochNanos(t);
  let seconds = ns / 1_000_000_000n;
  let frac = ns % 1_000_000_000n;
  if (frac < 0n) {
    frac += 1_000_000_000n;
    seconds -= 1n;
  }
  const base = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const digits = frac.toString().padStart(9, '0').replace(/0+$/, '');
  return `${base}${digits ? `.${digits}` : ''}Z`;
}

/** Helm's urlutil.URLJoin: the file name appended to the base URL's path. */
export function chartUrl(baseUrl: string, filename: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return `${baseUrl.replace(/\/+$/, '')}/${filename}`;
  }
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${filename}`;
  return url.toString();
}

/** Problems with an entry about to be added, or an empty list. */
export function entryProblems(entry: IndexEntry): string[] {
  const problems: string[] = [];
  const md = entry.metadata;
  if (!md.name) problems.push('the chart has no name');
  // As in the index Helm reads: a leading `v` is kept as written (llm-d-infra publishes v1.4.0).
  const vp = indexVersionProblem(md.version ?? '');
  if (vp) problems.push(`chart version ${vp}`);
  if (!SHA256_HEX.test(entry.digest)) problems.push(`digest '${entry.digest}' is not a sha256 hex digest (64 lowercase hex digits)`);
  if (entry.urls.length === 0) problems.push('the entry has no urls');
  for (const u of entry.urls) if (!u || /[\s]/.test(u)) problems.push(`url ${JSON.stringify(u)} is empty or contains whitespace`);
  return problems;
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function str(s: string | undefined): string | undefined {
  return s === undefined || s === '' ? undefined : s;
}

/**
 * The entry as Helm's `repo.ChartVersion` marshals it: every Chart.yaml metadata field that is
 * not empty (omitempty), then `urls`, `created` and `digest`. Keys are sorted by the emitter.
 */
export function indexEntryValue(entry: IndexEntry, created: string): YamlValue {
  const md = entry.metadata;
  const value: Record<string, YamlValue | undefined> = {
    name: str(md.name),
    home: str(md.home),
    sources: nonEmpty(md.sources),
    version: str(md.version),
    description: str(md.description),
    keywords: nonEmpty(md.keywords),
    maintainers: nonEmpty(md.maintainers)?.map((m) => ({ name: str(m.name), email: str(m.email), url: str(m.url) })),
    icon: str(md.icon),
    apiVersion: str(md.apiVersion) ?? 'v1',
    condition: str(md.condition),
    tags: str(md.tags),
    appVersion: str(md.appVersion),
    deprecated: md.deprecated ? true : undefined,
    annotations: md.annotations && Object.keys(md.annotations).length > 0 ? { ...md.annotations } : undefined,
    kubeVersion: str(md.kubeVersion),
    dependencies: nonEmpty(md.dependencies)?.map((d) => ({
      name: d.name,
      version: str(d.version),
      repository: d.repository ?? '',
      condition: str(d.condition),
      tags: nonEmpty(d.tags),
      enabled: d.enabled ? true : undefined,
      'import-values': nonEmpty(d['import-values']),
      alias: str(d.alias),
      'depends-on': nonEmpty(d['depends-on']),
    })),
    type: str(md.type),
    urls: [...entry.urls],
    created: entry.created ?? created,
    digest: entry.digest,
  };
  return value;
}

/** The entry's lines as a sequence item with its dash at `dashIndent` (a trailing newline included). */
export function renderEntry(entry: IndexEntry, created: string, dashIndent: number): string {
  return emitSequenceItem(indexEntryValue(entry, created), dashIndent);
}
