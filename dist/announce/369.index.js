export const id = 369;
export const ids = [369];
export const modules = {

/***/ 1369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pushWithRetry: () => (/* binding */ pushWithRetry)
/* harmony export */ });
/* unused harmony exports pushCommitWithRetry, isTransportFailure, readWithRetry, pushWithLease */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7227);



/**
 * Pushes HEAD to `branch`. When the remote refuses because it moved on, it
 * fetches the new tip, resets onto it, re-applies the change and tries again, a
 * bounded number of times. It never force-pushes: a concurrent writer's commit is
 * never lost. A push the transport lost (a 5xx or 429, a reset or stalled
 * connection) is sent again as it was. Any other refusal (protected branch, no
 * rights) fails at once.
 */
async function pushWithRetry(git, opts) {
    return retryPush(opts, {
        send: () => git.push(opts.remote, [`HEAD:refs/heads/${opts.branch}`]),
        moved: async () => {
            await git.fetch(opts.remote, [`+refs/heads/${opts.branch}:refs/remotes/${opts.remote}/${opts.branch}`]);
            await git.resetHard(`refs/remotes/${opts.remote}/${opts.branch}`);
            return opts.reapply();
        },
    });
}
/** {@link pushWithRetry} for a commit made without a work tree: nothing is checked out or reset. */
async function pushCommitWithRetry(git, opts) {
    let commit = opts.commit;
    const tracking = `refs/remotes/${opts.remote}/${opts.branch}`;
    const result = await retryPush(opts, {
        send: () => git.push(opts.remote, [`${commit}:refs/heads/${opts.branch}`]),
        moved: async () => {
            await git.fetch(opts.remote, [`+refs/heads/${opts.branch}:${tracking}`]);
            const next = await opts.rebuild(await git.out(['rev-parse', '--verify', '--end-of-options', `${tracking}^{commit}`]));
            if (next === undefined)
                return false;
            commit = next;
            return true;
        },
    });
    return { ...result, commit };
}
async function retryPush(opts, steps) {
    const attempts = opts.attempts ?? 5;
    const backoff = opts.backoffMs ?? ((n) => 250 * n);
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const result = await steps.send();
        if (result.exitCode === 0)
            return { attempts: attempt, pushed: true };
        const transport = !(0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isNonFastForward */ .d7)(result) && isTransportFailure(result);
        if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isNonFastForward */ .d7)(result) && !transport) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} was refused: ${gitError(result)}`);
        }
        if (attempt === attempts) {
            if (transport)
                throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} failed ${attempts} times: ${gitError(result)}; re-run the job to try again (a push that landed is found up to date)`);
            break;
        }
        await new Promise((r) => setTimeout(r, (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .scaledWait */ .gI)(backoff(attempt))));
        // The same commit again: a push whose answer was lost after it landed is now up to date.
        if (transport)
            continue;
        if (!(await steps.moved()))
            return { attempts: attempt, pushed: false };
    }
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`push to ${opts.branch} was rejected ${attempts} times because the branch kept moving; re-run the job to try again (nothing was lost)`);
}
/**
 * The push never got an answer from git on the other side: an HTTP error status, a
 * connection reset or closed, or a transfer that stalled past its limit (git/git.ts).
 */
function isTransportFailure(result) {
    const text = `${result.stdout}\n${result.stderr}`;
    if (/\[remote rejected\]|pre-receive hook declined|protected branch|permission|denied/i.test(text))
        return false;
    return /RPC failed|the remote end hung up|unexpected disconnect|returned error: (5\d\d|429)|Empty reply from server|Connection reset|Operation too slow|Failed to connect|timed out/i.test(text);
}
/** git's own lines about what went wrong, without the progress and summary lines around them. */
function gitError(result) {
    const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((l) => l.trim());
    const told = lines.filter((l) => /^(error|fatal|remote|!)\b|^!|\[(remote )?rejected\]/.test(l));
    return (told.length > 0 ? told : lines.filter(Boolean)).slice(-4).join(' ');
}
/**
 * A read (ls-remote, fetch) that the transport lost is sent again, `attempts` times at most;
 * anything else git says is its answer. Reads change nothing, so sending one again is safe.
 */
async function readWithRetry(read, attempts = 3, backoffMs = (n) => 250 * n) {
    for (let attempt = 1;; attempt++) {
        const result = await read();
        if (result.exitCode === 0 || attempt >= attempts || !isTransportFailure(result))
            return result;
        await new Promise((r) => setTimeout(r, scaledWait(backoffMs(attempt))));
    }
}
/**
 * Moves a branch the caller owns to `commit`, replacing whatever it held, but only if the
 * remote still holds `expected` (`--force-with-lease` on that exact value, never a blind
 * force): a commit pushed meanwhile by someone else is refused, not lost. A push whose answer
 * the transport lost is sent again; found already at `commit`, it counts as done.
 */
async function pushWithLease(git, opts) {
    const ref = `refs/heads/${opts.branch}`;
    const lease = `--force-with-lease=${ref}:${opts.expected ?? ''}`;
    const attempts = opts.attempts ?? 3;
    for (let attempt = 1;; attempt++) {
        const result = await git.git(['push', '--porcelain', lease, '--', opts.remote, `${opts.commit}:${ref}`], { allowFailure: true });
        if (result.exitCode === 0)
            return;
        const now = await remoteTip(git, opts.remote, ref);
        if (now === opts.commit)
            return;
        if (isTransportFailure(result) && attempt < attempts) {
            await new Promise((r) => setTimeout(r, scaledWait(250 * attempt)));
            continue;
        }
        if (now !== opts.expected) {
            throw new ActionError(`branch ${opts.branch} moved while this run worked (read ${opts.expected?.slice(0, 12) ?? 'absent'}, now ${now?.slice(0, 12) ?? 'absent'}); nothing was overwritten: re-run to look at it again`);
        }
        throw new ActionError(`push to ${opts.branch} was refused: ${gitError(result)}`);
    }
}
async function remoteTip(git, remote, ref) {
    const r = await readWithRetry(() => git.git(['ls-remote', '--', remote, ref], { allowFailure: true }));
    return r.exitCode === 0 ? r.stdout.split('\t')[0]?.trim() || undefined : undefined;
}


/***/ })

};
