export const id = 20;
export const ids = [20];
export const modules = {

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rewriteRelated: () => (/* binding */ rewriteRelated),
  yamlRefs: () => (/* binding */ yamlRefs)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var version = __webpack_require__(5731);
// EXTERNAL MODULE: ./actions/lib/version-files/text.ts
var version_files_text = __webpack_require__(9752);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
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
 * Helm examples of our chart and our images' tags are ours whatever version they hold
 * (a stale example moves to the release, as the rest does); other versions in `uses:`
 * lines and in marker blocks are someone else's and are ignored. A docs file with no
 * reference is refused unless `optional`.
 */
const MARKER_OPEN = '<!-- release-actions:version -->';
const MARKER_CLOSE = '<!-- /release-actions:version -->';
const HELM_VERSION = new RegExp(String.raw `(?<![\w-])--version(?:=|[ \t]+)(["']?)(${version_files_text/* VERSION_TOKEN */.Zo})\1`, 'gd');
const USES = new RegExp(String.raw `^[ \t]*(?:-[ \t]+)?uses:[ \t]*["']?[^\s@"'#]+@(${version_files_text/* VERSION_TOKEN */.Zo})`, 'gmd');
const MARKER = /<!--[ \t]*(\/?)release-actions:version[ \t]*-->/g;
const cache = new version_files_text/* RegexCache */.cM();
function mentionPattern(charts) {
    return cache.get(`chart\0${charts.join('\0')}`, () => new RegExp(String.raw `(?<![\w-])(?:${charts.map(version_files_text/* escapeRegExp */.Nt).join('|')})(?![\w-])`));
}
function imagePattern(images) {
    return cache.get(`image\0${images.join('\0')}`, () => new RegExp(String.raw `(?<![\w./-])(?:${images.map(version_files_text/* escapeRegExp */.Nt).join('|')}):(${version_files_text/* VERSION_TOKEN */.Zo})(@sha256:)?`, 'gd'));
}
function currentPattern(current) {
    return cache.get(`current\0${current}`, () => new RegExp(String.raw `${version_files_text/* VERSION_START */.aA}v?${(0,version_files_text/* escapeRegExp */.Nt)(current)}${version_files_text/* VERSION_END */.vJ}`, 'g'));
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
    const current = (0,version/* stripV */.tQ)(options.current);
    const lines = new version_files_text/* LineIndex */.rr(text);
    const found = new Map();
    const skipped = [];
    const add = (name, value, start) => {
        if (!found.has(start))
            found.set(start, { name, line: lines.lineOf(start), value, start, end: start + value.length });
    };
    const charts = (options.charts ?? []).filter((c) => c !== '');
    if (charts.length > 0 && text.includes('--version')) {
        const mentions = mentionPattern(charts);
        for (const m of text.matchAll(HELM_VERSION)) {
            const value = m[2];
            const start = (m.indices?.[2])[0];
            if (mentions.test(logicalLine(text, m.index)))
                add('helm --version', value, start);
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
            else
                add(name, value, start);
        }
    }
    if (text.includes('uses:')) {
        for (const m of text.matchAll(USES)) {
            const value = m[1];
            if ((0,version/* stripV */.tQ)(value) === current)
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
            skipped.push({ name: 'docs', reason: 'no version reference (helm --version of the chart, our image tags, uses: …@current, markers)' });
        }
        else {
            throw new errors/* FileError */.f6(path, `expected a version reference in a known context (helm --version naming the chart, <image>:<tag>, uses: …@<tag>, or between ${MARKER_OPEN} markers), found none${seen}`);
        }
    }
    return { refs, skipped };
}
/** The docs with every recognised reference moved to `next`, each in its own style. */
function updateDocs(text, next, options, path = 'README.md') {
    return applyRefs(text, readDocs(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/announce/related.ts
/**
 * update-repos: moving this project's references in a related repository (llm-d-infra,
 * example repositories) from the previous version to the new one, with the reference
 * rules of bump-version and nothing else:
 *
 * - docs rules (any text file): `helm … --version X` when the command names the chart,
 *   `<image>:<tag>` for the project's images (a digest pin is left alone), `uses: …@X`,
 *   and every occurrence inside `<!-- release-actions:version -->` markers;
 * - YAML (`.yaml`/`.yml`, every document of the file): a `tag` beside a `repository` that
 *   is one of the project's images (values files), a `newTag` beside a `name` that is one
 *   (kustomize `images:`), and a `version` beside a `name` or `chart` that is the project's
 *   chart (Chart.yaml `dependencies:`, helmfile `releases:`).
 *
 * Only values that hold exactly the previous version change (either `v` style, kept); other
 * versions, other images and other charts are never touched. Pure over text.
 */




const YAML_FILE = /\.ya?ml$/i;
function scalarString(node) {
    return (0,dist.isScalar)(node) && typeof node.value === 'string' ? node.value : undefined;
}
/** A plain or simply quoted scalar that holds `previous`, as a reference. */
function refOf(text, lines, name, node, previous) {
    if (!(0,dist.isScalar)(node) || !node.range)
        return undefined;
    const scalar = node;
    const [start, end] = scalar.range;
    let s = start;
    let e = end;
    if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
        s += 1;
        e -= 1;
    }
    else if (scalar.type !== 'PLAIN') {
        return undefined;
    }
    const value = text.slice(s, e);
    if (value !== String(scalar.value) || (0,version/* stripV */.tQ)(value) !== (0,version/* stripV */.tQ)(previous) || !/^v?\d/.test(value))
        return undefined;
    return { name, line: lines.lineOf(s), value, start: s, end: e };
}
function imageMatches(value, images) {
    if (!value)
        return false;
    return images.some((i) => i === value || i.endsWith(`/${value}`));
}
function chartMatches(value, charts) {
    if (!value)
        return false;
    const last = value.replace(/^oci:\/\//, '').split('/').pop() ?? value;
    return charts.includes(value) || charts.includes(last);
}
/** The YAML references of the project in `text` (every document). */
function yamlRefs(text, rules) {
    const docs = (0,dist.parseAllDocuments)(text);
    const lines = new version_files_text/* LineIndex */.rr(text);
    const refs = [];
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
        if (doc.errors.length > 0)
            continue;
        (0,dist.visit)(doc, {
            Map(_key, node) {
                if (!(0,dist.isMap)(node))
                    return;
                const get = (k) => node.get(k, true);
                const registry = scalarString(get('registry'));
                const repository = scalarString(get('repository'));
                const fullRepository = registry && repository ? `${registry.replace(/\/+$/, '')}/${repository}` : repository;
                if (imageMatches(fullRepository, rules.images)) {
                    const r = refOf(text, lines, 'image tag', get('tag'), rules.previous);
                    if (r)
                        refs.push(r);
                }
                if (imageMatches(scalarString(get('name')), rules.images)) {
                    const r = refOf(text, lines, 'kustomize newTag', get('newTag'), rules.previous);
                    if (r)
                        refs.push(r);
                }
                if (chartMatches(scalarString(get('name')), rules.charts) || chartMatches(scalarString(get('chart')), rules.charts)) {
                    const r = refOf(text, lines, 'chart version', get('version'), rules.previous);
                    if (r)
                        refs.push(r);
                }
            },
        });
    }
    return refs;
}
/** The new text of one file of the related repository, or undefined when nothing in it is ours. */
function rewriteRelated(path, text, rules) {
    const refs = [];
    const docs = readDocs(text, { current: rules.previous, images: rules.images, charts: rules.charts, optional: true }, path);
    // A release's own files move whatever they held; another repository's only where they held
    // the previous release (a pin to another version there is that repository's choice).
    refs.push(...docs.refs.filter((r) => (0,version/* stripV */.tQ)(r.value) === (0,version/* stripV */.tQ)(rules.previous)));
    if (YAML_FILE.test(path))
        refs.push(...yamlRefs(text, rules));
    if (refs.length === 0)
        return undefined;
    const { text: after, changes } = (0,version_files_text/* applyRefs */.fx)(text, refs, rules.next, path);
    if (changes.length === 0)
        return undefined;
    return { path, before: text, after, changes };
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
