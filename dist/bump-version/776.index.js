export const id = 776;
export const ids = [776];
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


/***/ })

};
