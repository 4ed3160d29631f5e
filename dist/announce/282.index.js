export const id = 282;
export const ids = [282];
export const modules = {

/***/ 6282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readChartYaml: () => (/* binding */ readChartYaml)
});

// UNUSED EXPORTS: updateChartYaml

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var semver_version = __webpack_require__(5731);
// EXTERNAL MODULE: ./actions/lib/version-files/text.ts
var version_files_text = __webpack_require__(9752);
;// CONCATENATED MODULE: ./actions/lib/version-files/yaml-nodes.ts


/**
 * The same text is parsed once: the release's images are read from the kustomizations and the
 * chart's values.yaml (images.ts), and the same files are then read as version files. The
 * documents are only read, never changed (edits replace text in the original string). Kept
 * for the last {@link PARSED_MAX} texts, so a long process does not hold every file it read.
 */
const parsed = new Map();
const PARSED_MAX = 512;
/** `parseDocument(text)` with yaml's default options (unique keys, pretty errors), parsed once per text. */
function parsedDocument(text) {
    let doc = parsed.get(text);
    if (doc === undefined) {
        doc = (0,dist.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
        if (parsed.size >= PARSED_MAX)
            parsed.delete(parsed.keys().next().value);
        parsed.set(text, doc);
    }
    return doc;
}
/** Parses a document or throws a FileError with the line of the first problem. */
function parseYaml(text, path) {
    const doc = parsedDocument(text);
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0]?.line;
        const first = error.message.split('\n')[0] ?? error.message;
        throw new errors/* FileError */.f6(path, `expected valid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`, line);
    }
    return doc;
}
/**
 * `images.0.newTag` → `['images', 0, 'newTag']`; `*` matches every key or item.
 * A segment that is only digits indexes a list (and also matches a map key spelled that way).
 */
function parseKeyPath(key, path) {
    if (key.trim() === '' || key.split('.').some((s) => s === '')) {
        throw new FileError(path, `expected a key path like image.tag or images.0.newTag, got ${JSON.stringify(key)}`);
    }
    return key.split('.').map((s) => (s === '*' ? '*' : /^\d+$/.test(s) ? Number(s) : s));
}
/** Every node at `segments`, depth first, in document order. */
function findYamlNodes(root, segments) {
    let frontier = [{ node: root ?? null, keyPath: '' }];
    for (const seg of segments) {
        const next = [];
        for (const { node, keyPath } of frontier) {
            const join = (k) => (keyPath === '' ? String(k) : `${keyPath}.${k}`);
            if ((0,dist.isMap)(node)) {
                for (const pair of node.items) {
                    const k = (0,dist.isScalar)(pair.key) ? pair.key.value : pair.key;
                    if (seg === '*' || String(k) === String(seg)) {
                        next.push({ node: pair.value ?? null, keyPath: join(String(k)), parent: node });
                    }
                }
            }
            else if ((0,dist.isSeq)(node)) {
                node.items.forEach((item, i) => {
                    if (seg === '*' || seg === i)
                        next.push({ node: item ?? null, keyPath: join(i), parent: node });
                });
            }
        }
        frontier = next;
    }
    return frontier;
}
/**
 * Where the text of a scalar value is, without its quotes. Throws a FileError for
 * what cannot be edited in place: aliases, block scalars, collections, escapes.
 */
function scalarSpan(text, found, lines, path, what) {
    const { node } = found;
    if (node === null)
        return undefined;
    const at = node.range ? lines.lineOf(node.range[0]) : undefined;
    if ((0,dist.isAlias)(node))
        throw new errors/* FileError */.f6(path, `expected ${what} to be a plain value, got the alias *${node.source}; edit the anchor instead`, at);
    if (!(0,dist.isScalar)(node) || !node.range)
        throw new errors/* FileError */.f6(path, `expected ${what} to be a single value, got a ${(0,dist.isMap)(node) ? 'map' : 'list'}`, at);
    const scalar = node;
    const [start, end] = scalar.range;
    if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
        const inner = text.slice(start + 1, end - 1);
        if (inner !== String(scalar.value)) {
            throw new errors/* FileError */.f6(path, `expected ${what} to be written without escapes, got ${text.slice(start, end)}`, at);
        }
        return { value: inner, start: start + 1, end: end - 1, line: lines.lineOf(start), quoted: true };
    }
    if (scalar.type === 'PLAIN') {
        return { value: text.slice(start, end), start, end, line: lines.lineOf(start), quoted: false };
    }
    throw new errors/* FileError */.f6(path, `expected ${what} on one line (plain or quoted), got a block scalar`, at);
}

;// CONCATENATED MODULE: ./actions/lib/version-files/chart-yaml.ts





function readChartYaml(text, path = 'Chart.yaml', options = {}) {
    const doc = parseYaml(text, path);
    const lines = new version_files_text/* LineIndex */.rr(text);
    const result = { refs: [], skipped: [] };
    const [versionNode] = findYamlNodes(doc.contents, ['version']);
    const version = versionNode && scalarSpan(text, versionNode, lines, path, 'the chart version');
    if (!version || version.value === '') {
        throw new errors/* FileError */.f6(path, 'expected a `version:` key with the chart version (SemVer 2, like 0.4.1)', version?.line);
    }
    const problem = (0,semver_version/* versionProblem */.Ec)(version.value);
    if (problem)
        throw new errors/* FileError */.f6(path, `expected the chart version to be SemVer 2: ${problem}`, version.line);
    result.refs.push({ name: 'version', line: version.line, value: version.value, start: version.start, end: version.end });
    const [appNode] = findYamlNodes(doc.contents, ['appVersion']);
    const app = appNode && scalarSpan(text, appNode, lines, path, 'appVersion');
    if (options.appVersion === false) {
        result.skipped.push({ name: 'appVersion', ...(app ? { line: app.line } : {}), reason: 'not the release\'s: the repository publishes no image (images: []), so appVersion names another application' });
    }
    else if (!app || app.value === '') {
        result.skipped.push({ name: 'appVersion', ...(app ? { line: app.line } : {}), reason: 'the chart has no appVersion' });
    }
    else {
        const style = (0,semver_version/* versionProblem */.Ec)(app.value) === undefined ? 'keep' : options.tagsPrefixed === false ? 'bare' : 'prefixed';
        result.refs.push({ name: 'appVersion', line: app.line, value: app.value, start: app.start, end: app.end, style });
    }
    const [nameNode] = findYamlNodes(doc.contents, ['name']);
    const name = (0,dist.isScalar)(nameNode?.node) ? nameNode.node.value : undefined;
    if (typeof name === 'string' && name !== '')
        result.chartName = name;
    return result;
}
/** Chart.yaml with `version` and `appVersion` moved to `next`; every other byte kept. */
function updateChartYaml(text, next, path = 'Chart.yaml', options = {}) {
    return applyRefs(text, readChartYaml(text, path, options).refs, checkNext(next)).text;
}


/***/ }),

/***/ 9752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   Zo: () => (/* binding */ VERSION_TOKEN),
/* harmony export */   aA: () => (/* binding */ VERSION_START),
/* harmony export */   cM: () => (/* binding */ RegexCache),
/* harmony export */   fx: () => (/* binding */ applyRefs),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   vJ: () => (/* binding */ VERSION_END)
/* harmony export */ });
/* unused harmony exports checkNext, replacementFor */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _semver_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5731);


/**
 * What may not follow a version for it to be that version: more digits or letters
 * (`0.4.10`, `0.4.1a`), a prerelease or build suffix (`0.4.1-rc.1`, `0.4.1+b`), or a
 * fourth number (`0.4.1.5`). A sentence period or a `.tgz` may.
 */
const VERSION_END = String.raw `(?![0-9A-Za-z_+-]|\.\d)`;
/** What may not come before a version: a letter, digit or dot (`10.4.1` is not `0.4.1`). */
const VERSION_START = String.raw `(?<![0-9A-Za-z_.])`;
/** A version-looking token inside prose or code: `v?X.Y.Z[-pre]`. */
const VERSION_TOKEN = String.raw `v?\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?${VERSION_END}`;
/** Line lookup for offsets: built once per text, then a binary search per lookup. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** The 1-based line of `offset`. */
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/** Throws an ActionError unless `next` is a version the suite accepts; returns it without `v`. */
function checkNext(next) {
    const problem = versionProblem(next);
    if (problem)
        throw new ActionError(`new version: ${problem}`);
    return stripV(next);
}
/** The text that replaces `ref` for the new version `next`. */
function replacementFor(ref, next) {
    if (ref.style === 'bare')
        return (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .stripV */ .tQ)(next);
    if (ref.style === 'prefixed')
        return `v${(0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .stripV */ .tQ)(next)}`;
    return (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .inStyleOf */ .SP)(next, ref.value);
}
/** Two references on the same span are one reference; overlapping different spans are a bug in a reader. */
function ordered(refs, path) {
    const sorted = [...refs].sort((a, b) => a.start - b.start || a.end - b.end);
    const out = [];
    for (const ref of sorted) {
        const last = out[out.length - 1];
        if (last && last.start === ref.start && last.end === ref.end)
            continue;
        if (last && ref.start < last.end) {
            const message = `expected one version reference per place, found overlapping ones at line ${ref.line} (${last.name} and ${ref.name})`;
            throw path ? new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(path, message, ref.line) : new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(message);
        }
        out.push(ref);
    }
    return out;
}
/** Rewrites exactly the spans of `refs`; every other byte of `text` is kept. */
function applyRefs(text, refs, next, path) {
    const parts = [];
    const changes = [];
    let at = 0;
    for (const ref of ordered(refs, path)) {
        const replacement = replacementFor(ref, next);
        parts.push(text.slice(at, ref.start), replacement);
        at = ref.end;
        if (replacement !== ref.value)
            changes.push({ line: ref.line, name: ref.name, old: ref.value, new: replacement });
    }
    parts.push(text.slice(at));
    return { text: changes.length === 0 ? text : parts.join(''), changes };
}
/** A bounded memo for compiled regular expressions, keyed by their inputs. */
class RegexCache {
    limit;
    map = new Map();
    constructor(limit = 256) {
        this.limit = limit;
    }
    get(key, build) {
        let re = this.map.get(key);
        if (!re) {
            if (this.map.size >= this.limit)
                this.map.clear();
            re = build();
            this.map.set(key, re);
        }
        re.lastIndex = 0;
        return re;
    }
}


/***/ })

};
