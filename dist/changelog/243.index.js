export const id = 243;
export const ids = [243,305,624];
export const modules = {

/***/ 5243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   enrichWithPulls: () => (/* binding */ enrichWithPulls),
/* harmony export */   githubPullSource: () => (/* binding */ githubPullSource),
/* harmony export */   pickPull: () => (/* binding */ pickPull),
/* harmony export */   subjectFromPull: () => (/* binding */ subjectFromPull)
/* harmony export */ });
/* harmony import */ var _lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7305);
/* harmony import */ var _lib_semver_release_commit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3626);
/**
 * Pull request enrichment: number, title, author login and labels of the pull request
 * each commit came from, through the GitHub API.
 *
 * - A merged pull request (the merge commit `pullRequestRecords` made one record of) and a
 *   squash-merge subject `… (#123)` name their pull request: one `GET /pulls/123`, whose
 *   title becomes the entry's subject; the branch's commits are not asked about.
 * - Any other commit (rebase workflows, direct pushes): one
 *   `GET /commits/{sha}/pulls`, and the merged pull request among the answers (the one
 *   whose merge commit is this commit first). Its title stands for the commit, so the
 *   commits of one pull request make one entry that says what the pull request did —
 *   unless the commit is a revert (revert pairs are matched by subject), marks a
 *   breaking change the title does not (`feat!:`), or the pull request is a release
 *   pull request (its title is left out of the changelog, its commits are not).
 * - Bounded: each pull request number is read once, at most `concurrency` requests are
 *   in flight, and at most `maxRequests` are made (one warning past that).
 * - A 404 (a `(#123)` that is an issue, or another repository's number) or a 422 (a commit
 *   GitHub does not have) only means "no pull request". Any other failure (after the
 *   client's retries) stops the enrichment: every commit is then described from its own
 *   data, with ONE warning that says why — never a warning per commit.
 */


const SQUASH_PR = /\s*\(#(\d+)\)\s*$/;
const CONVENTIONAL = /^\w+(?:\([^()\r\n]*\))?(!?): \S/;
const REVERT = /^(?:revert(?:\([^()]*\))?!?:\s|Revert ")/i;
/** The pull request a commit came from, among those that contain it. */
function pickPull(sha, pulls) {
    const merged = pulls.filter((p) => p.merged);
    return merged.find((p) => p.mergeCommitSha === sha) ?? merged[0] ?? null;
}
/** The subject a commit gets from its pull request (see the module comment). */
function subjectFromPull(subject, pull) {
    if (REVERT.test(subject.trim()))
        return subject;
    // A release pull request's title is left out of the changelog; its commits (a hotfix's
    // cherry-picked fix, the bump commit) are judged by their own subjects instead.
    if ((0,_lib_semver_release_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleaseCommit */ .N$)(pull.title))
        return subject;
    const own = CONVENTIONAL.exec(subject);
    const title = CONVENTIONAL.exec(pull.title);
    if (own?.[1] === '!' && title?.[1] !== '!')
        return subject;
    const t = pull.title.trim();
    return t === '' ? subject : t;
}
function describe(err) {
    const status = (0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err);
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    if (status === 401)
        return `HTTP 401 (the token was refused): ${message}`;
    if (status === 403)
        return `HTTP 403 (does the token have pull-requests: read? or a rate limit): ${message}`;
    return status ? `HTTP ${status}: ${message}` : message;
}
const isMissing = (err) => (0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 404 || (0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_0__.statusOf)(err) === 422;
const isMerge = (r) => r.merge === true || (r.parents?.length ?? 0) > 1;
/** The pull request a record names: a merged pull request's (`pr`), else a squash subject's `(#123)`. */
function numberOf(r) {
    if (r.pr !== undefined)
        return r.pr;
    const m = SQUASH_PR.exec(r.subject);
    return m ? Number(m[1]) : undefined;
}
/**
 * The records (a history as `pullRequestRecords` gives it: a merged pull request is one
 * record with its number) with what the API says of their pull requests: the title (which
 * becomes the subject, see {@link subjectFromPull}), the author and the labels.
 */
async function enrichWithPulls(records, source, opts = {}) {
    const concurrency = Math.max(1, opts.concurrency ?? 8);
    const maxRequests = Math.max(0, opts.maxRequests ?? 1000);
    const base = [...records];
    // what to ask: pull request numbers (each once), then commits without one
    const numbers = new Set();
    const bySha = [];
    for (const r of base) {
        if (isMerge(r) || opts.skip?.has(r.sha))
            continue;
        const n = numberOf(r);
        if (n !== undefined)
            numbers.add(n);
        else
            bySha.push(r.sha);
    }
    const all = [...[...numbers].map((n) => ({ kind: 'pull', number: n })), ...bySha.map((sha) => ({ kind: 'commit', sha }))];
    const tasks = all.slice(0, maxRequests);
    const pulls = new Map();
    const ofCommit = new Map();
    let failure = null;
    let requests = 0;
    let next = 0;
    const worker = async () => {
        while (failure === null && next < tasks.length) {
            const task = tasks[next++];
            requests++;
            try {
                if (task.kind === 'pull') {
                    pulls.set(task.number, await source.pull(task.number).catch((err) => (isMissing(err) ? null : Promise.reject(err))));
                }
                else {
                    const found = await source.pullsOfCommit(task.sha).catch((err) => (isMissing(err) ? [] : Promise.reject(err)));
                    const pick = pickPull(task.sha, found);
                    ofCommit.set(task.sha, pick);
                    if (pick && !pulls.has(pick.number))
                        pulls.set(pick.number, pick);
                }
            }
            catch (err) {
                failure ??= err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
    if (failure !== null) {
        return {
            records: base,
            enriched: 0,
            requests,
            warning: `could not read pull requests through the GitHub API (${describe(failure)}); the entries are made from the commits alone (no authors, no labels; pull request titles from merge commits, numbers from '(#123)' subjects)`,
        };
    }
    let enriched = 0;
    const out = base.map((r) => {
        if (isMerge(r) || opts.skip?.has(r.sha))
            return r;
        const n = numberOf(r);
        const p = n !== undefined ? pulls.get(n) : ofCommit.get(r.sha);
        if (!p)
            return r;
        enriched++;
        return { ...r, subject: subjectFromPull(r.subject, p), pr: p.number, labels: p.labels, ...(p.author ? { author: p.author } : {}) };
    });
    const cut = all.length - tasks.length;
    return {
        records: out,
        enriched,
        requests,
        warning: cut > 0
            ? `${all.length} pull request lookups were needed, ${maxRequests} were made; ${cut} commit${cut === 1 ? '' : 's'} described from the commit alone (narrow the range with from/to, or set use-pull-requests: false)`
            : null,
    };
}
/** A PullSource over the REST API. */
function githubPullSource(client, owner, repo) {
    const info = (p) => ({
        number: p.number,
        title: p.title,
        author: p.user?.login ?? null,
        labels: p.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== ''),
        merged: p.merged_at !== null,
        mergeCommitSha: p.merge_commit_sha,
    });
    return {
        async pullsOfCommit(sha) {
            const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
            return data.map(info);
        },
        async pull(number) {
            const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
            return info(data);
        },
    };
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


/***/ }),

/***/ 3626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N$: () => (/* binding */ isReleaseCommit)
/* harmony export */ });
/* unused harmony exports releasePullTitle, bumpCommitMessage */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5731);
/**
 * The texts of the suite's own release commits, built and recognised in one place:
 * the release pull request's title (what a squash merge makes the commit's subject,
 * with ` (#N)` after it) and the bump commit's message. bump-version builds them with
 * the functions below and the changelog leaves out what {@link isReleaseCommit}
 * recognises, so a release never lists the previous release as a change.
 */

/** The word of each mode's pull request title, as the release process writes them ("Release v0.x.0", "Hotfix v0.x.1"). */
const TITLE_WORDS = { release: 'Release', hotfix: 'Hotfix', backport: 'Backport' };
const BUMP_PREFIX = 'chore: bump version to ';
/** `Release v0.5.0`, `Hotfix v0.4.2`, `Backport v0.3.2`. */
function releasePullTitle(mode, version) {
    return `${TITLE_WORDS[mode]} v${stripV(version)}`;
}
/** `chore: bump version to v0.5.0`, the subject of the commit that moves every version reference. */
function bumpCommitMessage(version) {
    return `${BUMP_PREFIX}v${stripV(version)}`;
}
const PULL_TITLE = new RegExp(`^(?:${Object.values(TITLE_WORDS).join('|')}) v(\\S+)$`);
const SQUASH_SUFFIX = /\s+\(#\d+\)$/;
const RELEASE_START = new RegExp(`^(?:${Object.values(TITLE_WORDS).join('|')}|${BUMP_PREFIX.trimEnd()}) v`);
/**
 * Whether a commit subject (or a pull request title) is one of the texts above, for a
 * valid version, optionally followed by the ` (#N)` of a squash merge. Exact on
 * purpose: `Release v0.5.0 notes draft` or `fix: release v0.5.0 tag` are changes.
 */
function isReleaseCommit(subject) {
    const trimmed = subject.trim();
    // every text above starts so (a squash suffix is only ever cut from the end): the rest of a long history is passed over
    if (!RELEASE_START.test(trimmed))
        return false;
    const text = trimmed.replace(SQUASH_SUFFIX, '');
    const version = PULL_TITLE.exec(text)?.[1] ?? (text.startsWith(`${BUMP_PREFIX}v`) ? text.slice(BUMP_PREFIX.length + 1) : undefined);
    return version !== undefined && (0,_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isVersion */ .lF)(version) && !version.startsWith('v');
}


/***/ })

};
