export const id = 880;
export const ids = [880];
export const modules = {

/***/ 5880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectHistory: () => (/* binding */ collectHistory)
});

// UNUSED EXPORTS: loadCategories

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/lib/changelog/index.ts + 13 modules
var changelog = __webpack_require__(3659);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
;// CONCATENATED MODULE: ./actions/changelog/commit-record.ts
/** The commit as the changelog library sees it, from git alone; the parents let it read the pull requests. */
function commitRecord(c) {
    // git's record already has the library's fields: only a merge needs one more (one object a commit, not two)
    return c.parents.length > 1 ? { ...c, merge: true } : c;
}

// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var version = __webpack_require__(5731);
;// CONCATENATED MODULE: ./actions/changelog/range.ts
/**
 * The commits a version is made of: `from..to`, where by default `from` is the release
 * tag just before the version by SemVer order (not by date; prereleases skipped when the
 * version is a release) and `to` is the version's tag when it exists, else HEAD.
 */


function tagList(tags, n = 8) {
    const release = (0,version/* sortReleaseTags */.r)(tags, { includePrereleases: true });
    if (release.length === 0)
        return 'the repository has no release tags vX.Y.Z';
    return `release tags: ${release.slice(0, n).join(', ')}${release.length > n ? ', …' : ''}`;
}
async function resolveRange(git, req) {
    const tags = await git.tags();
    const why = [];
    // ---- to ----
    let to;
    if (req.to) {
        const sha = await git.resolve(req.to);
        if (!sha)
            throw new errors/* InputError */.dz('to', `${JSON.stringify(req.to)} is not a commit of this repository (${tagList(tags)}); is the checkout complete (fetch-depth: 0)?`);
        to = { ref: req.to, sha };
        why.push(`to ${req.to} (input)`);
    }
    else {
        const tag = (0,version/* tagOf */.cO)(req.version);
        const tagSha = tags.includes(tag) ? await git.resolve(`refs/tags/${tag}`) : undefined;
        if (tagSha) {
            to = { ref: tag, sha: tagSha };
            why.push(`to ${tag} (the version's tag)`);
        }
        else {
            const head = await git.resolve('HEAD');
            if (!head)
                throw new errors/* InputError */.dz('to', 'not given, and the repository has no commit at HEAD');
            to = { ref: 'HEAD', sha: head };
            why.push(`to HEAD (no tag ${tag} yet)`);
        }
    }
    // ---- from, and the tag the links compare from ----
    const semverPrevious = (0,version/* previousTag */.W8)(tags, req.version) ?? null;
    let from = null;
    let prev;
    if (req.from) {
        const sha = await git.resolve(req.from);
        if (!sha)
            throw new errors/* InputError */.dz('from', `${JSON.stringify(req.from)} is not a commit of this repository (${tagList(tags)}); is the checkout complete (fetch-depth: 0)?`);
        from = { ref: req.from, sha };
        prev = tags.includes(req.from) && (0,version/* isVersion */.lF)(req.from) && req.from.startsWith('v') ? req.from : semverPrevious;
        why.push(`from ${req.from} (input)`);
    }
    else {
        prev = semverPrevious;
        if (prev) {
            const sha = await git.resolve(`refs/tags/${prev}`);
            if (!sha)
                throw new errors/* InputError */.dz('from', `the previous release tag ${prev} does not name a commit`);
            from = { ref: prev, sha };
            why.push(`from ${prev} (the release before ${req.version} by SemVer${req.version.includes('-') ? '' : ', prereleases skipped'})`);
        }
        else {
            why.push(`from the first commit (no release tag before ${req.version})`);
        }
    }
    return {
        from,
        to,
        previousTag: prev,
        previousVersion: prev ? (0,version/* stripV */.tQ)(prev) : '',
        logRange: from ? `${from.sha}..${to.sha}` : to.sha,
        explanation: why.join('; '),
    };
}

;// CONCATENATED MODULE: ./actions/changelog/history.ts
/**
 * From git history to classified entries: the range, `git log`, pull request
 * enrichment (optional), `.github/release.yml` categories, classification.
 * Loaded with `await import()` after the inputs are validated.
 */






const DEFAULT_CATEGORIES = ['.github/release.yml', '.github/release.yaml'];
async function readOptional(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
/** GitHub's release.yml categories: the explicit file (must exist), else the default one when present. */
async function loadCategories(workspace, explicit) {
    for (const file of explicit ? [explicit] : DEFAULT_CATEGORIES) {
        const text = await readOptional((0,external_node_path_.join)(workspace, file));
        if (text === undefined)
            continue;
        return { file, categories: (0,changelog.parseReleaseConfig)(text, file) };
    }
    if (explicit)
        throw new errors/* FileError */.f6(explicit, 'not found (input categories names it)');
    return null;
}
/** The range's refs: tags and HEAD as read by {@link readRefs}, anything else through `rev-parse`. */
function rangeGit(git, refs) {
    return {
        tags: async () => [...refs.tags.keys()],
        resolve: async (ref) => {
            if (ref === 'HEAD')
                return refs.head;
            return (ref.startsWith('refs/tags/') ? refs.tags.get(ref.slice('refs/tags/'.length)) : undefined) ?? git.resolve(ref);
        },
    };
}
async function collectHistory(git, req) {
    // the categories file is read while git answers; its error, if any, comes after the range's
    const categoriesRead = loadCategories(req.workspace, req.categories);
    categoriesRead.catch(() => undefined);
    const range = await resolveRange(rangeGit(git, await req.refs), { version: req.version, from: req.from, to: req.to });
    const categories = await categoriesRead;
    const options = { include: req.include, ...(categories ? { categories: categories.categories } : {}) };
    const base = { range, categoriesFile: categories?.file ?? null };
    if (!req.pulls) {
        // nothing to wait for but git: each commit is classified as git hands it over
        const classification = new changelog.Classification(options);
        await git.logEach(range.logRange, (c) => classification.add(commitRecord(c)));
        return { ...classification.result(), ...base, commits: classification.size, enrichment: null, warning: null };
    }
    const commits = await git.log(range.logRange);
    // the pull requests first: a merged one is one record (one request), its branch's commits none
    const grouped = (0,changelog.pullRequestRecords)(commits.map(commitRecord));
    let records = grouped.records.map(({ parents: _parents, ...r }) => r);
    let enrichment = null;
    let warning = null;
    if (commits.length > 0) {
        const { enrichWithPulls } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 5243));
        const skip = (0,changelog.cancelledByReverts)(records);
        const result = await enrichWithPulls(records, await req.pulls(), { skip });
        records = result.records;
        enrichment = { enriched: result.enriched, requests: result.requests };
        warning = result.warning;
    }
    const classified = (0,changelog.classifyCommits)(records, options);
    return { entries: classified.entries, skipped: [...grouped.inPullRequests, ...classified.skipped], ...base, commits: commits.length, enrichment, warning };
}


/***/ })

};
