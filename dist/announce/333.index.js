export const id = 333;
export const ids = [333,305,636,687];
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
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3636);
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

/***/ 3636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assetName: () => (/* binding */ assetName),
  findOrCreateDraft: () => (/* reexport */ findOrCreateDraft),
  getRelease: () => (/* reexport */ getRelease),
  latestRelease: () => (/* reexport */ latestRelease),
  listReleases: () => (/* reexport */ listReleases),
  pickRelease: () => (/* reexport */ pickRelease),
  remoteError: () => (/* reexport */ remoteError),
  settleCreateRace: () => (/* reexport */ settleCreateRace),
  syncAssets: () => (/* binding */ syncAssets),
  updateRelease: () => (/* reexport */ updateRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/lib/github/client.ts
var github_client = __webpack_require__(7305);
;// CONCATENATED MODULE: ./actions/lib/github/asset-hash.ts
/**
 * The sha256 of a GitHub release asset, which is how every write of an asset is keyed (an
 * asset of the same name and the same bytes is kept, other bytes are a conflict). GitHub
 * gives `digest: "sha256:…"` on every asset uploaded since mid-2025; for an older asset, or a
 * GitHub Enterprise Server without the field, the bytes are downloaded and hashed.
 */



/** The hex sha256 of bytes, as an asset's `digest` carries it. */
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** The hex sha256 from an asset's `digest`, when GitHub gave one. */
function digestSha256(asset) {
    const digest = asset.digest ?? '';
    return /^sha256:[0-9a-f]{64}$/.test(digest) ? digest.slice('sha256:'.length) : undefined;
}
/** The asset's sha256: its `digest`, else its bytes downloaded and hashed. */
async function releaseAssetSha256(client, repo, asset) {
    const known = digestSha256(asset);
    if (known)
        return known;
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
        return sha256Hex(Buffer.from(res.data));
    }
    catch (err) {
        if (err instanceof errors/* ActionError */.lZ)
            throw err;
        const status = (0,github_client.statusOf)(err);
        throw new errors/* RemoteError */.Hi(`downloading release asset ${asset.name} to compare it failed${status ? ` (HTTP ${status})` : ''}: ${err instanceof Error ? err.message : String(err)}`, status, { cause: err });
    }
}

// EXTERNAL MODULE: ./actions/lib/runner/tuning.ts
var tuning = __webpack_require__(4100);
;// CONCATENATED MODULE: ./actions/lib/github/releases.ts



const wait = (ms) => new Promise((resolve) => setTimeout(resolve, (0,tuning/* scaledWait */.gI)(ms)));
function remoteError(what, err) {
    if (err instanceof errors/* ActionError */.lZ)
        return err;
    const status = (0,github_client.statusOf)(err);
    const message = err instanceof Error ? err.message : String(err);
    return new errors/* RemoteError */.Hi(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, status, { cause: err });
}
/** Every release of the repository, drafts included (newest first). */
async function listReleases(client, repo) {
    try {
        return await client.paginate(client.rest.repos.listReleases, { ...repo, per_page: 100 });
    }
    catch (err) {
        throw remoteError(`listing the releases of ${repo.owner}/${repo.repo}`, err);
    }
}
/** The release of `tag`: the published one, else the oldest draft; the other drafts are reported. */
function pickRelease(releases, tag) {
    const forTag = releases.filter((r) => r.tag_name === tag);
    const published = forTag.find((r) => !r.draft);
    const drafts = forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
    const release = published ?? drafts[0];
    return { ...(release ? { release } : {}), extraDrafts: drafts.filter((d) => d !== release) };
}
async function getRelease(client, repo, id) {
    try {
        return (await client.rest.repos.getRelease({ ...repo, release_id: id })).data;
    }
    catch (err) {
        throw remoteError(`reading release ${id}`, err);
    }
}
async function updateRelease(client, repo, id, patch, what) {
    try {
        return (await client.rest.repos.updateRelease({ ...repo, release_id: id, ...patch })).data;
    }
    catch (err) {
        throw remoteError(what, err);
    }
}
/** The release GitHub marks as latest, or undefined when there is none. */
async function latestRelease(client, repo) {
    try {
        return (await client.rest.repos.getLatestRelease({ ...repo })).data;
    }
    catch (err) {
        if ((0,github_client.statusOf)(err) === 404)
            return undefined;
        throw remoteError(`reading the latest release of ${repo.owner}/${repo.repo}`, err);
    }
}
/**
 * After this run created draft `mine` for `tag`: the release that stays. A published one wins,
 * else the oldest draft; `lost` when that is not this run's draft (undefined `winner` when
 * the listing no longer shows any release for the tag, not even this run's).
 */
function settleCreateRace(releases, tag, mine) {
    const { release } = pickRelease(releases, tag);
    if (!release)
        return { lost: true };
    return { winner: release, lost: release.id !== mine };
}
async function deleteOwnDraft(client, repo, id, tag) {
    try {
        await client.rest.repos.deleteRelease({ ...repo, release_id: id });
    }
    catch (err) {
        if ((0,github_client.statusOf)(err) !== 404)
            throw remoteError(`deleting this run's duplicate draft release ${id} of ${tag}`, err);
    }
}
const CREATE_ATTEMPTS = 3;
/**
 * The release for `spec.tag`: found (drafts included), or created as a draft. A create
 * whose answer was lost is never repeated blindly: the releases are listed first.
 */
async function findOrCreateDraft(client, repo, spec, log) {
    const look = async () => {
        const { release, extraDrafts } = pickRelease(await listReleases(client, repo), spec.tag);
        if (extraDrafts.length > 0) {
            log.warning(`${extraDrafts.length} more draft release(s) exist for ${spec.tag} (ids ${extraDrafts.map((d) => d.id).join(', ')}); release ${release?.id} is used, delete the others by hand`);
        }
        return release;
    };
    const existing = await look();
    if (existing)
        return { release: existing, how: existing.draft ? 'adopted-draft' : 'adopted-published' };
    let lastError;
    let created;
    for (let attempt = 1; attempt <= CREATE_ATTEMPTS && !created; attempt++) {
        try {
            ({ data: created } = await client.rest.repos.createRelease({
                ...repo,
                tag_name: spec.tag,
                ...(spec.target ? { target_commitish: spec.target } : {}),
                name: spec.name,
                body: spec.body,
                draft: true,
                prerelease: spec.prerelease,
                // the automatic retry would POST again after a lost answer; this loop lists first
                request: { retries: 0 },
            }));
        }
        catch (err) {
            lastError = err;
            const status = (0,github_client.statusOf)(err);
            const maybeApplied = status === undefined || status >= 500 || status === 422;
            if (!maybeApplied)
                throw remoteError(`creating the draft release ${spec.tag}`, err);
            const found = await look();
            if (found) {
                log.info(`creating the release answered ${status ?? 'nothing'}, but a release for ${spec.tag} exists (id ${found.id}): adopted, not created twice`);
                return { release: found, how: 'adopted-after-error' };
            }
            if (status === 422)
                throw remoteError(`creating the draft release ${spec.tag}`, err);
            if (attempt < CREATE_ATTEMPTS) {
                log.warning(`creating the release ${spec.tag} failed (${status ?? 'no answer'}); no release was made, trying again (${attempt + 1} of ${CREATE_ATTEMPTS})`);
                await wait(1000 * attempt);
            }
        }
    }
    if (!created)
        throw remoteError(`creating the draft release ${spec.tag} (${CREATE_ATTEMPTS} attempts)`, lastError);
    const settled = settleCreateRace(await listReleases(client, repo), spec.tag, created.id);
    if (!settled.lost)
        return { release: created, how: 'created' };
    if (!settled.winner)
        throw new errors/* ActionError */.lZ(`the draft release ${created.id} of ${spec.tag} vanished right after it was created; re-run the job`);
    await deleteOwnDraft(client, repo, created.id, spec.tag);
    log.info(`another run created a release for ${spec.tag} at the same time (id ${settled.winner.id}, the older one): this run's draft (id ${created.id}) was deleted, and the release is left to that run`);
    return { release: settled.winner, how: 'lost-race' };
}

;// CONCATENATED MODULE: ./actions/announce/release.ts
/**
 * The GitHub release, re-run safe.
 *
 * - Find, create (a lost answer never doubled), concurrent runs for one tag: lib/github/releases.ts,
 *   shared with publish-helm.
 * - Assets: uploaded to the draft before it is published; an asset of the same name and
 *   sha256 is kept, a different one fails the run (before anything is uploaded) unless
 *   `replace-assets`. An upload answered with 422 after a retry is checked by digest.
 * - Publish: one PATCH with the notes, prerelease and make_latest — so a published release is
 *   never half-populated, and repositories with immutable releases work.
 */





// the release itself is found and created by lib/github/releases.ts, shared with publish-helm

/** GitHub keeps only these characters in asset names; the others become dots. */
function assetName(name) {
    return name.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/^\.+|\.+$/g, '');
}
function contentType(name) {
    if (/\.(tgz|tar\.gz|gz)$/.test(name))
        return 'application/gzip';
    if (/\.(json)$/.test(name))
        return 'application/json';
    if (/\.(jsonl|intoto\.jsonl)$/.test(name))
        return 'application/jsonl';
    if (/\.(txt|sha256|sha512|sum|asc|sig|pem)$/.test(name) || /checksums/i.test(name))
        return 'text/plain';
    if (/\.(ya?ml)$/.test(name))
        return 'application/yaml';
    if (/\.zip$/.test(name))
        return 'application/zip';
    return 'application/octet-stream';
}
/**
 * Brings the release's assets in line with `local`. Every conflict is found before
 * anything is uploaded, so a refused run leaves the release as it was.
 */
async function syncAssets(client, repo, release, local, opts) {
    const remote = new Map(release.assets.map((a) => [a.name, a]));
    const plan = [];
    const conflicts = [];
    for (const asset of local) {
        const existing = remote.get(assetName(asset.name));
        if (!existing) {
            plan.push({ asset, action: 'upload' });
            continue;
        }
        const sha = await releaseAssetSha256(client, repo, existing);
        if (sha === asset.sha256)
            plan.push({ asset, existing, action: 'keep' });
        else if (opts.replace)
            plan.push({ asset, existing, action: 'replace' });
        else
            conflicts.push(`${existing.name} (release has sha256 ${sha.slice(0, 12)}…, ${asset.rel} has ${asset.sha256.slice(0, 12)}…)`);
    }
    if (conflicts.length > 0) {
        throw new errors/* ActionError */.lZ(`release ${release.tag_name} already has ${conflicts.length === 1 ? 'an asset' : 'assets'} of the same name with different content: ${conflicts.join('; ')}. ` +
            'Nothing was uploaded. Set replace-assets: true to replace them, or check why the build produced different bytes.');
    }
    const results = [];
    for (const { asset, existing, action } of plan) {
        const base = { name: assetName(asset.name), size: asset.size, sha256: asset.sha256 };
        if (action === 'keep') {
            opts.log.info(`asset ${base.name}: already on the release with the same sha256, kept`);
            results.push({ ...base, status: 'kept' });
            continue;
        }
        if (opts.dryRun) {
            results.push({ ...base, status: 'dry-run' });
            continue;
        }
        if (action === 'replace' && existing) {
            try {
                await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: existing.id });
            }
            catch (err) {
                if ((0,github_client.statusOf)(err) !== 404)
                    throw remoteError(`deleting the old asset ${existing.name}`, err);
            }
        }
        await upload(client, repo, release, asset);
        opts.log.info(`asset ${base.name}: ${action === 'replace' ? 'replaced' : 'uploaded'} (${asset.size} bytes, sha256 ${asset.sha256})`);
        results.push({ ...base, status: action === 'replace' ? 'replaced' : 'uploaded' });
    }
    return results;
}
async function upload(client, repo, release, asset) {
    const data = await (0,promises_.readFile)(asset.path);
    try {
        await client.rest.repos.uploadReleaseAsset({
            ...repo,
            release_id: release.id,
            url: release.upload_url,
            name: asset.name,
            data: data,
            headers: { 'content-type': contentType(asset.name), 'content-length': data.length },
        });
    }
    catch (err) {
        // A retried upload whose first attempt was applied: the asset is there; keep it if it is ours.
        if ((0,github_client.statusOf)(err) === 422) {
            const assets = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 }).catch(() => []);
            const there = assets.find((a) => a.name === assetName(asset.name));
            if (there && (await releaseAssetSha256(client, repo, there)) === asset.sha256)
                return;
        }
        throw remoteError(`uploading ${asset.name} to release ${release.tag_name}`, err);
    }
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

/***/ 7305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   isNotFound: () => (/* binding */ isNotFound),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4100);
/**
 * The suite's one way to build an Octokit: retries for transient failures,
 * throttling for rate limits, a per-attempt timeout, and the API URL of the
 * runner (so GitHub Enterprise Server works unchanged).
 *
 * Every wait (retry back-off, rate-limit waits, the write spacing GitHub asks
 * integrators to keep) is multiplied by RELEASE_ACTIONS_RETRY_SCALE, so tests
 * exercise the real retry paths in milliseconds instead of skipping them.
 */






/** Beyond this a rate-limit wait is not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_S = 15 * 60;
function createGitHubClient(opts) {
    const scale = opts.retryScale ?? (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__/* .retryScale */ .H5)();
    const retries = opts.retries ?? 3;
    const timeoutMs = opts.timeoutMs ?? (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__/* .requestTimeoutMs */ .Hl)();
    const log = opts.log ?? ((message) => process.stdout.write(`${message}\n`));
    const noop = () => undefined;
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        const what = `${options.method} ${options.url}`;
        if (retryCount >= retries || retryAfter > MAX_RATE_LIMIT_WAIT_S) {
            log(`GitHub ${kind} rate limit hit for ${what}; giving up after ${retryCount} retries`);
            return false;
        }
        log(`GitHub ${kind} rate limit hit for ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
        baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: opts.userAgent ?? 'release-actions',
        log: { debug: noop, info: noop, warn: log, error: log },
        request: { fetch: withTimeout(baseFetch(), timeoutMs) },
        retry: {
            retries,
            retryAfterBaseValue: 1000 * scale,
            // 403 and 429 belong to throttling, which knows how long to wait; a 409
            // conflict would only replay the same stale precondition.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: 1000 * scale,
            ...throttleGroups(scale),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/** The HTTP status of an Octokit RequestError (or anything carrying one). */
function statusOf(err) {
    if (typeof err === 'object' && err !== null && 'status' in err) {
        const status = err.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function isNotFound(err) {
    return statusOf(err) === 404;
}
/** @actions/github's fetch honours the runner's proxy settings; keep it. */
function baseFetch() {
    return _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch;
}
/**
 * A fresh deadline per attempt. The deadline surfaces as a TimeoutError, which
 * @octokit/request turns into a retryable 500 (an AbortError would not be retried).
 */
function withTimeout(fetch, timeoutMs) {
    return (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return fetch(input, { ...init, signal });
    };
}
/**
 * plugin-throttling spaces writes 1 s apart (3 s for notification-triggering
 * ones) through module-wide groups; these are the same groups with scaled
 * spacing, shared per scale like the plugin shares its own.
 */
const groupsByScale = new Map();
function throttleGroups(scale) {
    let groups = groupsByScale.get(scale);
    if (!groups) {
        const common = { timeout: 2 * 60 * 1000 };
        groups = {
            global: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-global', maxConcurrent: 10, ...common }),
            auth: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-auth', maxConcurrent: 1, ...common }),
            search: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-search', maxConcurrent: 1, minTime: 2000 * scale, ...common }),
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-write', maxConcurrent: 1, minTime: 1000 * scale, ...common }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-notifications', maxConcurrent: 1, minTime: 3000 * scale, ...common }),
        };
        groupsByScale.set(scale, groups);
    }
    return groups;
}


/***/ })

};
