export const id = 337;
export const ids = [337,305,100];
export const modules = {

/***/ 7653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ releaseAssetSha256),
/* harmony export */   OL: () => (/* binding */ digestSha256),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7378);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7305);
/**
 * The sha256 of a GitHub release asset, which is how every write of an asset is keyed (an
 * asset of the same name and the same bytes is kept, other bytes are a conflict). GitHub
 * gives `digest: "sha256:…"` on every asset uploaded since mid-2025; for an older asset, or a
 * GitHub Enterprise Server without the field, the bytes are downloaded and hashed.
 */



/** The hex sha256 of bytes, as an asset's `digest` carries it. */
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
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
        if (err instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ)
            throw err;
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err);
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(`downloading release asset ${asset.name} to compare it failed${status ? ` (HTTP ${status})` : ''}: ${err instanceof Error ? err.message : String(err)}`, status, { cause: err });
    }
}


/***/ }),

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

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ui: () => (/* binding */ findOrCreateDraft),
/* harmony export */   bO: () => (/* binding */ remoteError),
/* harmony export */   tH: () => (/* binding */ listReleases),
/* harmony export */   x8: () => (/* binding */ pickRelease)
/* harmony export */ });
/* unused harmony exports getRelease, updateRelease, latestRelease, settleCreateRace */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7305);



const wait = (ms) => new Promise((resolve) => setTimeout(resolve, (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .scaledWait */ .gI)(ms)));
function remoteError(what, err) {
    if (err instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
        return err;
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err);
    const message = err instanceof Error ? err.message : String(err);
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, status, { cause: err });
}
/** Every release of the repository, drafts included (newest first). */
async function listReleases(client, repo) {
    try {
        return await client.paginate(client.rest.repos.listReleases, { ...repo, per_page: 100 });
    }
    catch (err) {
        throw remoteError(`listing the releases of ${repo.owner}/${repo.repo}`, err);
    }
}
/** The release of `tag`: the published one, else the oldest draft; the other drafts are reported. */
function pickRelease(releases, tag) {
    const forTag = releases.filter((r) => r.tag_name === tag);
    const published = forTag.find((r) => !r.draft);
    const drafts = forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
    const release = published ?? drafts[0];
    return { ...(release ? { release } : {}), extraDrafts: drafts.filter((d) => d !== release) };
}
async function getRelease(client, repo, id) {
    try {
        return (await client.rest.repos.getRelease({ ...repo, release_id: id })).data;
    }
    catch (err) {
        throw remoteError(`reading release ${id}`, err);
    }
}
async function updateRelease(client, repo, id, patch, what) {
    try {
        return (await client.rest.repos.updateRelease({ ...repo, release_id: id, ...patch })).data;
    }
    catch (err) {
        throw remoteError(what, err);
    }
}
/** The release GitHub marks as latest, or undefined when there is none. */
async function latestRelease(client, repo) {
    try {
        return (await client.rest.repos.getLatestRelease({ ...repo })).data;
    }
    catch (err) {
        if (statusOf(err) === 404)
            return undefined;
        throw remoteError(`reading the latest release of ${repo.owner}/${repo.repo}`, err);
    }
}
/**
 * After this run created draft `mine` for `tag`: the release that stays. A published one wins,
 * else the oldest draft; `lost` when that is not this run's draft (undefined `winner` when
 * the listing no longer shows any release for the tag, not even this run's).
 */
function settleCreateRace(releases, tag, mine) {
    const { release } = pickRelease(releases, tag);
    if (!release)
        return { lost: true };
    return { winner: release, lost: release.id !== mine };
}
async function deleteOwnDraft(client, repo, id, tag) {
    try {
        await client.rest.repos.deleteRelease({ ...repo, release_id: id });
    }
    catch (err) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err) !== 404)
            throw remoteError(`deleting this run's duplicate draft release ${id} of ${tag}`, err);
    }
}
const CREATE_ATTEMPTS = 3;
/**
 * The release for `spec.tag`: found (drafts included), or created as a draft. A create
 * whose answer was lost is never repeated blindly: the releases are listed first.
 */
async function findOrCreateDraft(client, repo, spec, log) {
    const look = async () => {
        const { release, extraDrafts } = pickRelease(await listReleases(client, repo), spec.tag);
        if (extraDrafts.length > 0) {
            log.warning(`${extraDrafts.length} more draft release(s) exist for ${spec.tag} (ids ${extraDrafts.map((d) => d.id).join(', ')}); release ${release?.id} is used, delete the others by hand`);
        }
        return release;
    };
    const existing = await look();
    if (existing)
        return { release: existing, how: existing.draft ? 'adopted-draft' : 'adopted-published' };
    let lastError;
    let created;
    for (let attempt = 1; attempt <= CREATE_ATTEMPTS && !created; attempt++) {
        try {
            ({ data: created } = await client.rest.repos.createRelease({
                ...repo,
                tag_name: spec.tag,
                ...(spec.target ? { target_commitish: spec.target } : {}),
                name: spec.name,
                body: spec.body,
                draft: true,
                prerelease: spec.prerelease,
                // the automatic retry would POST again after a lost answer; this loop lists first
                request: { retries: 0 },
            }));
        }
        catch (err) {
            lastError = err;
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(err);
            const maybeApplied = status === undefined || status >= 500 || status === 422;
            if (!maybeApplied)
                throw remoteError(`creating the draft release ${spec.tag}`, err);
            const found = await look();
            if (found) {
                log.info(`creating the release answered ${status ?? 'nothing'}, but a release for ${spec.tag} exists (id ${found.id}): adopted, not created twice`);
                return { release: found, how: 'adopted-after-error' };
            }
            if (status === 422)
                throw remoteError(`creating the draft release ${spec.tag}`, err);
            if (attempt < CREATE_ATTEMPTS) {
                log.warning(`creating the release ${spec.tag} failed (${status ?? 'no answer'}); no release was made, trying again (${attempt + 1} of ${CREATE_ATTEMPTS})`);
                await wait(1000 * attempt);
            }
        }
    }
    if (!created)
        throw remoteError(`creating the draft release ${spec.tag} (${CREATE_ATTEMPTS} attempts)`, lastError);
    const settled = settleCreateRace(await listReleases(client, repo), spec.tag, created.id);
    if (!settled.lost)
        return { release: created, how: 'created' };
    if (!settled.winner)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`the draft release ${created.id} of ${spec.tag} vanished right after it was created; re-run the job`);
    await deleteOwnDraft(client, repo, created.id, spec.tag);
    log.info(`another run created a release for ${spec.tag} at the same time (id ${settled.winner.id}, the older one): this run's draft (id ${created.id}) was deleted, and the release is left to that run`);
    return { release: settled.winner, how: 'lost-race' };
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

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyAsset: () => (/* binding */ applyAsset),
/* harmony export */   findRelease: () => (/* binding */ findRelease),
/* harmony export */   planAsset: () => (/* binding */ planAsset),
/* harmony export */   publishDraft: () => (/* binding */ publishDraft),
/* harmony export */   releaseOf: () => (/* binding */ releaseOf),
/* harmony export */   tagDownloadUrl: () => (/* binding */ tagDownloadUrl)
/* harmony export */ });
/* harmony import */ var _lib_github_asset_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7653);
/* harmony import */ var _lib_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7305);
/* harmony import */ var _lib_github_releases_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7378);
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




/** The download URL of an asset of a published release of `tag`. */
function tagDownloadUrl(serverUrl, repo, tag, name) {
    return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;
}
/** The release of `tag` among `releases`: the published one, else the oldest draft. */
function releaseOf(releases, tag) {
    return (0,_lib_github_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .pickRelease */ .x8)(releases, tag).release;
}
/** The release of `tag`: the published one, else the oldest draft. */
async function findRelease(client, repo, tag) {
    return releaseOf(await (0,_lib_github_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .listReleases */ .tH)(client, repo), tag);
}
/** What would be done for the asset; throws when an asset of the same name has other bytes. Reads only. */
async function planAsset(client, repo, opts) {
    const release = opts.releases ? releaseOf(opts.releases, opts.tag) : await findRelease(client, repo, opts.tag);
    const url = tagDownloadUrl(opts.serverUrl, repo, opts.tag, opts.name);
    const existing = release?.assets.find((a) => a.name === opts.name);
    if (!existing)
        return { tag: opts.tag, name: opts.name, ...(release ? { release } : {}), action: 'upload', url };
    const sha = await (0,_lib_github_asset_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseAssetSha256 */ .J6)(client, repo, existing);
    if (sha !== opts.sha256) {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`release ${opts.tag} already has an asset ${opts.name} with sha256 ${sha}; this package has sha256 ${opts.sha256}. ` +
            'A published chart is never replaced: bump the chart version. Nothing was written.');
    }
    return { tag: opts.tag, name: opts.name, release: release, existing, action: 'keep', url: release.draft ? url : existing.browser_download_url };
}
/** Creates the draft release of the tag when there is none, and uploads the asset when it is not there. */
async function applyAsset(client, repo, plan, bytes, opts) {
    let release = plan.release;
    let created = false;
    if (!release) {
        const spec = { tag: plan.tag, ...(opts.target ? { target: opts.target } : {}), name: plan.tag, body: opts.body ?? '', prerelease: opts.prerelease };
        const found = await (0,_lib_github_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .findOrCreateDraft */ .Ui)(client, repo, spec, opts.log);
        release = found.release;
        created = found.how === 'created';
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
        if ((0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(err) === 422) {
            const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 }).catch(() => []);
            const there = assets.find((a) => a.name === name);
            if (there && (await (0,_lib_github_asset_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseAssetSha256 */ .J6)(client, repo, there)) === (0,_lib_github_asset_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(data))
                return there;
        }
        throw (0,_lib_github_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteError */ .bO)(`uploading ${name} to release ${release.tag_name}`, err);
    }
}
/**
 * Publishes a draft at its tag, which must exist already (GitHub then names it and creates no
 * tag of its own); a published release is returned as it is. A 422 when another run published
 * the tag's release meanwhile is an answer, not a failure: the published release is returned.
 */
async function publishDraft(client, repo, release, opts = {}) {
    if (!release.draft)
        return release;
    try {
        const { data } = await client.rest.repos.updateRelease({
            ...repo,
            release_id: release.id,
            tag_name: release.tag_name,
            draft: false,
            ...(opts.makeLatest ? { make_latest: opts.makeLatest } : {}),
        });
        return data;
    }
    catch (err) {
        if ((0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(err) === 422) {
            const found = await findRelease(client, repo, release.tag_name).catch(() => undefined);
            if (found && !found.draft)
                return found;
        }
        throw (0,_lib_github_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteError */ .bO)(`publishing the draft release ${release.tag_name}`, err);
    }
}


/***/ })

};
