export const id = 731;
export const ids = [731,687];
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

/***/ 4731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAY_HAVE_GONE: () => (/* binding */ MAY_HAVE_GONE),
  mailChannels: () => (/* binding */ mailChannels),
  mailId: () => (/* binding */ mailId),
  parseSmtpUrl: () => (/* binding */ parseSmtpUrl),
  senderOf: () => (/* binding */ senderOf)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/lib/announce/message.ts
var message = __webpack_require__(3687);
;// CONCATENATED MODULE: ./actions/lib/announce/mail.ts
/**
 * The mailing-list message: a plain-text part (the announcement, as the process writes
 * it) and an HTML part built from the same facts with every value HTML-escaped. The
 * Message-ID is stable for a release and kind, so a list archive or a reader's client
 * recognises a second copy.
 */

function html(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
/** Plain text from the chat text: entities back to characters (the text part is not HTML). */
function plainText(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
function mailContent(facts, text, domain) {
    const subject = `[ANN] ${(0,message.titleOf)(facts).replace(/^\S+\s/, '')}`;
    const link = (url, label) => (/^https?:\/\//.test(url) ? `<a href="${html(url)}">${html(label)}</a>` : html(label));
    const parts = [`<h2>${html((0,message.titleOf)(facts))}</h2>`];
    if (facts.kind === 'rollback') {
        parts.push(`<p><strong>Reason:</strong> ${html(facts.reason || 'not given')}</p>`);
        parts.push(facts.previous ? `<p>Please use ${link(facts.previous.url, facts.previous.tag)} instead.</p>` : '<p>There is no earlier stable release to go back to.</p>');
        parts.push(`<p>📖 ${link(facts.notesUrl, 'Release notes and known issues')}</p>`);
    }
    else {
        const items = facts.highlights.length > 0 ? facts.highlights : ['No user-facing changes'];
        parts.push('<p>Highlights:</p>', `<ul>\n${items.map((h) => `<li>${html((0,message.markdownToPlain)(h))}</li>`).join('\n')}\n</ul>`);
        parts.push(`<p>📖 Full release notes: ${link(facts.notesUrl, facts.notesUrl)}</p>`);
        if (facts.install)
            parts.push(`<p>📦 Install:</p>\n<pre><code>${html(facts.install)}</code></pre>`);
    }
    const id = `${facts.kind}-${facts.releaseId}.${facts.tag}.${facts.repository.replace(/[^A-Za-z0-9.-]/g, '.')}`;
    return {
        subject,
        text: plainText(text),
        html: `<!doctype html>\n<html><body>\n${parts.join('\n')}\n</body></html>\n`,
        messageId: `<${id}@${domain.replace(/[^A-Za-z0-9.-]/g, '') || 'release-actions.invalid'}>`,
    };
}

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/announce/channels/http.ts
var http = __webpack_require__(2325);
;// CONCATENATED MODULE: ./actions/announce/channels/mail.ts
/**
 * The mailing list, through SMTP with nodemailer: `smtp://` must offer STARTTLS (the
 * connection is refused otherwise: no password or announcement in clear text), `smtps://`
 * is TLS from the start. One message per recipient address, each remembered on its own in
 * the release marker (by a hash, so addresses do not appear in the release body).
 */




/** nodemailer's codes for a connection that broke or went silent without an SMTP answer. */
const CONNECTION_LOST = new Set(['ESOCKET', 'ETIMEDOUT', 'ECONNECTION']);
const MAY_HAVE_GONE = 'the connection broke without an answer, so the server may already have the message: check the list before a re-run sends it again';
function parseSmtpUrl(raw) {
    const url = new URL(raw);
    const secure = url.protocol === 'smtps:';
    return {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port ? Number(url.port) : secure ? 465 : 587,
        secure,
        ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
        ...(url.password ? { pass: decodeURIComponent(url.password) } : {}),
    };
}
/** The sender: `mail-from`, else the SMTP user when it is an address. */
function senderOf(mailFrom, smtp) {
    if (mailFrom)
        return mailFrom;
    if (smtp.user && /^[^\s@]+@[^\s@]+$/.test(smtp.user))
        return smtp.user;
    throw new errors/* ActionError */.lZ('mail-from is required: the SMTP user of smtp-url is not an e-mail address');
}
function mailId(address) {
    return `mail:${(0,external_node_crypto_.createHash)('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 8)}`;
}
function mailChannels(smtpUrl, mailFrom, to, facts, text) {
    const smtp = parseSmtpUrl(smtpUrl);
    let from;
    let problem;
    try {
        from = senderOf(mailFrom, smtp);
    }
    catch (err) {
        problem = err.message;
    }
    return to.map((address) => ({
        id: mailId(address),
        async send() {
            if (!from)
                throw new errors/* ActionError */.lZ(problem ?? 'no sender');
            const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? smtp.host;
            const content = mailContent(facts, text, domain);
            const { createTransport } = await __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 6739));
            const timeout = (0,http/* timeoutMs */.G6)();
            const transport = createTransport({
                host: smtp.host,
                port: smtp.port,
                secure: smtp.secure,
                requireTLS: !smtp.secure,
                ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
                connectionTimeout: timeout,
                greetingTimeout: timeout,
                socketTimeout: timeout * 2,
                tls: { minVersion: 'TLSv1.2' },
            });
            try {
                const info = await transport.sendMail({
                    from,
                    to: address,
                    subject: content.subject,
                    text: content.text,
                    html: content.html,
                    messageId: content.messageId,
                    headers: { 'X-Release-Actions-Event': facts.kind === 'rollback' ? 'release-rolled-back' : 'release-published' },
                });
                if (info.rejected.length > 0)
                    throw new errors/* RemoteError */.Hi(`the SMTP server refused the recipient (${info.response})`);
                return content.messageId;
            }
            catch (err) {
                if (err instanceof errors/* ActionError */.lZ)
                    throw err;
                const e = err;
                // a broken connection, unlike an answer, can come after the server took the message
                const unsure = !e.responseCode && CONNECTION_LOST.has(e.code ?? '') ? `; ${MAY_HAVE_GONE}` : '';
                throw new errors/* RemoteError */.Hi(`mail to the list through ${smtp.host}:${smtp.port} failed${e.code ? ` (${e.code}${e.responseCode ? ` ${e.responseCode}` : ''})` : ''}: ${e.message ?? String(err)}${unsure}`, e.responseCode);
            }
            finally {
                transport.close();
            }
        },
    }));
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
