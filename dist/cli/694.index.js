export const id = 694;
export const ids = [694];
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


/***/ })

};
