export const id = 625;
export const ids = [625];
export const modules = {

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ Summary)
/* harmony export */ });
/* unused harmony exports cell, table, codeBlock, details */
/** Escapes text for a markdown table cell: pipes and newlines would break the row. */
function cell(value) {
    if (value === undefined || value === null)
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function table(header, rows) {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${header.map((_, i) => cell(row[i])).join(' | ')} |`);
    return `${lines.join('\n')}\n`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n?$/, '\n')}${fence}\n`;
}
function details(summary, body) {
    return `<details><summary>${summary.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c)}</summary>\n\n${body}\n</details>\n`;
}
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    text(markdown) {
        this.parts.push(`${markdown.replace(/\n?$/, '\n')}`);
        return this;
    }
    table(header, rows) {
        this.parts.push(table(header, rows));
        return this;
    }
    code(text, lang = '') {
        this.parts.push(codeBlock(text, lang));
        return this;
    }
    details(summary, body) {
        this.parts.push(details(summary, body));
        return this;
    }
    toString() {
        return this.parts.join('\n');
    }
}


/***/ }),

/***/ 2625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DIFF_LINES: () => (/* binding */ DIFF_LINES),
/* harmony export */   clipDiff: () => (/* binding */ clipDiff),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _lib_runner_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3653);
/** The job summary: what was published where, and the index change as a diff. Pure. */

/** Lines of the diff shown in the summary (the job summary is limited to 1 MiB). */
const DIFF_LINES = 400;
function clipDiff(diff, max = DIFF_LINES) {
    const lines = diff.replace(/\n$/, '').split('\n');
    if (lines.length <= max)
        return `${lines.join('\n')}\n`;
    return `${lines.slice(0, max).join('\n')}\n… ${lines.length - max} more lines\n`;
}
function renderSummary(r) {
    const what = r.mode === 'publish' ? `${r.chart} ${r.version}` : `${r.mode} ${r.chart} ${r.version}`;
    const s = new _lib_runner_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD().heading(`publish-helm: ${what}${r.dryRun ? ' — dry run, nothing written' : ''}`);
    s.text(`Status: **${r.status}**`);
    if (r.steps.length > 0)
        s.table(['step', 'status', 'detail'], r.steps.map((x) => [x.what, x.status, x.detail]));
    if (r.warnings.length > 0)
        s.text(r.warnings.map((w) => `- ⚠️ ${w}`).join('\n'));
    if (r.diff) {
        const lines = r.diff.split('\n').length - 1;
        s.details(`index change (${lines} diff lines${r.dryRun ? ', not pushed' : ''})`, `\n${clipDiffBlock(r.diff)}`);
    }
    return s.toString();
}
function clipDiffBlock(diff) {
    return new _lib_runner_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD().code(clipDiff(diff), 'diff').toString();
}


/***/ })

};
