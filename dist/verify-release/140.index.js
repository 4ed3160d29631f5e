export const id = 140;
export const ids = [140];
export const modules = {

/***/ 11140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3016);
/**
 * crds-in-sync: every CRD generated under the configured folder (WVA:
 * `config/crd/bases/`, controller-gen's output) is in the chart's `crds/` and
 * identical as YAML — the chart installs what the code defines.
 */



async function run(ctx) {
    const dir = ctx.config.crdDir.replace(/\/+$/, '');
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.run.workspace, dir)).catch(() => undefined);
    if (!names)
        return { status: 'skipped', detail: `${dir} does not exist: no generated CRDs to compare (configuration key crd-dir)` };
    const generated = new Map();
    for (const n of names.filter(_crds_js__WEBPACK_IMPORTED_MODULE_2__/* .isCrdFile */ .oG).sort())
        generated.set(`${dir}/${n}`, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.run.workspace, dir, n), 'utf8'));
    if (generated.size === 0)
        return { status: 'failed', detail: `${dir} holds no CRD files (*.yaml)` };
    const chart = await ctx.chart();
    const source = (0,_crds_js__WEBPACK_IMPORTED_MODULE_2__/* .readCrds */ .nN)(generated);
    const target = (0,_crds_js__WEBPACK_IMPORTED_MODULE_2__/* .readCrds */ .nN)(chart.crds);
    const problems = [...source.problems, ...target.problems];
    if (problems.length > 0)
        return { status: 'failed', detail: problems.join('; ') };
    if (source.docs.length === 0)
        return { status: 'failed', detail: `${dir} holds no CustomResourceDefinition` };
    const c = (0,_crds_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCrds */ .SM)(source.docs, target.docs);
    const issues = [
        ...c.missing.map((n) => `${n} (${source.docs.find((d) => d.name === n)?.file}) is missing from ${chart.dir}/crds/`),
        ...c.different.map((d) => `${d.name}: ${d.actualFile} has ${d.difference.actual} at ${d.difference.path}, ${d.expectedFile} has ${d.difference.expected}`),
    ];
    const extra = c.extra.length > 0 ? `; only in the chart: ${c.extra.join(', ')}` : '';
    if (issues.length > 0)
        return { status: 'failed', detail: `${issues.join('; ')} (run make manifests and copy the CRDs into the chart)${extra}` };
    return { status: 'passed', detail: `${c.same.length} CRD(s) identical in ${dir}/ and ${chart.dir}/crds/: ${c.same.join(', ')}${extra}` };
}


/***/ }),

/***/ 3016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SM: () => (/* binding */ compareCrds),
/* harmony export */   nN: () => (/* binding */ readCrds),
/* harmony export */   oG: () => (/* binding */ isCrdFile)
/* harmony export */ });
/* unused harmony export firstDifference */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/**
 * CustomResourceDefinitions compared as YAML (not as bytes): key order, quoting,
 * comments and document markers do not matter, values do. Pure.
 */


/** The CRDs of a set of files (path → text); a file may hold several documents. */
function readCrds(files) {
    const docs = [];
    const problems = [];
    for (const [file, text] of files) {
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text);
        if (!Array.isArray(parsed)) {
            problems.push(`${file}: empty`);
            continue;
        }
        for (const [i, doc] of parsed.entries()) {
            const error = doc.errors[0];
            if (error) {
                problems.push(`${file}: not valid YAML (${error.message.split('\n')[0]})`);
                break;
            }
            const value = doc.toJS();
            if (value === null || value === undefined)
                continue;
            const obj = value;
            if (obj.kind !== 'CustomResourceDefinition' || typeof obj.metadata?.name !== 'string') {
                problems.push(`${file}${parsed.length > 1 ? ` (document ${i + 1})` : ''}: not a CustomResourceDefinition with metadata.name`);
                continue;
            }
            docs.push({ name: obj.metadata.name, file, value });
        }
    }
    return { docs, problems };
}
function show(v) {
    const s = v === undefined ? '(missing)' : JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** The first key path (in sorted key order) where `actual` differs from `expected`. */
function firstDifference(expected, actual, path = '') {
    if ((0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(expected, actual))
        return undefined;
    const a = expected;
    const b = actual;
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const d = firstDifference(a[i], b[i], `${path}[${i}]`);
            if (d)
                return d;
        }
    }
    else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const k of keys) {
            const d = firstDifference(a[k], b[k], path ? `${path}.${k}` : k);
            if (d)
                return d;
        }
    }
    return { path: path || '(document)', expected: show(a), actual: show(b) };
}
/** Compares the CRDs that should be there (`expected`) with those that are (`actual`), by name. */
function compareCrds(expected, actual) {
    const byName = new Map(actual.map((d) => [d.name, d]));
    const out = { same: [], missing: [], different: [], extra: [] };
    for (const e of expected) {
        const a = byName.get(e.name);
        if (!a)
            out.missing.push(e.name);
        else {
            const difference = firstDifference(e.value, a.value);
            if (difference)
                out.different.push({ name: e.name, expectedFile: e.file, actualFile: a.file, difference });
            else
                out.same.push(e.name);
        }
    }
    const names = new Set(expected.map((e) => e.name));
    out.extra = actual.filter((a) => !names.has(a.name)).map((a) => a.name);
    return out;
}
const isCrdFile = (name) => /\.(ya?ml|json)$/i.test(name);


/***/ })

};
