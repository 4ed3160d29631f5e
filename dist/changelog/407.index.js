export const id = 407;
export const ids = [407];
export const modules = {

/***/ 1407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMMARY_TEXT_MAX: () => (/* binding */ SUMMARY_TEXT_MAX),
  capped: () => (/* binding */ capped),
  extractSummary: () => (/* binding */ extractSummary),
  lintSummary: () => (/* binding */ lintSummary),
  notesSummary: () => (/* binding */ notesSummary),
  updateSummary: () => (/* binding */ updateSummary)
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

;// CONCATENATED MODULE: ./actions/changelog/summary.ts

const SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security', 'Documentation'];
function rangeLine(h) {
    const from = h.range.from ? `\`${h.range.from.ref}\`` : 'the first commit';
    return `Range: ${from} → \`${h.range.to.ref}\` (${h.range.to.sha.slice(0, 12)}): ${h.commits} commit${h.commits === 1 ? '' : 's'}, ${h.entries.length} entr${h.entries.length === 1 ? 'y' : 'ies'}.`;
}
function enrichmentLine(h, usePulls) {
    if (!usePulls)
        return 'Pull requests: not read (use-pull-requests: false).';
    if (h.warning && !h.enrichment?.enriched)
        return `Pull requests: not read — ${h.warning}.`;
    const e = h.enrichment;
    return `Pull requests: ${e ? `${e.enriched} commit${e.enriched === 1 ? '' : 's'} matched through ${e.requests} API request${e.requests === 1 ? '' : 's'}` : 'none to read'}${h.categoriesFile ? `; categories from \`${h.categoriesFile}\`` : ''}.`;
}
/**
 * GitHub drops a step summary over 1 MiB whole; the text of a long release is shown up to
 * this many characters, cut at a line, and the rest is left to the file that has it.
 */
const SUMMARY_TEXT_MAX = 100_000;
/** `text`, or its first lines and where the whole of it is. */
function capped(text, whole) {
    if (text.length <= SUMMARY_TEXT_MAX)
        return { text, note: null };
    const cut = text.lastIndexOf('\n', SUMMARY_TEXT_MAX);
    const head = text.slice(0, cut > 0 ? cut : SUMMARY_TEXT_MAX);
    return { text: head, note: `Shown: the first ${head.length} of ${text.length} characters; the whole text is ${whole}.` };
}
function counts(entries, skipped) {
    const rows = [];
    for (const s of SECTIONS) {
        const n = entries.filter((e) => e.section === s && !e.breaking).length;
        if (n > 0)
            rows.push([s === 'Documentation' ? 'Documentation (notes only)' : s, n]);
    }
    const breaking = entries.filter((e) => e.breaking).length;
    if (breaking > 0)
        rows.push(['Changed, **BREAKING**', breaking]);
    const reasons = new Map();
    for (const s of skipped)
        reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    // a branch's commits are what its pull request's entry stands for: said so, not as a bare reason
    for (const [reason, n] of reasons)
        rows.push([reason === 'pull-request' ? 'left out: pull-request (commits of a merged pull request, which has the entry)' : `left out: ${reason}`, n]);
    return rows;
}
function updateSummary(o) {
    const s = new Summary().heading(`Changelog ${o.version}: \`${o.path}\``);
    const status = !o.changed
        ? `unchanged: ${o.path} already has the section for ${o.version}${o.regenerate ? ' and regenerating it gave the same text' : ' (set regenerate: true to rebuild it)'}`
        : o.created
            ? `created ${o.path} with the section for ${o.version}`
            : `${o.regenerate ? 'regenerated' : 'wrote'} the section for ${o.version}`;
    s.text(`**${status}**`).text(rangeLine(o.history)).text(enrichmentLine(o.history, o.usePulls));
    const rows = counts(o.history.entries, o.history.skipped);
    if (rows.length > 0)
        s.table(['section', 'commits'], rows);
    const section = capped(o.section, `in ${o.path}`);
    s.details(`the ${o.version} section`, `\n${codeFence(section.text)}`);
    if (section.note)
        s.text(section.note);
    return s.toString();
}
function notesSummary(o) {
    const s = new Summary().heading(`Release notes v${o.version}`);
    s.text(rangeLine(o.history)).text(enrichmentLine(o.history, o.usePulls));
    if (o.handWritten > 0)
        s.text(`Hand-written CHANGELOG lines included: ${o.handWritten} (from the ${o.handFrom} section).`);
    const rows = counts(o.history.entries, o.history.skipped);
    if (rows.length > 0)
        s.table(['section', 'commits'], rows);
    const notes = capped(o.notes, 'in the file of the notes-file output');
    if (notes.note)
        s.text(`**${notes.note}**`);
    s.text(notes.text);
    return s.toString();
}
function extractSummary(o) {
    return new Summary().heading(`Changelog ${o.version}: \`${o.path}\` line ${o.line}`).text(codeFence(o.section)).toString();
}
function lintSummary(o) {
    const errors = o.findings.filter((f) => f.severity === 'error').length;
    const warnings = o.findings.length - errors;
    const s = new Summary().heading(`Changelog lint: \`${o.path}\``);
    if (o.findings.length === 0)
        return s.text('No findings: the file follows Keep a Changelog.').toString();
    s.text(`**${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}**`);
    s.table(['line', 'severity', 'rule', 'finding'], o.findings.map((f) => [f.line, f.severity, f.rule, f.message]));
    return s.toString();
}
function codeFence(text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}markdown\n${text.replace(/\n?$/, '\n')}${fence}`;
}


/***/ })

};
