export const id = 342;
export const ids = [342];
export const modules = {

/***/ 5500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   Jh: () => (/* binding */ escapeChatText),
/* harmony export */   ZV: () => (/* binding */ creditAuthor)
/* harmony export */ });
/**
 * Escaping of commit text (untrusted: anyone who lands a commit writes it) before it goes
 * into Markdown that GitHub renders, or into a chat message.
 *
 * Markdown (release notes, CHANGELOG lines):
 * - `@login` / `@org/team` would notify: wrapped in a code span (`` `@login` ``), which
 *   GitHub renders but does not link or notify. Text already inside a code span stays.
 * - `<` and `>` become `&lt;` / `&gt;`: no raw HTML (`<img onerror>`, `<details>` that
 *   swallows the rest of the notes), no Slack control sequences (`<!channel>`, `<@U123>`)
 *   when the notes are forwarded.
 * - `&` that starts an entity (`&#64;alice`) becomes `&amp;`, so an encoded `@` cannot
 *   turn back into a mention.
 * - An unmatched backtick is escaped, so it cannot pair with a code span we add.
 * - Line breaks become spaces; a leading `#`, `>`, `-`, `+`, `*`, `1.`, `[` is escaped
 *   so the text cannot become a heading, quote, nested list or task box.
 */
const MENTION = /(^|[^A-Za-z0-9_`/])@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9_.-]+)?)/g;
function escapeTextRun(text) {
    if (!/[&<>@]/.test(text))
        return text;
    return text
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MENTION, (_m, pre, name) => `${pre}\`@${name}\``);
}
/** Splits text into code spans (kept) and the rest (escaped); unmatched backticks are escaped. */
function mapOutsideCode(text, fn) {
    if (!text.includes('`'))
        return fn(text);
    let out = '';
    let run = '';
    let i = 0;
    while (i < text.length) {
        const tick = text.indexOf('`', i);
        if (tick === -1) {
            run += text.slice(i);
            break;
        }
        if (tick > i && text[tick - 1] === '\\') {
            // an escaped backtick is text
            run += text.slice(i, tick + 1);
            i = tick + 1;
            continue;
        }
        run += text.slice(i, tick);
        let n = 0;
        while (text[tick + n] === '`')
            n++;
        const fence = '`'.repeat(n);
        // the closing run must be exactly n backticks
        let j = tick + n;
        let close = -1;
        while (j < text.length) {
            const k = text.indexOf(fence, j);
            if (k === -1)
                break;
            let m = 0;
            while (text[k + m] === '`')
                m++;
            if (m === n) {
                close = k;
                break;
            }
            j = k + m;
        }
        if (close === -1) {
            run += '\\`'.repeat(n);
            i = tick + n;
            continue;
        }
        out += fn(run) + text.slice(tick, close + n);
        run = '';
        i = close + n;
    }
    return out + fn(run);
}
/**
 * Text that every step below leaves as it is: one line, nothing to trim, no backtick, no
 * `&<>@`, and no first character that could start a block (`#`, `-`, `+`, `*`, `[`, `=`, a digit).
 */
const UNCHANGED = /^(?![\s#+*=[\d-])[^\r\n\t`&<>@]*(?<!\s)$/;
/** Escapes one line of untrusted text for inline use in GitHub Markdown. */
function escapeMarkdownInline(text) {
    if (UNCHANGED.test(text))
        return text;
    const oneLine = (/[\r\n\t]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ') : text).trim();
    let out = mapOutsideCode(oneLine, escapeTextRun);
    // block-level starts: heading, quote (already &gt;), list markers, ordered list, task box, thematic break
    out = out.replace(/^(#{1,6}(?=\s|$)|[-+*](?=\s|$)|\[|=)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
    return out;
}
/**
 * Escapes untrusted text for a chat message (Slack mrkdwn and similar): `&`, `<`, `>`
 * everywhere (Slack reads `<!here>` even inside code), mentions wrapped in code.
 */
function escapeChatText(text) {
    const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const entities = oneLine.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return mapOutsideCode(entities, (run) => run.replace(MENTION, (_m, pre, name) => `${pre}\`@${name}\``));
}
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/** `by @login` for a GitHub login from the API; anything else is escaped text without `@`. */
function creditAuthor(author) {
    if (!author)
        return '';
    if (LOGIN.test(author))
        return ` by @${author}`;
    return ` by ${escapeMarkdownInline(author)}`;
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ referenceOf),
/* harmony export */   H8: () => (/* binding */ changelogLine),
/* harmony export */   Hx: () => (/* binding */ normalizeRepoUrl),
/* harmony export */   Uh: () => (/* binding */ notesLine),
/* harmony export */   gz: () => (/* binding */ prNumbersIn),
/* harmony export */   o3: () => (/* binding */ sentenceCase),
/* harmony export */   s6: () => (/* binding */ isIsoDate),
/* harmony export */   u0: () => (/* binding */ entryText)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5500);

/** `https://github.com/OWNER/REPO` without a trailing slash or `.git`. */
function normalizeRepoUrl(url) {
    // a release's thousands of lines all name the same repository: the last answer is kept
    if (url === lastUrl.url)
        return lastUrl.normal;
    const normal = url.trim().replace(/\/+$/, '').replace(/\.git$/, '');
    lastUrl = { url, normal };
    return normal;
}
let lastUrl = { url: '', normal: '' };
/** `YYYY-MM-DD` and a real calendar date. */
function isIsoDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
/** `([#123](…/pull/123))`, or `([abc1234](…/commit/sha))` when there is no pull request; plain without a repo URL. */
function referenceOf(entry, repoUrl) {
    const repo = repoUrl ? normalizeRepoUrl(repoUrl) : null;
    if (entry.pr !== null)
        return repo ? `([#${entry.pr}](${repo}/pull/${entry.pr}))` : `(#${entry.pr})`;
    if (/^[0-9a-f]{7,40}$/i.test(entry.sha)) {
        const short = entry.sha.slice(0, 7);
        return repo ? `([${short}](${repo}/commit/${entry.sha}))` : `(${short})`;
    }
    return '';
}
/** The text of an entry: `**scope:** subject`, escaped. */
function entryText(entry) {
    const scope = entry.scope ? `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(entry.scope)}:** ` : '';
    return scope + (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(entry.subject);
}
/**
 * A subject as the start of a sentence: `add X` → `Add X`. Only a first word in plain lower
 * case changes: `gRPC`, `e2e`, `x/net`, `` `kubectl` `` are names and stay as written.
 */
function sentenceCase(subject) {
    return /^[a-z]+(?:-[a-z]+)*(?=[\s,:;.!?]|$)/.test(subject) ? subject[0].toUpperCase() + subject.slice(1) : subject;
}
/**
 * A CHANGELOG list item (no author credit: the file is not a place for @-handles), a
 * sentence (`feat: add X (#12)` → `- Add X ([#12](…))`). A breaking change carries its
 * `BREAKING CHANGE:` text on a continuation line.
 */
function changelogLine(entry, repoUrl, marker = '-') {
    const mark = entry.breaking ? '**BREAKING** ' : '';
    const ref = referenceOf(entry, repoUrl);
    const note = entry.breaking && entry.breakingNote ? `\n  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(entry.breakingNote)}` : '';
    return `${marker} ${mark}${entryText({ scope: entry.scope, subject: sentenceCase(entry.subject) })}${ref ? ` ${ref}` : ''}${note}`;
}
/** A release-notes list item, with `by @login` for a login from the API. */
function notesLine(entry, repoUrl) {
    const ref = referenceOf(entry, repoUrl);
    return `- ${entryText(entry)}${ref ? ` ${ref}` : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .creditAuthor */ .ZV)(entry.author)}`;
}
/** Pull request numbers a hand-written line mentions: `#123`, `[#123]`, `/pull/123`. */
function prNumbersIn(text) {
    const out = [];
    for (const m of text.matchAll(/(?:^|[^\w&])#(\d+)\b|\/pull\/(\d+)\b/g))
        out.push(Number(m[1] ?? m[2]));
    return out;
}


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ NOTES_ORDER),
/* harmony export */   G_: () => (/* binding */ installOneLiner),
/* harmony export */   IE: () => (/* binding */ renderNotes),
/* harmony export */   M4: () => (/* binding */ renderAnnouncement),
/* harmony export */   UC: () => (/* binding */ notesCategory),
/* harmony export */   _P: () => (/* binding */ installCommands),
/* harmony export */   bq: () => (/* binding */ overviewOf),
/* harmony export */   eq: () => (/* binding */ highlights),
/* harmony export */   q9: () => (/* binding */ RELEASE_BODY_MAX),
/* harmony export */   tJ: () => (/* binding */ NOTES_MAX)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _semver_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5731);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5500);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9496);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9500);





/** Rendering order of the categories (see NOTES_HEADINGS for why). */
/** GitHub refuses a release body over 125 000 characters. */
const RELEASE_BODY_MAX = 125_000;
/** The longest notes announce publishes: the rest is room for a later rollback notice. */
const NOTES_MAX = RELEASE_BODY_MAX - 2_000;
const NOTES_ORDER = ['features', 'fixes', 'security', 'changed', 'deprecated', 'removed', 'docs', 'breaking'];
const CATEGORY_OF = {
    Added: 'features',
    Fixed: 'fixes',
    Security: 'security',
    Changed: 'changed',
    Deprecated: 'deprecated',
    Removed: 'removed',
    Documentation: 'docs',
};
function notesCategory(entry) {
    return entry.breaking ? 'breaking' : CATEGORY_OF[entry.section];
}
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const CHART_NAME = /^[a-z0-9](?:[-a-z0-9._]{0,62}[a-z0-9])?$/;
const SAFE_URL = /^(?:https?|oci):\/\/[A-Za-z0-9._~:/%+-]+$/;
function checkChart(chart) {
    const bad = (what, value, expect) => {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`chart ${what} ${JSON.stringify(value)} is not ${expect}`);
    };
    if (!SAFE_URL.test(chart.repoUrl))
        bad('repository URL', chart.repoUrl, 'an https:// or oci:// URL without spaces or shell characters');
    if (!chart.repoUrl.startsWith('oci://') && !CHART_NAME.test(chart.repoAlias))
        bad('repository alias', chart.repoAlias, 'a name like wva');
    if (!CHART_NAME.test(chart.chart))
        bad('name', chart.chart, 'a chart name (lower case, digits, -)');
    if (!DNS_LABEL.test(chart.release) || chart.release.length > 53)
        bad('release name', chart.release, 'a DNS label of at most 53 characters');
    if (!DNS_LABEL.test(chart.namespace))
        bad('namespace', chart.namespace, 'a DNS label');
}
/**
 * The helm commands that install `version` of the chart. Helm chart versions carry no
 * `v` (`--version 0.5.0`): the process document writes `--version v0.x.0`, which only
 * works because Helm retries with the prefix stripped; the suite writes the chart's real
 * version. `helm repo update <alias>` is added so that a machine that already has the
 * repository sees the new version.
 */
function installCommands(chart, version) {
    checkChart(chart);
    const v = (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(version).version;
    const repo = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRepoUrl */ .Hx)(chart.repoUrl);
    const tail = [`  --version ${v} \\`, `  --namespace ${chart.namespace} \\`, '  --create-namespace'];
    if (repo.startsWith('oci://'))
        return [`helm install ${chart.release} ${repo}/${chart.chart} \\`, ...tail];
    return [
        `helm repo add ${chart.repoAlias} ${repo}`,
        `helm repo update ${chart.repoAlias}`,
        `helm install ${chart.release} ${chart.repoAlias}/${chart.chart} \\`,
        ...tail,
    ];
}
/** One line for an announcement: `helm install wva wva/chart --version 0.5.0`. */
function installOneLiner(chart, version) {
    checkChart(chart);
    const v = (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(version).version;
    const repo = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRepoUrl */ .Hx)(chart.repoUrl);
    const ref = repo.startsWith('oci://') ? `${repo}/${chart.chart}` : `${chart.repoAlias}/${chart.chart}`;
    return `helm install ${chart.release} ${ref} --version ${v} --namespace ${chart.namespace} --create-namespace`;
}
const PRIORITY = { breaking: 0, features: 1, security: 2, fixes: 3, changed: 4, deprecated: 5, removed: 6, docs: 7 };
/** The `n` entries worth announcing: breaking changes, then features, security, fixes, other changes; never docs. */
function highlights(entries, n) {
    return entries
        .map((e, i) => ({ e, i, p: PRIORITY[notesCategory(e)] }))
        .filter((x) => x.p < PRIORITY.docs)
        .sort((a, b) => a.p - b.p || a.i - b.i)
        .slice(0, Math.max(0, n))
        .map((x) => x.e);
}
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function joinWords(parts) {
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;
/**
 * The generated overview: what the release brings, then its highlights. Hand-written
 * `extra` items count like entries (and come first among equals in the highlights), so the
 * overview agrees with the sections below it.
 */
function overviewOf(entries, n = 3, extra = []) {
    // one pass: the category of each entry is computed once, for the counts and the ranking
    const priorities = [];
    const counts = new Map();
    const tally = (c) => void counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const e of entries) {
        const c = notesCategory(e);
        priorities.push(PRIORITY[c]);
        tally(c);
    }
    for (const x of extra)
        tally(x.category);
    const count = (c) => counts.get(c) ?? 0;
    const breaking = count('breaking');
    const parts = [];
    const features = count('features');
    const fixes = count('fixes');
    const security = count('security');
    const other = count('changed') + count('deprecated') + count('removed');
    const docs = count('docs');
    if (features)
        parts.push(plural(features, 'new feature', 'new features'));
    if (fixes)
        parts.push(plural(fixes, 'bug fix', 'bug fixes'));
    if (security)
        parts.push(plural(security, 'security fix', 'security fixes'));
    if (other)
        parts.push(plural(other, 'other change', 'other changes'));
    if (docs)
        parts.push(plural(docs, 'documentation update', 'documentation updates'));
    if (breaking)
        parts.unshift(plural(breaking, 'breaking change', 'breaking changes'));
    if (parts.length === 0)
        return 'This release contains no user-facing changes.';
    const lines = [`This release brings ${joinWords(parts)}.`];
    // the first n by priority, then by position (hand-written first); only those n are rendered
    const ranked = [];
    for (let p = 0; p < PRIORITY.docs && ranked.length < n; p++) {
        for (const x of extra) {
            if (ranked.length >= n)
                break;
            if (PRIORITY[x.category] === p)
                ranked.push(`${x.category === 'breaking' ? '⚠️ ' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdownInline */ .E4)(x.text.replace(LIST_MARKER, ''))}`);
        }
        for (let i = 0; i < entries.length && ranked.length < n; i++) {
            const e = entries[i];
            if (priorities[i] === p)
                ranked.push(`${e.breaking ? '⚠️ ' : ''}${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .entryText */ .u0)(e)}`);
        }
    }
    if (ranked.length > 0) {
        lines.push('', 'Highlights:');
        for (const text of ranked)
            lines.push(`- ${text}`);
    }
    return lines.join('\n');
}
/**
 * GitHub release notes in the process's shape: What's New, overview, the categories
 * present (empty ones left out), Installation, Full Changelog.
 */
function renderNotes(entries, options) {
    const version = (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(options.version).version;
    const tag = `${options.tagPrefix ?? 'v'}${version}`;
    const repo = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRepoUrl */ .Hx)(options.repoUrl);
    const extra = options.extra ?? [];
    const extraPrs = new Set(extra.flatMap((x) => (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .prNumbersIn */ .gz)(x.text)));
    const seen = new Set();
    const kept = [];
    for (const e of entries) {
        if (e.pr !== null) {
            if (seen.has(e.pr) || extraPrs.has(e.pr))
                continue;
            seen.add(e.pr);
        }
        kept.push(e);
    }
    const byCategory = new Map();
    const push = (c, line) => {
        const list = byCategory.get(c) ?? [];
        list.push(line);
        byCategory.set(c, list);
    };
    for (const x of extra)
        push(x.category, `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdownInline */ .E4)(x.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))}`);
    for (const e of kept) {
        let line = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .notesLine */ .Uh)(e, repo);
        if (e.breaking && e.breakingNote)
            line += `\n  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdownInline */ .E4)(e.breakingNote)}`;
        push(notesCategory(e), line);
    }
    const sections = NOTES_ORDER.filter((c) => byCategory.has(c))
        .map((c) => `### ${_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .NOTES_HEADINGS */ .ox[c]}\n${byCategory.get(c).join('\n')}`)
        .join('\n\n');
    const install = options.chart ? installCommands(options.chart, version).join('\n') : '';
    const installation = options.chart ? [`### ${_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .NOTES_HEADINGS */ .ox.installation}`, '', '**Helm:**', '```bash', install, '```'].join('\n') : '';
    const previousTag = options.previousTag ?? '';
    const compareUrl = previousTag ? `${repo}/compare/${previousTag}...${tag}` : `${repo}/commits/${tag}`;
    const overview = options.overview?.trim() ? options.overview.trim() : overviewOf(kept, options.highlightCount ?? 3, extra);
    const filled = (0,_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .fillTemplate */ .ou)(options.template ?? _templates_js__WEBPACK_IMPORTED_MODULE_3__/* .NOTES_TEMPLATE */ .bP, {
        tag,
        version,
        previous_tag: previousTag,
        overview,
        sections,
        installation,
        install,
        compare_url: compareUrl,
    });
    return tidy(filled);
}
/** No runs of blank lines (left by empty placeholders), no leading blank lines, one final newline. */
function tidy(text) {
    return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
}
/**
 * The announcement text. Placeholders: `{project}`, `{version}` (0.5.0), `{tag}` (v0.5.0),
 * `{highlights}`, `{notes_url}`, `{install}`. Highlights are escaped for chat (`<!here>`,
 * `<@U123>` and `@mentions` neutralised).
 */
function renderAnnouncement(template, values) {
    const version = (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(values.version).version;
    const lines = values.highlights.map((h) => {
        if (typeof h === 'string')
            return `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeChatText */ .Jh)(h.replace(/^\s*[-*]\s+/, ''))}`;
        const scope = h.scope ? `${h.scope}: ` : '';
        return `- ${h.breaking ? '⚠️ ' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeChatText */ .Jh)(scope + h.subject)}`;
    });
    let t = template ?? _templates_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOUNCEMENT_TEMPLATE */ .Vm;
    if (!values.project)
        t = t.replace(/\{project\}[ \t]*/g, '');
    return tidy((0,_templates_js__WEBPACK_IMPORTED_MODULE_3__/* .fillTemplate */ .ou)(t, {
        project: values.project ?? '',
        version,
        tag: `${values.tagPrefix ?? 'v'}${version}`,
        highlights: lines.length > 0 ? lines.join('\n') : '- No user-facing changes',
        notes_url: values.notes_url,
        install: values.install,
    }));
}


/***/ }),

/***/ 9500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vm: () => (/* binding */ ANNOUNCEMENT_TEMPLATE),
/* harmony export */   bP: () => (/* binding */ NOTES_TEMPLATE),
/* harmony export */   fQ: () => (/* binding */ CHANGELOG_HEADER),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   ox: () => (/* binding */ NOTES_HEADINGS)
/* harmony export */ });
/**
 * The default texts the suite ships. They are TypeScript constants rather than files
 * because `ncc` bundles code, not arbitrary text files.
 *
 * A repository overrides them through the actions' inputs (the changelog action's
 * `notes-template` and the announce action's `announcement-template`: a path to a file in
 * the repository, read by the action and passed here as `template`; wired in those
 * actions). Placeholders are `{name}`; an unknown `{name}` is left as written.
 */
/**
 * GitHub release notes, in the shape of WVA's release process ("Example release notes
 * structure"). Placeholders: `{tag}` (v0.5.0), `{version}` (0.5.0), `{previous_tag}`,
 * `{overview}`, `{sections}` (the category sections, empty ones left out),
 * `{installation}` (the whole 📦 Installation block; empty without a chart),
 * `{install}` (just the helm commands), `{compare_url}`.
 */
const NOTES_TEMPLATE = `## What's New in {tag}

{overview}

{sections}

{installation}

**Full Changelog**: {compare_url}
`;
/**
 * Category headings of the release notes, in the order they are rendered. The four the
 * process documents keep its order (features, fixes, documentation, breaking changes);
 * the other Keep a Changelog types sit after the fixes, where a reader still looks:
 * security first among them. Breaking changes also lead the overview.
 */
const NOTES_HEADINGS = {
    features: '🎉 New Features',
    fixes: '🐛 Bug Fixes',
    security: '🔒 Security',
    changed: '🔧 Changes',
    deprecated: '⏳ Deprecations',
    removed: '🗑️ Removed',
    docs: '📖 Documentation',
    breaking: '⚠️ Breaking Changes',
    installation: '📦 Installation',
};
/**
 * The announcement, as the process's "Example announcement". Placeholders: `{project}`,
 * `{tag}`, `{version}`, `{highlights}` (a `- ` list), `{notes_url}`, `{install}` (one line).
 */
const ANNOUNCEMENT_TEMPLATE = `🎉 {project} {tag} is now available!

Highlights:
{highlights}

📖 Full release notes: {notes_url}

📦 Install: {install}
`;
/** The head of a new CHANGELOG.md (used when the file is empty). */
const CHANGELOG_HEADER = `# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]
`;
/** Fills `{name}` placeholders; names without a value stay as written. */
function fillTemplate(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? values[name] : whole));
}


/***/ })

};
