export const id = 693;
export const ids = [693,687];
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

/***/ 5693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  slackChannel: () => (/* binding */ slackChannel)
});

// EXTERNAL MODULE: ./actions/lib/announce/message.ts
var message = __webpack_require__(3687);
;// CONCATENATED MODULE: ./actions/lib/announce/slack.ts
/**
 * The Slack incoming-webhook message: Block Kit with a header, the highlights (or the
 * rollback reason), the install snippet and a button to the release notes, plus the
 * plain `text` Slack shows in notifications.
 *
 * Slack refuses a whole message (`invalid_blocks`) when one block breaks a limit, so every
 * text is cut to fit: a header's plain text at most 150 characters, a section's text 3000,
 * a button's text 75 and its URL 3000, at most 50 blocks. Untrusted text (commit subjects,
 * the reason) is escaped for mrkdwn: `&`, `<`, `>` become entities, so `<!channel>`,
 * `<!here>`, `<@U123>` and `<url|label>` cannot be formed, and `@name` goes into code.
 */

const SLACK_LIMITS = {
    blocks: 50,
    headerText: 150,
    sectionText: 3000,
    buttonText: 75,
    url: 3000,
    contextElements: 10,
    /** Slack truncates `text` beyond 40 000; notifications show far less. */
    text: 3000,
};
/**
 * Cuts `text` to at most `max` characters — counted in UTF-16 units, the stricter count, so
 * an emoji never tips a text over Slack's limit — at a line end when it can, never inside
 * an entity or a surrogate pair, with `…`.
 */
function fit(text, max) {
    if (text.length <= max)
        return text;
    let cut = text.slice(0, max - 1);
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const nl = cut.lastIndexOf('\n');
    if (nl > max / 2)
        cut = cut.slice(0, nl);
    cut = cut.replace(/&[#a-zA-Z0-9]*$/, '');
    // an unclosed code block would swallow the ellipsis
    if ((cut.match(/```/g)?.length ?? 0) % 2 === 1)
        cut = cut.slice(0, cut.lastIndexOf('```')).trimEnd();
    return `${cut.trimEnd()}…`;
}
/** Plain text for a header: no line breaks, no angle brackets (plain text shows them literally anyway). */
function plain(text, max) {
    return { type: 'plain_text', text: fit(text.replace(/\s+/g, ' ').replace(/[<>]/g, '').trim(), max), emoji: true };
}
function mrkdwn(text, max = SLACK_LIMITS.sectionText) {
    return { type: 'mrkdwn', text: fit(text, max) };
}
/** A URL safe to put in a button: http(s) only, at most 3000 characters. */
function buttonUrl(url) {
    return /^https?:\/\/\S+$/.test(url) && url.length <= SLACK_LIMITS.url ? url : undefined;
}
/** The install line in a code block; it is built from checked values but escaped all the same. */
function codeBlock(line) {
    return `\`\`\`${line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/```/g, "'''")}\`\`\``;
}
function slackMessage(facts, text) {
    const blocks = [{ type: 'header', text: plain((0,message.titleOf)(facts), SLACK_LIMITS.headerText) }];
    if (facts.kind === 'rollback') {
        blocks.push({ type: 'section', text: mrkdwn(`*Reason:* ${(0,message.chatSafe)(facts.reason || 'not given')}`) });
        blocks.push({
            type: 'section',
            text: mrkdwn(facts.previous ? `Please use *${(0,message.chatSafe)(facts.previous.tag)}* instead.` : 'There is no earlier stable release to go back to.'),
        });
    }
    else {
        const items = facts.highlights.length > 0 ? facts.highlights.map((h) => `• ${(0,message.chatSafe)(h)}`) : ['• No user-facing changes'];
        blocks.push({ type: 'section', text: mrkdwn(`*Highlights*\n${items.join('\n')}`) });
        if (facts.install)
            blocks.push({ type: 'section', text: mrkdwn(`*Install*\n${codeBlock(facts.install)}`) });
    }
    const buttons = [];
    const notes = buttonUrl(facts.notesUrl);
    if (notes)
        buttons.push({ type: 'button', text: plain(facts.kind === 'rollback' ? 'Known issues' : 'Release notes', SLACK_LIMITS.buttonText), url: notes, style: facts.kind === 'rollback' ? 'danger' : 'primary', action_id: 'release-notes' });
    const previous = facts.previous && buttonUrl(facts.previous.url);
    if (facts.kind === 'rollback' && previous)
        buttons.push({ type: 'button', text: plain(`Use ${facts.previous.tag}`, SLACK_LIMITS.buttonText), url: previous, action_id: 'previous-release' });
    if (buttons.length > 0)
        blocks.push({ type: 'actions', elements: buttons });
    blocks.push({ type: 'context', elements: [mrkdwn(`${(0,message.chatSafe)(facts.repository)}${facts.prerelease && facts.kind === 'release' ? ' · prerelease' : ''}`)] });
    return { text: fit(text.trim(), SLACK_LIMITS.text), blocks: blocks.slice(0, SLACK_LIMITS.blocks), unfurl_links: false, unfurl_media: false };
}

// EXTERNAL MODULE: ./actions/lib/announce/urls.ts
var urls = __webpack_require__(8520);
// EXTERNAL MODULE: ./actions/announce/channels/http.ts
var http = __webpack_require__(2325);
;// CONCATENATED MODULE: ./actions/announce/channels/slack.ts



function slackChannel(url, facts, text) {
    return {
        id: `slack:${(0,urls/* urlHash */.iL)(url)}`,
        async send() {
            const message = slackMessage(facts, text);
            const res = await (0,http/* post */.bE)(url, JSON.stringify(message), { 'content-type': 'application/json; charset=utf-8' }, `Slack webhook ${(0,urls/* urlLabel */.A7)(url)}`);
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


/***/ })

};
