export const id = 186;
export const ids = [186];
export const modules = {

/***/ 4819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readArchive),
/* harmony export */   v: () => (/* binding */ archivedChart)
/* harmony export */ });
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8697);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7378);
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
        const parser = new tar__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX({
            strict: true,
            onReadEntry(entry) {
                const path = entry.path.replace(/^\.\//, '');
                total += entry.size ?? 0;
                if (total > max) {
                    reject(new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`the archive unpacks to more than ${max} bytes`));
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
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('the archive holds no <chart>/Chart.yaml');
    let md;
    try {
        md = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parse)(text.toString('utf8'));
    }
    catch (e) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${path} is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const { name, version } = (md ?? {});
    if (typeof name !== 'string' || name === '')
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${path} has no name`);
    return { folder: path.split('/')[0], name, version: String(version ?? '') };
}


/***/ }),

/***/ 4422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ emitKey),
/* harmony export */   Ry: () => (/* binding */ goKeyCompare),
/* harmony export */   fq: () => (/* binding */ emitDocument),
/* harmony export */   kB: () => (/* binding */ emitSequenceItem)
/* harmony export */ });
/* unused harmony exports resolvesToNonString, emitMappingEntry */
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
function finish(w) {
    if (!w.out.endsWith('\n'))
        w.newline();
    return w.out;
}
/** A whole document as go-yaml v2 writes it (`yaml.Marshal`), ending with a newline. */
function emitDocument(value) {
    const w = new Writer();
    writeNode(w, value, 0, false);
    return finish(w);
}
/**
 * The lines of one sequence item as go-yaml writes it: `- key: ...` with the dash at
 * `dashIndent` and a mapping's other keys at `dashIndent + 2`. Ends with a newline.
 */
function emitSequenceItem(value, dashIndent) {
    const w = new Writer();
    writeNode(w, [value], dashIndent, false);
    return finish(w);
}
/** One `key: value` mapping entry with the key at `indent` and its block value. Ends with a newline. */
function emitMappingEntry(key, value, indent) {
    const w = new Writer();
    writeNode(w, { [key]: value }, indent, false);
    return finish(w);
}
/** A scalar as go-yaml would write it as a map key (plain when it can be, else quoted). */
function emitKey(key) {
    const w = new Writer();
    writeKey(w, key, 0);
    return w.out;
}


/***/ }),

/***/ 4438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ renderEntry),
/* harmony export */   Or: () => (/* binding */ indexEntryValue),
/* harmony export */   QF: () => (/* binding */ nowInstant),
/* harmony export */   VF: () => (/* binding */ entryProblems),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   oH: () => (/* binding */ chartUrl),
/* harmony export */   uN: () => (/* binding */ rfc3339Nano)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _index_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5167);
/* harmony import */ var _goyaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4422);



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
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('invalid date');
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
    const vp = (0,_index_model_js__WEBPACK_IMPORTED_MODULE_1__/* .indexVersionProblem */ .wf)(md.version ?? '');
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
    return (0,_goyaml_js__WEBPACK_IMPORTED_MODULE_2__/* .emitSequenceItem */ .kB)(indexEntryValue(entry, created), dashIndent);
}


/***/ }),

/***/ 6255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vY: () => (/* binding */ readIndex),
  xb: () => (/* binding */ renderNewIndex),
  U1: () => (/* binding */ scanIndex),
  bX: () => (/* binding */ scanSource),
  Zi: () => (/* binding */ toSource)
});

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/lib/helm/goyaml.ts
var goyaml = __webpack_require__(4422);
// EXTERNAL MODULE: ./actions/lib/helm/index-entry.ts
var index_entry = __webpack_require__(4438);
// EXTERNAL MODULE: ./actions/lib/helm/index-model.ts
var index_model = __webpack_require__(5167);
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
    const lineOf = (0,index_model/* lineIndex */.Dp)(text);
    const notCanonical = (reason, at) => {
        throw new index_model/* NotCanonical */.Ej(reason, lineOf(at));
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
                validator: new index_model/* ChartValidator */.x5(file, name, lineOf, options.lenient),
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

// EXTERNAL MODULE: ./actions/lib/helm/index-yaml.ts
var index_yaml = __webpack_require__(2979);
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
        if (!(e instanceof index_model/* NotCanonical */.Ej))
            throw e;
        const text = src.binary ? toSource(src.dec(src.s)) : src;
        const opts = options.captureChart !== undefined ? { captureChart: src.dec(options.captureChart) } : options;
        const { scan } = (0,index_yaml/* scanIndexYaml */.P)(text.s, file, opts);
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
        if (!(e instanceof index_model/* NotCanonical */.Ej))
            throw e;
        const { scan } = (0,index_yaml/* scanIndexYaml */.P)(text, file, options);
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
        entries: { [entry.metadata.name]: [(0,index_entry/* indexEntryValue */.Or)(entry, generated)] },
        generated,
    };
    return (0,goyaml/* emitDocument */.fq)(value);
}


/***/ }),

/***/ 4500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ loadRepositoryIndex)
/* harmony export */ });
/* harmony import */ var _index_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6255);
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
    return { ...(0,_index_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readIndex */ .vY)(bytes, file, { lenient: warnings }), warnings };
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ lineIndex),
/* harmony export */   Ej: () => (/* binding */ NotCanonical),
/* harmony export */   NO: () => (/* binding */ compareIndexVersions),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   wf: () => (/* binding */ indexVersionProblem),
/* harmony export */   x5: () => (/* binding */ ChartValidator)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7378);
/* harmony import */ var _index_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4438);



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
    return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(versionKey(a), versionKey(b));
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
            if (!(err instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6))
                throw err;
            const skip = e.version === undefined || indexVersionProblem(e.version) !== undefined;
            this.lenient.push(`${err.message}${skip ? '; skipped, as Helm skips it' : '; kept, as Helm keeps it'}`);
            return !skip;
        }
    }
    strict(e) {
        const { file, chart, lineOf } = this;
        if (e.version === undefined)
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `an entry of chart '${chart}' has no version`, lineOf(e.at));
        const vp = indexVersionProblem(e.version);
        if (vp)
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `chart '${chart}': version ${vp}`, lineOf(e.versionAt ?? e.at));
        const key = versionKey(e.version);
        const first = this.seen.get(key);
        if (first !== undefined) {
            const line = lineOf(e.versionAt ?? e.at);
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `chart '${chart}' lists version ${e.version} twice (lines ${lineOf(first)} and ${line})`, line);
        }
        this.seen.set(key, e.versionAt ?? e.at);
        if (e.digest !== undefined && !_index_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA256_HEX */ .Y5.test(e.digest)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `chart '${chart}' version ${e.version}: digest '${e.digest}' is not a sha256 digest (64 lowercase hex digits)`, lineOf(e.digestAt ?? e.at));
        }
        if (!e.urls || e.urls.length === 0) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `chart '${chart}' version ${e.version} has no urls`, lineOf(e.urlsAt ?? e.at));
        }
        for (const u of e.urls) {
            if (u.trim() === '')
                throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `chart '${chart}' version ${e.version} has an empty url`, lineOf(e.urlsAt ?? e.at));
        }
    }
}


/***/ }),

/***/ 2979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ scanIndexYaml),
/* harmony export */   Z: () => (/* binding */ nodeToValue)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7378);
/* harmony import */ var _index_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5167);



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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node))
        return undefined;
    if (node.type === 'PLAIN' && node.range)
        return text.slice(node.range[0], node.range[1]);
    if (node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
function scanIndexYaml(text, file, options = {}) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, merge: false, keepSourceTokens: false });
    const lineOf = (offset) => (offset === undefined ? 1 : lc.linePos(offset).line);
    const nodeLine = (n) => lineOf(n?.range?.[0]);
    const nodeStart = (n) => n?.range?.[0] ?? 0;
    const firstError = doc.errors[0];
    if (firstError) {
        const msg = firstError.message.split('\n')[0] ?? firstError.message;
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `not valid YAML: ${msg}`, firstError.linePos?.[0]?.line ?? lineOf(firstError.pos[0]));
    }
    const root = doc.contents;
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(root) && (root.value === null || root.value === '')))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, 'the index is empty', 1);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(root))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, 'the index is not a mapping', nodeLine(root));
    const eol = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
    const topKeys = [];
    let apiPair;
    let entriesPair;
    let generatedPair;
    let topInsertable = !root.flow;
    for (const pair of root.items) {
        const key = scalarText(text, pair.key);
        if (key === undefined)
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, 'a top-level key is not a string', nodeLine(pair.key));
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
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, 'the index has no apiVersion', 1);
    const apiVersion = scalarText(text, apiPair.value);
    if (apiVersion !== 'v1')
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `unsupported index apiVersion '${apiVersion ?? ''}' (expected v1)`, nodeLine(apiPair.key));
    if (!entriesPair)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, 'the index has no entries key', 1);
    const entriesKey = entriesPair.key;
    const eStart = lineStartOf(text, entriesKey.range[0]);
    const eLineEnd = text.indexOf('\n', eStart);
    const eContentEnd = eLineEnd < 0 ? text.length : eLineEnd > 0 && text[eLineEnd - 1] === '\r' ? eLineEnd - 1 : eLineEnd;
    const eNext = eLineEnd < 0 ? text.length : eLineEnd + 1;
    const ev = entriesPair.value;
    const entriesIsEmpty = ev === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(ev) && (ev.value === null || ev.value === ''));
    if (!entriesIsEmpty && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(ev))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, 'entries is not a mapping of chart names', nodeLine(ev));
    const entriesMap = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(ev) ? ev : undefined;
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
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, 'a chart name under entries is not a string', nodeLine(keyNode));
        const first = seenCharts.get(name);
        if (first !== undefined)
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `chart '${name}' appears twice under entries (first at line ${first})`, nodeLine(keyNode));
        seenCharts.set(name, nodeLine(keyNode));
        const keyStart = lineStartOf(text, keyNode.range[0]);
        const keyIndent = keyNode.range[0] - keyStart;
        let insertable = entriesInsertable && onlySpaces(text, keyStart, keyNode.range[0]);
        if (!learned && insertable)
            childIndent = keyIndent;
        const value = pair.value;
        const emptyChart = value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(value) && (value.value === null || value.value === ''));
        if (!emptyChart && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(value))
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `chart '${name}' is not a list of versions`, nodeLine(value ?? keyNode));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(value) && value.flow)
            insertable = false;
        const bodyStart = lineEndAfter(text, ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(value) && value.range ? value.range[1] : keyNode.range[1]) ?? 0);
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
        const validator = new _index_model_js__WEBPACK_IMPORTED_MODULE_2__/* .ChartValidator */ .x5(file, name, lineOf, options.lenient);
        const capture = options.captureChart === name;
        for (const item of (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(value) ? value.items : []) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item)) {
                const problem = `${file}:${nodeLine(item)}: an entry of chart '${name}' is not a mapping`;
                if (!options.lenient)
                    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(file, `an entry of chart '${name}' is not a mapping`, nodeLine(item));
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
    const get = (key) => item.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.key) && String(p.key.value) === key);
    const version = get('version');
    const digest = get('digest');
    const urls = get('urls');
    const deprecated = get('deprecated');
    let urlList;
    if (urls) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(urls.value))
            urlList = urls.value.items.map((u) => scalarText(text, u) ?? '');
        else if (urls.value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(urls.value) && urls.value.value === null))
            urlList = [];
        else
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(validator.file, `chart '${validator.chart}': urls is not a list`, nodeLine(urls.key));
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
                value: (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(p.value) ? scalarText(text, p.value) : undefined,
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
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
        const out = {};
        for (const p of node.items)
            out[scalarText(text, p.key) ?? String(p.key)] = nodeToValue(text, p.value);
        return out;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
        return node.items.map((i) => nodeToValue(text, i));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
        const v = node.value;
        if (typeof v === 'string' || typeof v === 'boolean' || v === null)
            return v;
        if (typeof v === 'number')
            return v;
        return String(v);
    }
    return null;
}


/***/ }),

/***/ 7723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ isVersionRange),
/* harmony export */   QD: () => (/* binding */ constraintMatcher),
/* harmony export */   c7: () => (/* binding */ repositoryIndexUrl),
/* harmony export */   dM: () => (/* binding */ resolveChart),
/* harmony export */   f5: () => (/* binding */ resolveReferenceUrl),
/* harmony export */   xe: () => (/* binding */ sortedVersions)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
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
        range = new (semver__WEBPACK_IMPORTED_MODULE_0___default().Range)(constraint.replaceAll(',', ' '), { loose: true });
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
    return semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version.startsWith('v') ? version.slice(1) : version) ?? undefined;
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
        return semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(x, y);
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


/***/ })

};
