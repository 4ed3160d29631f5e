export const id = 143;
export const ids = [143];
export const modules = {

/***/ 84143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHART_NAME: () => (/* reexport */ CHART_NAME),
  GENERATED_LOCK_TIME: () => (/* reexport */ GENERATED_LOCK_TIME),
  PACKAGE_MTIME: () => (/* reexport */ PACKAGE_MTIME),
  SHA256_HEX: () => (/* reexport */ SHA256_HEX),
  archivedChart: () => (/* reexport */ archivedChart),
  chartUrl: () => (/* reexport */ chartUrl),
  checkManifests: () => (/* reexport */ checkManifests),
  constraintMatcher: () => (/* reexport */ constraintMatcher),
  deprecateVersion: () => (/* reexport */ deprecateVersion),
  emitDocument: () => (/* reexport */ emitDocument),
  emitSequenceItem: () => (/* reexport */ emitSequenceItem),
  generatedLockValue: () => (/* reexport */ generatedLockValue),
  goKeyCompare: () => (/* reexport */ goKeyCompare),
  goPathMatch: () => (/* reexport */ goPathMatch),
  goTar: () => (/* reexport */ goTar),
  hashRequirements: () => (/* reexport */ hashRequirements),
  helmGzip: () => (/* reexport */ helmGzip),
  helmGzipHeader: () => (/* reexport */ helmGzipHeader),
  helmVersionProblem: () => (/* reexport */ helmVersionProblem),
  indexEntryValue: () => (/* reexport */ indexEntryValue),
  indexVersionProblem: () => (/* reexport */ indexVersionProblem),
  isHelmVersion: () => (/* reexport */ isHelmVersion),
  isStrictSemver: () => (/* reexport */ isStrictSemver),
  isVersionRange: () => (/* reexport */ isVersionRange),
  listChartFiles: () => (/* reexport */ listChartFiles),
  loadChart: () => (/* reexport */ loadChart),
  loadChartArchive: () => (/* reexport */ loadChartArchive),
  loadChartFiles: () => (/* reexport */ loadChartFiles),
  loadRepositoryIndex: () => (/* reexport */ loadRepositoryIndex),
  mergeIndex: () => (/* reexport */ mergeIndex),
  mergeIndexEntries: () => (/* reexport */ mergeIndexEntries),
  metadataValue: () => (/* reexport */ metadataValue),
  nowInstant: () => (/* reexport */ nowInstant),
  ociTagOf: () => (/* reexport */ ociTagOf),
  packageChart: () => (/* reexport */ packageChart),
  parseHelmignore: () => (/* reexport */ parseHelmignore),
  planDependencies: () => (/* reexport */ planDependencies),
  readArchive: () => (/* reexport */ readArchive),
  readChartArchive: () => (/* reexport */ readChartArchive),
  readChartDependencies: () => (/* reexport */ readChartDependencies),
  readChartLock: () => (/* reexport */ readChartLock),
  readIndex: () => (/* reexport */ readIndex),
  renderEntry: () => (/* reexport */ renderEntry),
  renderNewIndex: () => (/* reexport */ renderNewIndex),
  repositoryIndexUrl: () => (/* reexport */ repositoryIndexUrl),
  resolveChart: () => (/* reexport */ resolveChart),
  resolveLock: () => (/* reexport */ resolveLock),
  resolveReferenceUrl: () => (/* reexport */ resolveReferenceUrl),
  rfc3339Nano: () => (/* reexport */ rfc3339Nano),
  sanitizeString: () => (/* reexport */ sanitizeString),
  saveMembers: () => (/* reexport */ saveMembers),
  scanIndex: () => (/* reexport */ scanIndex),
  sortedVersions: () => (/* reexport */ sortedVersions),
  stripTemplateActions: () => (/* reexport */ stripTemplateActions),
  unifiedDiff: () => (/* reexport */ unifiedDiff),
  withdrawVersion: () => (/* reexport */ withdrawVersion)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
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
        throw new errors/* FileError */.f6(where, `not a valid chart archive: ${String(failure.message ?? failure)}`);
    return out;
}
/** The files of a `.tgz` chart archive, relative to its chart folder. */
function readChartArchive(bytes, where) {
    let tarBytes;
    try {
        const raw = (0,esm/* gunzipSync */.Wt)(bytes);
        tarBytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    }
    catch (e) {
        throw new errors/* FileError */.f6(where, `does not appear to be a valid chart file (not gzip: ${e.message}); rebuild it with 'helm dependency build'`);
    }
    const files = [];
    for (const e of entries(tarBytes, where)) {
        if (e.type !== 'File' && e.type !== 'OldFile' && e.type !== 'ContiguousFile')
            continue;
        const delimiter = e.path.includes('\\') ? '\\' : '/';
        const parts = e.path.split(delimiter);
        let n = parts.slice(1).join('/');
        if (n.startsWith('/'))
            throw new errors/* FileError */.f6(where, `chart illegally contains absolute paths (${e.path})`);
        n = external_node_path_.posix.normalize(n);
        if (n === '.' || n === '')
            throw new errors/* FileError */.f6(where, `chart illegally contains content outside the base directory: '${e.path}'`);
        if (n.startsWith('..'))
            throw new errors/* FileError */.f6(where, `chart illegally references parent directory (${e.path})`);
        if (/^[a-zA-Z]:\//.test(n))
            throw new errors/* FileError */.f6(where, `chart contains illegally named files (${e.path})`);
        if (parts[0] === 'Chart.yaml')
            throw new errors/* FileError */.f6(where, 'chart yaml not in base directory');
        files.push({ name: n, data: e.data.subarray(0, 3).equals(BOM) ? e.data.subarray(3) : e.data });
    }
    if (files.length === 0)
        throw new errors/* FileError */.f6(where, 'no files in chart archive');
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
        throw new errors/* FileError */.f6(this.file, message, this.line(node));
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
        throw new errors/* FileError */.f6(file, `not valid YAML: ${msg}`, err.linePos?.[0]?.line ?? y.lc.linePos(err.pos[0]).line);
    }
    if (doc.contents !== null && !(0,dist.isMap)(doc.contents))
        throw new errors/* FileError */.f6(file, 'Chart.yaml must be a mapping of fields (apiVersion, name, version, ...)', 1);
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
            throw new errors/* FileError */.f6(file, "Chart.yaml has no apiVersion: add 'apiVersion: v2' (Helm 3 charts) as the first line", 1);
        md.apiVersion = 'v1';
    }
    const name = md.name;
    if (!name)
        throw new errors/* FileError */.f6(file, "Chart.yaml has no name: add 'name: <chart-name>' (lowercase letters, digits and dashes)", 1);
    if (name === '.' || name === '..' || name.includes('/')) {
        throw new errors/* FileError */.f6(file, `chart name '${name}' is not allowed: it must not be '.' or '..' nor contain '/'`, lines.name);
    }
    if (!CHART_NAME.test(name)) {
        warnings.push(`${file}:${lines.name}: chart name '${name}' is not lowercase letters, digits and dashes; Helm packages it, but OCI registries refuse such repository names`);
    }
    if (!apiVersion)
        warnings.push(`${file}:1: no apiVersion: Helm reads the chart as apiVersion v1 (Helm 2's format)`);
    else if (apiVersion === 'v1')
        warnings.push(`${file}:${lines.apiVersion}: apiVersion v1 is Helm 2's format; use v2`);
    else if (apiVersion !== 'v2')
        throw new errors/* FileError */.f6(file, `apiVersion '${apiVersion}' is not valid: it must be v1 or v2 (write 'apiVersion: v2')`, lines.apiVersion);
    const version = md.version;
    if (!version)
        throw new errors/* FileError */.f6(file, "Chart.yaml has no version: add 'version: <SemVer>' (e.g. 'version: 0.1.0')", 1);
    const vp = helmVersionProblem(version);
    if (vp)
        throw new errors/* FileError */.f6(file, `version ${vp}`, lines.version);
    if (!isStrictSemver(version))
        warnings.push(`${file}:${lines.version}: version '${version}' is not strict SemVer 2 (MAJOR.MINOR.PATCH, no 'v'): Helm packages it as written, helm lint warns`);
    if (md.type !== undefined && md.type !== '' && md.type !== 'application' && md.type !== 'library') {
        throw new errors/* FileError */.f6(file, `type '${String(md.type)}' is not valid: it must be application or library`, lines.type);
    }
    const seen = new Set();
    for (const d of md.dependencies ?? []) {
        const key = d.alias || d.name;
        if (seen.has(key))
            throw new errors/* FileError */.f6(file, `more than one dependency with name or alias '${key}': give one of them another alias`, lines.dependencies);
        seen.add(key);
    }
}
/** The `dependencies` of a requirements.yaml (Helm 2's file, which Helm still reads into the metadata). */
function parseRequirements(text, file) {
    const y = new ChartYaml(file, text);
    const doc = (0,dist.parseDocument)(text, { lineCounter: y.lc, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
        throw new errors/* FileError */.f6(file, `not valid YAML (Helm cannot load the chart): ${err.message.split('\n')[0]}`, y.lc.linePos(err.pos[0]).line);
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
            throw new errors/* FileError */.f6(file, `'${raw}': double-star (**) patterns are not supported by Helm`, line);
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
            throw new errors/* FileError */.f6(file, `'${raw}': ${regex}`, line);
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
            throw new errors/* ActionError */.lZ(`${(0,external_node_path_.join)(displayDir, relDir)}: symbolic link loop`);
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
                    throw new errors/* ActionError */.lZ(`${(0,external_node_path_.join)(displayDir, rel)}: cannot package an irregular file (socket, device or pipe)`);
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
            throw new errors/* FileError */.f6(file, `not valid YAML: ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
        if (doc.contents !== null && !(0,dist.isMap)(doc.contents)) {
            throw new errors/* FileError */.f6(file, 'values must be a mapping of keys to values (Helm cannot unmarshal a list or a scalar into the values)', doc.contents.range ? lc.linePos(doc.contents.range[0]).line : 1);
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
        throw new errors/* FileError */.f6(file, `not valid JSON (Helm refuses to package it): ${e.message}`, line);
    }
}
function parseLock(data, file) {
    const lc = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(data.toString('utf8'), { lineCounter: lc, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
        throw new errors/* FileError */.f6(file, `not valid YAML (Helm cannot load the chart): ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
    const value = doc.toJS();
    if (value !== null && (typeof value !== 'object' || Array.isArray(value)))
        throw new errors/* FileError */.f6(file, 'must be a mapping (generated, digest, dependencies)', 1);
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
            subcharts.push(loadChartFiles(readChartArchive(group[0].data, where), where, warnings));
            continue;
        }
        const inner = group.filter((f) => f.name.includes('/')).map((f) => ({ name: f.name.slice(key.length + 1), data: f.data }));
        if (inner.length === 0) {
            throw new errors/* FileError */.f6(where, `error unpacking subchart ${key} in ${parent}: charts/ holds only subcharts (name-version.tgz or a chart folder); move this file elsewhere or name it with a leading '_' or '.'`);
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
        throw new errors/* FileError */.f6(at('Chart.yaml'), 'Chart.yaml file is missing: every chart needs one (apiVersion, name, version)');
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
        throw new errors/* FileError */.f6(file, `dependencies found in Chart.yaml, but missing in charts/ directory: ${list} (run 'helm dependency build' and commit charts/, or let the workflow resolve them from Chart.lock)`, line);
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
        throw new errors/* FileError */.f6(file, 'the chart has no Chart.yaml (or .helmignore ignores it)');
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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./actions/lib/helm/archive.ts
/**
 * The bytes of a chart archive as Helm's `chartutil.Save` writes them: Go's `archive/tar`
 * headers behind Go's `compress/gzip` header with Helm's extra field and comment.
 *
 * The tar headers are written here rather than by the `tar` package because that package
 * formats numbers as `000644 \0` and the checksum as `014033 \0`, where Go writes `0000644\0`
 * and `014033\0 `, and leaves device numbers empty where Go writes zeros: the same members
 * would give other bytes than `helm package`.
 */


const archive_BLOCK = 512;
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;
/** Go's formatter.formatString: copies, then a NUL when the field has room for one. */
function putString(block, off, size, s) {
    block.write(s.slice(0, size), off, size, 'latin1');
}
/** Go's formatter.formatOctal: zero-padded to size-1 digits, then NUL. */
function putOctal(block, off, size, n) {
    putString(block, off, size, n.toString(8).padStart(size - 1, '0'));
}
const isAscii = (s) => /^\p{ASCII}*$/u.test(s);
/** Go's splitUSTARPath: the prefix/name split of a long ASCII path, or undefined. */
function splitUstarPath(name) {
    let length = name.length;
    if (length <= NAME_SIZE || !isAscii(name))
        return undefined;
    if (length > PREFIX_SIZE + 1)
        length = PREFIX_SIZE + 1;
    else if (name[length - 1] === '/')
        length--;
    const i = name.lastIndexOf('/', length - 1);
    const nlen = name.length - i - 1;
    if (i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE)
        return undefined;
    return [name.slice(0, i), name.slice(i + 1)];
}
function finish(block) {
    block.write('ustar\u000000', 257, 8, 'latin1');
    let sum = 0;
    for (let i = 0; i < archive_BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : block[i];
    putOctal(block, 148, 7, sum);
    block[155] = 0x20;
    return block;
}
/** templateV7Plus + setFormat for a regular file, mode 0644, uid/gid 0, mtime `mtime` (seconds). */
function fileHeader(name, size, mtime, prefix = '') {
    const b = Buffer.alloc(archive_BLOCK);
    putString(b, 0, NAME_SIZE, name);
    putOctal(b, 100, 8, 0o644);
    putOctal(b, 108, 8, 0);
    putOctal(b, 116, 8, 0);
    putOctal(b, 124, 12, size);
    putOctal(b, 136, 12, mtime);
    b[156] = 0x30; // TypeReg '0'
    putOctal(b, 329, 8, 0);
    putOctal(b, 337, 8, 0);
    putString(b, 345, PREFIX_SIZE, prefix);
    return finish(b);
}
/** Go's formatPAXRecord: `<len> <key>=<value>\n`, the length counting itself. */
function paxRecord(key, value) {
    const body = Buffer.byteLength(` ${key}=${value}\n`);
    let size = body + String(body).length;
    if (String(size).length !== String(body).length)
        size++;
    return `${size} ${key}=${value}\n`;
}
const toAscii = (s) => s.replace(/\P{ASCII}/gu, '');
/** The PAX extended header Go writes before a member whose path does not fit USTAR. */
function paxHeader(name) {
    const data = Buffer.from(paxRecord('path', name), 'utf8');
    const slash = name.lastIndexOf('/');
    let xname = toAscii(slash >= 0 ? `${name.slice(0, slash)}/PaxHeaders.0/${name.slice(slash + 1)}` : `PaxHeaders.0/${name}`);
    xname = xname.slice(0, NAME_SIZE).replace(/\/+$/, '');
    const b = Buffer.alloc(archive_BLOCK);
    putString(b, 0, NAME_SIZE, xname);
    putOctal(b, 100, 8, 0);
    putOctal(b, 108, 8, 0);
    putOctal(b, 116, 8, 0);
    putOctal(b, 124, 12, data.length);
    putOctal(b, 136, 12, 0);
    b[156] = 0x78; // TypeXHeader 'x'
    return [finish(b), data, Buffer.alloc((archive_BLOCK - (data.length % archive_BLOCK)) % archive_BLOCK)];
}
/**
 * A tar stream as Go's `tar.Writer` writes Helm's members (`tar.Header{Name, Mode: 0644, Size,
 * ModTime}`): USTAR, a long path split into prefix and name when it can be, else a PAX record;
 * the end marker is two zero blocks with no padding to a record size.
 */
function goTar(members, mtimeSeconds = 0) {
    const parts = [];
    for (const m of members) {
        const size = m.data.byteLength;
        if (m.name.length <= NAME_SIZE && isAscii(m.name))
            parts.push(fileHeader(m.name, size, mtimeSeconds));
        else {
            const split = splitUstarPath(m.name);
            if (split)
                parts.push(fileHeader(split[1], size, mtimeSeconds, split[0]));
            else
                parts.push(...paxHeader(m.name), fileHeader(toAscii(m.name), size, mtimeSeconds));
        }
        parts.push(Buffer.from(m.data.buffer, m.data.byteOffset, size));
        const pad = (archive_BLOCK - (size % archive_BLOCK)) % archive_BLOCK;
        if (pad)
            parts.push(Buffer.alloc(pad));
    }
    parts.push(Buffer.alloc(2 * archive_BLOCK));
    return Buffer.concat(parts);
}
/** Helm's gzip extra field: one RFC 1952 subfield `rr`, 40 bytes (chartutil/save.go headerBytes). */
const HELM_GZIP_EXTRA = Buffer.from('rr\x28\x00aHR0cHM6Ly95b3V0dS5iZS96OVV6MWljandyTQo=', 'latin1');
const HELM_GZIP_COMMENT = 'Helm';
/**
 * The gzip header Go's `gzip.Writer` writes for Helm (`Extra` and `Comment` set, no name, no
 * time): flags FEXTRA|FCOMMENT, MTIME 0, XFL 2 at level 9, 4 at level 1, else 0, OS 255.
 */
function helmGzipHeader(level) {
    const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
    const fixed = Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x10, 0, 0, 0, 0, xfl, 255, HELM_GZIP_EXTRA.length & 0xff, HELM_GZIP_EXTRA.length >> 8]);
    return Buffer.concat([fixed, HELM_GZIP_EXTRA, Buffer.from(`${HELM_GZIP_COMMENT}\0`, 'latin1')]);
}
/**
 * gzip with Helm's header. The deflate stream is fflate's (pure JavaScript, the same bytes on
 * every Node.js and CPU); Go's deflate bytes differ, so digests equal Helm's only up to it.
 */
function helmGzip(data, level = 6) {
    const deflated = (0,esm/* deflateSync */.pd)(data, { level });
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE((0,external_node_zlib_.crc32)(data) >>> 0, 0);
    trailer.writeUInt32LE(data.length >>> 0, 4);
    return Buffer.concat([helmGzipHeader(level), deflated, trailer]);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/lib/helm/goyaml.ts
/**
 * A small YAML emitter that writes values the way Helm writes `index.yaml`.
 *
 * Helm marshals the index with sigs.k8s.io/yaml: Go struct -> JSON -> go-yaml v2. So every
 * mapping is sorted with go-yaml's key order (natural order for digit runs, non-letters
 * before letters), strings that would resolve to another type are double-quoted, strings
 * that cannot be plain are single-quoted, multi-line strings are literal blocks, long
 * scalars are folded at the first space past column 80, and sequences inside mappings are
 * not indented. This module mirrors those rules so a rendered entry is byte-for-byte what
 * `helm repo index` would write for the same data. It is pure and has no dependencies.
 */
const BEST_WIDTH = 80;
const BEST_INDENT = 2;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
/** go-yaml v2's ordering of string map keys (keyList.Less): a negative number when a sorts first. */
function goKeyCompare(a, b) {
    if (a === b)
        return 0;
    return goKeyLess(a, b) ? -1 : 1;
}
function goKeyLess(a, b) {
    const ar = Array.from(a);
    const br = Array.from(b);
    for (let i = 0; i < ar.length && i < br.length; i++) {
        const ac = ar[i];
        const bc = br[i];
        if (ac === bc)
            continue;
        const al = LETTER.test(ac);
        const bl = LETTER.test(bc);
        if (al && bl)
            return ac.codePointAt(0) < bc.codePointAt(0);
        if (al || bl)
            return bl;
        let an = 0;
        let bn = 0;
        if (ac === '0' || bc === '0') {
            for (let j = i - 1; j >= 0 && DIGIT.test(ar[j]); j--) {
                if (ar[j] !== '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let ai = i;
        for (; ai < ar.length && DIGIT.test(ar[ai]); ai++)
            an = an * 10 + (ar[ai].charCodeAt(0) - 48);
        let bi = i;
        for (; bi < br.length && DIGIT.test(br[bi]); bi++)
            bn = bn * 10 + (br[bi].charCodeAt(0) - 48);
        if (an !== bn)
            return an < bn;
        if (ai !== bi)
            return ai < bi;
        return ac.codePointAt(0) < bc.codePointAt(0);
    }
    return ar.length < br.length;
}
// ---------------------------------------------------------------------------------------------
// go-yaml v2 `resolve`: would this text, written plain, be read back as something else?
const RESOLVE_MAP = new Set([
    'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
    'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
    '', '~', 'null', 'Null', 'NULL',
    '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
    '<<',
]);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** Go's strconv.ParseInt/ParseUint with base 0 (sign, 0x/0o/0b/0 prefixes, `_` only after a prefix). */
function goParsesAsInt(s) {
    let t = s;
    if (t.startsWith('+') || t.startsWith('-'))
        t = t.slice(1);
    if (t === '')
        return false;
    let digits;
    let body = t;
    let prefixed = false;
    if (/^0[xX]/.test(t)) {
        digits = /^[0-9a-fA-F]+$/;
        body = t.slice(2);
        prefixed = true;
    }
    else if (/^0[oO]/.test(t)) {
        digits = /^[0-7]+$/;
        body = t.slice(2);
        prefixed = true;
    }
    else if (/^0[bB]/.test(t)) {
        digits = /^[01]+$/;
        body = t.slice(2);
        prefixed = true;
    }
    else if (t.length > 1 && t.startsWith('0')) {
        digits = /^[0-7]+$/;
        body = t.slice(1);
        prefixed = true;
    }
    else {
        digits = /^[0-9]+$/;
    }
    if (prefixed && body.includes('_')) {
        // Go allows underscores between digits when a base prefix is present.
        if (/^_|__|_$/.test(body))
            return false;
        body = body.replace(/_/g, '');
    }
    return body !== '' && digits.test(body);
}
/** Go's strconv.ParseFloat accepts more than YAML's float regex (e.g. "1e5", "Inf", "0x1p-2"). */
function goParsesAsFloat(s) {
    if (/^[+-]?(inf|infinity|nan)$/i.test(s))
        return true;
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s))
        return true;
    return /^[+-]?0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+$/.test(s);
}
const TIMESTAMP_FORMATS = [
    // 2006-1-2T15:4:5.999999999Z07:00 (also lower-case t)
    /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    // 2006-1-2 15:4:5.999999999
    /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
    // 2006-1-2
    /^\d{4}-\d{1,2}-\d{1,2}$/,
];
function looksLikeTimestamp(s) {
    if (!/^\d{4}-/.test(s))
        return false;
    return TIMESTAMP_FORMATS.some((re) => re.test(s));
}
/** True when go-yaml v2 would write `s` quoted because, plain, it would not read back as a string. */
function resolvesToNonString(s) {
    if (RESOLVE_MAP.has(s))
        return true;
    const c = s.charAt(0);
    if (c === '.')
        return goParsesAsFloat(s);
    if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        if (looksLikeTimestamp(s))
            return true;
        const plain = s.replace(/_/g, '');
        if (goParsesAsInt(plain))
            return true;
        if (YAML_STYLE_FLOAT.test(plain) && goParsesAsFloat(plain))
            return true;
        if (/^-?0b[01]+$/.test(plain))
            return true;
    }
    return false;
}
// ---------------------------------------------------------------------------------------------
// Scalar analysis (yaml_emitter_analyze_scalar) and writers.
function isPrintable(cp) {
    return (cp === 0x0a ||
        (cp >= 0x20 && cp <= 0x7e) ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff));
}
function isBreak(cp) {
    return cp === 0x0d || cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
function isBlankZ(cp) {
    return cp === undefined || cp === 0x20 || cp === 0x09 || cp === 0 || isBreak(cp);
}
function analyzeScalar(cps) {
    if (cps.length === 0) {
        return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
    }
    let blockIndicators = false;
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let precededByWhitespace = true;
    let previousSpace = false;
    let previousBreak = false;
    const n = cps.length;
    if (n >= 3) {
        const head = String.fromCodePoint(cps[0], cps[1], cps[2]);
        if (head === '---' || head === '...')
            blockIndicators = true;
    }
    for (let i = 0; i < n; i++) {
        const cp = cps[i];
        const followedByWhitespace = i + 1 >= n || cps[i + 1] === 0x20 || cps[i + 1] === 0x09 || isBreak(cps[i + 1]);
        const ch = String.fromCodePoint(cp);
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch))
                blockIndicators = true;
            else if ((ch === '?' || ch === ':') && followedByWhitespace)
                blockIndicators = true;
            else if (ch === '-' && followedByWhitespace)
                blockIndicators = true;
        }
        else if (ch === ':' && followedByWhitespace) {
            blockIndicators = true;
        }
        else if (ch === '#' && precededByWhitespace) {
            blockIndicators = true;
        }
        if (!isPrintable(cp))
            special = true;
        if (cp === 0x20) {
            if (i === 0)
                leadingSpace = true;
            if (i === n - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (isBreak(cp)) {
            lineBreaks = true;
            if (i === 0)
                leadingBreak = true;
            if (i === n - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = isBlankZ(cp);
    }
    let blockPlainAllowed = true;
    let singleQuotedAllowed = true;
    let blockAllowed = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        blockPlainAllowed = false;
    if (trailingSpace)
        blockAllowed = false;
    if (breakSpace) {
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
    }
    if (spaceBreak || special) {
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
        blockAllowed = false;
    }
    if (lineBreaks)
        blockPlainAllowed = false;
    if (blockIndicators)
        blockPlainAllowed = false;
    return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}
/** The style go-yaml v2 picks for a string (stringv + select_scalar_style, block context). */
function stringStyle(s, cps, simpleKey) {
    const canUsePlain = !resolvesToNonString(s) && !(BASE60_FLOAT.test(s) && s.includes(':'));
    let style = s.includes('\n') ? 'literal' : canUsePlain ? 'plain' : 'double';
    const a = analyzeScalar(cps);
    if (simpleKey && a.multiline)
        style = 'double';
    if (style === 'plain') {
        if (!a.blockPlainAllowed)
            style = 'single';
        if (cps.length === 0 && simpleKey)
            style = 'single';
    }
    if (style === 'single' && !a.singleQuotedAllowed)
        style = 'double';
    if (style === 'literal' && (!a.blockAllowed || simpleKey))
        style = 'double';
    return style;
}
/** Writes text while tracking the column the way libyaml does (one column per code point). */
class Writer {
    out = '';
    column = 0;
    whitespace = true;
    indention = true;
    put(s) {
        this.out += s;
        this.column += s.length; // only ASCII goes through put()
    }
    char(cp) {
        this.out += String.fromCodePoint(cp);
        this.column += 1;
    }
    newline() {
        this.out += '\n';
        this.column = 0;
        this.indention = true;
    }
    /** yaml_emitter_write_indent. */
    indent(indent) {
        const n = Math.max(indent, 0);
        if (!this.indention || this.column > n || (this.column === n && !this.whitespace))
            this.newline();
        while (this.column < n)
            this.put(' ');
        this.whitespace = true;
        this.indention = true;
    }
    indicator(s, needWhitespace, isWhitespace, isIndention) {
        if (needWhitespace && !this.whitespace)
            this.put(' ');
        this.put(s);
        this.whitespace = isWhitespace;
        this.indention = this.indention && isIndention;
    }
}
function writePlain(w, cps, indent, allowBreaks) {
    if (cps.length > 0 && !w.whitespace)
        w.put(' ');
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
        const cp = cps[i];
        if (cp === 0x20) {
            if (allowBreaks && !spaces && w.column > BEST_WIDTH && cps[i + 1] !== 0x20) {
                w.indent(indent);
            }
            else {
                w.char(cp);
            }
            spaces = true;
        }
        else {
            w.char(cp);
            w.indention = false;
            spaces = false;
        }
    }
    if (cps.length > 0)
        w.whitespace = false;
    w.indention = false;
}
function writeBreak(w, cp) {
    if (cp === 0x0a) {
        w.newline();
    }
    else {
        w.out += String.fromCodePoint(cp);
        w.column = 0;
        w.indention = true;
    }
}
function writeSingleQuoted(w, cps, indent, allowBreaks) {
    w.indicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    const n = cps.length;
    for (let i = 0; i < n; i++) {
        const cp = cps[i];
        if (cp === 0x20) {
            if (allowBreaks && !spaces && w.column > BEST_WIDTH && i > 0 && i < n - 1 && cps[i + 1] !== 0x20) {
                w.indent(indent);
            }
            else {
                w.char(cp);
            }
            spaces = true;
        }
        else if (isBreak(cp)) {
            if (!breaks && cp === 0x0a)
                w.newline();
            writeBreak(w, cp);
            breaks = true;
        }
        else {
            if (breaks)
                w.indent(indent);
            if (cp === 0x27)
                w.put("'");
            w.char(cp);
            w.indention = false;
            spaces = false;
            breaks = false;
        }
    }
    w.indicator("'", false, false, false);
    w.whitespace = false;
    w.indention = false;
}
const DOUBLE_ESCAPES = {
    0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
    0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};
function writeDoubleQuoted(w, cps, indent, allowBreaks) {
    let spaces = false;
    w.indicator('"', true, false, false);
    const n = cps.length;
    for (let i = 0; i < n; i++) {
        const cp = cps[i];
        if (!isPrintable(cp) || cp === 0xfeff || isBreak(cp) || cp === 0x22 || cp === 0x5c) {
            w.put('\\');
            const esc = DOUBLE_ESCAPES[cp];
            if (esc !== undefined) {
                w.put(esc);
            }
            else if (cp <= 0xff) {
                w.put('x' + cp.toString(16).toUpperCase().padStart(2, '0'));
            }
            else if (cp <= 0xffff) {
                w.put('u' + cp.toString(16).toUpperCase().padStart(4, '0'));
            }
            else {
                w.put('U' + cp.toString(16).toUpperCase().padStart(8, '0'));
            }
            spaces = false;
        }
        else if (cp === 0x20) {
            if (allowBreaks && !spaces && w.column > BEST_WIDTH && i > 0 && i < n - 1) {
                w.indent(indent);
                if (cps[i + 1] === 0x20)
                    w.put('\\');
            }
            else {
                w.char(cp);
            }
            spaces = true;
        }
        else {
            w.char(cp);
            spaces = false;
        }
    }
    w.indicator('"', false, false, false);
    w.whitespace = false;
    w.indention = false;
}
function writeLiteral(w, cps, indent) {
    w.indicator('|', true, false, false);
    if (cps[0] === 0x20 || isBreak(cps[0]))
        w.indicator(String(BEST_INDENT), false, false, false);
    let chomp = '';
    const n = cps.length;
    if (n === 0 || !isBreak(cps[n - 1]))
        chomp = '-';
    else if (n === 1 || isBreak(cps[n - 2]))
        chomp = '+';
    if (chomp)
        w.indicator(chomp, false, false, false);
    w.whitespace = true;
    let breaks = true;
    for (let i = 0; i < n; i++) {
        const cp = cps[i];
        if (isBreak(cp)) {
            writeBreak(w, cp);
            breaks = true;
        }
        else {
            if (breaks)
                w.indent(indent);
            w.char(cp);
            w.indention = false;
            breaks = false;
        }
    }
}
function writeString(w, s, indent, simpleKey) {
    const cps = Array.from(s, (c) => c.codePointAt(0));
    const style = stringStyle(s, cps, simpleKey);
    switch (style) {
        case 'plain':
            return writePlain(w, cps, indent, !simpleKey);
        case 'single':
            return writeSingleQuoted(w, cps, indent, !simpleKey);
        case 'double':
            return writeDoubleQuoted(w, cps, indent, !simpleKey);
        case 'literal':
            return writeLiteral(w, cps, indent);
    }
}
/** Go's strconv.FormatFloat(f, 'g', -1, 64) for the values JSON can carry. */
function goFloat(f) {
    if (Number.isNaN(f))
        return '.nan';
    if (f === Infinity)
        return '.inf';
    if (f === -Infinity)
        return '-.inf';
    if (Number.isInteger(f) && Math.abs(f) < 1e21)
        return String(f);
    const exp = f === 0 ? 0 : Math.floor(Math.log10(Math.abs(f)));
    if (exp < -4 || exp >= 21) {
        const [mant, e] = f.toExponential().split('e');
        const en = Number(e);
        return `${mant}e${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(2, '0')}`;
    }
    return String(f);
}
function writeScalar(w, value, indent, simpleKey) {
    if (typeof value === 'string')
        return writeString(w, value, indent, simpleKey);
    let text;
    if (value === null)
        text = 'null';
    else if (typeof value === 'boolean')
        text = value ? 'true' : 'false';
    else
        text = Number.isInteger(value) && Math.abs(value) < 2 ** 63 ? String(value) : goFloat(value);
    writePlain(w, Array.from(text, (c) => c.codePointAt(0)), indent, false);
}
function isCollection(v) {
    return v !== null && typeof v === 'object';
}
function definedKeys(obj) {
    return Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort(goKeyCompare);
}
/**
 * Emits `value` as a block node whose content sits at `indent`. `inMapping` marks a mapping
 * value: go-yaml writes such sequences "indentless", with the dashes at the key's column.
 */
function writeNode(w, value, indent, inMapping) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            w.indicator('[]', true, false, false);
            return;
        }
        const seqIndent = inMapping ? indent - BEST_INDENT : indent;
        for (const item of value) {
            w.indent(seqIndent);
            w.indicator('-', true, false, true);
            writeNode(w, item, seqIndent + BEST_INDENT, false);
        }
        return;
    }
    if (isCollection(value)) {
        const keys = definedKeys(value);
        if (keys.length === 0) {
            w.indicator('{}', true, false, false);
            return;
        }
        for (const key of keys) {
            w.indent(indent);
            writeKey(w, key, indent);
            w.indicator(':', false, false, false);
            writeNode(w, value[key], indent + BEST_INDENT, true);
        }
        return;
    }
    writeScalar(w, value, indent, false);
}
function writeKey(w, key, indent) {
    if (key.length > 128 || /[\n\r\u0085\u2028\u2029]/.test(key)) {
        throw new Error(`cannot write the map key ${JSON.stringify(key.slice(0, 40))}: longer than 128 characters or multi-line`);
    }
    writeString(w, key, indent, true);
}
function goyaml_finish(w) {
    if (!w.out.endsWith('\n'))
        w.newline();
    return w.out;
}
/** A whole document as go-yaml v2 writes it (`yaml.Marshal`), ending with a newline. */
function emitDocument(value) {
    const w = new Writer();
    writeNode(w, value, 0, false);
    return goyaml_finish(w);
}
/**
 * The lines of one sequence item as go-yaml writes it: `- key: ...` with the dash at
 * `dashIndent` and a mapping's other keys at `dashIndent + 2`. Ends with a newline.
 */
function emitSequenceItem(value, dashIndent) {
    const w = new Writer();
    writeNode(w, [value], dashIndent, false);
    return goyaml_finish(w);
}
/** One `key: value` mapping entry with the key at `indent` and its block value. Ends with a newline. */
function emitMappingEntry(key, value, indent) {
    const w = new Writer();
    writeNode(w, { [key]: value }, indent, false);
    return goyaml_finish(w);
}
/** A scalar as go-yaml would write it as a map key (plain when it can be, else quoted). */
function emitKey(key) {
    const w = new Writer();
    writeKey(w, key, 0);
    return w.out;
}

;// CONCATENATED MODULE: ./actions/lib/helm/package.ts





/**
 * The modification time of every archive member: the Unix epoch, as `SOURCE_DATE_EPOCH=0 helm
 * package` writes it. A fixed time is what makes the archive reproducible.
 */
const PACKAGE_MTIME = new Date(0);
function dependencyValue(d) {
    // Helm's chart.Dependency: name and repository always, the rest when not empty.
    const v = { name: d.name, repository: d.repository ?? '' };
    if (d.version)
        v.version = d.version;
    if (d.condition)
        v.condition = d.condition;
    if (d.tags?.length)
        v.tags = d.tags;
    if (d.enabled)
        v.enabled = true;
    if (d['import-values']?.length)
        v['import-values'] = d['import-values'];
    if (d.alias)
        v.alias = d.alias;
    if (d['depends-on']?.length)
        v['depends-on'] = d['depends-on'];
    return v;
}
/** `chart.Metadata` through json.Marshal (omitempty) and go-yaml: what Helm writes as Chart.yaml. */
function metadataValue(md, withDependencies = true) {
    const v = {};
    const put = (k, x) => {
        if (x === undefined || x === null || x === '' || x === false)
            return;
        if (Array.isArray(x) && x.length === 0)
            return;
        if (typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0)
            return;
        v[k] = x;
    };
    put('name', md.name);
    put('home', md.home);
    put('sources', md.sources);
    put('version', md.version);
    put('description', md.description);
    put('keywords', md.keywords);
    put('maintainers', md.maintainers?.map((m) => Object.fromEntries(Object.entries(m).filter(([, x]) => x))));
    put('icon', md.icon);
    put('apiVersion', md.apiVersion);
    put('condition', md.condition);
    put('tags', md.tags);
    put('appVersion', md.appVersion);
    put('deprecated', md.deprecated);
    put('annotations', md.annotations);
    put('kubeVersion', md.kubeVersion);
    if (withDependencies)
        put('dependencies', md.dependencies?.map(dependencyValue));
    put('type', md.type);
    return v;
}
/** Go's time.Time JSON form of a Chart.lock `generated` (RFC 3339, fraction without trailing zeros). */
function goTime(value) {
    if (typeof value !== 'string' || value === '')
        return '0001-01-01T00:00:00Z';
    return value.replace(/\.(\d*?)0+(?=Z|[+-]\d\d:\d\d$)/, (_m, d) => (d ? `.${d}` : '')).replace(/\+00:00$/, 'Z');
}
/** `chart.Lock` through json.Marshal and go-yaml. */
function lockValue(lock) {
    const deps = Array.isArray(lock.dependencies) ? lock.dependencies.map(dependencyValue) : null;
    return { dependencies: deps, digest: typeof lock.digest === 'string' ? lock.digest : '', generated: goTime(lock.generated) };
}
/** The members of `chartutil.Save`'s writeTarContents, in its order. */
function saveMembers(chart, prefix = '') {
    const base = `${prefix}${chart.metadata.name}`;
    const md = chart.metadata;
    const out = [];
    const text = (s) => Buffer.from(s, 'utf8');
    out.push({ name: `${base}/Chart.yaml`, data: text(emitDocument(metadataValue(md, md.apiVersion !== 'v1'))) });
    if (md.apiVersion === 'v2' && chart.lock)
        out.push({ name: `${base}/Chart.lock`, data: text(emitDocument(lockValue(chart.lock))) });
    if (chart.values)
        out.push({ name: `${base}/values.yaml`, data: chart.values });
    if (chart.schema)
        out.push({ name: `${base}/values.schema.json`, data: chart.schema });
    for (const f of chart.templates)
        out.push({ name: `${base}/${f.name}`, data: f.data });
    for (const f of chart.files)
        out.push({ name: `${base}/${f.name}`, data: f.data });
    for (const sub of chart.subcharts)
        out.push(...saveMembers(sub, `${base}/charts/`));
    return out;
}
/**
 * Packages a chart directory as `helm package` does (Helm's loader, then `chartutil.Save`):
 * Chart.yaml and Chart.lock written again from their model (comments and unknown keys dropped,
 * keys sorted), values.yaml, values.schema.json, templates, the other files, then every
 * subchart expanded under `charts/<name>/` (archives included); file members only, mode 0644,
 * uid/gid 0, Go's USTAR headers, mtime the epoch; gzip with Helm's header (extra field `rr`,
 * comment `Helm`). The same tree gives the same bytes on every run and machine.
 */
function packageChart(chartDir, options = {}) {
    const chart = options.chart ?? loadChart(chartDir, options);
    const { name, version } = chart.metadata;
    const members = saveMembers(chart.chart);
    const bytes = helmGzip(goTar(members, PACKAGE_MTIME.getTime() / 1000), options.level ?? 6);
    const digest = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    return { bytes, digest, filename: `${name}-${version}.tgz`, files: members.map((m) => m.name), chart };
}


// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./actions/lib/helm/index-model.ts



/** `lineOf` for a text: the line starts are indexed on the first call (one pass), then binary search. */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (!starts) {
            let buf = new Int32Array(Math.max(1024, text.length >> 5));
            let n = 1;
            for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
                if (n === buf.length) {
                    const bigger = new Int32Array(buf.length * 2);
                    bigger.set(buf);
                    buf = bigger;
                }
                buf[n++] = k + 1;
            }
            starts = buf.subarray(0, n);
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
/** The index is not in the shape the line scanner reads; the YAML parser takes over. */
class NotCanonical extends Error {
    reason;
    line;
    constructor(reason, line) {
        super(`line ${line}: ${reason}`);
        this.reason = reason;
        this.line = line;
    }
}
const SEMVER2 = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** A version as Helm's index accepts it: SemVer 2 (build metadata allowed), optionally with a leading `v`. */
function indexVersionProblem(version) {
    const bare = version.startsWith('v') ? version.slice(1) : version;
    if (!SEMVER2.test(bare))
        return `'${version}' is not a SemVer 2 version`;
    return undefined;
}
/** The key under which two spellings of one version meet (`v1.2.3` and `1.2.3`). */
function versionKey(version) {
    return version.startsWith('v') ? version.slice(1) : version;
}
function compareIndexVersions(a, b) {
    return semver_default().compare(versionKey(a), versionKey(b));
}
/** Per-chart bookkeeping shared by both scanners to validate entries as they are read. */
class ChartValidator {
    file;
    chart;
    lineOf;
    lenient;
    seen = new Map();
    constructor(file, chart, lineOf, 
    /** Lenient reading: problems are noted here instead of thrown (see ScanOptions.lenient). */
    lenient) {
        this.file = file;
        this.chart = chart;
        this.lineOf = lineOf;
        this.lenient = lenient;
    }
    /**
     * Checks one entry: true to keep it. Strict: throws a FileError naming the line. Lenient: an
     * entry Helm would skip gives false, other problems are noted and the entry kept. Positions
     * are offsets of the entry's dash line and of each field's line that was present.
     */
    check(e) {
        if (!this.lenient) {
            this.strict(e);
            return true;
        }
        try {
            this.strict(e);
            return true;
        }
        catch (err) {
            if (!(err instanceof errors/* FileError */.f6))
                throw err;
            const skip = e.version === undefined || indexVersionProblem(e.version) !== undefined;
            this.lenient.push(`${err.message}${skip ? '; skipped, as Helm skips it' : '; kept, as Helm keeps it'}`);
            return !skip;
        }
    }
    strict(e) {
        const { file, chart, lineOf } = this;
        if (e.version === undefined)
            throw new errors/* FileError */.f6(file, `an entry of chart '${chart}' has no version`, lineOf(e.at));
        const vp = indexVersionProblem(e.version);
        if (vp)
            throw new errors/* FileError */.f6(file, `chart '${chart}': version ${vp}`, lineOf(e.versionAt ?? e.at));
        const key = versionKey(e.version);
        const first = this.seen.get(key);
        if (first !== undefined) {
            const line = lineOf(e.versionAt ?? e.at);
            throw new errors/* FileError */.f6(file, `chart '${chart}' lists version ${e.version} twice (lines ${lineOf(first)} and ${line})`, line);
        }
        this.seen.set(key, e.versionAt ?? e.at);
        if (e.digest !== undefined && !SHA256_HEX.test(e.digest)) {
            throw new errors/* FileError */.f6(file, `chart '${chart}' version ${e.version}: digest '${e.digest}' is not a sha256 digest (64 lowercase hex digits)`, lineOf(e.digestAt ?? e.at));
        }
        if (!e.urls || e.urls.length === 0) {
            throw new errors/* FileError */.f6(file, `chart '${chart}' version ${e.version} has no urls`, lineOf(e.urlsAt ?? e.at));
        }
        for (const u of e.urls) {
            if (u.trim() === '')
                throw new errors/* FileError */.f6(file, `chart '${chart}' version ${e.version} has an empty url`, lineOf(e.urlsAt ?? e.at));
        }
    }
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-entry.ts



const SHA256_HEX = /^[a-f0-9]{64}$/;
/** Now, with the sub-millisecond precision the platform clock gives. */
function nowInstant() {
    const ms = performance.timeOrigin + performance.now();
    return BigInt(Math.round(ms * 1000)) * 1000n;
}
function epochNanos(t) {
    if (typeof t === 'bigint')
        return t;
    const ms = t.getTime();
    if (Number.isNaN(ms))
        throw new errors/* ActionError */.lZ('invalid date');
    return BigInt(ms) * 1000000n;
}
/**
 * RFC 3339 in UTC with nanoseconds, as Go's `time.RFC3339Nano` writes it (Helm's `created`
 * and `generated`): trailing zeros of the fraction are dropped, and so is an all-zero fraction.
 * `2024-01-02T03:04:05.123456789Z`, `2024-01-02T03:04:05.1Z`, `2024-01-02T03:04:05Z`.
 */
function rfc3339Nano(t) {
    const ns = epochNanos(t);
    let seconds = ns / 1000000000n;
    let frac = ns % 1000000000n;
    if (frac < 0n) {
        frac += 1000000000n;
        seconds -= 1n;
    }
    const base = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
    const digits = frac.toString().padStart(9, '0').replace(/0+$/, '');
    return `${base}${digits ? `.${digits}` : ''}Z`;
}
/** Helm's urlutil.URLJoin: the file name appended to the base URL's path. */
function chartUrl(baseUrl, filename) {
    let url;
    try {
        url = new URL(baseUrl);
    }
    catch {
        return `${baseUrl.replace(/\/+$/, '')}/${filename}`;
    }
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${filename}`;
    return url.toString();
}
/** Problems with an entry about to be added, or an empty list. */
function entryProblems(entry) {
    const problems = [];
    const md = entry.metadata;
    if (!md.name)
        problems.push('the chart has no name');
    // As in the index Helm reads: a leading `v` is kept as written (llm-d-infra publishes v1.4.0).
    const vp = indexVersionProblem(md.version ?? '');
    if (vp)
        problems.push(`chart version ${vp}`);
    if (!SHA256_HEX.test(entry.digest))
        problems.push(`digest '${entry.digest}' is not a sha256 hex digest (64 lowercase hex digits)`);
    if (entry.urls.length === 0)
        problems.push('the entry has no urls');
    for (const u of entry.urls)
        if (!u || /[\s]/.test(u))
            problems.push(`url ${JSON.stringify(u)} is empty or contains whitespace`);
    return problems;
}
function nonEmpty(list) {
    return list && list.length > 0 ? list : undefined;
}
function str(s) {
    return s === undefined || s === '' ? undefined : s;
}
/**
 * The entry as Helm's `repo.ChartVersion` marshals it: every Chart.yaml metadata field that is
 * not empty (omitempty), then `urls`, `created` and `digest`. Keys are sorted by the emitter.
 */
function indexEntryValue(entry, created) {
    const md = entry.metadata;
    const value = {
        name: str(md.name),
        home: str(md.home),
        sources: nonEmpty(md.sources),
        version: str(md.version),
        description: str(md.description),
        keywords: nonEmpty(md.keywords),
        maintainers: nonEmpty(md.maintainers)?.map((m) => ({ name: str(m.name), email: str(m.email), url: str(m.url) })),
        icon: str(md.icon),
        apiVersion: str(md.apiVersion) ?? 'v1',
        condition: str(md.condition),
        tags: str(md.tags),
        appVersion: str(md.appVersion),
        deprecated: md.deprecated ? true : undefined,
        annotations: md.annotations && Object.keys(md.annotations).length > 0 ? { ...md.annotations } : undefined,
        kubeVersion: str(md.kubeVersion),
        dependencies: nonEmpty(md.dependencies)?.map((d) => ({
            name: d.name,
            version: str(d.version),
            repository: d.repository ?? '',
            condition: str(d.condition),
            tags: nonEmpty(d.tags),
            enabled: d.enabled ? true : undefined,
            'import-values': nonEmpty(d['import-values']),
            alias: str(d.alias),
            'depends-on': nonEmpty(d['depends-on']),
        })),
        type: str(md.type),
        urls: [...entry.urls],
        created: entry.created ?? created,
        digest: entry.digest,
    };
    return value;
}
/** The entry's lines as a sequence item with its dash at `dashIndent` (a trailing newline included). */
function renderEntry(entry, created, dashIndent) {
    return emitSequenceItem(indexEntryValue(entry, created), dashIndent);
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-scan.ts


/**
 * The fast path: one pass over an index.yaml in the block layout Helm (and chart-releaser, and
 * most hand edits) write:
 *
 * ```yaml
 * apiVersion: v1
 * entries:
 *   chart-name:
 *   - apiVersion: v2
 *     description: folded plain scalars,
 *       over several lines
 *     annotations:
 *       key: |
 *         block scalars
 *     urls:
 *     - https://...
 *     version: 1.2.3
 * generated: "2024-01-02T03:04:05.123456789Z"
 * ```
 *
 * YAML requires every line that continues a value (a nested map or list, a folded plain scalar,
 * the rest of a quoted scalar, a block scalar) to be indented more than the key it belongs to.
 * So only lines at an entry's field column or to its left carry structure: top-level keys,
 * chart keys, entry dashes, entry fields and the items of their lists. Everything deeper is
 * skipped with one native regular-expression search per run of lines, unread. Values are
 * decoded only for the fields the merge needs (`version`, `digest`, `urls`, `deprecated`).
 * Line numbers are not counted while scanning; `lineOf` computes them when a message or a diff
 * needs one.
 *
 * Anything the scanner does not recognise with certainty (tabs, flow mappings under `entries`,
 * anchors or tags or multi-line values on the fields it reads, quoted or complex keys, `---`
 * in the middle, a plain value holding `: `) throws `NotCanonical`, and the caller hands the
 * text to the full YAML parser. Definite problems (duplicate keys, charts or versions, bad
 * digests, missing urls) throw a `FileError` naming the line.
 */
const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
/** Characters that cannot start a plain key (or start something left to the parser). */
const KEY_INDICATORS = new Set(['&', '*', '!', '|', '>', '%', '@', '`', '{', '}', '[', ']', ',', '?', '#', '"', "'", ':', ' ']);
/** Regular expressions that find the next line indented at most `n` columns (blank lines skipped). */
const SHALLOW = new Map();
function shallowLine(n) {
    let re = SHALLOW.get(n);
    if (!re) {
        re = new RegExp(`\\n(?! {${n + 1}}|[ ]*\\r?\\n|[ ]*$)`, 'g');
        SHALLOW.set(n, re);
    }
    return re;
}
/** Index of the closing quote, or -1 when the quote does not close before `end`. */
function findQuoteEnd(text, from, end, quote) {
    for (let k = from; k < end; k++) {
        const ch = text.charCodeAt(k);
        if (quote === DQUOTE) {
            if (ch === 92 /* \ */) {
                k++;
                continue;
            }
            if (ch === DQUOTE)
                return k;
        }
        else if (ch === SQUOTE) {
            if (k + 1 < end && text.charCodeAt(k + 1) === SQUOTE) {
                k++;
                continue;
            }
            return k;
        }
    }
    return -1;
}
/** Position of the `:` that ends a plain key on this line (followed by a space or the line end), or -1. */
function findKeyColon(text, from, end) {
    for (let k = from; k < end; k++) {
        const ch = text.charCodeAt(k);
        if (ch === COLON) {
            if (k + 1 === end || text.charCodeAt(k + 1) === SPACE)
                return k;
        }
        else if (ch === HASH && k > from && text.charCodeAt(k - 1) === SPACE) {
            return -1;
        }
    }
    return -1;
}
/** The rest of the line after `from` is empty or a comment. */
function restIsBlank(text, from, end) {
    let k = from;
    while (k < end && text.charCodeAt(k) === SPACE)
        k++;
    return k === end || (text.charCodeAt(k) === HASH && k > from);
}
/** End of a plain scalar on this line: before ` #` and trailing spaces. */
function plainEnd(text, from, end) {
    let stop = end;
    for (let k = from + 1; k < end; k++) {
        if (text.charCodeAt(k) === HASH && text.charCodeAt(k - 1) === SPACE) {
            stop = k - 1;
            break;
        }
    }
    while (stop > from && text.charCodeAt(stop - 1) === SPACE)
        stop--;
    return stop;
}
/** A plain value in [from, to) that YAML would not read as one plain scalar (`: ` inside, a trailing `:`, a tab). */
function badPlain(text, from, to) {
    for (let k = from; k < to; k++) {
        const ch = text.charCodeAt(k);
        if (ch === TAB)
            return true;
        if (ch === COLON && (k + 1 === to || text.charCodeAt(k + 1) === SPACE))
            return true;
    }
    return false;
}
/** A key in [from, to) that is not a simple plain key. */
function badKey(text, from, to) {
    if (to <= from)
        return true;
    const c0 = text[from];
    if (KEY_INDICATORS.has(c0) || (c0 === '-' && (to === from + 1 || text.charCodeAt(from + 1) === SPACE)))
        return true;
    for (let k = from; k < to; k++)
        if (text.charCodeAt(k) === TAB)
            return true;
    return false;
}
const ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
    ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
/** A one-line scalar value starting at `vs`, decoded; undefined when it is not one. */
function oneLineScalar(text, vs, end) {
    while (vs < end && text.charCodeAt(vs) === SPACE)
        vs++;
    if (vs >= end)
        return undefined;
    const ch = text.charCodeAt(vs);
    if (ch === DQUOTE) {
        const close = findQuoteEnd(text, vs + 1, end, ch);
        if (close < 0 || !restIsBlank(text, close + 1, end))
            return undefined;
        const raw = text.slice(vs + 1, close);
        if (!raw.includes('\\'))
            return raw;
        let bad = false;
        const out = raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e) => {
            if (e.length > 1)
                return String.fromCodePoint(parseInt(e.slice(1), 16));
            const r = ESCAPES[e];
            if (r === undefined)
                bad = true;
            return r ?? '';
        });
        return bad ? undefined : out;
    }
    if (ch === SQUOTE) {
        const close = findQuoteEnd(text, vs + 1, end, ch);
        if (close < 0 || !restIsBlank(text, close + 1, end))
            return undefined;
        return text.slice(vs + 1, close).replace(/''/g, "'");
    }
    const c = text[vs];
    if ('&*!|>%@`{[]},#?'.includes(c) || (c === '-' && (vs + 1 === end || text.charCodeAt(vs + 1) === SPACE)))
        return undefined;
    const stop = plainEnd(text, vs, end);
    if (badPlain(text, vs, stop))
        return undefined;
    return text.slice(vs, stop);
}
const IMPORTANT = new Set(['version', 'digest', 'urls', 'deprecated']);
function scanIndexFast(text, file, options = {}) {
    const len = text.length;
    const lineOf = lineIndex(text);
    const notCanonical = (reason, at) => {
        throw new NotCanonical(reason, lineOf(at));
    };
    if (text.charCodeAt(0) === 0xfeff)
        notCanonical('byte order mark', 0);
    const firstNl = text.indexOf('\n');
    const eol = firstNl > 0 && text.charCodeAt(firstNl - 1) === CR ? '\r\n' : '\n';
    const topKeys = [];
    const seenTop = new Map();
    let topKey;
    let apiVersion;
    let apiAt = 0;
    let entriesInfo;
    let generated;
    let inEntries = false;
    let childIndent = -1;
    let dashOffset = -1;
    const charts = [];
    const chartStarts = new Map();
    let chart;
    let entry;
    let pendingComment = -1;
    let sawStructure = false;
    const entryKeys = new Set();
    /** Lines indented more than this are skipped unread (-1: read every line). */
    let skipDeeper = -1;
    /** The last structural line must not be followed by deeper content (its value is complete). */
    let closedValue = false;
    const closeEntry = (end) => {
        if (!entry || !chart)
            return;
        const e = entry;
        entry = undefined;
        const keep = chart.validator.check({
            at: e.dashStart,
            version: e.version,
            versionAt: e.versionAt,
            digest: e.digest,
            digestAt: e.digestAt,
            urls: e.urls,
            urlsAt: e.urlsAt,
        });
        if (!keep) {
            chart.chart.end = end;
            return;
        }
        if (e.fields && e.fields.length > 0)
            e.fields[e.fields.length - 1].end = end;
        const scanned = {
            version: e.version,
            dashStart: e.dashStart,
            start: e.start,
            end,
            digest: e.digest,
            urls: e.urls ?? [],
            deprecated: e.deprecated,
            dashIndent: e.dashIndent,
            fieldIndent: e.fieldIndent,
        };
        if (e.fields)
            scanned.fields = e.fields;
        chart.chart.entries.push(scanned);
        chart.chart.end = end;
    };
    const closeChart = (end) => {
        closeEntry(end);
        if (!chart)
            return;
        if (chart.chart.entries.length === 0)
            chart.chart.end = end;
        charts.push(chart.chart);
        chart = undefined;
    };
    let pos = 0;
    while (pos < len) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = len;
        const lineStart = pos;
        const cend = nl > pos && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        pos = nl + 1;
        let i = lineStart;
        while (i < cend && text.charCodeAt(i) === SPACE)
            i++;
        if (i === cend)
            continue; // blank line
        const indent = i - lineStart;
        const c = text.charCodeAt(i);
        if (skipDeeper >= 0 && indent > skipDeeper) {
            if (closedValue && c !== HASH)
                notCanonical('a deeper line after a value that must be complete', lineStart);
            // Jump over the whole run of deeper lines.
            const re = shallowLine(skipDeeper);
            re.lastIndex = lineStart;
            const m = re.exec(text);
            pos = m ? m.index + 1 : len;
            if (closedValue) {
                // Only comments may follow a complete value.
                for (let k = lineStart; k < pos; k = text.indexOf('\n', k) + 1 || pos) {
                    let j = k;
                    while (j < pos && text.charCodeAt(j) === SPACE)
                        j++;
                    const ch = text.charCodeAt(j);
                    if (j < pos && ch !== HASH && ch !== 10 && ch !== CR)
                        notCanonical('a deeper line after a value that must be complete', k);
                }
            }
            continue;
        }
        if (c === TAB)
            notCanonical('tab', lineStart);
        if (c === HASH) {
            if (pendingComment < 0)
                pendingComment = lineStart;
            continue;
        }
        const attachStart = pendingComment >= 0 ? pendingComment : lineStart;
        pendingComment = -1;
        closedValue = false;
        const isDash = c === DASH && (i + 1 === cend || text.charCodeAt(i + 1) === SPACE);
        if (indent === 0) {
            if (inEntries) {
                closeChart(attachStart);
                entriesInfo.blockEnd = attachStart;
                inEntries = false;
            }
            if (isDash) {
                // go-yaml writes a list under a top-level key with its dashes at column 0.
                if (topKey === undefined || topKey === 'entries' || topKey === 'apiVersion' || topKey === 'generated')
                    notCanonical('list at the top level', lineStart);
                skipDeeper = 0;
                continue;
            }
            if (text.startsWith('---', i) && (cend - i === 3 || text.charCodeAt(i + 3) === SPACE)) {
                if (sawStructure || !restIsBlank(text, i + 3, cend))
                    notCanonical('document marker', lineStart);
                continue;
            }
            if (text.startsWith('...', i) || c === 37 /* % */)
                notCanonical('directive or document end', lineStart);
            sawStructure = true;
            const colon = findKeyColon(text, i, cend);
            if (colon < 0 || badKey(text, i, colon))
                notCanonical('a top-level line that is not a plain `key: value`', lineStart);
            const key = text.slice(i, colon);
            const first = seenTop.get(key);
            if (first !== undefined)
                throw new errors/* FileError */.f6(file, `duplicate top-level key '${key}' (first at line ${lineOf(first)})`, lineOf(lineStart));
            seenTop.set(key, lineStart);
            topKeys.push({ key, start: lineStart });
            topKey = key;
            skipDeeper = 0;
            if (key === 'entries') {
                const v = text.slice(colon + 1, plainEnd(text, colon + 1, cend)).trim();
                const next = Math.min(pos, len);
                entriesInfo = { start: lineStart, contentEnd: cend, next, inlineEmpty: false, childIndent: 2, dashOffset: 0, blockEnd: next, insertable: true };
                if (v === '') {
                    inEntries = true;
                    childIndent = -1;
                    skipDeeper = -1;
                }
                else if (v === '{}' || v === 'null' || v === '~') {
                    entriesInfo.inlineEmpty = true;
                    closedValue = true;
                }
                else {
                    notCanonical('entries is not a block mapping', lineStart);
                }
            }
            else if (key === 'apiVersion') {
                apiVersion = oneLineScalar(text, colon + 1, cend);
                apiAt = lineStart;
                if (apiVersion === undefined)
                    notCanonical('apiVersion is not a one-line scalar', lineStart);
                closedValue = true;
            }
            else if (key === 'generated') {
                const value = oneLineScalar(text, colon + 1, cend);
                if (value === undefined)
                    notCanonical('generated is not a one-line scalar', lineStart);
                generated = { start: lineStart, contentEnd: cend, value: value };
                closedValue = true;
            }
            continue;
        }
        if (!inEntries) {
            if (topKey === undefined)
                notCanonical('an indented line before any key', lineStart);
            // Content of a top-level key other than entries: skipped.
            skipDeeper = 0;
            continue;
        }
        // Inside `entries:`.
        if (childIndent < 0) {
            childIndent = indent;
            entriesInfo.childIndent = indent;
        }
        if (indent < childIndent)
            notCanonical('a line indented less than the chart keys', lineStart);
        if (entry) {
            const e = entry;
            if (e.fieldKey === 'urls' && e.fieldChildren && isDash && indent >= e.fieldIndent && (e.urlIndent < 0 || indent === e.urlIndent)) {
                // An item of urls (`- url`, at the field column or indented).
                e.urlIndent = indent;
                const v = oneLineScalar(text, i + 2, cend);
                if (v === undefined)
                    notCanonical('a url that is not a one-line scalar', lineStart);
                e.urls.push(v);
                skipDeeper = indent;
                closedValue = true;
                continue;
            }
            if (indent > e.fieldIndent) {
                // Deeper content that was not skipped (after urls:): leave it to the parser.
                notCanonical('unexpected nesting under urls', lineStart);
            }
            if (indent === e.fieldIndent) {
                if (isDash) {
                    // An item of the current field's list, go-yaml style (dashes at the key's column).
                    if (!e.fieldChildren || e.fieldKey === 'urls')
                        notCanonical('a list item after a complete value', lineStart);
                    skipDeeper = indent;
                    continue;
                }
                field(i, cend, lineStart, false);
                continue;
            }
            closeEntry(attachStart);
        }
        if (chart && isDash) {
            if (chart.inline)
                notCanonical('entries after an inline empty chart value', lineStart);
            const c0 = chart.chart;
            if (c0.dashIndent < 0) {
                const want = dashOffset >= 0 ? childIndent + dashOffset : -1;
                if (want >= 0 ? indent !== want : indent !== childIndent && indent !== childIndent + 2)
                    notCanonical('an entry dash at an unexpected column', lineStart);
                c0.dashIndent = indent;
                if (dashOffset < 0) {
                    dashOffset = indent - childIndent;
                    entriesInfo.dashOffset = dashOffset;
                }
            }
            else if (indent !== c0.dashIndent) {
                notCanonical('an entry dash at an unexpected column', lineStart);
            }
            let j = i + 1;
            while (j < cend && text.charCodeAt(j) === SPACE)
                j++;
            if (j >= cend || text.charCodeAt(j) === HASH)
                notCanonical('an entry without a key on its dash line', lineStart);
            entryKeys.clear();
            entry = {
                dashStart: lineStart,
                start: attachStart,
                dashIndent: indent,
                fieldIndent: j - lineStart,
                keys: entryKeys,
                fieldChildren: false,
                fieldKey: '',
                urlIndent: -1,
            };
            if (chart.capture)
                entry.fields = [];
            field(j, cend, lineStart, true);
            continue;
        }
        if (indent === childIndent && !isDash) {
            closeChart(attachStart);
            const colon = findKeyColon(text, i, cend);
            if (colon < 0 || badKey(text, i, colon))
                notCanonical('a chart line that is not a plain `name:`', lineStart);
            const name = text.slice(i, colon);
            const first = chartStarts.get(name);
            if (first !== undefined)
                throw new errors/* FileError */.f6(file, `chart '${name}' appears twice under entries (first at line ${lineOf(first)})`, lineOf(lineStart));
            chartStarts.set(name, lineStart);
            const v = text.slice(colon + 1, plainEnd(text, colon + 1, cend)).trim();
            let insertable = true;
            let inline = false;
            if (v === '[]' || v === 'null' || v === '~') {
                insertable = false;
                inline = true;
                closedValue = true;
            }
            else if (v !== '') {
                notCanonical('a chart whose value is not a list', lineStart);
            }
            const bodyStart = Math.min(pos, len);
            chart = {
                chart: { name, keyStart: lineStart, start: attachStart, bodyStart, end: bodyStart, keyIndent: indent, dashIndent: -1, entries: [], insertable },
                validator: new ChartValidator(file, name, lineOf, options.lenient),
                capture: options.captureChart === name,
                inline,
            };
            skipDeeper = inline ? childIndent : -1;
            continue;
        }
        notCanonical('an unexpected line under entries', lineStart);
    }
    const end = pendingComment >= 0 ? pendingComment : len;
    if (inEntries) {
        closeChart(end);
        entriesInfo.blockEnd = end;
    }
    if (topKeys.length === 0)
        throw new errors/* FileError */.f6(file, 'the index has no content (no apiVersion, no entries)', 1);
    if (apiVersion === undefined)
        throw new errors/* FileError */.f6(file, 'the index has no apiVersion', 1);
    if (apiVersion !== 'v1')
        throw new errors/* FileError */.f6(file, `unsupported index apiVersion '${apiVersion}' (expected v1)`, lineOf(apiAt));
    if (!entriesInfo)
        throw new errors/* FileError */.f6(file, 'the index has no entries key', 1);
    return { shape: 'canonical', apiVersion, entries: entriesInfo, charts, generated, topKeys, eol, lineOf };
    /** A key of the current entry, starting at `j` (its column is the entry's field indent). */
    function field(j, cend, lineStart, onDashLine) {
        const e = entry;
        const colon = findKeyColon(text, j, cend);
        if (colon < 0 || badKey(text, j, colon))
            notCanonical('an entry line that is not a plain `key: value`', lineStart);
        const key = text.slice(j, colon);
        if (e.keys.has(key)) {
            throw new errors/* FileError */.f6(file, `duplicate key '${key}' in the entry of chart '${chart.chart.name}' that starts at line ${lineOf(e.dashStart)}`, lineOf(lineStart));
        }
        e.keys.add(key);
        if (e.fields) {
            const last = e.fields[e.fields.length - 1];
            if (last)
                last.end = lineStart;
        }
        let vs = colon + 1;
        while (vs < cend && text.charCodeAt(vs) === SPACE)
            vs++;
        const children = vs >= cend || text.charCodeAt(vs) === HASH;
        e.fieldChildren = children;
        e.fieldKey = key;
        skipDeeper = e.fieldIndent;
        let value;
        const important = IMPORTANT.has(key);
        if (!children) {
            // A plain value holding `: ` (or ending with `:`) is not one scalar: YAML refuses it.
            const c0 = text.charCodeAt(vs);
            if (c0 !== DQUOTE && c0 !== SQUOTE && c0 !== 124 && c0 !== 62 && c0 !== 91 && c0 !== 123) {
                const cs = text.indexOf(': ', vs);
                if ((cs >= 0 && cs < cend) || text.charCodeAt(cend - 1) === COLON)
                    notCanonical('a plain value holding ": "', lineStart);
            }
        }
        if (!children && (important || e.fields)) {
            const ch = text.charCodeAt(vs);
            if (important && (ch === 91 || ch === 123) && !(key === 'urls' && text.slice(vs, plainEnd(text, vs, cend)) === '[]')) {
                notCanonical(`${key} written as a flow collection`, lineStart);
            }
            value = oneLineScalar(text, vs, cend);
        }
        if (important) {
            closedValue = !children;
            switch (key) {
                case 'version':
                    if (value === undefined)
                        notCanonical('version is not a one-line scalar', lineStart);
                    e.version = value;
                    e.versionAt = lineStart;
                    break;
                case 'digest':
                    if (value === undefined)
                        notCanonical('digest is not a one-line scalar', lineStart);
                    e.digest = value;
                    e.digestAt = lineStart;
                    break;
                case 'urls':
                    e.urlsAt = lineStart;
                    e.urls = [];
                    if (children)
                        skipDeeper = -1;
                    else if (text.slice(vs, plainEnd(text, vs, cend)) !== '[]')
                        notCanonical('urls is not a list', lineStart);
                    break;
                case 'deprecated':
                    e.deprecated = value;
                    break;
            }
        }
        if (e.fields)
            e.fields.push({ key, start: lineStart, end: lineStart, onDashLine, value });
    }
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-yaml.ts



function lineStartOf(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Just after the line holding the last non-space character before `offset`. */
function lineEndAfter(text, offset) {
    let k = offset;
    while (k > 0 && /\s/.test(text[k - 1]))
        k--;
    const nl = text.indexOf('\n', k);
    return nl < 0 ? text.length : nl + 1;
}
function onlySpaces(text, from, to) {
    for (let k = from; k < to; k++)
        if (text.charCodeAt(k) !== 32)
            return false;
    return true;
}
/** A scalar's text as a string (its source text for plain scalars, so `1.10` stays `1.10`). */
function scalarText(text, node) {
    if (!(0,dist.isScalar)(node))
        return undefined;
    if (node.type === 'PLAIN' && node.range)
        return text.slice(node.range[0], node.range[1]);
    if (node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
function scanIndexYaml(text, file, options = {}) {
    const lc = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, merge: false, keepSourceTokens: false });
    const lineOf = (offset) => (offset === undefined ? 1 : lc.linePos(offset).line);
    const nodeLine = (n) => lineOf(n?.range?.[0]);
    const nodeStart = (n) => n?.range?.[0] ?? 0;
    const firstError = doc.errors[0];
    if (firstError) {
        const msg = firstError.message.split('\n')[0] ?? firstError.message;
        throw new errors/* FileError */.f6(file, `not valid YAML: ${msg}`, firstError.linePos?.[0]?.line ?? lineOf(firstError.pos[0]));
    }
    const root = doc.contents;
    if (root === null || ((0,dist.isScalar)(root) && (root.value === null || root.value === '')))
        throw new errors/* FileError */.f6(file, 'the index is empty', 1);
    if (!(0,dist.isMap)(root))
        throw new errors/* FileError */.f6(file, 'the index is not a mapping', nodeLine(root));
    const eol = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
    const topKeys = [];
    let apiPair;
    let entriesPair;
    let generatedPair;
    let topInsertable = !root.flow;
    for (const pair of root.items) {
        const key = scalarText(text, pair.key);
        if (key === undefined)
            throw new errors/* FileError */.f6(file, 'a top-level key is not a string', nodeLine(pair.key));
        const start = pair.key.range?.[0] ?? 0;
        topKeys.push({ key, start: lineStartOf(text, start) });
        if (!onlySpaces(text, lineStartOf(text, start), start))
            topInsertable = false;
        if (key === 'apiVersion')
            apiPair = pair;
        if (key === 'entries')
            entriesPair = pair;
        if (key === 'generated')
            generatedPair = pair;
    }
    if (!apiPair)
        throw new errors/* FileError */.f6(file, 'the index has no apiVersion', 1);
    const apiVersion = scalarText(text, apiPair.value);
    if (apiVersion !== 'v1')
        throw new errors/* FileError */.f6(file, `unsupported index apiVersion '${apiVersion ?? ''}' (expected v1)`, nodeLine(apiPair.key));
    if (!entriesPair)
        throw new errors/* FileError */.f6(file, 'the index has no entries key', 1);
    const entriesKey = entriesPair.key;
    const eStart = lineStartOf(text, entriesKey.range[0]);
    const eLineEnd = text.indexOf('\n', eStart);
    const eContentEnd = eLineEnd < 0 ? text.length : eLineEnd > 0 && text[eLineEnd - 1] === '\r' ? eLineEnd - 1 : eLineEnd;
    const eNext = eLineEnd < 0 ? text.length : eLineEnd + 1;
    const ev = entriesPair.value;
    const entriesIsEmpty = ev === null || ((0,dist.isScalar)(ev) && (ev.value === null || ev.value === ''));
    if (!entriesIsEmpty && !(0,dist.isMap)(ev))
        throw new errors/* FileError */.f6(file, 'entries is not a mapping of chart names', nodeLine(ev));
    const entriesMap = (0,dist.isMap)(ev) ? ev : undefined;
    const inlineEmpty = entriesIsEmpty || (entriesMap !== undefined && entriesMap.flow === true && entriesMap.items.length === 0);
    const charts = [];
    let childIndent = 2;
    let dashOffset = 0;
    let learned = false;
    let entriesInsertable = topInsertable && (inlineEmpty ? onlySpaces(text, eStart, entriesKey.range[0]) && eStart === entriesKey.range[0] : !entriesMap?.flow);
    const seenCharts = new Map();
    for (const pair of entriesMap?.items ?? []) {
        const name = scalarText(text, pair.key);
        const keyNode = pair.key;
        if (name === undefined)
            throw new errors/* FileError */.f6(file, 'a chart name under entries is not a string', nodeLine(keyNode));
        const first = seenCharts.get(name);
        if (first !== undefined)
            throw new errors/* FileError */.f6(file, `chart '${name}' appears twice under entries (first at line ${first})`, nodeLine(keyNode));
        seenCharts.set(name, nodeLine(keyNode));
        const keyStart = lineStartOf(text, keyNode.range[0]);
        const keyIndent = keyNode.range[0] - keyStart;
        let insertable = entriesInsertable && onlySpaces(text, keyStart, keyNode.range[0]);
        if (!learned && insertable)
            childIndent = keyIndent;
        const value = pair.value;
        const emptyChart = value === null || ((0,dist.isScalar)(value) && (value.value === null || value.value === ''));
        if (!emptyChart && !(0,dist.isSeq)(value))
            throw new errors/* FileError */.f6(file, `chart '${name}' is not a list of versions`, nodeLine(value ?? keyNode));
        if ((0,dist.isSeq)(value) && value.flow)
            insertable = false;
        const bodyStart = lineEndAfter(text, ((0,dist.isScalar)(value) && value.range ? value.range[1] : keyNode.range[1]) ?? 0);
        const chart = {
            name,
            keyStart,
            start: keyStart,
            bodyStart,
            end: bodyStart,
            keyIndent,
            dashIndent: -1,
            entries: [],
            insertable,
        };
        const validator = new ChartValidator(file, name, lineOf, options.lenient);
        const capture = options.captureChart === name;
        for (const item of (0,dist.isSeq)(value) ? value.items : []) {
            if (!(0,dist.isMap)(item)) {
                const problem = `${file}:${nodeLine(item)}: an entry of chart '${name}' is not a mapping`;
                if (!options.lenient)
                    throw new errors/* FileError */.f6(file, `an entry of chart '${name}' is not a mapping`, nodeLine(item));
                options.lenient.push(`${problem}; skipped, as Helm skips it`);
                continue;
            }
            const entry = scanEntry(text, item, validator, nodeLine, nodeStart, capture);
            if (!entry)
                continue;
            if (entry.dashIndent < 0)
                chart.insertable = false;
            else if (chart.dashIndent < 0)
                chart.dashIndent = entry.dashIndent;
            if (!learned && chart.insertable && entry.dashIndent >= 0) {
                dashOffset = entry.dashIndent - keyIndent;
                learned = true;
            }
            chart.entries.push(entry);
            chart.end = entry.end;
        }
        charts.push(chart);
    }
    if (entriesMap && !entriesMap.flow && charts.length > 0 && charts.some((c) => c.keyIndent !== childIndent))
        entriesInsertable = false;
    let generated;
    if (generatedPair) {
        const k = generatedPair.key;
        const v = generatedPair.value;
        const start = lineStartOf(text, k.range[0]);
        if (start === k.range[0] && topInsertable) {
            const endOff = v?.range ? v.range[1] : k.range[1];
            let contentEnd = endOff;
            while (contentEnd > start && /[\s]/.test(text[contentEnd - 1]))
                contentEnd--;
            const nl = text.indexOf('\n', contentEnd);
            contentEnd = nl < 0 ? text.length : nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
            generated = { start, contentEnd, value: scalarText(text, v) ?? '' };
        }
        else {
            entriesInsertable = false;
        }
    }
    const blockEnd = charts.length > 0 ? charts[charts.length - 1].end : eNext;
    const scan = {
        shape: 'yaml',
        apiVersion,
        entries: {
            start: eStart,
            contentEnd: eContentEnd,
            next: eNext,
            inlineEmpty,
            childIndent,
            dashOffset,
            blockEnd,
            insertable: entriesInsertable,
        },
        charts,
        generated,
        topKeys,
        eol,
        lineOf: (offset) => lineOf(offset),
    };
    return { scan, doc };
}
function scanEntry(text, item, validator, nodeLine, nodeStart, capture) {
    const start = item.range[0];
    // The dash before the mapping: only spaces may sit between the line start and the dash.
    let k = start - 1;
    while (k >= 0 && text[k] === ' ')
        k--;
    let dashIndent = -1;
    let lineStart = start;
    if (k >= 0 && text[k] === '-' && !item.flow) {
        lineStart = lineStartOf(text, k);
        if (onlySpaces(text, lineStart, k))
            dashIndent = k - lineStart;
    }
    const get = (key) => item.items.find((p) => (0,dist.isScalar)(p.key) && String(p.key.value) === key);
    const version = get('version');
    const digest = get('digest');
    const urls = get('urls');
    const deprecated = get('deprecated');
    let urlList;
    if (urls) {
        if ((0,dist.isSeq)(urls.value))
            urlList = urls.value.items.map((u) => scalarText(text, u) ?? '');
        else if (urls.value === null || ((0,dist.isScalar)(urls.value) && urls.value.value === null))
            urlList = [];
        else
            throw new errors/* FileError */.f6(validator.file, `chart '${validator.chart}': urls is not a list`, nodeLine(urls.key));
    }
    const keep = validator.check({
        at: start,
        version: version ? scalarText(text, version.value) : undefined,
        versionAt: version ? nodeStart(version.key) : undefined,
        digest: digest ? scalarText(text, digest.value) : undefined,
        digestAt: digest ? nodeStart(digest.key) : undefined,
        urls: urlList,
        urlsAt: urls ? nodeStart(urls.key) : undefined,
    });
    if (!keep)
        return undefined;
    const end = lineEndAfter(text, item.range[1]);
    const firstKey = item.items[0]?.key;
    const fieldIndent = firstKey?.range ? firstKey.range[0] - lineStartOf(text, firstKey.range[0]) : dashIndent + 2;
    const entry = {
        version: scalarText(text, version.value),
        dashStart: lineStart,
        start: lineStart,
        end,
        digest: digest ? scalarText(text, digest.value) : undefined,
        urls: urlList ?? [],
        deprecated: deprecated ? scalarText(text, deprecated.value) : undefined,
        dashIndent,
        fieldIndent,
    };
    if (capture) {
        const fields = [];
        item.items.forEach((p, idx) => {
            const kn = p.key;
            const ks = kn.range[0];
            const ls = lineStartOf(text, ks);
            const next = item.items[idx + 1]?.key;
            fields.push({
                key: scalarText(text, p.key) ?? '',
                start: ls,
                end: next?.range ? lineStartOf(text, next.range[0]) : end,
                onDashLine: idx === 0 && ls === lineStart && dashIndent >= 0,
                value: (0,dist.isScalar)(p.value) ? scalarText(text, p.value) : undefined,
            });
        });
        entry.fields = fields;
    }
    return entry;
}
/** A parsed node as plain data for a full re-render (strings stay strings, as Helm's model has them). */
function nodeToValue(text, node) {
    if (node === null || node === undefined)
        return null;
    if ((0,dist.isMap)(node)) {
        const out = {};
        for (const p of node.items)
            out[scalarText(text, p.key) ?? String(p.key)] = nodeToValue(text, p.value);
        return out;
    }
    if ((0,dist.isSeq)(node))
        return node.items.map((i) => nodeToValue(text, i));
    if ((0,dist.isScalar)(node)) {
        const v = node.value;
        if (typeof v === 'string' || typeof v === 'boolean' || v === null)
            return v;
        if (typeof v === 'number')
            return v;
        return String(v);
    }
    return null;
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-file.ts






const identity = (t) => t;
function isBlank(s) {
    for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9)
            return false;
    }
    return true;
}
function toSource(input) {
    if (typeof input === 'string')
        return { s: input, binary: false, enc: identity, dec: identity };
    const s = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
    return {
        s,
        binary: true,
        enc: (t) => (/[\u0080-\uffff]/.test(t) ? Buffer.from(t, 'utf8').toString('latin1') : t),
        dec: (t) => (/[\u0080-\uffff]/.test(t) ? Buffer.from(t, 'latin1').toString('utf8') : t),
    };
}
/**
 * Scans a source: the line scanner first; when it hands over, the YAML parser on the decoded
 * text (the returned `src` is then the decoded text).
 */
function scanSource(src, file, options = {}) {
    if (isBlank(src.s))
        throw new errors/* FileError */.f6(file, 'the index is empty', 1);
    try {
        return { src, scan: scanIndexFast(src.s, file, options) };
    }
    catch (e) {
        if (!(e instanceof NotCanonical))
            throw e;
        const text = src.binary ? toSource(src.dec(src.s)) : src;
        const opts = options.captureChart !== undefined ? { captureChart: src.dec(options.captureChart) } : options;
        const { scan } = scanIndexYaml(text.s, file, opts);
        return { src: text, scan, fallbackReason: e.message };
    }
}
function scanIndex(text, file = 'index.yaml', options = {}) {
    if (isBlank(text))
        throw new errors/* FileError */.f6(file, 'the index is empty', 1);
    try {
        return { scan: scanIndexFast(text, file, options) };
    }
    catch (e) {
        if (!(e instanceof NotCanonical))
            throw e;
        const { scan } = scanIndexYaml(text, file, options);
        return { scan, fallbackReason: e.message };
    }
}
/** The charts and versions of an index, validated (throws `FileError` for a malformed index). */
function readIndex(text, file = 'index.yaml', options = {}) {
    const { scan, src } = scanSource(toSource(text), file, options);
    return {
        apiVersion: scan.apiVersion,
        shape: scan.shape,
        charts: scan.charts.map((c) => ({
            name: src.dec(c.name),
            line: scan.lineOf(c.keyStart),
            versions: c.entries.map((e) => ({ version: e.version, digest: e.digest, urls: e.urls.map(src.dec), deprecated: e.deprecated === 'true', line: scan.lineOf(e.dashStart) })),
        })),
    };
}
/** A new index holding one entry, exactly as `helm repo index` writes it. */
function renderNewIndex(entry, generated) {
    const value = {
        apiVersion: 'v1',
        entries: { [entry.metadata.name]: [indexEntryValue(entry, generated)] },
        generated,
    };
    return emitDocument(value);
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-merge.ts






function toEol(s, eol) {
    return eol === '\n' ? s : s.replace(/\n/g, eol);
}
function splitLines(s) {
    if (s === '')
        return [];
    const lines = s.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
/** Adds `text` and `bytes` getters, each computed on first read. */
function withOutput(base, out) {
    let text;
    let bytes;
    const asBuffer = (u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
    const buildBytes = () => {
        if (typeof out === 'string')
            return Buffer.from(out, 'utf8');
        if (out instanceof Uint8Array)
            return asBuffer(out);
        const src = out.source;
        if (typeof src === 'string')
            return Buffer.from(buildString(), 'utf8');
        const orig = asBuffer(src);
        return Buffer.concat(out.pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : orig.subarray(p[0], p[1]))));
    };
    const buildString = () => {
        if (typeof out === 'string')
            return out;
        if (out instanceof Uint8Array)
            return asBuffer(out).toString('utf8');
        const src = out.source;
        if (typeof src !== 'string')
            return buildBytes().toString('utf8');
        return out.pieces.map((p) => (typeof p === 'string' ? p : src.slice(p[0], p[1]))).join('');
    };
    return Object.defineProperties(base, {
        text: { enumerable: true, get: () => (text ??= buildString()) },
        bytes: { enumerable: true, get: () => (bytes ??= buildBytes()) },
    });
}
function countBreaks(text, from, to) {
    let n = 0;
    for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1))
        n++;
    return n;
}
/** Applies non-overlapping edits (each starting at a line start) and describes them as line changes. */
function applyEdits(text, edits, eol, file, lineOf, decode = (s) => s) {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    const parts = [];
    const changes = [];
    let cursor = 0;
    let line = 1;
    let delta = 0;
    for (const e of sorted) {
        let insert = e.insert;
        if (e.start === text.length && text.length > 0 && !text.endsWith('\n')) {
            // Appending after a last line without a line break: give it one, and drop ours.
            insert = eol + insert.slice(0, insert.length - eol.length);
        }
        line = e.line ?? (lineOf ? lineOf(e.start) : line + countBreaks(text, cursor, e.start));
        parts.push([cursor, e.start], insert);
        cursor = e.end;
        const oldLines = splitLines(decode(text.slice(e.start, e.end)));
        const newLines = splitLines(decode(insert.startsWith(eol) && e.start === text.length ? insert.slice(eol.length) : insert));
        changes.push({ oldStart: line, oldLines, newStart: line + delta, newLines });
        delta += newLines.length - oldLines.length;
        line += countBreaks(text, e.start, e.end);
    }
    parts.push([cursor, text.length]);
    return { pieces: parts, changes, diff: unifiedDiff(file, changes) };
}
/** A zero-context unified diff (`diff -U0`) of the changes. */
function unifiedDiff(file, changes) {
    const out = [`--- a/${file}`, `+++ b/${file}`];
    for (const c of changes) {
        const o = c.oldLines.length;
        const n = c.newLines.length;
        const os = o === 0 ? c.oldStart - 1 : c.oldStart;
        const ns = n === 0 ? c.newStart - 1 : c.newStart;
        out.push(`@@ -${os}${o === 1 ? '' : `,${o}`} +${ns}${n === 1 ? '' : `,${n}`} @@`);
        for (const l of c.oldLines)
            out.push(`-${l}`);
        for (const l of c.newLines)
            out.push(`+${l}`);
    }
    return `${out.join('\n')}\n`;
}
/** The `generated:` line replaced, or inserted where Helm's key order puts it. */
function generatedEdit(text, scan, ts) {
    const line = `generated: "${ts}"`;
    if (scan.generated)
        return { start: scan.generated.start, end: scan.generated.contentEnd, insert: line };
    const entriesIdx = scan.topKeys.findIndex((k) => k.key === 'entries');
    const after = scan.topKeys.slice(entriesIdx + 1).find((k) => goKeyCompare('generated', k.key) < 0);
    const at = after ? after.start : text.length;
    return { start: at, end: at, insert: toEol(`${line}\n`, scan.eol) };
}
function findVersion(entries, version) {
    const key = versionKey(version);
    return entries.find((e) => versionKey(e.version) === key);
}
/**
 * Adds one chart version to a repository index.yaml, changing the file only where it must: the
 * new entry's lines go in at their SemVer place (top of the chart's list when newest; a new chart
 * gets its key where Helm's key order puts it) and the `generated` line is updated. Every other
 * byte is kept, including charts and fields this code knows nothing about.
 *
 * - `existing` undefined: a new index with this one entry.
 * - The same chart and version already present with the same digest: `unchanged`, the text
 *   returned untouched (not even `generated`).
 * - Present with another digest: throws, naming both digests; a published version is never
 *   overwritten.
 * - A malformed existing index: throws `FileError` with the line.
 */
function mergeIndex(existing, entry, options = {}) {
    const file = options.file ?? 'index.yaml';
    const problems = entryProblems(entry);
    if (problems.length > 0)
        throw new errors/* ActionError */.lZ(`cannot add ${entry.metadata.name}-${entry.metadata.version} to ${file}: ${problems.join('; ')}`);
    const ts = rfc3339Nano(options.now ?? nowInstant());
    const name = entry.metadata.name;
    const version = entry.metadata.version;
    const value = indexEntryValue(entry, ts);
    if (existing === undefined) {
        const text = renderNewIndex(entry, ts);
        const changes = [{ oldStart: 1, oldLines: [], newStart: 1, newLines: splitLines(text) }];
        return withOutput({ status: 'published', mode: 'new', diff: unifiedDiff(file, changes), changes, warnings: [] }, text);
    }
    const { src, scan, fallbackReason } = scanSource(toSource(existing), file);
    const { enc, dec } = src;
    const warnings = [];
    const chart = scan.charts.find((c) => c.name === enc(name));
    const same = chart ? findVersion(chart.entries, version) : undefined;
    if (same) {
        if (same.digest === entry.digest)
            return withOutput({ status: 'unchanged', mode: 'unchanged', changes: [], warnings }, existing);
        throw new errors/* ActionError */.lZ(`${file}: ${name} ${same.version} is already published (line ${scan.lineOf(same.dashStart)}) with digest ${same.digest ?? '(none)'}; ` +
            `the new package has digest ${entry.digest}. A published version is never overwritten: bump the chart version.`);
    }
    const text = src.s;
    const { edit, insertable } = insertionEdit(scan, src, name, version, value);
    const edits = [edit];
    const eol = scan.eol;
    if (!insertable) {
        warnings.push(`${file} is not laid out in blocks where the new entry could be inserted as lines; it was rewritten in full in Helm's layout (comments and quoting of other entries are not kept)`);
        const old = dec(text);
        const out = rerender(old, file, name, version, value, ts, eol);
        const changes = [{ oldStart: 1, oldLines: splitLines(old), newStart: 1, newLines: splitLines(out) }];
        return withOutput({ status: 'published', mode: 'rewritten', diff: unifiedDiff(file, changes), changes, warnings }, out);
    }
    if (fallbackReason)
        warnings.push(`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`);
    edits.push(generatedEdit(text, scan, ts));
    const applied = applyEdits(text, edits, eol, file, scan.lineOf, dec);
    const source = src.binary ? existing : text;
    return withOutput({ status: 'published', mode: scan.shape, diff: applied.diff, changes: applied.changes, warnings }, { pieces: applied.pieces, source });
}
/**
 * Where one new version's lines go in a scanned index: at its SemVer place in its chart's list,
 * or as a new chart key where Helm's key order puts it. `insertable` is false when the file is
 * not laid out in blocks the lines can go into (the caller then re-renders the whole file).
 */
function insertionEdit(scan, src, name, version, value) {
    const { enc, dec } = src;
    const lines = (s) => enc(toEol(s, scan.eol));
    const chart = scan.charts.find((c) => c.name === enc(name));
    if (chart) {
        const insertable = scan.entries.insertable && chart.insertable;
        const before = chart.entries.find((e) => compareIndexVersions(e.version, version) < 0);
        if (before)
            return { insertable, edit: { start: before.start, end: before.start, insert: lines(emitSequenceItem(value, before.dashIndent)) } };
        if (chart.entries.length > 0) {
            const last = chart.entries[chart.entries.length - 1];
            return { insertable, edit: { start: last.end, end: last.end, insert: lines(emitSequenceItem(value, last.dashIndent)) } };
        }
        return { insertable, edit: { start: chart.bodyStart, end: chart.bodyStart, insert: lines(emitSequenceItem(value, chart.keyIndent + scan.entries.dashOffset)) } };
    }
    const k = scan.entries.childIndent;
    const block = `${' '.repeat(k)}${emitKey(name)}:\n${emitSequenceItem(value, k + scan.entries.dashOffset)}`;
    if (scan.entries.inlineEmpty)
        return { insertable: scan.entries.insertable, edit: { start: scan.entries.start, end: scan.entries.next, insert: lines(`entries:\n${block}`) } };
    const following = scan.charts.find((c) => goKeyCompare(name, dec(c.name)) < 0);
    const at = following ? following.start : scan.entries.blockEnd;
    return { insertable: scan.entries.insertable, edit: { start: at, end: at, insert: lines(block) } };
}
/** The whole index rendered anew in Helm's layout, with the entry added at its SemVer place. */
function rerender(text, file, name, version, value, ts, eol) {
    const { doc } = scanIndexYaml(text, file);
    const root = nodeToValue(text, doc.contents);
    const entries = (root.entries && typeof root.entries === 'object' && !Array.isArray(root.entries) ? root.entries : {});
    const list = Array.isArray(entries[name]) ? [...entries[name]] : [];
    const at = list.findIndex((e) => {
        const v = e && typeof e === 'object' && !Array.isArray(e) ? e.version : undefined;
        return typeof v === 'string' && compareIndexVersions(v, version) < 0;
    });
    if (at < 0)
        list.push(value);
    else
        list.splice(at, 0, value);
    entries[name] = list;
    root.entries = entries;
    root.generated = ts;
    return toEol(emitDocument(root), eol);
}
/**
 * Sets `deprecated: true` on one published version (for a rollback), as a minimal edit: one
 * line added (or one value changed) plus the `generated` line. Idempotent: an entry already
 * deprecated gives `unchanged` and the text untouched. Throws when the version is not there.
 */
function deprecateVersion(existing, name, version, options = {}) {
    const file = options.file ?? 'index.yaml';
    const first = toSource(existing);
    const { src, scan, fallbackReason } = scanSource(first, file, { captureChart: first.enc(name) });
    const { enc, dec } = src;
    const text = src.s;
    const chart = scan.charts.find((c) => c.name === enc(name));
    if (!chart)
        throw new errors/* ActionError */.lZ(`${file} has no chart '${name}', so version ${version} cannot be deprecated`);
    const entry = findVersion(chart.entries, version);
    if (!entry) {
        throw new errors/* ActionError */.lZ(`${file} has no version ${version} of chart '${name}' to deprecate (it lists ${chart.entries.map((e) => e.version).join(', ') || 'none'})`);
    }
    const warnings = [];
    if (entry.deprecated === 'true')
        return withOutput({ status: 'unchanged', changes: [], warnings }, existing);
    const fields = entry.fields ?? [];
    if (fields.length === 0 || entry.dashIndent < 0) {
        throw new errors/* ActionError */.lZ(`${file}: the entry of ${name} ${version} (line ${scan.lineOf(entry.dashStart)}) is not laid out so that a line can be added to it`);
    }
    const eol = scan.eol;
    const pad = ' '.repeat(entry.fieldIndent);
    const dashPad = `${' '.repeat(entry.dashIndent)}-${' '.repeat(entry.fieldIndent - entry.dashIndent - 1)}`;
    const edits = [];
    const present = fields.find((f) => f.key === 'deprecated');
    if (present) {
        const lineText = text.slice(present.start, present.end);
        if (lineText.split('\n').filter((l) => l.trim() !== '').length !== 1) {
            throw new errors/* ActionError */.lZ(`${file}: the deprecated field of ${name} ${version} (line ${scan.lineOf(present.start)}) spans several lines; edit it by hand`);
        }
        edits.push({ start: present.start, end: present.end, insert: toEol(`${present.onDashLine ? dashPad : pad}deprecated: true\n`, eol) });
    }
    else {
        const next = fields.find((f) => goKeyCompare('deprecated', dec(f.key)) < 0);
        if (!next) {
            const last = fields[fields.length - 1];
            edits.push({ start: last.end, end: last.end, insert: toEol(`${pad}deprecated: true\n`, eol) });
        }
        else if (next.onDashLine) {
            // `- description: ...` becomes `- deprecated: true` + `  description: ...`.
            const nl = text.indexOf('\n', next.start);
            const lineEnd = nl < 0 ? text.length : nl + 1;
            const rest = text.slice(next.start + dashPad.length, lineEnd);
            edits.push({ start: next.start, end: lineEnd, insert: `${toEol(`${dashPad}deprecated: true\n${pad}`, eol)}${rest}` });
        }
        else {
            edits.push({ start: next.start, end: next.start, insert: toEol(`${pad}deprecated: true\n`, eol) });
        }
    }
    if (fallbackReason)
        warnings.push(`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`);
    edits.push(generatedEdit(text, scan, rfc3339Nano(options.now ?? nowInstant())));
    const applied = applyEdits(text, edits, eol, file, scan.lineOf, dec);
    const source = src.binary ? existing : text;
    return withOutput({ status: 'deprecated', diff: applied.diff, changes: applied.changes, warnings }, { pieces: applied.pieces, source });
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-merge-many.ts
/**
 * Several chart versions added to a repository index.yaml at once (a multi-chart release): the
 * index is scanned once and every new entry's lines go in with one pass over the file, as
 * `mergeIndex` puts one. Scanning a 6.3 MB index takes tens of milliseconds, and a release of ten
 * charts merged one by one scanned it ten times and rebuilt the file ten times.
 *
 * The rules are `mergeIndex`'s, entry by entry: a version already there with the same digest is
 * left alone (not in `added`), one with another digest throws, and an index that cannot take
 * lines, or no index at all, falls back to merging one entry after the other.
 */





const label = (e) => `${e.metadata.name}-${e.metadata.version}`;
/** One entry after the other: for no index, or one not laid out in blocks; the diff is the whole file. */
function oneByOne(existing, entries, options) {
    const file = options.file ?? 'index.yaml';
    const now = options.now ?? nowInstant();
    let current = existing;
    const added = [];
    const warnings = new Set();
    let mode = 'unchanged';
    for (const entry of entries) {
        const merged = mergeIndex(current, entry, { file, now });
        for (const w of merged.warnings)
            warnings.add(w);
        if (merged.status === 'unchanged')
            continue;
        added.push(entry);
        if (mode === 'unchanged' || merged.mode === 'rewritten')
            mode = merged.mode;
        current = merged.bytes;
    }
    if (added.length === 0)
        return withOutput({ status: 'unchanged', mode: 'unchanged', changes: [], warnings: [...warnings], added }, existing ?? '');
    const before = existing === undefined ? '' : Buffer.from(existing).toString('utf8');
    const after = Buffer.from(current).toString('utf8');
    const changes = [{ oldStart: 1, oldLines: splitLines(before), newStart: 1, newLines: splitLines(after) }];
    return withOutput({ status: 'published', mode, diff: unifiedDiff(file, changes), changes, warnings: [...warnings], added }, current);
}
/** Adds every entry to the index in one pass; see the module's comment. */
function mergeIndexEntries(existing, entries, options = {}) {
    const file = options.file ?? 'index.yaml';
    const names = new Set();
    for (const entry of entries) {
        const problems = entryProblems(entry);
        if (problems.length > 0)
            throw new errors/* ActionError */.lZ(`cannot add ${label(entry)} to ${file}: ${problems.join('; ')}`);
        if (names.has(entry.metadata.name))
            throw new errors/* ActionError */.lZ(`cannot add two versions of ${entry.metadata.name} to ${file} in one merge (${entries.filter((e) => e.metadata.name === entry.metadata.name).map(label).join(', ')})`);
        names.add(entry.metadata.name);
    }
    if (existing === undefined || entries.length < 2)
        return oneByOne(existing, entries, options);
    const now = options.now ?? nowInstant();
    const ts = rfc3339Nano(now);
    const { src, scan, fallbackReason } = scanSource(toSource(existing), file);
    // new chart keys that go in at one place keep Helm's key order among themselves
    const ordered = [...entries].sort((a, b) => goKeyCompare(a.metadata.name, b.metadata.name));
    const edits = [];
    const added = [];
    let newCharts = 0;
    for (const entry of ordered) {
        const { name, version } = entry.metadata;
        const chart = scan.charts.find((c) => c.name === src.enc(name));
        const same = chart ? findVersion(chart.entries, version) : undefined;
        if (same) {
            if (same.digest === entry.digest)
                continue;
            throw new errors/* ActionError */.lZ(`${file}: ${name} ${same.version} is already published (line ${scan.lineOf(same.dashStart)}) with digest ${same.digest ?? '(none)'}; ` +
                `the new package has digest ${entry.digest}. A published version is never overwritten: bump the chart version.`);
        }
        const { edit, insertable } = insertionEdit(scan, src, name, version, indexEntryValue(entry, ts));
        // `entries: {}` is replaced by the first new chart's block; two would replace it twice
        if (!insertable || (scan.entries.inlineEmpty && ++newCharts > 1))
            return oneByOne(existing, entries, options);
        edits.push(edit);
        added.push(entry);
    }
    const kept = entries.filter((e) => added.includes(e));
    if (kept.length === 0)
        return withOutput({ status: 'unchanged', mode: 'unchanged', changes: [], warnings: [], added: kept }, existing);
    const warnings = fallbackReason ? [`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`] : [];
    edits.push(generatedEdit(src.s, scan, ts));
    const applied = applyEdits(src.s, edits, scan.eol, file, scan.lineOf, src.dec);
    const source = src.binary ? existing : src.s;
    return withOutput({ status: 'published', mode: scan.shape, diff: applied.diff, changes: applied.changes, warnings, added: kept }, { pieces: applied.pieces, source });
}

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
function constraintMatcher(constraint) {
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
function sortedVersions(versions) {
    return [...versions].sort((a, b) => {
        const x = parsed(a.version);
        const y = parsed(b.version);
        if (!x || !y)
            return x ? -1 : y ? 1 : 0;
        return semver_default().rcompare(x, y);
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
    const versions = sortedVersions(chart.versions);
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
function repositoryIndexUrl(repoUrl) {
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
const dependencies_resolve_label = (d) => `'${d.name}' (${d.version ? d.version : 'no version'})`;
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
            throw new errors/* FileError */.f6(chartFile, `dependency ${dependencies_resolve_label(d)} names the repository ${JSON.stringify(d.repository)}, an entry of a local repositories.yaml this workflow does not have: write the repository's URL, ${LOCK_FIX}`, d.line);
        }
        if (!kind) {
            throw new errors/* FileError */.f6(chartFile, `dependency ${dependencies_resolve_label(d)} has repository ${JSON.stringify(d.repository)}: expected an https:// Helm repository, an oci:// registry or a file:// chart folder (or vendor it under charts/)`, d.line);
        }
        const version = d.version ?? '';
        if (kind === 'oci') {
            if (isHelmVersion(version))
                continue;
            throw new errors/* FileError */.f6(chartFile, `dependency ${dependencies_resolve_label(d)} is a version range in the OCI registry ${d.repository}, and there is no Chart.lock: resolving it needs the registry's tag list, which is not supported yet; run 'helm dependency update' and commit Chart.lock, or pin an exact version`, d.line);
        }
        if (kind === 'http' && !constraintMatcher(version)) {
            throw new errors/* FileError */.f6(chartFile, `dependency ${dependencies_resolve_label(d)}: ${version ? `'${version}' is not a version constraint Helm can parse` : 'a dependency from a Helm repository needs a version or a range'} (e.g. 1.2.3, ~1.2.0, 1.2.*, ">= 1.2.0, < 2.0.0")`, d.line);
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
        const list = missing.map((m) => `${dependencies_resolve_label(m.d)} at line ${m.d.line}: ${m.why}`).join('; ');
        throw new errors/* FileError */.f6(u.chartFile, `no version satisfies ${missing.length === 1 ? 'a dependency' : `${missing.length} dependencies`} and there is no Chart.lock: ${list}. Change the version constraint in Chart.yaml, publish a matching version to the repository, ${LOCK_FIX}`, missing[0].d.line);
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
function hashRequirements(req, lock) {
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
        throw new errors/* FileError */.f6(this.file, message, node === undefined ? undefined : this.line(node));
    }
    parse() {
        const doc = (0,dist.parseDocument)(this.text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: true });
        const err = doc.errors[0];
        if (err)
            throw new errors/* FileError */.f6(this.file, `not valid YAML: ${err.message.split('\n')[0]}`, this.lc.linePos(err.pos[0]).line);
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
            throw new errors/* FileError */.f6(file, `dependency '${d.name}' is locked at ${JSON.stringify(d.version ?? null)}, not an exact SemVer version: run 'helm dependency update'`, d.line);
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
        throw new errors/* FileError */.f6(chartFile, `dependency '${local.name}' has no repository and is not under charts/: a dependency without a repository must be vendored there (commit charts/${local.name}/ or its .tgz)`, local.line);
    }
    for (const d of missing) {
        const stale = input.files.find((f) => f.startsWith(`charts/${d.name}-`) && f.endsWith('.tgz') && semver_default().valid(f.slice(`charts/${d.name}-`.length, -4)));
        if (stale) {
            throw new errors/* FileError */.f6(chartFile, `dependency '${d.name}' (${d.version ?? 'any version'}) is vendored as ${stale}, which does not satisfy it; the package would hold two '${d.name}' charts: remove the stale archive (${input.chartLock === undefined ? 'the newest version the constraint admits' : "Chart.lock's version"} is then fetched) or vendor a matching one`, d.line);
        }
    }
    if (input.chartLock === undefined)
        return { fetch: [], vendored, unlocked: unlocked(chartFile, req, missing, input.files) };
    const lock = readChartLock(input.chartLock, lockFile);
    // Helm hashes Chart.yaml's dependencies after replacing repository aliases by their URLs,
    // which the lock entry at the same place records.
    const resolvedReq = req.map((d, i) => (isRepoAlias(d.repository) && lock.dependencies[i]?.name === d.name ? { ...d, repository: lock.dependencies[i].repository } : d));
    const sum = hashRequirements(resolvedReq, lock.dependencies);
    if (sum !== lock.digest) {
        throw new errors/* FileError */.f6(lockFile, `digest ${lock.digest} does not match Chart.yaml's dependencies (they hash to ${sum}): Chart.lock is out of sync with Chart.yaml; run 'helm dependency update' and commit Chart.lock`, lock.digestLine);
    }
    const used = new Set();
    const fetch = missing.map((d) => {
        const i = req.indexOf(d);
        const at = lock.dependencies[i]?.name === d.name && !used.has(i) ? i : lock.dependencies.findIndex((l, j) => l.name === d.name && !used.has(j));
        if (at < 0)
            throw new errors/* FileError */.f6(chartFile, `dependency '${d.name}' has no entry in Chart.lock: run 'helm dependency update' and commit Chart.lock`, d.line);
        used.add(at);
        const locked = lock.dependencies[at];
        const kind = repositoryKind(locked.repository);
        if (!kind) {
            throw new errors/* FileError */.f6(lockFile, `dependency '${locked.name}' has repository ${JSON.stringify(locked.repository)}: expected an https:// Helm repository, an oci:// registry or a file:// chart folder (vendor it under charts/ instead)`, locked.line);
        }
        return { name: locked.name, version: locked.version, repository: locked.repository, kind, path: `charts/${locked.name}-${locked.version}.tgz`, where: `${lockFile}:${locked.line}` };
    });
    // two aliases of one chart at one version are one archive (Helm: "Already downloaded")
    const unique = fetch.filter((f, k) => fetch.findIndex((g) => g.path === f.path && g.repository === f.repository) === k);
    return { fetch: unique, vendored, lockDigest: lock.digest };
}

;// CONCATENATED MODULE: ./actions/lib/helm/archive-members.ts
/**
 * Reading a chart archive (`.tgz`): its members, and the Chart.yaml that names it. Used to
 * check a downloaded dependency and a published package. No disk: bytes in, members out.
 */



/** The regular files of a gzipped (or plain) tar archive, path → bytes. Throws for a broken archive. */
async function readArchive(bytes, options = {}) {
    const files = new Map();
    const max = options.maxBytes ?? 100 * 1024 * 1024;
    let total = 0;
    await new Promise((resolve, reject) => {
        const parser = new index_min/* Parser */.iX({
            strict: true,
            onReadEntry(entry) {
                const path = entry.path.replace(/^\.\//, '');
                total += entry.size ?? 0;
                if (total > max) {
                    reject(new errors/* ActionError */.lZ(`the archive unpacks to more than ${max} bytes`));
                    entry.resume();
                    return;
                }
                if (entry.type !== 'File' || (options.keep && !options.keep(path))) {
                    entry.resume();
                    return;
                }
                const chunks = [];
                entry.on('data', (c) => chunks.push(c));
                entry.on('end', () => files.set(path, Buffer.concat(chunks)));
            },
        });
        parser.on('error', reject);
        parser.on('abort', reject);
        parser.on('end', () => resolve());
        parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    return files;
}
/**
 * The chart an archive holds, from `<folder>/Chart.yaml` (as Helm's loader finds it: the first
 * path segment is the chart's folder). Throws when there is no Chart.yaml or it names nothing.
 */
async function archivedChart(bytes) {
    const files = await readArchive(bytes, { keep: (p) => /^[^/]+\/Chart\.yaml$/.test(p) });
    const [path, text] = [...files.entries()][0] ?? [];
    if (!path || !text)
        throw new errors/* ActionError */.lZ('the archive holds no <chart>/Chart.yaml');
    let md;
    try {
        md = (0,dist.parse)(text.toString('utf8'));
    }
    catch (e) {
        throw new errors/* ActionError */.lZ(`${path} is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const { name, version } = (md ?? {});
    if (typeof name !== 'string' || name === '')
        throw new errors/* ActionError */.lZ(`${path} has no name`);
    return { folder: path.split('/')[0], name, version: String(version ?? '') };
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-withdraw.ts
/**
 * Withdrawing a version from a repository index (a rollback): its entry's lines are removed, so
 * that `helm install` without `--version`, `helm search repo` and `IndexFile.Get` resolve the
 * version before it. Helm ignores `deprecated: true` when it resolves, so marking the entry
 * does not change what users install; removing it does. The archive itself is not touched:
 * whoever pinned the version by URL still downloads it. A minimal edit, like the merge: the
 * entry's lines (the chart's key too when it was the chart's only version) and `generated`.
 */




/** Removes one version's entry from an index; `absent` (text untouched) when it is not listed. */
function withdrawVersion(existing, name, version, options = {}) {
    const file = options.file ?? 'index.yaml';
    const first = toSource(existing);
    const { src, scan, fallbackReason } = scanSource(first, file);
    const text = src.s;
    const chart = scan.charts.find((c) => c.name === src.enc(name));
    const entry = chart ? findVersion(chart.entries, version) : undefined;
    const listed = chart ? chart.entries.map((e) => e.version) : [];
    if (!chart || !entry)
        return withOutput({ status: 'absent', changes: [], remaining: listed, warnings: [] }, existing);
    if (!chart.insertable || entry.dashIndent < 0) {
        throw new errors/* ActionError */.lZ(`${file}: the entries of chart '${name}' (line ${scan.lineOf(chart.keyStart)}) are written inline, so ${version} cannot be removed as lines; rewrite the list in block style`);
    }
    const only = chart.entries.length === 1;
    const edits = [only ? { start: chart.keyStart, end: chart.end, insert: '' } : { start: entry.dashStart, end: entry.end, insert: '' }];
    edits.push(generatedEdit(text, scan, rfc3339Nano(options.now ?? nowInstant())));
    const warnings = fallbackReason ? [`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`] : [];
    const applied = applyEdits(text, edits, scan.eol, file, scan.lineOf, src.dec);
    const source = src.binary ? existing : text;
    const remaining = listed.filter((v) => v !== entry.version);
    return withOutput({ status: 'withdrawn', diff: applied.diff, changes: applied.changes, remaining, warnings }, { pieces: applied.pieces, source });
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-load.ts
/**
 * Reading somebody else's repository index the way Helm's `loadIndex` reads it (pkg/repo/v1
 * index.go): the same scanners as our own index, in lenient mode — an entry Helm skips
 * ("skipping loading invalid entry": no version, a version that is not SemVer, not a mapping) is
 * skipped, and what Helm does not check (a digest that is not sha256 hex, an entry without
 * urls, a version listed twice) is kept; each is noted. What Helm refuses (not YAML, duplicate
 * keys, no apiVersion) is refused with its line. Our own index (publish-helm's pages branch,
 * verify-release) is read strictly; a dependency's repository is data we do not own.
 */

/** A repository index as Helm loads it: every problem Helm tolerates noted, not thrown. */
function loadRepositoryIndex(bytes, file = 'index.yaml') {
    const warnings = [];
    return { ...readIndex(bytes, file, { lenient: warnings }), warnings };
}

;// CONCATENATED MODULE: ./actions/lib/helm/index.ts
/**
 * The pure Helm library: Chart.yaml validation, `.helmignore` rules, deterministic packaging and
 * the repository index (read, merge one version, deprecate). No git, no network, no runner I/O;
 * `loadChart` and `packageChart` read the chart directory they are given and nothing else.
 */






















/***/ })

};
