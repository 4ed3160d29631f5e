export const id = 333;
export const ids = [333,687];
export const modules = {

/***/ 3333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discussionChannel: () => (/* binding */ discussionChannel)
/* harmony export */ });
/* harmony import */ var _lib_announce_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3687);
/* harmony import */ var _lib_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7305);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7378);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3490);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2325);





const REPO_QUERY = `query AnnounceCategories($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    id
    hasDiscussionsEnabled
    discussionCategories(first: 100) { nodes { id name slug } }
  }
}`;
const RECENT_QUERY = `query AnnounceRecentDiscussions($owner: String!, $name: String!, $category: ID!) {
  repository(owner: $owner, name: $name) {
    discussions(first: 50, categoryId: $category, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { number title url } }
  }
}`;
const CREATE = `mutation AnnounceCreateDiscussion($repositoryId: ID!, $categoryId: ID!, $title: String!, $body: String!) {
  createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }) {
    discussion { number url }
  }
}`;
function discussionChannel(client, repo, category, facts, text) {
    return {
        id: 'discussion',
        async send() {
            const vars = { owner: repo.owner, name: repo.repo };
            let info;
            try {
                info = await client.graphql(REPO_QUERY, vars);
            }
            catch (err) {
                throw (0,_release_js__WEBPACK_IMPORTED_MODULE_3__.remoteError)(`reading the discussion categories of ${repo.owner}/${repo.repo}`, err);
            }
            const r = info.repository;
            if (!r || !r.hasDiscussionsEnabled)
                throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${repo.owner}/${repo.repo} has discussions turned off; turn them on, or leave discussion-category empty`);
            const wanted = category.trim().toLowerCase();
            const cat = r.discussionCategories.nodes.find((c) => c.name.toLowerCase() === wanted || c.slug === wanted);
            if (!cat) {
                throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`no discussion category named ${JSON.stringify(category)} in ${repo.owner}/${repo.repo} (it has: ${r.discussionCategories.nodes.map((c) => c.name).join(', ') || 'none'})`);
            }
            const title = (0,_lib_announce_message_js__WEBPACK_IMPORTED_MODULE_0__.titleOf)(facts);
            const existing = async () => {
                try {
                    const recent = await client.graphql(RECENT_QUERY, { ...vars, category: cat.id });
                    const same = recent.repository?.discussions.nodes.find((d) => d.title === title);
                    return same ? `${same.url} (existing)` : undefined;
                }
                catch (err) {
                    throw (0,_release_js__WEBPACK_IMPORTED_MODULE_3__.remoteError)('looking for an existing announcement discussion', err);
                }
            };
            const found = await existing();
            if (found)
                return found;
            let lastError;
            for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
                try {
                    // The client's automatic retry would send the mutation again after a lost answer
                    // (a 5xx, a timeout) and open a second discussion; this loop looks first.
                    const made = await client.graphql(CREATE, { repositoryId: r.id, categoryId: cat.id, title, body: text.trim(), request: { retries: 0 } });
                    const d = made.createDiscussion?.discussion;
                    if (!d)
                        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('createDiscussion returned no discussion');
                    return d.url;
                }
                catch (err) {
                    lastError = err;
                    if (!maybeApplied(err))
                        throw (0,_release_js__WEBPACK_IMPORTED_MODULE_3__.remoteError)(`creating the discussion in ${category}`, err);
                    const there = await existing();
                    if (there)
                        return there;
                    if (attempt < CREATE_ATTEMPTS)
                        await (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .wait */ .uk)(1000 * attempt);
                }
            }
            throw (0,_release_js__WEBPACK_IMPORTED_MODULE_3__.remoteError)(`creating the discussion in ${category} (${CREATE_ATTEMPTS} attempts)`, lastError);
        },
    };
}
const CREATE_ATTEMPTS = 3;
/** A server error or no answer at all: the mutation may have been applied. GraphQL errors and 4xx were not. */
function maybeApplied(err) {
    if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ || (err instanceof Error && err.name === 'GraphqlResponseError'))
        return false;
    const status = (0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(err);
    return status === undefined || status >= 500;
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
