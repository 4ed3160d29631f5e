export const id = 927;
export const ids = [927];
export const modules = {

/***/ 50927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./actions/verify-release/checks/pages-site.ts
/**
 * Whether GitHub Pages would serve the Helm repository the release publishes: pure, fed what
 * `GET /repos/{owner}/{repo}/pages` and `git ls-remote` said. Pages can only be pointed at a
 * branch that exists, and only a site built from that branch's root (`build_type: legacy`,
 * `source.path: /`) serves the `index.yaml` publish-helm writes there — a workflow-deployed site
 * serves its workflow's artifact instead. Found after publishing, any of these leaves a public
 * release whose Helm repository never appears.
 */
/** The fix for a branch that does not exist yet. */
function createBranchFix(branch) {
    return `create it first: \`npx release-actions doctor --write\` pushes an orphan ${branch} branch holding only a README (or: git switch --orphan ${branch} && git commit --allow-empty -m "chore: ${branch}" && git push origin ${branch}); see docs/first-release.md`;
}
/** The fix for a site that is missing (POST) or points elsewhere (PUT). */
function enableFix(repository, branch, method) {
    const api = `gh api -X ${method} repos/${repository}/pages ${method === 'PUT' ? '-f build_type=legacy ' : ''}-f 'source[branch]=${branch}' -f 'source[path]=/'`;
    return `Settings → Pages → Build and deployment → Source: Deploy from a branch → ${branch} / (root), or \`${api}\``;
}
function judgePages(f) {
    const missingBranch = f.branchExists ? '' : `origin has no ${f.branch} branch: ${createBranchFix(f.branch)}; then `;
    if (!f.site) {
        return {
            ok: false,
            detail: `GitHub Pages is off for ${f.repository}, so ${f.helmRepoUrl}/index.yaml would never be served after publishing. ${missingBranch}enable Pages: ${enableFix(f.repository, f.branch, 'POST')}`,
        };
    }
    const where = describeSource(f.site);
    if (f.site.build_type === 'workflow' || f.site.source?.branch !== f.branch || (f.site.source?.path ?? '/') !== '/') {
        return {
            ok: false,
            detail: `GitHub Pages of ${f.repository} ${where}, not the ${f.branch} branch at / where the chart index is published. ${missingBranch}point it there: ${enableFix(f.repository, f.branch, 'PUT')}`,
        };
    }
    if (!f.branchExists)
        return { ok: false, detail: `GitHub Pages of ${f.repository} serves the ${f.branch} branch, but origin has no such branch: ${createBranchFix(f.branch)}` };
    const url = f.site.html_url ?? '';
    const facts = [`build ${f.site.status ?? 'not run yet'}`, ...(f.site.public === false ? ['private site: only readers of the repository can reach it'] : [])];
    const elsewhere = url && !sameSite(f.helmRepoUrl, url) ? `; note: helm-repo-url ${f.helmRepoUrl} is not under ${url}` : '';
    return { ok: true, detail: `${url || 'GitHub Pages'} serves the ${f.branch} branch at / (${facts.join(', ')})${elsewhere}` };
}
function describeSource(site) {
    if (site.build_type === 'workflow')
        return 'is deployed by a GitHub Actions workflow (build_type workflow)';
    return `serves ${site.source?.branch ?? '(no branch)'} at ${site.source?.path ?? '/'}`;
}
/** Whether `repoUrl` is on the site `siteUrl` (scheme and case of the host aside). */
function sameSite(repoUrl, siteUrl) {
    const norm = (u) => u.replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
    return `${norm(repoUrl)}/`.startsWith(`${norm(siteUrl)}/`);
}

;// CONCATENATED MODULE: ./actions/verify-release/checks/pages-served.ts

async function run(ctx) {
    const { owner, repo, repository } = ctx.run;
    if (!ctx.config.chart && ctx.config.chartCandidates.length === 0)
        return { status: 'skipped', detail: 'the repository has no chart (charts/<name>/Chart.yaml): nothing is published to Pages' };
    const client = await ctx.github();
    if (!client)
        return { status: 'failed', detail: `needs a token (input token, with pages: read) to read the GitHub Pages settings of ${repository}` };
    const branch = ctx.config.pagesBranch;
    let site;
    try {
        site = (await client.rest.repos.getPages({ owner, repo })).data;
    }
    catch (err) {
        const status = err.status;
        if (status === 401)
            return { status: 'failed', detail: `GitHub refused the token (HTTP 401) reading the Pages settings of ${repository}: check the token input` };
        if (status === 403) {
            return { status: 'failed', detail: `GitHub refused to read the Pages settings of ${repository} (HTTP 403): give the job's token pages: read (permissions: { pages: read })` };
        }
        if (status !== 404)
            return { status: 'failed', detail: `cannot read the GitHub Pages settings of ${repository}: ${err.message}` };
    }
    const listed = await ctx.git.git(['ls-remote', '--heads', '--', 'origin', `refs/heads/${branch}`], { allowFailure: true });
    if (listed.exitCode !== 0)
        return { status: 'failed', detail: `cannot list the branches of origin: ${listed.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
    const branchExists = listed.stdout.split('\n').some((l) => l.endsWith(`\trefs/heads/${branch}`));
    const verdict = judgePages({ repository, branch, branchExists, site, helmRepoUrl: ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl });
    return { status: verdict.ok ? 'passed' : 'failed', detail: verdict.detail };
}


/***/ })

};
