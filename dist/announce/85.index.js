export const id = 85;
export const ids = [85,915];
export const modules = {

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   announceAll: () => (/* binding */ announceAll)
/* harmony export */ });
/* harmony import */ var _lib_announce_markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(915);

async function announceAll(channels, opts) {
    const results = [];
    const sent = new Set((0,_lib_announce_markers_js__WEBPACK_IMPORTED_MODULE_0__.parseMarkers)(await opts.readBody())[opts.kind]);
    for (const ch of channels) {
        if (ch.skip) {
            results.push({ channel: ch.id, status: 'skipped', id: ch.skip });
            continue;
        }
        if (sent.has(ch.id)) {
            opts.log.info(`${ch.id}: the ${opts.kind} announcement was sent by an earlier run; not sent again`);
            results.push({ channel: ch.id, status: 'already-sent' });
            continue;
        }
        if (opts.dryRun) {
            results.push({ channel: ch.id, status: 'dry-run' });
            continue;
        }
        let made;
        try {
            made = await ch.send();
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            opts.log.warning(`${ch.id}: the ${opts.kind} announcement failed: ${message}`);
            results.push({ channel: ch.id, status: 'failed', error: message });
            continue;
        }
        opts.log.info(`${ch.id}: ${opts.kind} announcement sent${made ? ` (${made})` : ''}`);
        const result = { channel: ch.id, status: 'sent', ...(made ? { id: made } : {}) };
        results.push(result);
        if (ch.marker === false)
            continue;
        try {
            const body = await opts.readBody();
            await opts.writeBody((0,_lib_announce_markers_js__WEBPACK_IMPORTED_MODULE_0__.withMarkers)(body, { [opts.kind]: [ch.id] }));
            sent.add(ch.id);
        }
        catch (err) {
            // Sent, but not remembered: a re-run would send it again, so this run fails.
            const message = `sent, but the release marker could not be written (a re-run would send it again): ${err instanceof Error ? err.message : String(err)}`;
            opts.log.warning(`${ch.id}: ${message}`);
            Object.assign(result, { status: 'failed', error: message });
        }
    }
    return results;
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


/***/ })

};
