/**
 * The sha256 of a GitHub release asset, which is how every write of an asset is keyed (an
 * asset of the same name and the same bytes is kept, other bytes are a conflict). GitHub
 * gives `digest: "sha256:…"` on every asset uploaded since mid-2025; for an older asset, or a
 * GitHub Enterprise Server without the field, the bytes are downloaded and hashed.
 */
import { createHash } from 'node:crypto';
import type { components } from '@octokit/openapi-types';
import { ActionError, RemoteError } from '../runner/errors.js';
import { statusOf, type GitHubClient } from './client.js';

export type ReleaseAsset = components['schemas']['release-asset'];

/** The hex sha256 of bytes, as an asset's `digest` carries it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The hex sha256 from an asset's `digest`, when GitHub gave one. */
export function digestSha256(asset: Pick<ReleaseAsset, 'digest'>): string | undefined {
  const digest = asset.digest ?? '';
  return /^sha256:[0-9a-f]{64}$/.test(digest) ? digest.slice('sha256:'.length) : undefined;
}

/** The asset's sha256: its `digest`, else its bytes downloaded and hashed. */
export async function releaseAssetSha256(client: GitHubClient, repo: { owner: string; repo: string }, asset: ReleaseAsset): Promise<string> {
  const known = digestSha256(asset);
  if (known) return known;
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
    return sha256Hex(Buffer.from(res.data as unknown as ArrayBuffer));
  } catch (err) {
    if (err instanceof ActionError) throw err;
    const status = statusOf(err);
    throw new RemoteError(`downloading release asset ${asset.name} to compare it failed${status ? ` (HTTP ${status})` : ''}: ${err instanceof Error ? err.message : String(err)}`, status, { cause: err });
  }
}
