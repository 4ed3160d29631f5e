export const id = 736;
export const ids = [736,625];
export const modules = {

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ Summary)
/* harmony export */ });
/* unused harmony exports cell, table, codeBlock, details */
/** Escapes text for a markdown table cell: pipes and newlines would break the row. */
function cell(value) {
    if (value === undefined || value === null)
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function table(header, rows) {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${header.map((_, i) => cell(row[i])).join(' | ')} |`);
    return `${lines.join('\n')}\n`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n?$/, '\n')}${fence}\n`;
}
function details(summary, body) {
    return `<details><summary>${summary.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c)}</summary>\n\n${body}\n</details>\n`;
}
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    text(markdown) {
        this.parts.push(`${markdown.replace(/\n?$/, '\n')}`);
        return this;
    }
    table(header, rows) {
        this.parts.push(table(header, rows));
        return this;
    }
    code(text, lang = '') {
        this.parts.push(codeBlock(text, lang));
        return this;
    }
    details(summary, body) {
        this.parts.push(details(summary, body));
        return this;
    }
    toString() {
        return this.parts.join('\n');
    }
}


/***/ }),

/***/ 2736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCharts: () => (/* binding */ publishCharts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/lib/git/git.ts
var git_git = __webpack_require__(597);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/publish-helm/chart.ts
var publish_helm_chart = __webpack_require__(4657);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/lib/config/charts.ts
var charts = __webpack_require__(6688);
;// CONCATENATED MODULE: ./actions/lib/git/object-ids.ts
/** `<ref>:<path>` → object id; undefined for a name that does not resolve (no such ref or path). */
async function objectIds(git, names) {
    const out = new Map();
    if (names.length === 0)
        return out;
    // a name with a newline would shift every later answer
    for (const n of names)
        if (/[\n\r]/.test(n))
            throw new Error(`object name with a line break: ${JSON.stringify(n)}`);
    const r = await git.git(['cat-file', '--batch-check=%(objectname)'], { input: `${names.join('\n')}\n` });
    const lines = r.stdout.split('\n');
    names.forEach((n, i) => {
        const line = (lines[i] ?? '').trim();
        out.set(n, /^[0-9a-f]{40,64}$/.test(line) ? line : undefined);
    });
    return out;
}

// EXTERNAL MODULE: ./actions/lib/git/push.ts
var push = __webpack_require__(1369);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./actions/lib/helm/chart-releases.ts
/**
 * Which charts of a repository to release, for charts versioned on their own as
 * chart-releaser versions them: each release is tagged `<name>-<version>`, and a chart is
 * released when no tag names its current version. Content is compared by git tree id: a
 * chart whose folder is the tree its tag holds is released already; one whose tag holds another
 * tree changed without a version bump, which is refused (the tag cannot name two contents).
 * Pure: the charts, the tags and the tree ids in; a decision per chart out. `treeRequests`
 * says which `<ref>:<folder>` ids to read (one `git cat-file --batch-check` answers them all).
 */

const releaseTag = (c) => `${c.name}-${c.version}`;
/** The newest `<name>-<version>` tag of a chart other than `except`, by SemVer. */
function lastTag(name, tags, except) {
    const prefix = `${name}-`;
    return tags
        .filter((t) => t.startsWith(prefix) && t !== except)
        .map((tag) => ({ tag, v: tag.slice(prefix.length).replace(/^v/, '') }))
        .filter((x) => semver.valid(x.v) !== null)
        .sort((a, b) => semver.rcompare(a.v, b.v))[0]?.tag;
}
/** The `<ref>:<folder>` tree ids the decision needs: each chart at HEAD and at its own release tag. */
function treeRequests(charts, tags) {
    const have = new Set(tags);
    return charts.flatMap((c) => [`HEAD:${c.folder}`, ...(have.has(releaseTag(c)) ? [`refs/tags/${releaseTag(c)}:${c.folder}`] : [])]);
}
/** One decision per chart, in the order given; two charts with one name are both refused. */
function planChartReleases(charts, tags, trees) {
    const have = new Set(tags);
    const byName = new Map();
    for (const c of charts)
        byName.set(c.name, [...(byName.get(c.name) ?? []), c.folder]);
    return charts.map((chart) => {
        const tag = releaseTag(chart);
        const folders = byName.get(chart.name) ?? [];
        if (folders.length > 1)
            return { chart, tag, action: 'refused', why: `${folders.join(' and ')} are both named ${chart.name}: a Helm repository holds one chart of a name; rename one in its Chart.yaml` };
        if (!have.has(tag)) {
            const last = lastTag(chart.name, tags, tag);
            return { chart, tag, action: 'release', why: last ? `version ${chart.version} has no tag yet (last release ${last})` : 'its first release' };
        }
        const head = trees.get(`HEAD:${chart.folder}`);
        const tagged = trees.get(`refs/tags/${tag}:${chart.folder}`);
        if (head !== undefined && head === tagged)
            return { chart, tag, action: 'released', why: `tag ${tag} holds this content` };
        return {
            chart,
            tag,
            action: 'refused',
            why: `tag ${tag} exists with other content in ${chart.folder}${tagged ? '' : ' (the folder is not in the tag)'}: the chart changed without a version bump; raise version in ${chart.folder}/Chart.yaml`,
        };
    });
}

// EXTERNAL MODULE: ./actions/publish-helm/pages.ts
var pages = __webpack_require__(7969);
;// CONCATENATED MODULE: ./actions/publish-helm/charts-plan.ts
/**
 * Which of several charts to release in one run, chart-releaser style: the charts asked for
 * (`changed`: every `own` chart of the configuration; or the folders given), each with the name
 * and version of its Chart.yaml; the `<name>-<version>` tags of the remote (the remote is the
 * record of what was released: a checkout may have no tags); the tree ids of each chart at HEAD
 * and at its tag, read in one git process; then the pure decision of chart-releases.ts.
 * Reads only: nothing is written but the objects of a tag fetched to compare its tree.
 */










/** The chart folders the `charts` input selects. */
function selectedFolders(env) {
    const sel = env.inputs.charts;
    if (sel.kind === 'list')
        return sel.folders;
    return (0,charts/* ownCharts */.e)(env.config.charts);
}
/** Name and version from a chart's Chart.yaml (only those two: a chart not released is not validated). */
async function chartAtHead(workspace, folder) {
    const file = `${folder}/Chart.yaml`;
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)((0,external_node_path_.resolve)(workspace, folder), 'Chart.yaml'), 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR') {
            throw new errors/* InputError */.dz('charts', `${folder} is not a chart folder (no ${file}): list folders that hold a Chart.yaml, or use changed`);
        }
        throw e;
    }
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0)
        throw new errors/* FileError */.f6(file, `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const name = doc.get('name');
    const version = doc.get('version');
    if (typeof name !== 'string' || name === '')
        throw new errors/* FileError */.f6(file, 'the chart has no name', (0,publish_helm_chart/* keyLine */.YC)(text, 'name'));
    if (typeof version !== 'string' && typeof version !== 'number')
        throw new errors/* FileError */.f6(file, 'the chart has no version', (0,publish_helm_chart/* keyLine */.YC)(text, 'version'));
    return { folder, name, version: String(version) };
}
/** `refs/tags/<name>` → the object the remote tag names (a tag object or a commit), from one ls-remote. */
async function remoteTags(git, remote) {
    const r = await (0,push/* readWithRetry */.rv)(() => git.git(['ls-remote', '--tags', '--refs', '--', remote], { allowFailure: true }));
    if (r.exitCode !== 0)
        throw new errors/* ActionError */.lZ(`cannot read the tags of ${(0,pages/* displayRemote */.V)(remote)}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`);
    const tags = new Map();
    for (const line of r.stdout.split('\n')) {
        const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+)$/.exec(line);
        if (m)
            tags.set(m[2], m[1]);
    }
    return tags;
}
/**
 * The objects of the release tags this plan compares, fetched when the checkout lacks them
 * (a shallow clone, or one made before the tag): into the object store only, no ref written.
 */
async function fetchTagObjects(git, remote, tags, wanted) {
    const names = wanted.filter((t) => tags.has(t));
    const have = await objectIds(git, names.map((t) => tags.get(t)));
    const missing = names.filter((t) => have.get(tags.get(t)) === undefined);
    if (missing.length === 0)
        return;
    const shallow = (await git.probe())?.shallow === true;
    const r = await (0,push/* readWithRetry */.rv)(() => git.git(['fetch', '-q', '--no-tags', '--no-write-fetch-head', ...(shallow ? ['--depth=1'] : []), '--', remote, ...missing.map((t) => `refs/tags/${t}`)], { allowFailure: true }));
    if (r.exitCode !== 0)
        throw new errors/* ActionError */.lZ(`cannot fetch the tags ${missing.join(', ')} from ${(0,pages/* displayRemote */.V)(remote)}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`);
}
/** Reads the charts, the remote's tags and the trees, and decides; refusals are left in the decisions. */
async function planCharts(env) {
    const { ctx, inputs } = env;
    const folders = selectedFolders(env);
    const charts = await Promise.all(folders.map((f) => chartAtHead(ctx.workspace, f)));
    const git = new git_git/* Git */.TU(ctx.workspace, { token: inputs.token || undefined, serverUrl: ctx.serverUrl });
    const remote = await (0,pages/* pagesRemote */.p)(ctx.workspace, ctx.serverUrl, ctx.repository);
    const head = await git.head();
    const tags = await remoteTags(git, remote);
    await fetchTagObjects(git, remote, tags, charts.map(releaseTag));
    // the planner names a tag's tree `refs/tags/<tag>:<folder>`; the tag is read by its remote object id
    const requests = treeRequests(charts, [...tags.keys()]);
    const byObject = requests.map((req) => {
        const m = /^refs\/tags\/([^:]+):(.*)$/.exec(req);
        return m ? `${tags.get(m[1])}:${m[2]}` : req;
    });
    const ids = await objectIds(git, byObject);
    const trees = new Map(requests.map((req, i) => [req, ids.get(byObject[i])]));
    return { decisions: planChartReleases(charts, [...tags.keys()], trees), head, remote };
}
/** Every refusal in one error, before anything is written. */
function refuseAll(decisions) {
    const refused = decisions.filter((d) => d.action === 'refused');
    if (refused.length === 0)
        return;
    const lines = refused.map((d) => `${d.chart.folder} (${d.tag}): ${d.why}`);
    throw new errors/* ActionError */.lZ(`${refused.length === 1 ? 'a chart cannot be released' : `${refused.length} charts cannot be released`}: ${lines.join('; ')}. Nothing was written.`);
}

// EXTERNAL MODULE: ./actions/lib/runner/summary.ts
var summary = __webpack_require__(3653);
// EXTERNAL MODULE: ./actions/publish-helm/summary.ts
var publish_helm_summary = __webpack_require__(2625);
;// CONCATENATED MODULE: ./actions/publish-helm/charts-summary.ts
/** The job summary of a run of several charts: one row a chart, and the index change as a diff. Pure. */


function renderChartsSummary(r, indexFile, branch) {
    const mode = r.planOnly ? ' — plan only, nothing written' : r.dryRun ? ' — dry run, nothing written' : '';
    const count = r.rows.filter((x) => x.action !== 'unchanged').length;
    const s = new summary/* Summary */.BD().heading(`publish-helm: ${r.rows.length} chart${r.rows.length === 1 ? '' : 's'}, ${count} to release${mode}`);
    s.text(`Status: **${r.status}**`);
    if (r.rows.length > 0) {
        s.table(['chart', 'folder', 'version', 'tag', 'action', 'sha256'], r.rows.map((x) => [x.name, `\`${x.folder}\``, x.version, `\`${x.tag}\``, x.action, x.digest ? `\`${x.digest.slice(0, 12)}…\`` : '']));
    }
    else {
        s.text('No chart selected: the configuration lists no chart versioned on its own (charts: with versioning: own).');
    }
    if (r.resolutions?.length)
        s.text(`Dependencies resolved without a Chart.lock:\n\n${r.resolutions.map((x) => `- ${x}`).join('\n')}`);
    if (r.releases && r.releases.length > 0)
        s.text(`GitHub releases (never "latest"): ${r.releases.map((x) => `\`${x.tag}\` ${x.url}`).join(', ')}`);
    if (r.warnings.length > 0)
        s.text(r.warnings.map((w) => `- ⚠️ ${w}`).join('\n'));
    if (r.diff) {
        const lines = r.diff.split('\n').length - 1;
        s.details(`${indexFile} on ${branch} (${lines} diff lines${r.dryRun ? ', not pushed' : ''})`, `\n${new summary/* Summary */.BD().code((0,publish_helm_summary.clipDiff)(r.diff), 'diff').toString()}`);
    }
    return s.toString();
}

;// CONCATENATED MODULE: ./actions/publish-helm/charts-tags.ts
/**
 * The `<name>-<version>` tags of the charts a run released: annotated tags on the commit the
 * charts were read at, written as objects only (`git mktag`: the checkout gets no ref) and pushed
 * in one atomic push, so either every tag of the run lands or none does. A tag is never moved:
 * a remote tag of the same name refuses the push, and the error says so.
 */




/** The tag object's text, as `git mktag` reads it. */
function tagObject(t, commit, who, when) {
    const seconds = Math.floor(when.getTime() / 1000);
    return [
        `object ${commit}`,
        'type commit',
        `tag ${t.tag}`,
        `tagger ${who.name} <${who.email}> ${seconds} +0000`,
        '',
        `Helm chart ${t.name} ${t.version}`,
        '',
        `The chart in ${t.folder}, released on its own by publish-helm.`,
        `Package sha256 ${t.digest}`,
        '',
    ].join('\n');
}
/** Creates the tag objects and pushes them, all or none. */
async function pushChartTags(git, remote, commit, tags, who = git_git/* BOT_IDENTITY */.br) {
    if (tags.length === 0)
        return;
    const now = new Date();
    const refspecs = [];
    for (const t of tags) {
        const oid = (await git.git(['mktag'], { input: tagObject(t, commit, who, now) })).stdout.trim();
        refspecs.push(`${oid}:refs/tags/${t.tag}`);
    }
    // a lost connection is retried as it was; a refused tag (one exists already) is not
    const r = await (0,push/* readWithRetry */.rv)(() => git.push(remote, refspecs, { atomic: true }));
    if (r.exitCode !== 0) {
        const detail = `${r.stdout}\n${r.stderr}`.trim().split('\n').filter((l) => /\[rejected\]|\[remote rejected\]|error:|fatal:/.test(l)).slice(0, 5).join('; ');
        throw new errors/* ActionError */.lZ(`cannot push the tags ${tags.map((t) => t.tag).join(', ')} to ${(0,pages/* displayRemote */.V)(remote)}: ${detail || 'the push failed'}. ` +
            'The index and OCI are published already; a re-run creates the missing tags (a tag that exists now with another commit is never moved: check it).');
    }
}

// EXTERNAL MODULE: ./actions/publish-helm/dependencies.ts
var publish_helm_dependencies = __webpack_require__(9932);
// EXTERNAL MODULE: ./actions/publish-helm/env.ts
var publish_helm_env = __webpack_require__(254);
;// CONCATENATED MODULE: ./actions/publish-helm/charts-run.ts
/**
 * publish-helm with `charts`: several charts in one run, as chart-releaser releases a
 * repository of charts. Decide (charts-plan.ts) → refuse the whole run on any refusal → package
 * every chart to release → merge ALL their entries into the index → look each up in OCI → only
 * then write: one index commit, the OCI pushes, the `<name>-<version>` tags.
 *
 * The tags are written last because a chart's tag is what says it is released: the next run
 * skips a tagged chart. Were the tags pushed first and the index push then failed, the re-run
 * would skip those charts and their entries would never reach the index. Written last, a failure
 * anywhere before leaves the charts untagged; the re-run decides them `release` again, packages
 * the same bytes (the packager is reproducible), finds their entries in the index and their OCI
 * tags already there (`unchanged`, nothing pushed) and creates the missing tags.
 *
 * With `asset-location: release` (chart-releaser's default) each chart also gets its GitHub
 * release: drafts with the packages before the index, published after the tags; the order and
 * how each failure resumes are in charts-releases.ts.
 */









async function publishCharts(env) {
    const { inputs, log } = env;
    const plan = await planCharts(env);
    for (const d of plan.decisions)
        log.info(`${d.chart.folder} ${d.chart.name} ${d.chart.version}: ${d.action} (${d.why})`);
    refuseAll(plan.decisions);
    const report = { planOnly: inputs.planOnly, dryRun: inputs.dryRun, status: 'unchanged', rows: [], warnings: [] };
    // plan-only reads no release: its token may not see drafts (GitHub lists them to push access only)
    const gh = inputs.assetLocation === 'release' && !inputs.planOnly ? await openGitHub(env) : undefined;
    const tagged = plan.decisions.filter((d) => d.action === 'released');
    const unfinished = gh ? gh.api.unfinishedDrafts(gh.session, tagged) : [];
    const unchanged = tagged.filter((d) => !unfinished.some((u) => u.decision === d)).map((d) => row(d, 'unchanged', ''));
    const toRelease = plan.decisions.filter((d) => d.action === 'release');
    if (inputs.planOnly || (toRelease.length === 0 && unfinished.length === 0)) {
        report.rows = [...toRelease.map((d) => row(d, 'release', '')), ...unchanged];
        report.status = inputs.planOnly ? 'plan' : 'unchanged';
        return finish(env, report, toRelease.length > 0 ? 'release' : undefined);
    }
    const releases = await packageAll(env, toRelease, report);
    const assetPlans = gh ? await gh.api.planAssets(gh.session, releases.map(chartAsset)) : [];
    const { PagesBranch } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7969));
    const pages = await PagesBranch.open((0,publish_helm_env/* pagesOptions */.vk)(env));
    try {
        let index = await planIndex(env, pages, releases);
        for (const w of index.warnings) {
            log.warning(w);
            report.warnings.push(w);
        }
        const oci = await checkAllOci(env, releases);
        if (!inputs.skipExisting)
            refuseExisting(env, releases, index, oci, assetPlans);
        report.diff = index.diff;
        const rowsOf = (action, ociRefs = new Map()) => [
            ...releases.map((r) => ({ ...row(r.decision, action, r.chart.digest), ...(ociRefs.has(r) ? { oci: ociRefs.get(r) } : {}) })),
            ...unfinished.map((u) => row(u.decision, action, u.digest)),
            ...unchanged,
        ];
        if (inputs.dryRun) {
            for (const u of unfinished)
                log.info(`dry run: would publish the draft release ${u.decision.tag} (its chart is tagged already)`);
            report.rows = rowsOf('release');
            report.status = 'dry-run';
            return finish(env, report, 'release');
        }
        // charts-releases.ts step 2: the drafts and their packages, before the index names their URLs
        const drafts = gh ? await gh.api.uploadAssets(gh.session, releases.map(chartAsset), assetPlans, plan.head, log) : [];
        if (index.added.length > 0) {
            index = await pushIndex(env, pages, releases, index);
            report.diff = index.diff;
        }
        const ociRefs = await pushAllOci(env, oci);
        const git = new git_git/* Git */.TU(env.ctx.workspace, { token: inputs.token || undefined, serverUrl: env.ctx.serverUrl });
        await pushChartTags(git, plan.remote, plan.head, releases.map((r) => ({ tag: r.decision.tag, name: r.chart.name, version: r.chart.version, folder: r.decision.chart.folder, digest: r.chart.digest })), env.config.gitIdentity);
        if (releases.length > 0)
            log.info(`tags pushed: ${releases.map((r) => r.decision.tag).join(', ')}`);
        // step 4: the tags exist, so publishing a draft creates none
        if (gh)
            report.releases = (await gh.api.publishDrafts(gh.session, [...drafts, ...unfinished.map((u) => u.release)], log)).map((r) => ({ tag: r.tag_name, url: r.html_url }));
        report.rows = rowsOf('released', ociRefs);
        report.status = 'published';
        return finish(env, report, 'released');
    }
    finally {
        await pages.close();
    }
}
async function openGitHub(env) {
    const api = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 3663));
    return { api, session: await api.openReleases(env) };
}
function chartAsset(r) {
    return { tag: r.decision.tag, version: r.chart.version, filename: r.chart.filename, digest: r.chart.digest, bytes: r.chart.bytes, ...(r.chart.metadata.description ? { description: r.chart.metadata.description } : {}) };
}
async function pushAllOci(env, oci) {
    const refs = new Map();
    for (const [r, { target }] of oci) {
        const pushed = await (await Promise.all(/* import() */[__webpack_require__.e(701), __webpack_require__.e(687)]).then(__webpack_require__.bind(__webpack_require__, 2687))).pushOci(target);
        env.log.info(`OCI ${pushed.ref}: ${pushed.status} (${pushed.digest})`);
        refs.set(r, `${pushed.ref}@${pushed.digest}`);
    }
    return refs;
}
function row(d, action, digest) {
    return { name: d.chart.name, folder: d.chart.folder, version: d.chart.version, tag: d.tag, action, digest };
}
/** Outputs and summary; `listed` is the action of the charts that go into `released-charts`. */
function finish(env, report, listed) {
    const rows = report.rows.map(({ oci: _oci, ...r }) => r);
    const released = listed ? rows.filter((r) => r.action === listed) : [];
    return {
        summary: renderChartsSummary(report, env.inputs.indexPath, env.settings.pagesBranch),
        outputs: {
            charts: JSON.stringify(rows),
            'released-charts': JSON.stringify(released),
            'released-count': String(released.length),
            status: report.status,
            'index-url': env.helm.chartUrl(env.settings.repoUrl, env.inputs.indexPath),
        },
    };
}
/** Every chart to release validated and packaged, before anything remote is read. */
async function packageAll(env, decisions, report) {
    const { helm, ctx, inputs, settings, log } = env;
    const out = [];
    const dependencies = await (0,publish_helm_dependencies/* dependencyOptions */.Q)(env);
    for (const d of decisions) {
        const chart = await (0,publish_helm_chart/* buildChart */.Jw)(helm, ctx.workspace, d.chart.folder, '', (0,external_node_path_.join)(ctx.runnerTemp, 'publish-helm-packages'), { lintManifests: inputs.lintTemplates, dependencies });
        if (chart.name !== d.chart.name || chart.version !== d.chart.version) {
            throw new errors/* ActionError */.lZ(`${d.chart.folder}/Chart.yaml changed while the run read it (${d.chart.name} ${d.chart.version}, then ${chart.name} ${chart.version}). Nothing was written.`);
        }
        for (const w of chart.warnings) {
            (0,publish_helm_env/* warnAt */.e4)(log, w);
            report.warnings.push(w);
        }
        for (const r of chart.resolutions) {
            log.info(`${d.chart.folder}: dependency ${r.replaceAll('`', '')}`);
            (report.resolutions ??= []).push(`\`${d.chart.folder}\`: ${r}`);
        }
        const tgzPath = inputs.packagesDir ? `${inputs.packagesDir}/${chart.filename}` : chart.filename;
        log.info(`packaged ${d.chart.folder} as ${chart.path} (${chart.bytes.length} bytes, sha256 ${chart.digest})`);
        const url = inputs.assetLocation === 'release' ? (await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 3663))).chartAssetUrl(env, d.tag, chart.filename) : helm.chartUrl(settings.repoUrl, tgzPath);
        out.push({ decision: d, chart, tgzPath, url });
    }
    return out;
}
/** The index with every entry merged in one pass, from the work tree as it is now; throws for a malformed index, another digest or a stray package. */
async function planIndex(env, pages, releases) {
    const { helm, inputs, settings } = env;
    const file = inputs.indexPath;
    const before = await pages.read(file);
    const entries = new Map(releases.map((r) => [{ metadata: r.chart.metadata, urls: [r.url], digest: r.chart.digest }, r]));
    let merge;
    try {
        merge = helm.mergeIndexEntries(before, [...entries.keys()], { file, now: helm.nowInstant() });
    }
    catch (e) {
        throw (0,publish_helm_env/* onBranch */.GO)(e, settings.pagesBranch, file);
    }
    const added = merge.added.map((e) => entries.get(e));
    const { sha256 } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7969));
    const tgzs = [];
    // with asset-location: release the packages are release assets, not files on the branch
    for (const r of inputs.assetLocation === 'pages' ? added : []) {
        const there = await pages.read(r.tgzPath);
        if (there && sha256(there) !== r.chart.digest) {
            throw new errors/* ActionError */.lZ(`${r.tgzPath} is on branch ${settings.pagesBranch} already with sha256 ${sha256(there)}, though ${file} does not list ${r.chart.name} ${r.chart.version}; this package has sha256 ${r.chart.digest}. ` +
                'A file at a published URL is never replaced: bump the chart version, or remove the stray file. Nothing was written.');
        }
        if (!there)
            tgzs.push(r);
    }
    return { before, bytes: added.length > 0 ? merge.bytes : (before ?? Buffer.alloc(0)), added, tgzs, warnings: merge.warnings, ...(added.length > 0 && merge.diff ? { diff: merge.diff } : {}) };
}
/** Each chart's OCI tag looked up (read only); throws when one holds another manifest. */
async function checkAllOci(env, releases) {
    const out = new Map();
    const { settings, inputs } = env;
    if (!settings.ociRegistry)
        return out;
    const oci = await Promise.all(/* import() */[__webpack_require__.e(701), __webpack_require__.e(687)]).then(__webpack_require__.bind(__webpack_require__, 2687));
    for (const r of releases) {
        const target = {
            location: settings.ociRegistry,
            chartName: r.chart.name,
            version: r.chart.version,
            bytes: r.chart.bytes,
            metadata: r.chart.metadata,
            ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
        };
        out.set(r, { target, check: await oci.checkOci(target) });
    }
    return out;
}
function refuseExisting(env, releases, index, oci, assets) {
    const there = releases.flatMap((r, i) => [
        ...(assets[i]?.action === 'keep' ? [`${r.chart.filename} on release ${r.decision.tag}`] : []),
        ...(index.added.includes(r) ? [] : [`${r.chart.name} ${r.chart.version} in ${env.inputs.indexPath}`]),
        ...(oci.get(r)?.check.existing === 'same' ? [oci.get(r).check.ref] : []),
    ]);
    if (there.length > 0)
        throw new errors/* ActionError */.lZ(`published already (${there.join(', ')}) and skip-existing is false. Nothing was written.`);
}
/**
 * One commit with every new entry (and package), pushed with retries: when the branch moved,
 * every entry is merged again into the index as it is now; never forced.
 */
async function pushIndex(env, pages, releases, first) {
    const { inputs, settings, log } = env;
    let current = first;
    const apply = async (p) => {
        await pages.write(inputs.indexPath, p.bytes);
        for (const r of p.tgzs)
            await pages.write(r.tgzPath, r.chart.bytes);
        await pages.commit(commitMessage(p.added), [inputs.indexPath, ...p.tgzs.map((r) => r.tgzPath)]);
    };
    await apply(current);
    const result = await pages.push(async () => {
        log.info(`branch ${settings.pagesBranch} moved while pushing: merging the entries again into the new ${inputs.indexPath}`);
        current = await planIndex(env, pages, releases);
        if (current.added.length === 0)
            return false;
        await apply(current);
        return true;
    });
    log.info(`${inputs.indexPath} on ${settings.pagesBranch}: ${result.pushed ? `${current.added.length} entries pushed in one commit (attempt ${result.attempts})` : 'the entries were added by another run meanwhile'}`);
    return current;
}
function commitMessage(added) {
    const subject = added.length === 1 ? `chore(helm): publish ${added[0].chart.name} ${added[0].chart.version}` : `chore(helm): publish ${added.length} charts`;
    return `${subject}\n\n${added.map((r) => `${r.chart.name} ${r.chart.version} sha256 ${r.chart.digest}\n${r.url}`).join('\n')}\n`;
}


/***/ }),

/***/ 2625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DIFF_LINES: () => (/* binding */ DIFF_LINES),
/* harmony export */   clipDiff: () => (/* binding */ clipDiff),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _lib_runner_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3653);
/** The job summary: what was published where, and the index change as a diff. Pure. */

/** Lines of the diff shown in the summary (the job summary is limited to 1 MiB). */
const DIFF_LINES = 400;
function clipDiff(diff, max = DIFF_LINES) {
    const lines = diff.replace(/\n$/, '').split('\n');
    if (lines.length <= max)
        return `${lines.join('\n')}\n`;
    return `${lines.slice(0, max).join('\n')}\n… ${lines.length - max} more lines\n`;
}
function renderSummary(r) {
    const what = r.mode === 'publish' ? `${r.chart} ${r.version}` : `${r.mode} ${r.chart} ${r.version}`;
    const s = new _lib_runner_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD().heading(`publish-helm: ${what}${r.dryRun ? ' — dry run, nothing written' : ''}`);
    s.text(`Status: **${r.status}**`);
    if (r.steps.length > 0)
        s.table(['step', 'status', 'detail'], r.steps.map((x) => [x.what, x.status, x.detail]));
    if (r.warnings.length > 0)
        s.text(r.warnings.map((w) => `- ⚠️ ${w}`).join('\n'));
    if (r.diff) {
        const lines = r.diff.split('\n').length - 1;
        s.details(`index change (${lines} diff lines${r.dryRun ? ', not pushed' : ''})`, `\n${clipDiffBlock(r.diff)}`);
    }
    return s.toString();
}
function clipDiffBlock(diff) {
    return new _lib_runner_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD().code(clipDiff(diff), 'diff').toString();
}


/***/ })

};
