export const id = 570;
export const ids = [570];
export const modules = {

/***/ 10570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/process/exec.ts
var exec = __webpack_require__(43179);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/lib/signing/helm-provenance.ts
/**
 * A Helm provenance file (`.prov`, `helm package --sign`): a GPG clearsigned message whose
 * text is the chart's Chart.yaml, the YAML end marker `...`, then `files:` mapping the package
 * file name to `sha256:<hex>` (Helm's pkg/provenance messageBlock / ParseMessageBlock). Pure:
 * reads the text GnuPG verified; the signature itself is GnuPG's.
 */

function parseProvenanceBody(text) {
    const parts = text.replace(/\r\n/g, '\n').split('\n...\n');
    if (parts.length < 2)
        return 'the signed message has no "..." line between Chart.yaml and the files (not written by helm package --sign)';
    let meta;
    let sums;
    try {
        meta = (0,dist.parse)(parts[0]);
        sums = (0,dist.parse)(parts.slice(1).join('\n...\n'));
    }
    catch (err) {
        return `the signed message is not YAML: ${err.message.split('\n')[0]}`;
    }
    const files = sums?.files;
    if (typeof files !== 'object' || files === null)
        return 'the signed message lists no files';
    const out = { files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, String(v)])) };
    if (typeof meta?.name === 'string')
        out.name = meta.name;
    if (typeof meta?.version === 'string')
        out.version = meta.version;
    return out;
}
/** Why the signed body does not vouch for `file` with `sha256`, or undefined when it does. */
function provenanceMismatch(body, file, sha256) {
    const listed = body.files[file];
    if (listed === undefined)
        return `it signs ${Object.keys(body.files).join(', ') || 'no file'}, not ${file}`;
    if (listed.toLowerCase() !== `sha256:${sha256.toLowerCase()}`)
        return `it signs ${file} as ${listed}, the served package is sha256:${sha256}`;
    return undefined;
}

// EXTERNAL MODULE: ./actions/verify-release/signers.ts
var verify_release_signers = __webpack_require__(61837);
// EXTERNAL MODULE: ./actions/verify-release/signing.ts
var signing = __webpack_require__(15977);
;// CONCATENATED MODULE: ./actions/verify-release/checks/chart-provenance.ts
/**
 * chart-provenance: when the Helm repository serves a `.prov` next to the chart package (as
 * `helm package --sign` writes it, for `helm verify` / `helm install --verify`), its GPG
 * signature verifies with a key of `allowed-signers` (GnuPG in a temporary home holding only
 * those keys, as tag-signed does) and the signed text vouches for the served package's sha256.
 * No `.prov`: skipped (the chart is proven by chart-signature).
 */







async function run(ctx) {
    const pkg = await (0,signing/* chartPackageDigest */.f9)(ctx);
    const provUrl = `${pkg.chartUrl}.prov`;
    const response = await fetch(provUrl, { headers: { 'cache-control': 'no-cache' } });
    if (response.status === 404)
        return { status: 'skipped', detail: `no ${provUrl} (the chart was not packaged with helm package --sign)` };
    if (!response.ok)
        return { status: 'failed', detail: `GET ${provUrl}: HTTP ${response.status}` };
    const prov = Buffer.from(await response.arrayBuffer());
    const signers = (0,verify_release_signers/* parseAllowedSigners */.pD)(ctx.inputs.allowedSigners);
    if (signers.gpgBlocks.length === 0)
        return { status: 'failed', detail: `${provUrl} exists, and allowed-signers holds no GPG key to verify it with: give the armored public keys that may sign charts` };
    const home = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'vr-prov-'));
    try {
        const gpg = (args, input) => (0,exec/* run */.eF)('gpg', ['--batch', '--no-tty', '--no-autostart', '--homedir', home, ...args], { allowFailure: true, ...(input ? { input } : {}) });
        const imported = await gpg(['--import'], signers.gpgBlocks.join('\n'));
        if (imported.exitCode !== 0)
            return { status: 'failed', detail: `the GPG keys of allowed-signers cannot be imported: ${imported.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
        const allowed = (0,verify_release_signers/* primaryFingerprints */._G)((await gpg(['--with-colons', '--fingerprint', '--list-keys'])).stdout);
        const file = (0,external_node_path_.join)(home, 'chart.prov');
        const plain = (0,external_node_path_.join)(home, 'signed.txt');
        await (0,promises_.writeFile)(file, prov);
        // --decrypt of a clearsigned file writes the text the signature covers, and only that
        const verified = await gpg(['--status-fd', '1', '--output', plain, '--decrypt', file]);
        const verdict = (0,verify_release_signers/* readGpgStatus */.P7)(verified.stdout);
        if (/^\[GNUPG:\] BADSIG /m.test(verified.stdout))
            return { status: 'failed', detail: `${provUrl}: the signature does not match the signed text (BADSIG): the file was changed after it was signed; package and sign the chart again (helm package --sign)` };
        if (!verdict.good)
            return { status: 'failed', detail: `${provUrl}: ${verdict.problem ?? 'the signature does not verify'}` };
        if (!verdict.primary || !allowed.includes(verdict.primary))
            return { status: 'failed', detail: `${provUrl} is signed by ${verdict.uid ?? 'a key'} (${verdict.primary ?? '?'}), expected a key of allowed-signers (${allowed.join(', ')})` };
        const body = parseProvenanceBody(await (0,promises_.readFile)(plain, 'utf8'));
        if (typeof body === 'string')
            return { status: 'failed', detail: `${provUrl}: ${body}` };
        const name = decodeURIComponent(new URL(pkg.chartUrl).pathname.split('/').pop() ?? '');
        const mismatch = provenanceMismatch(body, name, pkg.digest.replace(/^sha256:/, ''));
        if (mismatch)
            return { status: 'failed', detail: `${provUrl}: ${mismatch}` };
        return { status: 'passed', detail: `${provUrl}: ${name} ${pkg.digest.slice(0, 19)}… signed by ${verdict.uid ?? ''} (${verdict.primary}), verified` };
    }
    finally {
        await (0,exec/* run */.eF)('gpgconf', ['--homedir', home, '--kill', 'all'], { allowFailure: true }).catch(() => undefined);
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
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
