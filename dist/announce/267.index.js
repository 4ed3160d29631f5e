export const id = 267;
export const ids = [267];
export const modules = {

/***/ 3267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandAssets: () => (/* binding */ expandAssets),
/* harmony export */   sha256File: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7378);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3490);
/**
 * The `assets` input: newline globs, relative to the workspace, expanded to files with
 * their size and sha256. Every glob must match a file (a missing chart archive is a broken
 * release, not an empty one), and two files may not share a name on the release.
 */






const SKIP = new Set(['.git', 'node_modules']);
async function walk(root, dir, out) {
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true })) {
        if (SKIP.has(entry.name))
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
        if (entry.isDirectory())
            await walk(root, full, out);
        else if (entry.isFile())
            out.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, full).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'));
    }
}
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
async function expandAssets(workspace, globs) {
    if (globs.length === 0)
        return [];
    const { minimatch } = await __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 1138));
    const files = [];
    await walk(workspace, workspace, files);
    files.sort();
    const chosen = new Map();
    for (const [i, glob] of globs.entries()) {
        const pattern = glob.replace(/^\.\//, '');
        const hits = files.filter((f) => minimatch(f, pattern, { dot: true }));
        if (hits.length === 0)
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`assets line ${i + 1} (${glob}) matches no file in the workspace; build the asset first, or remove the line`);
        for (const h of hits)
            chosen.set(h, h);
    }
    const byName = new Map();
    const out = [];
    for (const rel of chosen.keys()) {
        const name = rel.split('/').pop();
        const other = byName.get((0,_release_js__WEBPACK_IMPORTED_MODULE_5__.assetName)(name));
        if (other)
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`assets: ${other} and ${rel} would both be the release asset ${(0,_release_js__WEBPACK_IMPORTED_MODULE_5__.assetName)(name)}; narrow the globs`);
        byName.set((0,_release_js__WEBPACK_IMPORTED_MODULE_5__.assetName)(name), rel);
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, rel);
        out.push({ name, path, rel, size: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).size, sha256: await sha256File(path) });
    }
    return out;
}


/***/ })

};
