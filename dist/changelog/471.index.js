export const id = 471;
export const ids = [471];
export const modules = {

/***/ 9471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handWrittenItems: () => (/* binding */ handWrittenItems)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3659);
/**
 * The hand-written lines of the CHANGELOG that belong in a version's release notes: the
 * version's own section when it has one (written by `mode: update`), else — for a version
 * newer than every section — what is waiting under `## [Unreleased]`. Lines in the exact
 * shape generated for this history's entries are left out (the entries themselves go into
 * the notes); every other line is a human's and is kept, and wins over the generated
 * entry of a pull request it names.
 */


const CATEGORY = {
    Added: 'features',
    Changed: 'changed',
    Deprecated: 'deprecated',
    Removed: 'removed',
    Fixed: 'fixes',
    Security: 'security',
};
const MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;
const strip = (line) => line.replace(MARKER, '').trim();
function sectionFor(sections, version) {
    const own = sections.find((s) => s.kind === 'version' && s.version !== null && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(s.version) && semver__WEBPACK_IMPORTED_MODULE_0___default().eq(s.version, version));
    if (own)
        return own;
    const newest = sections.every((s) => s.kind !== 'version' || s.version === null || !semver__WEBPACK_IMPORTED_MODULE_0___default().valid(s.version) || semver__WEBPACK_IMPORTED_MODULE_0___default().lt(s.version, version));
    return newest ? (sections.find((s) => s.kind === 'unreleased') ?? null) : null;
}
/** Throws the parser's FileError for a CHANGELOG it cannot read; the caller decides what that means for the notes. */
function handWrittenItems(text, opts) {
    const doc = (0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_1__.parseChangelog)(text, { file: opts.file });
    const section = sectionFor(doc.sections, opts.version);
    if (!section)
        return { items: [], from: null };
    // A generated line ends with its entry's reference, `([#12](…))` or `([abc1234](…))` (plain
    // without a repository URL): only the
    // entries with the reference a line ends with are rendered to compare (a long history's
    // thousands of entries are not rendered for a section of a few hand-written lines).
    let byRef = null;
    const isGenerated = (line) => {
        const m = /\((?:\[(#\d+|[0-9a-f]{7})\]\([^()\s]*\)|(#\d+|[0-9a-f]{7}))\)$/.exec(line);
        const ref = m?.[1] ?? m?.[2];
        if (ref === undefined)
            return false;
        if (byRef === null) {
            byRef = new Map();
            for (const e of opts.entries) {
                const key = e.pr !== null ? `#${e.pr}` : e.sha.slice(0, 7).toLowerCase();
                const list = byRef.get(key);
                if (list)
                    list.push(e);
                else
                    byRef.set(key, [e]);
            }
        }
        return (byRef.get(ref) ?? []).some((e) => strip((0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_1__.changelogLine)(e, opts.repoUrl).split('\n')[0]) === line);
    };
    const items = [];
    const add = (category, item) => {
        const first = strip(item.lines[0] ?? '');
        if (first === '' || isGenerated(first))
            return;
        const text = item.lines.map((l, i) => (i === 0 ? strip(l) : l.trim())).join(' ').trim();
        const breaking = /^\*\*BREAKING\*\*\s*/.test(text);
        items.push({ category: breaking ? 'breaking' : category, text: breaking ? text.replace(/^\*\*BREAKING\*\*\s*/, '') : text });
    };
    // an intro paragraph is prose, not a change; an intro list item is a change without a type
    for (const item of section.intro)
        if (MARKER.test(item.lines[0] ?? ''))
            add('changed', item);
    for (const sub of section.subsections) {
        const canonical = (0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_1__.canonicalSection)(sub.title);
        const category = canonical ? CATEGORY[canonical] : /doc/i.test(sub.title) ? 'docs' : 'changed';
        for (const item of sub.items)
            add(category, item);
    }
    return { items, from: section.kind === 'unreleased' ? 'Unreleased' : section.version };
}


/***/ })

};
