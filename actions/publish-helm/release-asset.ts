/**
 * asset-location: release — the package as an asset of the GitHub release of the tag `vX.Y.Z`,
 * as chart-releaser does it.
 *
 * - The release is found and created by lib/github/releases.ts (as announce does): listed, drafts
 *   included; a published one wins, else the oldest draft. When there is none, a DRAFT release
 *   is created at the run's commit (the release job publishes it; with charts, publish-helm
 *   does, charts-releases.ts); a create whose answer was lost is adopted, never doubled.
 * - An asset of the same name and the same sha256 is kept; one with another sha256 fails the
 *   run before anything is written anywhere.
 * - The chart URL is the asset's download URL under the tag,
 *   `${server}/${owner}/${repo}/releases/download/vX.Y.Z/name-X.Y.Z.tgz`: what
 *   `browser_download_url` is for a published release. A draft's `browser_download_url` is an
 *   `untagged-…` URL that stops working when the draft is published, so it never goes into the
 *   index.
 */
import { releaseAssetSha256, sha256Hex } from '../lib/github/asset-hash.js';
import { statusOf, type GitHubClient } from '../lib/github/client.js';
import { findOrCreateDraft, listReleases, pickRelease, remoteError, type Release, type ReleaseAsset, type RepoRef } from '../lib/github/releases.js';
import type { Log } from '../lib/runner/core.js';
import { ActionError } from '../lib/runner/errors.js';

export type { Release, RepoRef } from '../lib/github/releases.js';

export interface AssetPlan {
  tag: string;
  name: string;
  /** The release of the tag, when there is one (a draft or published). */
  release?: Release;
  /** The asset already there with the same sha256. */
  existing?: ReleaseAsset;
  action: 'upload' | 'keep';
  /** The URL that goes into the index. */
  url: string;
}

/** The download URL of an asset of a published release of `tag`. */
export function tagDownloadUrl(serverUrl: string, repo: RepoRef, tag: string, name: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;
}

/** The release of `tag` among `releases`: the published one, else the oldest draft. */
export function releaseOf(releases: readonly Release[], tag: string): Release | undefined {
  return pickRelease(releases, tag).release;
}

/** The release of `tag`: the published one, else the oldest draft. */
export async function findRelease(client: GitHubClient, repo: RepoRef, tag: string): Promise<Release | undefined> {
  return releaseOf(await listReleases(client, repo), tag);
}

/** What would be done for the asset; throws when an asset of the same name has other bytes. Reads only. */
export async function planAsset(
  client: GitHubClient,
  repo: RepoRef,
  opts: { tag: string; name: string; sha256: string; serverUrl: string; /** Listed once for several assets; read here when absent. */ releases?: readonly Release[] },
): Promise<AssetPlan> {
  const release = opts.releases ? releaseOf(opts.releases, opts.tag) : await findRelease(client, repo, opts.tag);
  const url = tagDownloadUrl(opts.serverUrl, repo, opts.tag, opts.name);
  const existing = release?.assets.find((a) => a.name === opts.name);
  if (!existing) return { tag: opts.tag, name: opts.name, ...(release ? { release } : {}), action: 'upload', url };
  const sha = await releaseAssetSha256(client, repo, existing);
  if (sha !== opts.sha256) {
    throw new ActionError(
      `release ${opts.tag} already has an asset ${opts.name} with sha256 ${sha}; this package has sha256 ${opts.sha256}. ` +
        'A published chart is never replaced: bump the chart version. Nothing was written.',
    );
  }
  return { tag: opts.tag, name: opts.name, release: release!, existing, action: 'keep', url: release!.draft ? url : existing.browser_download_url };
}

export interface DraftOptions {
  /** The commit the draft's tag will name when GitHub creates it ('' = the default branch). */
  target: string;
  prerelease: boolean;
  /** The release notes of a new draft ('' when absent). */
  body?: string;
  log: Log;
}

/** Creates the draft release of the tag when there is none, and uploads the asset when it is not there. */
export async function applyAsset(
  client: GitHubClient,
  repo: RepoRef,
  plan: AssetPlan,
  bytes: Uint8Array,
  opts: DraftOptions,
): Promise<{ release: Release; created: boolean; uploaded: boolean; url: string }> {
  let release = plan.release;
  let created = false;
  if (!release) {
    const spec = { tag: plan.tag, ...(opts.target ? { target: opts.target } : {}), name: plan.tag, body: opts.body ?? '', prerelease: opts.prerelease };
    const found = await findOrCreateDraft(client, repo, spec, opts.log);
    release = found.release;
    created = found.how === 'created';
  }
  if (plan.action === 'keep') return { release, created, uploaded: false, url: plan.url };
  const asset = await upload(client, repo, release, plan.name, bytes);
  return { release, created, uploaded: true, url: release.draft ? plan.url : asset.browser_download_url };
}

async function upload(client: GitHubClient, repo: RepoRef, release: Release, name: string, bytes: Uint8Array): Promise<ReleaseAsset> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const res = await client.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      url: release.upload_url,
      name,
      data: data as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': data.length },
    });
    return res.data;
  } catch (err) {
    // A retried upload whose first attempt was applied (or a concurrent run): keep it when it is ours.
    if (statusOf(err) === 422) {
      const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 }).catch(() => [] as ReleaseAsset[]);
      const there = assets.find((a) => a.name === name);
      if (there && (await releaseAssetSha256(client, repo, there)) === sha256Hex(data)) return there;
    }
    throw remoteError(`uploading ${name} to release ${release.tag_name}`, err);
  }
}

/**
 * Publishes a draft at its tag, which must exist already (GitHub then names it and creates no
 * tag of its own); a published release is returned as it is. A 422 when another run published
 * the tag's release meanwhile is an answer, not a failure: the published release is returned.
 */
export async function publishDraft(client: GitHubClient, repo: RepoRef, release: Release, opts: { makeLatest?: 'false' } = {}): Promise<Release> {
  if (!release.draft) return release;
  try {
    const { data } = await client.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      tag_name: release.tag_name,
      draft: false,
      ...(opts.makeLatest ? { make_latest: opts.makeLatest } : {}),
    });
    return data;
  } catch (err) {
    if (statusOf(err) === 422) {
      const found = await findRelease(client, repo, release.tag_name).catch(() => undefined);
      if (found && !found.draft) return found;
    }
    throw remoteError(`publishing the draft release ${release.tag_name}`, err);
  }
}
