export const id = 216;
export const ids = [216];
export const modules = {

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderChangeTable: () => (/* binding */ renderChangeTable),
/* harmony export */   renderDiff: () => (/* binding */ renderDiff),
/* harmony export */   renderFileDiff: () => (/* binding */ renderFileDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

/** The unified diff of one file edit. */
function renderFileDiff(edit, options = {}) {
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(`a/${edit.path}`, `b/${edit.path}`, edit.before, edit.after, undefined, undefined, {
        context: options.context ?? 3,
        headerOptions: diff__WEBPACK_IMPORTED_MODULE_0__/* .FILE_HEADERS_ONLY */ .jr,
    });
}
/** The unified diff of every edit of a plan, file after file; empty when nothing changes. */
function renderDiff(plan, options = {}) {
    const edits = Array.isArray(plan) ? plan : plan.edits;
    return edits.map((edit) => renderFileDiff(edit, options)).join('');
}
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** A Markdown table with one row per changed value: what it becomes, and what it was. */
function renderChangeTable(plan) {
    const rows = plan.edits.flatMap((edit) => edit.changes.map((c) => `| \`${cell(edit.path)}\` | ${c.line} | ${cell(c.name)} | \`${cell(c.new)}\` | was \`${cell(c.old)}\` |`));
    if (rows.length === 0)
        return '';
    return ['| file | line | what | new | was |', '| --- | ---: | --- | --- | --- |', ...rows].join('\n') + '\n';
}


/***/ })

};
