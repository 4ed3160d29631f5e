export const id = 727;
export const ids = [727,837];
export const modules = {

/***/ 40727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OciClient: () => (/* binding */ OciClient)
});

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./actions/lib/runner/tuning.ts
var tuning = __webpack_require__(4100);
// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var oci_reference = __webpack_require__(67837);
;// CONCATENATED MODULE: ./actions/lib/oci/transport.ts



const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const BASE_WAITS_MS = [1000, 3000, 6000];
const MAX_RETRY_AFTER_MS = 10_000;
/** Refuses plain http:// except to loopback hosts, and anything that is neither http nor https. */
function assertSafeUrl(url, what) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:') {
        if ((0,oci_reference.isLoopbackHost)(url.host))
            return;
        throw new errors/* ActionError */.lZ(`${what} ${url.origin}: plain http:// is allowed only for loopback registries (127.0.0.1, localhost, [::1])`);
    }
    throw new errors/* ActionError */.lZ(`${what} ${url.origin}: unsupported protocol '${url.protocol}'`);
}
/** `METHOD https://host/path` without the query string (which may carry upload state). */
function describeRequest(method, url) {
    return `${method} ${url.origin}${url.pathname}`;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function waitFor(attempt, scale, response) {
    let ms = BASE_WAITS_MS[Math.min(attempt, BASE_WAITS_MS.length - 1)] ?? 1000;
    const retryAfter = response?.headers.get('retry-after');
    if (retryAfter && /^[0-9]+$/.test(retryAfter))
        ms = Math.min(Number(retryAfter) * 1000, MAX_RETRY_AFTER_MS);
    return ms * scale;
}
/** Sends one request with timeout and bounded retry; the body must be re-sendable (bytes or nothing). */
async function send(url, init, options = {}) {
    assertSafeUrl(url, 'registry');
    const doFetch = options.fetch ?? fetch;
    const retries = options.retries ?? 2;
    const scale = options.retryScale ?? (0,tuning/* retryScale */.H5)();
    const timeoutMs = options.timeoutMs ?? (0,tuning/* requestTimeoutMs */.Hl)();
    const method = init.method ?? 'GET';
    for (let attempt = 0;; attempt++) {
        let response;
        try {
            response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (error) {
            if (attempt < retries) {
                await sleep(waitFor(attempt, scale));
                continue;
            }
            const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : connectionReason(error);
            throw new errors/* RemoteError */.Hi(`${describeRequest(method, url)} failed after ${attempt + 1} attempt(s): ${reason}`, undefined, { cause: error });
        }
        if (RETRY_STATUSES.has(response.status) && attempt < retries) {
            await response.arrayBuffer().catch(() => undefined);
            await sleep(waitFor(attempt, scale, response));
            continue;
        }
        return response;
    }
}
function connectionReason(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        return typeof code === 'string' ? `${code} (${cause.message})` : cause.message;
    }
    return error.message;
}
/** `CODE: message` of a registry's `{"errors":[...]}` body, or the start of the text. */
async function describeErrorBody(response) {
    let text;
    try {
        text = await response.text();
    }
    catch {
        return '';
    }
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
            return parsed.errors.map((e) => [e.code, e.message].filter((part) => typeof part === 'string' && part).join(': ')).join('; ');
        }
    }
    catch {
        // not JSON
    }
    const trimmed = text.trim().replace(/\s+/g, ' ');
    return trimmed.length > 200 ? `${trimmed.slice(0, 200)}...` : trimmed;
}

;// CONCATENATED MODULE: ./actions/lib/oci/auth.ts


/**
 * Parses `WWW-Authenticate` (RFC 7235): one or more challenges, each a scheme followed by
 * comma-separated `name=value` or `name="quoted, value"` parameters. Commas inside quotes
 * (`scope="repository:x:pull,push"`) belong to the value.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skip = (chars) => {
        while (i < n && chars.includes(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < n) {
        skip(' \t,');
        if (i >= n)
            break;
        const start = i;
        const name = token();
        if (name.length === 0) {
            i++; // stray character: skip it
            continue;
        }
        skip(' \t');
        if (header[i] === '=' && current) {
            i++;
            skip(' \t');
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i++;
                    value += header[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                const valueStart = i;
                while (i < n && header[i] !== ',' && header[i] !== ' ' && header[i] !== '\t')
                    i++;
                value = header.slice(valueStart, i);
            }
            current.params[name.toLowerCase()] = value;
        }
        else {
            // a scheme name starts a new challenge (token68 credentials after it are ignored)
            i = start + name.length;
            current = { scheme: name.toLowerCase(), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}
/** `repository:<name>:pull` or `repository:<name>:pull,push`. */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
/**
 * Answers a registry's 401 challenges: basic credentials, or the bearer token flow that
 * ghcr.io and Docker Hub use (GET the realm with service and scope, with basic credentials when
 * given, take `token` or `access_token`). Tokens are cached per scope until shortly before
 * they expire. The password only ever leaves in an Authorization header.
 */
class RegistryAuth {
    registry;
    credentials;
    transport;
    now;
    tokens = new Map();
    basic = false;
    constructor(registry, credentials, transport, now = Date.now) {
        this.registry = registry;
        this.credentials = credentials;
        this.transport = transport;
        this.now = now;
    }
    /** The Authorization header to send before any challenge, if one is known for the scope. */
    cached(scope) {
        if (this.basic)
            return this.basicHeader();
        const token = this.tokens.get(scope);
        if (token && token.expiresAt > this.now())
            return token.header;
        this.tokens.delete(scope);
        return undefined;
    }
    /** Drops what was cached for the scope after the registry refused it. */
    forget(scope) {
        this.tokens.delete(scope);
    }
    /** The Authorization header that answers the response's challenge, or a RemoteError that says why there is none. */
    async answer(challengeHeader, scope) {
        const challenges = parseWwwAuthenticate(challengeHeader ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (bearer)
            return this.fetchToken(bearer, scope);
        if (challenges.some((c) => c.scheme === 'basic')) {
            if (!this.credentials)
                throw this.needsCredentials();
            this.basic = true;
            return this.basicHeader();
        }
        throw new errors/* RemoteError */.Hi(`registry ${this.registry} asked for authentication with an unsupported challenge '${challengeHeader ?? '(none)'}'`, 401);
    }
    /** The error for a 401 that persists after authenticating. */
    async refused(response, scope) {
        const challenge = parseWwwAuthenticate(response.headers.get('www-authenticate') ?? '').find((c) => c.scheme === 'bearer');
        const detail = await describeErrorBody(response);
        if (!this.credentials) {
            return new errors/* RemoteError */.Hi(`registry ${this.registry} refused anonymous access to ${scope}: credentials are needed${detail ? ` (${detail})` : ''}`, 401);
        }
        if (challenge?.params.error === 'insufficient_scope') {
            return new errors/* RemoteError */.Hi(`registry ${this.registry} denied ${scope} to user '${this.credentials.username}'` +
                ` (insufficient scope${detail ? `: ${detail}` : ''})`, 401);
        }
        return this.refusedCredentials(`HTTP 401${detail ? `: ${detail}` : ''}`);
    }
    basicHeader() {
        const { username, password } = this.credentials;
        return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
    }
    needsCredentials() {
        return new errors/* RemoteError */.Hi(`registry ${this.registry} requires credentials (HTTP 401) and none were given`, 401);
    }
    refusedCredentials(detail) {
        return new errors/* RemoteError */.Hi(`registry ${this.registry} refused the credentials of user '${this.credentials.username}' (${detail})`, 401);
    }
    async fetchToken(challenge, scope) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} sent a Bearer challenge without a realm`, 401);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} sent a Bearer challenge with an invalid realm '${realm}'`, 401);
        }
        assertSafeUrl(url, 'token realm');
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.append('scope', scope);
        const asked = challenge.params.scope;
        if (asked && asked !== scope)
            url.searchParams.append('scope', asked);
        const headers = { accept: 'application/json' };
        if (this.credentials)
            headers.authorization = this.basicHeader();
        const response = await send(url, { method: 'GET', headers }, this.transport);
        const where = `token service ${url.origin}${url.pathname}`;
        if (response.status === 401 || response.status === 403) {
            const detail = await describeErrorBody(response);
            if (!this.credentials)
                throw this.needsCredentials();
            throw this.refusedCredentials(`${where} answered HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
        }
        if (!response.ok) {
            const detail = await describeErrorBody(response);
            throw new errors/* RemoteError */.Hi(`${where} answered HTTP ${response.status} for ${scope}${detail ? `: ${detail}` : ''}`, response.status);
        }
        let body;
        try {
            body = (await response.json());
        }
        catch {
            throw new errors/* RemoteError */.Hi(`${where} answered with a body that is not JSON`, response.status);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : body.access_token;
        if (typeof token !== 'string' || token.length === 0) {
            throw new errors/* RemoteError */.Hi(`${where} answered without a token`, response.status);
        }
        // The spec's default lifetime is 60 s; renew 10 s early.
        const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        const header = `Bearer ${token}`;
        this.tokens.set(scope, { header, expiresAt: this.now() + Math.max(lifetime - 10, 1) * 1000 });
        return header;
    }
}

// EXTERNAL MODULE: ./actions/lib/oci/digest.ts
var oci_digest = __webpack_require__(61766);
// EXTERNAL MODULE: ./actions/lib/oci/media-types.ts
var media_types = __webpack_require__(66228);
;// CONCATENATED MODULE: ./actions/lib/oci/tags-list.ts
/**
 * The pieces of the distribution spec's tag listing (`GET /v2/<name>/tags/list`) that are not
 * requests: the body of one page and the `Link: <…>; rel="next"` header (RFC 8288) that leads to
 * the next. Pure.
 */

/** The target of the `rel="next"` link of a `Link` header, as written (relative or absolute); undefined without one. */
function nextLink(header) {
    if (!header)
        return undefined;
    // links are separated by commas outside <…>; a URL may hold commas of its own
    for (const link of header.match(/<[^>]*>[^<]*/g) ?? []) {
        const target = /^<([^>]*)>/.exec(link)?.[1];
        const params = link.slice(link.indexOf('>') + 1).split(';').slice(1);
        const rel = params.map((p) => /^\s*rel\s*=\s*"?([^"]*)"?\s*,?\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
        if (target !== undefined && rel?.toLowerCase().split(/\s+/).includes('next'))
            return target;
    }
    return undefined;
}
/** The tags of one page: `{"name": …, "tags": [...]}` (`tags` null or absent when the repository has none). */
function tagsOfPage(text, where) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new errors/* RemoteError */.Hi(`${where} is not JSON (expected {"name": ..., "tags": [...]}): ${text.trim().slice(0, 80)}`);
    }
    const tags = body && typeof body === 'object' ? body.tags : undefined;
    if (tags === undefined || tags === null)
        return [];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
        throw new errors/* RemoteError */.Hi(`${where} has a "tags" that is not a list of strings (expected {"name": ..., "tags": ["v1.0.0", ...]})`);
    }
    return tags;
}

;// CONCATENATED MODULE: ./actions/lib/oci/client.ts







/** A registry that keeps leading to further pages is stopped here rather than followed forever. */
const MAX_TAG_PAGES = 1000;
/** A client for the OCI distribution API of one registry (https, or http on loopback). */
class OciClient {
    registry;
    baseUrl;
    auth;
    transport;
    userAgent;
    tagPageSize;
    /** What each response answered, for error messages (Response.url is empty with some fetch stand-ins). */
    sent = new WeakMap();
    constructor(options) {
        this.registry = (0,oci_reference.validateRegistryHost)(options.registry);
        const loopback = (0,oci_reference.isLoopbackHost)(this.registry);
        const plainHttp = options.plainHttp ?? loopback;
        if (plainHttp && !loopback) {
            throw new errors/* ActionError */.lZ(`registry ${this.registry}: plain http:// is allowed only for loopback registries (127.0.0.1, localhost, [::1])`);
        }
        const apiHost = this.registry === 'docker.io' ? 'registry-1.docker.io' : this.registry;
        this.baseUrl = new URL(`${plainHttp ? 'http' : 'https'}://${apiHost}/`);
        this.transport = { fetch: options.fetch, timeoutMs: options.timeoutMs, retries: options.retries, retryScale: options.retryScale };
        this.auth = new RegistryAuth(this.registry, options.credentials, this.transport);
        this.userAgent = options.userAgent ?? 'release-actions-oci';
        this.tagPageSize = options.tagPageSize;
    }
    /** HEAD /v2/<name>/blobs/<digest>: true on 200, false on 404. */
    async blobExists(repository, digest) {
        const checked = (0,oci_digest/* validateDigest */.n2)(digest);
        const response = await this.request({ method: 'HEAD', repository, push: false, path: `blobs/${checked}` });
        if (response.status === 404)
            return false;
        await this.expect(response, [200], `blob ${checked}`);
        return true;
    }
    /** GET a blob and check its digest. */
    async getBlob(repository, digest) {
        const checked = (0,oci_digest/* validateDigest */.n2)(digest);
        const response = await this.request({ method: 'GET', repository, push: false, path: `blobs/${checked}` });
        await this.expect(response, [200], `blob ${checked}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const actual = (0,oci_digest/* sha256Digest */.sI)(bytes);
        if (actual !== checked)
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} served ${repository} blob ${checked} with content of digest ${actual}`);
        return bytes;
    }
    /** Monolithic upload: POST /v2/<name>/blobs/uploads/, then PUT <Location>?digest=. Always uploads. */
    async pushBlob(repository, bytes) {
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const started = await this.request({ method: 'POST', repository, push: true, path: 'blobs/uploads/', headers: { 'content-length': '0' } });
        await this.expect(started, [202], 'blob upload');
        const location = started.headers.get('location');
        if (!location)
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} started an upload to ${repository} without a Location header`, started.status);
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
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} stored blob ${digest} of ${repository} as ${stored}`, finished.status);
        }
        return { digest, size: bytes.byteLength };
    }
    /** Uploads the blob unless the repository has it already. */
    async ensureBlob(repository, bytes) {
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        if (await this.blobExists(repository, digest))
            return { digest, size: bytes.byteLength, uploaded: false };
        return { ...(await this.pushBlob(repository, bytes)), uploaded: true };
    }
    /** GET a manifest by tag or digest; null when the registry has no such manifest. */
    async getManifest(repository, reference, accept = media_types/* MANIFEST_TYPES */._P) {
        const ref = checkManifestReference(reference);
        const response = await this.request({ method: 'GET', repository, push: false, path: `manifests/${ref}`, headers: { accept: accept.join(', ') } });
        if (response.status === 404)
            return null;
        await this.expect(response, [200], `manifest ${ref}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const computed = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const header = response.headers.get('docker-content-digest');
        if ((header && (0,oci_digest/* isDigest */.Bc)(header) && header !== computed) || ((0,oci_digest/* isDigest */.Bc)(ref) && ref !== computed)) {
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} served manifest ${repository}:${ref} with content of digest ${computed}`);
        }
        let json;
        try {
            json = JSON.parse(Buffer.from(bytes).toString('utf8'));
        }
        catch {
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} served manifest ${repository}:${ref} that is not JSON`);
        }
        const mediaType = contentType(response) ?? mediaTypeOf(json) ?? '';
        return { digest: computed, mediaType, size: bytes.byteLength, bytes, json };
    }
    /** HEAD a manifest: its digest, media type and size; null when absent. */
    async headManifest(repository, reference, accept = media_types/* MANIFEST_TYPES */._P) {
        const ref = checkManifestReference(reference);
        const response = await this.request({ method: 'HEAD', repository, push: false, path: `manifests/${ref}`, headers: { accept: accept.join(', ') } });
        if (response.status === 404)
            return null;
        await this.expect(response, [200], `manifest ${ref}`);
        const digest = response.headers.get('docker-content-digest');
        const mediaType = contentType(response);
        if (!digest || !(0,oci_digest/* isDigest */.Bc)(digest) || !mediaType) {
            // Some registries leave these out of HEAD answers: read the manifest instead.
            const manifest = await this.getManifest(repository, ref, accept);
            return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size };
        }
        return { digest, mediaType, size: Number(response.headers.get('content-length') ?? '0') };
    }
    /** The digest a tag (or digest) resolves to, or null. */
    async resolve(repository, reference, accept = media_types/* MANIFEST_TYPES */._P) {
        return (await this.headManifest(repository, reference, accept))?.digest ?? null;
    }
    /** PUT a manifest under a tag or its digest; returns its digest. */
    async putManifest(repository, reference, mediaType, bytes) {
        const ref = checkManifestReference(reference);
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        if ((0,oci_digest/* isDigest */.Bc)(ref) && ref !== digest)
            throw new errors/* ActionError */.lZ(`manifest has digest ${digest}, not the ${ref} it is pushed as`);
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
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} stored manifest ${repository}:${ref} as ${stored}, expected ${digest}`, response.status);
        }
        return digest;
    }
    /**
     * Every tag of the repository: GET /v2/<name>/tags/list, then each page its `Link: <…>;
     * rel="next"` header leads to (same registry only). [] when the registry does not know the
     * repository (404 NAME_UNKNOWN): nothing was pushed to it yet.
     */
    async listTags(repository) {
        (0,oci_reference.validateRepository)(repository);
        let url = new URL(`/v2/${repository}/tags/list`, this.baseUrl);
        if (this.tagPageSize)
            url.searchParams.set('n', String(this.tagPageSize));
        const tags = [];
        const asked = new Set();
        for (let page = 1;; page++) {
            asked.add(url.href);
            const response = await this.request({ method: 'GET', repository, push: false, url });
            if (page === 1 && response.status === 404 && (await describeErrorBody(response.clone())).startsWith('NAME_UNKNOWN'))
                return [];
            await this.expect(response, [200], `the tag list of ${repository}`);
            tags.push(...tagsOfPage(await response.text(), `registry ${this.registry}'s tag list of ${repository} (${describeRequest('GET', url)})`));
            const next = nextLink(response.headers.get('link'));
            if (next === undefined)
                return tags;
            url = this.nextTagPage(repository, url, next, asked, page);
        }
    }
    /** The next page's URL, refused when it leaves the registry, repeats a page or goes on past MAX_TAG_PAGES. */
    nextTagPage(repository, current, next, asked, page) {
        const where = `registry ${this.registry}'s tag list of ${repository}`;
        let url;
        try {
            url = new URL(next, current);
        }
        catch {
            throw new errors/* RemoteError */.Hi(`${where}: the Link header's next page <${next.slice(0, 100)}> is not a URL`);
        }
        assertSafeUrl(url, `${where}: next page`);
        if (url.origin !== this.baseUrl.origin)
            throw new errors/* RemoteError */.Hi(`${where}: the next page is on ${url.origin}, not the registry ${this.baseUrl.origin}; refused (credentials go to the registry only)`);
        if (asked.has(url.href))
            throw new errors/* RemoteError */.Hi(`${where}: the Link header leads back to a page already read (${describeRequest('GET', url)}): the registry's paging loops`);
        if (page >= MAX_TAG_PAGES)
            throw new errors/* RemoteError */.Hi(`${where}: still more pages after ${MAX_TAG_PAGES}; stopped`);
        return url;
    }
    /** Sends with the cached authorization; on a 401 answers the challenge once and resends. */
    async request(spec) {
        (0,oci_reference.validateRepository)(spec.repository);
        const url = spec.url ?? new URL(`/v2/${spec.repository}/${spec.path ?? ''}`, this.baseUrl);
        const sameOrigin = url.origin === this.baseUrl.origin;
        const scope = repositoryScope(spec.repository, spec.push);
        const build = (authorization) => {
            const headers = { 'user-agent': this.userAgent, ...spec.headers };
            if (authorization && sameOrigin)
                headers.authorization = authorization;
            return { method: spec.method, headers, body: spec.body, redirect: 'follow' };
        };
        const first = await send(url, build(this.auth.cached(scope)), this.transport);
        this.sent.set(first, { method: spec.method, url });
        if (first.status !== 401 || !sameOrigin)
            return first;
        await first.arrayBuffer().catch(() => undefined);
        this.auth.forget(scope);
        const authorization = await this.auth.answer(first.headers.get('www-authenticate'), scope);
        const second = await send(url, build(authorization), this.transport);
        this.sent.set(second, { method: spec.method, url });
        if (second.status === 401)
            throw await this.auth.refused(second, scope);
        return second;
    }
    async expect(response, ok, what) {
        if (ok.includes(response.status))
            return;
        const { method, url } = this.sent.get(response) ?? { method: '?', url: this.baseUrl };
        const detail = method === 'HEAD' ? '' : await describeErrorBody(response);
        const verb = response.status === 403 ? 'denied' : `answered HTTP ${response.status}`;
        throw new errors/* RemoteError */.Hi(`registry ${this.registry} ${verb} for ${what} (${describeRequest(method, url)})${detail ? `: ${detail}` : ''}`, response.status);
    }
}
function checkManifestReference(reference) {
    if (reference.startsWith('sha256:') || reference.includes(':'))
        return (0,oci_digest/* validateDigest */.n2)(reference);
    return (0,oci_reference.validateTag)(reference);
}
function contentType(response) {
    const value = response.headers.get('content-type');
    const type = value?.split(';')[0]?.trim();
    return type ? type : undefined;
}
function mediaTypeOf(json) {
    if (json && typeof json === 'object' && typeof json.mediaType === 'string') {
        return json.mediaType;
    }
    return undefined;
}


/***/ }),

/***/ 61766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   n2: () => (/* binding */ validateDigest),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27378);


const SHA256 = /^sha256:[a-f0-9]{64}$/;
function isDigest(value) {
    return SHA256.test(value);
}
/** Returns the digest unchanged, or throws an error that says what is wrong with it. */
function validateDigest(value, what = 'digest') {
    if (isDigest(value))
        return value;
    const shown = value.length > 80 ? `${value.slice(0, 80)}...` : value;
    const colon = value.indexOf(':');
    if (colon <= 0)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${what} '${shown}' is not a digest: expected 'sha256:' followed by 64 lowercase hex digits`);
    const algorithm = value.slice(0, colon);
    const hex = value.slice(colon + 1);
    if (algorithm !== 'sha256') {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${what} '${shown}' uses the algorithm '${algorithm}'; only sha256 digests are supported`);
    }
    if (/^[a-fA-F0-9]{64}$/.test(hex)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${what} '${shown}' has uppercase hex digits; digests are lowercase`);
    }
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${what} '${shown}' is not a digest: expected 64 lowercase hex digits after 'sha256:', found ${hex.length} characters`);
}
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 66228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Qh: () => (/* binding */ HELM_CONFIG),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   Ws: () => (/* binding */ HELM_CHART_LAYER),
/* harmony export */   _P: () => (/* binding */ MANIFEST_TYPES)
/* harmony export */ });
/* unused harmony exports OCI_INDEX, OCI_CONFIG, OCI_LAYER_GZIP, OCI_EMPTY, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_CONFIG, DOCKER_LAYER_GZIP, HELM_PROVENANCE_LAYER, isIndexMediaType */
/** Media types of the OCI image spec, the Docker v2 formats and Helm 3.8+ charts. */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const HELM_PROVENANCE_LAYER = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
/** Every manifest type this client reads, the default `Accept` list. */
const MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** Index types: a list of per-platform manifests. */
const INDEX_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST];
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}


/***/ }),

/***/ 67837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatReference: () => (/* binding */ formatReference),
/* harmony export */   hostName: () => (/* binding */ hostName),
/* harmony export */   isLoopbackHost: () => (/* binding */ isLoopbackHost),
/* harmony export */   isValidTag: () => (/* binding */ isValidTag),
/* harmony export */   parseChartLocation: () => (/* binding */ parseChartLocation),
/* harmony export */   parseReference: () => (/* binding */ parseReference),
/* harmony export */   validateRegistryHost: () => (/* binding */ validateRegistryHost),
/* harmony export */   validateRepository: () => (/* binding */ validateRepository),
/* harmony export */   validateTag: () => (/* binding */ validateTag)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27378);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61766);


const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\](?::[0-9]{1,5})?$/;
function fail(text, why) {
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`reference '${text}': ${why}`);
}
function isValidTag(tag) {
    return TAG.test(tag);
}
/** Throws unless `tag` is a valid tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
function validateTag(tag) {
    if (!isValidTag(tag)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`tag '${tag}' is not valid: a tag is 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`);
    }
    return tag;
}
/** Throws unless `name` is a valid repository path (lowercase components separated by '/'). */
function validateRepository(name) {
    if (name.length === 0 || name.length > 255) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`repository '${name}' is not valid: it must be 1 to 255 characters`);
    }
    for (const component of name.split('/')) {
        if (!COMPONENT.test(component)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`repository '${name}' is not valid: component '${component}' must be lowercase letters and digits, separated by '.', '_', '__' or '-'`);
        }
    }
    return name;
}
/** Throws unless `host` is `name[:port]` or `[ipv6][:port]`; returns it lowercased. */
function validateRegistryHost(host) {
    const lower = host.toLowerCase();
    if (!HOSTNAME.test(lower) && !IPV6_HOST.test(lower)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`registry '${host}' is not a host name with an optional port`);
    }
    const port = /:([0-9]+)$/.exec(lower.replace(/^\[[^\]]*\]/, ''));
    if (port && (Number(port[1]) < 1 || Number(port[1]) > 65535)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`registry '${host}' has an invalid port`);
    }
    return lower;
}
/** True when the first path component names a registry rather than a Docker Hub namespace. */
function looksLikeRegistry(component) {
    return component.includes('.') || component.includes(':') || component.startsWith('[') || component === 'localhost';
}
/**
 * Parses `ghcr.io/org/image:tag`, `127.0.0.1:5000/x/y@sha256:...` or `name:tag@sha256:...`.
 * Without a registry part the reference is on Docker Hub (`nginx` is `docker.io/library/nginx`).
 */
function parseReference(text) {
    if (text.length === 0)
        fail(text, 'it is empty');
    if (/\s/.test(text))
        fail(text, 'it contains whitespace');
    if (text.includes('://'))
        fail(text, "write it without a scheme, as 'host/repository:tag'");
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDigest */ .n2)(rest.slice(at + 1), `digest in reference '${text}'`);
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0 && !(lastSlash < 0 && rest.startsWith('['))) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag))
            fail(text, `tag '${tag}' is not valid (1 to 128 of [A-Za-z0-9_.-], not starting with '.' or '-')`);
    }
    const slash = rest.indexOf('/');
    let registry = DOCKER_HUB;
    let repository = rest;
    if (slash >= 0 && looksLikeRegistry(rest.slice(0, slash))) {
        registry = rest.slice(0, slash);
        repository = rest.slice(slash + 1);
    }
    try {
        registry = validateRegistryHost(registry);
        validateRepository(repository);
    }
    catch (error) {
        fail(text, error.message);
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    const reference = { registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
/**
 * Resolves a Helm OCI location (`oci://ghcr.io/org/charts`) and a chart name to the chart's
 * repository (`ghcr.io`, `org/charts/<chart>`), as `helm push <chart> oci://...` does.
 */
function parseChartLocation(location, chartName) {
    const text = location.trim();
    if (!text.startsWith('oci://')) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart registry '${location}' must start with 'oci://' (for example oci://ghcr.io/org/charts)`);
    }
    const body = text.slice('oci://'.length).replace(/\/+$/, '');
    if (body.length === 0)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart registry '${location}' names no registry host`);
    if (body.includes('@') || body.includes('?') || body.includes('#')) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart registry '${location}' must be a location without tag or digest`);
    }
    const slash = body.indexOf('/');
    const host = slash < 0 ? body : body.slice(0, slash);
    const path = slash < 0 ? '' : body.slice(slash + 1);
    if (path.includes(':')) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart registry '${location}' must be a location without tag; the tag is the chart version`);
    }
    const registry = validateRegistryHost(host);
    const repository = path.length > 0 ? `${path}/${chartName}` : chartName;
    if (!COMPONENT.test(chartName)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart name '${chartName}' cannot be an OCI repository name: use lowercase letters, digits and '-'`);
    }
    validateRepository(repository);
    return { registry, repository };
}
/** `registry/repository[:tag][@digest]`. */
function formatReference(reference) {
    let text = `${reference.registry}/${reference.repository}`;
    if (reference.tag !== undefined)
        text += `:${reference.tag}`;
    if (reference.digest !== undefined)
        text += `@${reference.digest}`;
    return text;
}
/** The host without its port: `127.0.0.1`, `localhost`, `[::1]`. */
function hostName(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1);
    const colon = host.lastIndexOf(':');
    return colon >= 0 ? host.slice(0, colon) : host;
}
/** True for 127.0.0.0/8, localhost and [::1], with or without a port. */
function isLoopbackHost(host) {
    const name = hostName(host.toLowerCase());
    return name === 'localhost' || name === '[::1]' || name === '::1' || /^127(?:\.[0-9]{1,3}){3}$/.test(name);
}


/***/ })

};
