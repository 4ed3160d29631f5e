export const id = 868;
export const ids = [868,305,636];
export const modules = {

/***/ 1868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateRepoChannel: () => (/* binding */ updateRepoChannel)
/* harmony export */ });
/* unused harmony exports DEFAULT_GLOB, parseTarget, branchFor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7227);
/* harmony import */ var _lib_github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7305);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7378);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3636);
/**
 * update-repos: one pull request per related repository and version, moving this
 * project's image tag, chart version and install examples from the previous version to
 * the new one (the rules are in actions/lib/announce/related.ts). The repository is
 * cloned over git smart HTTP (the token goes in a header scoped to the server, never in
 * the URL), the change is committed on `release-actions/<project>-v<version>` and pushed
 * without force, and the pull request is opened — or, on a re-run, the open one is reused.
 */






const DEFAULT_GLOB = '**/*.{md,yaml,yml}';
function parseTarget(line) {
    const colon = line.indexOf(':');
    const full = colon < 0 ? line : line.slice(0, colon);
    const glob = colon < 0 ? '' : line.slice(colon + 1).trim();
    const [owner = '', repo = ''] = full.split('/');
    // one glob (braces allowed: `{docs,examples}/**/*.{md,yaml}`)
    return { owner, repo, globs: [glob || DEFAULT_GLOB] };
}
function branchFor(facts) {
    const name = facts.repository.split('/')[1].toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
    return `release-actions/${name}-${facts.tag}`;
}
async function findOpenPull(client, owner, repo, branch) {
    try {
        const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
        const pull = data.find((p) => p.head.ref === branch);
        return pull ? { number: pull.number, url: pull.html_url } : undefined;
    }
    catch (err) {
        throw (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.remoteError)(`listing the open pull requests of ${owner}/${repo}`, err);
    }
}
function pullBody(facts, edits, rules) {
    const rows = edits.flatMap((e) => e.changes.map((c) => `| \`${e.path}\` | ${c.line} | ${c.name} | \`${c.old}\` | \`${c.new}\` |`));
    if (rows.length === 0)
        rows.push('| (the branch holds the change, pushed by an earlier run) | | | | |');
    return [
        `This moves ${facts.project} from ${rules.previous} to ${facts.tag}: its image tag, chart version and install examples.`,
        '',
        `📖 Release notes: ${facts.notesUrl}`,
        '',
        '| file | line | what | old | new |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        `Opened by the release of ${facts.repository} (release-actions/announce, update-repos). Other versions, images and charts were left alone.`,
    ].join('\n');
}
async function planEdits(dir, git, globs, rules) {
    const [{ minimatch }, { rewriteRelated }] = await Promise.all([__webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 1138)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 2020))]);
    const files = (await git.git(['ls-files', '-z'])).stdout.split('\0').filter(Boolean);
    const edits = [];
    for (const path of files.filter((f) => globs.some((g) => minimatch(f, g, { dot: true })))) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, path), 'utf8').catch(() => undefined);
        if (text === undefined || text.includes('\0'))
            continue;
        const edit = rewriteRelated(path, text, rules);
        if (edit)
            edits.push(edit);
    }
    return edits;
}
function updateRepoChannel(line, ctx) {
    const target = parseTarget(line);
    const full = `${target.owner}/${target.repo}`;
    const channel = {
        id: `update-repo:${full}`,
        async send() {
            const rules = ctx.rules;
            const { facts, client, log } = ctx;
            const branch = branchFor(facts);
            const open = await findOpenPull(client, target.owner, target.repo, branch);
            if (open)
                return `${open.url} (already open)`;
            const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.runnerTemp, 'announce-update-'));
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, 'repo');
            try {
                const outside = new _lib_git_git_js__WEBPACK_IMPORTED_MODULE_2__.Git(tmp, { token: ctx.token, serverUrl: ctx.serverUrl, identity: ctx.identity });
                const url = `${ctx.serverUrl}/${full}.git`;
                const cloned = await outside.git(['clone', '-q', '--depth=1', '--no-tags', '--', url, dir], { allowFailure: true });
                if (cloned.exitCode !== 0)
                    throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`cloning ${full} failed (the token needs contents: write there): ${(cloned.stderr || cloned.stdout).trim().split('\n').pop()}`);
                const git = new _lib_git_git_js__WEBPACK_IMPORTED_MODULE_2__.Git(dir, { token: ctx.token, serverUrl: ctx.serverUrl, identity: ctx.identity });
                const base = await git.currentBranch();
                if (!base)
                    throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`${full} has no default branch to update`);
                const remoteBranch = (await git.out(['ls-remote', '--heads', '--', 'origin', `refs/heads/${branch}`])).trim();
                if (remoteBranch) {
                    // An earlier run pushed the branch but opened no pull request: continue on it.
                    await git.fetch('origin', [`+refs/heads/${branch}:refs/remotes/origin/${branch}`], { depth: 1 });
                    await git.switchNew(branch, `origin/${branch}`);
                }
                else {
                    await git.switchNew(branch, 'HEAD');
                }
                const apply = async () => {
                    const edits = await planEdits(dir, git, target.globs, rules);
                    for (const e of edits)
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.path), e.after);
                    if (edits.length > 0) {
                        await git.commit(`chore: update ${facts.project} to ${facts.tag}\n\nMoves the image tag, chart version and install examples from ${rules.previous} to ${facts.tag}.\nRelease notes: ${facts.notesUrl}\n`, {
                            paths: edits.map((e) => e.path),
                        });
                    }
                    return edits;
                };
                const edits = await apply();
                if (edits.length === 0 && !remoteBranch)
                    return `nothing to update: no reference to ${rules.previous} in ${target.globs.join(', ')}`;
                let all = edits;
                if (edits.length > 0) {
                    const { pushWithRetry } = await __webpack_require__.e(/* import() */ 369).then(__webpack_require__.bind(__webpack_require__, 1369));
                    await pushWithRetry(git, {
                        remote: 'origin',
                        branch,
                        reapply: async () => {
                            const again = await apply();
                            if (again.length > 0)
                                all = again;
                            return again.length > 0;
                        },
                    });
                    log.info(`${full}: pushed ${branch} (${edits.reduce((n, e) => n + e.changes.length, 0)} change(s) in ${edits.length} file(s))`);
                }
                try {
                    const { data } = await client.rest.pulls.create({
                        owner: target.owner,
                        repo: target.repo,
                        head: branch,
                        base,
                        title: `chore: update ${facts.project} to ${facts.tag}`,
                        body: pullBody(facts, all, rules),
                    });
                    return data.html_url;
                }
                catch (err) {
                    if ((0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_3__.statusOf)(err) === 422) {
                        const again = await findOpenPull(client, target.owner, target.repo, branch);
                        if (again)
                            return `${again.url} (already open)`;
                    }
                    throw (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.remoteError)(`opening the pull request ${branch} → ${base} in ${full}`, err);
                }
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
            }
        },
    };
    if (ctx.skip)
        channel.skip = ctx.skip;
    else if (!ctx.rules)
        channel.skip = 'no previous release to move from';
    return channel;
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
