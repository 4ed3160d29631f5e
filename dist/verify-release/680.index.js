export const id = 680;
export const ids = [680];
export const modules = {

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

/***/ 64680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPlatform: () => (/* binding */ formatPlatform),
/* harmony export */   imagePlatforms: () => (/* binding */ imagePlatforms)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27378);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61766);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66228);



/**
 * The platforms of an image index (OCI) or manifest list (Docker), from its parsed JSON.
 * Entries without a platform and BuildKit attestation manifests (`unknown/unknown`) are left out.
 */
function imagePlatforms(index) {
    if (!index || typeof index !== 'object')
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('image index: expected a JSON object');
    const { mediaType, manifests, config } = index;
    if (!Array.isArray(manifests)) {
        const kind = config !== undefined ? 'a single-platform image manifest' : 'not an image index';
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`image index: this is ${kind}${typeof mediaType === 'string' ? ` (${mediaType})` : ''}, it lists no platforms`);
    }
    if (typeof mediaType === 'string' && !_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .INDEX_TYPES */ .V.includes(mediaType)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`image index: media type '${mediaType}' is not an image index or manifest list`);
    }
    const platforms = [];
    manifests.forEach((raw, i) => {
        const platform = raw?.platform;
        if (!platform || typeof platform.os !== 'string' || typeof platform.architecture !== 'string')
            return;
        if (platform.os === 'unknown' && platform.architecture === 'unknown')
            return;
        if (raw.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest')
            return;
        if (typeof raw.digest !== 'string')
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`image index: manifests[${i}] has no digest`);
        const entry = {
            os: platform.os,
            architecture: platform.architecture,
            digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDigest */ .n2)(raw.digest, `image index manifests[${i}].digest`),
            mediaType: typeof raw.mediaType === 'string' ? raw.mediaType : '',
            size: typeof raw.size === 'number' ? raw.size : 0,
        };
        if (typeof platform.variant === 'string' && platform.variant)
            entry.variant = platform.variant;
        if (typeof platform['os.version'] === 'string' && platform['os.version'])
            entry.osVersion = platform['os.version'];
        platforms.push(entry);
    });
    return platforms;
}
/** `linux/amd64`, `linux/arm64/v8`. */
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
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


/***/ })

};
