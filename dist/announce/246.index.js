export const id = 246;
export const ids = [246,915,687];
export const modules = {

/***/ 2246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyRollback: () => (/* binding */ applyRollback),
/* harmony export */   planRollback: () => (/* binding */ planRollback)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_announce_markers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(915);
/* harmony import */ var _lib_announce_message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3687);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7378);
/* harmony import */ var _lib_semver_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5731);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3490);
/**
 * Rollback mode (the process's Rollback Procedure): the release is marked prerelease and
 * not latest, a "⚠️ Known issues: this release was rolled back" notice with the reason and
 * a link to the previous stable release is put at the top of its notes, and the previous
 * stable release becomes latest again. A release that already carries the notice is left as
 * it is, so a second rollback changes nothing.
 */






const stableVersion = (r) => !r.draft && !r.prerelease && (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isVersion */ .lF)(r.tag_name) && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease((0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_3__/* .stripV */ .tQ)(r.tag_name)) === null;
const byVersionDesc = (a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare((0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_3__/* .stripV */ .tQ)(a.tag_name), (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_3__/* .stripV */ .tQ)(b.tag_name));
function planRollback(releases, tag, force) {
    const forTag = releases.filter((r) => r.tag_name === tag);
    const target = forTag.find((r) => !r.draft);
    if (!target) {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(forTag.length > 0
            ? `${tag} has only a draft release (id ${forTag.map((r) => r.id).join(', ')}); there is nothing published to roll back — delete the draft instead`
            : `${tag} has no release; there is nothing to roll back (releases: ${releases.filter((r) => !r.draft).slice(0, 5).map((r) => r.tag_name).join(', ') || 'none'})`);
    }
    const alreadyRolledBack = target.prerelease && (0,_lib_announce_markers_js__WEBPACK_IMPORTED_MODULE_5__.hasRollbackNotice)(target.body);
    const others = releases.filter((r) => r.id !== target.id && stableVersion(r) && !(0,_lib_announce_markers_js__WEBPACK_IMPORTED_MODULE_5__.hasRollbackNotice)(r.body)).sort(byVersionDesc);
    if (!alreadyRolledBack && others.length === 0 && stableVersion(target) && !force) {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${tag} is the only stable release: rolling it back leaves no stable release to install and none marked latest. Set force: true to roll it back all the same`);
    }
    const v = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_3__/* .stripV */ .tQ)(tag);
    const below = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isVersion */ .lF)(tag) ? others.find((r) => semver__WEBPACK_IMPORTED_MODULE_0___default().lt((0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_3__/* .stripV */ .tQ)(r.tag_name), v)) : undefined;
    return {
        target,
        ...(below ?? others[0] ? { previous: (below ?? others[0]) } : {}),
        ...(others[0] ? { newLatest: others[0] } : {}),
        alreadyRolledBack,
    };
}
async function applyRollback(client, repo, plan, reason, opts) {
    const changes = [];
    let release = plan.target;
    const latestBefore = await (0,_release_js__WEBPACK_IMPORTED_MODULE_4__.latestRelease)(client, repo);
    const wasLatest = latestBefore?.id === plan.target.id;
    if (!plan.alreadyRolledBack) {
        const previous = plan.previous ? { tag: plan.previous.tag_name, url: plan.previous.html_url } : undefined;
        const body = (0,_lib_announce_markers_js__WEBPACK_IMPORTED_MODULE_5__.withRollbackNotice)(release.body, (0,_lib_announce_message_js__WEBPACK_IMPORTED_MODULE_1__.rollbackNotice)(reason, previous));
        changes.push('marked prerelease and not latest', 'known-issues notice added to the notes');
        if (!opts.dryRun) {
            release = await (0,_release_js__WEBPACK_IMPORTED_MODULE_4__.updateRelease)(client, repo, release.id, { prerelease: true, make_latest: 'false', body }, `marking ${release.tag_name} as rolled back`);
        }
    }
    else {
        opts.log.info(`${release.tag_name} is already rolled back (prerelease, with the known-issues notice): its notes are left as they are`);
    }
    if (plan.newLatest) {
        const latestNow = opts.dryRun ? (wasLatest ? undefined : latestBefore) : await (0,_release_js__WEBPACK_IMPORTED_MODULE_4__.latestRelease)(client, repo);
        // When the target was latest, the mark is set explicitly (GitHub's fallback choice of
        // latest goes by creation date, which would pick a hotfix of an older line).
        const mustMove = wasLatest || latestNow === undefined || latestNow.id === plan.target.id;
        if (mustMove && (wasLatest || latestNow?.id !== plan.newLatest.id)) {
            changes.push(`latest → ${plan.newLatest.tag_name}`);
            if (!opts.dryRun)
                await (0,_release_js__WEBPACK_IMPORTED_MODULE_4__.updateRelease)(client, repo, plan.newLatest.id, { make_latest: 'true' }, `marking ${plan.newLatest.tag_name} as the latest release`);
        }
    }
    else if (wasLatest) {
        changes.push('no release is latest now (there is no other stable release)');
    }
    return { release, changes };
}


/***/ }),

/***/ 915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KINDS: () => (/* binding */ KINDS),
/* harmony export */   ROLLBACK_CLOSE: () => (/* binding */ ROLLBACK_CLOSE),
/* harmony export */   ROLLBACK_OPEN: () => (/* binding */ ROLLBACK_OPEN),
/* harmony export */   checkChannelId: () => (/* binding */ checkChannelId),
/* harmony export */   formatMarker: () => (/* binding */ formatMarker),
/* harmony export */   hasRollbackNotice: () => (/* binding */ hasRollbackNotice),
/* harmony export */   isAnnounced: () => (/* binding */ isAnnounced),
/* harmony export */   notesOf: () => (/* binding */ notesOf),
/* harmony export */   parseMarkers: () => (/* binding */ parseMarkers),
/* harmony export */   withMarkers: () => (/* binding */ withMarkers),
/* harmony export */   withRollbackNotice: () => (/* binding */ withRollbackNotice),
/* harmony export */   withoutMarkers: () => (/* binding */ withoutMarkers)
/* harmony export */ });
/**
 * What the release body remembers, in hidden HTML comments (GitHub renders neither):
 *
 * - `<!-- release-actions:announced release=slack:1a2b3c4d,discussion rollback=slack:1a2b3c4d -->`
 *   — the channels that already carry this release's announcement (and its rollback
 *   announcement), so that a re-run sends only what is missing. It sits at the very end of
 *   the body; there is at most one.
 * - `<!-- release-actions:rollback -->` … `<!-- /release-actions:rollback -->` — the
 *   rolled-back notice at the top of the body, so that a second rollback finds it and
 *   changes nothing.
 *
 * Pure functions over the body text.
 */
const KINDS = ['release', 'rollback'];
const ANNOUNCED = /\n*<!-- release-actions:announced([^>]*?)-->\s*/g;
const ID = /^[A-Za-z0-9._:/@#-]+$/;
const ROLLBACK_OPEN = '<!-- release-actions:rollback -->';
const ROLLBACK_CLOSE = '<!-- /release-actions:rollback -->';
/** A channel id that can live in the marker (no spaces, commas, `=` or `>`). */
function checkChannelId(id) {
    if (!ID.test(id))
        throw new Error(`channel id ${JSON.stringify(id)} cannot be kept in a release marker`);
    return id;
}
function parseMarkers(body) {
    const out = { release: [], rollback: [] };
    for (const m of (body ?? '').matchAll(ANNOUNCED)) {
        for (const part of (m[1] ?? '').trim().split(/\s+/)) {
            const eq = part.indexOf('=');
            if (eq < 0)
                continue;
            const kind = part.slice(0, eq);
            if (!KINDS.includes(kind))
                continue;
            for (const id of part.slice(eq + 1).split(','))
                if (id && ID.test(id) && !out[kind].includes(id))
                    out[kind].push(id);
        }
    }
    return out;
}
/** The body without the announced marker. */
function withoutMarkers(body) {
    return (body ?? '').replace(ANNOUNCED, '\n').replace(/\s+$/, '');
}
function formatMarker(markers) {
    const parts = KINDS.filter((k) => markers[k].length > 0).map((k) => `${k}=${markers[k].join(',')}`);
    return parts.length === 0 ? '' : `<!-- release-actions:announced ${parts.join(' ')} -->`;
}
/** The body with `markers` (merged with what it already has) at its end. */
function withMarkers(body, add) {
    const have = parseMarkers(body);
    for (const kind of KINDS)
        for (const id of add[kind] ?? [])
            if (!have[kind].includes(checkChannelId(id)))
                have[kind].push(id);
    const text = withoutMarkers(body);
    const marker = formatMarker(have);
    if (!marker)
        return text;
    return text ? `${text}\n\n${marker}` : marker;
}
function isAnnounced(body, kind, id) {
    return parseMarkers(body)[kind].includes(id);
}
/** The body has the rolled-back notice. */
function hasRollbackNotice(body) {
    const b = body ?? '';
    return b.includes(ROLLBACK_OPEN) && b.includes(ROLLBACK_CLOSE);
}
/** The body with `notice` (markdown) wrapped in the rollback markers before everything else; unchanged when it has one. */
function withRollbackNotice(body, notice) {
    const b = body ?? '';
    if (hasRollbackNotice(b))
        return b;
    const block = `${ROLLBACK_OPEN}\n${notice.trim()}\n${ROLLBACK_CLOSE}`;
    return b.trim() === '' ? block : `${block}\n\n${b.replace(/^\s+/, '')}`;
}
/** The release notes without the rollback notice and the markers (what a reader of the notes wrote). */
function notesOf(body) {
    const b = withoutMarkers(body);
    const open = b.indexOf(ROLLBACK_OPEN);
    const close = b.indexOf(ROLLBACK_CLOSE);
    if (open >= 0 && close > open)
        return (b.slice(0, open) + b.slice(close + ROLLBACK_CLOSE.length)).trim();
    return b.trim();
}


/***/ }),

/***/ 3687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   announcementText: () => (/* binding */ announcementText),
/* harmony export */   chatSafe: () => (/* binding */ chatSafe),
/* harmony export */   highlightsFromNotes: () => (/* binding */ highlightsFromNotes),
/* harmony export */   markdownToPlain: () => (/* binding */ markdownToPlain),
/* harmony export */   projectName: () => (/* binding */ projectName),
/* harmony export */   releaseText: () => (/* binding */ releaseText),
/* harmony export */   rollbackNotice: () => (/* binding */ rollbackNotice),
/* harmony export */   rollbackText: () => (/* binding */ rollbackText),
/* harmony export */   titleOf: () => (/* binding */ titleOf)
/* harmony export */ });
/* harmony import */ var _changelog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7660);
/**
 * What every channel says, as data: the facts of the release (or of its rollback) and
 * the announcement text. Channels (Slack, webhooks, mail, discussions, dispatches) only
 * shape these facts; the text is rendered once, through the changelog library's
 * `renderAnnouncement`, so the escaping of untrusted commit text is the same everywhere.
 */

/** `workload-variant-autoscaler` → `Workload-Variant-Autoscaler`. */
function projectName(repo) {
    return repo
        .split('-')
        .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
        .join('-');
}
const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
/** Release-notes markdown (one list item) as plain text: links to their text, emphasis and escapes removed. */
function markdownToPlain(line) {
    return line
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/!?\[([^\]]*)\]\([^)\s]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e] ?? e)
        .replace(/\s+by @[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?\s*$/, '')
        .trim();
}
/**
 * The highlights of release notes: the `Highlights:` list of the overview when there is
 * one, else the first items of the change sections (documentation and installation
 * left out). Plain text; channels escape it for their medium.
 */
function highlightsFromNotes(notes, n = 3) {
    const lines = notes.split(/\r?\n/);
    const out = [];
    let inFence = false;
    const at = lines.findIndex((l) => /^\s*\**Highlights:?\**\s*$/i.test(l));
    if (at >= 0) {
        for (const l of lines.slice(at + 1)) {
            if (/^\s*[-*+]\s+/.test(l))
                out.push(markdownToPlain(l));
            else if (l.trim() !== '' || out.length > 0)
                break;
            if (out.length >= n)
                break;
        }
        if (out.length > 0)
            return out.filter(Boolean);
    }
    let skip = false;
    for (const l of lines) {
        if (/^\s*(```|~~~)/.test(l))
            inFence = !inFence;
        if (inFence)
            continue;
        const heading = /^#{1,6}\s+(.*)$/.exec(l);
        if (heading) {
            skip = /install|documentation|docs\b|full changelog|known issues/i.test(heading[1] ?? '');
            continue;
        }
        if (!skip && /^[-*+]\s+/.test(l)) {
            const plain = markdownToPlain(l);
            if (plain)
                out.push(plain);
            if (out.length >= n)
                break;
        }
    }
    return out;
}
/** The announcement text of a release, from `template` (default: the process's example announcement). */
function releaseText(facts, template) {
    return (0,_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__.renderAnnouncement)(template ?? null, {
        version: facts.version,
        project: facts.project,
        highlights: facts.highlights,
        notes_url: facts.notesUrl,
        install: facts.install || facts.notesUrl,
    });
}
/** The text of a rollback announcement. The reason is escaped like commit text. */
function rollbackText(facts) {
    const lines = [
        `⚠️ ${facts.project} ${facts.tag} has been rolled back.`,
        '',
        `Reason: ${chatSafe(facts.reason || 'not given')}`,
        '',
        facts.previous ? `Please use ${facts.previous.tag} instead: ${facts.previous.url}` : 'There is no earlier stable release to go back to.',
        '',
        `📖 Release notes and known issues: ${facts.notesUrl}`,
    ];
    return `${lines.join('\n')}\n`;
}
/** Text fit for chat (Slack mrkdwn and similar): `<`, `>`, `&` and mentions neutralised. */
function chatSafe(text) {
    return (0,_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__.escapeChatText)(text);
}
/** The announcement text for `facts`. */
function announcementText(facts, template) {
    return facts.kind === 'rollback' ? rollbackText(facts) : releaseText(facts, template);
}
/** A one-line title: for discussions, mail subjects and headers. */
function titleOf(facts) {
    return facts.kind === 'rollback' ? `⚠️ ${facts.project} ${facts.tag} has been rolled back` : `🎉 ${facts.project} ${facts.tag} is now available`;
}
/**
 * The notice a rollback puts at the top of the release notes. `reason` is written by a
 * maintainer but still escaped (no mentions, no HTML).
 */
function rollbackNotice(reason, previous) {
    const why = reason.trim() ? (0,_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__.escapeMarkdownInline)(reason) : 'no reason was given';
    const instead = previous ? `Use the previous stable release [${previous.tag}](${previous.url}) instead.` : 'There is no earlier stable release to go back to.';
    return ['> [!WARNING]', '> ⚠️ **Known issues: this release was rolled back.**', '>', `> Reason: ${why}`, '>', `> ${instead}`].join('\n');
}


/***/ })

};
