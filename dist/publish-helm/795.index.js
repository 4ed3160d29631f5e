export const id = 795;
export const ids = [795,824];
export const modules = {

/***/ 7322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ readChartArchive)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8697);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7378);
/**
 * A chart archive read as Helm's `archive.LoadArchiveFiles` reads it: gunzip, tar members that
 * are regular files, the top folder taken off each path, paths that would leave the chart
 * refused, UTF-8 BOM taken off.
 */




const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function entries(tarBytes, where) {
    const out = [];
    let failure;
    const parser = new tar__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .iX({
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
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(where, `not a valid chart archive: ${String(failure.message ?? failure)}`);
    return out;
}
/** The files of a `.tgz` chart archive, relative to its chart folder. */
function readChartArchive(bytes, where) {
    let tarBytes;
    try {
        const raw = (0,fflate__WEBPACK_IMPORTED_MODULE_3__/* .gunzipSync */ .Wt)(bytes);
        tarBytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    }
    catch (e) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(where, `does not appear to be a valid chart file (not gzip: ${e.message}); rebuild it with 'helm dependency build'`);
    }
    const files = [];
    for (const e of entries(tarBytes, where)) {
        if (e.type !== 'File' && e.type !== 'OldFile' && e.type !== 'ContiguousFile')
            continue;
        const delimiter = e.path.includes('\\') ? '\\' : '/';
        const parts = e.path.split(delimiter);
        let n = parts.slice(1).join('/');
        if (n.startsWith('/'))
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(where, `chart illegally contains absolute paths (${e.path})`);
        n = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(n);
        if (n === '.' || n === '')
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(where, `chart illegally contains content outside the base directory: '${e.path}'`);
        if (n.startsWith('..'))
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(where, `chart illegally references parent directory (${e.path})`);
        if (/^[a-zA-Z]:\//.test(n))
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(where, `chart contains illegally named files (${e.path})`);
        if (parts[0] === 'Chart.yaml')
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(where, 'chart yaml not in base directory');
        files.push({ name: n, data: e.data.subarray(0, 3).equals(BOM) ? e.data.subarray(3) : e.data });
    }
    if (files.length === 0)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(where, 'no files in chart archive');
    return files;
}


/***/ }),

/***/ 377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ helmGzip),
/* harmony export */   SO: () => (/* binding */ helmGzipHeader),
/* harmony export */   o8: () => (/* binding */ goTar)
/* harmony export */ });
/* unused harmony exports splitUstarPath, HELM_GZIP_EXTRA, HELM_GZIP_COMMENT */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1306);
/**
 * The bytes of a chart archive as Helm's `chartutil.Save` writes them: Go's `archive/tar`
 * headers behind Go's `compress/gzip` header with Helm's extra field and comment.
 *
 * The tar headers are written here rather than by the `tar` package because that package
 * formats numbers as `000644 \0` and the checksum as `014033 \0`, where Go writes `0000644\0`
 * and `014033\0 `, and leaves device numbers empty where Go writes zeros: the same members
 * would give other bytes than `helm package`.
 */


const BLOCK = 512;
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
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : block[i];
    putOctal(block, 148, 7, sum);
    block[155] = 0x20;
    return block;
}
/** templateV7Plus + setFormat for a regular file, mode 0644, uid/gid 0, mtime `mtime` (seconds). */
function fileHeader(name, size, mtime, prefix = '') {
    const b = Buffer.alloc(BLOCK);
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
    const b = Buffer.alloc(BLOCK);
    putString(b, 0, NAME_SIZE, xname);
    putOctal(b, 100, 8, 0);
    putOctal(b, 108, 8, 0);
    putOctal(b, 116, 8, 0);
    putOctal(b, 124, 12, data.length);
    putOctal(b, 136, 12, 0);
    b[156] = 0x78; // TypeXHeader 'x'
    return [finish(b), data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK)];
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
        const pad = (BLOCK - (size % BLOCK)) % BLOCK;
        if (pad)
            parts.push(Buffer.alloc(pad));
    }
    parts.push(Buffer.alloc(2 * BLOCK));
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
    const deflated = (0,fflate__WEBPACK_IMPORTED_MODULE_1__/* .deflateSync */ .pd)(data, { level });
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(data) >>> 0, 0);
    trailer.writeUInt32LE(data.length >>> 0, 4);
    return Buffer.concat([helmGzipHeader(level), deflated, trailer]);
}


/***/ }),

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

/***/ 8303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ loadChartFiles),
/* harmony export */   Pg: () => (/* binding */ loadChartArchive),
/* harmony export */   Ty: () => (/* binding */ loadChart)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7378);
/* harmony import */ var _archive_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7322);
/* harmony import */ var _chart_yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7443);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9116);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9761);








const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const stripBom = (b) => (b.subarray(0, 3).equals(BOM) ? b.subarray(3) : b);
function checkValues(data, file) {
    const text = data.toString('utf8');
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_2__.LineCounter();
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_2__.parseAllDocuments)(text, { lineCounter: lc, prettyErrors: false, schema: 'failsafe', uniqueKeys: false })) {
        const err = doc.errors[0];
        if (err)
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, `not valid YAML: ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
        if (doc.contents !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__.isMap)(doc.contents)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, 'values must be a mapping of keys to values (Helm cannot unmarshal a list or a scalar into the values)', doc.contents.range ? lc.linePos(doc.contents.range[0]).line : 1);
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
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, `not valid JSON (Helm refuses to package it): ${e.message}`, line);
    }
}
function parseLock(data, file) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_2__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__.parseDocument)(data.toString('utf8'), { lineCounter: lc, prettyErrors: false });
    const err = doc.errors[0];
    if (err)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, `not valid YAML (Helm cannot load the chart): ${err.message.split('\n')[0]}`, lc.linePos(err.pos[0]).line);
    const value = doc.toJS();
    if (value !== null && (typeof value !== 'object' || Array.isArray(value)))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, 'must be a mapping (generated, digest, dependencies)', 1);
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
            subcharts.push(loadChartFiles((0,_archive_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readChartArchive */ .h)(group[0].data, where), where, warnings));
            continue;
        }
        const inner = group.filter((f) => f.name.includes('/')).map((f) => ({ name: f.name.slice(key.length + 1), data: f.data }));
        if (inner.length === 0) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(where, `error unpacking subchart ${key} in ${parent}: charts/ holds only subcharts (name-version.tgz or a chart folder); move this file elsewhere or name it with a leading '_' or '.'`);
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
    const at = (name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(where, name);
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(at('Chart.yaml'), 'Chart.yaml file is missing: every chart needs one (apiVersion, name, version)');
    const parsed = (0,_chart_yaml_js__WEBPACK_IMPORTED_MODULE_5__.parseChartYaml)(chartYaml.data.toString('utf8'), at('Chart.yaml'), { requireApiVersion: root });
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
            const deps = (0,_chart_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRequirements */ .Ez)(f.data.toString('utf8'), at(n));
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
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, `dependencies found in Chart.yaml, but missing in charts/ directory: ${list} (run 'helm dependency build' and commit charts/, or let the workflow resolve them from Chart.lock)`, line);
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
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(chartDir);
    const display = options.displayDir ?? chartDir;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(display, 'Chart.yaml');
    const listed = (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .listChartFiles */ .G)(dir, display);
    const paths = listed.entries.filter((e) => !e.isDir);
    if (!paths.some((e) => e.path === 'Chart.yaml'))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, 'the chart has no Chart.yaml (or .helmignore ignores it)');
    const files = paths.map((e) => ({ name: e.path, data: stripBom((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(e.absolute)) }));
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
    if (chart.metadata.name !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir)) {
        warnings.push(`${file}:${parsedLines.name}: chart name '${chart.metadata.name}' differs from its folder '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir)}'; the package is named after the chart`);
    }
    if (listed.rules.hasNegation) {
        warnings.push(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(display, '.helmignore')}: '!' rules re-include files here as in .gitignore; 'helm package' treats them differently (helm/helm#8688)`);
    }
    if (options.lintManifests) {
        const manifests = files
            .filter((f) => f.name.startsWith('templates/') || f.name.startsWith('crds/'))
            .map((f) => ({ path: f.name, display: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(display, f.name), text: f.data.toString('utf8') }));
        for (const p of (0,_manifests_js__WEBPACK_IMPORTED_MODULE_7__/* .checkManifests */ .d5)(manifests))
            warnings.push(`${p.file}:${p.line}: ${p.message}`);
    }
    return { dir, metadata: chart.metadata, warnings, files: files.map((f) => f.name), chart };
}
/** A packaged chart (`.tgz`) loaded as Helm's LoadArchive does (a missing apiVersion reads as v1, as in Helm). */
function loadChartArchive(bytes, where, warnings = []) {
    return loadChartFiles((0,_archive_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readChartArchive */ .h)(bytes, where), where, warnings);
}


/***/ }),

/***/ 9116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ listChartFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7378);
/* harmony import */ var _helmignore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4449);




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
        ignoreText = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(chartDir, '.helmignore'), 'utf8');
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    const rules = (0,_helmignore_js__WEBPACK_IMPORTED_MODULE_3__/* .parseHelmignore */ ._V)(ignoreText, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(displayDir, '.helmignore'));
    const entries = [];
    const visiting = new Set();
    const walk = (absDir, relDir) => {
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absDir);
        if (visiting.has(real))
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(displayDir, relDir)}: symbolic link loop`);
        visiting.add(real);
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absDir).sort(byBytes);
        for (const name of names) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absDir, name);
            const rel = relDir ? `${relDir}/${name}` : name;
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
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
                    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(displayDir, rel)}: cannot package an irregular file (socket, device or pipe)`);
                entries.push({ path: rel, absolute: abs, isDir: false });
            }
        }
        visiting.delete(real);
    };
    walk(chartDir, '');
    return { entries, rules };
}


/***/ }),

/***/ 4449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ goPathMatch),
/* harmony export */   _V: () => (/* binding */ parseHelmignore)
/* harmony export */ });
/* unused harmony export goPatternToRegExp */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);

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
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, `'${raw}': double-star (**) patterns are not supported by Helm`, line);
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
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, `'${raw}': ${regex}`, line);
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


/***/ }),

/***/ 9761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d5: () => (/* binding */ checkManifests),
/* harmony export */   k_: () => (/* binding */ stripTemplateActions)
/* harmony export */ });
/* unused harmony exports checkManifest, manifestKind */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

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
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    // Templates often hold both branches of an {{ if }}, so repeated keys are expected there.
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseAllDocuments)(source, { lineCounter, uniqueKeys: kind === 'crd', prettyErrors: false, schema: 'failsafe' });
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

/***/ 9795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* reexport safe */ _files_js__WEBPACK_IMPORTED_MODULE_3__.G),
/* harmony export */   TP: () => (/* binding */ metadataValue),
/* harmony export */   packageChart: () => (/* binding */ packageChart),
/* harmony export */   qn: () => (/* binding */ PACKAGE_MTIME),
/* harmony export */   zS: () => (/* binding */ saveMembers)
/* harmony export */ });
/* unused harmony export lockValue */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(377);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8303);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9116);
/* harmony import */ var _goyaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4422);





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
    out.push({ name: `${base}/Chart.yaml`, data: text((0,_goyaml_js__WEBPACK_IMPORTED_MODULE_4__/* .emitDocument */ .fq)(metadataValue(md, md.apiVersion !== 'v1'))) });
    if (md.apiVersion === 'v2' && chart.lock)
        out.push({ name: `${base}/Chart.lock`, data: text((0,_goyaml_js__WEBPACK_IMPORTED_MODULE_4__/* .emitDocument */ .fq)(lockValue(chart.lock))) });
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
    const chart = options.chart ?? (0,_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .loadChart */ .Ty)(chartDir, options);
    const { name, version } = chart.metadata;
    const members = saveMembers(chart.chart);
    const bytes = (0,_archive_js__WEBPACK_IMPORTED_MODULE_1__/* .helmGzip */ .LT)((0,_archive_js__WEBPACK_IMPORTED_MODULE_1__/* .goTar */ .o8)(members, PACKAGE_MTIME.getTime() / 1000), options.level ?? 6);
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
    return { bytes, digest, filename: `${name}-${version}.tgz`, files: members.map((m) => m.name), chart };
}



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
