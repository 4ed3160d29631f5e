export const id = 460;
export const ids = [460];
export const modules = {

/***/ 27460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackMoves: () => (/* binding */ rollbackMoves),
/* harmony export */   tagFamily: () => (/* binding */ tagFamily)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15731);
/**
 * The image tags a release moves, as docker/metadata-action's semver patterns name them
 * (`vX.Y.Z`, `vX.Y`, `vX`, `latest`), each moved only by the release that is now the newest of
 * its line: a hotfix of an older line never takes `latest` nor a newer line's `vX`. `vX` is not
 * made for 0.y.z, where every minor may break (SemVer item 4), as metadata-action does not.
 * A rollback moves each tag the rolled-back release held back to the newest other release of
 * the same line. Pure: the repository's release tags and the version in, the decisions out.
 */


const stable = (tags) => (0,_version_js__WEBPACK_IMPORTED_MODULE_1__.sortReleaseTags)(tags).map(_version_js__WEBPACK_IMPORTED_MODULE_1__.stripV);
/** The newest of `versions` (bare, newest first) that `inLine` accepts. */
const newest = (versions, inLine) => versions.find(inLine);
function lines(version) {
    const major = semver__WEBPACK_IMPORTED_MODULE_0__.major(version);
    const minor = semver__WEBPACK_IMPORTED_MODULE_0__.minor(version);
    const out = [{ tag: `v${major}.${minor}`, inLine: (v) => semver__WEBPACK_IMPORTED_MODULE_0__.major(v) === major && semver__WEBPACK_IMPORTED_MODULE_0__.minor(v) === minor, name: `the ${major}.${minor} line` }];
    if (major > 0)
        out.push({ tag: `v${major}`, inLine: (v) => semver__WEBPACK_IMPORTED_MODULE_0__.major(v) === major, name: `the ${major}.x line` });
    out.push({ tag: 'latest', inLine: () => true, name: 'every release' });
    return out;
}
/** What a release of `version` tags, given the repository's release tags (which may hold its own). */
function tagFamily(tags, version) {
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__.stripV)(version);
    const others = stable(tags).filter((t) => t !== v);
    const previousStable = others.find((t) => semver__WEBPACK_IMPORTED_MODULE_0__.lt(t, v)) ?? '';
    const moves = [{ tag: `v${v}`, why: 'the release itself' }];
    const stays = [];
    if (semver__WEBPACK_IMPORTED_MODULE_0__.prerelease(v))
        return { moves, stays: lines(semver__WEBPACK_IMPORTED_MODULE_0__.coerce(v)?.version ?? v).map((l) => ({ tag: l.tag, why: 'a prerelease moves no tag of its family' })), latest: false, previousStable };
    for (const line of lines(v)) {
        const newer = newest(others, (t) => line.inLine(t) && semver__WEBPACK_IMPORTED_MODULE_0__.gt(t, v));
        if (newer)
            stays.push({ tag: line.tag, why: `v${newer} is newer in ${line.name}` });
        else
            moves.push({ tag: line.tag, why: `the newest release of ${line.name}` });
    }
    return { moves, stays, latest: moves.some((m) => m.tag === 'latest'), previousStable };
}
/** The family tags the rolled-back `version` holds, each with the release it goes back to. */
function rollbackMoves(tags, version) {
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__.stripV)(version);
    const held = tagFamily(tags, v).moves.slice(1);
    const others = stable(tags).filter((t) => t !== v && semver__WEBPACK_IMPORTED_MODULE_0__.lt(t, v));
    return held.map((m) => {
        const line = lines(v).find((l) => l.tag === m.tag);
        const back = newest(others, line.inLine);
        return back ? { tag: m.tag, to: `v${back}` } : { tag: m.tag };
    });
}


/***/ })

};
