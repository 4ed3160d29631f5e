export const id = 691;
export const ids = [691];
export const modules = {

/***/ 4691:
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
async function collectHistory(req) {
    // the categories file is read while git answers; its error, if any, comes after the range's
    const categoriesRead = loadCategories(req.workspace, req.categories);
    categoriesRead.catch(() => undefined);
    const range = await req.log.range;
    const categories = await categoriesRead;
    const options = { include: req.include, ...(categories ? { categories: categories.categories } : {}) };
    const base = { range, categoriesFile: categories?.file ?? null };
    if (!req.pulls) {
        // nothing to wait for but git: each commit is classified as git hands it over
        const classification = new changelog.Classification(options);
        await req.log.each((c) => classification.add(commitRecord(c)));
        return { ...classification.result(), ...base, commits: classification.size, enrichment: null, warning: null };
    }
    const commits = [];
    await req.log.each((c) => void commits.push(c));
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
