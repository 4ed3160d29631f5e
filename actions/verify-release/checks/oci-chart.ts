/**
 * oci-chart: when an OCI registry is configured for the chart, its tag (the chart
 * version, `+` written `_` as Helm does) exists and is a Helm chart manifest. Polled.
 * The tag is the version as the chart writes it: `helm push` tags llm-d-infra's `v1.4.1` as
 * `v1.4.1`, and publish-helm keeps that `v`.
 */
import { HELM_CONFIG, OCI_MANIFEST } from '../../lib/oci/media-types.js';
import { poll, type Attempt } from '../poll.js';
import { registryClients, remoteVerdict } from '../registry.js';
import type { CheckContext, CheckResult } from '../types.js';

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const location = ctx.inputs.ociRegistry || ctx.config.ociRegistry;
  if (!location) return { status: 'skipped', detail: 'no OCI registry configured for the chart (input oci-registry, configuration key oci-registry)' };
  const chart = await ctx.chart();
  const { parseChartLocation } = await import('../../lib/oci/reference.js');
  const { registry, repository } = parseChartLocation(location, chart.name);
  const tag = chartTag(chart.version, ctx.version);
  const client = await registryClients(ctx).get(registry);
  const name = `oci://${registry}/${repository}:${tag}`;
  type Verdict = { ok: boolean; detail: string };
  const finish = (ok: boolean, detail: string): Attempt<Verdict> => ({ done: true, value: { ok, detail } });

  const outcome = await poll<Verdict>(
    () =>
      remoteVerdict(async () => {
        const manifest = await client.getManifest(repository, tag, [OCI_MANIFEST]);
        if (!manifest) return { done: false, missing: `${name} not found` };
        const configType = (manifest.json as { config?: { mediaType?: string } }).config?.mediaType;
        if (configType !== HELM_CONFIG) return finish(false, `${name} is not a Helm chart (config media type ${configType ?? 'missing'}, expected ${HELM_CONFIG})`);
        return finish(true, `${name} ${manifest.digest.slice(0, 19)}…`);
      }, (message) => finish(false, message)),
    { ...ctx.poll, onWait: (missing, wait) => ctx.log.info(`oci-chart: ${missing}; looking again in ${Math.round(wait)} ms`) },
  );
  if (!outcome.value) return { status: 'failed', detail: `still missing after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
  return { status: outcome.value.ok ? 'passed' : 'failed', detail: outcome.value.detail };
}

/** The OCI tag of the release's chart: Chart.yaml's version when it is the release's in another style (a `v`), else the release version. */
export function chartTag(chartVersion: string | undefined, version: string): string {
  const bare = (v: string): string => v.replace(/^v/, '');
  const written = chartVersion !== undefined && bare(chartVersion) === bare(version) ? chartVersion : version;
  return written.replaceAll('+', '_');
}
