export const id = 783;
export const ids = [783];
export const modules = {

/***/ 77783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73997);

async function run(ctx) {
    const client = await ctx.github();
    if (!client)
        return { status: 'failed', detail: 'needs a token (input token) to read the release' };
    const [{ minimatch }, { isNewestStable }] = await Promise.all([__webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 91138)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15731))]);
    const { owner, repo } = ctx.run;
    const tag = ctx.tag;
    const patterns = ctx.inputs.assets.map((a) => a.replaceAll('{version}', ctx.version).replaceAll('{tag}', tag));
    const newest = isNewestStable(await ctx.releaseTags(), ctx.version);
    const look = async () => {
        const release = await findRelease(client, owner, repo, tag);
        if (typeof release === 'string')
            return { done: false, missing: release };
        const missing = [];
        if (release.draft)
            missing.push('it is a draft');
        if (!release.body || release.body.trim() === '')
            missing.push('its notes are empty');
        const prerelease = release.prerelease || ctx.version.includes('-');
        if (!release.draft) {
            const latest = await latestId(client, owner, repo);
            if (!prerelease && newest && latest !== release.id)
                missing.push('it is not marked latest');
            if ((prerelease || !newest) && latest === release.id)
                missing.push(`it is marked latest, but ${prerelease ? 'it is a prerelease' : 'a newer stable release exists'}`);
        }
        const uploaded = release.assets.filter((a) => a.state === 'uploaded' && a.size > 0).map((a) => a.name);
        for (const p of patterns)
            if (!uploaded.some((n) => minimatch(n, p, { nocase: false, dot: true })))
                missing.push(`asset ${p} is missing`);
        if (missing.length > 0)
            return { done: false, missing: `release ${tag}: ${missing.join(', ')}` };
        const notes = release.body?.trim().split('\n').length ?? 0;
        const what = [
            prerelease ? 'prerelease' : newest ? 'latest' : 'not latest (older line)',
            `${notes} line(s) of notes`,
            patterns.length > 0 ? `assets ${uploaded.filter((n) => patterns.some((p) => minimatch(n, p, { dot: true }))).join(', ')}` : `${uploaded.length} asset(s)`,
        ];
        return { done: true, value: { ok: true, detail: `${release.html_url} published, ${what.join(', ')}` } };
    };
    const outcome = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .poll */ .wt)(async () => {
        try {
            return await look();
        }
        catch (err) {
            const status = err.status;
            if (status === 401 || status === 403)
                return { done: true, value: { ok: false, detail: `GitHub refused to read the releases (HTTP ${status}): ${err.message}` } };
            return { done: false, missing: `GitHub API: ${err.message}` };
        }
    }, { ...ctx.poll, onWait: (m, ms) => ctx.log.info(`github-release: ${m}; looking again in ${Math.round(ms)} ms`) });
    if (!outcome.value)
        return { status: 'failed', detail: `still not right after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
    return { status: outcome.value.ok ? 'passed' : 'failed', detail: outcome.value.detail };
}
/** The release of `tag` (drafts too: those are found only in the list), or what is missing. */
async function findRelease(client, owner, repo, tag) {
    try {
        const { data } = await client.rest.repos.getReleaseByTag({ owner, repo, tag });
        return data;
    }
    catch (err) {
        if (err.status !== 404)
            throw err;
    }
    const { data } = await client.rest.repos.listReleases({ owner, repo, per_page: 100 });
    const draft = data.find((r) => r.tag_name === tag);
    return draft ?? `no release for ${tag}`;
}
async function latestId(client, owner, repo) {
    try {
        return (await client.rest.repos.getLatestRelease({ owner, repo })).data.id;
    }
    catch (err) {
        if (err.status === 404)
            return undefined;
        throw err;
    }
}


/***/ })

};
