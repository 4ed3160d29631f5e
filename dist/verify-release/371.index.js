export const id = 371;
export const ids = [371,435];
export const modules = {

/***/ 1371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73997);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69435);


async function run(ctx) {
    const images = (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__.releaseImages)(ctx);
    const platforms = ctx.inputs.platforms.length > 0 ? ctx.inputs.platforms : ctx.config.platforms;
    if (images.length === 0)
        return { status: 'skipped', detail: ctx.inputs.images[0] === 'none' ? 'images: none, the release publishes the chart alone' : 'no images configured' };
    const [{ parseReference }, { imagePlatforms, formatPlatform }, { tagFamily }] = await Promise.all([
        __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 67837)),
        __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 64680)),
        __webpack_require__.e(/* import() */ 460).then(__webpack_require__.bind(__webpack_require__, 27460)),
    ]);
    const tag = `v${ctx.version}`;
    // the tags this release moved (vX.Y, vX, latest) must name the same index as vX.Y.Z
    const family = tagFamily(await ctx.releaseTags(), ctx.version);
    const moved = family.moves.slice(1).map((m) => m.tag);
    const clients = (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__.registryClients)(ctx);
    const one = async (image) => {
        let ref;
        try {
            ref = parseReference(image);
        }
        catch (err) {
            return { image, ok: false, detail: err.message };
        }
        if (ref.tag || ref.digest)
            return { image, ok: false, detail: `${image}: give the image without tag or digest` };
        const client = await clients.get(ref.registry);
        const name = `${ref.registry}/${ref.repository}`;
        const attempt = async () => (0,_registry_js__WEBPACK_IMPORTED_MODULE_0__.remoteVerdict)(async () => {
            const manifest = await client.getManifest(ref.repository, tag);
            if (!manifest)
                return { done: false, missing: `${name}:${tag} not found` };
            let present;
            const json = manifest.json;
            if (Array.isArray(json.manifests)) {
                present = imagePlatforms(manifest.json).map(formatPlatform);
            }
            else {
                const single = await singlePlatform(client, ref.repository, json.config?.digest);
                const wanted = platforms.map(normalisePlatform);
                const ok = wanted.length === 1 && matches(wanted[0], single);
                if (!ok) {
                    return done(image, false, `${name}:${tag} is a single-platform image (${single || 'platform unknown'}), expected an image index with ${platforms.join(', ')}`);
                }
                present = [single];
            }
            const missing = platforms.filter((p) => !present.some((q) => matches(normalisePlatform(p), q)));
            if (missing.length > 0)
                return done(image, false, `${name}:${tag} lacks ${missing.join(', ')} (it has ${present.join(', ') || 'no platform'})`);
            for (const t of moved) {
                const at = await client.resolve(ref.repository, t);
                if (!at)
                    return { done: false, missing: `${name}:${t} not found` };
                if (at !== manifest.digest)
                    return { done: false, missing: `${name}:${t} is ${short(at)}, ${tag} is ${short(manifest.digest)}` };
            }
            const sameNote = moved.length > 0 ? `; ${moved.join(', ')} = same digest` : '';
            const leftNote = family.latest ? '' : '; latest not checked (not the newest stable release)';
            return done(image, true, `${name}:${tag} ${short(manifest.digest)} (${present.join(', ')})${sameNote}${leftNote}`);
        }, (message) => done(image, false, message));
        const outcome = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .poll */ .wt)(attempt, { ...ctx.poll, onWait: (missing, wait) => ctx.log.info(`image: ${missing}; looking again in ${Math.round(wait)} ms`) });
        return outcome.value ?? { image, ok: false, detail: `still missing after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
    };
    const outcomes = await Promise.all(images.map(one));
    const bad = outcomes.filter((o) => !o.ok);
    if (bad.length > 0)
        return { status: 'failed', detail: [...bad, ...outcomes.filter((o) => o.ok)].map((o) => o.detail).join('; ') };
    return { status: 'passed', detail: outcomes.map((o) => o.detail).join('; ') };
}
function done(image, ok, detail) {
    return { done: true, value: { image, ok, detail } };
}
function short(digest) {
    return `${digest.slice(0, 19)}…`;
}
/** `linux/arm64` matches `linux/arm64/v8`; a variant in the configuration must match exactly. */
function matches(wanted, present) {
    return present === wanted || (wanted.split('/').length === 2 && present.startsWith(`${wanted}/`));
}
function normalisePlatform(p) {
    return p.trim().toLowerCase();
}
/** `os/arch[/variant]` from a single-platform image's config blob, or '' when it cannot be read. */
async function singlePlatform(client, repository, configDigest) {
    if (!configDigest)
        return '';
    try {
        const config = JSON.parse(Buffer.from(await client.getBlob(repository, configDigest)).toString('utf8'));
        return [config.os, config.architecture, config.variant].filter(Boolean).join('/');
    }
    catch {
        return '';
    }
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


/***/ })

};
