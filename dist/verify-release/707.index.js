export const id = 707;
export const ids = [707,305];
export const modules = {

/***/ 57305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   isNotFound: () => (/* binding */ isNotFound),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4100);
/**
 * The suite's one way to build an Octokit: retries for transient failures,
 * throttling for rate limits, a per-attempt timeout, and the API URL of the
 * runner (so GitHub Enterprise Server works unchanged).
 *
 * Every wait (retry back-off, rate-limit waits, the write spacing GitHub asks
 * integrators to keep) is multiplied by RELEASE_ACTIONS_RETRY_SCALE, so tests
 * exercise the real retry paths in milliseconds instead of skipping them.
 */






/** Beyond this a rate-limit wait is not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_S = 15 * 60;
function createGitHubClient(opts) {
    const scale = opts.retryScale ?? (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__/* .retryScale */ .H5)();
    const retries = opts.retries ?? 3;
    const timeoutMs = opts.timeoutMs ?? (0,_runner_tuning_js__WEBPACK_IMPORTED_MODULE_3__/* .requestTimeoutMs */ .Hl)();
    const log = opts.log ?? ((message) => process.stdout.write(`${message}\n`));
    const noop = () => undefined;
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        const what = `${options.method} ${options.url}`;
        if (retryCount >= retries || retryAfter > MAX_RATE_LIMIT_WAIT_S) {
            log(`GitHub ${kind} rate limit hit for ${what}; giving up after ${retryCount} retries`);
            return false;
        }
        log(`GitHub ${kind} rate limit hit for ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
        baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: opts.userAgent ?? 'release-actions',
        log: { debug: noop, info: noop, warn: log, error: log },
        request: { fetch: withTimeout(baseFetch(), timeoutMs) },
        retry: {
            retries,
            retryAfterBaseValue: 1000 * scale,
            // 403 and 429 belong to throttling, which knows how long to wait; a 409
            // conflict would only replay the same stale precondition.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: 1000 * scale,
            ...throttleGroups(scale),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/** The HTTP status of an Octokit RequestError (or anything carrying one). */
function statusOf(err) {
    if (typeof err === 'object' && err !== null && 'status' in err) {
        const status = err.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function isNotFound(err) {
    return statusOf(err) === 404;
}
/** @actions/github's fetch honours the runner's proxy settings; keep it. */
function baseFetch() {
    return _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? globalThis.fetch;
}
/**
 * A fresh deadline per attempt. The deadline surfaces as a TimeoutError, which
 * @octokit/request turns into a retryable 500 (an AbortError would not be retried).
 */
function withTimeout(fetch, timeoutMs) {
    return (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return fetch(input, { ...init, signal });
    };
}
/**
 * plugin-throttling spaces writes 1 s apart (3 s for notification-triggering
 * ones) through module-wide groups; these are the same groups with scaled
 * spacing, shared per scale like the plugin shares its own.
 */
const groupsByScale = new Map();
function throttleGroups(scale) {
    let groups = groupsByScale.get(scale);
    if (!groups) {
        const common = { timeout: 2 * 60 * 1000 };
        groups = {
            global: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-global', maxConcurrent: 10, ...common }),
            auth: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-auth', maxConcurrent: 1, ...common }),
            search: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-search', maxConcurrent: 1, minTime: 2000 * scale, ...common }),
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-write', maxConcurrent: 1, minTime: 1000 * scale, ...common }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ id: 'octokit-notifications', maxConcurrent: 1, minTime: 3000 * scale, ...common }),
        };
        groupsByScale.set(scale, groups);
    }
    return groups;
}


/***/ }),

/***/ 54430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ imageCommands),
/* harmony export */   L: () => (/* binding */ commandBlock),
/* harmony export */   Q5: () => (/* binding */ checksumCommands),
/* harmony export */   xs: () => (/* binding */ chartCommands)
/* harmony export */ });
/**
 * The commands a user runs to check a release for themselves, filled in with this release's
 * repository, tag, signer workflow and digests. Pure text; verify-release puts them in the job
 * summary, docs/security.md explains them.
 */
const SPDX = 'https://spdx.dev/Document/v2.3';
/** `'…'` for a POSIX shell: the values come from names and digests, quoted all the same. */
function q(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function ghVerify(subject, s, extra = []) {
    return ['gh attestation verify', q(subject), '--repo', q(s.repository), '--signer-workflow', q(s.signerWorkflow), '--source-ref', q(`refs/tags/${s.tag}`), ...extra].join(' ');
}
/** Provenance and SBOM of an image index, by digest (a tag could move). */
function imageCommands(s, image, digest) {
    return [ghVerify(`oci://${image}@${digest}`, s), ghVerify(`oci://${image}@${digest}`, s, ['--predicate-type', SPDX])];
}
/** The chart: the package as downloaded, or pulled from the OCI registry (whose chart layer is that package); `helm verify` when a `.prov` is served. */
function chartCommands(s, chart) {
    const out = [`curl -fsSLO ${q(chart.packageUrl)}`, ghVerify(chart.packageFile, s)];
    if (chart.ociName && chart.version)
        out.push(`helm pull ${q(`oci://${chart.ociName}`)} --version ${q(chart.version)}`, ghVerify(chart.packageFile, s));
    if (chart.prov)
        out.push(`curl -fsSLO ${q(`${chart.packageUrl}.prov`)}`, `helm verify --keyring ~/.gnupg/pubring.gpg ${q(chart.packageFile)}`);
    return out;
}
/** The release assets against SHA256SUMS, and SHA256SUMS against its signature. */
function checksumCommands(s) {
    return [`gh release download ${q(s.tag)} --repo ${q(s.repository)}`, 'sha256sum -c SHA256SUMS', ghVerify('SHA256SUMS', s)];
}
/** A fenced block for a job summary or release notes. */
function commandBlock(title, lines) {
    return `**${title}**\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`;
}


/***/ }),

/***/ 23707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMS: () => (/* binding */ SUMS),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./actions/lib/github/client.ts
var github_client = __webpack_require__(57305);
;// CONCATENATED MODULE: ./actions/lib/github/asset-hash.ts
/**
 * The sha256 of a GitHub release asset, which is how every write of an asset is keyed (an
 * asset of the same name and the same bytes is kept, other bytes are a conflict). GitHub
 * gives `digest: "sha256:…"` on every asset uploaded since mid-2025; for an older asset, or a
 * GitHub Enterprise Server without the field, the bytes are downloaded and hashed.
 */



/** The hex sha256 of bytes, as an asset's `digest` carries it. */
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** The hex sha256 from an asset's `digest`, when GitHub gave one. */
function digestSha256(asset) {
    const digest = asset.digest ?? '';
    return /^sha256:[0-9a-f]{64}$/.test(digest) ? digest.slice('sha256:'.length) : undefined;
}
/** The asset's sha256: its `digest`, else its bytes downloaded and hashed. */
async function releaseAssetSha256(client, repo, asset) {
    const known = digestSha256(asset);
    if (known)
        return known;
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
        return sha256Hex(Buffer.from(res.data));
    }
    catch (err) {
        if (err instanceof errors/* ActionError */.lZ)
            throw err;
        const status = (0,github_client.statusOf)(err);
        throw new errors/* RemoteError */.Hi(`downloading release asset ${asset.name} to compare it failed${status ? ` (HTTP ${status})` : ''}: ${err instanceof Error ? err.message : String(err)}`, status, { cause: err });
    }
}

;// CONCATENATED MODULE: ./actions/lib/signing/checksums.ts
/**
 * `SHA256SUMS` as `sha256sum` writes it and `sha256sum -c` reads it: `HEX  NAME` (text mode)
 * or `HEX *NAME` (binary mode), one file a line. Pure.
 */
const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;
function parseSha256Sums(text, file = 'SHA256SUMS') {
    const entries = [];
    const problems = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '')
            return;
        const m = LINE.exec(line);
        if (!m)
            problems.push(`${file}:${i + 1}: expected "<64 hex digits>  <file name>", got ${JSON.stringify(line.slice(0, 80))}`);
        else
            entries.push({ sha256: m[1].toLowerCase(), name: m[2], line: i + 1 });
    });
    return { entries, problems };
}
/** The text of a `SHA256SUMS` for these files, sorted by name, as `sha256sum` prints it. */
function formatSha256Sums(files) {
    return [...files]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((f) => `${f.sha256}  ${f.name}\n`)
        .join('');
}
/** Every listed file is an asset with that sha256, and every asset (but the ones `exempt`) is listed. */
function compareSums(sums, assets, exempt, file = 'SHA256SUMS') {
    const problems = [...sums.problems];
    const matched = [];
    for (const e of sums.entries) {
        const actual = assets.get(e.name);
        if (actual === undefined)
            problems.push(`${file}:${e.line} lists ${e.name}, which the release does not carry`);
        else if (actual !== e.sha256)
            problems.push(`${e.name}: sha256 is ${actual}, ${file}:${e.line} says ${e.sha256} (the asset was changed after it was summed)`);
        else
            matched.push(e.name);
    }
    const listed = new Set(sums.entries.map((e) => e.name));
    for (const name of assets.keys())
        if (!listed.has(name) && !exempt.has(name))
            problems.push(`${name} is a release asset that ${file} does not list`);
    return { matched, problems };
}

// EXTERNAL MODULE: ./actions/lib/signing/commands.ts
var commands = __webpack_require__(54430);
// EXTERNAL MODULE: ./actions/verify-release/signing.ts
var signing = __webpack_require__(15977);
;// CONCATENATED MODULE: ./actions/verify-release/checks/checksums.ts
/**
 * checksums: the release's `SHA256SUMS` lists every asset (signature material aside) with the
 * sha256 the asset has now, lists no file the release lacks, and is itself signed: an
 * attestation of its digest that verifies and names this repository's release workflow at
 * this tag. Read only.
 */






const SUMS = 'SHA256SUMS';
/** Signature material is about the sums, so it is not in them. */
const UNSUMMED = /(^SHA256SUMS$|\.intoto\.jsonl$|\.sigstore(\.json)?$|\.sig$|\.pem$|\.bundle$)/;
async function run(ctx) {
    const client = await ctx.github();
    if (!client)
        return { status: 'failed', detail: 'needs a token (input token) to read the release' };
    const repo = { owner: ctx.run.owner, repo: ctx.run.repo };
    const release = await client.rest.repos.getReleaseByTag({ ...repo, tag: ctx.tag }).catch((err) => {
        throw new errors/* ActionError */.lZ(`release ${ctx.tag}: ${err.status === 404 ? 'not found' : (err.message ?? String(err))}`);
    });
    const assets = release.data.assets;
    const sumsAsset = assets.find((a) => a.name === SUMS);
    if (!sumsAsset)
        return { status: 'failed', detail: `release ${ctx.tag} carries no ${SUMS} (assets: ${assets.map((a) => a.name).join(', ') || 'none'})` };
    const sumsBytes = await download(client, repo, sumsAsset);
    const hashes = new Map();
    for (const a of assets)
        hashes.set(a.name, await releaseAssetSha256(client, repo, a));
    const exempt = new Set(assets.map((a) => a.name).filter((n) => UNSUMMED.test(n)));
    const comparison = compareSums(parseSha256Sums(sumsBytes.toString('utf8')), hashes, exempt);
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(sumsBytes).digest('hex')}`;
    const proof = await (0,signing/* proveDigest */.vx)(ctx, { artifact: `${SUMS} of release ${ctx.tag}`, digest, wants: () => undefined });
    const problems = [...comparison.problems, ...(proof.ok ? [] : [proof.detail])];
    const summary = (0,commands/* commandBlock */.L)('Check the release assets yourself', (0,commands/* checksumCommands */.Q5)((0,signing/* signerOf */.Kv)(ctx)));
    if (problems.length > 0)
        return { status: 'failed', detail: problems.join('; '), summary };
    return { status: 'passed', summary, detail: `${comparison.matched.length} asset(s) match ${SUMS} (${comparison.matched.join(', ')}); ${proof.detail}` };
}
async function download(client, repo, asset) {
    const res = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
    return Buffer.from(res.data);
}


/***/ }),

/***/ 15977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JD: () => (/* binding */ imageDigests),
/* harmony export */   Kv: () => (/* binding */ signerOf),
/* harmony export */   f9: () => (/* binding */ chartPackageDigest),
/* harmony export */   kg: () => (/* binding */ combine),
/* harmony export */   vx: () => (/* binding */ proveDigest)
/* harmony export */ });
/* unused harmony exports trustOf, expectedOf */
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27378);

let trust;
/** The trusted root of `trusted-root`, else Sigstore's public-good root through TUF; once a run. */
function trustOf(ctx) {
    trust ??= Promise.all(/* import() */[__webpack_require__.e(187), __webpack_require__.e(648)]).then(__webpack_require__.bind(__webpack_require__, 94648)).then(async ({ loadTrustedRoot, trustMaterial }) => {
        const root = await loadTrustedRoot({ ...(ctx.inputs.trustedRoot ? { path: ctx.inputs.trustedRoot } : {}), ...(ctx.run.runnerTemp ? { cachePath: `${ctx.run.runnerTemp}/sigstore-tuf` } : {}) });
        return trustMaterial(root);
    });
    return trust;
}
async function expectedOf(ctx) {
    const { expectedIdentity } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24214));
    return expectedIdentity({ serverUrl: ctx.run.serverUrl, repository: ctx.run.repository, tag: ctx.tag, ...(ctx.inputs.signerWorkflow ? { signerWorkflow: ctx.inputs.signerWorkflow } : {}) });
}
/** The attestations of `digest` proven against the request; `predicate` is GitHub's filter (`provenance`, `sbom`). */
async function proveDigest(ctx, req, predicate) {
    const client = await ctx.github();
    if (!client)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('needs a token (input token, with attestations: read) to read the attestations');
    const [{ listAttestations, prove }, material, expected] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(392), __webpack_require__.e(187), __webpack_require__.e(595)]).then(__webpack_require__.bind(__webpack_require__, 95595)), trustOf(ctx), expectedOf(ctx)]);
    const stored = await listAttestations(client, { owner: ctx.run.owner, repo: ctx.run.repo }, req.digest, predicate);
    return prove(stored, material, { ...req, expected });
}
/** Who the user's own verification commands name. */
function signerOf(ctx) {
    return { repository: ctx.run.repository, tag: ctx.tag, signerWorkflow: ctx.inputs.signerWorkflow || `${ctx.run.repository}/.github/workflows/release.yaml` };
}
/** Several proofs as one check result: failed when any failed, the failures first. */
function combine(proofs) {
    const bad = proofs.filter((p) => !p.ok);
    if (bad.length > 0)
        return { status: 'failed', detail: [...bad, ...proofs.filter((p) => p.ok)].map((p) => p.detail).join('; ') };
    return { status: 'passed', detail: proofs.map((p) => p.detail).join('; ') };
}
/** `sha256:…` of `image:vX.Y.Z` in its registry, for each configured image. */
async function imageDigests(ctx) {
    const [{ parseReference }, { registryClients, releaseImages }] = await Promise.all([__webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 67837)), __webpack_require__.e(/* import() */ 435).then(__webpack_require__.bind(__webpack_require__, 69435))]);
    const images = releaseImages(ctx);
    const clients = registryClients(ctx);
    const out = [];
    for (const image of images) {
        const ref = parseReference(image);
        const client = await clients.get(ref.registry);
        const digest = await client.resolve(ref.repository, `v${ctx.version}`);
        if (!digest)
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${ref.registry}/${ref.repository}:v${ctx.version} not found: nothing to check the signature of`);
        out.push({ image: `${ref.registry}/${ref.repository}`, digest });
    }
    return out;
}
/**
 * The chart package's `sha256:…` as the Helm repository's index.yaml lists it: the one helm-repo
 * verified in this run, else index.yaml read once for every check that asks (read again by the
 * next check after a failure).
 */
function chartPackageDigest(ctx) {
    const read = (ctx.published.chartPackage ??= readChartPackage(ctx));
    read.catch(() => {
        if (ctx.published.chartPackage === read)
            delete ctx.published.chartPackage;
    });
    return read;
}
async function readChartPackage(ctx) {
    const chart = await ctx.chart();
    const repoUrl = (ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl).replace(/\/+$/, '');
    const helm = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(828), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 84143));
    const indexUrl = helm.repositoryIndexUrl(`${repoUrl}/`);
    const response = await fetch(indexUrl, { headers: { 'cache-control': 'no-cache' } }).catch((err) => {
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`GET ${indexUrl}: ${err.message}`);
    });
    if (!response.ok)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`GET ${indexUrl}: HTTP ${response.status}`);
    const index = helm.readIndex(new Uint8Array(await response.arrayBuffer()), indexUrl);
    const entry = helm.resolveChart(index, chart.name, ctx.version);
    if (!entry || !entry.digest || entry.version.replace(/^v/, '') !== ctx.version)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${indexUrl} does not list ${chart.name} ${ctx.version} with a digest`);
    const chartUrl = helm.resolveReferenceUrl(`${repoUrl}/`, entry.urls[0] ?? '');
    return { url: indexUrl, digest: `sha256:${entry.digest}`, name: chart.name, chartUrl };
}


/***/ })

};
