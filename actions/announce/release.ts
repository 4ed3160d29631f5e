/**
 * The GitHub release, re-run safe.
 *
 * - Find, create (a lost answer never doubled), concurrent runs for one tag: lib/github/releases.ts,
 *   shared with publish-helm.
 * - Assets: uploaded to the draft before it is published; an asset of the same name and
 *   sha256 is kept, a different one fails the run (before anything is uploaded) unless
 *   `replace-assets`. An upload answered with 422 after a retry is checked by digest.
 * - Publish: one PATCH with the notes, prerelease and make_latest — so a published release is
 *   never half-populated, and repositories with immutable releases work.
 */
import { readFile } from 'node:fs/promises';
import { releaseAssetSha256 } from '../lib/github/asset-hash.js';
import type { GitHubClient } from '../lib/github/client.js';
import { statusOf } from '../lib/github/client.js';
import type { Log } from '../lib/runner/core.js';
import { ActionError } from '../lib/runner/errors.js';
import type { LocalAsset } from './assets.js';
import { remoteError, type Release, type ReleaseAsset, type RepoRef } from '../lib/github/releases.js';

// the release itself is found and created by lib/github/releases.ts, shared with publish-helm
export { findOrCreateDraft, getRelease, latestRelease, listReleases, pickRelease, remoteError, settleCreateRace, updateRelease } from '../lib/github/releases.js';
export type { DraftSpec, FoundHow, Release, ReleaseAsset, ReleasePatch, RepoRef } from '../lib/github/releases.js';

/** GitHub keeps only these characters in asset names; the others become dots. */
export function assetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/^\.+|\.+$/g, '');
}

export interface AssetResult {
  name: string;
  size: number;
  sha256: string;
  status: 'uploaded' | 'kept' | 'replaced' | 'dry-run';
}


function contentType(name: string): string {
  if (/\.(tgz|tar\.gz|gz)$/.test(name)) return 'application/gzip';
  if (/\.(json)$/.test(name)) return 'application/json';
  if (/\.(jsonl|intoto\.jsonl)$/.test(name)) return 'application/jsonl';
  if (/\.(txt|sha256|sha512|sum|asc|sig|pem)$/.test(name) || /checksums/i.test(name)) return 'text/plain';
  if (/\.(ya?ml)$/.test(name)) return 'application/yaml';
  if (/\.zip$/.test(name)) return 'application/zip';
  return 'application/octet-stream';
}

/**
 * Brings the release's assets in line with `local`. Every conflict is found before
 * anything is uploaded, so a refused run leaves the release as it was.
 */
export async function syncAssets(
  client: GitHubClient,
  repo: RepoRef,
  release: Release,
  local: readonly LocalAsset[],
  opts: { replace: boolean; dryRun: boolean; log: Log },
): Promise<AssetResult[]> {
  const remote = new Map(release.assets.map((a) => [a.name, a]));
  const plan: Array<{ asset: LocalAsset; existing?: ReleaseAsset; action: 'upload' | 'keep' | 'replace' }> = [];
  const conflicts: string[] = [];
  for (const asset of local) {
    const existing = remote.get(assetName(asset.name));
    if (!existing) {
      plan.push({ asset, action: 'upload' });
      continue;
    }
    const sha = await releaseAssetSha256(client, repo, existing);
    if (sha === asset.sha256) plan.push({ asset, existing, action: 'keep' });
    else if (opts.replace) plan.push({ asset, existing, action: 'replace' });
    else conflicts.push(`${existing.name} (release has sha256 ${sha.slice(0, 12)}…, ${asset.rel} has ${asset.sha256.slice(0, 12)}…)`);
  }
  if (conflicts.length > 0) {
    throw new ActionError(
      `release ${release.tag_name} already has ${conflicts.length === 1 ? 'an asset' : 'assets'} of the same name with different content: ${conflicts.join('; ')}. ` +
        'Nothing was uploaded. Set replace-assets: true to replace them, or check why the build produced different bytes.',
    );
  }

  const results: AssetResult[] = [];
  for (const { asset, existing, action } of plan) {
    const base = { name: assetName(asset.name), size: asset.size, sha256: asset.sha256 };
    if (action === 'keep') {
      opts.log.info(`asset ${base.name}: already on the release with the same sha256, kept`);
      results.push({ ...base, status: 'kept' });
      continue;
    }
    if (opts.dryRun) {
      results.push({ ...base, status: 'dry-run' });
      continue;
    }
    if (action === 'replace' && existing) {
      try {
        await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: existing.id });
      } catch (err) {
        if (statusOf(err) !== 404) throw remoteError(`deleting the old asset ${existing.name}`, err);
      }
    }
    await upload(client, repo, release, asset);
    opts.log.info(`asset ${base.name}: ${action === 'replace' ? 'replaced' : 'uploaded'} (${asset.size} bytes, sha256 ${asset.sha256})`);
    results.push({ ...base, status: action === 'replace' ? 'replaced' : 'uploaded' });
  }
  return results;
}

async function upload(client: GitHubClient, repo: RepoRef, release: Release, asset: LocalAsset): Promise<void> {
  const data = await readFile(asset.path);
  try {
    await client.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      url: release.upload_url,
      name: asset.name,
      data: data as unknown as string,
      headers: { 'content-type': contentType(asset.name), 'content-length': data.length },
    });
  } catch (err) {
    // A retried upload whose first attempt was applied: the asset is there; keep it if it is ours.
    if (statusOf(err) === 422) {
      const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 }).catch(() => []);
      const there = assets.find((a) => a.name === assetName(asset.name));
      if (there && (await releaseAssetSha256(client, repo, there)) === asset.sha256) return;
    }
    throw remoteError(`uploading ${asset.name} to release ${release.tag_name}`, err);
  }
}
