export const id = 609;
export const ids = [609];
export const modules = {

/***/ 76491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   IF: () => (/* binding */ subjectDigests),
/* harmony export */   Mp: () => (/* binding */ StatementError),
/* harmony export */   QE: () => (/* binding */ isSpdx),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1)
/* harmony export */ });
/* unused harmony exports IN_TOTO_PAYLOAD_TYPE, SPDX_PREDICATE_PREFIX */
/**
 * The in-toto statement a DSSE bundle carries (https://github.com/in-toto/attestation,
 * spec v1): what it is about (subjects and their digests) and what it says (predicate).
 * Pure JSON reading; the envelope's signature is checked before this runs.
 */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** actions/attest-sbom writes SPDX SBOMs with `https://spdx.dev/Document/v2.3` (and older versions). */
const SPDX_PREDICATE_PREFIX = 'https://spdx.dev/Document';
class StatementError extends Error {
}
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw new StatementError(`the envelope carries ${payloadType}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new StatementError('the in-toto statement is not JSON');
    }
    if (!Array.isArray(json.subject) || typeof json.predicateType !== 'string')
        throw new StatementError('the in-toto statement has no subject or no predicateType');
    const subjects = json.subject.filter(isSubject);
    return { type: String(json._type ?? ''), subjects, predicateType: json.predicateType, predicate: json.predicate };
}
function isSubject(s) {
    const v = s;
    return typeof v === 'object' && v !== null && typeof v.digest === 'object' && v.digest !== null;
}
/** `sha256:…` digests of the statement's subjects. */
function subjectDigests(statement) {
    return statement.subjects.flatMap((s) => Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex.toLowerCase()}`));
}
function isSpdx(statement) {
    if (!statement.predicateType.startsWith(SPDX_PREDICATE_PREFIX))
        return false;
    const p = statement.predicate;
    return typeof p === 'object' && p !== null && typeof p.spdxVersion === 'string' && p.spdxVersion.startsWith('SPDX-');
}


/***/ }),

/***/ 41609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _lib_signing_statement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76491);
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15977);
/**
 * sbom: each image's `vX.Y.Z` digest has an SBOM attestation (an SPDX JSON document, as
 * actions/attest-sbom writes it) that verifies, is about that digest, and was signed by this
 * repository's release workflow at this tag.
 */


async function run(ctx) {
    const images = await (0,_signing_js__WEBPACK_IMPORTED_MODULE_0__/* .imageDigests */ .JD)(ctx);
    if (images.length === 0)
        return { status: 'skipped', detail: 'no images configured' };
    const proofs = await Promise.all(images.map(({ image, digest }) => (0,_signing_js__WEBPACK_IMPORTED_MODULE_0__/* .proveDigest */ .vx)(ctx, { artifact: `SBOM of image ${image}@${digest}`, digest, wants: (s) => ((0,_lib_signing_statement_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpdx */ .QE)(s) ? undefined : `a ${s.predicateType} statement, expected an SPDX JSON SBOM (https://spdx.dev/Document)`) }, 'sbom')));
    return (0,_signing_js__WEBPACK_IMPORTED_MODULE_0__/* .combine */ .kg)(proofs);
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
