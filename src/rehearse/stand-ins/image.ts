/**
 * The container image, synthetic: what `docker buildx build --push` and `docker buildx
 * imagetools create` leave in a registry, made through the OCI distribution API of the local
 * registry. Each platform gets a manifest with a config (os, architecture, labels) and one tiny
 * layer whose content names the repository, version and platform; with provenance or an SBOM
 * asked for, BuildKit's attestation manifest (`unknown/unknown`, annotated
 * `vnd.docker.reference.type: attestation-manifest`) sits next to it in an index, as buildx
 * pushes it. The same build pushed twice gives the same digests.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { sha256Digest } from '../../../actions/lib/oci/digest.js';
import { OCI_CONFIG, OCI_INDEX, OCI_LAYER_GZIP, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import type { RegistryAccess } from '../types.js';

const json = (value: unknown): Uint8Array => new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export function parsePlatform(text: string): Platform {
  const [os = '', architecture = '', variant] = text.trim().split('/');
  if (!os || !architecture) throw new Error(`platform '${text}' is not like linux/amd64`);
  // buildx records arm64 as arm64/v8
  const v = variant ?? (architecture === 'arm64' ? 'v8' : undefined);
  return { os, architecture, ...(v ? { variant: v } : {}) };
}

export function platformText(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

const clients = new Map<string, OciClient>();

/** One client per registry and user, so that its tokens are reused across the steps of a rehearsal. */
export function client(registry: RegistryAccess): OciClient {
  const key = JSON.stringify([registry.host, registry.username, registry.password]);
  let c = clients.get(key);
  if (!c) {
    c = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password }, retries: 1, retryScale: 0.01, timeoutMs: 20_000 });
    clients.set(key, c);
  }
  return c;
}

/** A one-file ustar archive, deterministic (fixed mtime and owner). */
function tinyTar(fileName: string, content: string): Buffer {
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

export interface BuildSpec {
  repository: string;
  platforms: Platform[];
  /** What the image holds: the Dockerfile, the build arguments, the revision. */
  content: string;
  labels: Record<string, string>;
  provenance: boolean;
  sbom: boolean;
  /** The builder the (unsigned) provenance names. */
  builder?: string;
}

async function pushPlatformManifest(c: OciClient, spec: BuildSpec, platform: Platform): Promise<Descriptor> {
  const tar = tinyTar('rehearsal-image.txt', `${spec.repository} (${platformText(platform)})\n${spec.content}\n`);
  const layer = new Uint8Array(gzipSync(tar, { level: 9 }));
  const config = json({
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: { Labels: spec.labels, Cmd: ['/manager'] },
    rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
  });
  const configBlob = await c.ensureBlob(spec.repository, config);
  const layerBlob = await c.ensureBlob(spec.repository, layer);
  const manifest = json({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: OCI_CONFIG, digest: configBlob.digest, size: configBlob.size },
    layers: [{ mediaType: OCI_LAYER_GZIP, digest: layerBlob.digest, size: layerBlob.size }],
  });
  const digest = await c.putManifest(spec.repository, sha256Digest(manifest), OCI_MANIFEST, manifest);
  return { mediaType: OCI_MANIFEST, digest, size: manifest.byteLength, platform };
}

/** BuildKit's attestation manifest for one platform manifest: in-toto statements as layers. */
async function pushAttestation(c: OciClient, spec: BuildSpec, subject: Descriptor): Promise<Descriptor> {
  const layers: Array<{ mediaType: string; digest: string; size: number; annotations: Record<string, string> }> = [];
  const statement = (predicateType: string, predicate: unknown): Uint8Array =>
    json({ _type: 'https://in-toto.io/Statement/v0.1', predicateType, subject: [{ name: `pkg:docker/${spec.repository}`, digest: { sha256: subject.digest.slice(7) } }], predicate });
  const add = async (predicateType: string, predicate: unknown): Promise<void> => {
    const blob = await c.ensureBlob(spec.repository, statement(predicateType, predicate));
    layers.push({ mediaType: 'application/vnd.in-toto+json', digest: blob.digest, size: blob.size, annotations: { 'in-toto.io/predicate-type': predicateType } });
  };
  if (spec.provenance) await add('https://slsa.dev/provenance/v0.2', { builder: { id: spec.builder ?? 'release-actions rehearsal (no real build)' }, buildType: 'https://mobyproject.org/buildkit@v1' });
  if (spec.sbom) await add('https://spdx.dev/Document', { spdxVersion: 'SPDX-2.3', name: spec.repository, packages: [] });
  const config = await c.ensureBlob(spec.repository, json({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [] } }));
  const manifest = json({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: OCI_CONFIG, digest: config.digest, size: config.size }, layers });
  const digest = await c.putManifest(spec.repository, sha256Digest(manifest), OCI_MANIFEST, manifest);
  return {
    mediaType: OCI_MANIFEST,
    digest,
    size: manifest.byteLength,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.digest': subject.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
  };
}

async function pushIndex(c: OciClient, repository: string, manifests: Descriptor[], tags: string[]): Promise<string> {
  const index = json({ schemaVersion: 2, mediaType: OCI_INDEX, manifests });
  const digest = sha256Digest(index);
  for (const tag of tags.length > 0 ? tags : [digest]) await c.putManifest(repository, tag, OCI_INDEX, index);
  return digest;
}

/**
 * `docker buildx build --platform … --push`: one manifest per platform (with its attestation
 * when asked), under an index when there is more than one manifest; tagged with `tags`, or
 * pushed by digest only. Returns the digest buildx would print.
 */
export async function buildAndPush(registry: RegistryAccess, spec: BuildSpec, tags: string[]): Promise<string> {
  const c = client(registry);
  const manifests: Descriptor[] = [];
  for (const platform of spec.platforms) manifests.push(await pushPlatformManifest(c, spec, platform));
  return indexBuilt(registry, spec, manifests, tags);
}

/**
 * Platform manifests already in the registry (synthetic, or built by buildah) with their
 * attestation manifests when asked, under an index when there is more than one manifest;
 * tagged with `tags`, or by digest only. Returns the digest buildx would print.
 */
export async function indexBuilt(registry: RegistryAccess, spec: BuildSpec, built: readonly Descriptor[], tags: string[]): Promise<string> {
  const c = client(registry);
  const manifests: Descriptor[] = [];
  for (const m of built) {
    manifests.push(m);
    if (spec.provenance || spec.sbom) manifests.push(await pushAttestation(c, spec, m));
  }
  if (manifests.length === 1) {
    const only = manifests[0]!;
    for (const tag of tags) {
      const m = await c.getManifest(spec.repository, only.digest);
      if (!m) throw new Error(`manifest ${only.digest} vanished from ${registry.host}/${spec.repository}`);
      await c.putManifest(spec.repository, tag, OCI_MANIFEST, m.bytes);
    }
    return only.digest;
  }
  return pushIndex(c, spec.repository, manifests, tags);
}

/**
 * `docker buildx imagetools create --tag T… SOURCE@DIGEST…`: one index holding every manifest of
 * the sources (an index source contributes its manifests), pushed under each tag.
 */
export async function mergeIndexes(registry: RegistryAccess, repository: string, sources: string[], tags: string[]): Promise<string> {
  const c = client(registry);
  const manifests: Descriptor[] = [];
  for (const source of sources) {
    const m = await c.getManifest(repository, source);
    if (!m) throw new Error(`ERROR: ${registry.host}/${repository}@${source}: not found`);
    const j = m.json as { manifests?: Descriptor[]; config?: { digest: string } };
    if (Array.isArray(j.manifests)) manifests.push(...j.manifests);
    else {
      // a single-platform manifest: its platform from its config
      const config = JSON.parse(Buffer.from(await c.getBlob(repository, j.config?.digest ?? '')).toString('utf8')) as Platform;
      manifests.push({ mediaType: m.mediaType, digest: m.digest, size: m.size, platform: { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) } });
    }
  }
  return pushIndex(c, repository, manifests, tags);
}

/** Retags `from` (a tag or digest) as `to`: what `imagetools create --tag to from` does for one source. */
export async function retag(registry: RegistryAccess, repository: string, from: string, to: string): Promise<string> {
  const c = client(registry);
  const m = await c.getManifest(repository, from);
  if (!m) throw new Error(`ERROR: ${registry.host}/${repository}:${from}: not found`);
  await c.putManifest(repository, to, m.mediaType, m.bytes);
  return m.digest;
}

/** Whether `image@digest` / `image:tag` exists in the registry. */
export async function exists(registry: RegistryAccess, repository: string, reference: string): Promise<boolean> {
  return (await client(registry).resolve(repository, reference)) !== null;
}

/** Tag → digest of a repository, for "nothing changed" comparisons. */
export async function tagDigests(registry: RegistryAccess, repository: string, tags: readonly string[]): Promise<Record<string, string | null>> {
  const c = client(registry);
  const out: Record<string, string | null> = {};
  for (const tag of tags) out[tag] = await c.resolve(repository, tag);
  return out;
}

/** `registry/repo` (no tag, no digest) split at the registry host, when it is the local registry. */
export function localRepository(image: string, registry: RegistryAccess | undefined): string | undefined {
  if (!registry) return undefined;
  const bare = image.replace(/@sha256:[0-9a-f]{64}$/, '');
  if (!bare.startsWith(`${registry.host}/`)) return undefined;
  return bare.slice(registry.host.length + 1).replace(/:[^/:]+$/, '');
}

export function contentDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
