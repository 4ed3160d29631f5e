export const id = 893;
export const ids = [893,776];
export const modules = {

/***/ 7776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changelogEdit: () => (/* binding */ changelogEdit),
/* harmony export */   releaseCommits: () => (/* binding */ releaseCommits),
/* harmony export */   unreleasedOf: () => (/* binding */ unreleasedOf)
/* harmony export */ });
/* harmony import */ var _lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3659);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7378);
/**
 * The changelog part of a bump, behind two functions: {@link releaseCommits} reads what the
 * release holds as the changelog action reads it (the same library: pull requests, not
 * their branches' commits; `.github/release.yml`), and {@link changelogEdit} writes the
 * section — the `## [Unreleased]` content moves into a new `## [X.Y.Z] - YYYY-MM-DD`
 * section and the compare links follow (`updateChangelog`). Hand-written Unreleased lines
 * are the maintainers' words and are kept as they are; an empty Unreleased — what a hotfix
 * or backport always starts from, the tag's own changelog, and a repository without a
 * changelog yet (the first release creates it) — is filled with the entries of the
 * release's commits instead. A section with nothing in it is never written:
 * verify-release's `changelog-entry` check refuses one (both ask `sectionContent`), so
 * such a release could not be published. Loaded lazily.
 */


/** GitHub's release-notes configuration at the start commit, as the changelog action reads it from its checkout. */
async function categoriesAt(git, start) {
    for (const file of ['.github/release.yml', '.github/release.yaml']) {
        const text = await git.show(start, file);
        if (text !== undefined)
            return (0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReleaseConfig */ .Xe)(text, file);
    }
    return undefined;
}
const record = (c) => ({
    sha: c.sha,
    subject: c.subject,
    body: c.body,
    ...(c.parents.length > 1 ? { merge: true } : {}),
});
/**
 * The changelog entries of what this release holds: the commits since the last release
 * tag up to the start, read as pull requests (a merged pull request is one entry, titled
 * from its merge commit), then the cherry-picks (newest first, as git log lists them).
 * Without the GitHub API: the changelog action's `update` adds authors and labels when run.
 */
async function releaseCommits(git, start, last, picks, include) {
    const range = await git.log(last.sha ? `${last.sha}..${start}` : start);
    const picked = [];
    for (const p of [...picks].reverse())
        picked.push(...(await git.log(`${p.sha}^!`)));
    const grouped = (0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestRecords */ .TA)(range.map((c) => ({ ...record(c), parents: c.parents })));
    // grouped once: the records go on without parents, so the picks cannot be read as a mainline
    const records = [...picked.map(record), ...grouped.records.map(({ parents: _parents, ...r }) => r)];
    const categories = await categoriesAt(git, start);
    const { entries } = (0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__.classifyCommits)(records, { include, ...(categories ? { categories } : {}) });
    const n = (count, what) => `${count} ${what}${count === 1 ? '' : 's'}`;
    const pulls = grouped.records.filter((r) => r.pr !== undefined).length;
    const described = [
        `${n(range.length, 'commit')} since ${last.tag ?? 'the first commit'}${pulls > 0 ? `, ${n(pulls, 'merged pull request')}` : ''}`,
        ...(picks.length > 0 ? [n(picks.length, 'cherry-pick')] : []),
    ].join(' and ');
    return { entries, described };
}
/** The Unreleased section's heading line and whether it says anything; no section counts as empty. */
function unreleasedOf(text, path) {
    try {
        const section = (0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .extractSection */ .Xl)(text, 'Unreleased', { file: path });
        return { line: section.line, empty: (0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sectionContent */ .f5)(section.body).length === 0 };
    }
    catch (err) {
        if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6)
            return { empty: true };
        throw err;
    }
}
/**
 * The edit of the changelog. A changelog that already has the version's section is
 * refused: the version was released before, or the section was written by hand, and
 * either way a bump would publish notes nobody reviewed in this pull request.
 */
function changelogEdit(req) {
    const unreleased = unreleasedOf(req.text, req.path);
    const entries = unreleased.empty ? (req.commits?.entries ?? []) : [];
    const result = (0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .updateChangelog */ .Gl)(req.text, {
        version: req.version,
        date: req.date,
        entries,
        repoUrl: req.repoUrl,
        previousTag: req.previousTag ?? null,
        file: req.path,
    });
    if (!result.changed) {
        const heading = result.section.split('\n')[0] ?? '';
        const line = req.text.split('\n').findIndex((l) => l.replace(/\r$/, '') === heading) + 1;
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(req.path, `already has a section for ${req.version} (${heading.replace(/^##\s+/, '')}): pick the next version, or remove that section and move its lines under ## [Unreleased]`, line || undefined);
    }
    const [heading = `## [${req.version}] - ${req.date}`, ...body] = result.section.split('\n');
    if ((0,_lib_changelog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sectionContent */ .f5)(body.join('\n')).length === 0) {
        const why = req.commits
            ? `the commits of ${req.version} (${req.commits.described}) give no changelog entry (chore, ci, test, build, style and docs commits, merges and release commits are left out)`
            : 'no commits were read to fill it from';
        if (req.text.trim() === '') {
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(req.path, `does not exist yet and ${why}, so the first ${req.version} section would be empty and verify-release's changelog-entry check would refuse it: ` +
                'add a CHANGELOG.md with what changed under ## [Unreleased] (Keep a Changelog), or set changelog: false');
        }
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(req.path, `## [Unreleased] is empty and ${why}, ` +
            `so the ${req.version} section would be empty and verify-release's changelog-entry check would refuse it: write what changed under ## [Unreleased] ` +
            "(a hotfix or backport starts from the tag's changelog: cherry-pick a commit that writes it, or set changelog: false and write the section on the branch)", unreleased.line);
    }
    const line = result.text.split('\n').findIndex((l) => l.replace(/\r$/, '') === heading) + 1;
    const filled = unreleased.empty ? entries.filter((e) => e.section !== 'Documentation').length : 0;
    const from = `${filled} entr${filled === 1 ? 'y' : 'ies'} from the commits`;
    const old = req.text.trim() === '' ? `none: ${req.path} created (${from})` : filled > 0 ? `Unreleased (empty; ${from})` : 'Unreleased';
    return { path: req.path, before: req.text, after: result.text, changes: [{ line, name: 'section', old, new: heading.replace(/^##\s+/, '') }] };
}


/***/ }),

/***/ 2893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  currentVersionOf: () => (/* binding */ currentVersionOf),
  holdsVersion: () => (/* binding */ holdsVersion),
  planBump: () => (/* binding */ planBump),
  unreleasedOf: () => (/* reexport */ changelog.unreleasedOf)
});

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var runner_errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/lib/version-files/chart-yaml.ts
var chart_yaml = __webpack_require__(5211);
// EXTERNAL MODULE: ./actions/lib/version-files/values-yaml.ts
var values_yaml = __webpack_require__(169);
// EXTERNAL MODULE: ./actions/lib/version-files/makefile.ts
var makefile = __webpack_require__(9359);
// EXTERNAL MODULE: ./actions/lib/version-files/docs.ts
var docs = __webpack_require__(668);
// EXTERNAL MODULE: ./actions/lib/version-files/regex.ts
var regex = __webpack_require__(6956);
// EXTERNAL MODULE: ./actions/lib/version-files/keypath.ts
var keypath = __webpack_require__(2803);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var version = __webpack_require__(5731);
// EXTERNAL MODULE: ./actions/lib/version-files/read.ts + 1 modules
var version_files_read = __webpack_require__(6687);
// EXTERNAL MODULE: ./actions/lib/version-files/text.ts
var version_files_text = __webpack_require__(9752);
;// CONCATENATED MODULE: ./actions/lib/version-files/plan.ts




/** Several version files failed; `errors` holds each one (FileErrors name the file and line). */
class VersionFilesError extends runner_errors/* ActionError */.lZ {
    errors;
    constructor(errors) {
        super(`${errors.length} problems with the version files; nothing was changed:\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
        this.errors = errors;
    }
}
function fail(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new VersionFilesError(errors);
}
function planVersionBump(files, contents, newVersion, options = {}) {
    const next = (0,version_files_text/* checkNext */.e9)(newVersion);
    if (files.length === 0) {
        throw new runner_errors/* ActionError */.lZ('expected at least one version file: configure them, or keep a charts/<name>/Chart.yaml for discovery to find');
    }
    const read = (0,version_files_read/* readReferences */.PK)(files, contents, options);
    const current = read.current;
    if (current === undefined && options.current === undefined && files.every((f) => version_files_read/* FOLLOWING */.ms.has(f.type))) {
        throw new runner_errors/* ActionError */.lZ(`expected a release tag (vX.Y.Z) or a version file that declares the current version (a chart, makefile, regex, json or yaml file), found neither among ${files.map((f) => f.path).join(', ')}`);
    }
    fail(read.errors);
    if (current === undefined)
        throw new runner_errors/* ActionError */.lZ(`expected a release tag (vX.Y.Z) or a version in ${files.map((f) => f.path).join(', ')}, found neither`);
    if ((0,version/* compareVersions */.Zy)(next, current) < 0 && !options.allowDowngrade) {
        throw new runner_errors/* ActionError */.lZ(`expected a new version greater than the current version ${current}, got ${next} (a downgrade must be allowed explicitly)`);
    }
    const errors = [];
    const edits = [];
    for (const path of new Set(files.map((f) => f.path))) {
        const refs = read.refsByPath.get(path);
        if (!refs || refs.length === 0)
            continue;
        const before = (0,version_files_read/* lookup */.$I)(contents, path);
        try {
            const { text: after, changes } = (0,version_files_text/* applyRefs */.fx)(before, refs, next, path);
            if (changes.length > 0)
                edits.push({ path, before, after, changes: changes.sort((a, b) => a.line - b.line) });
        }
        catch (error) {
            if (error instanceof runner_errors/* ActionError */.lZ)
                errors.push(error);
            else
                throw error;
        }
    }
    fail(errors);
    const findings = read.references.filter((r) => (0,version/* stripV */.tQ)(r.value) !== current);
    return { currentVersion: current, newVersion: next, edits, references: read.references, findings, skipped: read.skipped };
}

// EXTERNAL MODULE: ./actions/lib/version-files/references.ts + 1 modules
var references = __webpack_require__(443);
;// CONCATENATED MODULE: ./actions/lib/version-files/index.ts












// EXTERNAL MODULE: ./actions/bump-version/changelog.ts
var changelog = __webpack_require__(7776);
;// CONCATENATED MODULE: ./actions/bump-version/plan.ts
/**
 * The whole bump as data, before anything is written: the version-file plan (the
 * versioning library) plus the changelog edit. Pure over file contents; loaded
 * lazily (it brings `yaml`, `diff` and the changelog library).
 */




/**
 * The version the files say, for a repository without a release tag: the first declaring
 * reference's (the chart's `version`). Planning a bump to `0.0.0` (downgrade allowed) runs
 * every check of the planner — missing files, patterns that match nothing, a value that
 * is not a version — and plans nothing that is kept.
 */
function currentVersionOf(files, contents, options = {}) {
    return planVersionBump(files, contents, '0.0.0', { ...options, allowDowngrade: true }).currentVersion;
}
function planBump(req) {
    const plan = planVersionBump(req.files, req.contents, req.next, { ...req.references, current: req.current, allowDowngrade: req.allowDowngrade });
    const edits = [...plan.edits];
    if (req.changelog) {
        const edit = (0,changelog.changelogEdit)({ ...req.changelog, version: plan.newVersion });
        if (edits.some((e) => e.path === edit.path))
            throw new runner_errors/* ActionError */.lZ(`${edit.path} is both a version file and the changelog; remove it from the version files`);
        edits.push(edit);
    }
    if (edits.length === 0) {
        throw new runner_errors/* ActionError */.lZ(`every version reference already holds ${plan.newVersion} and there is no changelog to update: nothing to bump (tag the release, or bump another version)`);
    }
    return { plan, edits };
}
/** Whether the files at a branch's tip already hold `next` (a re-run finds its own earlier bump): every reference says `next`. */
function holdsVersion(files, contents, next, options = {}) {
    const plan = planVersionBump(files, contents, next, { ...options, current: next, allowDowngrade: true });
    return plan.references.length > 0 && plan.edits.length === 0;
}


/***/ })

};
