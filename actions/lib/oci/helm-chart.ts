import { ActionError } from '../runner/errors.js';
import { ociTagOf } from '../helm/version.js';
import { type OciClientOptions, OciClient } from './client.js';
import { type Digest, sha256Digest } from './digest.js';
import { HELM_CHART_LAYER, HELM_CONFIG, OCI_MANIFEST } from './media-types.js';
import { goJson, goMap } from './go-json.js';
import { parseChartLocation, validateTag } from './reference.js';

export interface HelmChartPushInput {
  /** The Helm OCI location, `oci://ghcr.io/org/charts`; the chart goes to `<location>/<chartName>`. */
  registry: string;
  chartName: string;
  /** The chart version; the tag is this version with '+' written '_', as Helm does. */
  version: string;
  /** The packaged chart (`helm package` output). */
  tgzBytes: Uint8Array;
  /** Chart.yaml as parsed; becomes the config blob (Helm's chart metadata JSON). */
  chartYamlMeta: Record<string, unknown>;
  /** Replace a different manifest already under the tag; default false (a released version is immutable). */
  overwrite?: boolean;
  /** `org.opencontainers.image.created`; see HelmArtifactOptions. */
  created?: string;
}

export interface HelmChartPushResult {
  /** `ghcr.io/org/charts/<chart>:<version>` */
  ref: string;
  registry: string;
  repository: string;
  tag: string;
  digest: Digest;
  status: 'published' | 'unchanged';
  /** Blobs actually uploaded (0 when they existed already). */
  blobsUploaded: number;
}

export interface HelmChartArtifact {
  config: Uint8Array;
  manifest: Uint8Array;
  digest: Digest;
}

/** A JSON value whose nested plain objects are Go maps (import-values entries): keys sorted. */
function anyValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(anyValue);
  if (v && typeof v === 'object') return goMap(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, anyValue(x)])));
  return v;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown): unknown[] | undefined => (Array.isArray(v) && v.length > 0 ? v : undefined);

/** Helm's chart.Dependency in struct order: name and repository always, the rest omitempty. */
function dependencyJson(d: Record<string, unknown>): Record<string, unknown> {
  return {
    name: typeof d.name === 'string' ? d.name : '',
    version: text(d.version),
    repository: typeof d.repository === 'string' ? d.repository : '',
    condition: text(d.condition),
    tags: list(d.tags),
    enabled: d.enabled === true ? true : undefined,
    'import-values': list(d['import-values'])?.map(anyValue),
    alias: text(d.alias),
  };
}

/** Helm's chart.Metadata in struct field order (json tags, omitempty), what json.Marshal writes. */
export function metadataJson(meta: Record<string, unknown>): Record<string, unknown> {
  const maintainers = list(meta.maintainers)?.map((m) => {
    const o = (m ?? {}) as Record<string, unknown>;
    return { name: text(o.name), email: text(o.email), url: text(o.url) };
  });
  const annotations = meta.annotations && typeof meta.annotations === 'object' && Object.keys(meta.annotations).length > 0 ? goMap(meta.annotations as Record<string, string>) : undefined;
  return {
    name: text(meta.name),
    home: text(meta.home),
    sources: list(meta.sources),
    version: text(meta.version),
    description: text(meta.description),
    keywords: list(meta.keywords),
    maintainers,
    icon: text(meta.icon),
    apiVersion: text(meta.apiVersion),
    condition: text(meta.condition),
    tags: text(meta.tags),
    appVersion: text(meta.appVersion),
    deprecated: meta.deprecated === true ? true : undefined,
    annotations,
    kubeVersion: text(meta.kubeVersion),
    dependencies: list(meta.dependencies)?.map((d) => dependencyJson(d as Record<string, unknown>)),
    type: text(meta.type),
  };
}

/** The config blob: the chart's metadata as Helm's `json.Marshal(meta)` writes it. */
export function helmConfigJson(meta: Record<string, unknown>): Uint8Array {
  return new Uint8Array(Buffer.from(goJson(metadataJson(meta)), 'utf8'));
}

/** Helm's registry annotations a chart's own annotations may not replace. */
const IMMUTABLE = new Set(['org.opencontainers.image.version', 'org.opencontainers.image.title']);

/**
 * The manifest annotations Helm's registry code generates (generateOCIAnnotations): description,
 * title, version, url, created, first source, authors (`Name (email), ...`), then the chart's own
 * annotations, which may replace any but version and title. Blank values are left out.
 */
export function helmOciAnnotations(meta: Record<string, unknown>, created?: string): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (k: string, v: unknown): void => {
    if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  };
  add('org.opencontainers.image.description', meta.description);
  add('org.opencontainers.image.title', meta.name);
  add('org.opencontainers.image.version', meta.version);
  add('org.opencontainers.image.url', meta.home);
  add('org.opencontainers.image.created', created);
  if (Array.isArray(meta.sources) && meta.sources.length > 0) add('org.opencontainers.image.source', meta.sources[0]);
  const maintainers = Array.isArray(meta.maintainers) ? (meta.maintainers as Record<string, unknown>[]) : [];
  if (maintainers.length > 0) {
    const authors = maintainers.map((m) => `${text(m?.name) ?? ''}${text(m?.email) ? ` (${String(m.email)})` : ''}`).join(', ');
    add('org.opencontainers.image.authors', authors);
  }
  const own = meta.annotations && typeof meta.annotations === 'object' ? (meta.annotations as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(own)) if (!IMMUTABLE.has(k)) out[k] = String(v);
  return goMap(out);
}

export interface HelmArtifactOptions {
  /**
   * `org.opencontainers.image.created` (RFC 3339). `helm push` writes the time of the push; left
   * out by default so the same chart always gives the same manifest digest (a re-run is a no-op).
   */
  created?: string;
}

/**
 * The config and manifest `helm push` makes for the chart: the config is the chart metadata as
 * Go marshals it, the manifest `{schemaVersion, config, layers, annotations}` (no top-level
 * mediaType, as Helm's ocispec.Manifest leaves it empty) in Go's field order.
 */
export function buildHelmChartArtifact(meta: Record<string, unknown>, tgzBytes: Uint8Array, options: HelmArtifactOptions = {}): HelmChartArtifact {
  const config = helmConfigJson(meta);
  const manifestJson = {
    schemaVersion: 2,
    config: { mediaType: HELM_CONFIG, digest: sha256Digest(config), size: config.byteLength },
    layers: [{ mediaType: HELM_CHART_LAYER, digest: sha256Digest(tgzBytes), size: tgzBytes.byteLength }],
    annotations: helmOciAnnotations(meta, options.created),
  };
  const manifest = new Uint8Array(Buffer.from(goJson(manifestJson), 'utf8'));
  return { config, manifest, digest: sha256Digest(manifest) };
}

function checkInput(input: HelmChartPushInput): void {
  const { chartName, version, tgzBytes, chartYamlMeta } = input;
  if (chartYamlMeta.name !== chartName) {
    throw new ActionError(`chart '${chartName}': Chart.yaml names the chart '${String(chartYamlMeta.name)}'`);
  }
  if (chartYamlMeta.version !== version) {
    throw new ActionError(`chart '${chartName}': Chart.yaml has version '${String(chartYamlMeta.version)}', not ${version}`);
  }
  if (tgzBytes.byteLength < 2 || tgzBytes[0] !== 0x1f || tgzBytes[1] !== 0x8b) {
    throw new ActionError(`chart '${chartName}' ${version}: the package is not a gzip file (.tgz)`);
  }
}

/**
 * Pushes a packaged chart as Helm 3.8+ does (config, chart layer, OCI manifest tagged with the
 * version). Blobs the registry has already are not uploaded; a manifest already under the tag
 * with the same digest makes the push `unchanged` without uploading anything.
 */
export async function pushHelmChart(
  input: HelmChartPushInput,
  connection: Omit<OciClientOptions, 'registry'> = {},
): Promise<HelmChartPushResult> {
  const { registry, repository } = parseChartLocation(input.registry, input.chartName);
  checkInput(input);
  const tag = validateTag(ociTagOf(input.version));
  const artifact = buildHelmChartArtifact(input.chartYamlMeta, input.tgzBytes, input.created ? { created: input.created } : {});
  const client = new OciClient({ ...connection, registry });
  const result = { ref: `${registry}/${repository}:${tag}`, registry, repository, tag, digest: artifact.digest };

  const existing = await client.headManifest(repository, tag, [OCI_MANIFEST]);
  if (existing?.digest === artifact.digest) return { ...result, status: 'unchanged', blobsUploaded: 0 };
  if (existing && !input.overwrite) {
    throw new ActionError(
      `chart ${result.ref} exists already with digest ${existing.digest}, different from this package's ${artifact.digest}; ` +
        'a released chart version is not replaced (bump the chart version)',
    );
  }
  let blobsUploaded = 0;
  for (const blob of [artifact.config, input.tgzBytes]) {
    if ((await client.ensureBlob(repository, blob)).uploaded) blobsUploaded++;
  }
  await client.putManifest(repository, tag, OCI_MANIFEST, artifact.manifest);
  return { ...result, status: 'published', blobsUploaded };
}
