export const id = 831;
export const ids = [831,460];
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

/***/ 27460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackMoves: () => (/* binding */ rollbackMoves),
/* harmony export */   tagFamily: () => (/* binding */ tagFamily)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15731);
/**
 * The image tags a release moves, as docker/metadata-action's semver patterns name them
 * (`vX.Y.Z`, `vX.Y`, `vX`, `latest`), each moved only by the release that is now the newest of
 * its line: a hotfix of an older line never takes `latest` nor a newer line's `vX`. `vX` is not
 * made for 0.y.z, where every minor may break (SemVer item 4), as metadata-action does not.
 * A rollback moves each tag the rolled-back release held back to the newest other release of
 * the same line. Pure: the repository's release tags and the version in, the decisions out.
 */


const stable = (tags) => (0,_version_js__WEBPACK_IMPORTED_MODULE_1__.sortReleaseTags)(tags).map(_version_js__WEBPACK_IMPORTED_MODULE_1__.stripV);
/** The newest of `versions` (bare, newest first) that `inLine` accepts. */
const newest = (versions, inLine) => versions.find(inLine);
function lines(version) {
    const major = semver__WEBPACK_IMPORTED_MODULE_0__.major(version);
    const minor = semver__WEBPACK_IMPORTED_MODULE_0__.minor(version);
    const out = [{ tag: `v${major}.${minor}`, inLine: (v) => semver__WEBPACK_IMPORTED_MODULE_0__.major(v) === major && semver__WEBPACK_IMPORTED_MODULE_0__.minor(v) === minor, name: `the ${major}.${minor} line` }];
    if (major > 0)
        out.push({ tag: `v${major}`, inLine: (v) => semver__WEBPACK_IMPORTED_MODULE_0__.major(v) === major, name: `the ${major}.x line` });
    out.push({ tag: 'latest', inLine: () => true, name: 'every release' });
    return out;
}
/** What a release of `version` tags, given the repository's release tags (which may hold its own). */
function tagFamily(tags, version) {
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__.stripV)(version);
    const others = stable(tags).filter((t) => t !== v);
    const previousStable = others.find((t) => semver__WEBPACK_IMPORTED_MODULE_0__.lt(t, v)) ?? '';
    const moves = [{ tag: `v${v}`, why: 'the release itself' }];
    const stays = [];
    if (semver__WEBPACK_IMPORTED_MODULE_0__.prerelease(v))
        return { moves, stays: lines(semver__WEBPACK_IMPORTED_MODULE_0__.coerce(v)?.version ?? v).map((l) => ({ tag: l.tag, why: 'a prerelease moves no tag of its family' })), latest: false, previousStable };
    for (const line of lines(v)) {
        const newer = newest(others, (t) => line.inLine(t) && semver__WEBPACK_IMPORTED_MODULE_0__.gt(t, v));
        if (newer)
            stays.push({ tag: line.tag, why: `v${newer} is newer in ${line.name}` });
        else
            moves.push({ tag: line.tag, why: `the newest release of ${line.name}` });
    }
    return { moves, stays, latest: moves.some((m) => m.tag === 'latest'), previousStable };
}
/** The family tags the rolled-back `version` holds, each with the release it goes back to. */
function rollbackMoves(tags, version) {
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__.stripV)(version);
    const held = tagFamily(tags, v).moves.slice(1);
    const others = stable(tags).filter((t) => t !== v && semver__WEBPACK_IMPORTED_MODULE_0__.lt(t, v));
    return held.map((m) => {
        const line = lines(v).find((l) => l.tag === m.tag);
        const back = newest(others, line.inLine);
        return back ? { tag: m.tag, to: `v${back}` } : { tag: m.tag };
    });
}


/***/ }),

/***/ 60831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./actions/lib/git/git.ts
var git_git = __webpack_require__(80597);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./actions/lib/runner/inputs.ts
var inputs = __webpack_require__(74640);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var semver_version = __webpack_require__(15731);
// EXTERNAL MODULE: ./actions/lib/semver/tag-family.ts
var tag_family = __webpack_require__(27460);
// EXTERNAL MODULE: ./actions/lib/config/release-image.ts
var release_image = __webpack_require__(78156);
// EXTERNAL MODULE: ./actions/verify-release/resolve.ts
var resolve = __webpack_require__(84438);
;// CONCATENATED MODULE: ./actions/verify-release/order.ts
/**
 * release.yaml preflight's `phase: order` (after the checkout of the tag): where the version
 * stands among the repository's releases — whether it is the newest stable release (`:latest`),
 * the previous stable one, and the image tag family it moves (actions/lib/semver/tag-family.ts):
 * the metadata-action lines for the image job and, for a rollback, each tag to move back.
 * Pure: the tags and the tag's commit in, the outputs and the summary rows out.
 */



const FROM = { 'none-input': 'image: none', input: 'the image input', config: "the configuration's images", default: 'the default, ghcr.io/OWNER/REPO' };
/** The release's image (actions/lib/config/release-image.ts), with where it was read for the summary. */
function releaseImage(input, config, repository) {
    const { image, source } = (0,release_image/* chooseReleaseImage */.c)(input, config, repository);
    return { image, from: source === 'config' && !image ? "the configuration's images: []" : FROM[source] };
}
function placeRelease(i) {
    const family = (0,tag_family.tagFamily)(i.tags, i.version);
    const back = i.mode === 'rollback' ? (0,tag_family.rollbackMoves)(i.tags, i.version) : [];
    const rows = [
        `| image | ${i.image.image || 'none: the chart alone'} (${i.image.from}) |`,
        `| newest stable release (moves \`:latest\`) | ${family.latest} (previous stable: ${family.previousStable || 'none'}) |`,
        `| image tags it moves | ${family.moves.map((m) => `\`${m.tag}\``).join(' ')} |`,
        ...(family.stays.length > 0 ? [`| image tags it leaves | ${family.stays.map((s) => `\`${s.tag}\` (${s.why})`).join(', ')} |`] : []),
        ...(i.mode === 'rollback' ? [`| rollback moves back | ${back.map((b) => (b.to ? `\`${b.tag}\` → \`${b.to}\`` : `\`${b.tag}\` (no other release of its line: left)`)).join(', ') || 'nothing'} |`] : []),
    ];
    return {
        outputs: {
            image: i.image.image,
            registry: i.image.image ? (0,resolve/* registryOf */.Fv)(i.image.image) : '',
            commit: i.commit,
            latest: String(family.latest),
            'previous-stable': family.previousStable,
            'image-tags': family.moves.map((m) => `type=raw,value=${m.tag}`).join('\n'),
            family: family.moves.map((m) => m.tag).join(' '),
            'rollback-tags': back.flatMap((b) => (b.to ? [`${b.tag} ${b.to}`] : [])).join('\n'),
        },
        summary: `${rows.join('\n')}\n`,
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./actions/lib/semver/registry-family.ts
/**
 * Whether the image tags a release would move go backwards by the registry's account. The family
 * (tag-family.ts) is decided from git's release tags; the registry can know a newer release git
 * does not — an image pushed by a release whose git tag was deleted later, or pushed by hand —
 * and then `latest`, `vX` and `vX.Y` would be taken from it back to this release. Each family tag
 * whose line holds a newer stable release in the registry is refused: a version tag (`v0.6.0`),
 * or a line tag (`v0.6`, `v1`), which stands for a release of its line even when the version
 * tag itself is gone. A rollback moves tags back on purpose, and a prerelease moves no family
 * tag. Pure: the tags in, the refusals out.
 */


const LINE_TAG = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/;
/** Whether `v` (bare) belongs to the line a line tag (`v0.5`, `v1`) or `latest` stands for. */
function inLineOf(tag, v) {
    if (tag === 'latest')
        return true;
    const m = LINE_TAG.exec(tag);
    if (!m)
        return false;
    return semver.major(v) === Number(m[1]) && (m[2] === undefined || semver.minor(v) === Number(m[2]));
}
/** `v0.6.0` / `0.6.0` in the style of the release's own tag, or a line tag `v0.6`, `v1`. */
function held(tag, prefix) {
    if (tag.startsWith(prefix) && (prefix === 'v' || !tag.startsWith('v'))) {
        const v = (0,semver_version.stripV)(tag);
        if (semver.valid(v) === v && !semver.prerelease(v))
            return { tag, version: v, line: false };
    }
    const m = LINE_TAG.exec(tag);
    return m ? { tag, version: `${m[1]}.${m[2] ?? 0}.0`, line: true } : undefined;
}
/** The releases the registry's tags name, newest first; a version tag before a line tag of the same version. */
function registryReleases(registryTags, ownTag) {
    const prefix = ownTag.startsWith('v') ? 'v' : '';
    return registryTags
        .flatMap((t) => held(t, prefix) ?? [])
        .sort((a, b) => semver.rcompare(a.version, b.version) || Number(a.line) - Number(b.line));
}
/** Each family tag the release would move back from a newer release the registry holds. */
function familyMovesBack(i) {
    const v = (0,semver_version.stripV)(i.version);
    if (i.mode === 'rollback' || semver.prerelease(v))
        return [];
    const [ownTag = `v${v}`, ...family] = i.family;
    const newer = registryReleases(i.registryTags, ownTag).filter((r) => semver.gt(r.version, v));
    const known = i.gitTags.map(semver_version.stripV).filter((t) => semver.valid(t) === t && !semver.prerelease(t));
    return family.flatMap((tag) => {
        const holder = newer.find((r) => inLineOf(tag, r.version));
        if (!holder)
            return [];
        const inGit = holder.line ? known.some((k) => inLineOf(holder.tag, k)) : known.includes(holder.version);
        return [{ tag, newer: holder.tag, line: holder.line, inGit }];
    });
}
const plural = (list, one, many) => (list.length > 1 ? many : one);
/** `v0.6.0 is in the registry but not a tag in git`, `v0.6 is in the registry but no 0.6 release is a tag in git`. */
function whyNewer(moves) {
    const stray = unique(moves.filter((m) => !m.inGit));
    if (stray.length === 0) {
        const holders = unique(moves).map((m) => m.newer);
        return `${holders.join(', ')} ${plural(holders, 'is a tag', 'are tags')} in git too, yet not among the releases this family was decided from`;
    }
    const versions = stray.filter((m) => !m.line).map((m) => m.newer);
    const told = [
        ...(versions.length > 0 ? [`${versions.join(', ')} ${plural(versions, 'is', 'are')} in the registry but not a tag in git`] : []),
        ...stray.filter((m) => m.line).map((m) => `${m.newer} is in the registry but no ${lineName(m.newer)} release is a tag in git`),
    ];
    return `${told.join('; ')} (a release whose git tag was deleted, or an image pushed by hand)`;
}
/** `0.6`, `1.x`: the line a line tag stands for. */
const lineName = (tag) => (tag.includes('.') ? (0,semver_version.stripV)(tag) : `${(0,semver_version.stripV)(tag)}.x`);
/** The version a move's registry tag names (a line tag: the first of its line). */
const versionOf = (m) => held(m.newer, m.newer.startsWith('v') ? 'v' : '')?.version ?? '0.0.0';
/** One move per registry tag that holds a family tag. */
function unique(moves) {
    return moves.filter((m, i) => moves.findIndex((o) => o.newer === m.newer) === i);
}
/** The refusal: the image, each tag that would move back and from what, and the ways out. */
function backwardsRefusal(image, version, moves) {
    const v = (0,semver_version.stripV)(version);
    const holders = unique(moves);
    const what = moves.map((m) => `\`${m.tag}\` back from ${m.newer}`).join(', ');
    const versions = holders.filter((m) => !m.line).map((m) => m.newer);
    const restore = [
        ...(versions.length > 0 ? [`the git ${plural(versions, 'tag', 'tags')} ${versions.join(', ')}`] : []),
        ...holders.filter((m) => m.line).map((m) => `the git tag of the release ${m.newer} holds`),
    ];
    const it = plural(holders, 'it', 'them');
    const newest = holders.reduce((a, b) => (semver.gt(versionOf(b), versionOf(a)) ? b : a));
    const beyond = newest.line ? `every ${lineName(newest.newer)} release` : (0,semver_version.stripV)(newest.newer);
    return [
        `image ${image}: releasing ${v} would move ${what} to v${v}, since ${whyNewer(moves)}.`,
        `Fix: if that release stands, restore ${restore.join(' and ')} (push ${it} again from a clone that has ${it}), so ${v} leaves these tags where they are;`,
        `if it was never released, delete the stray image ${plural(holders, 'tag', 'tags')} ${holders.map((m) => m.newer).join(', ')} and put ${moves.map((m) => `\`${m.tag}\``).join(', ')} back on the ${plural(moves, 'release it belongs', 'releases they belong')} to;`,
        `or release a version newer than ${beyond}. Moving them back on purpose is a rollback (mode: rollback), which this check lets through.`,
    ].join(' ');
}

;// CONCATENATED MODULE: ./actions/verify-release/order-registry.ts



/** Why the registry is not read for this release, or undefined when it is. */
function notListed(i) {
    if (!i.image)
        return 'no image';
    if (i.skip)
        return 'check-registry: false';
    if (i.mode === 'rollback')
        return 'a rollback moves tags back on purpose';
    if ((0,semver_version.stripV)(i.version).includes('-'))
        return 'a prerelease moves no tag of its family';
    return undefined;
}
/** The image repository's tags; a refusal says what the preflight job's credentials need. */
async function registryTags(image, credentials) {
    const [{ OciClient }, { parseReference }] = await Promise.all([__webpack_require__.e(/* import() */ 727).then(__webpack_require__.bind(__webpack_require__, 40727)), __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 67837))]);
    const { registry, repository } = parseReference(image);
    const client = new OciClient({ registry, ...(credentials ? { credentials } : {}), userAgent: 'release-actions-verify-release' });
    try {
        return await client.listTags(repository);
    }
    catch (error) {
        if (!(error instanceof errors/* RemoteError */.Hi))
            throw error;
        const fix = error.status === 401 || error.status === 403
            ? `give the preflight job's token packages: read (ghcr.io), or registry-username and registry-password that can pull ${image}`
            : 'run the release again when the registry answers';
        throw new errors/* ActionError */.lZ(`cannot list the tags of ${image}, needed to check that the release moves no image tag back from a newer release: ${error.message}. Fix: ${fix}`, { cause: error });
    }
}
/** The summary row of the look; throws the refusal when a family tag would move back. */
async function checkRegistryFamily(i) {
    const skipped = notListed(i);
    if (skipped)
        return `| newer releases in the registry | not looked for: ${skipped} |`;
    const tags = await registryTags(i.image, i.credentials);
    const back = familyMovesBack({ version: i.version, mode: i.mode, family: i.family, gitTags: i.gitTags, registryTags: tags });
    if (back.length > 0)
        throw new errors/* ActionError */.lZ(backwardsRefusal(i.image, i.version, back));
    return `| newer releases in the registry | none that holds a tag it moves (${tags.length} tag${tags.length === 1 ? '' : 's'} of ${i.image} read) |`;
}

;// CONCATENATED MODULE: ./actions/verify-release/order-run.ts
/**
 * `phase: order`: reads the tags of the checked-out repository (actions/checkout with
 * fetch-depth 0 brings them all) and the tag's commit, and the image repository's tags in the
 * registry, then writes order.ts's outputs and rows. Refused, before any output: a tag that does
 * not exist, and a family that would move back from a newer release the registry holds.
 */






const spec = {
    mode: (0,inputs/* str */.gx)({ default: 'release' }),
    version: (0,inputs/* str */.gx)(),
    image: (0,inputs/* str */.gx)(),
    'check-registry': (0,inputs/* bool */.lc)(true),
    'registry-username': (0,inputs/* str */.gx)(),
    'registry-password': (0,inputs/* secret */.rJ)(),
};
async function main(env = process.env) {
    const v = (0,inputs/* readInputs */.Ko)(spec, env);
    if ((v['registry-username'] === '') !== (v['registry-password'] === '')) {
        throw new errors/* InputError */.dz(v['registry-username'] === '' ? 'registry-username' : 'registry-password', 'registry-username and registry-password go together: give both, or neither for anonymous pulls');
    }
    if (!v.version || (0,semver_version.versionProblem)(v.version))
        throw new errors/* ActionError */.lZ(`phase order needs the resolved version (the resolve step's output), got '${v.version.replace(/[^A-Za-z0-9.+-]/g, '?').slice(0, 40)}'`);
    const tag = `v${(0,semver_version.stripV)(v.version)}`;
    const git = new git_git/* Git */.TU(env['GITHUB_WORKSPACE'] ?? process.cwd());
    const commit = await git.git(['rev-parse', '--verify', '-q', '--end-of-options', `refs/tags/${tag}^{commit}`], { allowFailure: true });
    if (commit.exitCode !== 0)
        throw new errors/* ActionError */.lZ(`tag ${tag} does not exist in the checkout: check out the repository with its tags (actions/checkout fetch-depth: 0)`);
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const { loadConfig } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 28805));
    const config = await loadConfig({ workspace: git.cwd, repository });
    const image = releaseImage(v.image, config, repository);
    const tags = await git.tags();
    const placed = placeRelease({ version: v.version, mode: v.mode, commit: commit.stdout.trim(), tags, image });
    const credentials = v['registry-username'] ? { username: v['registry-username'], password: v['registry-password'] } : undefined;
    const family = placed.outputs['family'].split(' ');
    const looked = await checkRegistryFamily({ image: image.image, version: v.version, mode: v.mode, family, gitTags: tags, skip: !v['check-registry'], ...(credentials ? { credentials } : {}) });
    const { setOutputs, appendSummary } = await __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 89554));
    await setOutputs(placed.outputs);
    await appendSummary(`${placed.summary}${looked}\n`);
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
