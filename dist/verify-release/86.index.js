export const id = 86;
export const ids = [86];
export const modules = {

/***/ 2086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/lib/runner/summary.ts
var runner_summary = __webpack_require__(3653);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var semver_version = __webpack_require__(5731);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
;// CONCATENATED MODULE: ./actions/lib/version-files/text.ts


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
function text_checkNext(next) {
    const problem = versionProblem(next);
    if (problem)
        throw new ActionError(`new version: ${problem}`);
    return stripV(next);
}
/** The text that replaces `ref` for the new version `next`. */
function replacementFor(ref, next) {
    return ref.style === 'bare' ? stripV(next) : inStyleOf(next, ref.value);
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
            throw path ? new FileError(path, message, ref.line) : new ActionError(message);
        }
        out.push(ref);
    }
    return out;
}
/** Rewrites exactly the spans of `refs`; every other byte of `text` is kept. */
function text_applyRefs(text, refs, next, path) {
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

;// CONCATENATED MODULE: ./actions/lib/version-files/yaml-nodes.ts


/** Parses a document or throws a FileError with the line of the first problem. */
function parseYaml(text, path) {
    const doc = (0,dist.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
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
        throw new errors/* FileError */.f6(path, `expected a key path like image.tag or images.0.newTag, got ${JSON.stringify(key)}`);
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





function readChartYaml(text, path = 'Chart.yaml') {
    const doc = parseYaml(text, path);
    const lines = new LineIndex(text);
    const result = { refs: [], skipped: [] };
    const [versionNode] = findYamlNodes(doc.contents, ['version']);
    const version = versionNode && scalarSpan(text, versionNode, lines, path, 'the chart version');
    if (!version || version.value === '') {
        throw new errors/* FileError */.f6(path, 'expected a `version:` key with the chart version (SemVer 2, like 0.4.1)', version?.line);
    }
    if (version.value.startsWith('v')) {
        throw new errors/* FileError */.f6(path, `expected the chart version without a leading v (Helm requires SemVer 2, like ${version.value.slice(1)}), got ${version.value}`, version.line);
    }
    const problem = (0,semver_version.versionProblem)(version.value);
    if (problem)
        throw new errors/* FileError */.f6(path, `expected the chart version to be SemVer 2: ${problem}`, version.line);
    result.refs.push({ name: 'version', line: version.line, value: version.value, start: version.start, end: version.end, style: 'bare' });
    const [appNode] = findYamlNodes(doc.contents, ['appVersion']);
    const app = appNode && scalarSpan(text, appNode, lines, path, 'appVersion');
    if (!app || app.value === '') {
        result.skipped.push({ name: 'appVersion', ...(app ? { line: app.line } : {}), reason: 'the chart has no appVersion' });
    }
    else {
        const appProblem = (0,semver_version.versionProblem)(app.value);
        if (appProblem)
            throw new errors/* FileError */.f6(path, `expected appVersion to be the app's version (like 0.4.1 or v0.4.1): ${appProblem}`, app.line);
        result.refs.push({ name: 'appVersion', line: app.line, value: app.value, start: app.start, end: app.end });
    }
    const [nameNode] = findYamlNodes(doc.contents, ['name']);
    const name = (0,dist.isScalar)(nameNode?.node) ? nameNode.node.value : undefined;
    if (typeof name === 'string' && name !== '')
        result.chartName = name;
    return result;
}
/** Chart.yaml with `version` and `appVersion` moved to `next`; every other byte kept. */
function updateChartYaml(text, next, path = 'Chart.yaml') {
    return applyRefs(text, readChartYaml(text, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/keypath.ts




const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
/** A string token; JSON.parse then checks its escapes and refuses raw control characters. */
const STRING = /"(?:[^"\\\n]|\\.)*"/y;
/** A strict JSON parser that keeps the offsets of every value (RFC 8259; a leading BOM allowed). */
class JsonScanner {
    text;
    path;
    lines;
    at = 0;
    constructor(text, path, lines) {
        this.text = text;
        this.path = path;
        this.lines = lines;
    }
    parse() {
        if (this.text.charCodeAt(0) === 0xfeff)
            this.at = 1;
        const node = this.value();
        this.space();
        if (this.at < this.text.length)
            this.fail('expected the end of the JSON document');
        return node;
    }
    fail(message) {
        const found = this.at < this.text.length ? JSON.stringify(this.text[this.at]) : 'the end of the file';
        throw new errors/* FileError */.f6(this.path, `expected valid JSON: ${message}, found ${found}`, this.lines.lineOf(this.at));
    }
    space() {
        while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at]))
            this.at += 1;
    }
    value() {
        this.space();
        const c = this.text[this.at];
        if (c === '{')
            return this.object();
        if (c === '[')
            return this.array();
        if (c === '"')
            return this.string();
        LITERAL.lastIndex = this.at;
        const m = LITERAL.exec(this.text);
        if (!m)
            this.fail('expected a value');
        const start = this.at;
        this.at += m[0].length;
        return { kind: 'literal', start, end: this.at };
    }
    string() {
        STRING.lastIndex = this.at;
        const m = STRING.exec(this.text);
        if (!m)
            this.fail('expected a string');
        let value;
        try {
            value = JSON.parse(m[0]);
        }
        catch {
            this.fail('expected a string with valid escapes');
        }
        const start = this.at;
        this.at += m[0].length;
        return { kind: 'string', start, end: this.at, value };
    }
    object() {
        const start = this.at;
        this.at += 1;
        const entries = [];
        this.space();
        if (this.text[this.at] === '}') {
            this.at += 1;
            return { kind: 'object', start, end: this.at, entries };
        }
        for (;;) {
            this.space();
            if (this.text[this.at] !== '"')
                this.fail('expected a key in double quotes');
            const key = this.string();
            this.space();
            if (this.text[this.at] !== ':')
                this.fail('expected ":"');
            this.at += 1;
            entries.push({ key: key.value, keyAt: key.start, value: this.value() });
            this.space();
            if (this.text[this.at] === ',') {
                this.at += 1;
                continue;
            }
            if (this.text[this.at] === '}') {
                this.at += 1;
                return { kind: 'object', start, end: this.at, entries };
            }
            this.fail('expected "," or "}"');
        }
    }
    array() {
        const start = this.at;
        this.at += 1;
        const items = [];
        this.space();
        if (this.text[this.at] === ']') {
            this.at += 1;
            return { kind: 'array', start, end: this.at, items };
        }
        for (;;) {
            items.push(this.value());
            this.space();
            if (this.text[this.at] === ',') {
                this.at += 1;
                continue;
            }
            if (this.text[this.at] === ']') {
                this.at += 1;
                return { kind: 'array', start, end: this.at, items };
            }
            this.fail('expected "," or "]"');
        }
    }
}
function findJsonNodes(root, segments, path, lines) {
    let frontier = [{ node: root, keyPath: '' }];
    for (const seg of segments) {
        const next = [];
        for (const { node, keyPath } of frontier) {
            const join = (k) => (keyPath === '' ? String(k) : `${keyPath}.${k}`);
            if (node.kind === 'object') {
                const hits = node.entries.filter((e) => seg === '*' || e.key === String(seg));
                if (seg !== '*' && hits.length > 1) {
                    const where = hits.map((h) => lines.lineOf(h.keyAt)).join(' and ');
                    throw new errors/* FileError */.f6(path, `expected one key ${join(seg)}, found it on lines ${where}`, lines.lineOf(hits[1].keyAt));
                }
                for (const h of hits)
                    next.push({ node: h.value, keyPath: join(h.key) });
            }
            else if (node.kind === 'array') {
                node.items.forEach((item, i) => {
                    if (seg === '*' || seg === i)
                        next.push({ node: item, keyPath: join(i) });
                });
            }
        }
        frontier = next;
    }
    return frontier;
}
// ---------------------------------------------------------------- shared checks
function accept(result, options, path, hit) {
    const problem = hit.value === '' ? 'the value is empty' : (0,semver_version.versionProblem)(hit.value);
    if (problem) {
        if (options.optional) {
            result.skipped.push({ name: hit.keyPath, line: hit.line, value: hit.value, reason: hit.value === '' ? 'empty' : `not a version (${hit.value})` });
            return;
        }
        throw new errors/* FileError */.f6(path, `expected ${hit.keyPath} to hold a version: ${problem}`, hit.line);
    }
    result.refs.push({ name: hit.keyPath, line: hit.line, value: hit.value, start: hit.start, end: hit.end });
}
function missing(options, path) {
    if (!options.optional)
        throw new errors/* FileError */.f6(path, `expected a value at ${options.key}, found no such key`);
    const skipped = [{ name: options.key, reason: 'no such key' }];
    return { refs: [], skipped };
}
// ---------------------------------------------------------------- JSON
function readJsonKey(text, options, path) {
    const segments = parseKeyPath(options.key, path);
    const lines = new LineIndex(text);
    const root = new JsonScanner(text, path, lines).parse();
    const hits = findJsonNodes(root, segments, path, lines);
    if (hits.length === 0)
        return missing(options, path);
    const result = { refs: [], skipped: [] };
    for (const { node, keyPath } of hits) {
        const line = lines.lineOf(node.start);
        if (node.kind !== 'string') {
            const got = node.kind === 'literal' ? text.slice(node.start, node.end) : `an ${node.kind}`;
            if (options.optional) {
                result.skipped.push({ name: keyPath, line, reason: `not a version string (${got})` });
                continue;
            }
            throw new errors/* FileError */.f6(path, `expected ${keyPath} to be a version string like "1.2.3", got ${got}`, line);
        }
        const raw = text.slice(node.start + 1, node.end - 1);
        if (raw !== node.value)
            throw new errors/* FileError */.f6(path, `expected ${keyPath} to be written without escapes, got ${text.slice(node.start, node.end)}`, line);
        accept(result, options, path, { keyPath, value: raw, start: node.start + 1, end: node.end - 1, line });
    }
    return result;
}
function updateJsonKey(text, next, options, path) {
    return applyRefs(text, readJsonKey(text, options, path).refs, checkNext(next)).text;
}
// ---------------------------------------------------------------- YAML
function readYamlKey(text, options, path) {
    const segments = parseKeyPath(options.key, path);
    const doc = parseYaml(text, path);
    const lines = new LineIndex(text);
    const hits = findYamlNodes(doc.contents, segments);
    if (hits.length === 0)
        return missing(options, path);
    const result = { refs: [], skipped: [] };
    for (const hit of hits) {
        const span = scalarSpan(text, hit, lines, path, hit.keyPath);
        if (!span) {
            if (!options.optional)
                throw new errors/* FileError */.f6(path, `expected ${hit.keyPath} to hold a version, it has no value`);
            result.skipped.push({ name: hit.keyPath, reason: 'empty' });
            continue;
        }
        accept(result, options, path, { keyPath: hit.keyPath, ...span });
    }
    return result;
}
function updateYamlKey(text, next, options, path) {
    return applyRefs(text, readYamlKey(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/makefile.ts



/**
 * Makefile variables that hold the version: `VAR ?= v`, `VAR := v`, `VAR ::= v`,
 * `VAR = v`, `VAR != …`, optionally after `export` / `override`, a trailing
 * `# comment` allowed and the value optionally quoted. The prefix style of each
 * value is kept (`IMG_TAG ?= v0.4.1` → `v0.5.0`).
 *
 * - A variable defined twice (also in `ifeq`/`else` branches) is ambiguous: refused, naming both lines.
 * - A value computed by make (`v$(VERSION)`, `$(shell git describe)`) follows what it
 *   references: it is skipped, never refused.
 * - Recipe lines (starting with a tab) are shell, not definitions, and `+=` appends: both ignored.
 * - A configured variable that is missing, empty or not a version is refused, unless `optional`.
 */
const DEFAULT_VARIABLES = ['VERSION'];
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const cache = new RegexCache();
function definitionPattern(names) {
    return cache.get(names.join('\0'), () => {
        const alternation = names.map(escapeRegExp).join('|');
        // 1: variable, 2: operator, 3: value (up to a comment, trailing blanks trimmed).
        return new RegExp(String.raw `^ *(?:(?:export|override|private)[ \t]+)*(${alternation})[ \t]*(\?=|:::=|::=|:=|!=|=)[ \t]*([^#\r\n]*?)[ \t]*(?:#[^\r\n]*)?$`, 'gmd');
    });
}
function readMakefile(text, options = {}, path = 'Makefile') {
    const names = options.variables && options.variables.length > 0 ? [...options.variables] : [...DEFAULT_VARIABLES];
    for (const name of names) {
        if (!NAME.test(name))
            throw new errors/* ActionError */.lZ(`${path}: ${JSON.stringify(name)} is not a make variable name`);
    }
    const lines = new LineIndex(text);
    const seen = new Map();
    const refs = [];
    const skipped = [];
    for (const m of text.matchAll(definitionPattern(names))) {
        const name = m[1];
        const operator = m[2];
        const [valueStart, valueEnd] = m.indices?.[3];
        const line = lines.lineOf(valueStart);
        const earlier = seen.get(name);
        if (earlier) {
            throw new errors/* FileError */.f6(path, `${name} is defined twice (lines ${earlier} and ${line}); expected one definition to bump`, line);
        }
        seen.set(name, line);
        let value = m[3];
        let start = valueStart;
        let end = valueEnd;
        const quoted = /^(["'])(.*)\1$/.exec(value);
        if (quoted) {
            value = quoted[2];
            start += 1;
            end -= 1;
        }
        if (operator === '!=' || value.includes('$')) {
            skipped.push({ name, line, value, reason: 'computed by make; it follows the variables it references' });
            continue;
        }
        const problem = value === '' ? `${name} is empty; expected a version like 0.4.1 or v0.4.1` : (0,semver_version.versionProblem)(value);
        if (problem) {
            if (options.optional) {
                skipped.push({ name, line, value, reason: value === '' ? 'empty' : `not a version (${value})` });
                continue;
            }
            throw new errors/* FileError */.f6(path, `expected ${name} to hold a version: ${problem}`, line);
        }
        refs.push({ name, line, value, start, end });
    }
    for (const name of names) {
        if (seen.has(name))
            continue;
        if (options.optional)
            skipped.push({ name, reason: 'not defined' });
        else
            throw new errors/* FileError */.f6(path, `expected a definition of ${name} (like ${name} ?= 0.4.1), found none`);
    }
    return { refs, skipped };
}
/** The Makefile with the configured variables moved to `next`, each in its own `v` style. */
function updateMakefile(text, next, options = {}, path = 'Makefile') {
    return applyRefs(text, readMakefile(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/regex.ts



const regex_cache = new RegexCache();
/** Compiles `pattern` with the flags `gmd`, or throws a FileError that says what is wrong with it. */
function compileVersionPattern(pattern, path) {
    return regex_cache.get(pattern, () => {
        let re;
        let groups;
        try {
            re = new RegExp(pattern, 'gmd');
            groups = new RegExp(`(?:${pattern})|`).exec('').length - 1;
        }
        catch (error) {
            throw new errors/* FileError */.f6(path, `expected a valid regular expression, got /${pattern}/: ${error.message}`);
        }
        if (groups !== 1) {
            throw new errors/* FileError */.f6(path, `expected /${pattern}/ to have exactly one capture group (the version), it has ${groups}; use (?:…) for the others`);
        }
        return re;
    });
}
function readRegex(text, options, path) {
    const re = compileVersionPattern(options.pattern, path);
    const lines = new LineIndex(text);
    const refs = [];
    for (const m of text.matchAll(re)) {
        const span = m.indices?.[1];
        const value = m[1];
        const line = lines.lineOf(span?.[0] ?? m.index);
        if (!span || value === undefined || value === '') {
            throw new errors/* FileError */.f6(path, `expected /${options.pattern}/ to capture the version, its group is empty in ${JSON.stringify(m[0])}`, line);
        }
        const problem = (0,semver_version.versionProblem)(value);
        if (problem)
            throw new errors/* FileError */.f6(path, `expected /${options.pattern}/ to capture a version: ${problem}`, line);
        refs.push({ name: 'pattern', line, value, start: span[0], end: span[1] });
    }
    if (refs.length === 0) {
        if (options.optional)
            return { refs, skipped: [{ name: 'pattern', reason: `/${options.pattern}/ matches nothing` }] };
        throw new errors/* FileError */.f6(path, `expected /${options.pattern}/ to match the version, it matches nothing`);
    }
    const values = new Set(refs.map((r) => (0,semver_version.stripV)(r.value)));
    if (values.size > 1) {
        const listed = refs.map((r) => `line ${r.line}: ${r.value}`).join(', ');
        throw new errors/* FileError */.f6(path, `expected every match of /${options.pattern}/ to hold the same version, found ${listed}`, refs[0]?.line);
    }
    return { refs, skipped: [] };
}
/** The file with every match of the pattern moved to `next`. */
function updateRegex(text, next, options, path) {
    return applyRefs(text, readRegex(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/declaring.ts
/**
 * Reading a file that declares the current version, by its type. bump-version's plan and
 * verify-release's versions check read the same files the same way; one reader keeps them
 * from disagreeing about what a file declares.
 */




/** The declaring file's references; a chart's name, when it has one, goes to `chartNames`. */
function readDeclaringFile(file, text, chartNames) {
    const optional = file.optional === true;
    switch (file.type) {
        case 'chart': {
            const result = readChartYaml(text, file.path);
            if (result.chartName)
                chartNames.push(result.chartName);
            return result;
        }
        case 'makefile':
            return readMakefile(text, { ...(file.variables ? { variables: file.variables } : {}), optional }, file.path);
        case 'regex':
            return readRegex(text, { pattern: file.pattern ?? '', optional }, file.path);
        case 'json':
            return readJsonKey(text, { key: file.key ?? '', optional }, file.path);
        default:
            return readYamlKey(text, { key: file.key ?? '', optional }, file.path);
    }
}

;// CONCATENATED MODULE: ./actions/lib/version-files/docs.ts



/**
 * README.md and other docs. Never a global replace: the current version is
 * replaced only in contexts that are known to be about this release.
 *
 * - `helm … --version X` (or `--version=X`, quoted or not), only when the command —
 *   its continuation lines (`\`) included — names one of `charts` (chart name or repo
 *   alias, as a whole word). A `--version` of another chart is not ours and is ignored.
 *   Without any chart name, no helm line is touched.
 * - `<image>:X` for each configured image, written in full (`ghcr.io/org/name:v0.4.1`).
 *   A tag pinned with `@sha256:` is skipped: changing the tag would break the pin.
 * - `uses: owner/repo@X` lines, when X is the current version.
 * - Every occurrence of the current version, in either style, between
 *   `<!-- release-actions:version -->` and `<!-- /release-actions:version -->`.
 *
 * Helm and image references that hold another version are reported as skipped (a
 * stale example is worth seeing in the plan); other versions in `uses:` lines and in
 * marker blocks are someone else's and are ignored. A docs file with no reference to
 * the current version is refused unless `optional`.
 */
const MARKER_OPEN = '<!-- release-actions:version -->';
const MARKER_CLOSE = '<!-- /release-actions:version -->';
const HELM_VERSION = new RegExp(String.raw `(?<![\w-])--version(?:=|[ \t]+)(["']?)(${VERSION_TOKEN})\1`, 'gd');
const USES = new RegExp(String.raw `^[ \t]*(?:-[ \t]+)?uses:[ \t]*["']?[^\s@"'#]+@(${VERSION_TOKEN})`, 'gmd');
const MARKER = /<!--[ \t]*(\/?)release-actions:version[ \t]*-->/g;
const docs_cache = new RegexCache();
function mentionPattern(charts) {
    return docs_cache.get(`chart\0${charts.join('\0')}`, () => new RegExp(String.raw `(?<![\w-])(?:${charts.map(escapeRegExp).join('|')})(?![\w-])`));
}
function imagePattern(images) {
    return docs_cache.get(`image\0${images.join('\0')}`, () => new RegExp(String.raw `(?<![\w./-])(?:${images.map(escapeRegExp).join('|')}):(${VERSION_TOKEN})(@sha256:)?`, 'gd'));
}
function currentPattern(current) {
    return docs_cache.get(`current\0${current}`, () => new RegExp(String.raw `${VERSION_START}v?${escapeRegExp(current)}${VERSION_END}`, 'g'));
}
function isContinued(text, lineEnd) {
    let i = lineEnd - 1;
    if (text[i] === '\r')
        i -= 1;
    return text[i] === '\\';
}
/** The shell command around `offset`: its line plus the lines joined to it by a trailing `\`. */
function logicalLine(text, offset) {
    let start = text.lastIndexOf('\n', offset - 1) + 1;
    while (start > 0 && isContinued(text, start - 1))
        start = text.lastIndexOf('\n', start - 2) + 1;
    let end = text.indexOf('\n', offset);
    while (end !== -1 && isContinued(text, end))
        end = text.indexOf('\n', end + 1);
    return text.slice(start, end === -1 ? text.length : end);
}
function markerBlocks(text, lines, path) {
    const blocks = [];
    let open;
    for (const m of text.matchAll(MARKER)) {
        const at = m.index;
        if (m[1] === '/') {
            if (!open)
                throw new errors/* FileError */.f6(path, `expected ${MARKER_OPEN} before this ${MARKER_CLOSE}`, lines.lineOf(at));
            blocks.push({ start: open.end, end: at });
            open = undefined;
        }
        else {
            if (open) {
                throw new errors/* FileError */.f6(path, `expected ${MARKER_CLOSE} for the marker on line ${lines.lineOf(open.at)} before another ${MARKER_OPEN}`, lines.lineOf(at));
            }
            open = { at, end: at + m[0].length };
        }
    }
    if (open)
        throw new errors/* FileError */.f6(path, `expected ${MARKER_CLOSE} to close this marker, found none`, lines.lineOf(open.at));
    return blocks;
}
function readDocs(text, options, path = 'README.md') {
    const current = (0,semver_version.stripV)(options.current);
    const lines = new LineIndex(text);
    const found = new Map();
    const skipped = [];
    const add = (name, value, start) => {
        if (!found.has(start))
            found.set(start, { name, line: lines.lineOf(start), value, start, end: start + value.length });
    };
    const stale = (name, value, start) => {
        skipped.push({ name, line: lines.lineOf(start), value, reason: `holds ${value}, not the current version ${current}` });
    };
    const charts = (options.charts ?? []).filter((c) => c !== '');
    if (charts.length > 0 && text.includes('--version')) {
        const mentions = mentionPattern(charts);
        for (const m of text.matchAll(HELM_VERSION)) {
            const value = m[2];
            const start = (m.indices?.[2])[0];
            if (!mentions.test(logicalLine(text, m.index)))
                continue;
            if ((0,semver_version.stripV)(value) === current)
                add('helm --version', value, start);
            else
                stale('helm --version', value, start);
        }
    }
    const images = (options.images ?? []).filter((i) => i !== '');
    if (images.length > 0) {
        for (const m of text.matchAll(imagePattern(images))) {
            const value = m[1];
            const start = (m.indices?.[1])[0];
            const name = `image ${text.slice(m.index, start - 1)}`;
            if (m[2])
                skipped.push({ name, line: lines.lineOf(start), value, reason: 'pinned to a digest' });
            else if ((0,semver_version.stripV)(value) === current)
                add(name, value, start);
            else
                stale(name, value, start);
        }
    }
    if (text.includes('uses:')) {
        for (const m of text.matchAll(USES)) {
            const value = m[1];
            if ((0,semver_version.stripV)(value) === current)
                add('uses', value, (m.indices?.[1])[0]);
        }
    }
    if (text.includes('release-actions:version')) {
        const pattern = currentPattern(current);
        for (const block of markerBlocks(text, lines, path)) {
            const inside = text.slice(block.start, block.end);
            for (const m of inside.matchAll(pattern))
                add('marker', m[0], block.start + m.index);
        }
    }
    const refs = [...found.values()].sort((a, b) => a.start - b.start);
    skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (refs.length === 0) {
        const seen = skipped.length > 0 ? `; found ${skipped.map((s) => `${s.value} (line ${s.line})`).join(', ')}` : '';
        if (options.optional) {
            skipped.push({ name: 'docs', reason: `no reference to the current version ${current}` });
        }
        else {
            throw new errors/* FileError */.f6(path, `expected the current version ${current} in a known context (helm --version naming the chart, <image>:<tag>, uses: …@<tag>, or between ${MARKER_OPEN} markers), found none${seen}`);
        }
    }
    return { refs, skipped };
}
/** The docs with every recognised reference to `options.current` moved to `next`, each in its own style. */
function updateDocs(text, next, options, path = 'README.md') {
    return applyRefs(text, readDocs(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/values-yaml.ts





/**
 * values.yaml: the image tag follows the release. It never decides the current
 * version: a tag is updated only when it holds the current version (its `v` style
 * kept), and anything else — `latest`, an empty tag, a digest, another version — is
 * left alone and reported as skipped with the reason.
 */
/** Without a configured key: the top-level `image.tag` and every `<component>.image.tag`. */
const DEFAULT_TAG_KEYS = ['image.tag', '*.image.tag'];
function stringSibling(parent, key) {
    if (!(0,dist.isMap)(parent))
        return undefined;
    const value = parent.get(key, true);
    return (0,dist.isScalar)(value) && typeof value.value === 'string' && value.value !== '' ? value.value : undefined;
}
function readValuesYaml(text, options, path = 'values.yaml') {
    const current = (0,semver_version.stripV)(options.current);
    const keys = options.key ? [options.key] : [...DEFAULT_TAG_KEYS];
    const doc = parseYaml(text, path);
    const lines = new LineIndex(text);
    const result = { refs: [], skipped: [], images: [] };
    const found = keys.flatMap((key) => findYamlNodes(doc.contents, parseKeyPath(key, path)));
    if (found.length === 0) {
        const expected = keys.join(' or ');
        if (options.optional) {
            result.skipped.push({ name: expected, reason: 'no such key' });
            return result;
        }
        throw new errors/* FileError */.f6(path, `expected an image tag at ${expected}, found no such key`);
    }
    for (const hit of found) {
        const span = scalarSpan(text, hit, lines, path, hit.keyPath);
        const name = hit.keyPath;
        if (!span || span.value === '' || (!span.quoted && (span.value === '~' || span.value === 'null'))) {
            result.skipped.push({ name, ...(span ? { line: span.line } : {}), reason: 'empty tag (the chart uses its appVersion)' });
            continue;
        }
        const { value, line } = span;
        if (value.startsWith('sha256:')) {
            result.skipped.push({ name, line, value, reason: 'a digest, not a version' });
        }
        else if (value.includes('@')) {
            result.skipped.push({ name, line, value, reason: 'pinned to a digest' });
        }
        else if ((0,semver_version.versionProblem)(value)) {
            result.skipped.push({ name, line, value, reason: `not a version (${value})` });
        }
        else if ((0,semver_version.stripV)(value) !== current) {
            result.skipped.push({ name, line, value, reason: `holds ${value}, not the current version ${current}` });
        }
        else {
            result.refs.push({ name, line, value, start: span.start, end: span.end });
            const repository = stringSibling(hit.parent, 'repository');
            const registry = stringSibling(hit.parent, 'registry');
            if (repository)
                result.images.push(registry ? `${registry.replace(/\/+$/, '')}/${repository}` : repository);
        }
    }
    return result;
}
/** values.yaml with the tags that hold `options.current` moved to `next`; every other byte kept. */
function updateValuesYaml(text, next, options, path = 'values.yaml') {
    return applyRefs(text, readValuesYaml(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/verify-release/versions.ts
/**
 * Every version reference of the repository against the release version, with the
 * readers of bump-version (actions/lib/version-files) so that both agree on what a
 * reference is. Pure: the caller reads the files.
 *
 * - Declaring files (Chart.yaml `version` and `appVersion`, the Makefile variables,
 *   regex / json / yaml files) must each hold the version (`v` style free where the
 *   file allows it: `appVersion: v0.5.0` and `VERSION ?= 0.5.0` both agree with v0.5.0).
 * - values.yaml image tags of our images and README examples (`helm … --version`
 *   naming the chart, `<our image>:<tag>`) that hold another version disagree; tags of
 *   other images (a kube-rbac-proxy sidecar), `latest`, digests and empty tags are
 *   listed as not checked, with the reason.
 */






const FOLLOWING = new Set(['values', 'docs']);
const STALE = /^holds (\S+), not the current version/;
function checkVersionReferences(files, contents, version, options = {}) {
    const current = (0,semver_version.stripV)(version);
    const rows = [];
    const chartNames = [];
    const ourImages = new Set((options.images ?? []).map(normaliseImage));
    const valueImages = [];
    const add = (file, result, classify) => {
        for (const ref of result.refs) {
            const agrees = (0,semver_version.stripV)(ref.value) === current;
            rows.push({ file: file.path, line: ref.line, name: ref.name, value: ref.value, status: agrees ? 'agrees' : 'differs', ...(agrees ? {} : { note: `expected ${current}` }) });
        }
        for (const s of result.skipped) {
            const stale = STALE.exec(s.reason);
            const verdict = stale ? (classify?.(s.name, s.value) ?? { ours: true }) : { ours: false };
            rows.push({
                file: file.path,
                ...(s.line ? { line: s.line } : {}),
                name: s.name,
                ...(s.value !== undefined ? { value: s.value } : {}),
                status: stale && verdict.ours ? 'differs' : 'not checked',
                note: stale && verdict.ours ? `expected ${current}` : (verdict.note ?? s.reason),
            });
        }
    };
    const visit = (file, read, classify) => {
        const text = contents.get(file.path);
        if (text === undefined) {
            rows.push({ file: file.path, name: file.type, status: file.optional ? 'not checked' : 'error', note: 'file not found' });
            return;
        }
        try {
            add(file, read(text), classify);
        }
        catch (err) {
            if (!(err instanceof errors/* ActionError */.lZ))
                throw err;
            const line = err.line;
            rows.push({ file: file.path, ...(line ? { line } : {}), name: file.type, status: 'error', note: err.message });
        }
    };
    for (const file of files) {
        if (FOLLOWING.has(file.type))
            continue;
        visit(file, (text) => readDeclaringFile(file, text, chartNames));
    }
    for (const file of files) {
        if (file.type !== 'values')
            continue;
        const text = contents.get(file.path);
        visit(file, (t) => {
            const r = readValuesYaml(t, { current, ...(file.key ? { key: file.key } : {}), optional: file.optional === true }, file.path);
            valueImages.push(...r.images);
            return r;
        }, (name) => {
            // A stale tag is ours when it is the chart's own `image.tag`, or when its image is one of ours.
            const image = text === undefined ? undefined : imageBeside(text, name);
            if (image && ourImages.has(normaliseImage(image)))
                return { ours: true };
            if (name === 'image.tag' || name === file.key)
                return { ours: true };
            return { ours: false, note: `another image${image ? ` (${image})` : ''}, not released here` };
        });
    }
    for (const file of files) {
        if (file.type !== 'docs')
            continue;
        const charts = [...new Set([...asList(file.chart), ...chartNames])];
        const images = [...new Set([...(file.images ?? []), ...(options.images ?? []), ...valueImages])];
        visit(file, (text) => readDocs(text, { current, charts, images, optional: file.optional === true }, file.path));
    }
    // In the order the files are listed, each file's references by line.
    const order = [...new Set(files.map((f) => f.path))];
    rows.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0));
    return { rows, problems: rows.filter((r) => r.status === 'differs' || r.status === 'error') };
}
function asList(value) {
    if (value === undefined)
        return [];
    return typeof value === 'string' ? [value] : [...value];
}
function normaliseImage(image) {
    return image.toLowerCase().replace(/\/+$/, '');
}
/** `registry/repository` (or `repository`) next to the tag at `keyPath` (`kubeRbacProxy.image.tag`). */
function imageBeside(text, keyPath) {
    const parent = keyPath.split('.').slice(0, -1);
    let doc;
    try {
        doc = (0,dist.parseDocument)(text);
    }
    catch {
        return undefined;
    }
    const get = (key) => {
        const v = doc.getIn([...parent, key]);
        return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const repository = get('repository');
    if (!repository)
        return undefined;
    const registry = get('registry');
    return registry ? `${registry.replace(/\/+$/, '')}/${repository}` : repository;
}
/**
 * The version files to compare when the configuration names none: the chart's
 * Chart.yaml and values.yaml, the Makefile's `VERSION` (required when there is a
 * Makefile; `IMG_TAG` when present, or the configured variables) and README.md.
 */
function defaultVersionFiles(opts) {
    const files = [];
    if (opts.chart) {
        files.push({ path: `${opts.chart}/Chart.yaml`, type: 'chart' });
        if (opts.present(`${opts.chart}/values.yaml`))
            files.push({ path: `${opts.chart}/values.yaml`, type: 'values', optional: true });
    }
    if (opts.present('Makefile')) {
        if (opts.makefileVariables && opts.makefileVariables.length > 0)
            files.push({ path: 'Makefile', type: 'makefile', variables: [...opts.makefileVariables] });
        else
            files.push({ path: 'Makefile', type: 'makefile', variables: ['VERSION'] }, { path: 'Makefile', type: 'makefile', variables: ['IMG_TAG'], optional: true });
    }
    if (opts.present('README.md'))
        files.push({ path: 'README.md', type: 'docs', optional: true });
    return files;
}
/** Configured version files with the configured Makefile variables filled in (as bump-version does). */
function configuredVersionFiles(files, makefileVariables) {
    return files.flatMap((f) => {
        if (f.type !== 'makefile' || f.variables)
            return [f];
        if (makefileVariables && makefileVariables.length > 0)
            return [{ ...f, variables: [...makefileVariables] }];
        return [
            { ...f, variables: ['VERSION'] },
            { ...f, variables: ['IMG_TAG'], optional: true },
        ];
    });
}

;// CONCATENATED MODULE: ./actions/verify-release/checks/versions-consistent.ts
/**
 * versions-consistent: the tag, Chart.yaml `version` and `appVersion`, the Makefile
 * variables, values.yaml image tags and the README examples all hold the release
 * version. The table of every reference goes to the job summary.
 */






const MARK = { agrees: '✅', differs: '❌', error: '❌', 'not checked': '⏭' };
async function run(ctx) {
    const { config, version } = ctx;
    const ws = ctx.run.workspace;
    const files = config.versionFiles
        ? configuredVersionFiles(config.versionFiles, config.makefileVariables)
        : defaultVersionFiles({ ...(config.chart ? { chart: config.chart } : {}), present: (p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ws, p)), makefileVariables: config.makefileVariables });
    if (files.length === 0) {
        return { status: 'failed', detail: `no version files: the workspace has no charts/<name>/Chart.yaml${config.chartCandidates.length > 1 ? ` (several charts: ${config.chartCandidates.join(', ')}; set chart in the configuration)` : ''}, Makefile or README.md` };
    }
    const contents = new Map();
    for (const path of new Set(files.map((f) => f.path)))
        contents.set(path, await (0,promises_.readFile)((0,external_node_path_.join)(ws, path), 'utf8').catch(() => undefined));
    const result = checkVersionReferences(files, contents, version, { images: config.images });
    const rows = [];
    const tagVersion = ctx.inputs.version.refTag;
    if (tagVersion) {
        rows.push({ file: '(tag)', name: 'GITHUB_REF', value: tagVersion, status: (0,semver_version.stripV)(tagVersion) === version ? 'agrees' : 'differs', ...((0,semver_version.stripV)(tagVersion) === version ? {} : { note: `the input version is ${version}` }) });
    }
    rows.push(...result.rows);
    const problems = rows.filter((r) => r.status === 'differs' || r.status === 'error');
    const checked = rows.filter((r) => r.status === 'agrees').length;
    const summary = `**versions-consistent** — every reference against ${version}:\n\n` +
        (0,runner_summary/* table */.tp)(['', 'file', 'line', 'reference', 'value', 'note'], rows.map((r) => [MARK[r.status], r.file, r.line ?? '', r.name, r.value ?? '', r.note ?? '']));
    if (problems.length > 0) {
        const list = problems.map((r) => `${r.file}${r.line ? `:${r.line}` : ''} ${r.name} = ${r.value ?? '(none)'}${r.note && r.status === 'error' ? ` (${r.note})` : ''}`);
        return { status: 'failed', detail: `${problems.length} reference(s) disagree with ${version}: ${list.join('; ')}`, summary };
    }
    if (checked === 0)
        return { status: 'failed', detail: `no reference to ${version} found in ${[...contents.keys()].join(', ')}`, summary };
    const paths = [...new Set(rows.filter((r) => r.status === 'agrees').map((r) => r.file))];
    return { status: 'passed', detail: `${checked} reference(s) hold ${version} (${paths.join(', ')})`, summary };
}


/***/ })

};
