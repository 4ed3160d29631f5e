export const id = 404;
export const ids = [404,216];
export const modules = {

/***/ 3404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderPlan: () => (/* binding */ renderPlan),
  renderSummary: () => (/* binding */ renderSummary)
});

;// CONCATENATED MODULE: ./actions/lib/runner/summary.ts
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

// EXTERNAL MODULE: ./actions/lib/version-files/diff.ts
var version_files_diff = __webpack_require__(4216);
;// CONCATENATED MODULE: ./actions/bump-version/summary.ts
/**
 * What a run reports: the job summary (markdown) and the plan in the log. Pure over
 * the report, so tests compare text.
 */


const summary_short = (sha) => sha.slice(0, 12);
/** `diff`: the edits' diff when the caller has it already (it printed it in the log). */
function renderSummary(r, diff = (0,version_files_diff.renderDiff)(r.edits)) {
    const s = new Summary();
    s.heading(`bump-version: ${r.previousVersion} → ${r.version}`);
    if (r.status === 'dry-run')
        s.text('> **Dry run**: this is the plan; nothing was written, pushed or opened.');
    if (r.status === 'exists')
        s.text(`> Branch \`${r.branch}\` already holds this bump: nothing new was committed or pushed.`);
    if (r.status === 'updated')
        s.text(`> Branch \`${r.branch}\` moved to the release commit of ${r.version} on the tip of \`${r.base}\`.`);
    if (r.status === 'hand-edited')
        s.text(`> Branch \`${r.branch}\` was changed by hand: left as it is (see the warning in the log).`);
    const pr = r.pull ? `[#${r.pull.number}](${r.pull.url})${r.pull.existed ? ' (already open)' : ' (opened)'}` : (r.pullNote ?? 'not opened');
    s.table(['', ''], [
        ['version', `\`${r.version}\` (${r.releaseType}; was \`${r.previousVersion}\`)`],
        ['tag', `\`${r.tag}\``],
        ['mode', r.mode],
        ['branch', `\`${r.branch}\` from \`${r.start.label}\` (${summary_short(r.start.sha)})`],
        ['pull request', `${pr} into \`${r.base}\``],
        ...(r.commit ? [['commit', `\`${r.commit}\``]] : []),
        ['version files', r.filesSource],
    ]);
    if (r.cherryPicks.length > 0) {
        s.heading('Cherry-picks', 3);
        s.table(['commit', 'subject'], r.cherryPicks.map((c) => [`\`${summary_short(c.sha)}\``, c.subject]));
    }
    s.heading('Changes', 3);
    s.text((0,version_files_diff.renderChangeTable)({ edits: r.edits }) || 'No file changes.');
    if (r.skipped.length > 0) {
        s.details(`Left alone (${r.skipped.length})`, table(['file', 'line', 'what', 'value', 'why'], r.skipped.map((k) => [k.path, k.line ?? '', k.name, k.value ?? '', k.reason])));
    }
    if (diff) {
        s.heading('Diff', 3);
        s.code(diff, 'diff');
    }
    return s.toString();
}
/** The plan as plain lines for the log. */
function renderPlan(r) {
    const lines = [
        `${r.status === 'dry-run' ? 'Dry run: ' : ''}bump ${r.previousVersion} → ${r.version} (${r.releaseType}), tag ${r.tag}`,
        `branch ${r.branch} from ${r.start.label} (${summary_short(r.start.sha)}), pull request into ${r.base}`,
        `version files: ${r.filesSource}`,
    ];
    for (const c of r.cherryPicks)
        lines.push(`cherry-pick ${summary_short(c.sha)} ${c.subject}`);
    for (const e of r.edits)
        for (const c of e.changes)
            lines.push(`  ${e.path}:${c.line} ${c.name} → ${c.new} (was ${c.old})`);
    for (const k of r.skipped)
        lines.push(`  left alone: ${k.path}${k.line ? `:${k.line}` : ''} ${k.name}${k.value ? ` = ${k.value}` : ''} (${k.reason})`);
    return lines.join('\n');
}


/***/ }),

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
