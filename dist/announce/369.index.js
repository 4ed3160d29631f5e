export const id = 369;
export const ids = [369];
export const modules = {

/***/ 1369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pushWithRetry: () => (/* binding */ pushWithRetry)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8840);


function scale() {
    const n = Number(process.env['RELEASE_ACTIONS_RETRY_SCALE'] ?? '1');
    return Number.isFinite(n) && n >= 0 ? n : 1;
}
/**
 * Pushes HEAD to `branch`. When the remote refuses because it moved on, it
 * fetches the new tip, resets onto it, re-applies the change and tries again, a
 * bounded number of times. It never force-pushes: a concurrent writer's commit is
 * never lost. Any other refusal (protected branch, no rights) fails at once.
 */
async function pushWithRetry(git, opts) {
    const attempts = opts.attempts ?? 5;
    const backoff = opts.backoffMs ?? ((n) => 250 * n);
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const result = await git.push(opts.remote, [`HEAD:refs/heads/${opts.branch}`]);
        if (result.exitCode === 0)
            return { attempts: attempt, pushed: true };
        if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .isNonFastForward */ .d7)(result)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} was refused: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`);
        }
        if (attempt === attempts)
            break;
        await new Promise((r) => setTimeout(r, backoff(attempt) * scale()));
        await git.fetch(opts.remote, [`+refs/heads/${opts.branch}:refs/remotes/${opts.remote}/${opts.branch}`]);
        await git.resetHard(`refs/remotes/${opts.remote}/${opts.branch}`);
        if (!(await opts.reapply()))
            return { attempts: attempt, pushed: false };
    }
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} was rejected ${attempts} times because the branch kept moving; re-run the job to try again (nothing was lost)`);
}


/***/ })

};
