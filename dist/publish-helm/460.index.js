export const id = 460;
export const ids = [460];
export const modules = {

/***/ 9460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHART_NAME: () => (/* reexport */ CHART_NAME),
  PACKAGE_MTIME: () => (/* reexport */ PACKAGE_MTIME),
  SHA256_HEX: () => (/* reexport */ SHA256_HEX),
  chartUrl: () => (/* reexport */ chartUrl),
  checkManifests: () => (/* reexport */ checkManifests),
  deprecateVersion: () => (/* reexport */ deprecateVersion),
  emitDocument: () => (/* reexport */ emitDocument),
  emitSequenceItem: () => (/* reexport */ emitSequenceItem),
  goKeyCompare: () => (/* reexport */ goKeyCompare),
  goPathMatch: () => (/* reexport */ goPathMatch),
  indexEntryValue: () => (/* reexport */ indexEntryValue),
  indexVersionProblem: () => (/* reexport */ indexVersionProblem),
  listChartFiles: () => (/* reexport */ listChartFiles),
  loadChart: () => (/* reexport */ loadChart),
  mergeIndex: () => (/* reexport */ mergeIndex),
  nowInstant: () => (/* reexport */ nowInstant),
  packageChart: () => (/* reexport */ packageChart),
  parseHelmignore: () => (/* reexport */ parseHelmignore),
  readIndex: () => (/* reexport */ readIndex),
  renderEntry: () => (/* reexport */ renderEntry),
  renderNewIndex: () => (/* reexport */ renderNewIndex),
  rfc3339Nano: () => (/* reexport */ rfc3339Nano),
  sanitizeString: () => (/* reexport */ sanitizeString),
  scanIndex: () => (/* reexport */ scanIndex),
  stripTemplateActions: () => (/* reexport */ stripTemplateActions),
  unifiedDiff: () => (/* reexport */ unifiedDiff)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var semver_version = __webpack_require__(5731);
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
        const names = (0,external_node_fs_.readdirSync)(absDir).sort();
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
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { entries, rules };
}

;// CONCATENATED MODULE: ./actions/lib/helm/manifests.ts

const MARK = '\u0000';
/**
 * The template with every `{{ ... }}` action (also `{{- ... -}}` and multi-line ones) taken out,
 * keeping every line where it was: a line that held only actions becomes empty (so `{{- if }}`,
 * `{{- end }}`, `{{- include ... | nindent 4 }}` lines do not disturb the YAML around them), and
 * an action inside a line becomes the placeholder `TPL`, a plain scalar.
 */
function stripTemplateActions(text) {
    const marked = text.replace(/\{\{[\s\S]*?\}\}/g, (action) => MARK + '\n'.repeat(action.split('\n').length - 1));
    if (!marked.includes(MARK))
        return text;
    return marked
        .split('\n')
        .map((line) => {
        if (!line.includes(MARK))
            return line;
        if (line.replaceAll(MARK, '').trim() === '')
            return '';
        return line.replaceAll(MARK, 'TPL');
    })
        .join('\n');
}
/** Problems in one manifest file's YAML (empty when it parses). */
function checkManifest(file, text, kind) {
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

;// CONCATENATED MODULE: ./actions/lib/helm/chart.ts









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
    /** A scalar as a string; numbers and booleans by their source text (with a note: Helm reads them as numbers). */
    string(node, what) {
        if (node === null || node === undefined)
            return undefined;
        if (!(0,dist.isScalar)(node))
            this.fail(`${what} must be a string`, node);
        const v = node.value;
        if (v === null)
            return undefined;
        if (typeof v === 'string')
            return sanitizeString(v);
        const src = node.range ? this.text.slice(node.range[0], node.range[1]) : String(v);
        if (typeof v === 'number' || typeof v === 'boolean') {
            this.warnings.push(`${this.file}:${this.line(node)}: ${what} ${src} is not quoted, so YAML reads it as a ${typeof v}; quote it (Helm would write ${JSON.stringify(String(v))})`);
            return src;
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
/** The subcharts vendored under charts/: `name-version.tgz` archives and `name/` folders. */
function vendoredCharts(files) {
    const archives = [];
    const folders = new Set();
    for (const f of files) {
        const m = /^charts\/([^/]+)\.tgz$/.exec(f);
        if (m) {
            const stem = m[1];
            // `name-1.2.3` or `name-1.2.3-rc.1`: the version starts at the last `-digit` that parses.
            for (let i = stem.indexOf('-'); i >= 0; i = stem.indexOf('-', i + 1)) {
                const v = stem.slice(i + 1);
                if (/^\d/.test(v) && semver_default().valid(v)) {
                    archives.push({ name: stem.slice(0, i), version: v });
                    break;
                }
            }
        }
        const d = /^charts\/([^/]+)\/Chart\.yaml$/.exec(f);
        if (d)
            folders.add(d[1]);
    }
    return { archives, folders };
}
function dependencyPresent(dep, vendored) {
    if (vendored.folders.has(dep.name))
        return true;
    return vendored.archives.some((a) => {
        if (a.name !== dep.name)
            return false;
        if (!dep.version)
            return true;
        if (a.version === dep.version)
            return true;
        return semver_default().validRange(dep.version) !== null && semver_default().satisfies(a.version, dep.version, { includePrerelease: true });
    });
}
/**
 * Reads and validates a chart directory the way a release needs it:
 * - Chart.yaml: valid YAML without duplicate keys; `apiVersion` v2 (v1 accepted with a warning);
 *   `name` of lowercase letters, digits and dashes, equal to the directory name; `version`
 *   SemVer 2 without a `v`; `appVersion` present; `type` application or library;
 * - every dependency in Chart.yaml vendored under `charts/` (`name-version.tgz` or `name/`);
 * - values.yaml valid YAML, values.schema.json valid JSON;
 * - templates and CRDs valid YAML (templates after taking out `{{ }}` actions).
 * Throws `FileError` (file and line) on the first problem. Returns the metadata as Helm puts it in
 * the index (every Chart.yaml field Helm models, strings sanitized as Helm does).
 */
function loadChart(chartDir, options = {}) {
    const dir = (0,external_node_path_.resolve)(chartDir);
    const display = options.displayDir ?? chartDir;
    const file = (0,external_node_path_.join)(display, 'Chart.yaml');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'Chart.yaml'), 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            throw new errors/* FileError */.f6(file, 'the chart has no Chart.yaml');
        throw e;
    }
    const y = new ChartYaml(file, text);
    const doc = (0,dist.parseDocument)(text, { lineCounter: y.lc, uniqueKeys: true, prettyErrors: false });
    const err = doc.errors[0];
    if (err) {
        const what = err.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'not valid YAML';
        const msg = err.message.split('\n')[0] ?? err.message;
        throw new errors/* FileError */.f6(file, `${what}: ${msg}`, err.linePos?.[0]?.line ?? y.lc.linePos(err.pos[0]).line);
    }
    if (!(0,dist.isMap)(doc.contents))
        throw new errors/* FileError */.f6(file, 'Chart.yaml must be a mapping of fields', 1);
    const md = {};
    const lines = {};
    for (const p of doc.contents.items) {
        const k = y.key(p);
        lines[k] = y.line(p.key);
        const kind = METADATA_FIELDS[k];
        if (!kind) {
            y.warnings.push(`${file}:${y.line(p.key)}: unknown key '${k}' (Helm ignores it; it will not be in the index)`);
            continue;
        }
        const v = readValue(y, kind, p.value, k);
        if (v !== undefined)
            md[k] = v;
    }
    const warnings = y.warnings;
    const apiVersion = md.apiVersion;
    if (!apiVersion)
        throw new errors/* FileError */.f6(file, "Chart.yaml has no apiVersion (expected 'apiVersion: v2')", 1);
    if (apiVersion === 'v1')
        warnings.push(`${file}:${lines.apiVersion}: apiVersion v1 is Helm 2's format; use v2`);
    else if (apiVersion !== 'v2')
        throw new errors/* FileError */.f6(file, `apiVersion '${apiVersion}' is not supported (expected v2)`, lines.apiVersion);
    const name = md.name;
    if (!name)
        throw new errors/* FileError */.f6(file, 'Chart.yaml has no name', 1);
    if (!CHART_NAME.test(name)) {
        throw new errors/* FileError */.f6(file, `chart name '${name}' must be lowercase letters, digits and dashes (starting and ending with a letter or digit)`, lines.name);
    }
    if (name !== (0,external_node_path_.basename)(dir))
        throw new errors/* FileError */.f6(file, `chart name '${name}' does not match its directory '${(0,external_node_path_.basename)(dir)}'`, lines.name);
    const version = md.version;
    if (!version)
        throw new errors/* FileError */.f6(file, 'Chart.yaml has no version', 1);
    if (version.startsWith('v'))
        throw new errors/* FileError */.f6(file, `version '${version}' must be SemVer 2 without a 'v' prefix (e.g. ${version.slice(1)})`, lines.version);
    const vp = (0,semver_version/* versionProblem */.Ec)(version);
    if (vp)
        throw new errors/* FileError */.f6(file, `version: ${vp}`, lines.version);
    if (!md.appVersion)
        throw new errors/* FileError */.f6(file, 'Chart.yaml has no appVersion (the version of the application the chart deploys)', lines.version ?? 1);
    if (md.type !== undefined && md.type !== 'application' && md.type !== 'library') {
        throw new errors/* FileError */.f6(file, `type '${String(md.type)}' must be application or library`, lines.type);
    }
    const listed = listChartFiles(dir, display);
    const files = listed.entries.filter((e) => !e.isDir).map((e) => e.path);
    if (listed.rules.hasNegation) {
        warnings.push(`${(0,external_node_path_.join)(display, '.helmignore')}: '!' rules re-include files here as in .gitignore; 'helm package' treats them differently (helm/helm#8688)`);
    }
    const deps = md.dependencies ?? [];
    const seen = new Set();
    for (const d of deps) {
        const key = d.alias || d.name;
        if (seen.has(key))
            throw new errors/* FileError */.f6(file, `more than one dependency with name or alias '${key}'`, lines.dependencies);
        seen.add(key);
    }
    const vendored = vendoredCharts(files);
    const missing = deps.filter((d) => !dependencyPresent(d, vendored));
    if (missing.length > 0) {
        const list = missing.map((d) => (d.version ? `${d.name} (${d.version})` : d.name)).join(', ');
        throw new errors/* FileError */.f6(file, `dependencies not vendored under charts/ (run 'helm dependency build'): ${list}`, lines.dependencies);
    }
    if (files.includes('values.yaml')) {
        const vtext = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'values.yaml'), 'utf8');
        const vlc = new dist.LineCounter();
        const vdoc = (0,dist.parseDocument)(vtext, { lineCounter: vlc, prettyErrors: false, schema: 'failsafe' });
        const verr = vdoc.errors[0];
        if (verr)
            throw new errors/* FileError */.f6((0,external_node_path_.join)(display, 'values.yaml'), `not valid YAML: ${verr.message.split('\n')[0]}`, vlc.linePos(verr.pos[0]).line);
    }
    if (files.includes('values.schema.json')) {
        const stext = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'values.schema.json'), 'utf8');
        try {
            JSON.parse(stext);
        }
        catch (e) {
            const m = /position (\d+)/.exec(e.message);
            const line = m ? stext.slice(0, Number(m[1])).split('\n').length : undefined;
            throw new errors/* FileError */.f6((0,external_node_path_.join)(display, 'values.schema.json'), `not valid JSON: ${e.message}`, line);
        }
    }
    if (options.checkManifests !== false) {
        const manifests = files
            .filter((f) => f.startsWith('templates/') || f.startsWith('crds/'))
            .map((f) => ({ path: f, display: (0,external_node_path_.join)(display, f), text: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, f), 'utf8') }));
        const problems = checkManifests(manifests);
        const first = problems[0];
        if (first) {
            const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}: ${problems.slice(1, 4).map((p) => `${p.file}:${p.line}`).join(', ')})` : '';
            throw new errors/* FileError */.f6(first.file, `${first.message}${more}`, first.line);
        }
    }
    return { dir, metadata: md, warnings, files };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
;// CONCATENATED MODULE: ./actions/lib/helm/package.ts







/**
 * The modification time written for every archive member: none (the tar header's mtime field
 * stays empty, which every reader takes as 1970-01-01T00:00:00Z). A fixed value is what makes
 * the archive reproducible; "no time" says honestly that the archive carries no build time.
 */
const PACKAGE_MTIME = new Date(0);
/**
 * Packages a chart directory as `helm package` does — a gzipped tar whose single top folder is
 * the chart name, holding every file `.helmignore` lets through (Chart.yaml, values.yaml,
 * values.schema.json, templates/, crds/, charts/, README.md, LICENSE, ...) — but reproducibly:
 * the same tree gives the same bytes and digest on every run and machine.
 *
 * - members sorted by path (code-unit order), directories before their contents;
 * - file mode 0644 and directory mode 0755 whatever the file system says; uid/gid, user and group
 *   names, device numbers, atime/ctime left out (`tar`'s portable headers); mtime empty (epoch);
 * - ustar headers (a pax header only for a path too long for ustar, itself deterministic);
 * - gzip by fflate (pure JavaScript deflate, so the bytes do not depend on the zlib build of the
 *   Node.js running it), header without file name or time, OS byte 3.
 *
 * Files are stored as they are on disk (Chart.yaml keeps its comments; Helm re-serialises it).
 * The chart is validated with `loadChart` first (unless one is passed in `options.chart`).
 */
function packageChart(chartDir, options = {}) {
    const chart = options.chart ?? loadChart(chartDir, options);
    const dir = (0,external_node_path_.resolve)(chartDir);
    const { name, version } = chart.metadata;
    const { entries } = listChartFiles(dir, options.displayDir ?? chartDir);
    const pack = new index_min/* PackSync */.j8({ portable: true, noMtime: true, noPax: false });
    const chunks = [];
    pack.on('data', (c) => chunks.push(c));
    const files = [];
    const add = (path, isDir, body) => {
        const header = new index_min/* Header */.Y9({
            path,
            type: isDir ? 'Directory' : 'File',
            mode: isDir ? 0o755 : 0o644,
            size: body ? body.length : 0,
        });
        const entry = new index_min/* ReadEntry */.lf(header);
        if (body && body.length > 0)
            entry.write(body);
        entry.end();
        pack.add(entry);
        files.push(path);
    };
    add(`${name}/`, true);
    for (const e of entries) {
        if (e.isDir)
            add(`${name}/${e.path}/`, true);
        else
            add(`${name}/${e.path}`, false, (0,external_node_fs_.readFileSync)(e.absolute));
    }
    pack.end();
    const tarBytes = Buffer.concat(chunks);
    const gz = (0,esm/* gzipSync */.u3)(tarBytes, { level: options.level ?? 9, mtime: 0 });
    const bytes = Buffer.from(gz.buffer, gz.byteOffset, gz.byteLength);
    const digest = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    return { bytes, digest, filename: `${name}-${version}.tgz`, files, chart };
}


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
    const vp = (0,semver_version/* versionProblem */.Ec)(md.version ?? '');
    if (vp)
        problems.push(`chart version: ${vp}`);
    else if (md.version.startsWith('v'))
        problems.push(`chart version '${md.version}' has a 'v' prefix; Chart.yaml versions are written without it`);
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
    seen = new Map();
    constructor(file, chart, lineOf) {
        this.file = file;
        this.chart = chart;
        this.lineOf = lineOf;
    }
    /**
     * Checks one entry; throws a FileError naming the line. Positions are offsets of the entry's
     * dash line and of each field's line that was present.
     */
    check(e) {
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
        chart.validator.check({
            at: e.dashStart,
            version: e.version,
            versionAt: e.versionAt,
            digest: e.digest,
            digestAt: e.digestAt,
            urls: e.urls,
            urlsAt: e.urlsAt,
        });
        if (e.fields && e.fields.length > 0)
            e.fields[e.fields.length - 1].end = end;
        const scanned = {
            version: e.version,
            dashStart: e.dashStart,
            start: e.start,
            end,
            digest: e.digest,
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
                validator: new ChartValidator(file, name, lineOf),
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
        const validator = new ChartValidator(file, name, lineOf);
        const capture = options.captureChart === name;
        for (const item of (0,dist.isSeq)(value) ? value.items : []) {
            if (!(0,dist.isMap)(item))
                throw new errors/* FileError */.f6(file, `an entry of chart '${name}' is not a mapping`, nodeLine(item));
            const entry = scanEntry(text, item, validator, nodeLine, nodeStart, capture);
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
    validator.check({
        at: start,
        version: version ? scalarText(text, version.value) : undefined,
        versionAt: version ? nodeStart(version.key) : undefined,
        digest: digest ? scalarText(text, digest.value) : undefined,
        digestAt: digest ? nodeStart(digest.key) : undefined,
        urls: urlList,
        urlsAt: urls ? nodeStart(urls.key) : undefined,
    });
    const end = lineEndAfter(text, item.range[1]);
    const firstKey = item.items[0]?.key;
    const fieldIndent = firstKey?.range ? firstKey.range[0] - lineStartOf(text, firstKey.range[0]) : dashIndent + 2;
    const entry = {
        version: scalarText(text, version.value),
        dashStart: lineStart,
        start: lineStart,
        end,
        digest: digest ? scalarText(text, digest.value) : undefined,
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
function readIndex(text, file = 'index.yaml') {
    const { scan, src } = scanSource(toSource(text), file);
    return {
        apiVersion: scan.apiVersion,
        shape: scan.shape,
        charts: scan.charts.map((c) => ({
            name: src.dec(c.name),
            line: scan.lineOf(c.keyStart),
            versions: c.entries.map((e) => ({ version: e.version, digest: e.digest, deprecated: e.deprecated === 'true', line: scan.lineOf(e.dashStart) })),
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
    const eol = scan.eol;
    const text = src.s;
    const lines = (s) => enc(toEol(s, eol));
    const edits = [];
    let insertable = scan.entries.insertable;
    if (chart) {
        if (!chart.insertable)
            insertable = false;
        const before = chart.entries.find((e) => compareIndexVersions(e.version, version) < 0);
        if (before) {
            edits.push({ start: before.start, end: before.start, insert: lines(emitSequenceItem(value, before.dashIndent)) });
        }
        else if (chart.entries.length > 0) {
            const last = chart.entries[chart.entries.length - 1];
            edits.push({ start: last.end, end: last.end, insert: lines(emitSequenceItem(value, last.dashIndent)) });
        }
        else {
            edits.push({ start: chart.bodyStart, end: chart.bodyStart, insert: lines(emitSequenceItem(value, chart.keyIndent + scan.entries.dashOffset)) });
        }
    }
    else {
        const k = scan.entries.childIndent;
        const block = `${' '.repeat(k)}${emitKey(name)}:\n${emitSequenceItem(value, k + scan.entries.dashOffset)}`;
        if (scan.entries.inlineEmpty) {
            edits.push({ start: scan.entries.start, end: scan.entries.next, insert: lines(`entries:\n${block}`) });
        }
        else {
            const following = scan.charts.find((c) => goKeyCompare(name, dec(c.name)) < 0);
            const at = following ? following.start : scan.entries.blockEnd;
            edits.push({ start: at, end: at, insert: lines(block) });
        }
    }
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

;// CONCATENATED MODULE: ./actions/lib/helm/index.ts
/**
 * The pure Helm library: Chart.yaml validation, `.helmignore` rules, deterministic packaging and
 * the repository index (read, merge one version, deprecate). No git, no network, no runner I/O;
 * `loadChart` and `packageChart` read the chart directory they are given and nothing else.
 */












/***/ })

};
