/**
 * chart-signature: the chart package the Helm repository serves (its index digest) and, when an
 * OCI registry is configured, the OCI chart's manifest digest each have a provenance
 * attestation that verifies and was signed by this repository's release workflow at this tag.
 */
import { ActionError } from '../../lib/runner/errors.js';
import { SLSA_PROVENANCE_V1 } from '../../lib/signing/statement.js';
import { chartPackageDigest, combine, proveDigest } from '../signing.js';
import type { CheckContext, CheckResult } from '../types.js';
import { chartTag } from './oci-chart.js';

const provenance = (s: { predicateType: string }): string | undefined => (s.predicateType.startsWith(SLSA_PROVENANCE_V1) ? undefined : `a ${s.predicateType} statement, expected SLSA provenance`);

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const pkg = await chartPackageDigest(ctx);
  const targets = [{ artifact: `chart ${pkg.chartUrl}`, digest: pkg.digest }];
  const location = ctx.inputs.ociRegistry || ctx.config.ociRegistry;
  if (location) {
    const chart = await ctx.chart();
    const [{ parseChartLocation }, { registryClients }] = await Promise.all([import('../../lib/oci/reference.js'), import('../registry.js')]);
    const { registry, repository } = parseChartLocation(location, chart.name);
    const tag = chartTag(chart.version, ctx.version);
    const digest = await (await registryClients(ctx).get(registry)).resolve(repository, tag);
    if (!digest) throw new ActionError(`oci://${registry}/${repository}:${tag} not found: nothing to check the signature of`);
    targets.push({ artifact: `chart oci://${registry}/${repository}:${tag}@${digest}`, digest });
  }
  return combine(await Promise.all(targets.map((t) => proveDigest(ctx, { ...t, wants: provenance }, 'provenance'))));
}
