import { ActionError } from '../runner/errors.js';
import { type OciClientOptions, OciClient } from './client.js';
import { type Digest, sha256Digest } from './digest.js';
import { HELM_CHART_LAYER, HELM_CONFIG, OCI_MANIFEST } from './media-types.js';
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

/** Chart.yaml fields in the order Helm's `chart.Metadata` marshals them (empty ones are omitted). */
const METADATA_FIELDS = [
  'name', 'home', 'sources', 'version', 'description', 'keywords', 'maintainers', 'icon', 'apiVersion',
  'condition', 'tags', 'appVersion', 'deprecated', 'annotations', 'kubeVersion', 'dependencies', 'type',
] as const;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** The config blob: Chart.yaml metadata as JSON, as Helm 3.8+ pushes it. Deterministic for equal input. */
export function helmConfigJson(meta: Record<string, unknown>): Uint8Array {
  const ordered: Record<string, unknown> = {};
  for (const field of METADATA_FIELDS) {
    if (!isEmpty(meta[field])) ordered[field] = meta[field];
  }
  return new Uint8Array(Buffer.from(JSON.stringify(ordered), 'utf8'));
}

function annotations(meta: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
  const description = text(meta.description);
  if (description) out['org.opencontainers.image.description'] = description;
  out['org.opencontainers.image.title'] = String(meta.name);
  const home = text(meta.home);
  if (home) out['org.opencontainers.image.url'] = home;
  const source = Array.isArray(meta.sources) ? text(meta.sources[0]) : undefined;
  if (source) out['org.opencontainers.image.source'] = source;
  out['org.opencontainers.image.version'] = String(meta.version);
  return out;
}

/**
 * The config and manifest Helm 3.8+ would push for the chart; the manifest carries no creation
 * time, so the same chart always gives the same digest.
 */
export function buildHelmChartArtifact(meta: Record<string, unknown>, tgzBytes: Uint8Array): HelmChartArtifact {
  const config = helmConfigJson(meta);
  const manifestJson = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: HELM_CONFIG, digest: sha256Digest(config), size: config.byteLength },
    layers: [{ mediaType: HELM_CHART_LAYER, digest: sha256Digest(tgzBytes), size: tgzBytes.byteLength }],
    annotations: annotations(meta),
  };
  const manifest = new Uint8Array(Buffer.from(JSON.stringify(manifestJson), 'utf8'));
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
  const tag = validateTag(input.version.replaceAll('+', '_'));
  const artifact = buildHelmChartArtifact(input.chartYamlMeta, input.tgzBytes);
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
