export const id = 443;
export const ids = [443];
export const modules = {

/***/ 1443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Repositories: () => (/* binding */ Repositories),
/* harmony export */   fetchDependencies: () => (/* binding */ fetchDependencies),
/* harmony export */   readResolveSources: () => (/* binding */ readResolveSources)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7378);
/* harmony import */ var _archive_members_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4819);
/* harmony import */ var _index_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4500);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7723);
/**
 * Fetching the dependencies a `DependencyPlan` names, as `helm dependency build` does: from a
 * Helm repository (its `index.yaml`, the entry of that name and version, its first URL resolved
 * against the repository) or an OCI registry (the chart layer of `<repo>/<name>:<version>`).
 *
 * What is checked, each time, before an archive is used:
 * - repository: the archive's sha256 equals the index entry's `digest` (when the index gives a
 *   sha256, `sha256:` prefix or not; Helm's own downloader does not compare them, its content
 *   cache is keyed by them). The index is read as Helm loads it (index-load.ts);
 * - OCI: the blob's sha256 equals the layer digest of the manifest (as Helm's registry client);
 * - both: the archive unpacks and its `<folder>/Chart.yaml` names the locked chart and version
 *   (Helm's safeMoveDeps loads every downloaded archive as a chart).
 *
 * A `file://` dependency is the chart folder it names, packaged as packageChart packages (it
 * must stay inside the repository, and be the locked version).
 *
 * A content cache keyed by digest: `sha256/<hex>.tgz`, and `refs/<key>` mapping a lock entry
 * (repository, name, version) to the digest it resolved to. A dependency found there (and whose
 * bytes still hash to their name) costs no request at all.
 */







const sha256 = (b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex');
/** The cache: content by digest, and which digest each lock entry resolved to. */
class ContentCache {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    refFile(d) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'refs', sha256(Buffer.from(`${d.repository}\0${d.name}\0${d.version}`)));
    }
    blobFile(digest) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'sha256', `${digest}.tgz`);
    }
    /** The archive recorded for this lock entry, when it is there and intact. */
    async get(d) {
        const digest = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.refFile(d), 'utf8').catch(() => '')).trim();
        if (!/^[0-9a-f]{64}$/.test(digest))
            return undefined;
        const file = this.blobFile(digest);
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file).catch(() => undefined);
        if (!bytes || sha256(bytes) !== digest)
            return undefined;
        return { bytes, digest, file };
    }
    async put(d, bytes, digest) {
        await this.atomicWrite(this.blobFile(digest), bytes);
        await this.atomicWrite(this.refFile(d), `${digest}\n`);
    }
    async atomicWrite(file, data) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(file, '..'), { recursive: true });
        const tmp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
}
async function httpGet(url, what, options) {
    const { send, assertSafeUrl } = await __webpack_require__.e(/* import() */ 309).then(__webpack_require__.bind(__webpack_require__, 7309));
    const target = new URL(url);
    assertSafeUrl(target, what);
    const response = await send(target, { method: 'GET', headers: { accept: '*/*', 'user-agent': 'release-actions-helm-dependencies' } }, { fetch: options.fetch, timeoutMs: options.timeoutMs });
    if (!response.ok) {
        await response.arrayBuffer().catch(() => undefined);
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RemoteError */ .Hi(`GET ${target.origin}${target.pathname} (${what}): HTTP ${response.status}`, response.status);
    }
    return Buffer.from(await response.arrayBuffer());
}
/** One `index.yaml` per repository per run, read through the library's index reader (resolution and fetching share it). */
class Repositories {
    options;
    indexes = new Map();
    constructor(options) {
        this.options = options;
    }
    index(repository) {
        let index = this.indexes.get(repository);
        if (!index) {
            const url = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryIndexUrl */ .c7)(repository);
            index = httpGet(url, 'Helm repository index', this.options).then((bytes) => (0,_index_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRepositoryIndex */ .T)(bytes, url));
            this.indexes.set(repository, index);
        }
        return index;
    }
}
/** Helm's findVersionedEntry: the first entry with urls whose version equals the lock's as SemVer. */
function versionEquals(a, b) {
    // Masterminds' Equal: a leading v and build metadata do not count
    const core = (v) => (v.startsWith('v') ? v.slice(1) : v).split('+')[0];
    return core(a) === core(b);
}
async function fromRepository(d, repos, options) {
    const index = await repos.index(d.repository);
    const versions = index.charts.find((c) => c.name === d.name)?.versions ?? [];
    const entry = versions.find((v) => v.urls.length > 0 && versionEquals(v.version, d.version));
    if (!entry) {
        const listed = versions.map((v) => v.version).slice(0, 8).join(', ');
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${d.where}: ${d.name} ${d.version} is not in ${(0,_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryIndexUrl */ .c7)(d.repository)} (${listed ? `it lists ${listed}${versions.length > 8 ? ', …' : ''}` : 'no such chart'}); run 'helm dependency update' to lock a version the repository has`);
    }
    const url = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveReferenceUrl */ .f5)(d.repository, entry.urls[0]);
    const bytes = await httpGet(url, `${d.name} ${d.version}`, options);
    // Helm writes the hex digest; some repositories prefix it with the algorithm (Helm strips it)
    const expected = entry.digest?.replace(/^sha256:/, '');
    return { bytes, from: url, ...(expected && /^[0-9a-f]{64}$/.test(expected) ? { expected } : {}) };
}
async function fromRegistry(d, options) {
    const [{ parseChartLocation }, { OciClient }, { HELM_CHART_LAYER, OCI_MANIFEST }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7837)),
        Promise.all(/* import() */[__webpack_require__.e(701), __webpack_require__.e(100)]).then(__webpack_require__.bind(__webpack_require__, 2701)),
        __webpack_require__.e(/* import() */ 228).then(__webpack_require__.bind(__webpack_require__, 6228)),
    ]);
    const { registry, repository } = parseChartLocation(d.repository, d.name);
    const tag = d.version.replaceAll('+', '_');
    const ref = `${registry}/${repository}:${tag}`;
    const credentials = options.credentials?.(registry);
    const client = new OciClient({ registry, fetch: options.fetch, timeoutMs: options.timeoutMs, ...(credentials ? { credentials } : {}), userAgent: 'release-actions-helm-dependencies' });
    const manifest = await client.getManifest(repository, tag, [OCI_MANIFEST]);
    if (!manifest)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${d.where}: ${ref} does not exist; run 'helm dependency update' to lock a version the registry has`);
    const layers = (manifest.json.layers ?? []).filter((l) => l.mediaType === HELM_CHART_LAYER);
    if (layers.length !== 1 || !layers[0].digest)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${d.where}: ${ref} is not a Helm chart (expected one ${HELM_CHART_LAYER} layer, found ${layers.length})`);
    // getBlob checks the content against the layer digest
    const bytes = Buffer.from(await client.getBlob(repository, layers[0].digest));
    return { bytes, from: `oci://${ref}` };
}
/** The folder a `file://` repository names (relative to the chart), refused outside the repository. */
async function localFolder(repository, where, name, options) {
    if (!options.local)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${where}: ${repository} is a local folder, which cannot be read here; vendor ${name} under charts/`);
    const { isAbsolute, relative, resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    const dir = resolve(options.local.chartDir, repository.slice('file://'.length));
    const inside = relative(options.local.root, dir);
    if (inside.startsWith('..') || isAbsolute(inside)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${where}: ${repository} points outside the repository (${dir}); vendor ${name} under charts/ instead`);
    }
    return { dir, inside };
}
/**
 * Helm's tarFromLocalDir: the chart folder a `file://` repository names (relative to the chart),
 * packaged — here reproducibly, by packageChart — when its version is the locked one.
 */
async function fromFolder(d, options) {
    const { dir, inside } = await localFolder(d.repository, d.where, d.name, options);
    const { packageChart } = await Promise.all(/* import() */[__webpack_require__.e(306), __webpack_require__.e(795)]).then(__webpack_require__.bind(__webpack_require__, 9795));
    let pkg;
    try {
        pkg = packageChart(dir, { displayDir: inside });
    }
    catch (e) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${d.where}: the chart ${d.name} at ${d.repository} cannot be packaged: ${e.message}`);
    }
    return { bytes: pkg.bytes, from: inside };
}
/** A repository's index for resolution; a failure names the first dependency that needs it and the fix. */
async function indexFor(u, repository, repos) {
    try {
        return await repos.index(repository);
    }
    catch (e) {
        // a malformed index is refused at its own line (FileError), which says more than ours would
        if (!(e instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ) || e instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6)
            throw e;
        const d = u.missing.find((m) => m.repository === repository);
        const message = `${u.chartFile}:${d.line}: dependency '${d.name}' (${d.version ?? 'no version'}) cannot be resolved without a Chart.lock: ${e.message}; check the repository URL, or run 'helm dependency update' and commit Chart.lock`;
        throw e instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RemoteError */ .Hi ? new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RemoteError */ .Hi(message, e.status, { cause: e }) : new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(message, { cause: e });
    }
}
/**
 * What resolving dependencies without a lock reads (dependencies-resolve.ts): each http(s)
 * repository's `index.yaml` (once, kept in `repos` for the fetch that follows) and each
 * `file://` folder's chart version.
 */
async function readResolveSources(u, repos, options) {
    const indexes = new Map(await Promise.all(u.repositories.map(async (r) => [r, await indexFor(u, r, repos)])));
    const folders = new Map();
    for (const repository of u.folders) {
        const d = u.missing.find((m) => m.repository === repository);
        const where = `${u.chartFile}:${d.line}`;
        const { dir, inside } = await localFolder(repository, where, d.name, options);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'Chart.yaml'), 'utf8').catch(() => undefined);
        if (text === undefined)
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${where}: ${repository} names ${inside}, which holds no Chart.yaml; point it at a chart folder or vendor ${d.name} under charts/`);
        const { parseChartYaml } = await __webpack_require__.e(/* import() */ 824).then(__webpack_require__.bind(__webpack_require__, 7443));
        folders.set(repository, parseChartYaml(text, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(inside, 'Chart.yaml')).metadata.version);
    }
    return { index: (r) => indexes.get(r), folderVersion: (r) => folders.get(r) };
}
/** The archive is the locked chart: it unpacks, and its Chart.yaml names that chart and version. */
async function checkArchive(d, bytes, from) {
    let chart;
    try {
        chart = await (0,_archive_members_js__WEBPACK_IMPORTED_MODULE_4__/* .archivedChart */ .v)(bytes);
    }
    catch (e) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${d.where}: ${from} is not a chart archive: ${e.message}`);
    }
    if (chart.name !== d.name || !versionEquals(chart.version, d.version)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${d.where}: ${from} holds chart ${chart.name} ${chart.version}, not the locked ${d.name} ${d.version}; the repository serves another chart under this name and version`);
    }
}
/**
 * Fetches (or finds in the cache) every planned dependency, checks each, and returns the
 * archives to add to the package. Nothing but the cache is written; any failure throws before
 * anything is returned.
 */
async function fetchDependencies(plan, options) {
    const cache = new ContentCache(options.cacheDir);
    const repos = options.repositories ?? new Repositories(options);
    const out = [];
    for (const d of plan) {
        if (d.kind === 'file') {
            const got = await fromFolder(d, options);
            await checkArchive(d, got.bytes, got.from);
            out.push({ path: d.path, bytes: got.bytes, digest: sha256(got.bytes), source: 'folder', from: got.from });
            continue;
        }
        const cached = await cache.get(d);
        // a cache entry that is not the locked chart (a cache tampered with) is fetched again
        if (cached && (await checkArchive(d, cached.bytes, cached.file).then(() => true, () => false))) {
            out.push({ path: d.path, bytes: cached.bytes, digest: cached.digest, source: 'cache', from: cached.file });
            continue;
        }
        const got = d.kind === 'oci' ? await fromRegistry(d, options) : await fromRepository(d, repos, options);
        const digest = sha256(got.bytes);
        if ('expected' in got && got.expected && got.expected !== digest) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${d.where}: ${got.from} has sha256 ${digest}, but ${(0,_resolve_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryIndexUrl */ .c7)(d.repository)} gives ${d.name} ${d.version} the digest ${got.expected}; the archive is not the one the repository lists. Nothing was written.`);
        }
        await checkArchive(d, got.bytes, got.from);
        await cache.put(d, got.bytes, digest);
        out.push({ path: d.path, bytes: got.bytes, digest, source: d.kind === 'oci' ? 'oci' : 'repository', from: got.from });
    }
    return out;
}


/***/ })

};
