/**
 * chart-signature: the chart package the Helm repository serves (its index digest) has a
 * provenance attestation that verifies and was signed by this repository's release workflow at
 * this tag. When an OCI registry is configured, the OCI chart carries that very package: its
 * chart layer's digest is the signed package's (Helm pushes the .tgz as the layer, byte for byte).
 */
import { HELM_CHART_LAYER, OCI_MANIFEST } from '../../lib/oci/media-types.js';
import { ActionError } from '../../lib/runner/errors.js';
import { SLSA_PROVENANCE_V1 } from '../../lib/signing/statement.js';
import { chartCommands, commandBlock } from '../../lib/signing/commands.js';
import { chartPackageDigest, combine, proveDigest, signerOf } from '../signing.js';
import type { CheckContext, CheckResult } from '../types.js';
import { chartTag } from './oci-chart.js';

const provenance = (s: { predicateType: string }): string | undefined => (s.predicateType.startsWith(SLSA_PROVENANCE_V1) ? undefined : `a ${s.predicateType} statement, expected SLSA provenance`);

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const pkg = await chartPackageDigest(ctx);
  const targets = [{ artifact: `chart ${pkg.chartUrl}`, digest: pkg.digest }];
  let oci: { ociName: string; version: string } | undefined;
  const location = ctx.inputs.ociRegistry || ctx.config.ociRegistry;
  let layer: { ok: boolean; detail: string } | undefined;
  if (location) {
    const chart = await ctx.chart();
    const [{ parseChartLocation }, { registryClients }] = await Promise.all([import('../../lib/oci/reference.js'), import('../registry.js')]);
    const { registry, repository } = parseChartLocation(location, chart.name);
    const tag = chartTag(chart.version, ctx.version);
    const manifest = await (await registryClients(ctx).get(registry)).getManifest(repository, tag, [OCI_MANIFEST]);
    if (!manifest) throw new ActionError(`oci://${registry}/${repository}:${tag} not found: nothing to check the signature of`);
    const layers = ((manifest.json as { layers?: Array<{ mediaType?: string; digest?: string }> }).layers ?? []).filter((l) => l.mediaType === HELM_CHART_LAYER);
    const name = `chart oci://${registry}/${repository}:${tag}@${manifest.digest}`;
    layer = layers.some((l) => l.digest === pkg.digest)
      ? { ok: true, detail: `${name}: its chart layer is the signed package ${pkg.digest.slice(0, 19)}…` }
      : { ok: false, detail: `${name}: its chart layer is ${layers.map((l) => l.digest).join(', ') || 'missing'}, not the signed package ${pkg.digest} the Helm repository serves` };
    oci = { ociName: `${registry}/${repository}`, version: tag.replaceAll('_', '+') };
  }
  const result = combine([...(await Promise.all(targets.map((t) => proveDigest(ctx, { ...t, wants: provenance }, 'provenance')))), ...(layer ? [layer] : [])]);
  const packageFile = decodeURIComponent(new URL(pkg.chartUrl).pathname.split('/').pop() ?? '');
  return { ...result, summary: commandBlock('Check the chart yourself', chartCommands(signerOf(ctx), { packageFile, packageUrl: pkg.chartUrl, ...oci })) };
}
