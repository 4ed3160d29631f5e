export const id = 794;
export const ids = [794];
export const modules = {

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


/***/ })

};
