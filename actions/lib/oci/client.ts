import { ActionError, RemoteError } from '../runner/errors.js';
import { type Credentials, RegistryAuth, repositoryScope } from './auth.js';
import { type Digest, isDigest, sha256Digest, validateDigest } from './digest.js';
import { MANIFEST_TYPES } from './media-types.js';
import { isLoopbackHost, validateRegistryHost, validateRepository, validateTag } from './reference.js';
import { nextLink, tagsOfPage } from './tags-list.js';
import { type TransportOptions, assertSafeUrl, describeErrorBody, describeRequest, send } from './transport.js';

export interface OciClientOptions extends TransportOptions {
  /** host[:port]: `ghcr.io`, `127.0.0.1:5000`. `docker.io` is served from registry-1.docker.io. */
  registry: string;
  /** Anonymous when absent. */
  credentials?: Credentials;
  /** Talk http:// instead of https://; allowed (and the default) only for loopback hosts. */
  plainHttp?: boolean;
  userAgent?: string;
  /** listTags asks for pages of this many tags (`n`); default none: the registry's own page size. */
  tagPageSize?: number;
}

/** A registry that keeps leading to further pages is stopped here rather than followed forever. */
const MAX_TAG_PAGES = 1000;

export interface BlobDescriptor {
  digest: Digest;
  size: number;
}

export interface ManifestHead {
  digest: Digest;
  mediaType: string;
  size: number;
}

export interface Manifest extends ManifestHead {
  bytes: Uint8Array;
  json: unknown;
}

interface RequestSpec {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  repository: string;
  push: boolean;
  /** Path below /v2/<repository>/, or an absolute URL (an upload Location). */
  path?: string;
  url?: URL;
  headers?: Record<string, string>;
  body?: Uint8Array;
}

/** A client for the OCI distribution API of one registry (https, or http on loopback). */
export class OciClient {
  readonly registry: string;
  readonly baseUrl: URL;
  private readonly auth: RegistryAuth;
  private readonly transport: TransportOptions;
  private readonly userAgent: string;
  private readonly tagPageSize: number | undefined;
  /** What each response answered, for error messages (Response.url is empty with some fetch stand-ins). */
  private readonly sent = new WeakMap<Response, { method: string; url: URL }>();

  constructor(options: OciClientOptions) {
    this.registry = validateRegistryHost(options.registry);
    const loopback = isLoopbackHost(this.registry);
    const plainHttp = options.plainHttp ?? loopback;
    if (plainHttp && !loopback) {
      throw new ActionError(`registry ${this.registry}: plain http:// is allowed only for loopback registries (127.0.0.1, localhost, [::1])`);
    }
    const apiHost = this.registry === 'docker.io' ? 'registry-1.docker.io' : this.registry;
    this.baseUrl = new URL(`${plainHttp ? 'http' : 'https'}://${apiHost}/`);
    this.transport = { fetch: options.fetch, timeoutMs: options.timeoutMs, retries: options.retries, retryScale: options.retryScale };
    this.auth = new RegistryAuth(this.registry, options.credentials, this.transport);
    this.userAgent = options.userAgent ?? 'release-actions-oci';
    this.tagPageSize = options.tagPageSize;
  }

  /** HEAD /v2/<name>/blobs/<digest>: true on 200, false on 404. */
  async blobExists(repository: string, digest: string): Promise<boolean> {
    const checked = validateDigest(digest);
    const response = await this.request({ method: 'HEAD', repository, push: false, path: `blobs/${checked}` });
    if (response.status === 404) return false;
    await this.expect(response, [200], `blob ${checked}`);
    return true;
  }

  /** GET a blob and check its digest. */
  async getBlob(repository: string, digest: string): Promise<Uint8Array> {
    const checked = validateDigest(digest);
    const response = await this.request({ method: 'GET', repository, push: false, path: `blobs/${checked}` });
    await this.expect(response, [200], `blob ${checked}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const actual = sha256Digest(bytes);
    if (actual !== checked) throw new RemoteError(`registry ${this.registry} served ${repository} blob ${checked} with content of digest ${actual}`);
    return bytes;
  }

  /** Monolithic upload: POST /v2/<name>/blobs/uploads/, then PUT <Location>?digest=. Always uploads. */
  async pushBlob(repository: string, bytes: Uint8Array): Promise<BlobDescriptor> {
    const digest = sha256Digest(bytes);
    const started = await this.request({ method: 'POST', repository, push: true, path: 'blobs/uploads/', headers: { 'content-length': '0' } });
    await this.expect(started, [202], 'blob upload');
    const location = started.headers.get('location');
    if (!location) throw new RemoteError(`registry ${this.registry} started an upload to ${repository} without a Location header`, started.status);
    const url = new URL(location, this.baseUrl);
    assertSafeUrl(url, 'upload location');
    url.searchParams.set('digest', digest);
    const finished = await this.request({
      method: 'PUT',
      repository,
      push: true,
      url,
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    if (finished.status !== 201 && (await this.blobExists(repository, digest).catch(() => false))) {
      // A blob is named by its digest, so the registry having it means the upload is done: the
      // finishing PUT was applied but its answer lost, and the retry met the closed upload.
      await finished.arrayBuffer().catch(() => undefined);
      return { digest, size: bytes.byteLength };
    }
    await this.expect(finished, [201], `blob ${digest}`);
    const stored = finished.headers.get('docker-content-digest');
    if (stored && stored !== digest) {
      throw new RemoteError(`registry ${this.registry} stored blob ${digest} of ${repository} as ${stored}`, finished.status);
    }
    return { digest, size: bytes.byteLength };
  }

  /** Uploads the blob unless the repository has it already. */
  async ensureBlob(repository: string, bytes: Uint8Array): Promise<BlobDescriptor & { uploaded: boolean }> {
    const digest = sha256Digest(bytes);
    if (await this.blobExists(repository, digest)) return { digest, size: bytes.byteLength, uploaded: false };
    return { ...(await this.pushBlob(repository, bytes)), uploaded: true };
  }

  /** GET a manifest by tag or digest; null when the registry has no such manifest. */
  async getManifest(repository: string, reference: string, accept: readonly string[] = MANIFEST_TYPES): Promise<Manifest | null> {
    const ref = checkManifestReference(reference);
    const response = await this.request({ method: 'GET', repository, push: false, path: `manifests/${ref}`, headers: { accept: accept.join(', ') } });
    if (response.status === 404) return null;
    await this.expect(response, [200], `manifest ${ref}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const computed = sha256Digest(bytes);
    const header = response.headers.get('docker-content-digest');
    if ((header && isDigest(header) && header !== computed) || (isDigest(ref) && ref !== computed)) {
      throw new RemoteError(`registry ${this.registry} served manifest ${repository}:${ref} with content of digest ${computed}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch {
      throw new RemoteError(`registry ${this.registry} served manifest ${repository}:${ref} that is not JSON`);
    }
    const mediaType = contentType(response) ?? mediaTypeOf(json) ?? '';
    return { digest: computed, mediaType, size: bytes.byteLength, bytes, json };
  }

  /** HEAD a manifest: its digest, media type and size; null when absent. */
  async headManifest(repository: string, reference: string, accept: readonly string[] = MANIFEST_TYPES): Promise<ManifestHead | null> {
    const ref = checkManifestReference(reference);
    const response = await this.request({ method: 'HEAD', repository, push: false, path: `manifests/${ref}`, headers: { accept: accept.join(', ') } });
    if (response.status === 404) return null;
    await this.expect(response, [200], `manifest ${ref}`);
    const digest = response.headers.get('docker-content-digest');
    const mediaType = contentType(response);
    if (!digest || !isDigest(digest) || !mediaType) {
      // Some registries leave these out of HEAD answers: read the manifest instead.
      const manifest = await this.getManifest(repository, ref, accept);
      return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size };
    }
    return { digest, mediaType, size: Number(response.headers.get('content-length') ?? '0') };
  }

  /** The digest a tag (or digest) resolves to, or null. */
  async resolve(repository: string, reference: string, accept: readonly string[] = MANIFEST_TYPES): Promise<Digest | null> {
    return (await this.headManifest(repository, reference, accept))?.digest ?? null;
  }

  /** PUT a manifest under a tag or its digest; returns its digest. */
  async putManifest(repository: string, reference: string, mediaType: string, bytes: Uint8Array): Promise<Digest> {
    const ref = checkManifestReference(reference);
    const digest = sha256Digest(bytes);
    if (isDigest(ref) && ref !== digest) throw new ActionError(`manifest has digest ${digest}, not the ${ref} it is pushed as`);
    const response = await this.request({
      method: 'PUT',
      repository,
      push: true,
      path: `manifests/${ref}`,
      headers: { 'content-type': mediaType },
      body: bytes,
    });
    await this.expect(response, [201], `manifest ${ref}`);
    const stored = response.headers.get('docker-content-digest');
    if (stored && stored !== digest) {
      throw new RemoteError(`registry ${this.registry} stored manifest ${repository}:${ref} as ${stored}, expected ${digest}`, response.status);
    }
    return digest;
  }

  /**
   * Every tag of the repository: GET /v2/<name>/tags/list, then each page its `Link: <…>;
   * rel="next"` header leads to (same registry only). [] when the registry does not know the
   * repository (404 NAME_UNKNOWN): nothing was pushed to it yet.
   */
  async listTags(repository: string): Promise<string[]> {
    validateRepository(repository);
    let url = new URL(`/v2/${repository}/tags/list`, this.baseUrl);
    if (this.tagPageSize) url.searchParams.set('n', String(this.tagPageSize));
    const tags: string[] = [];
    const asked = new Set<string>();
    for (let page = 1; ; page++) {
      asked.add(url.href);
      const response = await this.request({ method: 'GET', repository, push: false, url });
      if (page === 1 && response.status === 404 && (await describeErrorBody(response.clone())).startsWith('NAME_UNKNOWN')) return [];
      await this.expect(response, [200], `the tag list of ${repository}`);
      tags.push(...tagsOfPage(await response.text(), `registry ${this.registry}'s tag list of ${repository} (${describeRequest('GET', url)})`));
      const next = nextLink(response.headers.get('link'));
      if (next === undefined) return tags;
      url = this.nextTagPage(repository, url, next, asked, page);
    }
  }

  /** The next page's URL, refused when it leaves the registry, repeats a page or goes on past MAX_TAG_PAGES. */
  private nextTagPage(repository: string, current: URL, next: string, asked: Set<string>, page: number): URL {
    const where = `registry ${this.registry}'s tag list of ${repository}`;
    let url: URL;
    try {
      url = new URL(next, current);
    } catch {
      throw new RemoteError(`${where}: the Link header's next page <${next.slice(0, 100)}> is not a URL`);
    }
    assertSafeUrl(url, `${where}: next page`);
    if (url.origin !== this.baseUrl.origin) throw new RemoteError(`${where}: the next page is on ${url.origin}, not the registry ${this.baseUrl.origin}; refused (credentials go to the registry only)`);
    if (asked.has(url.href)) throw new RemoteError(`${where}: the Link header leads back to a page already read (${describeRequest('GET', url)}): the registry's paging loops`);
    if (page >= MAX_TAG_PAGES) throw new RemoteError(`${where}: still more pages after ${MAX_TAG_PAGES}; stopped`);
    return url;
  }

  /** Sends with the cached authorization; on a 401 answers the challenge once and resends. */
  private async request(spec: RequestSpec): Promise<Response> {
    validateRepository(spec.repository);
    const url = spec.url ?? new URL(`/v2/${spec.repository}/${spec.path ?? ''}`, this.baseUrl);
    const sameOrigin = url.origin === this.baseUrl.origin;
    const scope = repositoryScope(spec.repository, spec.push);
    const build = (authorization: string | undefined): RequestInit => {
      const headers: Record<string, string> = { 'user-agent': this.userAgent, ...spec.headers };
      if (authorization && sameOrigin) headers.authorization = authorization;
      return { method: spec.method, headers, body: spec.body, redirect: 'follow' };
    };
    const first = await send(url, build(this.auth.cached(scope)), this.transport);
    this.sent.set(first, { method: spec.method, url });
    if (first.status !== 401 || !sameOrigin) return first;
    await first.arrayBuffer().catch(() => undefined);
    this.auth.forget(scope);
    const authorization = await this.auth.answer(first.headers.get('www-authenticate'), scope);
    const second = await send(url, build(authorization), this.transport);
    this.sent.set(second, { method: spec.method, url });
    if (second.status === 401) throw await this.auth.refused(second, scope);
    return second;
  }

  private async expect(response: Response, ok: number[], what: string): Promise<void> {
    if (ok.includes(response.status)) return;
    const { method, url } = this.sent.get(response) ?? { method: '?', url: this.baseUrl };
    const detail = method === 'HEAD' ? '' : await describeErrorBody(response);
    const verb = response.status === 403 ? 'denied' : `answered HTTP ${response.status}`;
    throw new RemoteError(
      `registry ${this.registry} ${verb} for ${what} (${describeRequest(method, url)})${detail ? `: ${detail}` : ''}`,
      response.status,
    );
  }
}

function checkManifestReference(reference: string): string {
  if (reference.startsWith('sha256:') || reference.includes(':')) return validateDigest(reference);
  return validateTag(reference);
}

function contentType(response: Response): string | undefined {
  const value = response.headers.get('content-type');
  const type = value?.split(';')[0]?.trim();
  return type ? type : undefined;
}

function mediaTypeOf(json: unknown): string | undefined {
  if (json && typeof json === 'object' && typeof (json as { mediaType?: unknown }).mediaType === 'string') {
    return (json as { mediaType: string }).mediaType;
  }
  return undefined;
}
