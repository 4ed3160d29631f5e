export const id = 301;
export const ids = [301,694];
export const modules = {

/***/ 44694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentTag: () => (/* binding */ currentTag),
/* harmony export */   tagsPrefixed: () => (/* binding */ tagsPrefixed)
/* harmony export */ });
/* unused harmony exports versionTags, existingTag */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15731);
/**
 * The current version of a repository is its newest release tag, not what its files say:
 * files drift (a chart bumped by hand, an image tag left behind), tags are what was
 * released. A release tag is a strict SemVer version, `vX.Y.Z` or `X.Y.Z`, in whichever
 * style the repository uses; for a hotfix, the newest tag of its `major.minor` line.
 */


/** Release tags in either style (prereleases only when asked), newest first; `v0.4.1` wins over `0.4.1` on a tie. */
function versionTags(tags, opts = {}) {
    return tags
        .filter((t) => (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .isVersion */ .lF)(t) && (opts.includePrereleases || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease((0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .stripV */ .tQ)(t)) === null))
        .map((tag) => ({ tag, version: (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .stripV */ .tQ)(tag) }))
        .sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().compare(b.version, a.version) || (a.tag.startsWith('v') ? -1 : 1));
}
/**
 * The newest release tag, or of one `major.minor` line when `line` is given
 * (`0.3` or any `0.3.x` version). A prerelease newer than every release counts:
 * after `v0.5.0-rc.1` the next prerelease is `-rc.2`.
 */
function currentTag(tags, line) {
    const all = versionTags(tags, { includePrereleases: true });
    if (line === undefined)
        return all[0];
    const [major, minor] = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .stripV */ .tQ)(line).split('.').map(Number);
    return all.find((t) => semver__WEBPACK_IMPORTED_MODULE_0___default().major(t.version) === major && semver__WEBPACK_IMPORTED_MODULE_0___default().minor(t.version) === minor);
}
/** Whether the repository writes its tags with a `v` (the newest tag decides; `v` without any tag). */
function tagsPrefixed(tags) {
    const newest = versionTags(tags, { includePrereleases: true })[0];
    return newest ? newest.tag.startsWith('v') : true;
}
/** The tag of `version` that already exists, in either style, or undefined. */
function existingTag(tags, version) {
    const v = stripV(version);
    return tags.find((t) => t === v || t === `v${v}`);
}


/***/ }),

/***/ 75301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorMain: () => (/* binding */ doctorMain)
});

// UNUSED EXPORTS: DOCTOR_USAGE, parseDoctorArgs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./actions/lib/git/git.ts + 1 modules
var git_git = __webpack_require__(8840);
// EXTERNAL MODULE: ./actions/lib/config/config.ts + 2 modules
var config_config = __webpack_require__(28805);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var runner_errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
;// CONCATENATED MODULE: ./actions/lib/helm/archive-read.ts
/**
 * A chart archive read as Helm's `archive.LoadArchiveFiles` reads it: gunzip, tar members that
 * are regular files, the top folder taken off each path, paths that would leave the chart
 * refused, UTF-8 BOM taken off.
 */




const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function entries(tarBytes, where) {
    const out = [];
    let failure;
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onwarn: (_code, message) => {
            failure ??= message;
        },
        onReadEntry: (e) => {
            const chunks = [];
            e.on('data', (c) => chunks.push(c));
            e.on('end', () => out.push({ path: e.path, type: e.type, data: Buffer.concat(chunks) }));
        },
    });
    parser.on('error', (e) => {
        failure ??= e;
    });
    parser.write(tarBytes);
    parser.end();
    if (failure)
        throw new runner_errors/* FileError */.f6(where, `not a valid chart archive: ${String(failure.message ?? failure)}`);
    return out;
}
/** The files of a `.tgz` chart archive, relative to its chart folder. */
function archive_read_readChartArchive(bytes, where) {
    let tarBytes;
    try {
        const raw = (0,esm/* gunzipSync */.Wt)(bytes);
        tarBytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    }
    catch (e) {
        throw new runner_errors/* FileError */.f6(where, `does not appear to be a valid chart file (not gzip: ${e.message}); rebuild it with 'helm dependency build'`);
    }
    const files = [];
    for (const e of entries(tarBytes, where)) {
        if (e.type !== 'File' && e.type !== 'OldFile' && e.type !== 'ContiguousFile')
            continue;
        const delimiter = e.path.includes('\\') ? '\\' : '/';
        const parts = e.path.split(delimiter);
        let n = parts.slice(1).join('/');
        if (n.startsWith('/'))
            throw new runner_errors/* FileError */.f6(where, `chart illegally contains absolute paths (${e.path})`);
        n = external_node_path_.posix.normalize(n);
        if (n === '.' || n === '')
            throw new runner_errors/* FileError */.f6(where, `chart illegally contains content outside the base directory: '${e.path}'`);
        if (n.startsWith('..'))
            throw new runner_errors/* FileError */.f6(where, `chart illegally references parent directory (${e.path})`);
        if (/^[a-zA-Z]:\//.test(n))
            throw new runner_errors/* FileError */.f6(where, `chart contains illegally named files (${e.path})`);
        if (parts[0] === 'Chart.yaml')
            throw new runner_errors/* FileError */.f6(where, 'chart yaml not in base directory');
        files.push({ name: n, data: e.data.subarray(0, 3).equals(BOM) ? e.data.subarray(3) : e.data });
    }
    if (files.length === 0)
        throw new runner_errors/* FileError */.f6(where, 'no files in chart archive');
    return files;
}

;// CONCATENATED MODULE: ./actions/lib/helm/metadata.ts
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

;// CONCATENATED MODULE: ./actions/lib/helm/version.ts
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
function version_isHelmVersion(version) {
    return HELM_VERSION.test(version);
}
/** Whether `version` is strict SemVer 2 (three numbers, no `v`); Helm's lint warns when it is not. */
function isStrictSemver(version) {
    return STRICT.test(version);
}
/** Why Helm refuses `version` as a chart version, or undefined. */
function helmVersionProblem(version) {
    if (version_isHelmVersion(version))
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

;// CONCATENATED MODULE: ./actions/lib/helm/chart-yaml.ts
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
    lc = new dist.LineCounter();
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    line(node) {
        const range = node?.range;
        return range ? this.lc.linePos(range[0]).line : undefined;
    }
    fail(message, node) {
        throw new runner_errors/* FileError */.f6(this.file, message, this.line(node));
    }
    /**
     * A scalar as a string. Numbers and booleans become the text sigs.k8s.io/yaml gives a string
     * field (integers as written, floats as float32 'g', true/false), with a warning.
     */
    string(node, what) {
        if (node === null || node === undefined)
            return undefined;
        if (!(0,dist.isScalar)(node))
            this.fail(`${what} must be a string`, node);
        const v = node.value;
        if (v === null)
            return undefined;
        // Metadata.Validate sanitizes every string field but apiVersion, version and type: a stray
        // control character there stays, and makes the value invalid as it does for Helm.
        if (typeof v === 'string')
            return UNSANITIZED.has(what) ? v : sanitizeString(v);
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
        if (node === null || node === undefined || ((0,dist.isScalar)(node) && node.value === null))
            return undefined;
        if (!(0,dist.isSeq)(node))
            this.fail(`${what} must be a list of strings`, node);
        return node.items.map((item, i) => this.string(item, `${what}[${i}]`) ?? '');
    }
    boolean(node, what) {
        if (node === null || node === undefined || ((0,dist.isScalar)(node) && node.value === null))
            return undefined;
        if (!(0,dist.isScalar)(node) || typeof node.value !== 'boolean')
            this.fail(`${what} must be true or false`, node);
        return node.value;
    }
    any(node) {
        if (node === null || node === undefined)
            return null;
        if ((0,dist.isMap)(node)) {
            const o = {};
            for (const p of node.items)
                o[String((0,dist.isScalar)(p.key) ? p.key.value : p.key)] = this.any(p.value);
            return o;
        }
        if ((0,dist.isSeq)(node))
            return node.items.map((i) => this.any(i));
        if ((0,dist.isScalar)(node)) {
            const v = node.value;
            return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
        }
        return null;
    }
    pairs(node, what) {
        if (!(0,dist.isMap)(node))
            this.fail(`${what} must be a mapping`, node);
        return node.items;
    }
    key(pair) {
        if (!(0,dist.isScalar)(pair.key))
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
            if (!(0,dist.isSeq)(node))
                y.fail(`${what} must be a list`, node);
            return y.any(node).length > 0 ? y.any(node) : undefined;
        }
        case 'maintainers': {
            if (node === null || node === undefined || ((0,dist.isScalar)(node) && node.value === null))
                return undefined;
            if (!(0,dist.isSeq)(node))
                y.fail(`${what} must be a list`, node);
            return node.items.map((item, i) => {
                if (!(0,dist.isMap)(item))
                    y.fail(`${what}[${i}] must be a mapping with name, email, url`, item);
                const m = {};
                for (const p of y.pairs(item, `${what}[${i}]`)) {
                    const k = y.key(p);
                    if (!(k in MAINTAINER_FIELDS)) {
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
            if (node === null || node === undefined || ((0,dist.isScalar)(node) && node.value === null))
                return undefined;
            const out = {};
            for (const p of y.pairs(node, what)) {
                const k = y.key(p);
                if (!(0,dist.isScalar)(p.value) && p.value !== null)
                    y.fail(`${what}.${k} must be a string`, p.value);
                const v = p.value === null ? '' : p.value.value;
                out[k] = v === null ? '' : typeof v === 'string' ? v : y.text.slice(p.value.range[0], p.value.range[1]);
            }
            return out;
        }
        case 'dependencies': {
            if (node === null || node === undefined || ((0,dist.isScalar)(node) && node.value === null))
                return undefined;
            if (!(0,dist.isSeq)(node))
                y.fail(`${what} must be a list`, node);
            return node.items.map((item, i) => {
                if (!(0,dist.isMap)(item))
                    y.fail(`${what}[${i}] must be a mapping`, item);
                const d = {};
                for (const p of y.pairs(item, `${what}[${i}]`)) {
                    const k = y.key(p);
                    const kk = DEPENDENCY_FIELDS[k];
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
                if (d.alias && !ALIAS_NAME.test(String(d.alias)))
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
    const doc = (0,dist.parseDocument)(text, { lineCounter: y.lc, uniqueKeys: false, prettyErrors: false });
    const err = doc.errors[0];
    if (err) {
        const msg = err.message.split('\n')[0] ?? err.message;
        throw new runner_errors/* FileError */.f6(file, `not valid YAML: ${msg}`, err.linePos?.[0]?.line ?? y.lc.linePos(err.pos[0]).line);
    }
    if (doc.contents !== null && !(0,dist.isMap)(doc.contents))
        throw new runner_errors/* FileError */.f6(file, 'Chart.yaml must be a mapping of fields (apiVersion, name, version, ...)', 1);
    const md = {};
    const lines = {};
    for (const p of (doc.contents?.items ?? [])) {
        const k = y.key(p);
        if (k in lines)
            y.warnings.push(`${file}:${y.line(p.key)}: duplicate key '${k}' (also line ${lines[k]}): Helm takes this last value; remove the other`);
        lines[k] = y.line(p.key);
        const kind = METADATA_FIELDS[k];
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
            throw new runner_errors/* FileError */.f6(file, "Chart.yaml has no apiVersion: add 'apiVersion: v2' (Helm 3 charts) as the first line", 1);
        md.apiVersion = 'v1';
    }
    const name = md.name;
    if (!name)
        throw new runner_errors/* FileError */.f6(file, "Chart.yaml has no name: add 'name: <chart-name>' (lowercase letters, digits and dashes)", 1);
    if (name === '.' || name === '..' || name.includes('/')) {
        throw new runner_errors/* FileError */.f6(file, `chart name '${name}' is not allowed: it must not be '.' or '..' nor contain '/'`, lines.name);
    }
    if (!CHART_NAME.test(name)) {
        warnings.push(`${file}:${lines.name}: chart name '${name}' is not lowercase letters, digits and dashes; Helm packages it, but OCI registries refuse such repository names`);
    }
    if (!apiVersion)
        warnings.push(`${file}:1: no apiVersion: Helm reads the chart as apiVersion v1 (Helm 2's format)`);
    else if (apiVersion === 'v1')
        warnings.push(`${file}:${lines.apiVersion}: apiVersion v1 is Helm 2's format; use v2`);
    else if (apiVersion !== 'v2')
        throw new runner_errors/* FileError */.f6(file, `apiVersion '${apiVersion}' is not valid: it must be v1 or v2 (write 'apiVersion: v2')`, lines.apiVersion);
    const version = md.version;
    if (!version)
        throw new runner_errors/* FileError */.f6(file, "Chart.yaml has no version: add 'version: <SemVer>' (e.g. 'version: 0.1.0')", 1);
    const vp = helmVersionProblem(version);
    if (vp)
        throw new runner_errors/* FileError */.f6(file, `version ${vp}`, lines.version);
    if (!isStrictSemver(version))
        warnings.push(`${file}:${lines.version}: version '${version}' is not strict SemVer 2 (MAJOR.MINOR.PATCH, no 'v'): Helm packages it as written, helm lint warns`);
    if (md.type !== undefined && md.type !== '' && md.type !== 'application' && md.type !== 'library') {
        throw new runner_errors/* FileError */.f6(file, `type '${String(md.type)}' is not valid: it must be application or library`, lines.type);
    }
    const seen = new Set();
    for (const d of md.dependencies ?? []) {
        const key = d.alias || d.name;
        if (seen.has(key))
            throw new runner_errors/* FileError */.f6(file, `more than one dependency with name or alias '${key}': give one of them another alias`, lines.dependencies);
        seen.add(key);
    }
}
/** The `dependencies` of a requirements.yaml (Helm 2's file, which Helm still reads into the metadata). */
function parseRequirements(text, file) {
    const y = new ChartYaml(file, text);
    const doc = (0,dist.parseDocument)(text, { lineCounter: y.lc, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
        throw new runner_errors/* FileError */.f6(file, `not valid YAML (Helm cannot load the chart): ${err.message.split('\n')[0]}`, y.lc.linePos(err.pos[0]).line);
    if (!(0,dist.isMap)(doc.contents))
        return undefined;
    const pair = doc.contents.items.find((p) => (0,dist.isScalar)(p.key) && p.key.value === 'dependencies');
    return pair ? readValue(y, 'dependencies', pair.value, 'dependencies') : undefined;
}

;// CONCATENATED MODULE: ./actions/lib/helm/helmignore.ts

/**
 * Go's filepath.Match pattern as an anchored RegExp, or a string saying why it is malformed.
 * (ErrBadPattern: an unclosed or empty class, a bad range, a trailing backslash.)
 */
function goPatternToRegExp(pattern) {
    let re = '';
    const chars = Array.from(pattern);
    let i = 0;
    const escapeRe = (c) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    const escapeCls = (c) => c.replace(/[\\\][^-]/g, '\\$&');
    while (i < chars.length) {
        const c = chars[i];
        if (c === '*') {
            re += '[^/]*';
            i++;
        }
        else if (c === '?') {
            re += '[^/]';
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= chars.length)
                return 'a pattern cannot end with a backslash';
            re += escapeRe(chars[i + 1]);
            i += 2;
        }
        else if (c === '[') {
            i++;
            let negate = false;
            if (chars[i] === '^') {
                negate = true;
                i++;
            }
            let cls = '';
            let count = 0;
            for (;;) {
                if (i >= chars.length)
                    return 'unclosed character class';
                if (chars[i] === ']' && count > 0) {
                    i++;
                    break;
                }
                let lo = chars[i];
                if (lo === ']' || lo === '-')
                    return `'${lo}' where a character was expected in a class`;
                if (lo === '\\') {
                    i++;
                    if (i >= chars.length)
                        return 'unclosed character class';
                    lo = chars[i];
                }
                i++;
                let hi = lo;
                if (chars[i] === '-') {
                    i++;
                    if (i >= chars.length)
                        return 'unclosed character class';
                    hi = chars[i];
                    if (hi === ']' || hi === '-')
                        return 'incomplete range in a class';
                    if (hi === '\\') {
                        i++;
                        if (i >= chars.length)
                            return 'unclosed character class';
                        hi = chars[i];
                    }
                    i++;
                    if (hi.codePointAt(0) < lo.codePointAt(0))
                        return `bad range ${lo}-${hi}`;
                }
                cls += lo === hi ? escapeCls(lo) : `${escapeCls(lo)}-${escapeCls(hi)}`;
                count++;
            }
            re += negate ? `[^${cls}]` : `[${cls}]`;
        }
        else {
            re += escapeRe(c);
            i++;
        }
    }
    return new RegExp(`^${re}$`, 'su');
}
/** Go's filepath.Match on `/`-separated paths. Throws on a malformed pattern. */
function goPathMatch(pattern, name) {
    const re = goPatternToRegExp(pattern);
    if (typeof re === 'string')
        throw new Error(`bad pattern ${JSON.stringify(pattern)}: ${re}`);
    return re.test(name);
}
function baseName(path) {
    const p = path.replace(/\/+$/, '');
    const i = p.lastIndexOf('/');
    return i < 0 ? p : p.slice(i + 1);
}
/** Parses `.helmignore` text (Helm's default `templates/.?*` rule added). `file` names it in errors. */
function parseHelmignore(text, file = '.helmignore') {
    const rules = [];
    const lines = (text ?? '').split(/\r?\n/);
    const add = (rawLine, line) => {
        const raw = rawLine.trim();
        if (raw === '' || raw.startsWith('#'))
            return;
        if (raw.includes('**'))
            throw new runner_errors/* FileError */.f6(file, `'${raw}': double-star (**) patterns are not supported by Helm`, line);
        let pattern = raw;
        let negate = false;
        if (pattern.startsWith('!')) {
            negate = true;
            pattern = pattern.slice(1);
        }
        let dirOnly = false;
        if (pattern.endsWith('/')) {
            dirOnly = true;
            pattern = pattern.slice(0, -1);
        }
        let anchored = pattern.includes('/');
        if (pattern.startsWith('/')) {
            pattern = pattern.slice(1);
            anchored = true;
        }
        const regex = goPatternToRegExp(pattern);
        if (typeof regex === 'string')
            throw new runner_errors/* FileError */.f6(file, `'${raw}': ${regex}`, line);
        rules.push({ raw, line, negate, dirOnly, anchored, pattern, regex });
    };
    lines.forEach((l, i) => add(l, i + 1));
    add('templates/.?*', 0);
    const hasNegation = rules.some((r) => r.negate);
    return {
        rules,
        hasNegation,
        ignores(path, isDir) {
            const p = path.replace(/^\.\//, '').replace(/\/+$/, '');
            if (p === '' || p === '.')
                return false;
            let ignored = false;
            for (const r of rules) {
                if (r.dirOnly && !isDir)
                    continue;
                const subject = r.anchored ? p : baseName(p);
                if (r.regex.test(subject))
                    ignored = !r.negate;
            }
            return ignored;
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/helm/files.ts




/** Go sorts directory names by their UTF-8 bytes. */
const byBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
/**
 * The files of a chart directory as Helm loads them: walked from the root, symbolic links
 * followed (Helm's sympath.Walk), `.helmignore` applied to directories (an ignored directory
 * is not entered) and to files. Irregular files (sockets, devices) are an error, as in Helm.
 */
function listChartFiles(chartDir, displayDir = chartDir) {
    let ignoreText;
    try {
        ignoreText = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(chartDir, '.helmignore'), 'utf8');
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    const rules = parseHelmignore(ignoreText, (0,external_node_path_.join)(displayDir, '.helmignore'));
    const entries = [];
    const visiting = new Set();
    const walk = (absDir, relDir) => {
        const real = (0,external_node_fs_.realpathSync)(absDir);
        if (visiting.has(real))
            throw new runner_errors/* ActionError */.lZ(`${(0,external_node_path_.join)(displayDir, relDir)}: symbolic link loop`);
        visiting.add(real);
        const names = (0,external_node_fs_.readdirSync)(absDir).sort(byBytes);
        for (const name of names) {
            const abs = (0,external_node_path_.join)(absDir, name);
            const rel = relDir ? `${relDir}/${name}` : name;
            const st = (0,external_node_fs_.statSync)(abs);
            if (st.isDirectory()) {
                if (rules.ignores(rel, true))
                    continue;
                entries.push({ path: rel, absolute: abs, isDir: true });
                walk(abs, rel);
            }
            else {
                if (rules.ignores(rel, false))
                    continue;
                if (!st.isFile())
                    throw new runner_errors/* ActionError */.lZ(`${(0,external_node_path_.join)(displayDir, rel)}: cannot package an irregular file (socket, device or pipe)`);
                entries.push({ path: rel, absolute: abs, isDir: false });
            }
        }
        visiting.delete(real);
    };
    walk(chartDir, '');
    return { entries, rules };
}

;// CONCATENATED MODULE: ./actions/lib/helm/manifests.ts

const MARK = '\u0000';
const BLOCK = '\u0001';
/**
 * The template with every `{{ ... }}` action (also `{{- ... -}}` and multi-line ones) taken out,
 * keeping every line where it was: a line that held only actions becomes empty (so `{{- if }}`,
 * `{{- end }}`, `{{- include ... | nindent 4 }}` lines do not disturb the YAML around them), and
 * an action inside a line becomes the placeholder `TPL`, a plain scalar.
 */
function stripTemplateActions(text) {
    // A comment action `{{/* ... */}}` ends at `*/}}`, whatever `}}` it holds.
    const marked = text.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}|\{\{[\s\S]*?\}\}/g, (action) => {
        // `key: {{ include ... | nindent 4 }}` writes a block on the next lines: the key's value is that block.
        const mark = /\bnindent\b/.test(action) ? BLOCK : MARK;
        return mark + '\n'.repeat(action.split('\n').length - 1);
    });
    if (!marked.includes(MARK) && !marked.includes(BLOCK))
        return text;
    return marked
        .split('\n')
        .map((line) => {
        if (!line.includes(MARK) && !line.includes(BLOCK))
            return line;
        const bare = line.replaceAll(MARK, '').replaceAll(BLOCK, '');
        if (bare.trim() === '')
            return '';
        // `{{ if .x -}} stringData: {{- else -}} data: {{- end }}`: one key per branch; keep the first.
        const segments = line.split(MARK).flatMap((x) => x.split(BLOCK)).map((x) => x.trim()).filter(Boolean);
        if (segments.length > 1 && segments.every((x) => x.endsWith(':')))
            return `${/^\s*/.exec(line)[0]}${segments[0]}`;
        if (line.trimEnd().endsWith(BLOCK) && /:\s*$/.test(line.trimEnd().slice(0, -1).replaceAll(MARK, 'TPL'))) {
            return line.trimEnd().slice(0, -1).replaceAll(MARK, 'TPL').replaceAll(BLOCK, 'TPL').trimEnd();
        }
        return line.replaceAll(MARK, 'TPL').replaceAll(BLOCK, 'TPL');
    })
        .join('\n');
}
/** Problems in one manifest file's YAML (empty when it parses). */
const CONTROL = /\{\{-?\s*(?:if|else|range|with|define|block|end)\b/;
/** Lines indented with a tab, which YAML never allows, whatever the template renders. */
function tabIndents(file, text) {
    const problems = [];
    text.split('\n').forEach((line, i) => {
        if (/^ *\t/.test(line) && line.trim() !== '')
            problems.push({ file, line: i + 1, message: 'template indents with a tab; YAML allows only spaces' });
    });
    return problems;
}
function checkManifest(file, text, kind) {
    // With if/range/with blocks, the YAML of the source depends on which branches render: a
    // parse of the source would flag valid charts (kube-prometheus-stack does so), so only tabs are checked.
    if (kind === 'template' && CONTROL.test(text))
        return tabIndents(file, text);
    const source = kind === 'template' ? stripTemplateActions(text) : text;
    const lineCounter = new dist.LineCounter();
    // Templates often hold both branches of an {{ if }}, so repeated keys are expected there.
    const docs = (0,dist.parseAllDocuments)(source, { lineCounter, uniqueKeys: kind === 'crd', prettyErrors: false, schema: 'failsafe' });
    const list = Array.isArray(docs) ? docs : [];
    const problems = [];
    for (const doc of list) {
        for (const err of doc.errors) {
            const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
            const message = err.message.split('\n')[0] ?? err.message;
            problems.push({ file, line, message: `${kind === 'template' ? 'template' : 'CRD'} is not valid YAML${kind === 'template' ? ' (after taking out {{ }} actions)' : ''}: ${message}` });
        }
    }
    return problems;
}
/** Which chart files are checked, by their path relative to the chart root. */
function manifestKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (path.startsWith('templates/') && /\.ya?ml$/.test(base) && !base.startsWith('_'))
        return 'template';
    if (path.startsWith('crds/') && /\.(ya?ml|json)$/.test(base))
        return 'crd';
    return undefined;
}
/** Checks every template and CRD among `files` (path relative to the chart, text). */
function checkManifests(files) {
    const problems = [];
    for (const f of files) {
        const kind = manifestKind(f.path);
        if (kind)
            problems.push(...checkManifest(f.display, f.text, kind));
    }
    return problems;
}

;// CONCATENATED MODULE: ./actions/lib/helm/chart.ts








const chart_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const stripBom = (b) => (b.subarray(0, 3).equals(chart_BOM) ? b.subarray(3) : b);
function checkValues(data, file) {
    const text = data.toString('utf8');
    const lc = new dist.LineCounter();
    for (const doc of (0,dist.parseAllDocuments)(text, { lineCounter: lc, prettyErrors: false, schema: 'failsafe', uniqueKeys: false })) {
        const err = doc.errors[0];
        if (err)
            throw new runner_errors/* FileError */.f6(file, `not valid YAML: ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
        if (doc.contents !== null && !(0,dist.isMap)(doc.contents)) {
            throw new runner_errors/* FileError */.f6(file, 'values must be a mapping of keys to values (Helm cannot unmarshal a list or a scalar into the values)', doc.contents.range ? lc.linePos(doc.contents.range[0]).line : 1);
        }
    }
}
function checkSchema(data, file) {
    const text = data.toString('utf8');
    try {
        JSON.parse(text);
    }
    catch (e) {
        const m = /position (\d+)/.exec(e.message);
        const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
        throw new runner_errors/* FileError */.f6(file, `not valid JSON (Helm refuses to package it): ${e.message}`, line);
    }
}
function parseLock(data, file) {
    const lc = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(data.toString('utf8'), { lineCounter: lc, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
        throw new runner_errors/* FileError */.f6(file, `not valid YAML (Helm cannot load the chart): ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
    const value = doc.toJS();
    if (value !== null && (typeof value !== 'object' || Array.isArray(value)))
        throw new runner_errors/* FileError */.f6(file, 'must be a mapping (generated, digest, dependencies)', 1);
    return (value ?? {});
}
/** The subcharts under charts/, grouped by their first path segment (an archive or a folder). */
function loadSubcharts(groups, parent, at, warnings) {
    const subcharts = [];
    // Go iterates a map here, so Helm's subchart order varies from run to run; ours is by name.
    for (const key of [...groups.keys()].sort()) {
        if (key.startsWith('_') || key.startsWith('.'))
            continue;
        const group = groups.get(key);
        const where = at(`charts/${key}`);
        if (key.endsWith('.tgz')) {
            subcharts.push(loadChartFiles(archive_read_readChartArchive(group[0].data, where), where, warnings));
            continue;
        }
        const inner = group.filter((f) => f.name.includes('/')).map((f) => ({ name: f.name.slice(key.length + 1), data: f.data }));
        if (inner.length === 0) {
            throw new runner_errors/* FileError */.f6(where, `error unpacking subchart ${key} in ${parent}: charts/ holds only subcharts (name-version.tgz or a chart folder); move this file elsewhere or name it with a leading '_' or '.'`);
        }
        subcharts.push(loadChartFiles(inner, where, warnings));
    }
    return subcharts;
}
/**
 * Helm's LoadFiles: files sorted into Chart.yaml, Chart.lock, values, schema, templates, other
 * files and subcharts (`charts/<name>.tgz` archives and `charts/<name>/` folders; names starting
 * with `_` or `.` skipped), then each subchart loaded the same way.
 */
function loadChartFiles(files, where, warnings, root = false) {
    const at = (name) => (0,external_node_path_.join)(where, name);
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw new runner_errors/* FileError */.f6(at('Chart.yaml'), 'Chart.yaml file is missing: every chart needs one (apiVersion, name, version)');
    const parsed = parseChartYaml(chartYaml.data.toString('utf8'), at('Chart.yaml'), { requireApiVersion: root });
    warnings.push(...parsed.warnings);
    const chart = { metadata: parsed.metadata, lines: parsed.lines, templates: [], files: [], subcharts: [] };
    const v1 = chart.metadata.apiVersion === 'v1';
    const groups = new Map();
    for (const f of files) {
        const n = f.name;
        if (n === 'Chart.yaml')
            continue;
        if (n === 'Chart.lock' || n === 'requirements.lock') {
            chart.lock = parseLock(f.data, at(n));
            if (n === 'requirements.lock' && v1)
                chart.files.push(f);
        }
        else if (n === 'values.yaml') {
            checkValues(f.data, at(n));
            chart.values = f.data;
        }
        else if (n === 'values.schema.json') {
            checkSchema(f.data, at(n));
            chart.schema = f.data;
        }
        else if (n === 'requirements.yaml') {
            const deps = parseRequirements(f.data.toString('utf8'), at(n));
            if (deps)
                chart.metadata.dependencies = deps;
            if (v1)
                chart.files.push(f);
            else
                warnings.push(`${at(n)}: dependencies belong in Chart.yaml since apiVersion v2; Helm reads them from requirements.yaml into Chart.yaml and leaves the file out of the package`);
        }
        else if (n.startsWith('templates/'))
            chart.templates.push(f);
        else if (n.startsWith('charts/')) {
            if (n.endsWith('.prov')) {
                chart.files.push(f);
                continue;
            }
            const rest = n.slice('charts/'.length);
            const key = rest.split('/')[0];
            const list = groups.get(key) ?? [];
            list.push({ name: rest, data: f.data });
            groups.set(key, list);
        }
        else
            chart.files.push(f);
    }
    chart.subcharts = loadSubcharts(groups, chart.metadata.name, at, warnings);
    return chart;
}
/** Helm's CheckDependencies (`helm package`): every dependency of Chart.yaml among the loaded subcharts, by name. */
function checkDependencies(chart, file, line) {
    const names = new Set(chart.subcharts.map((s) => s.metadata.name));
    const missing = (chart.metadata.dependencies ?? []).filter((d) => !names.has(d.name));
    if (missing.length > 0) {
        const list = missing.map((d) => (d.version ? `${d.name} (${d.version})` : d.name)).join(', ');
        throw new runner_errors/* FileError */.f6(file, `dependencies found in Chart.yaml, but missing in charts/ directory: ${list} (run 'helm dependency build' and commit charts/, or let the workflow resolve them from Chart.lock)`, line);
    }
}
/**
 * Reads a chart directory as `helm package` does and refuses what it refuses, with the file,
 * the line and the fix:
 * - the files Helm's walk gives (`.helmignore` applied, `templates/.?*` always ignored);
 * - Chart.yaml as Helm's `Metadata.Validate` checks it: apiVersion (required here; v1 or v2),
 *   name (not `.`/`..`, no `/`; may differ from the folder), version as Helm's semver parser
 *   reads it (`v1.2.3` and build metadata allowed), appVersion any string or absent, type;
 * - values.yaml a mapping, values.schema.json valid JSON, Chart.lock valid YAML;
 * - every subchart under charts/ loaded (archives read), every Chart.yaml dependency present.
 * Templates are not parsed (Helm does not parse them to package); `lintManifests` adds warnings.
 */
function loadChart(chartDir, options = {}) {
    const dir = (0,external_node_path_.resolve)(chartDir);
    const display = options.displayDir ?? chartDir;
    const file = (0,external_node_path_.join)(display, 'Chart.yaml');
    const listed = listChartFiles(dir, display);
    const paths = listed.entries.filter((e) => !e.isDir);
    if (!paths.some((e) => e.path === 'Chart.yaml'))
        throw new runner_errors/* FileError */.f6(file, 'the chart has no Chart.yaml (or .helmignore ignores it)');
    const files = paths.map((e) => ({ name: e.path, data: stripBom((0,external_node_fs_.readFileSync)(e.absolute)) }));
    for (const extra of options.extraCharts ?? []) {
        const name = `charts/${extra.name}`;
        const i = files.findIndex((f) => f.name === name);
        const entry = { name, data: Buffer.from(extra.data.buffer, extra.data.byteOffset, extra.data.byteLength) };
        if (i >= 0)
            files[i] = entry;
        else
            files.push(entry);
    }
    const warnings = [];
    const chart = loadChartFiles(files, display, warnings, true);
    if (options.generatedLock && !chart.lock)
        chart.lock = options.generatedLock;
    const parsedLines = chart.lines;
    if (options.checkDependencies !== false)
        checkDependencies(chart, file, parsedLines.dependencies);
    if (chart.metadata.name !== (0,external_node_path_.basename)(dir)) {
        warnings.push(`${file}:${parsedLines.name}: chart name '${chart.metadata.name}' differs from its folder '${(0,external_node_path_.basename)(dir)}'; the package is named after the chart`);
    }
    if (listed.rules.hasNegation) {
        warnings.push(`${(0,external_node_path_.join)(display, '.helmignore')}: '!' rules re-include files here as in .gitignore; 'helm package' treats them differently (helm/helm#8688)`);
    }
    if (options.lintManifests) {
        const manifests = files
            .filter((f) => f.name.startsWith('templates/') || f.name.startsWith('crds/'))
            .map((f) => ({ path: f.name, display: (0,external_node_path_.join)(display, f.name), text: f.data.toString('utf8') }));
        for (const p of checkManifests(manifests))
            warnings.push(`${p.file}:${p.line}: ${p.message}`);
    }
    return { dir, metadata: chart.metadata, warnings, files: files.map((f) => f.name), chart };
}
/** A packaged chart (`.tgz`) loaded as Helm's LoadArchive does (a missing apiVersion reads as v1, as in Helm). */
function loadChartArchive(bytes, where, warnings = []) {
    return loadChartFiles(readChartArchive(bytes, where), where, warnings);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./actions/lib/helm/resolve.ts
/**
 * Which chart version Helm picks from a repository index — `helm install NAME` without
 * `--version`, `helm install --version CONSTRAINT`, `helm dependency update` — as Helm's
 * `IndexFile.Get` (pkg/repo/v1/index.go) does after `loadIndex` sorted every chart's versions
 * newest first: an exact string match first, else the first (newest) version the constraint
 * admits; no constraint means `*`, which admits no prerelease. Entries are never skipped for
 * `deprecated: true`: Helm reads that flag only in `helm search` output, never to resolve.
 * Pure.
 */

/** Helm's isVersionRange: does the string ask for a range rather than one version? */
function isVersionRange(version) {
    if (/[\^~<>=!*]/.test(version) || version.includes('||') || version.includes(' - '))
        return true;
    const cut = version.search(/[-+]/);
    return /[xX]/.test(cut >= 0 ? version.slice(0, cut) : version);
}
/** A version with a prerelease as written in a constraint (`1.2.3-rc.1`, `>=1.0.0-0`); not a `a - b` range. */
const WRITTEN_PRERELEASE = /(?:^|[\s,<>=~^!])v?\d+(?:\.(?:\d+|[xX*])){0,2}-[0-9A-Za-z]/;
/** Masterminds' constraint syntax in node-semver's: `,` joins comparators with AND. */
function toRange(constraint) {
    let range;
    try {
        range = new (semver_default()).Range(constraint.replaceAll(',', ' '), { loose: true });
    }
    catch {
        return undefined;
    }
    // node-semver writes its own `-0` upper bounds (`0.12.*` is `>=0.12.0 <0.13.0-0`), so whether
    // a group names a prerelease is read from the text, as Masterminds reads its own parse
    const groups = constraint.split('||');
    const pre = groups.length === range.set.length ? groups.map((g) => WRITTEN_PRERELEASE.test(g.trim())) : range.set.map((g) => g.some((c) => c.value !== '' && c.semver.prerelease.length > 0));
    return { range, pre };
}
/**
 * Masterminds semver v3's Check: a prerelease version passes only an AND group in which some
 * comparator names a prerelease (so `*`, `0.12.*` and `^1.2` never pick one, `>=1.0.0-0` may).
 */
function admits(constraint, version) {
    return constraint.range.set.some((group, i) => {
        if (version.prerelease.length > 0 && !constraint.pre[i])
            return false;
        return group.every((c) => c.test(version));
    });
}
function parsed(version) {
    return semver_default().parse(version.startsWith('v') ? version.slice(1) : version) ?? undefined;
}
/**
 * Masterminds' `NewConstraint(constraint).Check` as a predicate over version strings (a version
 * Masterminds cannot parse never matches); undefined when the constraint does not parse, as
 * Helm's "invalid version/constraint format". An empty constraint does not parse either.
 */
function resolve_constraintMatcher(constraint) {
    if (constraint.trim() === '')
        return undefined;
    const range = toRange(constraint);
    if (!range)
        return undefined;
    return (version) => {
        const sv = parsed(version);
        return sv !== undefined && admits(range, sv);
    };
}
/** A chart's versions in the order Helm's SortEntries leaves them: newest first, unparsable last. */
function resolve_sortedVersions(versions) {
    return [...versions].sort((a, b) => {
        const x = parsed(a.version);
        const y = parsed(b.version);
        if (!x || !y)
            return x ? -1 : y ? 1 : 0;
        return semver.rcompare(x, y);
    });
}
/**
 * The version of chart `name` Helm resolves for `constraint` (empty: the newest stable), or
 * undefined when Helm would answer "no chart version found" (or the chart is not listed).
 */
function resolveChart(index, name, constraint = '') {
    const chart = index.charts.find((c) => c.name === name);
    if (!chart || chart.versions.length === 0)
        return undefined;
    const versions = resolve_sortedVersions(chart.versions);
    if (constraint !== '') {
        const exact = versions.find((v) => v.version === constraint);
        if (exact)
            return exact;
    }
    const range = toRange(constraint === '' ? '*' : constraint);
    if (!range)
        return undefined;
    return versions.find((v) => {
        const sv = parsed(v.version);
        return sv !== undefined && admits(range, sv);
    });
}
/**
 * Helm's `ResolveReferenceURL`: an absolute URL as it is; a relative one against the repository
 * URL taken as a folder (a trailing `/` added), keeping the repository URL's query.
 */
function resolveReferenceUrl(repoUrl, ref) {
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref))
        return ref;
    const base = new URL(repoUrl);
    base.pathname = `${base.pathname.replace(/\/+$/, '')}/`;
    const query = base.search;
    const resolved = new URL(ref, base);
    resolved.search = query;
    return resolved.href;
}
/** `<repository URL>/index.yaml`, as Helm builds it (query kept). */
function resolve_repositoryIndexUrl(repoUrl) {
    const url = new URL(repoUrl);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/index.yaml`;
    return url.href;
}

;// CONCATENATED MODULE: ./actions/lib/helm/dependencies-resolve.ts
/**
 * Dependencies without a Chart.lock, resolved as `helm dependency build` resolves them when there
 * is no lock: it falls back to `Update` (Helm's pkg/downloader Manager.Build), whose resolver
 * (internal/resolver Resolve) locks each Chart.yaml dependency to one exact version:
 * - a Helm repository: the newest entry of its `index.yaml` (sorted as `SortEntries` sorts,
 *   entries without urls or with a version Masterminds cannot parse skipped) that the version
 *   constraint admits (Masterminds' Check: `0.12.*`, `~`, `^`, `>= a, < b`, `a - b`, `||`; a
 *   prerelease only when the constraint names one); the lock keeps the version as the index
 *   writes it (`v.Original()`);
 * - `file://`: the version of the chart in that folder, when the constraint admits it;
 * - `oci://` with an exact version: that version (Helm lists no tags then); with a range Helm
 *   lists the registry's tags, which this suite cannot do yet, so it is refused;
 * - no repository (vendored under charts/): locked as Chart.yaml writes it.
 * The lock's `digest` is Helm's `HashReq` over Chart.yaml's dependencies and the locked entries
 * (name, repository, version only, as Helm's resolver builds them). Pure: the repositories'
 * indexes and the folders' versions come in as data; fetching is dependencies-fetch.ts.
 */




const kindOf = (repository) => repository.startsWith('oci://') ? 'oci' : repository.startsWith('file://') ? 'file' : /^https?:\/\//.test(repository) ? 'http' : undefined;
const label = (d) => `'${d.name}' (${d.version ? d.version : 'no version'})`;
const LOCK_FIX = "or run 'helm dependency update' and commit Chart.lock";
/**
 * What can be refused before any request: a dependency to fetch whose repository is an alias
 * (`@name`, `alias:name`: they name the user's repositories.yaml), not http(s), oci or file; a
 * version constraint Masterminds would not parse; an `oci://` range (needs the registry's tags).
 */
function checkUnlocked(missing, chartFile) {
    for (const d of missing) {
        const kind = kindOf(d.repository);
        if (d.repository.startsWith('@') || d.repository.startsWith('alias:')) {
            throw new runner_errors/* FileError */.f6(chartFile, `dependency ${label(d)} names the repository ${JSON.stringify(d.repository)}, an entry of a local repositories.yaml this workflow does not have: write the repository's URL, ${LOCK_FIX}`, d.line);
        }
        if (!kind) {
            throw new runner_errors/* FileError */.f6(chartFile, `dependency ${label(d)} has repository ${JSON.stringify(d.repository)}: expected an https:// Helm repository, an oci:// registry or a file:// chart folder (or vendor it under charts/)`, d.line);
        }
        const version = d.version ?? '';
        if (kind === 'oci') {
            if (version_isHelmVersion(version))
                continue;
            throw new runner_errors/* FileError */.f6(chartFile, `dependency ${label(d)} is a version range in the OCI registry ${d.repository}, and there is no Chart.lock: resolving it needs the registry's tag list, which is not supported yet; run 'helm dependency update' and commit Chart.lock, or pin an exact version`, d.line);
        }
        if (kind === 'http' && !resolve_constraintMatcher(version)) {
            throw new runner_errors/* FileError */.f6(chartFile, `dependency ${label(d)}: ${version ? `'${version}' is not a version constraint Helm can parse` : 'a dependency from a Helm repository needs a version or a range'} (e.g. 1.2.3, ~1.2.0, 1.2.*, ">= 1.2.0, < 2.0.0")`, d.line);
        }
    }
}
/** An http(s) dependency: the newest listed version the constraint admits. */
function fromIndex(d, index) {
    const versions = index.charts.find((c) => c.name === d.name)?.versions;
    const where = repositoryIndexUrl(d.repository);
    if (!versions || versions.length === 0)
        return { d, why: `${where} lists no chart '${d.name}'` };
    const admits = constraintMatcher(d.version ?? '');
    const usable = sortedVersions(versions).filter((v) => v.urls.length > 0 && isHelmVersion(v.version));
    const hit = usable.find((v) => admits(v.version));
    if (hit)
        return hit.version;
    const listed = usable.map((v) => v.version);
    return { d, why: `no version in ${where} satisfies it (it lists ${listed.length ? `${listed.slice(0, 10).join(', ')}${listed.length > 10 ? `, … ${listed.length} in all` : ''}` : 'no version with a URL'})` };
}
/** A `file://` dependency: the folder's chart, when the constraint admits its version. */
function fromFolder(d, version) {
    if (!d.version)
        return version;
    const admits = constraintMatcher(d.version);
    if (admits?.(version))
        return version;
    return { d, why: `the chart in ${d.repository} is at version ${version}${admits ? '' : `, and '${d.version}' is not a constraint Helm can parse`}` };
}
/** The version to lock one dependency to, or why there is none. */
function lockOne(d, u, sources) {
    if (!u.missing.includes(d))
        return u.vendoredVersions[d.name] ?? d.version ?? '';
    const kind = kindOf(d.repository);
    if (kind === 'http')
        return fromIndex(d, sources.index(d.repository));
    if (kind === 'file')
        return fromFolder(d, sources.folderVersion(d.repository));
    return d.version;
}
/**
 * The lock Helm's `Update` would write for these dependencies, and what to fetch. Throws one
 * `FileError` naming every dependency no version satisfies (its Chart.yaml line, constraint,
 * repository and the versions there are) and the fix.
 */
function resolveLock(u, sources) {
    const dependencies = [];
    const missing = [];
    for (const d of u.requirements) {
        const got = lockOne(d, u, sources);
        if (typeof got === 'string')
            dependencies.push({ name: d.name, repository: d.repository, ...(got ? { version: got } : {}) });
        else
            missing.push(got);
    }
    if (missing.length > 0) {
        const list = missing.map((m) => `${label(m.d)} at line ${m.d.line}: ${m.why}`).join('; ');
        throw new FileError(u.chartFile, `no version satisfies ${missing.length === 1 ? 'a dependency' : `${missing.length} dependencies`} and there is no Chart.lock: ${list}. Change the version constraint in Chart.yaml, publish a matching version to the repository, ${LOCK_FIX}`, missing[0].d.line);
    }
    const resolutions = [];
    const fetch = [];
    u.requirements.forEach((d, i) => {
        if (!u.missing.includes(d))
            return;
        const version = dependencies[i].version;
        resolutions.push({ name: d.name, constraint: d.version ?? '', version, repository: d.repository, line: d.line });
        const path = `charts/${d.name}-${version}.tgz`;
        // two aliases of one chart at one version are one archive (Helm: "Already downloaded")
        if (fetch.some((f) => f.path === path && f.repository === d.repository))
            return;
        fetch.push({ name: d.name, version, repository: d.repository, kind: kindOf(d.repository), path, where: `${u.chartFile}:${d.line}` });
    });
    return { dependencies, digest: hashRequirements(u.requirements, dependencies), fetch, resolutions };
}
/** The instant written as the generated lock's `generated`: every package member's mtime. */
const GENERATED_LOCK_TIME = '1970-01-01T00:00:00Z';
/**
 * The Chart.lock `helm dependency build` leaves in the chart folder (so in the package) when
 * there was none. Helm writes `generated: <now>`; here it is the epoch, the time every member
 * of the package carries (`SOURCE_DATE_EPOCH=0`), so the package stays a function of the chart
 * and the resolved versions: a re-run, even from a later commit, gives the same bytes.
 */
function generatedLockValue(lock) {
    return { dependencies: lock.dependencies, digest: lock.digest, generated: GENERATED_LOCK_TIME };
}

;// CONCATENATED MODULE: ./actions/lib/helm/dependencies.ts
/**
 * Chart dependencies that are not vendored, planned from Chart.lock as `helm dependency build`
 * plans them (Helm's pkg/downloader Manager.Build): the lock must be in sync with Chart.yaml
 * (Helm's `resolver.HashReq` over both lists), and each dependency missing from `charts/` is
 * fetched at the exact version its lock entry names. Pure: texts in, a plan out; the fetching
 * is dependencies-fetch.ts.
 */






/** Go's encoding/json escapes these in strings; the hash is over Go's bytes, so ours must be the same. */
function goJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The JSON object Go writes for one `chart.Dependency` (omitempty fields left out when empty). */
function goDependency(d) {
    const o = { name: d.name };
    if (d.version)
        o.version = d.version;
    o.repository = d.repository;
    if (d.condition)
        o.condition = d.condition;
    if (d.tags && d.tags.length > 0)
        o.tags = d.tags;
    if (d.enabled)
        o.enabled = true;
    if (d['import-values'] && d['import-values'].length > 0)
        o['import-values'] = d['import-values'];
    if (d.alias)
        o.alias = d.alias;
    return o;
}
/** Helm's `resolver.HashReq`: sha256 of the JSON of [Chart.yaml's dependencies, the lock's]. */
function dependencies_hashRequirements(req, lock) {
    const json = goJson([req.map(goDependency), lock.map(goDependency)]);
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(json).digest('hex')}`;
}
class Located {
    file;
    text;
    lc = new dist.LineCounter();
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    line(node) {
        const range = node?.range;
        return range ? this.lc.linePos(range[0]).line : 1;
    }
    fail(message, node) {
        throw new runner_errors/* FileError */.f6(this.file, message, node === undefined ? undefined : this.line(node));
    }
    parse() {
        const doc = (0,dist.parseDocument)(this.text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: true });
        const err = doc.errors[0];
        if (err)
            throw new runner_errors/* FileError */.f6(this.file, `not valid YAML: ${err.message.split('\n')[0]}`, this.lc.linePos(err.pos[0]).line);
        if (!(0,dist.isMap)(doc.contents))
            this.fail('expected a mapping of fields', doc.contents ?? undefined);
        const keys = new Map();
        for (const p of doc.contents.items)
            keys.set((0,dist.isScalar)(p.key) ? String(p.key.value) : '', p);
        return keys;
    }
    /** A scalar by its text (a number stays `1.10`, not 1.1), sanitized as Helm's Validate does. */
    str(node, what) {
        if (node === null || node === undefined || ((0,dist.isScalar)(node) && node.value === null))
            return undefined;
        if (!(0,dist.isScalar)(node))
            this.fail(`${what} must be a string`, node);
        const v = node.value;
        const text = typeof v === 'string' ? v : this.text.slice(node.range[0], node.range[1]);
        return sanitizeString(text);
    }
    /** The `dependencies` list, each entry as Helm models it, with its line. */
    dependencies(pair) {
        if (!pair || pair.value === null || ((0,dist.isScalar)(pair.value) && pair.value.value === null))
            return [];
        if (!(0,dist.isSeq)(pair.value))
            this.fail('dependencies must be a list', pair.value);
        return pair.value.items.map((item, i) => {
            if (!(0,dist.isMap)(item))
                this.fail(`dependencies[${i}] must be a mapping`, item);
            const get = (k) => item.items.find((p) => (0,dist.isScalar)(p.key) && p.key.value === k)?.value;
            const name = this.str(get('name'), `dependencies[${i}].name`);
            if (!name)
                this.fail(`dependencies[${i}] has no name`, item);
            const d = { name, repository: this.str(get('repository'), `dependencies[${i}].repository`) ?? '', line: this.line(item) };
            const version = this.str(get('version'), `dependencies[${i}].version`);
            if (version)
                d.version = version;
            const condition = this.str(get('condition'), `dependencies[${i}].condition`);
            if (condition)
                d.condition = condition;
            const tags = get('tags');
            if ((0,dist.isSeq)(tags))
                d.tags = tags.items.map((t, j) => this.str(t, `dependencies[${i}].tags[${j}]`) ?? '');
            const enabled = get('enabled');
            if ((0,dist.isScalar)(enabled) && enabled.value === true)
                d.enabled = true;
            const iv = get('import-values');
            if ((0,dist.isSeq)(iv))
                d['import-values'] = iv.toJSON();
            const alias = this.str(get('alias'), `dependencies[${i}].alias`);
            if (alias)
                d.alias = alias;
            return d;
        });
    }
}
/** Chart.yaml's dependencies as Helm reads them, each with its line. */
function readChartDependencies(text, file) {
    const y = new Located(file, text);
    return y.dependencies(y.parse().get('dependencies'));
}
/** Chart.lock: its digest and entries (name, exact version, repository), with lines. */
function readChartLock(text, file) {
    const y = new Located(file, text);
    const keys = y.parse();
    const digestPair = keys.get('digest');
    const digest = y.str(digestPair?.value, 'digest');
    if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        y.fail(`digest ${JSON.stringify(digest ?? null)} is not a sha256 digest: run 'helm dependency update' and commit Chart.lock`, digestPair?.value ?? digestPair?.key ?? undefined);
    }
    const dependencies = y.dependencies(keys.get('dependencies'));
    for (const d of dependencies) {
        if (!d.version || !semver_default().valid(d.version.replace(/^v/, ''))) {
            throw new runner_errors/* FileError */.f6(file, `dependency '${d.name}' is locked at ${JSON.stringify(d.version ?? null)}, not an exact SemVer version: run 'helm dependency update'`, d.line);
        }
    }
    return { digest: digest, digestLine: y.line(digestPair.key), dependencies };
}
/** `charts/<name>/Chart.yaml` or `charts/<name>-<version>.tgz` for this dependency. */
function isVendored(dep, files) {
    if (files.includes(`charts/${dep.name}/Chart.yaml`))
        return true;
    const prefix = `charts/${dep.name}-`;
    return files.some((f) => {
        if (!f.startsWith(prefix) || !f.endsWith('.tgz') || f.slice('charts/'.length).includes('/'))
            return false;
        const v = f.slice(prefix.length, -4);
        if (!semver_default().valid(v))
            return false;
        if (!dep.version || dep.version === v)
            return true;
        return semver_default().validRange(dep.version.replaceAll(',', ' ')) !== null && semver_default().satisfies(v, dep.version.replaceAll(',', ' '), { includePrerelease: true });
    });
}
function repositoryKind(repository) {
    if (repository.startsWith('oci://'))
        return 'oci';
    if (repository.startsWith('file://'))
        return 'file';
    if (/^https?:\/\//.test(repository))
        return 'http';
    return undefined;
}
/** `@name` and `alias:name` point into the user's repositories.yaml; the lock holds the URL they stood for. */
function isRepoAlias(repository) {
    return repository.startsWith('@') || repository.startsWith('alias:');
}
/** The dependencies to resolve without a lock, refused now where no request is needed. */
function unlocked(chartFile, requirements, missing, files) {
    checkUnlocked(missing, chartFile);
    const vendoredVersions = {};
    for (const d of requirements) {
        if (missing.includes(d))
            continue;
        const archive = files.find((f) => f.startsWith(`charts/${d.name}-`) && f.endsWith('.tgz') && semver_default().valid(f.slice(`charts/${d.name}-`.length, -4)));
        if (archive)
            vendoredVersions[d.name] = archive.slice(`charts/${d.name}-`.length, -4);
    }
    const each = (kind) => [...new Set(missing.filter((d) => repositoryKind(d.repository) === kind).map((d) => d.repository))];
    return { chartFile, requirements, missing, vendoredVersions, repositories: each('http'), folders: each('file') };
}
/**
 * Which dependencies must be fetched, from where, at which version. Without a Chart.lock the
 * plan is `unlocked` (resolved by dependencies-resolve.ts once the repositories are read).
 * Throws `FileError` (file, line, fix) for: a dependency the lock does not list, a lock out of
 * sync with Chart.yaml (the digest differs), a lock entry whose repository is neither http(s),
 * oci nor file; without a lock, what checkUnlocked refuses.
 */
function planDependencies(input) {
    const chartFile = `${input.display}/Chart.yaml`;
    const lockFile = `${input.display}/Chart.lock`;
    const req = readChartDependencies(input.chartYaml, chartFile);
    const missing = req.filter((d) => !isVendored(d, input.files));
    const vendored = req.filter((d) => !missing.includes(d)).map((d) => d.alias || d.name);
    if (missing.length === 0)
        return { fetch: [], vendored };
    const local = missing.find((d) => d.repository === '');
    if (local) {
        throw new runner_errors/* FileError */.f6(chartFile, `dependency '${local.name}' has no repository and is not under charts/: a dependency without a repository must be vendored there (commit charts/${local.name}/ or its .tgz)`, local.line);
    }
    for (const d of missing) {
        const stale = input.files.find((f) => f.startsWith(`charts/${d.name}-`) && f.endsWith('.tgz') && semver_default().valid(f.slice(`charts/${d.name}-`.length, -4)));
        if (stale) {
            throw new runner_errors/* FileError */.f6(chartFile, `dependency '${d.name}' (${d.version ?? 'any version'}) is vendored as ${stale}, which does not satisfy it; the package would hold two '${d.name}' charts: remove the stale archive (${input.chartLock === undefined ? 'the newest version the constraint admits' : "Chart.lock's version"} is then fetched) or vendor a matching one`, d.line);
        }
    }
    if (input.chartLock === undefined)
        return { fetch: [], vendored, unlocked: unlocked(chartFile, req, missing, input.files) };
    const lock = readChartLock(input.chartLock, lockFile);
    // Helm hashes Chart.yaml's dependencies after replacing repository aliases by their URLs,
    // which the lock entry at the same place records.
    const resolvedReq = req.map((d, i) => (isRepoAlias(d.repository) && lock.dependencies[i]?.name === d.name ? { ...d, repository: lock.dependencies[i].repository } : d));
    const sum = dependencies_hashRequirements(resolvedReq, lock.dependencies);
    if (sum !== lock.digest) {
        throw new runner_errors/* FileError */.f6(lockFile, `digest ${lock.digest} does not match Chart.yaml's dependencies (they hash to ${sum}): Chart.lock is out of sync with Chart.yaml; run 'helm dependency update' and commit Chart.lock`, lock.digestLine);
    }
    const used = new Set();
    const fetch = missing.map((d) => {
        const i = req.indexOf(d);
        const at = lock.dependencies[i]?.name === d.name && !used.has(i) ? i : lock.dependencies.findIndex((l, j) => l.name === d.name && !used.has(j));
        if (at < 0)
            throw new runner_errors/* FileError */.f6(chartFile, `dependency '${d.name}' has no entry in Chart.lock: run 'helm dependency update' and commit Chart.lock`, d.line);
        used.add(at);
        const locked = lock.dependencies[at];
        const kind = repositoryKind(locked.repository);
        if (!kind) {
            throw new runner_errors/* FileError */.f6(lockFile, `dependency '${locked.name}' has repository ${JSON.stringify(locked.repository)}: expected an https:// Helm repository, an oci:// registry or a file:// chart folder (vendor it under charts/ instead)`, locked.line);
        }
        return { name: locked.name, version: locked.version, repository: locked.repository, kind, path: `charts/${locked.name}-${locked.version}.tgz`, where: `${lockFile}:${locked.line}` };
    });
    // two aliases of one chart at one version are one archive (Helm: "Already downloaded")
    const unique = fetch.filter((f, k) => fetch.findIndex((g) => g.path === f.path && g.repository === f.repository) === k);
    return { fetch: unique, vendored, lockDigest: lock.digest };
}

;// CONCATENATED MODULE: ./src/doctor/chart.ts
/**
 * The adapter between doctor and the Helm library: a chart judged twice. First by Helm's own
 * rules for Chart.yaml (`Metadata.Validate` in helm/pkg/chart/v2/metadata.go, and `helm lint`
 * for a missing apiVersion), then by `loadChart`, which is what publish-helm packages with.
 * Helm accepts a `v` before the version (the release keeps it: llm-d-infra's `v1.4.0` becomes
 * `v1.4.1`) and any appVersion; a missing appVersion is a note. Dependencies are judged as
 * publish-helm meets them: vendored under charts/, or fetched when it publishes (from Chart.lock, or resolved as `helm dependency build` does without one).
 */








function fields(text) {
    const lc = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
        return `not valid YAML: ${err.message.split('\n')[0] ?? ''}`;
    if (!(0,dist.isMap)(doc.contents))
        return 'Chart.yaml is not a mapping of fields';
    const out = new Map();
    for (const pair of doc.contents.items) {
        if (!(0,dist.isScalar)(pair.key))
            continue;
        // Helm reads a number or a boolean into its string fields by its source text (`7.2445e+06`).
        const node = pair.value;
        const v = !(0,dist.isScalar)(node) || node.value === null ? '' : typeof node.value === 'string' ? node.value : node.range ? text.slice(node.range[0], node.range[1]) : String(node.value);
        out.set(String(pair.key.value), { value: v, line: lc.linePos(pair.key.range?.[0] ?? 0).line });
    }
    return out;
}
/** What Helm refuses in a Chart.yaml, each with the line and the fix. Pure. */
function helmChartProblems(text, file, dirName) {
    const f = fields(text);
    if (typeof f === 'string')
        return [{ file, message: f, fix: `make ${file} valid YAML (helm lint ${dirName} shows the same error)` }];
    const problems = [];
    const at = (key) => (f.get(key) ? { line: f.get(key).line } : {});
    if (!f.get('apiVersion')?.value)
        problems.push({ file, message: 'no apiVersion (helm lint: "apiVersion is required")', fix: `add \`apiVersion: v2\` as the first line of ${file}` });
    const name = f.get('name')?.value ?? '';
    if (name === '')
        problems.push({ file, message: 'no name (Helm: "chart.metadata.name is required")', fix: `add \`name: ${dirName}\` to ${file}` });
    else if (name === '.' || name === '..' || name.includes('/'))
        problems.push({ file, ...at('name'), message: `name "${name}" is not a chart name`, fix: `set \`name: ${dirName}\`` });
    const version = f.get('version')?.value ?? '';
    if (version === '')
        problems.push({ file, message: 'no version (Helm: "chart.metadata.version is required")', fix: `add \`version: 0.1.0\` (SemVer 2) to ${file}` });
    else if (!version_isHelmVersion(version)) {
        problems.push({ file, ...at('version'), message: `version "${version}" is not SemVer (Helm: "chart.metadata.version is invalid")`, fix: 'write the chart version as X.Y.Z, e.g. 0.1.0' });
    }
    const type = f.get('type')?.value ?? '';
    if (type !== '' && type !== 'application' && type !== 'library') {
        problems.push({ file, ...at('type'), message: `type "${type}" (Helm: "chart.metadata.type must be application or library")`, fix: 'set `type: application`' });
    }
    return problems;
}
/** What Helm accepts but the release writes otherwise: advice, with the fix. Pure. */
function helmChartNotes(text, file) {
    const f = fields(text);
    if (typeof f === 'string')
        return [];
    const notes = [];
    if (!f.get('appVersion')?.value)
        notes.push({ file, message: 'no appVersion: Helm accepts it, but then nothing says which image the chart deploys', fix: fixFor('has no appVersion') });
    return notes;
}
const V_STYLE = /version 'v[^']*' is not strict SemVer 2/;
/**
 * Dependencies not vendored under charts/ as publish-helm plans them: a note for each it will
 * fetch from Chart.lock or resolve without one, or the reason it cannot (a lock out of sync, no
 * repository, an OCI range without a lock).
 * Returns whether loading must leave the missing ones to that plan.
 */
function judgeDependencies(root, chartPath, text, verdict) {
    const dir = (0,external_node_path_.join)(root, chartPath);
    let chartLock;
    try {
        chartLock = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'Chart.lock'), 'utf8');
    }
    catch {
        chartLock = undefined;
    }
    try {
        const files = listChartFiles(dir, chartPath).entries.filter((e) => !e.isDir).map((e) => e.path);
        const plan = planDependencies({ display: chartPath, chartYaml: text, ...(chartLock !== undefined ? { chartLock } : {}), files });
        for (const d of plan.fetch) {
            verdict.notes.push({ file: d.where.replace(/:\d+$/, ''), ...lineOf(d.where), message: `dependency ${d.name} ${d.version} is not vendored under charts/: publish-helm fetches it from ${d.repository} (Chart.lock) when it publishes`, fix: `nothing; or vendor it with \`helm dependency build ${chartPath}\` and commit ${chartPath}/${d.path}` });
        }
        const unlocked = plan.unlocked;
        for (const d of unlocked?.missing ?? []) {
            verdict.notes.push({
                file: unlocked.chartFile,
                line: d.line,
                message: `dependency ${d.name} ${d.version ?? '(any version)'} is not vendored under charts/ and there is no Chart.lock: publish-helm resolves it from ${d.repository} when it publishes, as \`helm dependency build\` does, so the package holds whatever version the repository then has`,
                fix: `nothing; or pin the versions with \`helm dependency update ${chartPath}\` and commit ${chartPath}/Chart.lock`,
            });
        }
        return plan.fetch.length > 0 || unlocked !== undefined;
    }
    catch (error) {
        if (!(error instanceof runner_errors/* FileError */.f6))
            throw error;
        verdict.suite.push({ file: error.file, ...(error.line ? { line: error.line } : {}), message: stripWhere(error), fix: fixFor(error.message) });
        return true;
    }
}
function lineOf(where) {
    const m = /:(\d+)$/.exec(where);
    return m ? { line: Number(m[1]) } : {};
}
/** Both verdicts on the chart folder `chartPath` (repository-relative) of the repository at `root`. */
function judgeChart(root, chartPath) {
    const file = `${chartPath}/Chart.yaml`;
    const dirName = chartPath.split('/').pop() ?? chartPath;
    const verdict = { path: chartPath, helm: [], suite: [], notes: [] };
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8');
    }
    catch {
        verdict.helm.push({ file, message: 'the chart folder has no Chart.yaml', fix: `create ${file} with apiVersion, name and version` });
        return verdict;
    }
    verdict.helm = helmChartProblems(text, file, dirName);
    if (verdict.helm.length > 0)
        return verdict;
    verdict.notes = helmChartNotes(text, file);
    const fromLock = judgeDependencies(root, chartPath, text, verdict);
    try {
        // Templates are not parsed: `helm package` does not parse them either, and on a real chart
        // (WVA's 25 templates and CRD) it is most of doctor's time.
        const loaded = loadChart((0,external_node_path_.join)(root, chartPath), { displayDir: chartPath, ...(fromLock ? { checkDependencies: false } : {}) });
        // a `v` before the chart version is the repository's style, which the release keeps
        for (const w of loaded.warnings.filter((m) => !V_STYLE.test(m)))
            verdict.notes.push({ file, message: w, fix: 'see the message' });
    }
    catch (error) {
        if (!(error instanceof runner_errors/* FileError */.f6))
            throw error;
        const problem = { file: error.file, ...(error.line ? { line: error.line } : {}), message: stripWhere(error), fix: fixFor(error.message) };
        verdict.suite.push(problem);
    }
    return verdict;
}
function stripWhere(error) {
    const prefix = `${error.file}${error.line ? `:${error.line}` : ''}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
function fixFor(message) {
    if (/has no appVersion/.test(message))
        return 'add `appVersion:` with the image tag the chart deploys, so that the release keeps it in step';
    if (/does not match its directory/.test(message))
        return 'rename the folder or the chart so that both are the same';
    if (/out of sync|no Chart\.lock/.test(message))
        return 'run `helm dependency update` in the chart folder and commit Chart.lock (or vendor the dependencies with `helm dependency build` and commit charts/)';
    if (/not vendored|missing in charts\//.test(message))
        return 'run `helm dependency build` in the chart folder and commit charts/';
    if (/not valid YAML|not valid JSON/.test(message))
        return 'correct the syntax at that line';
    return 'correct the file at that line (`helm lint` on the chart folder shows the same problem)';
}

// EXTERNAL MODULE: ./actions/lib/semver/tags.ts
var semver_tags = __webpack_require__(44694);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var version = __webpack_require__(15731);
// EXTERNAL MODULE: ./actions/lib/version-files/read.ts + 6 modules
var version_files_read = __webpack_require__(2318);
// EXTERNAL MODULE: ./actions/lib/version-files/text.ts
var version_files_text = __webpack_require__(39752);
;// CONCATENATED MODULE: ./actions/lib/version-files/plan.ts




/** Several version files failed; `errors` holds each one (FileErrors name the file and line). */
class VersionFilesError extends runner_errors/* ActionError */.lZ {
    errors;
    constructor(errors) {
        super(`${errors.length} problems with the version files; nothing was changed:\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
        this.errors = errors;
    }
}
function fail(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new VersionFilesError(errors);
}
function planVersionBump(files, contents, newVersion, options = {}) {
    const next = (0,version_files_text/* checkNext */.e9)(newVersion);
    if (files.length === 0) {
        throw new runner_errors/* ActionError */.lZ('expected at least one version file: configure them, or keep a charts/<name>/Chart.yaml for discovery to find');
    }
    const read = (0,version_files_read/* readReferences */.PK)(files, contents, options);
    const current = read.current;
    if (current === undefined && options.current === undefined && files.every((f) => version_files_read/* FOLLOWING */.ms.has(f.type))) {
        throw new runner_errors/* ActionError */.lZ(`expected a release tag (vX.Y.Z) or a version file that declares the current version (a chart, makefile, regex, json or yaml file), found neither among ${files.map((f) => f.path).join(', ')}`);
    }
    fail(read.errors);
    if (current === undefined)
        throw new runner_errors/* ActionError */.lZ(`expected a release tag (vX.Y.Z) or a version in ${files.map((f) => f.path).join(', ')}, found neither`);
    if ((0,version/* compareVersions */.Zy)(next, current) < 0 && !options.allowDowngrade) {
        throw new runner_errors/* ActionError */.lZ(`expected a new version greater than the current version ${current}, got ${next} (a downgrade must be allowed explicitly)`);
    }
    const errors = [];
    const edits = [];
    for (const path of new Set(files.map((f) => f.path))) {
        const refs = read.refsByPath.get(path);
        if (!refs || refs.length === 0)
            continue;
        const before = (0,version_files_read/* lookup */.$I)(contents, path);
        try {
            const { text: after, changes } = (0,version_files_text/* applyRefs */.fx)(before, refs, next, path);
            if (changes.length > 0)
                edits.push({ path, before, after, changes: changes.sort((a, b) => a.line - b.line) });
        }
        catch (error) {
            if (error instanceof runner_errors/* ActionError */.lZ)
                errors.push(error);
            else
                throw error;
        }
    }
    fail(errors);
    const findings = read.references.filter((r) => (0,version/* stripV */.tQ)(r.value) !== current);
    return { currentVersion: current, newVersion: next, edits, references: read.references, findings, skipped: read.skipped };
}

// EXTERNAL MODULE: ./actions/lib/version-files/references.ts + 1 modules
var references = __webpack_require__(443);
;// CONCATENATED MODULE: ./src/doctor/versions.ts
/**
 * The adapter between doctor and the version-file library: the references a release owns are
 * `releaseReferences`' and they are read by `readReferences`, the very calls bump-version (which
 * moves them) and the preflight's versions-consistent (which checks them) make. So doctor lists
 * exactly what the release pull request moves, and the repairs it shows are the bump's own edits.
 */






/** The configuration's keys that decide the references, from `.github/release-actions.yaml` as parsed. */
function referenceConfig(data) {
    if (!data)
        return {};
    return {
        ...(data.chart ? { chart: data.chart } : {}),
        ...(data.images ? { images: data.images } : {}),
        ...(data['version-files'] && data['version-files'].length > 0 ? { versionFiles: data['version-files'] } : {}),
    };
}
/** The paths whose text the reading needs (read them, then call `readVersionReferences`). */
function versionPaths(paths, config = {}) {
    try {
        return [...new Set([...(0,references/* referencePaths */.ki)(paths, config), ...(config.versionFiles ?? []).map((f) => f.path)])];
    }
    catch (error) {
        if (error instanceof runner_errors/* ActionError */.lZ)
            return [];
        throw error;
    }
}
/** Every version reference of the repository, as bump-version and the preflight find them. */
function readVersionReferences(paths, files, context = {}) {
    const reading = { files: [], images: [], references: [], repairs: [], problems: [], missingVariables: [] };
    try {
        const refs = (0,references/* releaseReferences */.Yr)({ paths, contents: files, config: context.config ?? {}, repository: context.repository ?? '' });
        reading.files = refs.files;
        reading.images = refs.images;
    }
    catch (error) {
        if (!(error instanceof runner_errors/* ActionError */.lZ))
            throw error;
        reading.problems.push({ path: 'charts/', message: error.message });
        return reading;
    }
    const tags = context.tags ?? [];
    const tag = (0,semver_tags.currentTag)(tags);
    const options = { images: reading.images, tagsPrefixed: (0,semver_tags.tagsPrefixed)(tags), ...(tag ? { current: tag.version } : {}) };
    const read = (0,version_files_read/* readReferences */.PK)(reading.files, files, options);
    reading.references = read.references.map(({ path, line, name, value, role }) => ({ path, line, name, value, role }));
    reading.missingVariables = read.skipped.filter((s) => s.reason === 'not defined' && reading.files.some((f) => f.path === s.path && f.type === 'makefile')).map((s) => s.name);
    for (const error of read.errors) {
        const where = error instanceof runner_errors/* FileError */.f6 ? { path: error.file, ...(error.line ? { line: error.line } : {}) } : { path: reading.files[0]?.path ?? 'charts/' };
        reading.problems.push({ ...where, message: error.message });
    }
    if (read.current !== undefined)
        reading.current = read.current;
    if (reading.problems.length === 0 && read.current !== undefined)
        reading.repairs = repairsOf(reading, files, read.current, options);
    return reading;
}
/** The bump to the current version itself: its edits are the repairs alone, written as the release writes them. */
function repairsOf(reading, files, current, options) {
    const plan = planVersionBump(reading.files, files, current, { ...options, current });
    const repairs = [];
    for (const edit of plan.edits) {
        for (const change of edit.changes) {
            const ref = reading.references.find((r) => r.path === edit.path && r.line === change.line && r.name === change.name && (0,version/* stripV */.tQ)(r.value) !== current);
            if (ref)
                repairs.push({ ...ref, to: change.new });
        }
    }
    const order = (r) => reading.references.indexOf(reading.references.find((x) => x.path === r.path && x.line === r.line && x.name === r.name));
    return repairs.sort((a, b) => order(a) - order(b));
}

;// CONCATENATED MODULE: ./src/doctor/facts.ts
/**
 * The I/O of doctor: everything the checks read, gathered once from the repository (git and
 * the work tree), so that the checks are pure functions of `Facts`.
 */







/** Doctor cannot look at what it was given; the message says what to do. */
class DoctorInputError extends Error {
}
/** The files the checks read, besides the workflows and the charts. */
const READ = ['Makefile', 'README.md', 'CHANGELOG.md', 'Dockerfile', config_config/* DEFAULT_CONFIG_PATH */.Bi];
async function repositoryRoot(repo) {
    const dir = (0,external_node_path_.resolve)(repo);
    if (!(0,external_node_fs_.existsSync)(dir))
        throw new DoctorInputError(`--repo ${repo}: no such folder; give the path of a git repository's work tree (e.g. --repo ../workload-variant-autoscaler)`);
    if (!(0,external_node_fs_.statSync)(dir).isDirectory())
        throw new DoctorInputError(`--repo ${repo}: not a folder; give the path of a git repository's work tree`);
    const git = new git_git.Git(dir);
    const r = await git.git(['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (r.exitCode !== 0 && (await git.git(['rev-parse', '--is-bare-repository'], { allowFailure: true })).stdout.trim() === 'true') {
        throw new DoctorInputError(`${dir} is a bare repository: it has no work tree to check; clone it (git clone ${dir} ${(0,external_node_path_.basename)(dir).replace(/\.git$/, '') || 'work'}) and run doctor in the clone`);
    }
    if (r.exitCode !== 0) {
        throw new DoctorInputError(`${dir} is not in a git repository; run doctor inside the repository to release, or name it with --repo PATH`);
    }
    return r.stdout.trim();
}
async function gatherFacts(root) {
    const git = new git_git.Git(root);
    const [listed, tags, branches, current, origin, signing] = await Promise.all([
        git.out(['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
        readTags(git),
        git.out(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes']),
        git.currentBranch(),
        git.git(['remote', 'get-url', 'origin'], { allowFailure: true }),
        signingConfigured(git),
    ]);
    const paths = [...new Set(listed.split('\0').filter((p) => p !== ''))].filter((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, p))).sort();
    const wanted = paths.filter((p) => READ.includes(p) || /^charts\/[^/]+\/(?:Chart|values)\.yaml$/.test(p) || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
    const files = new Map(wanted.map((p) => [p, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, p), 'utf8')]));
    const config = await readConfig(files);
    // the files that hold version references, as bump-version finds them (a chart's README, kustomizations)
    for (const p of versionPaths(paths, referenceConfig(config?.data))) {
        if (!files.has(p) && paths.includes(p))
            files.set(p, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, p), 'utf8'));
    }
    const charts = paths.filter((p) => /^charts\/[^/]+\/Chart\.yaml$/.test(p)).map((p) => p.slice(0, -'/Chart.yaml'.length));
    const chartPath = config?.data?.chart ?? (charts.length === 1 ? charts[0] : undefined);
    const repository = origin.exitCode === 0 ? githubRepository(origin.stdout.trim()) : undefined;
    return {
        root,
        paths,
        files,
        tags,
        branches: branches ? branches.split('\n') : [],
        ...(current ? { currentBranch: current } : {}),
        ...(repository ? { repository } : {}),
        signingKey: signing,
        ...(chartPath && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, chartPath)) ? { chart: judgeChart(root, chartPath) } : {}),
        ...(config ? { config } : {}),
    };
}
async function readTags(git) {
    const out = await git.out(['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(contents:signature)%1e', 'refs/tags']);
    return out
        .split('\x1e')
        .map((r) => r.replace(/^\n/, ''))
        .filter((r) => r !== '')
        .map((r) => {
        const [name = '', type = '', signature = ''] = r.split('\0');
        return { name, annotated: type === 'tag', signed: signature.includes('-----BEGIN') };
    });
}
async function signingConfigured(git) {
    const key = await git.git(['config', '--get', 'user.signingkey'], { allowFailure: true });
    return key.exitCode === 0 && key.stdout.trim() !== '';
}
/** `owner/repo` of a GitHub remote URL (https, ssh or scp-like), else undefined. */
function githubRepository(url) {
    const m = /github\.com[:/]+([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
    return m ? `${m[1]}/${m[2]}` : undefined;
}
async function readConfig(files) {
    const text = files.get(config_config/* DEFAULT_CONFIG_PATH */.Bi);
    if (text === undefined)
        return undefined;
    try {
        return { path: config_config/* DEFAULT_CONFIG_PATH */.Bi, data: (await (0,config_config/* parseConfig */.o4)(text, config_config/* DEFAULT_CONFIG_PATH */.Bi)) };
    }
    catch (error) {
        if (!(error instanceof runner_errors/* FileError */.f6))
            throw error;
        const prefix = `${error.file}${error.line ? `:${error.line}` : ''}: `;
        return { path: config_config/* DEFAULT_CONFIG_PATH */.Bi, error: { ...(error.line ? { line: error.line } : {}), message: error.message.replace(prefix, '') } };
    }
}

;// CONCATENATED MODULE: ./actions/lib/changelog/templates.ts
/**
 * The default texts the suite ships. They are TypeScript constants rather than files
 * because `ncc` bundles code, not arbitrary text files.
 *
 * A repository overrides them through the actions' inputs (the changelog action's
 * `notes-template` and the announce action's `announcement-template`: a path to a file in
 * the repository, read by the action and passed here as `template`; wired in those
 * actions). Placeholders are `{name}`; an unknown `{name}` is left as written.
 */
/**
 * GitHub release notes, in the shape of WVA's release process ("Example release notes
 * structure"). Placeholders: `{tag}` (v0.5.0), `{version}` (0.5.0), `{previous_tag}`,
 * `{overview}`, `{sections}` (the category sections, empty ones left out),
 * `{installation}` (the whole 📦 Installation block; empty without a chart),
 * `{install}` (just the helm commands), `{compare_url}`.
 */
const NOTES_TEMPLATE = (/* unused pure expression or super */ null && (`## What's New in {tag}

{overview}

{sections}

{installation}

**Full Changelog**: {compare_url}
`));
/**
 * Category headings of the release notes, in the order they are rendered. The four the
 * process documents keep its order (features, fixes, documentation, breaking changes);
 * the other Keep a Changelog types sit after the fixes, where a reader still looks:
 * security first among them. Breaking changes also lead the overview.
 */
const NOTES_HEADINGS = {
    features: '🎉 New Features',
    fixes: '🐛 Bug Fixes',
    security: '🔒 Security',
    changed: '🔧 Changes',
    deprecated: '⏳ Deprecations',
    removed: '🗑️ Removed',
    docs: '📖 Documentation',
    breaking: '⚠️ Breaking Changes',
    installation: '📦 Installation',
};
/**
 * The announcement, as the process's "Example announcement". Placeholders: `{project}`,
 * `{tag}`, `{version}`, `{highlights}` (a `- ` list), `{notes_url}`, `{install}` (one line).
 */
const ANNOUNCEMENT_TEMPLATE = (/* unused pure expression or super */ null && (`🎉 {project} {tag} is now available!

Highlights:
{highlights}

📖 Full release notes: {notes_url}

📦 Install: {install}
`));
/** The head of a new CHANGELOG.md (used when the file is empty). */
const CHANGELOG_HEADER = `# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]
`;
/** Fills `{name}` placeholders; names without a value stay as written. */
function fillTemplate(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? values[name] : whole));
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/doctor/templates.ts
/**
 * The caller workflows `--write` adds: the suite's own `.github/workflows/ci-release.yaml` and
 * `prepare-release.yaml`, read from the suite's checkout as they are (so they cannot drift from
 * what the suite runs and tests), below a header of doctor's own, without the lines that keep
 * them from running in release-actions itself, and with this repository's chart and image.
 */



const CI_RELEASE_HEADER = `# The release of this repository by llm-d/release-actions, written by \`release-actions doctor --write\`.
#
# - push of a tag v*: the whole release (preflight → image → chart → release → verify → announce).
# - workflow_dispatch: a release or hotfix of an existing tag by hand, or a rollback.
#
# Needs the repository secret RELEASE_ALLOWED_SIGNERS (the public keys that may sign release tags);
# SLACK_WEBHOOK_URL and RELEASE_DISPATCH_TOKEN are optional.
# See https://github.com/llm-d/release-actions/blob/v1/docs/workflows.md
`;
const PREPARE_RELEASE_HEADER = `# Steps 1 to 5 of the release process in one click (bump-version): the version moved in every file,
# the CHANGELOG section written, a signed-off commit on release-vX.Y.Z, and the release pull request.
# Written by \`release-actions doctor --write\`; see https://github.com/llm-d/release-actions/blob/v1/docs/workflows.md
`;
/** The lines that keep a template from running in release-actions itself. */
const OWN_ONLY = /^ {4}(?:# release-actions ships this file as a template.*|if: github\.repository != 'llm-d\/release-actions')$/;
/** The suite's checkout: the folder whose package.json is release-actions', above this module (sources or bundle). */
function suiteRoot(from = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    for (let dir = from, i = 0; i < 8; i++, dir = (0,external_node_path_.dirname)(dir)) {
        const pkg = (0,external_node_path_.join)(dir, 'package.json');
        if (!(0,external_node_fs_.existsSync)(pkg))
            continue;
        try {
            if (JSON.parse((0,external_node_fs_.readFileSync)(pkg, 'utf8')).name === 'release-actions')
                return dir;
        }
        catch {
            // another package's manifest, unreadable: keep looking
        }
    }
    throw new Error(`release-actions doctor: cannot find the suite's checkout (a package.json named release-actions) above ${from}`);
}
/** A suite workflow from its `name:` line on, without the lines that only make sense in the suite. */
function workflowBody(text, file) {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('name:'));
    if (start < 0)
        throw new Error(`${file}: no top-level name: line to start the template at`);
    return lines
        .slice(start)
        .filter((l) => !OWN_ONLY.test(l))
        .join('\n');
}
function suiteWorkflow(name, root) {
    const file = (0,external_node_path_.join)(root, '.github', 'workflows', name);
    return workflowBody((0,external_node_fs_.readFileSync)(file, 'utf8'), `.github/workflows/${name}`);
}
/** ci-release.yaml's body with this repository's `chart:` and `image:` in place of WVA's (each left out when not given). */
function ciReleaseBody(settings, root = suiteRoot()) {
    const body = suiteWorkflow('ci-release.yaml', root);
    const chartLine = /^ {6}chart: .*\n/m;
    if (!chartLine.test(body))
        throw new Error('.github/workflows/ci-release.yaml: no `chart:` input in the call of release.yaml to put this repository\'s chart in');
    const lines = [...(settings.chart ? [`      chart: ${settings.chart}\n`] : []), ...(settings.image ? [`      image: ${settings.image}\n`] : [])];
    return body.replace(/^ {6}image: .*\n/m, '').replace(chartLine, lines.join(''));
}
function prepareReleaseBody(root = suiteRoot()) {
    return suiteWorkflow('prepare-release.yaml', root);
}

;// CONCATENATED MODULE: ./src/doctor/write.ts
/**
 * What `--write` would add, as data: each file's path, its full text and why. Pure; the
 * configuration is validated against the published schema before it is offered.
 */



const ADOPT_BRANCH = 'release-actions/adopt';
function yamlString(s) {
    return /^[A-Za-z0-9_./-]+$/.test(s) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
}
/** `.github/release-actions.yaml` with what was detected; keys the schema knows, nothing else. */
function configText(s) {
    const d = s.detected;
    const tags = d.newestTag ? `${d.tagPrefix}X.Y.Z (newest: ${d.newestTag})` : `${d.tagPrefix}X.Y.Z (none yet)`;
    const lines = [
        '# release-actions configuration, written by `release-actions doctor --write` from what it found.',
        '# Every key is optional; schema: https://github.com/llm-d/release-actions/blob/v1/schema/release-actions.schema.json',
        `# Release tags: ${tags}.`,
    ];
    if (d.chart)
        lines.push(`chart: ${yamlString(d.chart)}`);
    if (d.chartOnly)
        lines.push('images: [] # the chart alone: no Dockerfile, no image of its own');
    else if (d.image)
        lines.push('images:', `  - ${yamlString(d.image)}`);
    if (d.versionFiles.length > 0) {
        lines.push('version-files:');
        for (const f of d.versionFiles) {
            lines.push(`  - path: ${yamlString(f.path)}`, `    type: ${f.type}`);
            if (f.variables)
                lines.push(`    variables: [${f.variables.join(', ')}]`);
            if (f.key)
                lines.push(`    key: ${yamlString(f.key)}`);
        }
    }
    lines.push(`changelog: ${yamlString(s.facts.config?.data?.changelog ?? 'CHANGELOG.md')}`, `pages-branch: ${yamlString(d.pagesBranch)}`);
    return `${lines.join('\n')}\n`;
}
/** The caller with the detected chart and image; one not detected is left to release.yaml's default. */
function ciReleaseText(s) {
    const { chart, chartOnly } = s.detected;
    const image = chartOnly ? 'none' : s.detected.image;
    return `${CI_RELEASE_HEADER}${ciReleaseBody({ ...(chart ? { chart: yamlString(chart) } : {}), ...(image ? { image: yamlString(image) } : {}) })}`;
}
function prepareReleaseText() {
    return `${PREPARE_RELEASE_HEADER}${prepareReleaseBody()}`;
}
/**
 * The files `--write` adds or replaces for this survey; empty when there is nothing it can fix.
 * `validate` checks the configuration against the schema (compiling it costs time a report
 * that writes nothing need not spend).
 */
async function planWrites(s, options) {
    const planned = [];
    const exists = (p) => s.facts.paths.includes(p);
    const add = (path, text, why) => {
        planned.push({ path, text, action: exists(path) ? 'replace' : 'create', why });
    };
    if (!s.facts.config) {
        const text = configText(s);
        // The actions would refuse a file that does not validate: check before offering it.
        if (options.validate)
            await (0,config_config/* parseConfig */.o4)(text, config_config/* DEFAULT_CONFIG_PATH */.Bi);
        add(config_config/* DEFAULT_CONFIG_PATH */.Bi, text, 'the detected chart, image and version files');
    }
    if (s.workflows.callers.length === 0)
        add('.github/workflows/ci-release.yaml', ciReleaseText(s), 'the tag push calls release.yaml');
    if (s.workflows.preparers.length === 0)
        add('.github/workflows/prepare-release.yaml', prepareReleaseText(), 'the release pull request in one dispatch, and kept current on every push to main');
    const changelog = s.facts.config?.data?.changelog ?? 'CHANGELOG.md';
    if (!exists(changelog))
        add(changelog, CHANGELOG_HEADER, 'Keep a Changelog header and an empty Unreleased section');
    return planned;
}

;// CONCATENATED MODULE: ./src/doctor/apply.ts
/**
 * The I/O of `--write`: the planned files committed, with a sign-off, on their own branch
 * (`release-actions/adopt`), through a temporary worktree so that the current branch, its work
 * tree and its index are never touched. A second run finds the branch already holding the same
 * files and changes nothing.
 */






async function refuseDirty(git) {
    // Not `out()`: it trims, and the first entry's status column can be a space.
    const status = (await git.git(['status', '--porcelain', '--untracked-files=normal'])).stdout;
    const files = status.split('\n').filter((l) => l.trim() !== '').map((l) => l.slice(3));
    if (files.length === 0)
        return;
    throw new DoctorInputError(`--write refused: the work tree has uncommitted changes (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}); commit or stash them first, since --write builds its branch from the last commit and checks what it holds`);
}
/** The planned files whose text differs from what `ref` holds. */
async function differing(git, ref, planned) {
    if (!ref)
        return [...planned];
    const out = [];
    for (const f of planned) {
        const r = await git.git(['show', `${ref}:${f.path}`], { allowFailure: true });
        if (r.exitCode !== 0 || r.stdout !== f.text)
            out.push(f);
    }
    return out;
}
function commitMessage(files) {
    return ['chore: adopt release-actions', '', 'Written by `release-actions doctor --write`:', ...files.map((f) => `- ${f.action} ${f.path}: ${f.why}`), ''].join('\n');
}
async function applyWrites(root, planned) {
    const git = new git_git.Git(root);
    await refuseDirty(git);
    if (!(await git.resolve('HEAD')))
        throw new DoctorInputError('--write refused: the repository has no commit yet; commit its files first');
    if (planned.length === 0)
        return { branch: ADOPT_BRANCH, written: [], unchanged: 'nothing to write: the repository already has everything --write adds' };
    if ((await git.currentBranch()) === ADOPT_BRANCH) {
        throw new DoctorInputError(`--write refused: ${ADOPT_BRANCH} is the branch checked out here; switch back to the branch to adopt (e.g. git switch main) and run it again`);
    }
    const existing = await git.resolve(`refs/heads/${ADOPT_BRANCH}`);
    const written = await differing(git, existing, planned);
    if (written.length === 0)
        return { branch: ADOPT_BRANCH, written: [], unchanged: `nothing changed: ${ADOPT_BRANCH} (${existing.slice(0, 7)}) already holds these files; merge it` };
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-actions-adopt-'));
    const tree = (0,external_node_path_.join)(dir, 'tree');
    let done = false;
    try {
        const add = existing ? ['worktree', 'add', '--quiet', tree, ADOPT_BRANCH] : ['worktree', 'add', '--quiet', '-b', ADOPT_BRANCH, tree, 'HEAD'];
        const r = await git.git(add, { allowFailure: true });
        if (r.exitCode !== 0)
            throw new DoctorInputError(`--write could not check out ${ADOPT_BRANCH} in a temporary worktree: ${r.stderr.trim()}`);
        for (const f of written) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(tree, f.path)), { recursive: true });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tree, f.path), f.text);
        }
        const branch = new git_git.Git(tree);
        await branch.git(['add', '--', ...written.map((f) => f.path)]);
        const c = await branch.git(['commit', '-q', '--signoff', '-F', '-'], { input: commitMessage(written), allowFailure: true });
        if (c.exitCode !== 0) {
            const why = c.stderr.trim() || c.stdout.trim();
            const hint = /tell me who you are|empty ident|unable to auto-detect/i.test(why) ? ' (set git config user.name and user.email)' : ' (nothing was committed; fix the cause and run --write again)';
            throw new DoctorInputError(`--write could not commit on ${ADOPT_BRANCH}: ${why}${hint}`);
        }
        done = true;
        return { branch: ADOPT_BRANCH, commit: await branch.head(), written };
    }
    finally {
        await git.git(['worktree', 'remove', '--force', tree], { allowFailure: true });
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        // A failed run leaves no branch of its own behind.
        if (!done && !existing)
            await git.git(['branch', '-D', ADOPT_BRANCH], { allowFailure: true });
    }
}

;// CONCATENATED MODULE: ./actions/lib/changelog/types.ts
/**
 * Data shapes shared by the changelog library. Everything here is plain data so that
 * the action can print it as JSON (`entries` output) and tests can compare it whole.
 */
/** The six Keep a Changelog section types, in the order the format lists them. */
const CHANGE_SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

;// CONCATENATED MODULE: ./actions/lib/changelog/document.ts



const H2 = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const H3 = /^ {0,3}###[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const ANY_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINK_DEF = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+.*)?$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const clean = (line) => (line.endsWith('\r') ? line.slice(0, -1) : line);
const isBlank = (line) => line.trim() === '';
/** The canonical Keep a Changelog name of a subsection title (case-insensitive), or null. */
function canonicalSection(title) {
    const t = title.trim().toLowerCase();
    return CHANGE_SECTIONS.find((s) => s.toLowerCase() === t) ?? null;
}
/** Splits the text of a `## ` heading: `[0.5.0] - 2024-05-01`, `0.5.0 - 2024-05-01`, `[0.5.0]`, `[0.5.0](url) (2024-05-01)`. */
function parseHeadingText(text) {
    let label;
    let rest;
    let bracketed = false;
    const b = /^\[([^\]]*)\](?:\([^)]*\))?(.*)$/.exec(text);
    if (b) {
        label = b[1].trim();
        rest = b[2];
        bracketed = true;
    }
    else {
        const w = /^(\S+)(.*)$/.exec(text);
        label = w ? w[1] : text;
        rest = w ? w[2] : '';
    }
    let yanked = false;
    rest = rest.replace(/\[YANKED\]/i, () => {
        yanked = true;
        return '';
    });
    rest = rest.trim().replace(/^[-–—:]\s*/, '').trim();
    let date = null;
    if (rest !== '') {
        const token = rest.split(/\s+/)[0];
        date = token.replace(/^\((.*)\)$/, '$1');
    }
    return { label, bracketed, date, yanked };
}
function groupItems(lines, from, to, fenced) {
    const items = [];
    let current = null;
    let blankRun = [];
    for (let i = from; i < to; i++) {
        const text = clean(lines[i]);
        if (isBlank(text) && !fenced[i]) {
            if (current)
                blankRun.push(text);
            continue;
        }
        const indented = /^(?: {2,}|\t)/.test(text) || fenced[i];
        const startsItem = !fenced[i] && LIST_ITEM.test(text);
        if (current && (indented || (!startsItem && blankRun.length === 0))) {
            current.lines.push(...blankRun, text);
        }
        else {
            current = { line: i + 1, lines: [text] };
            items.push(current);
        }
        blankRun = [];
    }
    return items;
}
/**
 * Parses a Keep a Changelog document. Refuses (FileError with the line) a file that has
 * no heading at all, and a `## ` heading that is neither `[Unreleased]` nor a version.
 */
function parseChangelog(text, options = {}) {
    const file = options.file ?? 'CHANGELOG.md';
    const lines = text.split('\n');
    const eol = lines.length > 1 && lines[0].endsWith('\r') ? '\r\n' : '\n';
    const problems = [];
    const problem = (line, message) => {
        if (!options.lenient)
            throw new runner_errors/* FileError */.f6(file, message, line);
        problems.push({ line, message });
    };
    // code fences: headings and link definitions inside them are text
    const fenced = new Array(lines.length).fill(false);
    let fence = null;
    let anyHeading = false;
    for (let i = 0; i < lines.length; i++) {
        const t = clean(lines[i]);
        const f = FENCE.exec(t);
        if (fence) {
            fenced[i] = true;
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && t.trim() === f[1])
                fence = null;
        }
        else if (f) {
            fenced[i] = true;
            fence = f[1];
        }
        else if (ANY_HEADING.test(t))
            anyHeading = true;
    }
    if (!anyHeading) {
        problem(1, "has no headings: expected a '# Changelog' title and '## [X.Y.Z] - YYYY-MM-DD' sections (Keep a Changelog)");
    }
    const links = [];
    const isLink = (i) => (fenced[i] ? null : LINK_DEF.exec(clean(lines[i])));
    for (let i = 0; i < lines.length; i++) {
        const m = isLink(i);
        if (m)
            links.push({ label: m[1], url: m[2], line: i + 1, index: i });
    }
    let linkBlock = null;
    {
        let j = lines.length - 1;
        while (j >= 0 && isBlank(lines[j]))
            j--;
        const end = j + 1;
        let start = end;
        while (j >= 0 && (isBlank(lines[j]) || isLink(j))) {
            if (!isBlank(lines[j]))
                start = j;
            j--;
        }
        if (start < end)
            linkBlock = { start, end };
    }
    const bodyEnd = linkBlock ? linkBlock.start : lines.length;
    const sections = [];
    let preambleEnd = bodyEnd;
    let section = null;
    let sub = null;
    let introStart = 0;
    const closeSub = (at) => {
        if (sub && section) {
            sub.end = at;
            sub.items = groupItems(lines, sub.start + 1, at, fenced);
        }
        sub = null;
    };
    const closeSection = (at) => {
        if (!section)
            return;
        if (section.subsections.length === 0)
            section.intro = groupItems(lines, introStart, at, fenced);
        closeSub(at);
        section.end = at;
        let c = at;
        while (c > section.start + 1 && isBlank(lines[c - 1]))
            c--;
        section.contentEnd = c;
        section = null;
    };
    for (let i = 0; i < bodyEnd; i++) {
        if (fenced[i])
            continue;
        const t = clean(lines[i]);
        const h2 = H2.exec(t);
        if (h2) {
            closeSection(i);
            if (sections.length === 0)
                preambleEnd = i;
            const parts = parseHeadingText(h2[1]);
            let kind;
            if (/^unreleased$/i.test(parts.label))
                kind = 'unreleased';
            else if (/^v?\d/.test(parts.label))
                kind = 'version';
            else {
                kind = 'unknown';
                problem(i + 1, `cannot place the heading '${t.trim()}': expected '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD'`);
            }
            section = {
                kind,
                line: i + 1,
                start: i,
                end: bodyEnd,
                contentEnd: bodyEnd,
                heading: t,
                label: parts.label,
                bracketed: parts.bracketed,
                version: kind === 'version' ? (0,version/* stripV */.tQ)(parts.label) : null,
                date: parts.date,
                yanked: parts.yanked,
                intro: [],
                subsections: [],
            };
            sections.push(section);
            introStart = i + 1;
            continue;
        }
        if (!section)
            continue;
        const h3 = H3.exec(t);
        if (h3) {
            const current = section;
            if (current.subsections.length === 0)
                current.intro = groupItems(lines, introStart, i, fenced);
            closeSub(i);
            sub = { title: h3[1].trim(), line: i + 1, start: i, end: i + 1, items: [] };
            current.subsections.push(sub);
        }
    }
    closeSection(bodyEnd);
    return { file, lines, eol, preambleEnd, sections, links, linkBlock, problems };
}
/** The lines of a section without trailing blank lines or line endings. */
function sectionLines(doc, section) {
    return doc.lines.slice(section.start, section.contentEnd).map(clean);
}
/** The version sections (kind `version`). */
function versionSections(doc) {
    return doc.sections.filter((s) => s.kind === 'version');
}


;// CONCATENATED MODULE: ./actions/lib/changelog/format.ts

/** `https://github.com/OWNER/REPO` without a trailing slash or `.git`. */
function normalizeRepoUrl(url) {
    // a release's thousands of lines all name the same repository: the last answer is kept
    if (url === lastUrl.url)
        return lastUrl.normal;
    const normal = url.trim().replace(/\/+$/, '').replace(/\.git$/, '');
    lastUrl = { url, normal };
    return normal;
}
let lastUrl = { url: '', normal: '' };
/** `YYYY-MM-DD` and a real calendar date. */
function isIsoDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
/** `([#123](…/pull/123))`, or `([abc1234](…/commit/sha))` when there is no pull request; plain without a repo URL. */
function referenceOf(entry, repoUrl) {
    const repo = repoUrl ? normalizeRepoUrl(repoUrl) : null;
    if (entry.pr !== null)
        return repo ? `([#${entry.pr}](${repo}/pull/${entry.pr}))` : `(#${entry.pr})`;
    if (/^[0-9a-f]{7,40}$/i.test(entry.sha)) {
        const short = entry.sha.slice(0, 7);
        return repo ? `([${short}](${repo}/commit/${entry.sha}))` : `(${short})`;
    }
    return '';
}
/** The text of an entry: `**scope:** subject`, escaped. */
function entryText(entry) {
    const scope = entry.scope ? `**${escapeMarkdownInline(entry.scope)}:** ` : '';
    return scope + escapeMarkdownInline(entry.subject);
}
/**
 * A subject as the start of a sentence: `add X` → `Add X`. Only a first word in plain lower
 * case changes: `gRPC`, `e2e`, `x/net`, `` `kubectl` `` are names and stay as written.
 */
function sentenceCase(subject) {
    return /^[a-z]+(?:-[a-z]+)*(?=[\s,:;.!?]|$)/.test(subject) ? subject[0].toUpperCase() + subject.slice(1) : subject;
}
/**
 * A CHANGELOG list item (no author credit: the file is not a place for @-handles), a
 * sentence (`feat: add X (#12)` → `- Add X ([#12](…))`). A breaking change carries its
 * `BREAKING CHANGE:` text on a continuation line.
 */
function changelogLine(entry, repoUrl, marker = '-') {
    const mark = entry.breaking ? '**BREAKING** ' : '';
    const ref = referenceOf(entry, repoUrl);
    const note = entry.breaking && entry.breakingNote ? `\n  ${escapeMarkdownInline(entry.breakingNote)}` : '';
    return `${marker} ${mark}${entryText({ scope: entry.scope, subject: sentenceCase(entry.subject) })}${ref ? ` ${ref}` : ''}${note}`;
}
/** A release-notes list item, with `by @login` for a login from the API. */
function notesLine(entry, repoUrl) {
    const ref = referenceOf(entry, repoUrl);
    return `- ${entryText(entry)}${ref ? ` ${ref}` : ''}${creditAuthor(entry.author)}`;
}
/** Pull request numbers a hand-written line mentions: `#123`, `[#123]`, `/pull/123`. */
function prNumbersIn(text) {
    const out = [];
    for (const m of text.matchAll(/(?:^|[^\w&])#(\d+)\b|\/pull\/(\d+)\b/g))
        out.push(Number(m[1] ?? m[2]));
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/changelog/lint.ts



const REPO_OF_LINK = /^(https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+?)\/(?:compare|releases\/tag|tree|commits?)\//;
/** The repository URL most of the file's links point into, or null. */
function inferRepoUrl(urls) {
    const counts = new Map();
    for (const url of urls) {
        const m = REPO_OF_LINK.exec(url);
        if (m)
            counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
    let best = null;
    let n = 0;
    for (const [k, c] of counts)
        if (c > n)
            [best, n] = [k, c];
    return best;
}
function inferPrefix(links) {
    for (const l of links) {
        const v = l.label.replace(/^v/, '');
        if (!semver_default().valid(v))
            continue;
        for (const p of ['v', ''])
            if (l.url.endsWith(`...${p}${v}`) || l.url.endsWith(`/${p}${v}`))
                return p;
    }
    return null;
}
/** The version released just before `v` among `versions`: prereleases only count for a prerelease. */
function previousOf(versions, v) {
    const pre = semver_default().prerelease(v) !== null;
    const older = versions.filter((x) => semver_default().lt(x, v) && (pre || semver_default().prerelease(x) === null)).sort((semver_default()).rcompare);
    return older[0] ?? null;
}
/**
 * Checks a Keep a Changelog document. Errors: a file it cannot parse, a version that is
 * not SemVer, a date that is not an ISO calendar date, a section type outside the six,
 * versions out of order (newest first, Unreleased on top), a duplicate version, a missing
 * or wrong compare link (when the repository URL is known or inferable). Warnings: a
 * released section with nothing in it (or an empty `###`), a version without a date, a
 * section type in the wrong case.
 */
function lintChangelog(text, options = {}) {
    const findings = [];
    const add = (severity, line, rule, message) => {
        findings.push({ severity, line, rule, message });
    };
    if (text.trim() === '') {
        add('error', 1, 'structure', "is empty: expected a '# Changelog' title and '## [X.Y.Z] - YYYY-MM-DD' sections");
        return findings;
    }
    const doc = parseChangelog(text, { file: options.file ?? 'CHANGELOG.md', lenient: true });
    for (const p of doc.problems)
        add('error', p.line, 'structure', p.message);
    const seen = new Map();
    let previous = null;
    let sawVersion = null;
    let unreleased = null;
    const versions = [];
    for (const s of doc.sections) {
        if (s.kind === 'unreleased') {
            if (unreleased)
                add('error', s.line, 'duplicate-version', `a second [Unreleased] section (the first is at line ${unreleased.line})`);
            else
                unreleased = s;
            if (sawVersion)
                add('error', s.line, 'version-order', `[Unreleased] comes after ${sawVersion.label} (line ${sawVersion.line}): it belongs on top`);
        }
        if (s.kind !== 'version')
            continue;
        sawVersion ??= s;
        const v = s.version;
        const valid = semver_default().valid(v) !== null;
        if (!valid)
            add('error', s.line, 'version-semver', `'${s.label}' is not a SemVer version (X.Y.Z)`);
        if (s.date === null)
            add('warning', s.line, 'date-missing', `${s.label} has no release date ('## [${s.label}] - YYYY-MM-DD')`);
        else if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date))
            add('error', s.line, 'date-format', `date '${s.date}' of ${s.label} is not ISO 8601 YYYY-MM-DD`);
        else if (!isIsoDate(s.date))
            add('error', s.line, 'date-format', `date '${s.date}' of ${s.label} is not a calendar date`);
        if (valid) {
            const key = semver_default().clean(v);
            const first = seen.get(key);
            if (first)
                add('error', s.line, 'duplicate-version', `${s.label} already has a section at line ${first.line}`);
            else {
                seen.set(key, s);
                versions.push({ version: key, section: s });
            }
            if (previous && semver_default().gte(v, previous.version) && !first) {
                add('error', s.line, 'version-order', `${s.label} comes after ${previous.section.label} (line ${previous.section.line}): sections go newest first`);
            }
            if (!first)
                previous = { version: v, section: s };
        }
        for (const sub of s.subsections) {
            const canonical = canonicalSection(sub.title);
            if (!canonical) {
                add('error', sub.line, 'section-type', `'### ${sub.title}' is not a Keep a Changelog type (Added, Changed, Deprecated, Removed, Fixed, Security)`);
            }
            else if (canonical !== sub.title) {
                add('warning', sub.line, 'section-type', `write '### ${canonical}', not '### ${sub.title}'`);
            }
            if (sub.items.length === 0)
                add('warning', sub.line, 'empty-section', `'### ${sub.title}' of ${s.label} is empty`);
        }
        if (s.intro.length === 0 && s.subsections.length === 0) {
            add('warning', s.line, 'empty-section', `${s.label} is released with no changes listed`);
        }
    }
    // compare links
    const repo = options.repoUrl ? normalizeRepoUrl(options.repoUrl) : inferRepoUrl(doc.links.map((l) => l.url));
    if (repo) {
        const prefix = options.tagPrefix ?? inferPrefix(doc.links) ?? 'v';
        const byLabel = new Map();
        for (const l of doc.links)
            if (!byLabel.has(l.label.toLowerCase()))
                byLabel.set(l.label.toLowerCase(), l);
        const all = versions.map((x) => x.version);
        const tag = (v) => `${prefix}${v}`;
        for (const { version, section } of versions) {
            if (!section.bracketed)
                continue;
            const link = byLabel.get(section.label.toLowerCase());
            const prev = previousOf(all, version);
            const expected = prev ? `${repo}/compare/${tag(prev)}...${tag(version)}` : `${repo}/releases/tag/${tag(version)}`;
            if (!link) {
                add('error', section.line, 'compare-link', `[${section.label}] has no link definition; expected '[${section.label}]: ${expected}'`);
                continue;
            }
            const url = link.url.replace(/\/+$/, '');
            // the base is the previous version by SemVer, or an older one: after a backport
            // (0.3.2 released after 0.4.0), 0.4.0 still rightly compares from v0.3.1
            const compare = url.startsWith(`${repo}/compare/`) ? /^(.+)\.\.\.(.+)$/.exec(url.slice(repo.length + 9)) : null;
            const base = compare && compare[1].startsWith(prefix) ? semver_default().valid(compare[1].slice(prefix.length)) : null;
            const ok = (compare !== null && compare[2] === tag(version) && base !== null && semver_default().lt(base, version)) ||
                (!prev && [`${repo}/releases/tag/${tag(version)}`, `${repo}/tree/${tag(version)}`, `${repo}/commits/${tag(version)}`].includes(url));
            if (!ok)
                add('error', link.line, 'compare-link', `[${link.label}] points to ${link.url}; expected ${expected}`);
        }
        if (unreleased && unreleased.bracketed && all.length > 0) {
            const newest = [...all].sort((semver_default()).rcompare)[0];
            const expected = `${repo}/compare/${tag(newest)}...HEAD`;
            const link = byLabel.get('unreleased');
            if (!link)
                add('error', unreleased.line, 'compare-link', `[${unreleased.label}] has no link definition; expected '[${unreleased.label}]: ${expected}'`);
            else if (!link.url.startsWith(`${repo}/compare/${tag(newest)}...`)) {
                add('error', link.line, 'compare-link', `[${link.label}] points to ${link.url}; expected ${expected}`);
            }
        }
    }
    return findings.sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./src/doctor/version-checks.ts
const at = (r) => `${r.path}:${r.line} ${r.name} = ${r.value}`;
const moves = (repairs) => repairs.map((r) => `${r.path}:${r.line} ${r.name}: ${r.value} → ${r.to}`).join('; ');
function versus(s) {
    return s.detected.newestTag ? ` (the newest release tag is ${s.detected.newestTag})` : ' (no release tag yet: the chart version is the current one)';
}
const REPAIRED = 'the release pull request (prepare-release) moves every one to the new version, so nothing stops a release; a tag pushed without that pull request fails the preflight\'s versions-consistent';
function declaredFindings(s, current) {
    const repairs = s.versions.repairs.filter((r) => r.role === 'declares');
    if (repairs.length === 0)
        return [];
    return [
        {
            id: 'versions-disagree',
            severity: 'advice',
            problem: `the files that declare the version do not all hold ${current}${versus(s)}: ${REPAIRED}`,
            where: s.versions.references.filter((r) => r.role === 'declares').map(at),
            fix: `nothing before the first release pull request; to have them agree now, make every one hold ${current}: ${moves(repairs)}`,
        },
    ];
}
function followingFindings(s, current) {
    const repairs = s.versions.repairs.filter((r) => r.role === 'follows');
    if (repairs.length === 0)
        return [];
    return [
        {
            id: 'image-tag-stale',
            severity: 'advice',
            problem: `image tags or install examples of the release hold another version than ${current}: ${REPAIRED}`,
            where: repairs.map(at),
            fix: `nothing before the first release pull request; to repair them now: ${moves(repairs)}`,
        },
    ];
}
function makefileFindings(s) {
    const literal = s.versions.references.find((r) => r.path === 'Makefile' && r.name === 'IMG_TAG');
    if (!literal || !s.versions.missingVariables.includes('VERSION'))
        return [];
    const version = literal.value.replace(/^v/, '');
    return [
        {
            id: 'makefile-no-version',
            severity: 'advice',
            problem: `the Makefile writes the version only inside IMG_TAG (${literal.value}), with no VERSION variable for the build and the release to share`,
            where: [at(literal)],
            fix: `add \`VERSION ?= ${version}\` above line ${literal.line} and write \`IMG_TAG ?= ${literal.value.startsWith('v') ? 'v' : ''}$(VERSION)\``,
        },
    ];
}
function versionFindings(s) {
    const problems = s.versions.problems.map((p) => ({
        id: 'version-files-unreadable',
        severity: 'stop',
        problem: `bump-version and the preflight cannot read the version files: ${p.message}`,
        where: [`${p.path}${p.line ? `:${p.line}` : ''}`],
        fix: /more than one|found \d+/.test(p.message) ? 'name the chart to release in .github/release-actions.yaml (`chart: charts/NAME`) and list its version-files' : 'correct the file at that line',
    }));
    const current = s.versions.current;
    if (current === undefined)
        return [...problems, ...makefileFindings(s)];
    return [...problems, ...declaredFindings(s, current), ...followingFindings(s, current), ...makefileFindings(s)];
}

;// CONCATENATED MODULE: ./src/doctor/checks.ts
/**
 * Every check of doctor but the versions (`version-checks.ts`): each a pure function of the
 * survey returning findings with the exact fix. `runChecks` orders them stop, spoil, advice.
 */



const CALLER = '.github/workflows/ci-release.yaml';
const PREPARE = '.github/workflows/prepare-release.yaml';
function chartFindings(s) {
    const charts = s.facts.paths.filter((p) => /^charts\/[^/]+\/Chart\.yaml$/.test(p));
    const chart = s.facts.chart;
    const configured = s.facts.config?.data?.chart;
    if (!chart && configured) {
        return [{ id: 'chart-missing', severity: 'stop', problem: `the configuration names the chart ${configured}, and there is no such folder`, where: [`${config_config/* DEFAULT_CONFIG_PATH */.Bi} chart: ${configured}`], fix: `set \`chart:\` to the chart folder${charts.length > 0 ? ` (${charts.map((c) => c.replace(/\/Chart\.yaml$/, '')).join(', ')})` : ''}` }];
    }
    if (!chart) {
        return [
            charts.length > 1
                ? { id: 'chart-ambiguous', severity: 'stop', problem: `${charts.length} charts under charts/ and no configuration saying which one the release publishes`, where: charts, fix: `write \`chart: ${charts[0].replace(/\/Chart\.yaml$/, '')}\` (the one to release) in ${config_config/* DEFAULT_CONFIG_PATH */.Bi}` }
                : { id: 'chart-missing', severity: 'stop', problem: 'no Helm chart: the release publishes a chart from charts/NAME/Chart.yaml and there is none', where: [], fix: 'create it with `helm create charts/NAME`, or set `chart:` in the configuration to the chart folder' },
        ];
    }
    const one = (severity, id, why) => (p) => ({
        id,
        severity,
        problem: `${why}: ${p.message}`,
        where: [`${p.file}${p.line ? `:${p.line}` : ''}`],
        fix: p.fix,
    });
    return [
        ...chart.helm.map(one('stop', 'chart-invalid', 'Helm refuses the chart')),
        ...chart.suite.map(one('stop', 'chart-refused', 'publish-helm refuses the chart')),
        ...chart.notes.map(one('advice', 'chart-note', 'Helm accepts it, the suite wants it otherwise')),
    ];
}
function dockerfileFindings(s) {
    const configured = s.workflows.callers.map((c) => c.with['dockerfile']).find((d) => d);
    const path = configured ?? 'Dockerfile';
    if (s.detected.chartOnly)
        return chartOnlyFindings(s, path);
    if (s.facts.paths.includes(path))
        return [];
    return [{ id: 'dockerfile-missing', severity: 'stop', problem: `no ${path}: the image job builds the release image from it`, where: [], fix: `add ${path} at the repository's top (or pass \`dockerfile: PATH\` to release.yaml in ${CALLER})` }];
}
/** A chart-only repository: what still has to say so (the configuration's `images: []`, the caller's `image: none`). */
function chartOnlyFindings(s, dockerfile) {
    const config = s.facts.config?.data;
    const missing = [
        ...(config?.images?.length === 0 ? [] : [`\`images: []\` in ${config_config/* DEFAULT_CONFIG_PATH */.Bi}`]),
        ...(s.workflows.callers.length > 0 && !s.workflows.callers.some((c) => c.with['image'] === 'none') ? [`\`image: none\` in the call of release.yaml (${s.workflows.callers.map((c) => c.path).join(', ')})`] : []),
    ];
    if (missing.length === 0)
        return [];
    return [
        {
            id: 'chart-only',
            severity: 'advice',
            problem: `no ${dockerfile} and no image configured: the release publishes the chart alone (no image built, scanned or tagged, and the chart's appVersion is left as it is)`,
            where: [],
            fix: `say so with ${missing.join(' and ')}; to release an image too, add ${dockerfile} and list the image under \`images:\``,
            writes: !config || s.workflows.callers.length === 0,
        },
    ];
}
function changelogFindings(s) {
    const path = s.facts.config?.data?.changelog ?? 'CHANGELOG.md';
    const text = s.facts.files.get(path) ?? (s.facts.paths.includes(path) ? '' : undefined);
    if (text === undefined) {
        return [{ id: 'changelog-missing', severity: 'spoil', problem: `no ${path}: the release notes have nothing to start from, and the preflight's changelog-entry check refuses a tag not prepared by bump-version`, where: [], fix: `add ${path} with the Keep a Changelog header and an empty \`## [Unreleased]\` section`, writes: true }];
    }
    const errors = lintChangelog(text, { file: path, tagPrefix: s.detected.tagPrefix, ...(s.facts.repository ? { repoUrl: `https://github.com/${s.facts.repository}` } : {}) }).filter((f) => f.severity === 'error');
    if (errors.length > 0) {
        return [{ id: 'changelog-invalid', severity: 'spoil', problem: `${path} breaks Keep a Changelog in ${errors.length} place${errors.length > 1 ? 's' : ''}: the release notes are cut from it, and the changelog action refuses what it cannot read`, where: errors.map((e) => `${path}:${e.line} ${e.message} (${e.rule})`), fix: 'correct each line as its message says (the changelog action with mode: lint checks it again)' }];
    }
    if (/^## \[Unreleased\]/im.test(text))
        return [];
    return [{ id: 'changelog-no-unreleased', severity: 'advice', problem: `${path} has no \`## [Unreleased]\` section: changes merged between releases have nowhere to be written down`, where: [path], fix: 'add `## [Unreleased]` above the newest version section' }];
}
function imageFindings(s) {
    const chosen = s.detected.image;
    if (!chosen)
        return [];
    const differ = s.images.filter((r) => r.image !== chosen);
    if (differ.length === 0)
        return [];
    return [
        {
            id: 'image-names-disagree',
            severity: 'spoil',
            problem: `the image names disagree: ${/values\.yaml:/.test(s.detected.imageSource ?? '') ? 'the chart deploys' : 'the release is for'} ${chosen} (${s.detected.imageSource}) but ${differ.length === 1 ? 'another place names' : 'other places name'} ${[...new Set(differ.map((d) => d.image))].join(', ')}; the release would push one image and the chart pull another`,
            where: s.images.map((r) => `${r.path}:${r.line} ${r.name}: ${r.image}${r.image.includes('${{') ? ' (computed when the workflow runs)' : ''}`),
            fix: `use ${chosen} everywhere: \`images: [${chosen}]\` in ${config_config/* DEFAULT_CONFIG_PATH */.Bi} and \`image: ${chosen}\` in the call of release.yaml; ${differ.map((d) => `${d.path}:${d.line}`).join(', ')} to ${chosen} or removed`,
            writes: s.workflows.callers.length === 0,
        },
    ];
}
function signingFindings(s) {
    const out = [];
    const callers = s.workflows.callers;
    const unchecked = callers.filter((c) => c.with['require-signed-tag'] !== 'false' && (c.secrets === 'inherit' || !c.secrets['allowed-signers']));
    if (callers.length === 0 || unchecked.length > 0) {
        out.push({
            id: 'signing-not-configured',
            severity: 'stop',
            problem: 'signing is not configured: release.yaml refuses a tag unless the `allowed-signers` secret holds the keys that may sign it, and no call passes it',
            where: unchecked.map((c) => `${c.path}:${c.line} job ${c.job}${c.secrets === 'inherit' ? ' (secrets: inherit cannot pass a name with a dash)' : ''}`),
            fix: `pass \`allowed-signers: \${{ secrets.RELEASE_ALLOWED_SIGNERS }}\` under \`secrets:\` of the call, and create the secret: \`gpg --armor --export KEYID | gh secret set RELEASE_ALLOWED_SIGNERS\``,
            writes: callers.length === 0,
        });
    }
    for (const c of callers.filter((x) => x.with['require-signed-tag'] === 'false')) {
        out.push({ id: 'signing-off', severity: 'advice', problem: 'the release does not check who signed the tag (require-signed-tag: false): anyone who can push a v* tag publishes a release', where: [`${c.path}:${c.line} job ${c.job}`], fix: 'remove `require-signed-tag: false` and pass `allowed-signers: ${{ secrets.RELEASE_ALLOWED_SIGNERS }}` under `secrets:`' });
    }
    const newest = s.facts.tags.find((t) => t.name === s.detected.newestTag);
    if (newest && !newest.signed) {
        out.push({ id: 'tag-unsigned', severity: 'advice', problem: `the newest release tag ${newest.name} is ${newest.annotated ? 'annotated but not signed' : 'lightweight'}; the next one must be annotated and signed or the preflight refuses it`, where: [`refs/tags/${newest.name}`], fix: 'tag releases with `git tag -s vX.Y.Z -m "Release vX.Y.Z"`' });
    }
    if (!s.facts.signingKey) {
        out.push({ id: 'no-signing-key', severity: 'advice', problem: 'git has no signing key configured here, so `git tag -s` would fail or pick a default', where: ['git config user.signingkey'], fix: 'git config user.signingkey KEYID (or `git config gpg.format ssh` and the path of your SSH public key)' });
    }
    return out;
}
function configFindings(s) {
    const c = s.facts.config;
    if (!c) {
        return [{ id: 'config-missing', severity: 'advice', problem: `no ${config_config/* DEFAULT_CONFIG_PATH */.Bi}: every action guesses the chart, the image and the version files from the layout`, where: [], fix: `write what doctor detected into ${config_config/* DEFAULT_CONFIG_PATH */.Bi} (chart, images, version-files)`, writes: true }];
    }
    if (!c.error)
        return [];
    return [{ id: 'config-invalid', severity: 'stop', problem: `every action refuses ${c.path}: ${c.error.message}`, where: [`${c.path}${c.error.line ? `:${c.error.line}` : ''}`], fix: 'correct that key (schema/release-actions.schema.json lists every key and its form)' }];
}
function workflowFindings(s) {
    const w = s.workflows;
    const out = w.unreadable.map((u) => ({ id: 'workflow-unreadable', severity: 'stop', problem: `not valid YAML: ${u.message}`, where: [`${u.path}${u.line ? `:${u.line}` : ''}`], fix: 'correct the file at that line' }));
    if (w.callers.length === 0) {
        const own = w.tagPublishers.some((p) => p.path === CALLER) ? ', which builds and pushes the image itself' : '';
        const replaced = s.facts.files.has(CALLER) ? ` (replacing the current ${CALLER}${own})` : '';
        out.push({ id: 'no-release-caller', severity: 'stop', problem: 'no workflow calls the reusable release workflow, so a pushed tag releases nothing', where: [], fix: `add ${CALLER} with a job \`uses: llm-d/release-actions/.github/workflows/release.yaml@v1\`${replaced}`, writes: true });
    }
    if (w.preparers.length === 0) {
        out.push({ id: 'no-prepare-release', severity: 'advice', problem: 'no workflow runs bump-version, so the version bump, CHANGELOG section and release pull request are made by hand', where: [], fix: `add ${PREPARE} (a workflow_dispatch running llm-d/release-actions/actions/bump-version@v1)`, writes: true });
    }
    for (const p of w.tagPublishers) {
        const replaced = w.callers.length === 0 && p.path === CALLER;
        if (replaced)
            continue;
        out.push({ id: 'second-tag-publisher', severity: 'spoil', problem: 'another workflow also builds and pushes an image when a tag is pushed: two runs would race to publish the same version', where: [`${p.path}:${p.line}`], fix: `remove the tag trigger from ${p.path} (or the file): release.yaml publishes the image` });
    }
    return out;
}
/** Whether the repository has the pages branch, locally or as a remote-tracking branch. */
function hasPagesBranch(s) {
    const branch = s.detected.pagesBranch;
    return s.facts.branches.some((b) => b === branch || b.endsWith(`/${branch}`));
}
function pagesFindings(s) {
    const branch = s.detected.pagesBranch;
    if (hasPagesBranch(s))
        return [];
    return [
        {
            id: 'no-pages-branch',
            severity: 'spoil',
            problem: `no ${branch} branch: the Helm repository index lives there, and GitHub Pages can only be enabled from a branch that exists; the release stops in preflight (pages-served) until Pages serves it`,
            where: [],
            fix: `create the orphan branch (--write; or git switch --orphan ${branch} && git commit --allow-empty -m "Helm repository" && git switch -), git push origin ${branch}, then Settings → Pages → Deploy from a branch → ${branch} / (root)`,
            writes: true,
        },
    ];
}
const ORDER = { stop: 0, spoil: 1, advice: 2 };
function runChecks(s) {
    const all = [
        ...versionFindings(s),
        ...chartFindings(s),
        ...dockerfileFindings(s),
        ...changelogFindings(s),
        ...imageFindings(s),
        ...signingFindings(s),
        ...configFindings(s),
        ...workflowFindings(s),
        ...pagesFindings(s),
    ];
    return all.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

;// CONCATENATED MODULE: ./src/doctor/images.ts
/**
 * The image names a repository states, wherever it states them: values.yaml (what the chart
 * deploys), the Makefile (`IMG`, `IMAGE_TAG_BASE`: what developers push), the workflows (what CI
 * pushes) and the caller of release.yaml (what the release pushes). Pure.
 */

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const REGISTRY = String.raw `(?:ghcr\.io|quay\.io|docker\.io|gcr\.io|[a-z0-9-]+\.pkg\.dev|[a-z0-9-]+\.azurecr\.io|registry\.[a-z0-9.-]+)`;
const IN_TEXT = new RegExp(String.raw `\b${REGISTRY}/(?:[A-Za-z0-9._/-]|\$\{\{[^}]*\}\})+`, 'g');
/** `${{ github.repository }}` and its kin, when the repository is known; other expressions stay. */
function resolveExpressions(text, repository) {
    if (!repository)
        return text;
    const [owner = '', repo = ''] = repository.split('/');
    const known = {
        'github.repository': repository,
        'github.repository_owner': owner,
        'github.event.repository.name': repo,
    };
    return text.replace(EXPRESSION, (whole, expr) => known[expr] ?? whole);
}
/** A reference without its tag or digest (a `:` inside `${{ }}` is not a tag). */
function withoutTag(ref) {
    const masked = ref.replace(EXPRESSION, (m) => 'x'.repeat(m.length));
    const at = masked.indexOf('@');
    let end = at >= 0 ? at : masked.length;
    const lastSlash = masked.lastIndexOf('/', end);
    const colon = masked.indexOf(':', lastSlash + 1);
    if (colon >= 0 && colon < end)
        end = colon;
    return ref.slice(0, end).replace(/\/+$/, '');
}
function normaliseImage(ref) {
    const name = withoutTag(ref.trim());
    return name.replace(/(\$\{\{[^}]*\}\})|[^$]+|\$/g, (part, expr) => (expr ? part : part.toLowerCase()));
}
function valuesImages(text, path) {
    const lc = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lc, prettyErrors: false });
    if (doc.errors.length > 0)
        return [];
    const out = [];
    const visit = (node, keyPath) => {
        if (!(0,dist.isMap)(node))
            return;
        for (const pair of node.items) {
            const key = (0,dist.isScalar)(pair.key) ? String(pair.key.value) : '';
            if (key === 'image' && (0,dist.isMap)(pair.value)) {
                const repo = pair.value.get('repository', true);
                const registry = pair.value.get('registry', true);
                if ((0,dist.isScalar)(repo) && typeof repo.value === 'string' && repo.value !== '') {
                    const prefix = (0,dist.isScalar)(registry) && typeof registry.value === 'string' && registry.value !== '' ? `${registry.value.replace(/\/+$/, '')}/` : '';
                    out.push({ path, line: lc.linePos(repo.range?.[0] ?? 0).line, name: [...keyPath, 'image', 'repository'].join('.'), image: normaliseImage(prefix + repo.value) });
                }
            }
            else if (keyPath.length < 2)
                visit(pair.value, [...keyPath, key]);
        }
    };
    visit(doc.contents, []);
    return out;
}
const MAKE_VAR = /^[ \t]*(?:export[ \t]+|override[ \t]+)*([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\?=|::?=|:::=|=)[ \t]*([^#\r\n]*?)[ \t]*(?:#.*)?$/;
/** Make's simple variables (first definition wins, as `?=` does), with their lines. */
function makeVariables(text) {
    const vars = new Map();
    text.split(/\r?\n/).forEach((raw, i) => {
        if (raw.startsWith('\t'))
            return;
        const m = MAKE_VAR.exec(raw);
        if (m && !vars.has(m[1]))
            vars.set(m[1], { value: m[2], line: i + 1 });
    });
    return vars;
}
function expandMake(value, vars, depth = 0) {
    if (depth > 8)
        return value;
    return value.replace(/\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]/g, (whole, name) => {
        const v = vars.get(name);
        return v === undefined ? whole : expandMake(v.value, vars, depth + 1);
    });
}
/** `IMG` (the kubebuilder name), else `IMAGE_TAG_BASE` (operator-sdk's image name without tag). */
function makefileImages(text, path) {
    const vars = makeVariables(text);
    for (const name of ['IMG', 'IMAGE_TAG_BASE']) {
        const v = vars.get(name);
        if (!v)
            continue;
        const value = withoutTag(expandMake(v.value, vars));
        if (value.includes('$') || !value.includes('/'))
            continue;
        // WVA's IMAGE_TAG_BASE is a registry and organisation (ghcr.io/llm-d), not an image.
        if (name === 'IMAGE_TAG_BASE' && value.split('/').length < 3)
            continue;
        return [{ path, line: v.line, name, image: normaliseImage(value) }];
    }
    return [];
}
/** Image names written in a workflow's `run` scripts, `with:` values and `env:`; `uses:` lines are actions. */
function workflowImages(text, path, repository) {
    const out = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (/^\s*(?:-\s*)?uses:/.test(line) || /^\s*#/.test(line))
            return;
        for (const m of line.matchAll(IN_TEXT)) {
            const image = normaliseImage(resolveExpressions(m[0], repository));
            if (!out.some((o) => o.image === image))
                out.push({ path, line: i + 1, name: 'workflow', image });
        }
    });
    return out;
}

// EXTERNAL MODULE: ./src/doctor/workflows.ts
var doctor_workflows = __webpack_require__(43413);
;// CONCATENATED MODULE: ./src/doctor/detect.ts
/**
 * What doctor reads out of a repository before judging it: the version references, the image
 * names, the workflows, and from them the settings a configuration would hold. Pure.
 */




function workflowFiles(facts) {
    return new Map([...facts.files].filter(([p]) => p.startsWith('.github/workflows/')));
}
/** Every image name the repository states, the release's own (the caller's input or its default) last. */
function imageReferences(facts, chart, workflows) {
    const refs = [];
    const values = chart ? facts.files.get(`${chart}/values.yaml`) : undefined;
    if (chart && values !== undefined)
        refs.push(...valuesImages(values, `${chart}/values.yaml`));
    const makefile = facts.files.get('Makefile');
    if (makefile !== undefined)
        refs.push(...makefileImages(makefile, 'Makefile'));
    for (const [path, text] of workflowFiles(facts))
        refs.push(...workflowImages(text, path, facts.repository));
    for (const image of facts.config?.data?.images ?? [])
        refs.push({ path: facts.config.path, line: 1, name: 'images', image: normaliseImage(image) });
    for (const caller of workflows.callers) {
        const input = caller.with['image'];
        if (input) {
            const image = normaliseImage(input);
            // The text scan found the same `image:` line: one reference, at that line.
            const scanned = refs.findIndex((r) => r.path === caller.path && r.name === 'workflow' && r.image === image);
            const line = scanned >= 0 ? refs.splice(scanned, 1)[0].line : caller.line;
            refs.push({ path: caller.path, line, name: 'image input', image });
        }
        else if (facts.repository)
            refs.push({ path: caller.path, line: caller.line, name: "release.yaml's default (no image input)", image: `ghcr.io/${facts.repository.toLowerCase()}`, implicit: true });
    }
    return refs;
}
/** The image the release should publish: the configuration's, else what the chart deploys, else the Makefile's. */
function chooseImage(facts, refs) {
    const concrete = refs.filter((r) => !r.image.includes('${{') && !r.implicit);
    const byPath = (pred) => concrete.find(pred);
    return (byPath((r) => r.name === 'images') ??
        byPath((r) => r.path.endsWith('values.yaml')) ??
        byPath((r) => r.path === 'Makefile') ??
        byPath((r) => r.name === 'image input') ??
        concrete[0] ??
        (facts.repository ? { path: 'origin', line: 0, name: 'ghcr.io/OWNER/REPO', image: `ghcr.io/${facts.repository.toLowerCase()}` } : undefined));
}
/**
 * A repository with a chart and no Dockerfile (at the caller's `dockerfile:` path) whose
 * configuration names no image releases its chart alone, as llm-d-infra does: a quirk to
 * handle (release.yaml `image: none`), not a missing file.
 */
function isChartOnly(facts, chart, workflows) {
    if (!chart)
        return false;
    const callers = workflows.callers.map((c) => c.with['image']).filter(Boolean);
    if (callers.includes('none'))
        return true;
    const dockerfile = workflows.callers.map((c) => c.with['dockerfile']).find((d) => d) ?? 'Dockerfile';
    const configured = facts.config?.data?.images;
    return !facts.paths.includes(dockerfile) && (configured === undefined || configured.length === 0) && callers.length === 0;
}
function survey(facts) {
    const workflows = (0,doctor_workflows/* summariseWorkflows */.pL)(workflowFiles(facts));
    const chart = facts.chart?.path;
    const chartOnly = isChartOnly(facts, chart, workflows);
    // a chart-only repository's references are read as its configuration will say (`images: []`)
    const config = { ...referenceConfig(facts.config?.data), ...(chartOnly ? { images: [] } : {}) };
    const versions = readVersionReferences(facts.paths, facts.files, {
        tags: facts.tags.map((t) => t.name),
        config,
        ...(facts.repository ? { repository: facts.repository } : {}),
    });
    const images = imageReferences(facts, chart, workflows);
    const image = chartOnly ? undefined : chooseImage(facts, images);
    const releaseTags = (0,version/* sortReleaseTags */.r)(facts.tags.map((t) => t.name), { includePrereleases: true });
    const bare = facts.tags.filter((t) => /^\d+\.\d+\.\d+/.test(t.name)).length;
    const detected = {
        ...(chart ? { chart } : {}),
        ...(chartOnly ? { chartOnly } : {}),
        ...(image ? { image: image.image, imageSource: image.line > 0 ? `${image.path}:${image.line}` : image.path } : {}),
        versionFiles: versions.files.flatMap((f) => {
            // a configured file is not optional: the actions refuse one that holds no reference, so
            // only the chart (required anyway) and the files where a reference was read are listed
            const held = versions.references.filter((r) => r.path === f.path && (!f.key || r.name === f.key));
            if (f.type === 'chart')
                return [{ path: f.path, type: f.type }];
            if (held.length === 0)
                return [];
            if (f.type !== 'makefile')
                return [{ path: f.path, type: f.type, ...(f.key ? { key: f.key } : {}) }];
            const variables = (f.variables ?? []).filter((v) => held.some((r) => r.name === v));
            return variables.length > 0 ? [{ path: f.path, type: f.type, variables }] : [];
        }),
        tagPrefix: bare > releaseTags.length ? '' : 'v',
        ...(releaseTags[0] ? { newestTag: releaseTags[0] } : {}),
        pagesBranch: facts.config?.data?.['pages-branch'] ?? 'gh-pages',
    };
    return { facts, versions, images, workflows, detected };
}

// EXTERNAL MODULE: ./actions/lib/git/orphan-branch.ts + 1 modules
var orphan_branch = __webpack_require__(14845);
;// CONCATENATED MODULE: ./src/doctor/pages-branch.ts
/**
 * `--write`'s pages branch: GitHub Pages can only be pointed at a branch that exists, so the
 * orphan branch the Helm repository will live on is made ahead of the first release — a README,
 * no index.yaml (publish-helm writes the first one) — and never over an existing branch, local
 * or on origin. Pages itself is a repository setting doctor cannot change: the output says how.
 */




/** Makes the local orphan pages branch when the repository has none; undefined when it has one. */
async function writePagesBranch(root, s) {
    if (hasPagesBranch(s))
        return undefined;
    const branch = s.detected.pagesBranch;
    try {
        const made = await (0,orphan_branch.createOrphanBranch)(new git_git.Git(root), {
            branch,
            files: [{ path: 'README.md', text: (0,orphan_branch.pagesReadme)(s.facts.repository, branch) }],
            message: `chore: ${branch} branch for the Helm repository\n\nWritten by \`release-actions doctor --write\`: GitHub Pages can only be pointed at a branch that exists.`,
        });
        return made.created ? { branch, commit: made.commit } : undefined;
    }
    catch (err) {
        const why = err.message;
        const hint = /tell me who you are|empty ident|unable to auto-detect/i.test(why) ? ' (set git config user.name and user.email)' : '';
        throw new DoctorInputError(`--write could not create the ${branch} branch: ${why}${hint}`);
    }
}
function renderPagesBranch(o, repository) {
    const repo = repository ?? 'OWNER/REPO';
    return [
        '',
        `--write: created the orphan branch ${o.branch} (${o.commit.slice(0, 7)}, README.md only) for the Helm repository; the current branch is not touched.`,
        `Next: git push origin ${o.branch}, then enable GitHub Pages from it (doctor cannot): Settings → Pages → Build and deployment → Deploy from a branch → ${o.branch} / (root),`,
        `  or: gh api -X POST repos/${repo}/pages -f 'source[branch]=${o.branch}' -f 'source[path]=/'`,
        'The release checks it before publishing (verify-release pages-served); see docs/first-release.md.',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/doctor/render.ts
const TITLES = {
    stop: 'Stops a release',
    spoil: 'Spoils a release',
    advice: 'Advice',
};
function finding(f, n) {
    const lines = [`  ${n}. ${f.problem} [${f.id}]`];
    for (const w of f.where)
        lines.push(`       ${w}`);
    lines.push(`     fix: ${f.fix}${f.writes ? ' (--write does this)' : ''}`);
    return lines;
}
function renderText(report) {
    const d = report.detected;
    const lines = [`release-actions doctor: ${report.root}`, ''];
    lines.push('Detected:', `  chart          ${d.chart ?? '(none)'}`, `  image          ${d.image ? `${d.image} (${d.imageSource})` : '(none)'}`, `  version files  ${d.versionFiles.map((f) => (f.variables ? `${f.path} (${f.variables.join(', ')})` : f.path)).join(', ') || '(none)'}`, `  release tags   ${d.tagPrefix}X.Y.Z, newest ${d.newestTag ?? '(none)'}`, '');
    let n = 0;
    for (const severity of ['stop', 'spoil', 'advice']) {
        const group = report.findings.filter((f) => f.severity === severity);
        if (group.length === 0)
            continue;
        lines.push(`${TITLES[severity]} (${group.length}):`);
        for (const f of group)
            lines.push(...finding(f, ++n));
        lines.push('');
    }
    const stops = report.findings.filter((f) => f.severity === 'stop').length;
    if (report.findings.length === 0)
        lines.push('Nothing would stop or spoil a release.');
    else
        lines.push(stops > 0 ? `${stops} problem${stops > 1 ? 's' : ''} would stop a release (exit 1).` : 'Nothing would stop a release (exit 0).');
    const writable = report.findings.filter((f) => f.writes).length;
    if (writable > 0)
        lines.push(`\`release-actions doctor --write\` fixes ${writable} of them on a new branch.`);
    return `${lines.join('\n')}\n`;
}
function renderWrite(outcome) {
    if (outcome.unchanged)
        return `--write: ${outcome.unchanged}\n`;
    const lines = ['', `--write: on branch ${outcome.branch}:`];
    for (const f of outcome.written)
        lines.push(`  ${f.action === 'replace' ? 'replaced' : 'wrote'} ${f.path} (${f.why})`);
    lines.push(`committed ${outcome.commit?.slice(0, 7)} "chore: adopt release-actions" (signed off); the current branch and its work tree are as they were.`, `Next: git push origin ${outcome.branch}, open a pull request, and create the secret RELEASE_ALLOWED_SIGNERS.`);
    return `${lines.join('\n')}\n`;
}
function renderJson(report, write, planned, pages) {
    const doc = {
        ...report,
        ...(planned ? { planned: planned.map((p) => ({ path: p.path, action: p.action, why: p.why })) } : {}),
        ...(write ? { write: { branch: write.branch, commit: write.commit ?? null, written: write.written.map((w) => w.path), unchanged: write.unchanged ?? null } } : {}),
        ...(write ? { pagesBranch: pages ? { branch: pages.branch, commit: pages.commit } : null } : {}),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/doctor/cli.ts
/**
 * `release-actions doctor [--repo PATH] [--write] [--json]`: what would stop or spoil a release
 * of the repository, each with its fix; `--write` makes the fixes it can on a new branch.
 * Exit status: 0 nothing would stop a release, 1 something would, 2 a usage error or a
 * repository doctor cannot look at (nothing written).
 */









const DOCTOR_USAGE = `Usage: release-actions doctor [--repo PATH] [--write] [--json]

Lists everything that would stop or spoil a release of the repository, grouped by severity,
each with its exact fix: versions that disagree (file:line against the newest release tag), the
chart as Helm and publish-helm see it, image names, the Dockerfile, the CHANGELOG, signing, the
configuration, the caller workflows and the gh-pages branch. Reads only; nothing is written
without --write.

Options:
  --repo PATH   the repository (default: the current folder)
  --write       commit the fixes it can make (.github/release-actions.yaml, ci-release.yaml,
                prepare-release.yaml, CHANGELOG.md) on the branch release-actions/adopt, each
                file printed, and create the orphan gh-pages branch (a README) when there is
                none; the current branch is not touched. Refused on a dirty work tree.
  --json        one JSON document on stdout
  -h, --help    this text

Exit status: 0 nothing would stop a release, 1 something would, 2 usage error or not a repository.
`;
function parseDoctorArgs(argv) {
    const out = { repo: '.', write: false, json: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (arg === '-h' || arg === '--help')
            return 'help';
        if (arg === '--write')
            out.write = true;
        else if (arg === '--json')
            out.json = true;
        else if (arg === '--repo' || arg.startsWith('--repo=')) {
            const value = arg === '--repo' ? argv[++i] : arg.slice('--repo='.length);
            if (value === undefined || value === '' || value.startsWith('--'))
                throw new DoctorInputError('--repo needs a path');
            out.repo = value;
        }
        else
            throw new DoctorInputError(`unknown option '${arg}'`);
    }
    return out;
}
/** Runs doctor; returns the exit status. */
async function doctorMain(argv, io) {
    try {
        const args = parseDoctorArgs(argv);
        if (args === 'help') {
            io.out(DOCTOR_USAGE);
            return 0;
        }
        return await doctor(args, io);
    }
    catch (error) {
        if (!(error instanceof DoctorInputError))
            throw error;
        io.err(`release-actions doctor: ${error.message}\n`);
        return 2;
    }
}
async function doctor(args, io) {
    const root = await repositoryRoot(args.repo);
    const s = survey(await gatherFacts(root));
    const findings = runChecks(s);
    const report = { root, detected: s.detected, findings, exitCode: findings.some((f) => f.severity === 'stop') ? 1 : 0 };
    const planned = await planWrites(s, { validate: args.write });
    let outcome;
    let pages;
    if (args.write) {
        outcome = await applyWrites(root, planned);
        pages = await writePagesBranch(root, s);
    }
    if (args.json)
        io.out(renderJson(report, outcome, planned, pages));
    else {
        if ((0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(args.repo)) !== (0,external_node_fs_.realpathSync)(root))
            io.out(`(${args.repo} is inside the repository ${root}: doctor checks the whole repository)\n`);
        io.out(renderText(report));
        if (outcome)
            io.out(renderWrite(outcome));
        if (pages)
            io.out(renderPagesBranch(pages, s.facts.repository));
    }
    return report.exitCode;
}


/***/ })

};
