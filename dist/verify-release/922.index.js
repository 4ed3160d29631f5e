export const id = 922;
export const ids = [922,435];
export const modules = {

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

/***/ 90922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartTag: () => (/* binding */ chartTag),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66228);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73997);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69435);
/**
 * oci-chart: when an OCI registry is configured for the chart, its tag (the chart
 * version, `+` written `_` as Helm does) exists and is a Helm chart manifest. Polled.
 * The tag is the version as the chart writes it: `helm push` tags llm-d-infra's `v1.4.1` as
 * `v1.4.1`, and publish-helm keeps that `v`.
 */



async function run(ctx) {
    const location = ctx.inputs.ociRegistry || ctx.config.ociRegistry;
    if (!location)
        return { status: 'skipped', detail: 'no OCI registry configured for the chart (input oci-registry, configuration key oci-registry)' };
    const chart = await ctx.chart();
    const { parseChartLocation } = await __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 67837));
    const { registry, repository } = parseChartLocation(location, chart.name);
    const tag = chartTag(chart.version, ctx.version);
    const client = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__.registryClients)(ctx).get(registry);
    const name = `oci://${registry}/${repository}:${tag}`;
    const finish = (ok, detail) => ({ done: true, value: { ok, detail } });
    const outcome = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(() => (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__.remoteVerdict)(async () => {
        const manifest = await client.getManifest(repository, tag, [_lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG]);
        if (!manifest)
            return { done: false, missing: `${name} not found` };
        const configType = manifest.json.config?.mediaType;
        if (configType !== _lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .HELM_CONFIG */ .Qh)
            return finish(false, `${name} is not a Helm chart (config media type ${configType ?? 'missing'}, expected ${_lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .HELM_CONFIG */ .Qh})`);
        return finish(true, `${name} ${manifest.digest.slice(0, 19)}…`);
    }, (message) => finish(false, message)), { ...ctx.poll, onWait: (missing, wait) => ctx.log.info(`oci-chart: ${missing}; looking again in ${Math.round(wait)} ms`) });
    if (!outcome.value)
        return { status: 'failed', detail: `still missing after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
    return { status: outcome.value.ok ? 'passed' : 'failed', detail: outcome.value.detail };
}
/** The OCI tag of the release's chart: Chart.yaml's version when it is the release's in another style (a `v`), else the release version. */
function chartTag(chartVersion, version) {
    const bare = (v) => v.replace(/^v/, '');
    const written = chartVersion !== undefined && bare(chartVersion) === bare(version) ? chartVersion : version;
    return written.replaceAll('+', '_');
}


/***/ }),

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
