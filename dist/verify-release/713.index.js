export const id = 713;
export const ids = [713,435];
export const modules = {

/***/ 41713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _crds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3016);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73997);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69435);
/**
 * helm-repo: `REPO_URL/index.yaml` lists the chart at the release version; its
 * first URL (relative ones resolve against the repository URL) downloads; the
 * archive's sha256 equals the index's `digest`; and the archive holds the chart's
 * CRDs, identical as YAML to the workspace's `crds/` files.
 *
 * The index and the archive are read through actions/lib/helm, as publish-helm writes them:
 * `readIndex` (strict: a malformed index fails with its line), `resolveChart` (the entry Helm's
 * IndexFile.Get gives for the version), `resolveReferenceUrl`, `readArchive`.
 *
 * The package it found and downloaded is what the signature checks then prove (the index is read
 * once a run).
 *
 * Polled: an index that is not served yet (404, 5xx, connection refused), that does
 * not list the version yet, or an archive that does not download yet, is waited for
 * (GitHub Pages publishes with a delay). What waiting cannot fix fails at once: an
 * index that is not valid, a digest that does not match, CRDs missing from the archive.
 */




const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
const finish = (ok, detail) => ({ done: true, value: { ok, detail } });
const wait = (missing) => ({ done: false, missing });
async function run(ctx) {
    const repoUrl = (ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl).replace(/\/+$/, '');
    const chart = await ctx.chart();
    const base = safeUrl(`${repoUrl}/`);
    if (typeof base === 'string')
        return { status: 'failed', detail: base };
    const helm = await Promise.all(/* import() */[__webpack_require__.e(828), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 84143));
    const indexUrl = new URL(helm.repositoryIndexUrl(base.href));
    const limit = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__.requestTimeout)(ctx.poll.timeoutMs);
    const look = async () => {
        const bytes = await get(indexUrl, limit);
        if (typeof bytes === 'string')
            return wait(bytes);
        let index;
        try {
            index = helm.readIndex(bytes, indexUrl.href);
        }
        catch (err) {
            // a FileError: `<index URL>:<line>: what is wrong`
            return finish(false, err.message);
        }
        const listed = index.charts.find((c) => c.name === chart.name);
        if (!listed)
            return wait(`${indexUrl.href} has no chart ${chart.name} (charts: ${index.charts.map((c) => c.name).join(', ') || 'none'})`);
        // the exact version, as Helm's IndexFile.Get answers `--version X.Y.Z` (a leading v aside)
        const entry = helm.resolveChart(index, chart.name, ctx.version);
        if (!entry || entry.version.replace(/^v/, '') !== ctx.version.replace(/^v/, '')) {
            const versions = helm.sortedVersions(listed.versions).map((v) => v.version).slice(0, 5);
            return wait(`${indexUrl.href} does not list ${chart.name} ${ctx.version} yet (it lists ${versions.join(', ') || 'no version'})`);
        }
        if (!entry.digest)
            return finish(false, `${indexUrl.href}:${entry.line}: ${chart.name} ${ctx.version} has no sha256 digest`);
        let archiveUrl;
        try {
            archiveUrl = safeUrl(helm.resolveReferenceUrl(base.href, entry.urls[0]));
        }
        catch {
            archiveUrl = `${indexUrl.href}:${entry.line}: ${chart.name} ${ctx.version} has an invalid URL ${JSON.stringify(entry.urls[0])}`;
        }
        if (typeof archiveUrl === 'string')
            return finish(false, archiveUrl);
        const archive = await get(archiveUrl, limit);
        if (typeof archive === 'string')
            return wait(archive);
        const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(archive).digest('hex');
        if (actual !== entry.digest)
            return finish(false, `${archiveUrl.href} has sha256 ${actual}, the index says ${entry.digest}`);
        found = { url: helm.repositoryIndexUrl(`${repoUrl}/`), digest: `sha256:${entry.digest}`, name: chart.name, chartUrl: helm.resolveReferenceUrl(`${repoUrl}/`, entry.urls[0]) };
        return inspectArchive(helm, archive, archiveUrl.href, chart.crds, actual);
    };
    let found;
    const outcome = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .poll */ .wt)(look, { ...ctx.poll, onWait: (missing, ms) => ctx.log.info(`helm-repo: ${missing}; looking again in ${Math.round(ms)} ms`) });
    if (!outcome.value)
        return { status: 'failed', detail: `still missing after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
    // the signature checks prove the package this check downloaded, without reading the index again
    if (outcome.value.ok && found)
        ctx.published.chartPackage ??= Promise.resolve(found);
    return { status: outcome.value.ok ? 'passed' : 'failed', detail: outcome.value.detail };
}
/** The URL when it is https (or http to a loopback host), else why not. */
function safeUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return `${JSON.stringify(text)} is not a URL`;
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback))
        return url;
    return `${url.href}: expected an https:// URL (plain http only for a loopback host)`;
}
/** The body, or what is wrong (for the "still missing" message). */
async function get(url, timeoutMs) {
    let response;
    try {
        response = await fetch(url, { headers: { 'cache-control': 'no-cache', 'user-agent': 'release-actions-verify-release' }, signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (err) {
        const cause = err.cause;
        return `GET ${url.href}: ${cause?.code ?? cause?.message ?? err.message}`;
    }
    if (!response.ok) {
        await response.arrayBuffer().catch(() => undefined);
        return `GET ${url.href}: HTTP ${response.status}`;
    }
    const size = Number(response.headers.get('content-length') ?? '0');
    if (size > MAX_ARCHIVE_BYTES)
        return `GET ${url.href}: ${size} bytes is more than a chart can be`;
    return new Uint8Array(await response.arrayBuffer());
}
async function inspectArchive(helm, bytes, where, expected, digest) {
    const files = new Map();
    try {
        const members = await helm.readArchive(bytes, { keep: (path) => /^[^/]+\/crds\/[^/]+$/.test(path) && (0,_crds_js__WEBPACK_IMPORTED_MODULE_1__/* .isCrdFile */ .oG)(path) });
        for (const [path, body] of members)
            files.set(path, body.toString('utf8'));
    }
    catch (err) {
        return finish(false, `${where} is not a chart archive (.tgz): ${err.message}`);
    }
    // a chart that ships no CRDs (llm-d-infra's) is complete without crds/; one whose workspace
    // chart has CRDs must carry them
    if (files.size === 0 && expected.size === 0)
        return finish(true, `${where} sha256 ${digest.slice(0, 12)}… = index digest; the chart has no CRDs`);
    if (files.size === 0)
        return finish(false, `${where} (sha256 ${digest.slice(0, 12)}… = index digest) holds no crds/ files, while the chart's crds/ has ${expected.size}`);
    const inArchive = (0,_crds_js__WEBPACK_IMPORTED_MODULE_1__/* .readCrds */ .nN)(files);
    if (inArchive.problems.length > 0)
        return finish(false, `${where}: ${inArchive.problems.join('; ')}`);
    const names = inArchive.docs.map((d) => d.name);
    if (expected.size > 0) {
        const c = (0,_crds_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCrds */ .SM)((0,_crds_js__WEBPACK_IMPORTED_MODULE_1__/* .readCrds */ .nN)(expected).docs, inArchive.docs);
        const issues = [...c.missing.map((n) => `${n} is missing from the archive`), ...c.different.map((d) => `${d.name} in ${d.actualFile} has ${d.difference.actual} at ${d.difference.path}, ${d.expectedFile} has ${d.difference.expected}`)];
        if (issues.length > 0)
            return finish(false, `${where}: ${issues.join('; ')}`);
    }
    return finish(true, `${where} sha256 ${digest.slice(0, 12)}… = index digest; CRDs: ${names.join(', ')}`);
}


/***/ }),

/***/ 3016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SM: () => (/* binding */ compareCrds),
/* harmony export */   nN: () => (/* binding */ readCrds),
/* harmony export */   oG: () => (/* binding */ isCrdFile)
/* harmony export */ });
/* unused harmony export firstDifference */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/**
 * CustomResourceDefinitions compared as YAML (not as bytes): key order, quoting,
 * comments and document markers do not matter, values do. Pure.
 */


/** The CRDs of a set of files (path → text); a file may hold several documents. */
function readCrds(files) {
    const docs = [];
    const problems = [];
    for (const [file, text] of files) {
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text);
        if (!Array.isArray(parsed)) {
            problems.push(`${file}: empty`);
            continue;
        }
        for (const [i, doc] of parsed.entries()) {
            const error = doc.errors[0];
            if (error) {
                problems.push(`${file}: not valid YAML (${error.message.split('\n')[0]})`);
                break;
            }
            const value = doc.toJS();
            if (value === null || value === undefined)
                continue;
            const obj = value;
            if (obj.kind !== 'CustomResourceDefinition' || typeof obj.metadata?.name !== 'string') {
                problems.push(`${file}${parsed.length > 1 ? ` (document ${i + 1})` : ''}: not a CustomResourceDefinition with metadata.name`);
                continue;
            }
            docs.push({ name: obj.metadata.name, file, value });
        }
    }
    return { docs, problems };
}
function show(v) {
    const s = v === undefined ? '(missing)' : JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** The first key path (in sorted key order) where `actual` differs from `expected`. */
function firstDifference(expected, actual, path = '') {
    if ((0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(expected, actual))
        return undefined;
    const a = expected;
    const b = actual;
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const d = firstDifference(a[i], b[i], `${path}[${i}]`);
            if (d)
                return d;
        }
    }
    else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const k of keys) {
            const d = firstDifference(a[k], b[k], path ? `${path}.${k}` : k);
            if (d)
                return d;
        }
    }
    return { path: path || '(document)', expected: show(a), actual: show(b) };
}
/** Compares the CRDs that should be there (`expected`) with those that are (`actual`), by name. */
function compareCrds(expected, actual) {
    const byName = new Map(actual.map((d) => [d.name, d]));
    const out = { same: [], missing: [], different: [], extra: [] };
    for (const e of expected) {
        const a = byName.get(e.name);
        if (!a)
            out.missing.push(e.name);
        else {
            const difference = firstDifference(e.value, a.value);
            if (difference)
                out.different.push({ name: e.name, expectedFile: e.file, actualFile: a.file, difference });
            else
                out.same.push(e.name);
        }
    }
    const names = new Set(expected.map((e) => e.name));
    out.extra = actual.filter((a) => !names.has(a.name)).map((a) => a.name);
    return out;
}
const isCrdFile = (name) => /\.(ya?ml|json)$/i.test(name);


/***/ }),

/***/ 69435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryClients: () => (/* binding */ registryClients),
/* harmony export */   releaseImages: () => (/* binding */ releaseImages),
/* harmony export */   remoteVerdict: () => (/* binding */ remoteVerdict),
/* harmony export */   requestTimeout: () => (/* binding */ requestTimeout)
/* harmony export */ });
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27378);
/* harmony import */ var _lib_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);


/** Per-attempt time limit of one request: RELEASE_ACTIONS_REQUEST_TIMEOUT_MS, less with a short timeout (never under 5 s). */
/**
 * The release's images: the `images` input, else the configuration's. `none` (a release of the
 * chart alone, release.yaml `image: none`) is no image at all.
 */
function releaseImages(ctx) {
    const images = ctx.inputs.images.length > 0 ? ctx.inputs.images : ctx.config.images;
    return images[0] === 'none' ? [] : images;
}
function requestTimeout(timeoutMs) {
    return Math.min((0,_lib_runner_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .requestTimeoutMs */ .Hl)(), Math.max(5_000, timeoutMs));
}
/** One client per registry host, with the given credentials (anonymous without). */
function registryClients(ctx) {
    const clients = new Map();
    return {
        get(registry) {
            let client = clients.get(registry);
            if (!client) {
                client = __webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 40727)).then(({ OciClient }) => new OciClient({ registry, ...(ctx.credentials ? { credentials: ctx.credentials } : {}), timeoutMs: requestTimeout(ctx.poll.timeoutMs), userAgent: 'release-actions-verify-release' }));
                clients.set(registry, client);
            }
            return client;
        },
    };
}
/**
 * Runs one look at a registry. A refusal (401 after authenticating, 403) is final:
 * waiting does not fix credentials. Other remote trouble (5xx after the client's own
 * retries, a connection refused) is waited out like a missing artifact.
 */
async function remoteVerdict(look, fail) {
    try {
        return await look();
    }
    catch (err) {
        if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi) {
            if (err.status === 401 || err.status === 403)
                return fail(err.message);
            return { done: false, missing: err.message };
        }
        if (err instanceof _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
            return fail(err.message);
        throw err;
    }
}


/***/ })

};
