export const id = 969;
export const ids = [969,100];
export const modules = {

/***/ 597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY),
/* harmony export */   d7: () => (/* binding */ isNonFastForward)
/* harmony export */ });
/* unused harmony exports assertRef, LogReader */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _process_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3179);




const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const FIELD = '\x1f';
const RECORD = '\x1e';
/**
 * Git through argument arrays. Refs and ranges go after `--end-of-options` (or
 * before `--` for paths), so a ref that starts with `-` is never an option.
 */
class Git {
    cwd;
    options;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.options = options;
    }
    env() {
        const env = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C', ...stallLimit(), ...this.options.env };
        const { token, serverUrl } = this.options;
        if (token) {
            const base = (serverUrl ?? process.env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/?$/, '/');
            const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
            // An empty value first resets headers stored by actions/checkout for the same URL, so
            // exactly one Authorization header is sent.
            Object.assign(env, {
                GIT_CONFIG_COUNT: '2',
                GIT_CONFIG_KEY_0: `http.${base}.extraheader`,
                GIT_CONFIG_VALUE_0: '',
                GIT_CONFIG_KEY_1: `http.${base}.extraheader`,
                GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
            });
        }
        return env;
    }
    identityArgs() {
        const id = this.options.identity ?? BOT_IDENTITY;
        return ['-c', `user.name=${id.name}`, '-c', `user.email=${id.email}`];
    }
    async git(args, opts = {}) {
        return (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)('git', args, { cwd: this.cwd, env: this.env(), ...opts });
    }
    async out(args) {
        return (await this.git(args)).stdout.trim();
    }
    /** The commit a ref points at, or undefined when the ref does not exist. */
    async resolve(ref) {
        const r = await this.git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /**
     * Whether this is a repository, whether it is shallow, and the commit at HEAD, from one
     * `rev-parse`; null when it is not a repository. HEAD is undefined in a repository
     * without a commit (git still answers the shallow question then, and exits 1).
     */
    async probe() {
        // spawned at once (capture), not after @actions/exec loads: the changelog starts this first thing
        const r = await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .capture */ .Fg)('git', ['rev-parse', '--is-shallow-repository', '--verify', '-q', '--end-of-options', 'HEAD^{commit}'], { cwd: this.cwd, env: this.env(), allowFailure: true });
        const [shallow, head] = r.stdout.trim().split('\n');
        if (shallow !== 'true' && shallow !== 'false')
            return null;
        return { shallow: shallow === 'true', head: r.exitCode === 0 && head ? head : undefined };
    }
    async head() {
        return this.out(['rev-parse', 'HEAD']);
    }
    async currentBranch() {
        const r = await this.git(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async tags() {
        const out = await this.out(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
        return out ? out.split('\n') : [];
    }
    /** Whether a tag is annotated (a tag object) rather than lightweight. */
    async tagType(tag) {
        const r = await this.git(['cat-file', '-t', '--end-of-options', `refs/tags/${tag}`], { allowFailure: true });
        if (r.exitCode !== 0)
            return undefined;
        return r.stdout.trim() === 'tag' ? 'annotated' : 'lightweight';
    }
    async isClean() {
        return (await this.out(['status', '--porcelain', '--untracked-files=normal'])) === '';
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.git(['merge-base', '--is-ancestor', '--', ancestor, descendant], { allowFailure: true });
        return r.exitCode === 0;
    }
    /** Commits in `range` (e.g. `v0.4.1..HEAD`), newest first. */
    async log(range, opts = {}) {
        const out = [];
        await this.logEach(range, (c) => void out.push(c), opts);
        return out;
    }
    /** Each commit of `range`, newest first, handed over while git is still reading the history. */
    async logEach(range, onCommit, opts = {}) {
        const reader = new LogReader(onCommit);
        await this.logChunks(range, (chunk) => reader.push(chunk), opts);
        reader.end();
    }
    /** `git log` of `range` in {@link LogReader}'s format, as the bytes arrive (for a caller that is not ready to read commits yet). */
    async logChunks(range, onData, opts = {}) {
        const format = ['%H', '%P', '%s', '%b'].join(FIELD) + RECORD;
        const args = ['log', `--format=${format}`, ...(opts.firstParent ? ['--first-parent'] : []), '--end-of-options', range, '--', ...(opts.paths ?? [])];
        // GIT_FLUSH=0: git flushes its output after every commit into a pipe otherwise, one
        // write (and one wake-up of this process) per commit
        await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .stream */ .Td)('git', args, { cwd: this.cwd, env: { ...this.env(), GIT_FLUSH: '0' }, onData });
    }
    /** Every tag with the commit it names (peeled), in one `for-each-ref`; undefined when it names no commit directly. */
    async tagCommits() {
        const out = (await (0,_process_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .capture */ .Fg)('git', ['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)', 'refs/tags'], { cwd: this.cwd, env: this.env() })).stdout.trim();
        const tags = new Map();
        for (const line of out ? out.split('\n') : []) {
            const [name = '', type, sha, peeledType, peeled] = line.split('\0');
            tags.set(name, type === 'commit' ? sha : peeledType === 'commit' ? peeled : undefined);
        }
        return tags;
    }
    async show(ref, path) {
        const r = await this.git(['show', '--end-of-options', `${ref}:${path}`], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async fetch(remote, refspecs, opts = {}) {
        await this.git(['fetch', '--no-tags', ...(opts.force ? ['--force'] : []), ...(opts.depth ? [`--depth=${opts.depth}`] : []), '--', remote, ...refspecs]);
    }
    async push(remote, refspecs, opts = {}) {
        return this.git(['push', '--porcelain', ...(opts.atomic ? ['--atomic'] : []), '--', remote, ...refspecs], { allowFailure: true });
    }
    /** Stages `paths` and commits with a sign-off; returns the new commit. */
    async commit(message, opts = {}) {
        if (opts.paths && opts.paths.length > 0)
            await this.git(['add', '--', ...opts.paths]);
        const sign = opts.signingKey ? [`--gpg-sign=${opts.signingKey}`] : ['--no-gpg-sign'];
        await this.git([...this.identityArgs(), 'commit', '-q', ...(opts.signOff === false ? [] : ['--signoff']), ...sign, ...(opts.allowEmpty ? ['--allow-empty'] : []), '-F', '-'], {
            input: message,
        });
        return this.head();
    }
    /** An annotated tag, signed when a key is given. */
    async tag(name, message, opts = {}) {
        const sign = opts.signingKey ? ['-s', '-u', opts.signingKey] : ['-a'];
        await this.git([...this.identityArgs(), 'tag', ...sign, '-F', '-', '--', name, ...(opts.target ? [opts.target] : [])], { input: message });
    }
    /** Creates (or resets) `branch` at `startPoint` and checks it out. */
    async switchNew(branch, startPoint) {
        // checkout takes no --end-of-options here; assertRef keeps both from being options.
        await this.git(['checkout', '-q', '-B', assertRef(branch), assertRef(startPoint), '--']);
    }
    /** Resets the work tree and the current branch to `ref`. */
    async resetHard(ref) {
        await this.git(['reset', '-q', '--hard', assertRef(ref), '--']);
    }
    /**
     * Cherry-picks `shas` in order. On a conflict the pick is aborted, the work
     * tree is left as before, and the error names the commit and the files.
     */
    async cherryPick(shas) {
        for (const sha of shas) {
            const r = await this.git([...this.identityArgs(), 'cherry-pick', '-x', '--allow-empty', '--end-of-options', sha], { allowFailure: true });
            if (r.exitCode !== 0) {
                const conflicted = (await this.git(['diff', '--name-only', '--diff-filter=U'], { allowFailure: true })).stdout.trim().split('\n').filter(Boolean);
                await this.git(['cherry-pick', '--abort'], { allowFailure: true });
                throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`cherry-pick of ${sha} failed${conflicted.length ? ` with conflicts in ${conflicted.join(', ')}` : ''}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}. Resolve it on a branch by hand, or pick a different commit.`);
            }
        }
    }
    /**
     * Adds a worktree for `branch` in `dir`, so that another branch (e.g. the pages
     * branch) is edited without touching the caller's checkout.
     */
    async addWorktree(dir, ref, opts = {}) {
        if (opts.orphanBranch) {
            await this.git(['worktree', 'add', '--detach', '--', dir]);
            const wt = new Git(dir, this.options);
            await wt.git(['checkout', '-q', '--orphan', opts.orphanBranch]);
            await wt.git(['rm', '-rfq', '--ignore-unmatch', '.']);
            return wt;
        }
        await this.git(['worktree', 'add', ...(opts.detach ? ['--detach'] : []), '--', dir, ref]);
        return new Git(dir, this.options);
    }
    async removeWorktree(dir) {
        await this.git(['worktree', 'remove', '--force', '--', dir], { allowFailure: true });
    }
}
/**
 * git over HTTP has no timeout of its own: a server that accepts the connection and never
 * answers holds the job until the runner kills it. A transfer slower than 1 byte/s for the
 * per-attempt timeout (RELEASE_ACTIONS_REQUEST_TIMEOUT_MS, runner/tuning.ts; whole seconds) is
 * aborted, so the run fails with git's "Operation too slow" and can be re-run.
 */
function stallLimit() {
    const seconds = Math.max(1, Math.ceil((0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .requestTimeoutMs */ .Hl)() / 1000));
    return { GIT_HTTP_LOW_SPEED_LIMIT: '1', GIT_HTTP_LOW_SPEED_TIME: String(seconds) };
}
/** A ref or branch name that cannot be read as an option or a path trick. */
function assertRef(ref) {
    if (!ref || ref.startsWith('-') || /[\s~^:?*[\\]|\.\.|@\{|\/\/|\.lock$|\/$/.test(ref))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`expected a git ref name, got ${JSON.stringify(ref)}`);
    return ref;
}
/** `git log` output in the format of {@link Git.logEach}, chunk by chunk (a record or a character may span chunks). */
class LogReader {
    onCommit;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
    rest = '';
    constructor(onCommit) {
        this.onCommit = onCommit;
    }
    push(chunk) {
        const parts = (typeof chunk === 'string' ? chunk : this.decoder.write(chunk)).split(RECORD);
        // only the record the last chunk cut is joined, not the whole chunk copied behind it
        parts[0] = this.rest + parts[0];
        this.rest = parts.pop();
        for (const raw of parts)
            this.record(raw);
    }
    end() {
        const last = this.rest + this.decoder.end();
        this.rest = '';
        this.record(last);
    }
    record(raw) {
        // git ends each formatted commit with a newline, so every record after the first starts with one
        const start = raw.charCodeAt(0) === 10 ? 1 : 0;
        if (raw.length === start)
            return;
        // the fields as `split(FIELD)` would cut them (the fourth ends at a fifth separator, if any),
        // by position: split is a runtime call and an array per commit, ten thousand times over
        const a = fieldEnd(raw, start);
        const b = fieldEnd(raw, a + 1);
        const c = fieldEnd(raw, b + 1);
        const parents = raw.slice(a + 1, b);
        this.onCommit({ sha: raw.slice(start, a), parents: parentList(parents), subject: raw.slice(b + 1, c), body: raw.slice(c + 1, fieldEnd(raw, c + 1)).trimEnd() });
    }
}
/** Where the field that starts at `from` ends: the next separator, else the end of the record. */
function fieldEnd(record, from) {
    const at = record.indexOf(FIELD, from);
    return at === -1 ? record.length : at;
}
/** `%P`: no parent (a root), one (most commits) or several (a merge). */
function parentList(parents) {
    if (parents === '')
        return [];
    return parents.includes(' ') ? parents.split(' ') : [parents];
}
/** A push refused because the remote moved on (a concurrent writer), not for lack of rights. */
function isNonFastForward(result) {
    const text = `${result.stdout}\n${result.stderr}`;
    return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to update ref/.test(text) && !/protected branch|pre-receive hook declined|permission/i.test(text);
}



/***/ }),

/***/ 1369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xb: () => (/* binding */ pushWithRetry),
/* harmony export */   rv: () => (/* binding */ readWithRetry)
/* harmony export */ });
/* unused harmony exports pushCommitWithRetry, isTransportFailure, pushWithLease */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(597);



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
        await new Promise((r) => setTimeout(r, (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .scaledWait */ .gI)(backoffMs(attempt))));
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


/***/ }),

/***/ 3179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ capture),
/* harmony export */   Td: () => (/* binding */ stream),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony exports ProcessError, stderrTail, displayCommand */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);

class ProcessError extends _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    command;
    exitCode;
    stderr;
    stdout;
    constructor(command, exitCode, stderr, stdout) {
        super(`${command} exited with ${exitCode}${stderrTail(stderr || stdout) ? `: ${stderrTail(stderr || stdout)}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.stdout = stdout;
    }
}
/** The last lines of a stream, enough to say why a command failed without flooding the log. */
function stderrTail(text, lines = 8, chars = 2000) {
    const tail = text.trimEnd().split('\n').slice(-lines).join('\n');
    return tail.length > chars ? `...${tail.slice(-chars)}` : tail;
}
/** How a command is shown in errors: arguments quoted where needed, never evaluated. */
function displayCommand(cmd, args) {
    return [cmd, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
/** This process's environment with `extra` on top; an undefined value removes a variable. */
function childEnv(extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries({ ...process.env, ...extra }))
        if (v !== undefined)
            env[k] = v;
    return env;
}
async function run(cmd, args, opts = {}) {
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 1260));
    const env = childEnv(opts.env);
    const result = await getExecOutput(cmd, [...args], {
        cwd: opts.cwd,
        env,
        input: opts.input === undefined ? undefined : Buffer.from(opts.input),
        ignoreReturnCode: true,
        silent: !opts.echo,
    });
    if (result.exitCode !== 0 && !opts.allowFailure) {
        throw new ProcessError(displayCommand(cmd, args), result.exitCode, result.stderr, result.stdout);
    }
    return result;
}
/**
 * A command whose standard output is megabytes (`git log` over a long history), read as
 * it arrives so the caller can work while the command still runs. Not through
 * @actions/exec, which splits every chunk into lines and decodes it twice. Argument
 * array only, no shell; a non-zero exit throws the same ProcessError as {@link run}.
 */
async function stream(cmd, args, opts) {
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    const child = spawn(cmd, [...args], { cwd: opts.cwd, env: childEnv(opts.env), shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = [];
    let stderrBytes = 0;
    child.stdout.on('data', (chunk) => opts.onData(chunk));
    child.stderr.on('data', (chunk) => {
        // enough to say why it failed; a chatty command cannot fill memory
        if (stderrBytes < 64 * 1024)
            stderr.push(chunk);
        stderrBytes += chunk.length;
    });
    const exitCode = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    }).catch((err) => {
        throw new ProcessError(displayCommand(cmd, args), 127, err.message, '');
    });
    if (exitCode !== 0)
        throw new ProcessError(displayCommand(cmd, args), exitCode, Buffer.concat(stderr).toString('utf8'), '');
}
/**
 * A short command's whole output, spawned at once. {@link run} goes through @actions/exec, whose
 * chunk is loaded on first use and which looks the command up in PATH with asynchronous file
 * checks before it spawns: while an action's modules compile, those wait, and so does the
 * command. The reads an action starts before its modules load (the changelog's refs) use this,
 * so git runs while they compile. Argument array only, no shell; failures as {@link run}'s.
 */
async function capture(cmd, args, opts = {}) {
    const out = [];
    const stdout = () => Buffer.concat(out).toString('utf8');
    try {
        await stream(cmd, args, { cwd: opts.cwd, env: opts.env, onData: (chunk) => void out.push(chunk) });
    }
    catch (err) {
        if (!(err instanceof ProcessError))
            throw err;
        if (opts.allowFailure && err.exitCode !== 127)
            return { exitCode: err.exitCode, stdout: stdout(), stderr: err.stderr };
        throw new ProcessError(err.command, err.exitCode, err.stderr, stdout());
    }
    return { exitCode: 0, stdout: stdout(), stderr: '' };
}


/***/ }),

/***/ 4100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ retryScale),
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs),
/* harmony export */   gI: () => (/* binding */ scaledWait)
/* harmony export */ });
/* unused harmony exports RETRY_SCALE, REQUEST_TIMEOUT_MS, readSetting */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/**
 * The suite's tuning settings, read from the environment here and nowhere else, with one rule:
 * unset or blank means the default; anything else must be a plain decimal number in range, or
 * the run stops with an ActionError naming the variable, what it expects and its default — a
 * typo must not silently turn a test's millisecond waits into real ones, or the other way round.
 *
 * | variable | what | default |
 * | --- | --- | --- |
 * | `RELEASE_ACTIONS_RETRY_SCALE` | multiplies every wait between attempts (GitHub client back-off and rate-limit waits, registry and webhook retries, push retries, polling); `0` waits not at all | 1 |
 * | `RELEASE_ACTIONS_REQUEST_TIMEOUT_MS` | per-attempt limit of one request (GitHub API, registries, webhooks; for git over HTTP the stall limit, in whole seconds) | 60000 |
 *
 * Only the waits are scaled, never a deadline the user set (verify-release's `timeout`).
 */

const RETRY_SCALE = { name: 'RELEASE_ACTIONS_RETRY_SCALE', what: 'a number ≥ 0 that multiplies every wait between attempts', fallback: 1, min: 0 };
const REQUEST_TIMEOUT_MS = { name: 'RELEASE_ACTIONS_REQUEST_TIMEOUT_MS', what: 'a number of milliseconds > 0, the limit of one request attempt', fallback: 60_000, min: 0, above: true };
const DECIMAL = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;
/** The setting's value in `env`, by the one rule. */
function readSetting(setting, env = process.env) {
    const raw = env[setting.name];
    if (raw === undefined || raw.trim() === '')
        return setting.fallback;
    const value = DECIMAL.test(raw) ? Number(raw) : NaN;
    const inRange = setting.above ? value > setting.min : value >= setting.min;
    if (!Number.isFinite(value) || !inRange) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${setting.name} must be ${setting.what} (default ${setting.fallback}), got ${JSON.stringify(raw.slice(0, 40))}: unset it, or set a number`);
    }
    return value;
}
/** RELEASE_ACTIONS_RETRY_SCALE: the multiplier of every wait between attempts (default 1). */
function retryScale(env = process.env) {
    return readSetting(RETRY_SCALE, env);
}
/** RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: the limit of one request attempt in ms (default 60 000). */
function requestTimeoutMs(env = process.env) {
    return readSetting(REQUEST_TIMEOUT_MS, env);
}
/** `ms` multiplied by the retry scale, rounded: what to wait before the next attempt. */
function scaledWait(ms, env = process.env) {
    return Math.round(ms * retryScale(env));
}


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PagesBranch: () => (/* binding */ PagesBranch),
/* harmony export */   V: () => (/* binding */ displayRemote),
/* harmony export */   p: () => (/* binding */ pagesRemote),
/* harmony export */   sha256: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(597);
/* harmony import */ var _lib_git_push_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1369);
/* harmony import */ var _lib_process_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3179);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7378);
/**
 * The pages branch, edited in a repository of its own under RUNNER_TEMP so that the caller's
 * checkout is never touched (no refs, no shallow marker, no files): the branch is fetched at
 * depth 1 when it exists, or started as an orphan branch when it does not. Files are read
 * and written in its work tree; the commit is pushed with the foundation's pushWithRetry,
 * which on a non-fast-forward rejection re-fetches, resets and calls `reapply` (never a
 * force push).
 */







const REMOTE = 'origin';
/**
 * The remote of the pages branch: the workspace's `origin` (what actions/checkout cloned,
 * whatever repository or server that is), else `${serverUrl}/${repository}.git`.
 */
async function pagesRemote(workspace, serverUrl, repository) {
    const r = await (0,_lib_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)('git', ['remote', 'get-url', '--', REMOTE], { cwd: workspace, allowFailure: true, env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }).catch(() => undefined);
    const url = r && r.exitCode === 0 ? r.stdout.trim() : '';
    return url || `${serverUrl.replace(/\/+$/, '')}/${repository}.git`;
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
class PagesBranch {
    git;
    dir;
    branch;
    remoteUrl;
    existed;
    base;
    root;
    constructor(git, 
    /** The work tree of the pages branch. */
    dir, branch, remoteUrl, 
    /** The branch existed on the remote when it was opened (false: an orphan branch was started). */
    existed, 
    /** The remote tip that was fetched, when the branch existed. */
    base, root) {
        this.git = git;
        this.dir = dir;
        this.branch = branch;
        this.remoteUrl = remoteUrl;
        this.existed = existed;
        this.base = base;
        this.root = root;
    }
    static async open(opts) {
        const remoteUrl = await pagesRemote(opts.workspace, opts.serverUrl, opts.repository);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(opts.tempRoot, { recursive: true });
        const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.tempRoot, 'publish-helm-'));
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'pages');
        try {
            await (0,_lib_process_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)('git', ['init', '-q', '--', dir], { env: { LC_ALL: 'C' } });
            const git = new _lib_git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .Git */ .TU(dir, { token: opts.token || undefined, serverUrl: opts.serverUrl, ...(opts.identity ? { identity: opts.identity } : {}) });
            await git.git(['config', 'core.autocrlf', 'false']);
            await git.git(['remote', 'add', '--', REMOTE, remoteUrl]);
            const ref = `refs/heads/${opts.branch}`;
            const listed = await (0,_lib_git_push_js__WEBPACK_IMPORTED_MODULE_4__/* .readWithRetry */ .rv)(() => git.git(['ls-remote', '--heads', '--', REMOTE, ref], { allowFailure: true }));
            if (listed.exitCode !== 0) {
                throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ActionError */ .lZ(`cannot read the branches of ${displayRemote(remoteUrl)}: ${lastLines(listed.stderr || listed.stdout)}`);
            }
            const existed = listed.stdout.split('\n').some((l) => l.trim().endsWith(`\t${ref}`));
            let base;
            if (existed) {
                const fetched = await (0,_lib_git_push_js__WEBPACK_IMPORTED_MODULE_4__/* .readWithRetry */ .rv)(() => git.git(['fetch', '-q', '--no-tags', '--depth=1', '--', REMOTE, `+${ref}:refs/remotes/${REMOTE}/${opts.branch}`], { allowFailure: true }));
                if (fetched.exitCode !== 0)
                    throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ActionError */ .lZ(`cannot fetch ${opts.branch} from ${displayRemote(remoteUrl)}: ${lastLines(fetched.stderr || fetched.stdout)}`);
                await git.switchNew(opts.branch, `refs/remotes/${REMOTE}/${opts.branch}`);
                base = await git.head();
            }
            else {
                await git.git(['symbolic-ref', 'HEAD', ref]);
            }
            return new PagesBranch(git, dir, opts.branch, remoteUrl, existed, base, root);
        }
        catch (e) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(root, { recursive: true, force: true });
            throw e;
        }
    }
    /** A file of the work tree, or undefined when it is not there. */
    async read(path) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, path));
        }
        catch (e) {
            if (e.code === 'ENOENT' || e.code === 'EISDIR')
                return undefined;
            throw e;
        }
    }
    async write(path, bytes) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(full), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(full, bytes);
    }
    /** Commits `paths` (signed off, by the configured identity). */
    async commit(message, paths) {
        return this.git.commit(message, { paths });
    }
    /**
     * Pushes HEAD to the branch. On a non-fast-forward rejection the branch is re-fetched, the
     * work tree reset onto it and `reapply` called: it re-reads the files, applies the change
     * again and commits (returns false when the change is there already).
     */
    async push(reapply) {
        return (0,_lib_git_push_js__WEBPACK_IMPORTED_MODULE_4__/* .pushWithRetry */ .Xb)(this.git, { remote: REMOTE, branch: this.branch, reapply });
    }
    async close() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.root, { recursive: true, force: true });
    }
}
/** A remote URL for messages: credentials, if someone put them in the URL, left out. */
function displayRemote(url) {
    return url.replace(/^(\w+:\/\/)[^/@]*@/, '$1');
}
function lastLines(text) {
    return text.trim().split('\n').slice(-3).join(' ');
}


/***/ })

};
