export const id = 845;
export const ids = [845,840];
export const modules = {

/***/ 8840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Git: () => (/* binding */ Git)
});

// UNUSED EXPORTS: BOT_IDENTITY, LogReader, ProcessError, assertRef, isNonFastForward

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./actions/lib/runner/tuning.ts
var tuning = __webpack_require__(4100);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./actions/lib/process/exec.ts

class ProcessError extends errors/* ActionError */.lZ {
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
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 81260));
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
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
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

;// CONCATENATED MODULE: ./actions/lib/git/git.ts




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
        return run('git', args, { cwd: this.cwd, env: this.env(), ...opts });
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
        const r = await capture('git', ['rev-parse', '--is-shallow-repository', '--verify', '-q', '--end-of-options', 'HEAD^{commit}'], { cwd: this.cwd, env: this.env(), allowFailure: true });
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
        await stream('git', args, { cwd: this.cwd, env: { ...this.env(), GIT_FLUSH: '0' }, onData });
    }
    /** Every tag with the commit it names (peeled), in one `for-each-ref`; undefined when it names no commit directly. */
    async tagCommits() {
        const out = (await capture('git', ['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)', 'refs/tags'], { cwd: this.cwd, env: this.env() })).stdout.trim();
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
                throw new errors/* ActionError */.lZ(`cherry-pick of ${sha} failed${conflicted.length ? ` with conflicts in ${conflicted.join(', ')}` : ''}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}. Resolve it on a branch by hand, or pick a different commit.`);
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
    const seconds = Math.max(1, Math.ceil((0,tuning/* requestTimeoutMs */.Hl)() / 1000));
    return { GIT_HTTP_LOW_SPEED_LIMIT: '1', GIT_HTTP_LOW_SPEED_TIME: String(seconds) };
}
/** A ref or branch name that cannot be read as an option or a path trick. */
function assertRef(ref) {
    if (!ref || ref.startsWith('-') || /[\s~^:?*[\\]|\.\.|@\{|\/\/|\.lock$|\/$/.test(ref))
        throw new errors/* ActionError */.lZ(`expected a git ref name, got ${JSON.stringify(ref)}`);
    return ref;
}
/** `git log` output in the format of {@link Git.logEach}, chunk by chunk (a record or a character may span chunks). */
class LogReader {
    onCommit;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
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

/***/ 14845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOrphanBranch: () => (/* binding */ createOrphanBranch),
  pagesReadme: () => (/* binding */ pagesReadme)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/git/git.ts + 1 modules
var git = __webpack_require__(8840);
;// CONCATENATED MODULE: ./actions/lib/git/commit-files.ts




/**
 * Makes a commit of `files` on `parent` with git's plumbing — no work tree, no checkout: the
 * blobs written in one `hash-object`, the parent's tree read into a private index, the changed
 * entries replaced, `write-tree`, `commit-tree`. Six git processes whatever the repository's size
 * (the first three side by side, so four one after the other), where a temporary worktree checks
 * out every file first. Blobs are stored as given: the texts
 * are edits of blobs read from git, so no clean filter applies to them twice.
 */
async function commitFiles(git, req) {
    const dir = await mkdtemp(join(req.tempDir ?? tmpdir(), 'commit-files-'));
    try {
        const plumbing = new Git(git.cwd, { ...git.options, env: { ...git.options.env, GIT_INDEX_FILE: join(dir, 'index') } });
        // three independent steps side by side: the blobs, the parent's modes, the parent's tree in the index
        const [blobs, modes] = await allDone([writeBlobs(plumbing, dir, req.files), fileModes(plumbing, req.parent, req.files.map((f) => f.path)), plumbing.git(['read-tree', '--end-of-options', req.parent])]);
        const info = req.files.map((f, i) => `${modes.get(f.path) ?? '100644'} ${blobs[i]}\t${f.path}\n`).join('');
        await plumbing.git(['update-index', '--index-info'], { input: info });
        const tree = await plumbing.out(['write-tree']);
        const id = git.options.identity ?? BOT_IDENTITY;
        const message = req.signOff === false ? cleanMessage(req.message) : withSignOff(req.message, `${id.name} <${id.email}>`);
        const sign = req.signingKey ? [`-S${req.signingKey}`] : ['--no-gpg-sign'];
        const made = await plumbing.git(['-c', `user.name=${id.name}`, '-c', `user.email=${id.email}`, 'commit-tree', ...sign, '-p', req.parent, '-F', '-', '--end-of-options', tree], { input: message });
        return made.stdout.trim();
    }
    finally {
        await rm(dir, { recursive: true, force: true });
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
        const p = join(dir, `blob-${i}`);
        await writeFile(p, f.text);
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

;// CONCATENATED MODULE: ./actions/lib/git/orphan-branch.ts

/** The README of a pages branch made ahead of the first release. */
function pagesReadme(repository, branch) {
    const site = repository ? ` (https://${repository.split('/')[0].toLowerCase()}.github.io/${repository.split('/')[1]}/)` : '';
    return [
        '# Helm repository',
        '',
        `GitHub Pages serves this branch${site}. The release workflow adds each chart version to`,
        '`index.yaml` here (release-actions publish-helm); do not edit it by hand.',
        '',
        `Enable Pages once: Settings → Pages → Build and deployment → Deploy from a branch → \`${branch}\` / \`(root)\`.`,
        '',
    ].join('\n');
}
async function createOrphanBranch(git, req) {
    const ref = `refs/heads/${req.branch}`;
    const existing = await git.resolve(ref);
    if (existing)
        return { created: false, existing };
    const who = req.identity ? ['-c', `user.name=${req.identity.name}`, '-c', `user.email=${req.identity.email}`] : [];
    const entries = [];
    for (const f of req.files) {
        const blob = (await git.git(['hash-object', '-w', '--no-filters', '--stdin'], { input: f.text })).stdout.trim();
        entries.push(`100644 blob ${blob}\t${f.path}\n`);
    }
    const tree = (await git.git(['mktree'], { input: entries.join('') })).stdout.trim();
    const ident = (await git.git([...who, 'var', 'GIT_COMMITTER_IDENT'])).stdout.trim().replace(/ \d+ [+-]\d{4}$/, '');
    const commit = (await git.git([...who, 'commit-tree', '--no-gpg-sign', '-F', '-', '--end-of-options', tree], { input: withSignOff(req.message, ident) })).stdout.trim();
    const made = await git.git(['update-ref', '-m', 'orphan branch', ref, commit, ''], { allowFailure: true });
    if (made.exitCode !== 0) {
        const now = await git.resolve(ref);
        if (now)
            return { created: false, existing: now };
        throw new Error(`git update-ref ${ref} failed: ${made.stderr.trim()}`);
    }
    return { created: true, commit };
}


/***/ })

};
