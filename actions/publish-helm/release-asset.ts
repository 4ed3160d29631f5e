/**
 * asset-location: release — the package as an asset of the GitHub release of the tag `vX.Y.Z`,
 * as chart-releaser does it.
 *
 * - The release is found by listing the releases, drafts included (the by-tag endpoint does not
 *   return drafts): a published one wins, else the oldest draft. When there is none, a DRAFT
 *   release is created at the run's commit (the release job publishes it).
 * - An asset of the same name and the same sha256 is kept; one with another sha256 fails the
 *   run before anything is written anywhere.
 * - The chart URL is the asset's download URL under the tag,
 *   `${server}/${owner}/${repo}/releases/download/vX.Y.Z/name-X.Y.Z.tgz`: what
 *   `browser_download_url` is for a published release. A draft's `browser_download_url` is an
 *   `untagged-…` URL that stops working when the draft is published, so it never goes into the
 *   index.
 */
import type { components } from '@octokit/openapi-types';
import { releaseAssetSha256, sha256Hex } from '../lib/github/asset-hash.js';
import { statusOf, type GitHubClient } from '../lib/github/client.js';
import { ActionError, RemoteError } from '../lib/runner/errors.js';

export type Release = components['schemas']['release'];
export type ReleaseAsset = components['schemas']['release-asset'];

export interface RepoRef {
  owner: string;
  repo: string;
}

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

function remoteError(what: string, err: unknown): ActionError {
  if (err instanceof ActionError) return err;
  const status = statusOf(err);
  const message = err instanceof Error ? err.message : String(err);
  return new RemoteError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, status, { cause: err });
}

/** The download URL of an asset of a published release of `tag`. */
export function tagDownloadUrl(serverUrl: string, repo: RepoRef, tag: string, name: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;
}

/** Every release of the repository, drafts included (the by-tag endpoint does not return drafts). */
export async function listReleases(client: GitHubClient, repo: RepoRef): Promise<Release[]> {
  try {
    return await client.paginate(client.rest.repos.listReleases, { ...repo, per_page: 100 });
  } catch (err) {
    throw remoteError(`listing the releases of ${repo.owner}/${repo.repo}`, err);
  }
}

/** The release of `tag` among `releases`: the published one, else the oldest draft. */
export function pickRelease(releases: readonly Release[], tag: string): Release | undefined {
  const forTag = releases.filter((r) => r.tag_name === tag);
  return forTag.find((r) => !r.draft) ?? forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id)[0];
}

/** The release of `tag`: the published one, else the oldest draft. */
export async function findRelease(client: GitHubClient, repo: RepoRef, tag: string): Promise<Release | undefined> {
  return pickRelease(await listReleases(client, repo), tag);
}

/** What would be done for the asset; throws when an asset of the same name has other bytes. Reads only. */
export async function planAsset(
  client: GitHubClient,
  repo: RepoRef,
  opts: { tag: string; name: string; sha256: string; serverUrl: string; /** Listed once for several assets; read here when absent. */ releases?: readonly Release[] },
): Promise<AssetPlan> {
  const release = opts.releases ? pickRelease(opts.releases, opts.tag) : await findRelease(client, repo, opts.tag);
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
  /** `false`: the release never takes "latest" (a chart's release beside the application's). */
  makeLatest?: 'false';
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
    try {
      const { data } = await client.rest.repos.createRelease({
        ...repo,
        tag_name: plan.tag,
        ...(opts.target ? { target_commitish: opts.target } : {}),
        name: plan.tag,
        body: opts.body ?? '',
        draft: true,
        prerelease: opts.prerelease,
        ...(opts.makeLatest ? { make_latest: opts.makeLatest } : {}),
      });
      release = data;
      created = true;
    } catch (err) {
      // A draft created by a concurrent run (or by a lost answer) is adopted rather than doubled.
      const found = await findRelease(client, repo, plan.tag).catch(() => undefined);
      if (!found) throw remoteError(`creating the draft release ${plan.tag}`, err);
      release = found;
    }
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
