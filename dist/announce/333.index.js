export const id = 333;
export const ids = [333];
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
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8505);
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


/***/ })

};
