export const id = 309;
export const ids = [309,100];
export const modules = {

/***/ 7309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describeRequest),
/* harmony export */   assertSafeUrl: () => (/* binding */ assertSafeUrl),
/* harmony export */   send: () => (/* binding */ send),
/* harmony export */   u: () => (/* binding */ describeErrorBody)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7837);



const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const BASE_WAITS_MS = [1000, 3000, 6000];
const MAX_RETRY_AFTER_MS = 10_000;
/** Refuses plain http:// except to loopback hosts, and anything that is neither http nor https. */
function assertSafeUrl(url, what) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:') {
        if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_2__.isLoopbackHost)(url.host))
            return;
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} ${url.origin}: plain http:// is allowed only for loopback registries (127.0.0.1, localhost, [::1])`);
    }
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${what} ${url.origin}: unsupported protocol '${url.protocol}'`);
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
    const scale = options.retryScale ?? (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .retryScale */ .H5)();
    const timeoutMs = options.timeoutMs ?? (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .requestTimeoutMs */ .Hl)();
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
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`${describeRequest(method, url)} failed after ${attempt + 1} attempt(s): ${reason}`, undefined, { cause: error });
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


/***/ })

};
