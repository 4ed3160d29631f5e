export const id = 435;
export const ids = [435];
export const modules = {

/***/ 69435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryClients: () => (/* binding */ registryClients),
/* harmony export */   releaseImages: () => (/* binding */ releaseImages),
/* harmony export */   remoteVerdict: () => (/* binding */ remoteVerdict),
/* harmony export */   requestTimeout: () => (/* binding */ requestTimeout)
/* harmony export */ });
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27378);
/* harmony import */ var _lib_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);


/** Per-attempt time limit of one request: RELEASE_ACTIONS_REQUEST_TIMEOUT_MS, less with a short timeout (never under 5 s). */
/**
 * The release's images: the `images` input, else the configuration's. `none` (a release of the
 * chart alone, release.yaml `image: none`) is no image at all.
 */
function releaseImages(ctx) {
    const images = ctx.inputs.images.length > 0 ? ctx.inputs.images : ctx.config.images;
    return images[0] === 'none' ? [] : images;
}
function requestTimeout(timeoutMs) {
    return Math.min((0,_lib_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .requestTimeoutMs */ .Hl)(), Math.max(5_000, timeoutMs));
}
/** One client per registry host, with the given credentials (anonymous without). */
function registryClients(ctx) {
    const clients = new Map();
    return {
        get(registry) {
            let client = clients.get(registry);
            if (!client) {
                client = __webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 40727)).then(({ OciClient }) => new OciClient({ registry, ...(ctx.credentials ? { credentials: ctx.credentials } : {}), timeoutMs: requestTimeout(ctx.poll.timeoutMs), userAgent: 'release-actions-verify-release' }));
                clients.set(registry, client);
            }
            return client;
        },
    };
}
/**
 * Runs one look at a registry. A refusal (401 after authenticating, 403) is final:
 * waiting does not fix credentials. Other remote trouble (5xx after the client's own
 * retries, a connection refused) is waited out like a missing artifact.
 */
async function remoteVerdict(look, fail) {
    try {
        return await look();
    }
    catch (err) {
        if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi) {
            if (err.status === 401 || err.status === 403)
                return fail(err.message);
            return { done: false, missing: err.message };
        }
        if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
            return fail(err.message);
        throw err;
    }
}


/***/ })

};
