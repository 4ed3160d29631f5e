export const id = 987;
export const ids = [987];
export const modules = {

/***/ 15987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
async function run(ctx) {
    const { git, tag } = ctx;
    await ctx.fetchTag();
    const commit = await git.resolve(`refs/tags/${tag}`);
    if (!commit)
        return { status: 'failed', detail: `tag ${tag} does not exist` };
    const heads = await git.git(['ls-remote', '--symref', '--', 'origin', 'HEAD', 'refs/heads/*'], { allowFailure: true });
    if (heads.exitCode !== 0)
        return { status: 'failed', detail: `cannot list the branches of origin: ${heads.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
    const branches = [];
    let defaultBranch = eventDefaultBranch(ctx.run.event);
    for (const line of heads.stdout.split('\n')) {
        const sym = /^ref: refs\/heads\/(\S+)\s+HEAD$/.exec(line);
        if (sym)
            defaultBranch ??= sym[1];
        const head = /^[0-9a-f]{40,64}\s+refs\/heads\/(\S+)$/.exec(line);
        if (head)
            branches.push(head[1]);
    }
    defaultBranch ??= 'main';
    const prefixes = [...new Set(['release-', 'hotfix-', ctx.config.releaseBranchPrefix].filter(Boolean))];
    const candidates = branches.filter((b) => b === defaultBranch || prefixes.some((p) => b.startsWith(p)));
    const allowed = `${defaultBranch}, ${prefixes.map((p) => `${p}*`).join(', ')}`;
    if (candidates.length === 0)
        return { status: 'failed', detail: `origin has none of the branches a release may come from (${allowed})` };
    const shallow = (await git.out(['rev-parse', '--is-shallow-repository'])) === 'true';
    await git.git(['fetch', '--no-tags', '--force', ...(shallow ? ['--unshallow'] : []), '--', 'origin', ...candidates.map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`)]);
    const containing = [];
    for (const b of candidates)
        if (await git.isAncestor(commit, `refs/remotes/origin/${b}`))
            containing.push(b);
    const short = commit.slice(0, 12);
    if (containing.length > 0)
        return { status: 'passed', detail: `${tag} (${short}) is on ${containing.join(', ')}` };
    return { status: 'failed', detail: `${tag} (${short}) is on none of the release branches of origin (${allowed}; looked at ${candidates.join(', ')})` };
}
function eventDefaultBranch(event) {
    const repo = event['repository'];
    const value = typeof repo === 'object' && repo !== null ? repo['default_branch'] : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
}


/***/ })

};
