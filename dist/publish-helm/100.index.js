export const id = 100;
export const ids = [100];
export const modules = {

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
