export const id = 84;
export const ids = [84,687];
export const modules = {

/***/ 2325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ timeoutMs),
/* harmony export */   bE: () => (/* binding */ post),
/* harmony export */   uk: () => (/* binding */ wait)
/* harmony export */ });
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _lib_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);
/**
 * POSTs to webhooks (Slack, generic): a deadline per attempt, no redirects (a signed body
 * is never sent on to somewhere else), and a bounded number of attempts for what may pass
 * — a 5xx, a 429 (waiting as long as Retry-After asks, within reason), a connection that
 * failed. A 4xx is the receiver's final answer. Waits are multiplied by
 * RELEASE_ACTIONS_RETRY_SCALE, like the GitHub client's, so tests run the real retries fast.
 */


function wait(ms) {
    return new Promise((resolve) => setTimeout(resolve, (0,_lib_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .scaledWait */ .gI)(ms)));
}
/** Per attempt: RELEASE_ACTIONS_REQUEST_TIMEOUT_MS (runner/tuning.ts). */
function timeoutMs() {
    return (0,_lib_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .requestTimeoutMs */ .Hl)();
}
const MAX_RETRY_AFTER_S = 60;
/**
 * POSTs `body` to `url`. `label` names the receiver in messages (never the URL: it may
 * be a secret). Throws a RemoteError with the last status and the start of the answer.
 */
async function post(url, body, headers, label, attempts = 3) {
    let last = '';
    let lastStatus;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        let retryAfterS;
        try {
            const res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs()) });
            const text = (await res.text()).slice(0, 500);
            if (res.status >= 200 && res.status < 300)
                return { status: res.status, body: text, attempts: attempt };
            lastStatus = res.status;
            last = `HTTP ${res.status}${text.trim() ? `: ${text.trim().split('\n')[0].slice(0, 200)}` : ''}`;
            if (res.status >= 300 && res.status < 400)
                throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`${label} answered with a redirect (${res.status}); webhooks are not followed to another address`, res.status);
            const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
            if (!retryable)
                throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`${label} refused the message: ${last}`, res.status);
            const ra = Number(res.headers.get('retry-after'));
            if (Number.isFinite(ra) && ra > 0)
                retryAfterS = Math.min(ra, MAX_RETRY_AFTER_S);
        }
        catch (err) {
            if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi)
                throw err;
            const cause = err.cause;
            last = `${err.name === 'TimeoutError' ? 'no answer in time' : 'connection failed'}${cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : ''}`;
            lastStatus = undefined;
        }
        if (attempt < attempts)
            await wait(retryAfterS !== undefined ? retryAfterS * 1000 : 1000 * attempt);
    }
    throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`${label} failed after ${attempts} attempts: ${last}`, lastStatus);
}


/***/ }),

/***/ 2084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   webhookChannel: () => (/* binding */ webhookChannel)
/* harmony export */ });
/* harmony import */ var _lib_announce_urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8520);
/* harmony import */ var _lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8761);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2325);



function webhookChannel(url, secret, facts, text) {
    return {
        id: `webhook:${(0,_lib_announce_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .urlHash */ .iL)(url)}`,
        async send() {
            const body = JSON.stringify((0,_lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_1__/* .webhookPayload */ .m0)(facts, text));
            const headers = {
                'content-type': 'application/json; charset=utf-8',
                'user-agent': 'release-actions-announce',
                [_lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_1__/* .EVENT_HEADER */ .rf]: (0,_lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_1__/* .eventName */ .eq)(facts),
                [_lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_1__/* .DELIVERY_HEADER */ .lt]: (0,_lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_1__/* .deliveryId */ .ek)(facts, url),
                ...(secret ? { [_lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_HEADER */ .D8]: (0,_lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_1__/* .signature */ .vl)(body, secret) } : {}),
            };
            const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .post */ .bE)(url, body, headers, `webhook ${(0,_lib_announce_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .urlLabel */ .A7)(url)}`);
            return `HTTP ${res.status}`;
        },
    };
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


/***/ }),

/***/ 8761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ SIGNATURE_HEADER),
/* harmony export */   ek: () => (/* binding */ deliveryId),
/* harmony export */   eq: () => (/* binding */ eventName),
/* harmony export */   lt: () => (/* binding */ DELIVERY_HEADER),
/* harmony export */   m0: () => (/* binding */ webhookPayload),
/* harmony export */   rf: () => (/* binding */ EVENT_HEADER),
/* harmony export */   vl: () => (/* binding */ signature)
/* harmony export */ });
/* unused harmony export verifySignature */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3687);
/**
 * The generic webhook: one JSON document per announcement, POSTed to every URL of
 * `webhook-urls`. With a secret, the body is signed like GitHub signs its own webhooks:
 * `X-Release-Actions-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes>`, so a
 * receiver checks it with a constant-time compare before trusting anything in it.
 * `X-Release-Actions-Delivery` is stable for one release, kind and URL: a receiver can drop
 * a delivery it has already seen.
 */


const SIGNATURE_HEADER = 'X-Release-Actions-Signature';
const EVENT_HEADER = 'X-Release-Actions-Event';
const DELIVERY_HEADER = 'X-Release-Actions-Delivery';
function eventName(facts) {
    return facts.kind === 'rollback' ? 'release-rolled-back' : 'release-published';
}
function webhookPayload(facts, text) {
    return {
        event: eventName(facts),
        repository: facts.repository,
        project: facts.project,
        version: facts.version,
        tag: facts.tag,
        url: facts.notesUrl,
        prerelease: facts.prerelease,
        highlights: facts.highlights.map(_message_js__WEBPACK_IMPORTED_MODULE_1__.chatSafe),
        install: facts.install,
        image: facts.image ?? null,
        chart: facts.chart ?? null,
        text,
        ...(facts.kind === 'rollback' ? { reason: (0,_message_js__WEBPACK_IMPORTED_MODULE_1__.chatSafe)(facts.reason ?? ''), previous: facts.previous ?? null } : {}),
    };
}
/** `sha256=<hex>` of the body bytes. */
function signature(body, secret) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/** A receiver's check: constant time, and false for anything malformed. */
function verifySignature(body, secret, header) {
    if (!header || !/^sha256=[0-9a-f]{64}$/.test(header))
        return false;
    const expected = Buffer.from(signature(body, secret));
    const given = Buffer.from(header);
    return expected.length === given.length && timingSafeEqual(expected, given);
}
/** Stable per release, kind and URL. */
function deliveryId(facts, url) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${facts.releaseId}\0${facts.kind}\0${url}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}


/***/ })

};
