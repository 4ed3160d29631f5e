/**
 * The OCI side: the chart pushed as Helm 3.8+ does (Helm config, chart layer, tag = version),
 * through the foundation's client. Before anything is written anywhere the tag is looked up
 * (read only): a manifest of another digest under the tag fails the run while nothing has been
 * pushed to the pages branch, the release or the registry.
 */
import type { Credentials } from '../lib/oci/auth.js';
import { OciClient } from '../lib/oci/client.js';
import { buildHelmChartArtifact, pushHelmChart } from '../lib/oci/helm-chart.js';
import { OCI_MANIFEST } from '../lib/oci/media-types.js';
import { parseChartLocation, validateTag } from '../lib/oci/reference.js';
import { ociTagOf } from '../lib/helm/version.js';
import { ActionError } from '../lib/runner/errors.js';

export interface OciTarget {
  /** `oci://host/path` */
  location: string;
  chartName: string;
  version: string;
  bytes: Uint8Array;
  metadata: Record<string, unknown>;
  credentials?: Credentials;
}

export interface OciCheck {
  /** `host/path/chart:version` */
  ref: string;
  /** The manifest digest this package gets. */
  digest: string;
  /** `same`: the tag holds this very manifest already. */
  existing: 'absent' | 'same';
}

function connection(t: OciTarget): { credentials?: Credentials } {
  return t.credentials ? { credentials: t.credentials } : {};
}

/** Looks the tag up; throws when it holds another manifest. Reads only. */
export async function checkOci(t: OciTarget): Promise<OciCheck> {
  const { registry, repository } = parseChartLocation(t.location, t.chartName);
  const tag = validateTag(ociTagOf(t.version));
  const artifact = buildHelmChartArtifact(t.metadata, t.bytes);
  const ref = `${registry}/${repository}:${tag}`;
  const client = new OciClient({ registry, ...connection(t) });
  const head = await client.headManifest(repository, tag, [OCI_MANIFEST]);
  if (head && head.digest !== artifact.digest) {
    throw new ActionError(
      `chart ${ref} exists already with manifest digest ${head.digest}; this package gives ${artifact.digest}. ` +
        'A published chart version is never replaced: bump the chart version. Nothing was written.',
    );
  }
  return { ref, digest: artifact.digest, existing: head ? 'same' : 'absent' };
}

/** Pushes the chart (blobs the registry has are not uploaded again). */
export async function pushOci(t: OciTarget): Promise<{ ref: string; digest: string; status: 'published' | 'unchanged' }> {
  const r = await pushHelmChart({ registry: t.location, chartName: t.chartName, version: t.version, tgzBytes: t.bytes, chartYamlMeta: t.metadata }, connection(t));
  return { ref: r.ref, digest: r.digest, status: r.status };
}
