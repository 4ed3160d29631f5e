export const id = 18;
export const ids = [18];
export const modules = {

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ensureMilestone: () => (/* binding */ ensureMilestone)
/* harmony export */ });
/* unused harmony export nextMilestoneTitle */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7305);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3490);
/**
 * The next milestone (`vX.(Y+1).0` after vX.Y.Z), created when missing — matched by title
 * among open and closed milestones, either `v` style, so a re-run or a hand-made
 * `0.6.0` milestone is found and nothing is created twice.
 */



function nextMilestoneTitle(version) {
    const v = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    if (!v)
        throw new Error(`not a version: ${version}`);
    return `v${v.major}.${v.minor + 1}.0`;
}
async function ensureMilestone(client, repo, version, opts) {
    const title = nextMilestoneTitle(version);
    const same = (t) => t.trim().replace(/^v/, '') === title.slice(1);
    let existing;
    try {
        existing = (await client.paginate(client.rest.issues.listMilestones, { ...repo, state: 'all', per_page: 100 })).find((m) => same(m.title));
    }
    catch (err) {
        return { channel: 'milestone', status: 'failed', error: (0,_release_js__WEBPACK_IMPORTED_MODULE_2__.remoteError)('listing the milestones', err).message };
    }
    if (existing)
        return { channel: 'milestone', status: 'already-sent', id: `${existing.title} (#${existing.number}, ${existing.state})` };
    if (opts.dryRun)
        return { channel: 'milestone', status: 'dry-run', id: title };
    try {
        const { data } = await client.rest.issues.createMilestone({ ...repo, title, description: `The release after v${version}.` });
        return { channel: 'milestone', status: 'sent', id: `${data.title} (#${data.number})` };
    }
    catch (err) {
        // created meanwhile (or by a retried request whose first answer was lost)
        if ((0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(err) === 422)
            return { channel: 'milestone', status: 'already-sent', id: title };
        return { channel: 'milestone', status: 'failed', error: (0,_release_js__WEBPACK_IMPORTED_MODULE_2__.remoteError)(`creating the milestone ${title}`, err).message };
    }
}


/***/ })

};
