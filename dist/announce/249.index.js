export const id = 249;
export const ids = [249];
export const modules = {

/***/ 2249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BODY: () => (/* reexport safe */ _lib_changelog_notes_js__WEBPACK_IMPORTED_MODULE_2__.q9),
/* harmony export */   releaseNotes: () => (/* binding */ releaseNotes)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_changelog_notes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1342);
/* harmony import */ var _lib_git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7227);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7378);
/* harmony import */ var _lib_semver_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5731);
/**
 * The release notes: the `notes` input, the `notes-file` input, or — by default — the
 * changelog library's rendering for the version: the CHANGELOG section's items plus the
 * conventional commits since the previous release tag (`git log prev..tag`), in the
 * process's "What's New" shape with the Helm install block and the compare link.
 */







async function releaseNotes(req) {
    let notes;
    if (req.notes)
        notes = { text: req.notes, source: 'the notes input' };
    else if (req.notesFile) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(req.workspace, req.notesFile), 'utf8').catch(() => {
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FileError */ .f6(req.notesFile, 'not found (named by the notes-file input)');
        });
        notes = { text, source: req.notesFile };
    }
    else {
        notes = await defaultNotes(req);
    }
    if (notes.text.trim() === '')
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`the release notes from ${notes.source} are empty`);
    if (notes.text.length > _lib_changelog_notes_js__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_MAX */ .tJ)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`the release notes from ${notes.source} are ${notes.text.length} characters; GitHub keeps at most ${_lib_changelog_notes_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_BODY_MAX */ .q9}`);
    return notes;
}
async function isWorkTree(git) {
    const r = await git.git(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
    return r.exitCode === 0 && r.stdout.trim() === 'true';
}
/** The history and tags the notes need, fetched when the checkout is shallow or lacks the tag. */
async function completeHistory(git, tag, log) {
    const shallow = (await git.out(['rev-parse', '--is-shallow-repository']).catch(() => 'false')) === 'true';
    if (!shallow && (await git.resolve(`refs/tags/${tag}`)))
        return;
    const remotes = (await git.out(['remote'])).split('\n').filter(Boolean);
    if (!remotes.includes('origin'))
        return;
    const r = await git.git(['fetch', '-q', '--tags', ...(shallow ? ['--unshallow'] : []), '--', 'origin'], { allowFailure: true });
    if (r.exitCode !== 0)
        log.warning(`could not fetch the history for the release notes: ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
}
async function defaultNotes(req) {
    const lib = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(674), __webpack_require__.e(660)]).then(__webpack_require__.bind(__webpack_require__, 7660));
    const git = new _lib_git_git_js__WEBPACK_IMPORTED_MODULE_3__.Git(req.workspace);
    const sources = [];
    // ---- the CHANGELOG section ---------------------------------------------------------
    const extra = [];
    const changelogText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(req.workspace, req.config.changelog), 'utf8').catch(() => undefined);
    if (changelogText !== undefined) {
        const doc = lib.parseChangelog(changelogText, { file: req.config.changelog, lenient: true });
        const section = doc.sections.find((s) => s.kind === 'version' && s.version === req.version);
        if (section) {
            sources.push(`${req.config.changelog} [${req.version}]`);
            for (const sub of section.subsections) {
                const { section: entrySection, breaking } = lib.sectionForTitle(sub.title);
                for (const item of sub.items) {
                    const text = item.lines.map((l) => l.trim()).join(' ').replace(/^(?:[-*+]|\d+[.)])\s+/, '');
                    if (!text)
                        continue;
                    const isBreaking = breaking || /^\*\*BREAKING\*\*/.test(text);
                    extra.push({ category: lib.notesCategory({ breaking: isBreaking, section: entrySection }), text: text.replace(/^\*\*BREAKING\*\*\s*/, '') });
                }
            }
        }
        else {
            req.log.warning(`${req.config.changelog} has no section for ${req.version}; the notes come from the commits only`);
        }
    }
    // ---- the commits since the previous release -----------------------------------------
    let entries = [];
    let prev;
    if (await isWorkTree(git)) {
        await completeHistory(git, req.tag, req.log);
        const tags = [...new Set([...(await git.tags()), ...req.releaseTags])];
        prev = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_5__/* .previousTag */ .W8)(tags, req.version);
        const head = (await git.resolve(`refs/tags/${req.tag}`)) ?? undefined;
        if (head) {
            const from = prev ? await git.resolve(`refs/tags/${prev}`) : undefined;
            const records = await git.log(from ? `${from}..${head}` : head);
            let categories;
            const releaseYml = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(req.workspace, '.github', 'release.yml'), 'utf8').catch(() => undefined);
            if (releaseYml !== undefined)
                categories = lib.parseReleaseConfig(releaseYml);
            entries = lib.classifyCommits(records.map((r) => ({ sha: r.sha, subject: r.subject, body: r.body, merge: r.parents.length > 1 })), { include: req.config.changelogInclude, ...(categories ? { categories } : {}) }).entries;
            sources.push(`${records.length} commit(s) ${prev ? `${prev}..${req.tag}` : `up to ${req.tag}`}`);
        }
        else {
            req.log.warning(`the tag ${req.tag} is not in the workspace; the notes leave out the commits`);
        }
    }
    else {
        prev = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_5__/* .previousTag */ .W8)(req.releaseTags, req.version);
        req.log.warning('the workspace is not a git checkout; the notes leave out the commits (check the repository out with fetch-depth: 0)');
    }
    if (entries.length === 0 && extra.length === 0) {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`nothing to write release notes from: ${req.config.changelog} has no section for ${req.version} and there are no commits for ${req.tag}; set notes or notes-file`);
    }
    const overview = entries.length > 0
        ? lib.overviewOf(entries, 3)
        : ['Highlights:', ...extra.filter((x) => x.category !== 'docs').slice(0, 3).map((x) => `- ${lib.escapeMarkdownInline(x.text)}`)].join('\n');
    let chart = req.chart;
    if (chart) {
        try {
            lib.installCommands(chart, req.version);
        }
        catch (err) {
            req.log.warning(`the release notes have no install block: ${err.message}`);
            chart = undefined;
        }
    }
    const text = lib.renderNotes(entries, {
        version: req.version,
        repoUrl: req.repoUrl,
        previousTag: prev ?? null,
        overview,
        chart: chart ?? null,
        extra,
    });
    return { text, source: sources.join(' and ') };
}


/***/ })

};
