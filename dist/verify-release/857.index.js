export const id = 857;
export const ids = [857,922,435];
export const modules = {

/***/ 66228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Qh: () => (/* binding */ HELM_CONFIG),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   Ws: () => (/* binding */ HELM_CHART_LAYER),
/* harmony export */   _P: () => (/* binding */ MANIFEST_TYPES)
/* harmony export */ });
/* unused harmony exports OCI_INDEX, OCI_CONFIG, OCI_LAYER_GZIP, OCI_EMPTY, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_CONFIG, DOCKER_LAYER_GZIP, HELM_PROVENANCE_LAYER, isIndexMediaType */
/** Media types of the OCI image spec, the Docker v2 formats and Helm 3.8+ charts. */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const HELM_PROVENANCE_LAYER = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
/** Every manifest type this client reads, the default `Accept` list. */
const MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** Index types: a list of per-platform manifests. */
const INDEX_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST];
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
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

/***/ 39857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66228);
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27378);
/* harmony import */ var _lib_signing_statement_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76491);
/* harmony import */ var _lib_signing_commands_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54430);
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15977);
/* harmony import */ var _oci_chart_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90922);
/**
 * chart-signature: the chart package the Helm repository serves (its index digest) has a
 * provenance attestation that verifies and was signed by this repository's release workflow at
 * this tag. When an OCI registry is configured, the OCI chart carries that very package: its
 * chart layer's digest is the signed package's (Helm pushes the .tgz as the layer, byte for byte).
 */






const provenance = (s) => (s.predicateType.startsWith(_lib_signing_statement_js__WEBPACK_IMPORTED_MODULE_4__/* .SLSA_PROVENANCE_V1 */ .us) ? undefined : `a ${s.predicateType} statement, expected SLSA provenance`);
async function run(ctx) {
    const pkg = await (0,_signing_js__WEBPACK_IMPORTED_MODULE_2__/* .chartPackageDigest */ .f9)(ctx);
    const targets = [{ artifact: `chart ${pkg.chartUrl}`, digest: pkg.digest }];
    let oci;
    const location = ctx.inputs.ociRegistry || ctx.config.ociRegistry;
    let layer;
    if (location) {
        const chart = await ctx.chart();
        const [{ parseChartLocation }, { registryClients }] = await Promise.all([__webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 67837)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 69435))]);
        const { registry, repository } = parseChartLocation(location, chart.name);
        const tag = (0,_oci_chart_js__WEBPACK_IMPORTED_MODULE_3__.chartTag)(chart.version, ctx.version);
        const manifest = await (await registryClients(ctx).get(registry)).getManifest(repository, tag, [_lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG]);
        if (!manifest)
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`oci://${registry}/${repository}:${tag} not found: nothing to check the signature of`);
        const layers = (manifest.json.layers ?? []).filter((l) => l.mediaType === _lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .HELM_CHART_LAYER */ .Ws);
        const name = `chart oci://${registry}/${repository}:${tag}@${manifest.digest}`;
        layer = layers.some((l) => l.digest === pkg.digest)
            ? { ok: true, detail: `${name}: its chart layer is the signed package ${pkg.digest.slice(0, 19)}…` }
            : { ok: false, detail: `${name}: its chart layer is ${layers.map((l) => l.digest).join(', ') || 'missing'}, not the signed package ${pkg.digest} the Helm repository serves` };
        oci = { ociName: `${registry}/${repository}`, version: tag.replaceAll('_', '+') };
    }
    const result = (0,_signing_js__WEBPACK_IMPORTED_MODULE_2__/* .combine */ .kg)([...(await Promise.all(targets.map((t) => (0,_signing_js__WEBPACK_IMPORTED_MODULE_2__/* .proveDigest */ .vx)(ctx, { ...t, wants: provenance }, 'provenance')))), ...(layer ? [layer] : [])]);
    const packageFile = decodeURIComponent(new URL(pkg.chartUrl).pathname.split('/').pop() ?? '');
    return { ...result, summary: (0,_lib_signing_commands_js__WEBPACK_IMPORTED_MODULE_5__/* .commandBlock */ .L)('Check the chart yourself', (0,_lib_signing_commands_js__WEBPACK_IMPORTED_MODULE_5__/* .chartCommands */ .xs)((0,_signing_js__WEBPACK_IMPORTED_MODULE_2__/* .signerOf */ .Kv)(ctx), { packageFile, packageUrl: pkg.chartUrl, ...oci })) };
}


/***/ }),

/***/ 90922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartTag: () => (/* binding */ chartTag),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66228);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73997);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69435);
/**
 * oci-chart: when an OCI registry is configured for the chart, its tag (the chart
 * version, `+` written `_` as Helm does) exists and is a Helm chart manifest. Polled.
 * The tag is the version as the chart writes it: `helm push` tags llm-d-infra's `v1.4.1` as
 * `v1.4.1`, and publish-helm keeps that `v`.
 */



async function run(ctx) {
    const location = ctx.inputs.ociRegistry || ctx.config.ociRegistry;
    if (!location)
        return { status: 'skipped', detail: 'no OCI registry configured for the chart (input oci-registry, configuration key oci-registry)' };
    const chart = await ctx.chart();
    const { parseChartLocation } = await __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 67837));
    const { registry, repository } = parseChartLocation(location, chart.name);
    const tag = chartTag(chart.version, ctx.version);
    const client = await (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__.registryClients)(ctx).get(registry);
    const name = `oci://${registry}/${repository}:${tag}`;
    const finish = (ok, detail) => ({ done: true, value: { ok, detail } });
    const outcome = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(() => (0,_registry_js__WEBPACK_IMPORTED_MODULE_1__.remoteVerdict)(async () => {
        const manifest = await client.getManifest(repository, tag, [_lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG]);
        if (!manifest)
            return { done: false, missing: `${name} not found` };
        const configType = manifest.json.config?.mediaType;
        if (configType !== _lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .HELM_CONFIG */ .Qh)
            return finish(false, `${name} is not a Helm chart (config media type ${configType ?? 'missing'}, expected ${_lib_oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .HELM_CONFIG */ .Qh})`);
        return finish(true, `${name} ${manifest.digest.slice(0, 19)}…`);
    }, (message) => finish(false, message)), { ...ctx.poll, onWait: (missing, wait) => ctx.log.info(`oci-chart: ${missing}; looking again in ${Math.round(wait)} ms`) });
    if (!outcome.value)
        return { status: 'failed', detail: `still missing after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
    return { status: outcome.value.ok ? 'passed' : 'failed', detail: outcome.value.detail };
}
/** The OCI tag of the release's chart: Chart.yaml's version when it is the release's in another style (a `v`), else the release version. */
function chartTag(chartVersion, version) {
    const bare = (v) => v.replace(/^v/, '');
    const written = chartVersion !== undefined && bare(chartVersion) === bare(version) ? chartVersion : version;
    return written.replaceAll('+', '_');
}


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
