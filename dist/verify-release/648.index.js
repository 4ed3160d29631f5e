export const id = 648;
export const ids = [648];
export const modules = {

/***/ 94648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTrustedRoot: () => (/* binding */ loadTrustedRoot),
/* harmony export */   trustMaterial: () => (/* binding */ trustMaterial)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27378);
/**
 * The trust material bundles are verified against: Sigstore's `TrustedRoot` (Fulcio CAs,
 * Rekor and CT log keys, with their validity periods). From a file (a private Sigstore, or
 * the local stand-ins of the tests and the rehearsal), else the public-good root fetched and
 * checked through TUF, as `cosign` and `gh attestation verify` get it.
 */




async function loadTrustedRoot(source) {
    if (source.path)
        return trustedRootFromFile(source.path);
    const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 84423));
    try {
        return await getTrustedRoot(source.cachePath ? { cachePath: source.cachePath } : {});
    }
    catch (err) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`cannot fetch Sigstore's public-good trusted root through TUF: ${err.message}; give a trusted-root file to verify offline`, { cause: err });
    }
}
async function trustedRootFromFile(path) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch((err) => {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`trusted root ${path} cannot be read (${err.code ?? err.message}): give the path of a Sigstore TrustedRoot JSON file`);
    });
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`trusted root ${path} is not JSON: ${err.message}`);
    }
    const root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(json);
    if (root.certificateAuthorities.length === 0 || root.tlogs.length === 0) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`trusted root ${path} has no certificate authority or no transparency log: expected a Sigstore TrustedRoot (mediaType application/vnd.dev.sigstore.trustedroot+json)`);
    }
    return root;
}
function trustMaterial(root) {
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(root);
}


/***/ })

};
