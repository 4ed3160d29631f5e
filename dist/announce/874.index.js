export const id = 874;
export const ids = [874];
export const modules = {

/***/ 874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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

;// CONCATENATED MODULE: ./actions/announce/summary.ts
/** The job summary: the release, its assets, what the rollback changed and every channel's outcome. */

const ICON = { sent: '✅ sent', 'already-sent': '☑️ already sent', skipped: '⏭️ skipped', failed: '❌ failed', 'dry-run': '📝 dry run' };
function renderSummary(r) {
    const s = new Summary().heading(`announce (${r.mode}): ${r.tag}${r.dryRun ? ' — dry run, nothing written' : ''}`);
    if (r.release) {
        const rel = r.release;
        s.text(`Release [${r.tag}](${rel.url}) (id ${rel.id}): ${rel.how}; ${rel.prerelease ? 'prerelease' : 'stable'}${rel.latest === undefined ? '' : rel.latest ? ', latest' : ', not latest'}.` +
            (r.notesSource ? ` Notes from ${r.notesSource}.` : ''));
    }
    if (r.assets.length > 0)
        s.table(['asset', 'size', 'sha256', 'status'], r.assets.map((a) => [`\`${a.name}\``, a.size, `\`${a.sha256}\``, a.status]));
    if (r.rollback)
        s.text(r.rollback.length > 0 ? `Rollback: ${r.rollback.join('; ')}.` : 'Rollback: already rolled back, nothing changed.');
    if (r.channels.length > 0)
        s.table(['channel', 'status', 'result'], r.channels.map((c) => [`\`${c.channel}\``, ICON[c.status], c.error ?? c.id ?? '']));
    else
        s.text(r.channelsNote ?? 'No announcement channels are configured.');
    return s.toString();
}


/***/ })

};
