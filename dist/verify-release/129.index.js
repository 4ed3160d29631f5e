export const id = 129;
export const ids = [129];
export const modules = {

/***/ 93129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27378);
/**
 * changelog-entry: the changelog has a section for the version with something in
 * it, and the file lints without errors (warnings are listed, not failed).
 */



async function run(ctx) {
    const file = ctx.config.changelog;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.run.workspace, file), 'utf8').catch(() => undefined);
    if (text === undefined)
        return { status: 'failed', detail: `${file} does not exist (configuration key changelog)` };
    const { extractSection, lintChangelog, sectionContent } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(67), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 5398));
    let section;
    try {
        section = extractSection(text, ctx.version, { file });
    }
    catch (err) {
        if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ)
            return { status: 'failed', detail: err.message };
        throw err;
    }
    const content = sectionContent(section.body);
    if (content.length === 0) {
        return { status: 'failed', detail: `${file}:${section.line} the section ${section.heading.trim()} is empty: list what changed in ${ctx.version}` };
    }
    const findings = lintChangelog(text, { file });
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity !== 'error');
    const show = (list) => list.map((f) => `${file}:${f.line} ${f.message} (${f.rule})`).join('; ');
    if (errors.length > 0)
        return { status: 'failed', detail: `${file} does not lint clean: ${show(errors)}` };
    const items = content.filter((l) => /^\s*[-*+]\s/.test(l)).length;
    const size = items > 0 ? `${items} entr${items === 1 ? 'y' : 'ies'}` : `${content.length} line(s)`;
    return {
        status: 'passed',
        detail: `${file}:${section.line} ${section.heading.trim()} has ${size}${warnings.length ? `; lint warnings: ${show(warnings)}` : '; lints clean'}`,
    };
}


/***/ })

};
