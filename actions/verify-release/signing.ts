/**
 * What the signature checks share: the trust material (loaded once a run), the identity the
 * release must be signed by, the attestations GitHub holds for a digest, and the published
 * chart package's digest as the Helm repository serves it.
 */
import type { TrustMaterial } from '@sigstore/verify';
import { ActionError } from '../lib/runner/errors.js';
import type { ExpectedIdentity } from '../lib/signing/identity.js';
import type { Proof, ProofRequest } from '../lib/signing/attestations.js';
import type { ChartPackage, CheckContext, CheckResult } from './types.js';

let trust: Promise<TrustMaterial> | undefined;

/** The trusted root of `trusted-root`, else Sigstore's public-good root through TUF; once a run. */
export function trustOf(ctx: CheckContext): Promise<TrustMaterial> {
  trust ??= import('../lib/signing/trust.js').then(async ({ loadTrustedRoot, trustMaterial }) => {
    const root = await loadTrustedRoot({ ...(ctx.inputs.trustedRoot ? { path: ctx.inputs.trustedRoot } : {}), ...(ctx.run.runnerTemp ? { cachePath: `${ctx.run.runnerTemp}/sigstore-tuf` } : {}) });
    return trustMaterial(root);
  });
  return trust;
}

export async function expectedOf(ctx: CheckContext): Promise<ExpectedIdentity> {
  const { expectedIdentity } = await import('../lib/signing/identity.js');
  return expectedIdentity({ serverUrl: ctx.run.serverUrl, repository: ctx.run.repository, tag: ctx.tag, ...(ctx.inputs.signerWorkflow ? { signerWorkflow: ctx.inputs.signerWorkflow } : {}) });
}

/** The attestations of `digest` proven against the request; `predicate` is GitHub's filter (`provenance`, `sbom`). */
export async function proveDigest(ctx: CheckContext, req: Omit<ProofRequest, 'expected'>, predicate?: string): Promise<Proof> {
  const client = await ctx.github();
  if (!client) throw new ActionError('needs a token (input token, with attestations: read) to read the attestations');
  const [{ listAttestations, prove }, material, expected] = await Promise.all([import('../lib/signing/attestations.js'), trustOf(ctx), expectedOf(ctx)]);
  const stored = await listAttestations(client, { owner: ctx.run.owner, repo: ctx.run.repo }, req.digest, predicate);
  return prove(stored, material, { ...req, expected });
}

/** Who the user's own verification commands name. */
export function signerOf(ctx: CheckContext): { repository: string; tag: string; signerWorkflow: string } {
  return { repository: ctx.run.repository, tag: ctx.tag, signerWorkflow: ctx.inputs.signerWorkflow || `${ctx.run.repository}/.github/workflows/release.yaml` };
}

/** Several proofs as one check result: failed when any failed, the failures first. */
export function combine(proofs: readonly Proof[]): CheckResult {
  const bad = proofs.filter((p) => !p.ok);
  if (bad.length > 0) return { status: 'failed', detail: [...bad, ...proofs.filter((p) => p.ok)].map((p) => p.detail).join('; ') };
  return { status: 'passed', detail: proofs.map((p) => p.detail).join('; ') };
}

/** `sha256:…` of `image:vX.Y.Z` in its registry, for each configured image. */
export async function imageDigests(ctx: CheckContext): Promise<Array<{ image: string; digest: string }>> {
  const [{ parseReference }, { registryClients, releaseImages }] = await Promise.all([import('../lib/oci/reference.js'), import('./registry.js')]);
  const images = releaseImages(ctx);
  const clients = registryClients(ctx);
  const out: Array<{ image: string; digest: string }> = [];
  for (const image of images) {
    const ref = parseReference(image);
    const client = await clients.get(ref.registry);
    const digest = await client.resolve(ref.repository, `v${ctx.version}`);
    if (!digest) throw new ActionError(`${ref.registry}/${ref.repository}:v${ctx.version} not found: nothing to check the signature of`);
    out.push({ image: `${ref.registry}/${ref.repository}`, digest });
  }
  return out;
}

/**
 * The chart package's `sha256:…` as the Helm repository's index.yaml lists it: the one helm-repo
 * verified in this run, else index.yaml read once for every check that asks (read again by the
 * next check after a failure).
 */
export function chartPackageDigest(ctx: CheckContext): Promise<ChartPackage> {
  const read = (ctx.published.chartPackage ??= readChartPackage(ctx));
  read.catch(() => {
    if (ctx.published.chartPackage === read) delete ctx.published.chartPackage;
  });
  return read;
}

async function readChartPackage(ctx: CheckContext): Promise<ChartPackage> {
  const chart = await ctx.chart();
  const repoUrl = (ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl).replace(/\/+$/, '');
  const helm = await import('../lib/helm/index.js');
  const indexUrl = helm.repositoryIndexUrl(`${repoUrl}/`);
  const response = await fetch(indexUrl, { headers: { 'cache-control': 'no-cache' } }).catch((err: Error) => {
    throw new ActionError(`GET ${indexUrl}: ${err.message}`);
  });
  if (!response.ok) throw new ActionError(`GET ${indexUrl}: HTTP ${response.status}`);
  const index = helm.readIndex(new Uint8Array(await response.arrayBuffer()), indexUrl);
  const entry = helm.resolveChart(index, chart.name, ctx.version);
  if (!entry || !entry.digest || entry.version.replace(/^v/, '') !== ctx.version) throw new ActionError(`${indexUrl} does not list ${chart.name} ${ctx.version} with a digest`);
  const chartUrl = helm.resolveReferenceUrl(`${repoUrl}/`, entry.urls[0] ?? '');
  return { url: indexUrl, digest: `sha256:${entry.digest}`, name: chart.name, chartUrl };
}
