export const id = 654;
export const ids = [654];
export const modules = {

/***/ 78156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ chooseReleaseImage),
/* harmony export */   g: () => (/* binding */ NO_IMAGE)
/* harmony export */ });
/**
 * Which image a release publishes — one rule for release.yaml's preflight (verify-release
 * `phase: order`, once the configuration can be read) and the rehearsal: the caller's `image`
 * input when it gave one (`none`: no image), else the configuration's first `images:` entry
 * (`images: []`: none), else ghcr.io/OWNER/REPO. Pure.
 */
/** The `image` input of a repository that releases its chart alone (llm-d-infra): no image. */
const NO_IMAGE = 'none';
function chooseReleaseImage(input, config, repository) {
    if (input === NO_IMAGE)
        return { image: '', source: 'none-input' };
    if (input)
        return { image: input, source: 'input' };
    if (config.imagesConfigured)
        return { image: (config.images[0] ?? '').toLowerCase(), source: 'config' };
    return { image: `ghcr.io/${repository.toLowerCase()}`, source: 'default' };
}


/***/ }),

/***/ 7654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27378);
/* harmony import */ var _lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74640);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84438);
/**
 * `phase: resolve`: reads the inputs it needs, resolves the release (resolve.ts) and writes
 * the outputs and the release plan to the job summary; a refusal is one ActionError and no
 * output. Runs before the checkout: it reads no file and loads nothing heavy.
 */



const spec = {
    mode: (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)({ default: 'release' }),
    version: (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(),
    reason: (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(),
    image: (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(),
    platforms: (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)({ default: 'linux/amd64,linux/arm64' }),
    'native-arm64': (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(false),
    'require-signed-tag': (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(true),
    'allowed-signers': (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)(),
};
async function main(env = process.env) {
    const v = (0,_lib_runner_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .Ko)(spec, env);
    const outcome = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRelease */ .CM)({
        mode: v.mode,
        version: v.version,
        ref: env['GITHUB_REF'] ?? '',
        repository: env['GITHUB_REPOSITORY'] ?? '',
        image: v.image,
        platforms: v.platforms,
        nativeArm64: v['native-arm64'],
        requireSignedTag: v['require-signed-tag'],
        hasAllowedSigners: v['allowed-signers'] !== '',
        reason: v.reason,
    });
    if (!outcome.ok)
        throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(outcome.refusal);
    const { setOutputs, appendSummary } = await __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 89554));
    await setOutputs(outcome.outputs);
    await appendSummary(outcome.summary);
}


/***/ }),

/***/ 84438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ resolveRelease),
/* harmony export */   Fv: () => (/* binding */ registryOf)
/* harmony export */ });
/* unused harmony exports MODES, show */
/* harmony import */ var _lib_config_release_image_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78156);
/* harmony import */ var _lib_semver_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15731);
/**
 * release.yaml's first preflight step (`phase: resolve`): the version and tag of the run, the
 * image and its registry, one build leg per platform, and the preflight checks to run. Pure:
 * the raw inputs in, the job's outputs and the release-plan summary out, or the one refusal.
 * Versions are read by the suite's one SemVer module (`actions/lib/semver`).
 */


const MODES = ['release', 'hotfix', 'rollback'];
const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** The preflight checks without tag-signed, for a repository that does not sign its tags. */
const UNSIGNED_CHECKS = ['versions-consistent', 'changelog-entry', 'crds-in-sync', 'tag-on-branch', 'pages-served'];
/** What a refusal may show of a value: no newlines, no workflow commands, 80 characters. */
const show = (v) => v.replace(/[^A-Za-z0-9._+/:@-]/g, '?').slice(0, 80);
const refuse = (refusal) => ({ ok: false, refusal });
function resolveRelease(i) {
    if (!MODES.includes(i.mode))
        return refuse(`mode must be release, hotfix or rollback, got '${show(i.mode)}'`);
    const refTag = i.ref.startsWith('refs/tags/') ? i.ref.slice('refs/tags/'.length) : '';
    const wanted = i.version || refTag;
    if (!wanted)
        return refuse('no version: give the version input, or start the run from a tag vX.Y.Z');
    if ((0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_0__.versionProblem)(wanted))
        return refuse(`version '${show(wanted)}' is not a SemVer 2 version such as 0.5.0 or v0.5.0-rc.1 (build metadata is not accepted)`);
    const version = (0,_lib_semver_version_js__WEBPACK_IMPORTED_MODULE_0__.stripV)(wanted);
    const tag = `v${version}`;
    if (refTag && i.version && refTag !== tag)
        return refuse(`the run was started by tag ${show(refTag)} but the version input says ${tag}`);
    if (i.mode === 'rollback') {
        if (!i.reason)
            return refuse('a rollback needs a reason (the known issue, for the release notes and the announcement)');
    }
    else if (i.requireSignedTag && !i.hasAllowedSigners) {
        return refuse("require-signed-tag is on but the allowed-signers secret is empty: pass the release signers' public keys, or set require-signed-tag: false");
    }
    const chartOnly = i.image === _lib_config_release_image_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_IMAGE */ .g;
    const image = chartOnly ? '' : i.image || `ghcr.io/${i.repository.toLowerCase()}`;
    if (!chartOnly && !IMAGE.test(image))
        return refuse(`image '${show(image)}' is not an image name without tag, like ghcr.io/org/name, or \`none\` for a release of the chart alone`);
    const legs = chartOnly ? [] : buildLegs(i.platforms, i.nativeArm64);
    if (typeof legs === 'string')
        return refuse(legs);
    const platforms = legs.map((l) => l.platform);
    const prerelease = version.includes('-');
    const imageRows = chartOnly ? ['| image | none: the chart alone is released (image: none) |'] : [`| image | ${image} |`, `| platforms | ${platforms.join(' ')} |`];
    const summary = ['### Release plan', '', '| | |', '| --- | --- |', `| mode | ${i.mode} |`, `| version | ${version} (tag ${tag}, prerelease: ${prerelease}) |`, ...imageRows, ''].join('\n');
    return {
        ok: true,
        outputs: {
            version,
            tag,
            prerelease: String(prerelease),
            image,
            registry: chartOnly ? '' : registryOf(image),
            matrix: JSON.stringify({ include: legs }),
            'platform-list': platforms.join('\n'),
            checks: i.requireSignedTag ? '' : UNSIGNED_CHECKS.join('\n'),
        },
        summary,
    };
}
/** The registry host of an image name: Docker Hub when the first part is no host. */
function registryOf(image) {
    const first = image.split('/')[0] ?? '';
    return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io';
}
/** One build leg per platform: arm64 on an arm64 runner when asked, else under QEMU on amd64. */
function buildLegs(text, nativeArm64) {
    const platforms = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
    if (platforms.length === 0)
        return 'platforms is empty';
    const legs = [];
    for (const p of platforms) {
        if (!PLATFORM.test(p))
            return `platform '${show(p)}' is not like linux/amd64 or linux/arm64/v8`;
        const arch = p.split('/')[1] ?? '';
        const native = nativeArm64 && arch === 'arm64';
        legs.push({ platform: p, runner: native ? 'ubuntu-24.04-arm' : 'ubuntu-24.04', qemu: String(arch !== 'amd64' && !native), slug: p.replaceAll('/', '-') });
    }
    return legs;
}


/***/ })

};
