export const id = 824;
export const ids = [824];
export const modules = {

/***/ 7443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ parseRequirements),
/* harmony export */   parseChartYaml: () => (/* binding */ parseChartYaml)
/* harmony export */ });
/* unused harmony exports goFormatFloat32, ChartYaml, readValue */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7378);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7278);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3127);
/**
 * Chart.yaml read as Helm reads it (sigs.k8s.io/yaml into `chart.Metadata`), with the line of
 * every field for messages. A number or boolean where Helm expects a string becomes the string
 * Go's converter gives (`1.10` -> `1.1`, `7244500.0` -> `7.2445e+06`), with a warning.
 */




/** strconv.FormatFloat(f, 'g', -1, 32): the shortest float32 digits, exponent form from 1e+06 and below 1e-04. */
function goFormatFloat32(v) {
    const f = Math.fround(v);
    if (!Number.isFinite(f))
        return f > 0 ? '+Inf' : f < 0 ? '-Inf' : 'NaN';
    if (f === 0)
        return Object.is(f, -0) ? '-0' : '0';
    let p = 1;
    while (p < 9 && Math.fround(Number(f.toPrecision(p))) !== f)
        p++;
    const [mant, expText] = f.toExponential(p - 1).split('e');
    const exp = Number(expText);
    // Go's shortest 'g' switches to the exponent form at exponent 6 (eprec = 6).
    if (exp < -4 || exp >= 6) {
        const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
        return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    return String(Number(f.toPrecision(p)));
}
/** The Chart.yaml fields Helm's Metadata.Validate leaves as written. */
const UNSANITIZED = new Set(['apiVersion', 'version', 'type']);
class ChartYaml {
    file;
    text;
    warnings = [];
    lc = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    line(node) {
        const range = node?.range;
        return range ? this.lc.linePos(range[0]).line : undefined;
    }
    fail(message, node) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(this.file, message, this.line(node));
    }
    /**
     * A scalar as a string. Numbers and booleans become the text sigs.k8s.io/yaml gives a string
     * field (integers as written, floats as float32 'g', true/false), with a warning.
     */
    string(node, what) {
        if (node === null || node === undefined)
            return undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node))
            this.fail(`${what} must be a string`, node);
        const v = node.value;
        if (v === null)
            return undefined;
        // Metadata.Validate sanitizes every string field but apiVersion, version and type: a stray
        // control character there stays, and makes the value invalid as it does for Helm.
        if (typeof v === 'string')
            return UNSANITIZED.has(what) ? v : (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeString */ .xV)(v);
        const range = node.range;
        const src = range ? this.text.slice(range[0], range[1]) : String(v);
        if (typeof v === 'number' || typeof v === 'boolean') {
            const helm = typeof v === 'boolean' ? String(v) : /^[-+]?\d+$/.test(src) ? String(v) : goFormatFloat32(v);
            this.warnings.push(`${this.file}:${this.line(node)}: ${what} ${src} is not quoted, so YAML reads it as a ${typeof v} and Helm writes ${JSON.stringify(helm)}; quote it`);
            return helm;
        }
        return String(v);
    }
    strings(node, what) {
        if (node === null || node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && node.value === null))
            return undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            this.fail(`${what} must be a list of strings`, node);
        return node.items.map((item, i) => this.string(item, `${what}[${i}]`) ?? '');
    }
    boolean(node, what) {
        if (node === null || node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && node.value === null))
            return undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) || typeof node.value !== 'boolean')
            this.fail(`${what} must be true or false`, node);
        return node.value;
    }
    any(node) {
        if (node === null || node === undefined)
            return null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
            const o = {};
            for (const p of node.items)
                o[String((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) ? p.key.value : p.key)] = this.any(p.value);
            return o;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            return node.items.map((i) => this.any(i));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
            const v = node.value;
            return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
        }
        return null;
    }
    pairs(node, what) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
            this.fail(`${what} must be a mapping`, node);
        return node.items;
    }
    key(pair) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key))
            this.fail('keys must be plain strings', pair.key);
        return String(pair.key.value);
    }
}
function readValue(y, kind, node, what) {
    switch (kind) {
        case 'string':
            return y.string(node, what);
        case 'string[]':
            return y.strings(node, what);
        case 'boolean':
            return y.boolean(node, what);
        case 'any[]': {
            if (node === null || node === undefined)
                return undefined;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
                y.fail(`${what} must be a list`, node);
            return y.any(node).length > 0 ? y.any(node) : undefined;
        }
        case 'maintainers': {
            if (node === null || node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && node.value === null))
                return undefined;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
                y.fail(`${what} must be a list`, node);
            return node.items.map((item, i) => {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item))
                    y.fail(`${what}[${i}] must be a mapping with name, email, url`, item);
                const m = {};
                for (const p of y.pairs(item, `${what}[${i}]`)) {
                    const k = y.key(p);
                    if (!(k in _metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .MAINTAINER_FIELDS */ .vL)) {
                        y.warnings.push(`${y.file}:${y.line(p.key)}: unknown key '${k}' in ${what}[${i}] (Helm ignores it)`);
                        continue;
                    }
                    const v = y.string(p.value, `${what}[${i}].${k}`);
                    if (v !== undefined)
                        m[k] = v;
                }
                return m;
            });
        }
        case 'annotations': {
            if (node === null || node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && node.value === null))
                return undefined;
            const out = {};
            for (const p of y.pairs(node, what)) {
                const k = y.key(p);
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.value) && p.value !== null)
                    y.fail(`${what}.${k} must be a string`, p.value);
                const v = p.value === null ? '' : p.value.value;
                out[k] = v === null ? '' : typeof v === 'string' ? v : y.text.slice(p.value.range[0], p.value.range[1]);
            }
            return out;
        }
        case 'dependencies': {
            if (node === null || node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && node.value === null))
                return undefined;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
                y.fail(`${what} must be a list`, node);
            return node.items.map((item, i) => {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item))
                    y.fail(`${what}[${i}] must be a mapping`, item);
                const d = {};
                for (const p of y.pairs(item, `${what}[${i}]`)) {
                    const k = y.key(p);
                    const kk = _metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPENDENCY_FIELDS */ .AT[k];
                    if (!kk) {
                        y.warnings.push(`${y.file}:${y.line(p.key)}: unknown key '${k}' in ${what}[${i}] (Helm ignores it)`);
                        continue;
                    }
                    const v = readValue(y, kk, p.value, `${what}[${i}].${k}`);
                    if (v !== undefined)
                        d[k] = v;
                }
                if (!d.name)
                    y.fail(`${what}[${i}] has no name`, item);
                if (d.alias && !_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .ALIAS_NAME */ .Jf.test(String(d.alias)))
                    y.fail(`dependency '${String(d.name)}' has disallowed characters in its alias`, item);
                d.repository ??= '';
                return d;
            });
        }
    }
}
/**
 * Chart.yaml parsed and validated as Helm's loader does (`yaml.Unmarshal` into `chart.Metadata`,
 * then `Metadata.Validate`). Throws FileError with the file, the line and the fix.
 */
function parseChartYaml(text, file, options = {}) {
    const y = new ChartYaml(file, text);
    // Helm reads Chart.yaml without strict mode: a repeated key is taken at its last value (its lint only warns).
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: y.lc, uniqueKeys: false, prettyErrors: false });
    const err = doc.errors[0];
    if (err) {
        const msg = err.message.split('\n')[0] ?? err.message;
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `not valid YAML: ${msg}`, err.linePos?.[0]?.line ?? y.lc.linePos(err.pos[0]).line);
    }
    if (doc.contents !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(doc.contents))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, 'Chart.yaml must be a mapping of fields (apiVersion, name, version, ...)', 1);
    const md = {};
    const lines = {};
    for (const p of (doc.contents?.items ?? [])) {
        const k = y.key(p);
        if (k in lines)
            y.warnings.push(`${file}:${y.line(p.key)}: duplicate key '${k}' (also line ${lines[k]}): Helm takes this last value; remove the other`);
        lines[k] = y.line(p.key);
        const kind = _metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .METADATA_FIELDS */ .At[k];
        if (!kind) {
            y.warnings.push(`${file}:${y.line(p.key)}: unknown key '${k}' (Helm ignores it; it will not be in the package or the index)`);
            continue;
        }
        const v = readValue(y, kind, p.value, k);
        if (v !== undefined)
            md[k] = v;
    }
    validateMetadata(md, lines, file, y.warnings, options);
    return { metadata: md, lines, warnings: y.warnings };
}
function validateMetadata(md, lines, file, warnings, options) {
    const apiVersion = md.apiVersion;
    if (!apiVersion) {
        if (options.requireApiVersion)
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, "Chart.yaml has no apiVersion: add 'apiVersion: v2' (Helm 3 charts) as the first line", 1);
        md.apiVersion = 'v1';
    }
    const name = md.name;
    if (!name)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, "Chart.yaml has no name: add 'name: <chart-name>' (lowercase letters, digits and dashes)", 1);
    if (name === '.' || name === '..' || name.includes('/')) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `chart name '${name}' is not allowed: it must not be '.' or '..' nor contain '/'`, lines.name);
    }
    if (!_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .CHART_NAME */ .DS.test(name)) {
        warnings.push(`${file}:${lines.name}: chart name '${name}' is not lowercase letters, digits and dashes; Helm packages it, but OCI registries refuse such repository names`);
    }
    if (!apiVersion)
        warnings.push(`${file}:1: no apiVersion: Helm reads the chart as apiVersion v1 (Helm 2's format)`);
    else if (apiVersion === 'v1')
        warnings.push(`${file}:${lines.apiVersion}: apiVersion v1 is Helm 2's format; use v2`);
    else if (apiVersion !== 'v2')
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `apiVersion '${apiVersion}' is not valid: it must be v1 or v2 (write 'apiVersion: v2')`, lines.apiVersion);
    const version = md.version;
    if (!version)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, "Chart.yaml has no version: add 'version: <SemVer>' (e.g. 'version: 0.1.0')", 1);
    const vp = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .helmVersionProblem */ .GX)(version);
    if (vp)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `version ${vp}`, lines.version);
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isStrictSemver */ .iS)(version))
        warnings.push(`${file}:${lines.version}: version '${version}' is not strict SemVer 2 (MAJOR.MINOR.PATCH, no 'v'): Helm packages it as written, helm lint warns`);
    if (md.type !== undefined && md.type !== '' && md.type !== 'application' && md.type !== 'library') {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `type '${String(md.type)}' is not valid: it must be application or library`, lines.type);
    }
    const seen = new Set();
    for (const d of md.dependencies ?? []) {
        const key = d.alias || d.name;
        if (seen.has(key))
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `more than one dependency with name or alias '${key}': give one of them another alias`, lines.dependencies);
        seen.add(key);
    }
}
/** The `dependencies` of a requirements.yaml (Helm 2's file, which Helm still reads into the metadata). */
function parseRequirements(text, file) {
    const y = new ChartYaml(file, text);
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: y.lc, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `not valid YAML (Helm cannot load the chart): ${err.message.split('\n')[0]}`, y.lc.linePos(err.pos[0]).line);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(doc.contents))
        return undefined;
    const pair = doc.contents.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && p.key.value === 'dependencies');
    return pair ? readValue(y, 'dependencies', pair.value, 'dependencies') : undefined;
}


/***/ }),

/***/ 7278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ DEPENDENCY_FIELDS),
/* harmony export */   At: () => (/* binding */ METADATA_FIELDS),
/* harmony export */   DS: () => (/* binding */ CHART_NAME),
/* harmony export */   Jf: () => (/* binding */ ALIAS_NAME),
/* harmony export */   vL: () => (/* binding */ MAINTAINER_FIELDS),
/* harmony export */   xV: () => (/* binding */ sanitizeString)
/* harmony export */ });
/** The Chart.yaml keys Helm knows, with the JSON type its struct gives them. */
const METADATA_FIELDS = {
    apiVersion: 'string',
    name: 'string',
    version: 'string',
    appVersion: 'string',
    description: 'string',
    type: 'string',
    home: 'string',
    icon: 'string',
    sources: 'string[]',
    keywords: 'string[]',
    maintainers: 'maintainers',
    annotations: 'annotations',
    kubeVersion: 'string',
    dependencies: 'dependencies',
    condition: 'string',
    tags: 'string',
    deprecated: 'boolean',
};
const DEPENDENCY_FIELDS = {
    name: 'string',
    version: 'string',
    repository: 'string',
    condition: 'string',
    tags: 'string[]',
    enabled: 'boolean',
    'import-values': 'any[]',
    alias: 'string',
    'depends-on': 'string[]',
};
const MAINTAINER_FIELDS = { name: 'string', email: 'string', url: 'string' };
/**
 * Helm's sanitizeString (applied by `Metadata.Validate` before a chart is indexed): every
 * white-space character becomes a space and non-printable characters are removed.
 */
function sanitizeString(s) {
    return s.replace(/\p{White_Space}/gu, ' ').replace(/\p{C}/gu, '');
}
/** Chart names: lowercase letters, digits and dashes, starting and ending with a letter or digit. */
const CHART_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** Dependency aliases as Helm allows them. */
const ALIAS_NAME = /^[a-zA-Z0-9_-]+$/;


/***/ }),

/***/ 3127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ helmVersionProblem),
/* harmony export */   VV: () => (/* binding */ isHelmVersion),
/* harmony export */   dH: () => (/* binding */ ociTagOf),
/* harmony export */   iS: () => (/* binding */ isStrictSemver)
/* harmony export */ });
/**
 * Chart versions as Helm reads them: `semver.NewVersion` of Masterminds/semver v3, the parser
 * behind `Metadata.Validate` (so behind `helm package`, `helm push` and the repository index).
 * It is looser than SemVer 2: a leading `v` and a missing minor or patch (`1`, `v1.2`) are
 * accepted; leading zeros in numeric parts and in numeric pre-release identifiers are not.
 */
const NUM = '(?:0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const HELM_VERSION = new RegExp(`^v?${NUM}(?:\\.${NUM})?(?:\\.${NUM})?(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`);
/** Strict SemVer 2, no `v` (Masterminds' StrictNewVersion: Helm's lint warns when it fails). */
const STRICT = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`);
/** Whether Helm accepts `version` as a chart version. */
function isHelmVersion(version) {
    return HELM_VERSION.test(version);
}
/** Whether `version` is strict SemVer 2 (three numbers, no `v`); Helm's lint warns when it is not. */
function isStrictSemver(version) {
    return STRICT.test(version);
}
/** Why Helm refuses `version` as a chart version, or undefined. */
function helmVersionProblem(version) {
    if (isHelmVersion(version))
        return undefined;
    if (/^\d+\.\d+\.\d+\.\d+/.test(version))
        return `'${version}' has four numbers; a chart version is MAJOR.MINOR.PATCH (e.g. 1.2.3)`;
    if (/(^|[.-])0\d/.test(version.split('+')[0]))
        return `'${version}' has a number with a leading zero (write 1.2.3, not 01.2.3)`;
    return `'${version}' is not a SemVer version (MAJOR.MINOR.PATCH, optionally -prerelease and +build, e.g. 1.2.3 or v1.2.3-rc.1)`;
}
/** The OCI tag of a chart version: `+` is not allowed in tags, so Helm writes `_` for it. */
function ociTagOf(version) {
    return version.replaceAll('+', '_');
}


/***/ })

};
