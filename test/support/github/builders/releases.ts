/** release and release-asset objects. */
import type { components } from '@octokit/openapi-types';
import type { Urls } from '../context.js';
import type { AssetRecord, ReleaseRecord, RepoState, UserRecord } from '../state.js';
import { repoApiUrl, repoHtmlUrl } from './repos.js';
import { simpleUser, userRecord } from './users.js';

export type Release = components['schemas']['release'];
export type ReleaseAsset = components['schemas']['release-asset'];

const enc = (s: string) => encodeURIComponent(s);

/** Drafts have no tag yet; GitHub shows them under an `untagged-` name. */
function htmlTag(release: ReleaseRecord): string {
  return release.draft ? `untagged-${release.nodeId.slice(-12).toLowerCase()}` : release.tagName;
}

export function assetDownloadUrl(urls: Urls, repo: RepoState, release: ReleaseRecord, asset: AssetRecord): string {
  return `${repoHtmlUrl(urls, repo)}/releases/download/${enc(htmlTag(release))}/${enc(asset.name)}`;
}

export function releaseAsset(urls: Urls, repo: RepoState, release: ReleaseRecord, asset: AssetRecord, viewer: UserRecord): ReleaseAsset {
  return {
    url: `${repoApiUrl(urls, repo)}/releases/assets/${asset.id}`,
    browser_download_url: assetDownloadUrl(urls, repo, release, asset),
    id: asset.id,
    node_id: asset.nodeId,
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.size,
    digest: `sha256:${asset.sha256}`,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: simpleUser(urls, userRecord(asset.uploader, viewer)),
  };
}

export function release(urls: Urls, repo: RepoState, r: ReleaseRecord, viewer: UserRecord): Release {
  const api = repoApiUrl(urls, repo);
  const uploads = `${urls.uploads}/repos/${repo.fullName}`;
  return {
    url: `${api}/releases/${r.id}`,
    html_url: `${repoHtmlUrl(urls, repo)}/releases/tag/${enc(htmlTag(r))}`,
    assets_url: `${api}/releases/${r.id}/assets`,
    upload_url: `${uploads}/releases/${r.id}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${api}/tarball/${enc(r.tagName)}`,
    zipball_url: r.draft ? null : `${api}/zipball/${enc(r.tagName)}`,
    ...(r.discussionNumber !== null ? { discussion_url: `${repoHtmlUrl(urls, repo)}/discussions/${r.discussionNumber}` } : {}),
    id: r.id,
    node_id: r.nodeId,
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable ?? false,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    updated_at: r.updatedAt,
    author: simpleUser(urls, userRecord(r.author, viewer)),
    assets: r.assets.map((a) => releaseAsset(urls, repo, r, a, viewer)),
  };
}
