/**
 * checksums: the release's `SHA256SUMS` lists every asset (signature material aside) with the
 * sha256 the asset has now, lists no file the release lacks, and is itself signed: an
 * attestation of its digest that verifies and names this repository's release workflow at
 * this tag. Read only.
 */
import { createHash } from 'node:crypto';
import { releaseAssetSha256, type ReleaseAsset } from '../../lib/github/asset-hash.js';
import type { GitHubClient } from '../../lib/github/client.js';
import { ActionError } from '../../lib/runner/errors.js';
import { compareSums, parseSha256Sums } from '../../lib/signing/checksums.js';
import { checksumCommands, commandBlock } from '../../lib/signing/commands.js';
import { proveDigest, signerOf } from '../signing.js';
import type { CheckContext, CheckResult } from '../types.js';

export const SUMS = 'SHA256SUMS';
/** Signature material is about the sums, so it is not in them. */
const UNSUMMED = /(^SHA256SUMS$|\.intoto\.jsonl$|\.sigstore(\.json)?$|\.sig$|\.pem$|\.bundle$)/;

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const client = await ctx.github();
  if (!client) return { status: 'failed', detail: 'needs a token (input token) to read the release' };
  const repo = { owner: ctx.run.owner, repo: ctx.run.repo };
  const release = await client.rest.repos.getReleaseByTag({ ...repo, tag: ctx.tag }).catch((err: { status?: number; message?: string }) => {
    throw new ActionError(`release ${ctx.tag}: ${err.status === 404 ? 'not found' : (err.message ?? String(err))}`);
  });
  const assets = release.data.assets as ReleaseAsset[];
  const sumsAsset = assets.find((a) => a.name === SUMS);
  if (!sumsAsset) return { status: 'failed', detail: `release ${ctx.tag} carries no ${SUMS} (assets: ${assets.map((a) => a.name).join(', ') || 'none'})` };
  const sumsBytes = await download(client, repo, sumsAsset);
  const hashes = new Map<string, string>();
  for (const a of assets) hashes.set(a.name, await releaseAssetSha256(client, repo, a));
  const exempt = new Set(assets.map((a) => a.name).filter((n) => UNSUMMED.test(n)));
  const comparison = compareSums(parseSha256Sums(sumsBytes.toString('utf8')), hashes, exempt);
  const digest = `sha256:${createHash('sha256').update(sumsBytes).digest('hex')}`;
  const proof = await proveDigest(ctx, { artifact: `${SUMS} of release ${ctx.tag}`, digest, wants: () => undefined });
  const problems = [...comparison.problems, ...(proof.ok ? [] : [proof.detail])];
  const summary = commandBlock('Check the release assets yourself', checksumCommands(signerOf(ctx)));
  if (problems.length > 0) return { status: 'failed', detail: problems.join('; '), summary };
  return { status: 'passed', summary, detail: `${comparison.matched.length} asset(s) match ${SUMS} (${comparison.matched.join(', ')}); ${proof.detail}` };
}

async function download(client: GitHubClient, repo: { owner: string; repo: string }, asset: ReleaseAsset): Promise<Buffer> {
  const res = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
  return Buffer.from(res.data as unknown as ArrayBuffer);
}
