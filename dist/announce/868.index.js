export const id = 868;
export const ids = [868];
export const modules = {

/***/ 1868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateRepoChannel: () => (/* binding */ updateRepoChannel)
/* harmony export */ });
/* unused harmony exports DEFAULT_GLOB, parseTarget, branchFor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7227);
/* harmony import */ var _lib_github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7305);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7378);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3490);
/**
 * update-repos: one pull request per related repository and version, moving this
 * project's image tag, chart version and install examples from the previous version to
 * the new one (the rules are in actions/lib/announce/related.ts). The repository is
 * cloned over git smart HTTP (the token goes in a header scoped to the server, never in
 * the URL), the change is committed on `release-actions/<project>-v<version>` and pushed
 * without force, and the pull request is opened — or, on a re-run, the open one is reused.
 */






const DEFAULT_GLOB = '**/*.{md,yaml,yml}';
function parseTarget(line) {
    const colon = line.indexOf(':');
    const full = colon < 0 ? line : line.slice(0, colon);
    const glob = colon < 0 ? '' : line.slice(colon + 1).trim();
    const [owner = '', repo = ''] = full.split('/');
    // one glob (braces allowed: `{docs,examples}/**/*.{md,yaml}`)
    return { owner, repo, globs: [glob || DEFAULT_GLOB] };
}
function branchFor(facts) {
    const name = facts.repository.split('/')[1].toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
    return `release-actions/${name}-${facts.tag}`;
}
async function findOpenPull(client, owner, repo, branch) {
    try {
        const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
        const pull = data.find((p) => p.head.ref === branch);
        return pull ? { number: pull.number, url: pull.html_url } : undefined;
    }
    catch (err) {
        throw (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.remoteError)(`listing the open pull requests of ${owner}/${repo}`, err);
    }
}
function pullBody(facts, edits, rules) {
    const rows = edits.flatMap((e) => e.changes.map((c) => `| \`${e.path}\` | ${c.line} | ${c.name} | \`${c.old}\` | \`${c.new}\` |`));
    if (rows.length === 0)
        rows.push('| (the branch holds the change, pushed by an earlier run) | | | | |');
    return [
        `This moves ${facts.project} from ${rules.previous} to ${facts.tag}: its image tag, chart version and install examples.`,
        '',
        `📖 Release notes: ${facts.notesUrl}`,
        '',
        '| file | line | what | old | new |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        `Opened by the release of ${facts.repository} (release-actions/announce, update-repos). Other versions, images and charts were left alone.`,
    ].join('\n');
}
async function planEdits(dir, git, globs, rules) {
    const [{ minimatch }, { rewriteRelated }] = await Promise.all([__webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 1138)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 2020))]);
    const files = (await git.git(['ls-files', '-z'])).stdout.split('\0').filter(Boolean);
    const edits = [];
    for (const path of files.filter((f) => globs.some((g) => minimatch(f, g, { dot: true })))) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, path), 'utf8').catch(() => undefined);
        if (text === undefined || text.includes('\0'))
            continue;
        const edit = rewriteRelated(path, text, rules);
        if (edit)
            edits.push(edit);
    }
    return edits;
}
function updateRepoChannel(line, ctx) {
    const target = parseTarget(line);
    const full = `${target.owner}/${target.repo}`;
    const channel = {
        id: `update-repo:${full}`,
        async send() {
            const rules = ctx.rules;
            const { facts, client, log } = ctx;
            const branch = branchFor(facts);
            const open = await findOpenPull(client, target.owner, target.repo, branch);
            if (open)
                return `${open.url} (already open)`;
            const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.runnerTemp, 'announce-update-'));
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, 'repo');
            try {
                const outside = new _lib_git_git_js__WEBPACK_IMPORTED_MODULE_2__.Git(tmp, { token: ctx.token, serverUrl: ctx.serverUrl, identity: ctx.identity });
                const url = `${ctx.serverUrl}/${full}.git`;
                const cloned = await outside.git(['clone', '-q', '--depth=1', '--no-tags', '--', url, dir], { allowFailure: true });
                if (cloned.exitCode !== 0)
                    throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`cloning ${full} failed (the token needs contents: write there): ${(cloned.stderr || cloned.stdout).trim().split('\n').pop()}`);
                const git = new _lib_git_git_js__WEBPACK_IMPORTED_MODULE_2__.Git(dir, { token: ctx.token, serverUrl: ctx.serverUrl, identity: ctx.identity });
                const base = await git.currentBranch();
                if (!base)
                    throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ(`${full} has no default branch to update`);
                const remoteBranch = (await git.out(['ls-remote', '--heads', '--', 'origin', `refs/heads/${branch}`])).trim();
                if (remoteBranch) {
                    // An earlier run pushed the branch but opened no pull request: continue on it.
                    await git.fetch('origin', [`+refs/heads/${branch}:refs/remotes/origin/${branch}`], { depth: 1 });
                    await git.switchNew(branch, `origin/${branch}`);
                }
                else {
                    await git.switchNew(branch, 'HEAD');
                }
                const apply = async () => {
                    const edits = await planEdits(dir, git, target.globs, rules);
                    for (const e of edits)
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.path), e.after);
                    if (edits.length > 0) {
                        await git.commit(`chore: update ${facts.project} to ${facts.tag}\n\nMoves the image tag, chart version and install examples from ${rules.previous} to ${facts.tag}.\nRelease notes: ${facts.notesUrl}\n`, {
                            paths: edits.map((e) => e.path),
                        });
                    }
                    return edits;
                };
                const edits = await apply();
                if (edits.length === 0 && !remoteBranch)
                    return `nothing to update: no reference to ${rules.previous} in ${target.globs.join(', ')}`;
                let all = edits;
                if (edits.length > 0) {
                    const { pushWithRetry } = await __webpack_require__.e(/* import() */ 369).then(__webpack_require__.bind(__webpack_require__, 1369));
                    await pushWithRetry(git, {
                        remote: 'origin',
                        branch,
                        reapply: async () => {
                            const again = await apply();
                            if (again.length > 0)
                                all = again;
                            return again.length > 0;
                        },
                    });
                    log.info(`${full}: pushed ${branch} (${edits.reduce((n, e) => n + e.changes.length, 0)} change(s) in ${edits.length} file(s))`);
                }
                try {
                    const { data } = await client.rest.pulls.create({
                        owner: target.owner,
                        repo: target.repo,
                        head: branch,
                        base,
                        title: `chore: update ${facts.project} to ${facts.tag}`,
                        body: pullBody(facts, all, rules),
                    });
                    return data.html_url;
                }
                catch (err) {
                    if ((0,_lib_github_client_js__WEBPACK_IMPORTED_MODULE_3__.statusOf)(err) === 422) {
                        const again = await findOpenPull(client, target.owner, target.repo, branch);
                        if (again)
                            return `${again.url} (already open)`;
                    }
                    throw (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.remoteError)(`opening the pull request ${branch} → ${base} in ${full}`, err);
                }
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
            }
        },
    };
    if (ctx.skip)
        channel.skip = ctx.skip;
    else if (!ctx.rules)
        channel.skip = 'no previous release to move from';
    return channel;
}


/***/ })

};
