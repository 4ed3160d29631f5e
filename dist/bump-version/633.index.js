export const id = 633;
export const ids = [633,305,134,794];
export const modules = {

/***/ 1633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keepCurrent: () => (/* binding */ keepCurrent)
});

// EXTERNAL MODULE: ./actions/lib/git/commit-files.ts
var commit_files = __webpack_require__(1794);
// EXTERNAL MODULE: ./actions/lib/git/git.ts + 2 modules
var git_git = __webpack_require__(7227);
// EXTERNAL MODULE: ./actions/lib/git/push.ts
var push = __webpack_require__(1369);
// EXTERNAL MODULE: ./actions/lib/semver/release-commit.ts
var release_commit = __webpack_require__(3626);
// EXTERNAL MODULE: ./actions/bump-version/history.ts
var bump_version_history = __webpack_require__(9158);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/bump-version/marker.ts
/**
 * The hidden record a pull request kept current carries at the end of its body: the branch
 * tip the bot last wrote (and the one before, so a run that failed between writing the body
 * and pushing is recognised), and a hash of the body text it wrote. With it a later run tells
 * its own work from a person's: a tip it did not write, or a body whose hash differs.
 * Pure; the hash is SHA-256 of the text without the record, cut to 16 hex digits.
 */

const PREFIX = '<!-- release-actions: ';
const SUFFIX = ' -->';
const LINE = /\n*<!-- release-actions: (\{[^\n]*\}) -->\n?$/;
const SHA = /^[0-9a-f]{40}$/;
function bodyHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text.replace(/\r\n/g, '\n').trimEnd(), 'utf8').digest('hex').slice(0, 16);
}
/** The body as a person sees it: without the record. */
function withoutMarker(body) {
    return body.replace(/\r\n/g, '\n').replace(LINE, '\n').replace(/\n+$/, '\n');
}
/** The record at the end of a body; undefined when there is none or it was altered beyond reading. */
function readMarker(body) {
    const json = body ? LINE.exec(body.replace(/\r\n/g, '\n'))?.[1] : undefined;
    if (!json)
        return undefined;
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { tip, prev, body: hash } = value;
    if (typeof tip !== 'string' || !SHA.test(tip) || typeof hash !== 'string' || !/^[0-9a-f]{16}$/.test(hash))
        return undefined;
    return { tip, body: hash, ...(typeof prev === 'string' && SHA.test(prev) ? { prev } : {}) };
}
/** `text` followed by the record. */
function withMarker(text, marker) {
    const record = JSON.stringify({ tip: marker.tip, ...(marker.prev ? { prev: marker.prev } : {}), body: marker.body });
    return `${text.replace(/\n+$/, '')}\n\n${PREFIX}${record}${SUFFIX}\n`;
}
/** Whether a person changed the body since the bot wrote it (ticked a box, added a note). */
function bodyEdited(body, marker) {
    return bodyHash(withoutMarker(body)) !== marker.body;
}

;// CONCATENATED MODULE: ./actions/bump-version/owner.ts

const FIELD = '\x1f';
async function tipFacts(git, tip) {
    const out = await git.out(['log', '-1', `--format=%P${FIELD}%an <%ae>${FIELD}%cn <%ce>${FIELD}%s`, '--end-of-options', tip]);
    const [parents = '', author = '', committer = '', subject = ''] = out.split(FIELD);
    return { parents: parents.split(' ').filter(Boolean), author, committer, subject };
}
/** The commits on the branch that are not on the base, as `abc123456789 Name <mail>: subject`, five at most. */
async function branchCommits(git, base, tip) {
    const out = await git.out(['log', '-6', `--format=%h %an <%ae>: %s`, '--end-of-options', `${base}..${tip}`]);
    const lines = out ? out.split('\n') : [];
    return lines.length > 5 ? [...lines.slice(0, 5), '…'] : lines;
}
/** Pure: whether facts about a tip have the shape of the bot's bump commit. */
function botShaped(facts, identity, onBase) {
    const bot = `${identity.name} <${identity.email}>`;
    if (facts.author !== bot)
        return `authored by ${facts.author}`;
    if (facts.committer !== bot)
        return `committed by ${facts.committer}`;
    if (facts.parents.length !== 1 || !onBase)
        return 'holds more than the one bump commit on the base';
    if (!facts.subject.startsWith((0,release_commit/* bumpCommitMessage */.r4)('')))
        return `its tip is "${facts.subject}", not a bump commit`;
    return undefined;
}
async function ownership(git, req) {
    const { tip, marker } = req;
    if (marker) {
        if (tip === marker.tip || tip === marker.prev)
            return { ours: true };
        return { ours: false, why: `its tip ${tip.slice(0, 12)} is not the commit the bot wrote last (${marker.tip.slice(0, 12)})` };
    }
    const facts = await tipFacts(git, tip);
    const parent = facts.parents[0];
    const onBase = parent !== undefined && (await git.isAncestor(parent, req.baseTip));
    const why = botShaped(facts, req.identity, onBase);
    return why ? { ours: false, why } : { ours: true };
}

// EXTERNAL MODULE: ./actions/bump-version/pulls.ts
var pulls = __webpack_require__(3134);
// EXTERNAL MODULE: ./actions/bump-version/repo.ts
var repo = __webpack_require__(6820);
;// CONCATENATED MODULE: ./actions/bump-version/living.ts
/**
 * `pull-request: current`: one release pull request on a fixed branch, brought up to date on
 * every run. The release commit is rebuilt on the base's tip; the branch moves only when that
 * commit's tree or parent differs from what it holds, with a lease on the tip this run read.
 * The title and body are set only when they differ. A branch a person pushed to is left alone
 * and reported; a body a person edited (a ticked box, a note) is kept, the branch and the
 * title still follow the base (docs: "The release pull request kept current").
 */









/** Brings the branch and the pull request up to date, or leaves a person's work alone; the report says which. */
async function keepCurrent(req) {
    const { git, report } = req;
    const pull = req.client ? await (0,pulls.findOpenPull)(req.client, { ...req.repo, branch: req.branch }) : undefined;
    const marker = readMarker(pull?.body);
    if (req.tip) {
        await (0,repo/* ensureCommit */.q$)(git, bump_version_history/* REMOTE */.Bn, req.tip, `the tip of ${req.branch}`);
        const owner = await ownership(git, { tip: req.tip, baseTip: req.base.tip, identity: req.identity ?? git_git/* BOT_IDENTITY */.br, ...(marker ? { marker } : {}) });
        if (!owner.ours)
            return leaveAlone(req, pull, owner.why);
    }
    const made = await releaseCommit(req);
    const current = req.tip !== undefined && (await sameCommit(git, req.tip, made));
    const tip = current ? req.tip : made;
    report.commit = tip;
    report.status = current ? 'exists' : req.tip ? 'updated' : 'created';
    const text = keptBody(req, pull, marker);
    if (current) {
        req.log.info(`branch ${req.branch} already holds the release commit of ${req.next} on ${req.base.name} (${tip.slice(0, 12)}): nothing to push`);
        if (pull)
            await syncPull(req, pull, text, { tip, ...(marker?.tip === tip && marker.prev ? { prev: marker.prev } : {}) });
    }
    else {
        // the record first: a run stopped before the push finds the old tip named as `prev`
        if (pull)
            await syncPull(req, pull, text, { tip: made, ...(req.tip ? { prev: req.tip } : {}) });
        await (0,push.pushWithLease)(git, { remote: bump_version_history/* REMOTE */.Bn, branch: req.branch, commit: made, expected: req.tip });
        req.log.info(`${req.tip ? 'moved' : 'pushed'} ${req.branch} to ${made.slice(0, 12)} (${req.next} on ${req.base.name} ${req.base.tip.slice(0, 12)})`);
    }
    if (!req.client)
        return;
    const open = pull ?? (await (0,pulls.openPull)(req.client, { ...req.repo, branch: req.branch, base: req.base.name, title: req.title, body: withMarker(text.text, { tip, body: text.hash }), draft: req.inputs.draft, labels: req.inputs.labels }));
    report.pull = { number: open.number, url: open.url, existed: open.existed };
}
/** The release commit on the base's tip, made without a work tree (only an object until pushed). */
function releaseCommit(req) {
    return (0,commit_files.commitFiles)(req.git, {
        parent: req.base.tip,
        files: req.edits.map((e) => ({ path: e.path, text: e.after })),
        message: (0,release_commit/* bumpCommitMessage */.r4)(req.next),
        signOff: req.inputs.signOff,
        ...(req.inputs.signingKey ? { signingKey: req.inputs.signingKey } : {}),
        tempDir: req.tempDir,
    });
}
/** A tree and parent equal to the commit just made: the branch is current. */
async function sameCommit(git, tip, made) {
    const read = (c) => git.out(['show', '-s', '--format=%T %P', '--end-of-options', c]);
    const [a, b] = await Promise.all([read(tip), read(made)]);
    return a === b;
}
/** The body text to write and the hash the record keeps: the bot's, or the person's when edited. */
function keptBody(req, pull, marker) {
    const own = { text: req.body, hash: bodyHash(req.body), kept: false };
    if (!pull)
        return own;
    const body = pull.body ?? '';
    if (marker && !bodyEdited(body, marker))
        return own;
    // edited by hand, or the record removed with the edit: the person's text stays
    req.log.warning(`pull request #${pull.number} (${pull.url}): its body was edited by hand; it is kept as written (only the hidden release-actions record is updated), while the branch and the title follow ${req.base.name}. Versions the body names may be out of date: to get the checklist back, delete the body.`);
    return { text: withoutMarker(body), hash: marker?.body ?? own.hash, kept: true };
}
async function syncPull(req, pull, text, marker) {
    const fields = await (0,pulls.updatePull)(req.client, req.repo, pull, { title: req.title, body: withMarker(text.text, { ...marker, body: text.hash }) });
    if (fields.length > 0)
        req.log.info(`pull request #${pull.number}: updated its ${fields.join(' and ')}`);
}
async function leaveAlone(req, pull, why) {
    const commits = await branchCommits(req.git, req.base.tip, req.tip);
    const which = pull ? `pull request #${pull.number} (${pull.url})` : `branch ${req.branch} (no pull request open)`;
    req.log.warning(`${which} was changed by hand: ${why}; commits on ${req.branch}: ${commits.join('; ') || 'none'}. ` +
        `Left as it is: nothing pushed or edited. To have it kept current again, close the pull request and delete the branch ${req.branch} (the next run opens it afresh), or merge it as it is.`);
    req.report.status = 'hand-edited';
    req.report.commit = req.tip;
    if (pull)
        req.report.pull = { number: pull.number, url: pull.url, existed: true };
}


/***/ }),

/***/ 3134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findOpenPull: () => (/* binding */ findOpenPull),
/* harmony export */   openPull: () => (/* binding */ openPull),
/* harmony export */   updatePull: () => (/* binding */ updatePull)
/* harmony export */ });
/* harmony import */ var _lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7305);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7378);


function remoteError(what, err) {
    const status = (0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err);
    const message = err instanceof Error ? err.message : String(err);
    return new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, status, { cause: err });
}
async function findOpenPull(client, spec) {
    try {
        const { data } = await client.rest.pulls.list({ owner: spec.owner, repo: spec.repo, head: `${spec.owner}:${spec.branch}`, state: 'open', per_page: 10 });
        const pull = data.find((p) => p.head.ref === spec.branch);
        if (!pull)
            return undefined;
        return { number: pull.number, url: pull.html_url, existed: true, labels: pull.labels.map((l) => l.name ?? '').filter(Boolean), title: pull.title, body: pull.body ?? '' };
    }
    catch (err) {
        throw remoteError(`listing the open pull requests of ${spec.branch}`, err);
    }
}
/**
 * Opens the pull request and puts the labels on it. When GitHub answers that one
 * already exists (a concurrent run, or a retried create whose first answer was
 * lost), that one is used, and labelled too.
 */
async function openPull(client, spec) {
    let pull;
    try {
        const { data } = await client.rest.pulls.create({
            owner: spec.owner,
            repo: spec.repo,
            head: spec.branch,
            base: spec.base,
            title: spec.title,
            body: spec.body,
            draft: spec.draft,
        });
        pull = { number: data.number, url: data.html_url, existed: false, labels: [] };
    }
    catch (err) {
        const existing = (0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 422 ? await findOpenPull(client, spec).catch(() => undefined) : undefined;
        if (!existing)
            throw remoteError(`opening the pull request ${spec.branch} → ${spec.base}`, err);
        pull = { ...existing, existed: false }; // not open when this run looked a moment ago
    }
    const missing = spec.labels.filter((l) => !pull.labels.some((have) => have.toLowerCase() === l.toLowerCase()));
    if (missing.length > 0) {
        try {
            const { data } = await client.rest.issues.addLabels({ owner: spec.owner, repo: spec.repo, issue_number: pull.number, labels: missing });
            pull.labels = data.map((l) => l.name);
        }
        catch (err) {
            throw remoteError(`labelling pull request #${pull.number} (${pull.url}) with ${missing.join(', ')}`, err);
        }
    }
    return pull;
}
/** Sets what differs of the title and body; nothing at all when both are already so. */
async function updatePull(client, spec, pull, want) {
    const changes = { ...(pull.title !== want.title ? { title: want.title } : {}), ...(pull.body !== want.body ? { body: want.body } : {}) };
    const fields = Object.keys(changes);
    if (fields.length === 0)
        return [];
    try {
        await client.rest.pulls.update({ owner: spec.owner, repo: spec.repo, pull_number: pull.number, ...changes });
    }
    catch (err) {
        throw remoteError(`updating the ${fields.join(' and ')} of pull request #${pull.number} (${pull.url})`, err);
    }
    Object.assign(pull, changes);
    return fields;
}


/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanMessage: () => (/* binding */ cleanMessage),
/* harmony export */   commitFiles: () => (/* binding */ commitFiles),
/* harmony export */   withSignOff: () => (/* binding */ withSignOff)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7227);




/**
 * Makes a commit of `files` on `parent` with git's plumbing — no work tree, no checkout: the
 * blobs written in one `hash-object`, the parent's tree read into a private index, the changed
 * entries replaced, `write-tree`, `commit-tree`. Six git processes whatever the repository's size
 * (the first three side by side, so four one after the other), where a temporary worktree checks
 * out every file first. Blobs are stored as given: the texts
 * are edits of blobs read from git, so no clean filter applies to them twice.
 */
async function commitFiles(git, req) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(req.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'commit-files-'));
    try {
        const plumbing = new _git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(git.cwd, { ...git.options, env: { ...git.options.env, GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index') } });
        // three independent steps side by side: the blobs, the parent's modes, the parent's tree in the index
        const [blobs, modes] = await allDone([writeBlobs(plumbing, dir, req.files), fileModes(plumbing, req.parent, req.files.map((f) => f.path)), plumbing.git(['read-tree', '--end-of-options', req.parent])]);
        const info = req.files.map((f, i) => `${modes.get(f.path) ?? '100644'} ${blobs[i]}\t${f.path}\n`).join('');
        await plumbing.git(['update-index', '--index-info'], { input: info });
        const tree = await plumbing.out(['write-tree']);
        const id = git.options.identity ?? _git_js__WEBPACK_IMPORTED_MODULE_3__/* .BOT_IDENTITY */ .br;
        const message = req.signOff === false ? cleanMessage(req.message) : withSignOff(req.message, `${id.name} <${id.email}>`);
        const sign = req.signingKey ? [`-S${req.signingKey}`] : ['--no-gpg-sign'];
        const made = await plumbing.git(['-c', `user.name=${id.name}`, '-c', `user.email=${id.email}`, 'commit-tree', ...sign, '-p', req.parent, '-F', '-', '--end-of-options', tree], { input: message });
        return made.stdout.trim();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** Promise.all that waits for every step before failing: none is left writing into the folder removed after it. */
async function allDone(steps) {
    const settled = await Promise.allSettled(steps);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((r) => r.value);
}
async function writeBlobs(git, dir, files) {
    const paths = await Promise.all(files.map(async (f, i) => {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `blob-${i}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(p, f.text);
        return p;
    }));
    const out = (await git.git(['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${paths.join('\n')}\n` })).stdout.trim();
    return out.split('\n');
}
/** The parent's mode of each path (an executable script stays executable); new files get 100644. */
async function fileModes(git, parent, paths) {
    const out = (await git.git(['ls-tree', '-z', '--full-tree', '--end-of-options', parent, '--', ...paths])).stdout;
    const modes = new Map();
    for (const rec of out.split('\0')) {
        const m = /^(\d{6}) blob [0-9a-f]+\t(.*)$/s.exec(rec);
        if (m)
            modes.set(m[2], m[1]);
    }
    return modes;
}
/** What `git commit -F` keeps of a message: trailing spaces and blank lines at the end go. */
function cleanMessage(message) {
    return `${message.split('\n').map((l) => l.trimEnd()).join('\n').trim()}\n`;
}
/** The message with a `Signed-off-by:` trailer, placed as `git commit --signoff` places it. */
function withSignOff(message, ident) {
    const body = cleanMessage(message).trimEnd();
    const sob = `Signed-off-by: ${ident}`;
    const paragraphs = body.split(/\n{2,}/);
    const last = paragraphs.length > 1 ? (paragraphs[paragraphs.length - 1] ?? '') : '';
    const lines = last.split('\n');
    if (lines[lines.length - 1] === sob)
        return `${body}\n`;
    const trailers = last !== '' && lines.every((l) => /^[A-Za-z0-9-]+: /.test(l) || /^\s/.test(l));
    return `${body}${trailers ? '\n' : '\n\n'}${sob}\n`;
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
