/**
 * Synthetic container images pushed with the OCI client: a single-platform image (OCI manifest
 * with a tiny config and one layer) and a multi-platform image (an OCI image index over
 * per-platform manifests), as a release's `docker buildx --platform ...` would leave them.
 */
import { gzipSync } from 'node:zlib';
import type { OciClient } from '../../../actions/lib/oci/client.js';
import { type Digest, sha256Digest } from '../../../actions/lib/oci/digest.js';
import { OCI_CONFIG, OCI_INDEX, OCI_LAYER_GZIP, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';

export interface ImagePlatform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface PushedManifest {
  platform: ImagePlatform;
  digest: Digest;
  size: number;
  configDigest: Digest;
  layerDigest: Digest;
}

export interface PushedIndex {
  digest: Digest;
  manifests: PushedManifest[];
}

const json = (value: unknown): Uint8Array => new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));

/** A one-file ustar archive (deterministic: fixed mtime, owner 0). */
export function tinyTar(fileName: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  const header = Buffer.alloc(512);
  const put = (text: string, offset: number, width: number): void => void header.write(text.slice(0, width), offset, 'ascii');
  const octal = (n: number, width: number): string => n.toString(8).padStart(width - 1, '0');
  put(fileName, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(data.length, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  header.fill(' ', 148, 156);
  put('0', 156, 1);
  put('ustar', 257, 6);
  put('00', 263, 2);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header, data, padding, Buffer.alloc(1024)]);
}

/** Pushes a config and layer for the platform and a manifest by digest (untagged unless `tag`). */
export async function pushImageManifest(
  client: OciClient,
  repository: string,
  platform: ImagePlatform,
  options: { tag?: string; content?: string } = {},
): Promise<PushedManifest> {
  const tar = tinyTar('hello.txt', options.content ?? `hello from ${platform.os}/${platform.architecture}\n`);
  const layer = new Uint8Array(gzipSync(tar, { level: 9 }));
  const config = json({
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: { Cmd: ['/hello'] },
    rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
  });
  const configBlob = await client.ensureBlob(repository, config);
  const layerBlob = await client.ensureBlob(repository, layer);
  const manifest = json({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: OCI_CONFIG, digest: configBlob.digest, size: configBlob.size },
    layers: [{ mediaType: OCI_LAYER_GZIP, digest: layerBlob.digest, size: layerBlob.size }],
  });
  const digest = await client.putManifest(repository, options.tag ?? sha256Digest(manifest), OCI_MANIFEST, manifest);
  return { platform, digest, size: manifest.byteLength, configDigest: configBlob.digest, layerDigest: layerBlob.digest };
}

/** A single-platform image (linux/amd64 unless given) under `tag`. */
export async function pushSinglePlatformImage(
  client: OciClient,
  repository: string,
  tag: string,
  platform: ImagePlatform = { os: 'linux', architecture: 'amd64' },
): Promise<PushedManifest> {
  return pushImageManifest(client, repository, platform, { tag });
}

/** An OCI image index over linux/amd64 and linux/arm64/v8 (or the given platforms), tagged with each of `tags` (by digest when none). */
export async function pushMultiPlatformImage(
  client: OciClient,
  repository: string,
  tags: string[],
  platforms: ImagePlatform[] = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64', variant: 'v8' },
  ],
): Promise<PushedIndex> {
  const manifests: PushedManifest[] = [];
  for (const platform of platforms) manifests.push(await pushImageManifest(client, repository, platform));
  const index = json({
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: manifests.map((m) => ({ mediaType: OCI_MANIFEST, digest: m.digest, size: m.size, platform: m.platform })),
  });
  const digest = sha256Digest(index);
  for (const tag of tags.length > 0 ? tags : [digest]) await client.putManifest(repository, tag, OCI_INDEX, index);
  return { digest, manifests };
}
