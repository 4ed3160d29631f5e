export const id = 837;
export const ids = [837];
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
