export const id = 926;
export const ids = [926,305,100];
export const modules = {

/***/ 7305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   isNotFound: () => (/* binding */ isNotFound),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4100);
/**
 * The suite's one way to build an Octokit: retries for transient failures,
 * throttling for rate limits, a per-attempt timeout, and the API URL of the
 * runner (so GitHub Enterprise Server works unchanged).
 *
 * Every wait (retry back-off, rate-limit waits, the write spacing GitHub asks
 * integrators to keep) is multiplied by RELEASE_ACTIONS_RETRY_SCALE, so tests
 * exercise the real retry paths in milliseconds instead of skipping them.
 */






/** Beyond this a rate-limit wait is not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_S = 15 * 60;
function createGitHubClient(opts) {
    const scale = opts.retryScale ?? (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__/* .retryScale */ .H5)();
    const retries = opts.retries ?? 3;
    const timeoutMs = opts.timeoutMs ?? (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__/* .requestTimeoutMs */ .Hl)();
    const log = opts.log ?? ((message) => process.stdout.write(`${message}\n`));
    const noop = () => undefined;
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        const what = `${options.method} ${options.url}`;
        if (retryCount >= retries || retryAfter > MAX_RATE_LIMIT_WAIT_S) {
            log(`GitHub ${kind} rate limit hit for ${what}; giving up after ${retryCount} retries`);
            return false;
        }
        log(`GitHub ${kind} rate limit hit for ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
        baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: opts.userAgent ?? 'release-actions',
        log: { debug: noop, info: noop, warn: log, error: log },
        request: { fetch: withTimeout(baseFetch(), timeoutMs) },
        retry: {
            retries,
            retryAfterBaseValue: 1000 * scale,
            // 403 and 429 belong to throttling, which knows how long to wait; a 409
            // conflict would only replay the same stale precondition.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: 1000 * scale,
            ...throttleGroups(scale),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/** The HTTP status of an Octokit RequestError (or anything carrying one). */
function statusOf(err) {
    if (typeof err === 'object' && err !== null && 'status' in err) {
        const status = err.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function isNotFound(err) {
    return statusOf(err) === 404;
}
/** @actions/github's fetch honours the runner's proxy settings; keep it. */
function baseFetch() {
    return _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch;
}
/**
 * A fresh deadline per attempt. The deadline surfaces as a TimeoutError, which
 * @octokit/request turns into a retryable 500 (an AbortError would not be retried).
 */
function withTimeout(fetch, timeoutMs) {
    return (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return fetch(input, { ...init, signal });
    };
}
/**
 * plugin-throttling spaces writes 1 s apart (3 s for notification-triggering
 * ones) through module-wide groups; these are the same groups with scaled
 * spacing, shared per scale like the plugin shares its own.
 */
const groupsByScale = new Map();
function throttleGroups(scale) {
    let groups = groupsByScale.get(scale);
    if (!groups) {
        const common = { timeout: 2 * 60 * 1000 };
        groups = {
            global: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-global', maxConcurrent: 10, ...common }),
            auth: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-auth', maxConcurrent: 1, ...common }),
            search: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-search', maxConcurrent: 1, minTime: 2000 * scale, ...common }),
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-write', maxConcurrent: 1, minTime: 1000 * scale, ...common }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-notifications', maxConcurrent: 1, minTime: 3000 * scale, ...common }),
        };
        groupsByScale.set(scale, groups);
    }
    return groups;
}


/***/ }),

/***/ 4100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ retryScale),
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs),
/* harmony export */   gI: () => (/* binding */ scaledWait)
/* harmony export */ });
/* unused harmony exports RETRY_SCALE, REQUEST_TIMEOUT_MS, readSetting */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/**
 * The suite's tuning settings, read from the environment here and nowhere else, with one rule:
 * unset or blank means the default; anything else must be a plain decimal number in range, or
 * the run stops with an ActionError naming the variable, what it expects and its default — a
 * typo must not silently turn a test's millisecond waits into real ones, or the other way round.
 *
 * | variable | what | default |
 * | --- | --- | --- |
 * | `RELEASE_ACTIONS_RETRY_SCALE` | multiplies every wait between attempts (GitHub client back-off and rate-limit waits, registry and webhook retries, push retries, polling); `0` waits not at all | 1 |
 * | `RELEASE_ACTIONS_REQUEST_TIMEOUT_MS` | per-attempt limit of one request (GitHub API, registries, webhooks; for git over HTTP the stall limit, in whole seconds) | 60000 |
 *
 * Only the waits are scaled, never a deadline the user set (verify-release's `timeout`).
 */

const RETRY_SCALE = { name: 'RELEASE_ACTIONS_RETRY_SCALE', what: 'a number ≥ 0 that multiplies every wait between attempts', fallback: 1, min: 0 };
const REQUEST_TIMEOUT_MS = { name: 'RELEASE_ACTIONS_REQUEST_TIMEOUT_MS', what: 'a number of milliseconds > 0, the limit of one request attempt', fallback: 60_000, min: 0, above: true };
const DECIMAL = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;
/** The setting's value in `env`, by the one rule. */
function readSetting(setting, env = process.env) {
    const raw = env[setting.name];
    if (raw === undefined || raw.trim() === '')
        return setting.fallback;
    const value = DECIMAL.test(raw) ? Number(raw) : NaN;
    const inRange = setting.above ? value > setting.min : value >= setting.min;
    if (!Number.isFinite(value) || !inRange) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${setting.name} must be ${setting.what} (default ${setting.fallback}), got ${JSON.stringify(raw.slice(0, 40))}: unset it, or set a number`);
    }
    return value;
}
/** RELEASE_ACTIONS_RETRY_SCALE: the multiplier of every wait between attempts (default 1). */
function retryScale(env = process.env) {
    return readSetting(RETRY_SCALE, env);
}
/** RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: the limit of one request attempt in ms (default 60 000). */
function requestTimeoutMs(env = process.env) {
    return readSetting(REQUEST_TIMEOUT_MS, env);
}
/** `ms` multiplied by the retry scale, rounded: what to wait before the next attempt. */
function scaledWait(ms, env = process.env) {
    return Math.round(ms * retryScale(env));
}


/***/ }),

/***/ 3926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyAsset: () => (/* binding */ applyAsset),
  findRelease: () => (/* binding */ findRelease),
  planAsset: () => (/* binding */ planAsset),
  tagDownloadUrl: () => (/* binding */ tagDownloadUrl)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/lib/github/client.ts
var github_client = __webpack_require__(7305);
;// CONCATENATED MODULE: ./actions/lib/github/asset-hash.ts
/**
 * The sha256 of a GitHub release asset, which is how every write of an asset is keyed (an
 * asset of the same name and the same bytes is kept, other bytes are a conflict). GitHub
 * gives `digest: "sha256:…"` on every asset uploaded since mid-2025; for an older asset, or a
 * GitHub Enterprise Server without the field, the bytes are downloaded and hashed.
 */



/** The hex sha256 of bytes, as an asset's `digest` carries it. */
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** The hex sha256 from an asset's `digest`, when GitHub gave one. */
function digestSha256(asset) {
    const digest = asset.digest ?? '';
    return /^sha256:[0-9a-f]{64}$/.test(digest) ? digest.slice('sha256:'.length) : undefined;
}
/** The asset's sha256: its `digest`, else its bytes downloaded and hashed. */
async function releaseAssetSha256(client, repo, asset) {
    const known = digestSha256(asset);
    if (known)
        return known;
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
        return sha256Hex(Buffer.from(res.data));
    }
    catch (err) {
        if (err instanceof errors/* ActionError */.lZ)
            throw err;
        const status = (0,github_client.statusOf)(err);
        throw new errors/* RemoteError */.Hi(`downloading release asset ${asset.name} to compare it failed${status ? ` (HTTP ${status})` : ''}: ${err instanceof Error ? err.message : String(err)}`, status, { cause: err });
    }
}

;// CONCATENATED MODULE: ./actions/publish-helm/release-asset.ts



function remoteError(what, err) {
    if (err instanceof errors/* ActionError */.lZ)
        return err;
    const status = (0,github_client.statusOf)(err);
    const message = err instanceof Error ? err.message : String(err);
    return new errors/* RemoteError */.Hi(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, status, { cause: err });
}
/** The download URL of an asset of a published release of `tag`. */
function tagDownloadUrl(serverUrl, repo, tag, name) {
    return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;
}
/** The release of `tag`: the published one, else the oldest draft. */
async function findRelease(client, repo, tag) {
    let releases;
    try {
        releases = await client.paginate(client.rest.repos.listReleases, { ...repo, per_page: 100 });
    }
    catch (err) {
        throw remoteError(`listing the releases of ${repo.owner}/${repo.repo}`, err);
    }
    const forTag = releases.filter((r) => r.tag_name === tag);
    return forTag.find((r) => !r.draft) ?? forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id)[0];
}
/** What would be done for the asset; throws when an asset of the same name has other bytes. Reads only. */
async function planAsset(client, repo, opts) {
    const release = await findRelease(client, repo, opts.tag);
    const url = tagDownloadUrl(opts.serverUrl, repo, opts.tag, opts.name);
    const existing = release?.assets.find((a) => a.name === opts.name);
    if (!existing)
        return { tag: opts.tag, name: opts.name, ...(release ? { release } : {}), action: 'upload', url };
    const sha = await releaseAssetSha256(client, repo, existing);
    if (sha !== opts.sha256) {
        throw new errors/* ActionError */.lZ(`release ${opts.tag} already has an asset ${opts.name} with sha256 ${sha}; this package has sha256 ${opts.sha256}. ` +
            'A published chart is never replaced: bump the chart version. Nothing was written.');
    }
    return { tag: opts.tag, name: opts.name, release: release, existing, action: 'keep', url: release.draft ? url : existing.browser_download_url };
}
/** Creates the draft release of the tag when there is none, and uploads the asset when it is not there. */
async function applyAsset(client, repo, plan, bytes, opts) {
    let release = plan.release;
    let created = false;
    if (!release) {
        try {
            const { data } = await client.rest.repos.createRelease({
                ...repo,
                tag_name: plan.tag,
                ...(opts.target ? { target_commitish: opts.target } : {}),
                name: plan.tag,
                body: '',
                draft: true,
                prerelease: opts.prerelease,
            });
            release = data;
            created = true;
        }
        catch (err) {
            // A draft created by a concurrent run (or by a lost answer) is adopted rather than doubled.
            const found = await findRelease(client, repo, plan.tag).catch(() => undefined);
            if (!found)
                throw remoteError(`creating the draft release ${plan.tag}`, err);
            release = found;
        }
    }
    if (plan.action === 'keep')
        return { release, created, uploaded: false, url: plan.url };
    const asset = await upload(client, repo, release, plan.name, bytes);
    return { release, created, uploaded: true, url: release.draft ? plan.url : asset.browser_download_url };
}
async function upload(client, repo, release, name, bytes) {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    try {
        const res = await client.rest.repos.uploadReleaseAsset({
            ...repo,
            release_id: release.id,
            url: release.upload_url,
            name,
            data: data,
            headers: { 'content-type': 'application/gzip', 'content-length': data.length },
        });
        return res.data;
    }
    catch (err) {
        // A retried upload whose first attempt was applied (or a concurrent run): keep it when it is ours.
        if ((0,github_client.statusOf)(err) === 422) {
            const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 }).catch(() => []);
            const there = assets.find((a) => a.name === name);
            if (there && (await releaseAssetSha256(client, repo, there)) === sha256Hex(data))
                return there;
        }
        throw remoteError(`uploading ${name} to release ${release.tag_name}`, err);
    }
}


/***/ })

};
