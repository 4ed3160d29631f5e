/**
 * Release assets: upload (on the uploads root), list, get, download redirect, rename, delete. A
 * release published with immutable releases on keeps its assets as they were: an upload, a
 * rename or a delete is refused with GitHub's 422 (only a draft takes assets then).
 */
import { createHash } from 'node:crypto';
import { assetDownloadUrl, releaseAsset } from '../builders/releases.js';
import type { RouteContext, Routes } from '../context.js';
import { notFound, unprocessable, validationFailed } from '../http.js';
import type { AssetRecord, ReleaseRecord } from '../state.js';
import { isoNow, nodeId } from '../state.js';
import { bodyOf, created, intParam, list, noContent, ok, query } from './util.js';

/** GitHub replaces characters it does not keep in asset names with dots. */
export function sanitizeAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/^\.+|\.+$/g, '');
}

function findAsset(ctx: RouteContext): { release: ReleaseRecord; asset: AssetRecord } {
  const id = intParam(ctx, 'asset_id');
  for (const release of ctx.repo.releases) {
    const asset = release.assets.find((a) => a.id === id);
    if (asset) return { release, asset };
  }
  throw notFound();
}

/** GitHub's message for an upload (as its 422 says it); the emulator's own words for a rename or delete. */
function mutable(release: ReleaseRecord, what = 'upload assets to'): void {
  if (release.immutable) throw unprocessable(`Cannot ${what} an immutable release.`);
}

const json = (ctx: RouteContext, r: ReleaseRecord, a: AssetRecord) => releaseAsset(ctx.core.urls, ctx.repo, r, a, ctx.core.user);

export const assetRoutes: Routes = {
  'repos/upload-release-asset': (ctx) => {
    const release = ctx.repo.releases.find((r) => r.id === intParam(ctx, 'release_id'));
    if (!release) throw notFound();
    mutable(release);
    const name = sanitizeAssetName(query(ctx, 'name') ?? '');
    if (release.assets.some((a) => a.name === name)) {
      throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
    }
    const now = isoNow();
    const id = ctx.core.nextId();
    const asset: AssetRecord = {
      id,
      nodeId: nodeId('RA', id),
      name,
      label: query(ctx, 'label') ?? null,
      contentType: String(ctx.headers['content-type'] ?? 'application/octet-stream'),
      size: ctx.raw.length,
      sha256: createHash('sha256').update(ctx.raw).digest('hex'),
      data: ctx.raw,
      downloadCount: 0,
      createdAt: now,
      updatedAt: now,
      uploader: ctx.core.user.login,
    };
    release.assets.push(asset);
    const result = json(ctx, release, asset);
    return created(result, result.url);
  },

  'repos/list-release-assets': (ctx) => {
    const release = ctx.repo.releases.find((r) => r.id === intParam(ctx, 'release_id'));
    if (!release) throw notFound();
    return list(ctx, release.assets.map((a) => json(ctx, release, a)));
  },

  'repos/get-release-asset': (ctx) => {
    const { release, asset } = findAsset(ctx);
    // Asking for the bytes gets a redirect to the download, as on GitHub (there: to a signed storage URL).
    if (String(ctx.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: assetDownloadUrl(ctx.core.urls, ctx.repo, release, asset) } };
    }
    return ok(json(ctx, release, asset));
  },

  'repos/update-release-asset': (ctx) => {
    const { release, asset } = findAsset(ctx);
    mutable(release, 'change the assets of');
    const body = bodyOf<{ name?: string; label?: string }>(ctx);
    if (body.name !== undefined) asset.name = sanitizeAssetName(body.name);
    if (body.label !== undefined) asset.label = body.label;
    asset.updatedAt = isoNow();
    return ok(json(ctx, release, asset));
  },

  'repos/delete-release-asset': (ctx) => {
    const { release, asset } = findAsset(ctx);
    mutable(release, 'delete the assets of');
    release.assets.splice(release.assets.indexOf(asset), 1);
    return noContent();
  },
};
