export const id = 134;
export const ids = [134,305];
export const modules = {

/***/ 3134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findOpenPull: () => (/* binding */ findOpenPull),
/* harmony export */   openPull: () => (/* binding */ openPull),
/* harmony export */   updatePull: () => (/* binding */ updatePull)
/* harmony export */ });
/* harmony import */ var _lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7305);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7378);


function remoteError(what, err) {
    const status = (0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err);
    const message = err instanceof Error ? err.message : String(err);
    return new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, status, { cause: err });
}
async function findOpenPull(client, spec) {
    try {
        const { data } = await client.rest.pulls.list({ owner: spec.owner, repo: spec.repo, head: `${spec.owner}:${spec.branch}`, state: 'open', per_page: 10 });
        const pull = data.find((p) => p.head.ref === spec.branch);
        if (!pull)
            return undefined;
        return { number: pull.number, url: pull.html_url, existed: true, labels: pull.labels.map((l) => l.name ?? '').filter(Boolean), title: pull.title, body: pull.body ?? '' };
    }
    catch (err) {
        throw remoteError(`listing the open pull requests of ${spec.branch}`, err);
    }
}
/**
 * Opens the pull request and puts the labels on it. When GitHub answers that one
 * already exists (a concurrent run, or a retried create whose first answer was
 * lost), that one is used, and labelled too.
 */
async function openPull(client, spec) {
    let pull;
    try {
        const { data } = await client.rest.pulls.create({
            owner: spec.owner,
            repo: spec.repo,
            head: spec.branch,
            base: spec.base,
            title: spec.title,
            body: spec.body,
            draft: spec.draft,
        });
        pull = { number: data.number, url: data.html_url, existed: false, labels: [] };
    }
    catch (err) {
        const existing = (0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 422 ? await findOpenPull(client, spec).catch(() => undefined) : undefined;
        if (!existing)
            throw remoteError(`opening the pull request ${spec.branch} → ${spec.base}`, err);
        pull = { ...existing, existed: false }; // not open when this run looked a moment ago
    }
    const missing = spec.labels.filter((l) => !pull.labels.some((have) => have.toLowerCase() === l.toLowerCase()));
    if (missing.length > 0) {
        try {
            const { data } = await client.rest.issues.addLabels({ owner: spec.owner, repo: spec.repo, issue_number: pull.number, labels: missing });
            pull.labels = data.map((l) => l.name);
        }
        catch (err) {
            throw remoteError(`labelling pull request #${pull.number} (${pull.url}) with ${missing.join(', ')}`, err);
        }
    }
    return pull;
}
/** Sets what differs of the title and body; nothing at all when both are already so. */
async function updatePull(client, spec, pull, want) {
    const changes = { ...(pull.title !== want.title ? { title: want.title } : {}), ...(pull.body !== want.body ? { body: want.body } : {}) };
    const fields = Object.keys(changes);
    if (fields.length === 0)
        return [];
    try {
        await client.rest.pulls.update({ owner: spec.owner, repo: spec.repo, pull_number: pull.number, ...changes });
    }
    catch (err) {
        throw remoteError(`updating the ${fields.join(' and ')} of pull request #${pull.number} (${pull.url})`, err);
    }
    Object.assign(pull, changes);
    return fields;
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


/***/ })

};
