export const id = 309;
export const ids = [309];
export const modules = {

/***/ 7309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ describeRequest),
/* harmony export */   assertSafeUrl: () => (/* binding */ assertSafeUrl),
/* harmony export */   send: () => (/* binding */ send),
/* harmony export */   ut: () => (/* binding */ describeErrorBody)
/* harmony export */ });
/* unused harmony exports retryScaleFromEnv, requestTimeoutFromEnv */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7837);


const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const BASE_WAITS_MS = [1000, 3000, 6000];
const MAX_RETRY_AFTER_MS = 10_000;
function retryScaleFromEnv(env = process.env) {
    const raw = env.RELEASE_ACTIONS_RETRY_SCALE;
    if (raw === undefined || raw.trim() === '')
        return 1;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : 1;
}
function requestTimeoutFromEnv(env = process.env) {
    const raw = env.RELEASE_ACTIONS_REQUEST_TIMEOUT_MS;
    const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(value) && value > 0 ? value : undefined;
}
/** Refuses plain http:// except to loopback hosts, and anything that is neither http nor https. */
function assertSafeUrl(url, what) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:') {
        if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__.isLoopbackHost)(url.host))
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
    const scale = options.retryScale ?? retryScaleFromEnv();
    const timeoutMs = options.timeoutMs ?? requestTimeoutFromEnv() ?? 60_000;
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


/***/ })

};
