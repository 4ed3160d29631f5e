export const id = 17;
export const ids = [17];
export const modules = {

/***/ 9017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestedSubjects: () => (/* binding */ attestedSubjects),
/* harmony export */   isProvenanceName: () => (/* binding */ isProvenanceName),
/* harmony export */   keepPublishedProvenance: () => (/* binding */ keepPublishedProvenance)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3490);
/**
 * Provenance assets on a re-run. A Sigstore bundle from actions/attest-build-provenance is
 * signed with a short-lived certificate and logged with its own timestamp, and its statement
 * names the run attempt: re-running the release job attests the very same chart with
 * different bytes. The asset check compares bytes, so without this a re-run would be refused
 * (or, with replace-assets, swap published evidence for new evidence of the same thing).
 *
 * The rule: when the release already has a provenance asset of the same name, and both it
 * and the new bundle attest exactly the same subjects (name and every digest) under the same
 * predicate types, the published one is kept and the new one is not uploaded — with a notice
 * saying so. Anything else (other subjects, a digest that differs, a file that cannot be read
 * as in-toto) is left to the byte comparison, which refuses it.
 */




/** The names actions/attest-build-provenance and the release workflows give provenance bundles. */
function isProvenanceName(name) {
    return /\.(intoto\.jsonl|sigstore\.json|sigstore)$/i.test(name);
}
function statementOf(doc) {
    if (doc === null || typeof doc !== 'object')
        return undefined;
    const o = doc;
    // a Sigstore bundle carries a DSSE envelope; an envelope may also stand alone
    const envelope = (o['dsseEnvelope'] ?? (typeof o['payload'] === 'string' ? o : undefined));
    if (envelope && typeof envelope.payload === 'string') {
        if (envelope.payloadType !== 'application/vnd.in-toto+json')
            return undefined;
        try {
            return statementOf(JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')));
        }
        catch {
            return undefined;
        }
    }
    return typeof o['_type'] === 'string' && Array.isArray(o['subject']) ? o : undefined;
}
/**
 * What a provenance file attests: one `predicateType name alg:digest` line per subject
 * digest, sorted; undefined when any line is not an in-toto statement or names no digest.
 */
function attestedSubjects(data) {
    const lines = data.toString().split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0)
        return undefined;
    const out = new Set();
    for (const line of lines) {
        let doc;
        try {
            doc = JSON.parse(line);
        }
        catch {
            return undefined;
        }
        const st = statementOf(doc);
        if (!st || typeof st.predicateType !== 'string' || !Array.isArray(st.subject) || st.subject.length === 0)
            return undefined;
        for (const s of st.subject) {
            const digests = s.digest && typeof s.digest === 'object' ? Object.entries(s.digest) : [];
            if (typeof s.name !== 'string' || digests.length === 0)
                return undefined;
            for (const [alg, value] of digests) {
                if (typeof value !== 'string' || value === '')
                    return undefined;
                out.add(`${st.predicateType} ${s.name} ${alg.toLowerCase()}:${value.toLowerCase()}`);
            }
        }
    }
    return [...out].sort();
}
async function download(client, repo, assetId) {
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: assetId, headers: { accept: 'application/octet-stream' } });
        const data = res.data;
        if (data instanceof ArrayBuffer)
            return Buffer.from(data);
        if (typeof data === 'string')
            return Buffer.from(data);
        return Buffer.isBuffer(data) ? data : undefined;
    }
    catch {
        // unreadable: the byte comparison decides
        return undefined;
    }
}
/**
 * `local` with every provenance bundle that attests what the release's asset of the same name
 * already attests replaced by that published asset (a copy in `tempDir`), so the asset check
 * keeps it. Other assets are returned as they are.
 */
async function keepPublishedProvenance(client, repo, release, local, opts) {
    const out = [];
    for (const asset of local) {
        const existing = isProvenanceName(asset.name) ? release.assets.find((a) => a.name === (0,_release_js__WEBPACK_IMPORTED_MODULE_3__.assetName)(asset.name)) : undefined;
        const publishedSha = existing?.digest?.startsWith('sha256:') ? existing.digest.slice('sha256:'.length) : undefined;
        if (!existing || publishedSha === asset.sha256) {
            out.push(asset);
            continue;
        }
        const published = await download(client, repo, existing.id);
        const ours = attestedSubjects(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(asset.path));
        const theirs = published ? attestedSubjects(published) : undefined;
        if (!published || !ours || !theirs || ours.join('\n') !== theirs.join('\n')) {
            out.push(asset);
            continue;
        }
        const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(published).digest('hex');
        if (sha256 === asset.sha256) {
            out.push(asset);
            continue;
        }
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.tempDir, 'published-provenance-'));
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, asset.name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, published);
        opts.log.notice(`asset ${existing.name}: the release already has provenance for the same ${theirs.length === 1 ? 'subject' : 'subjects'} (${theirs.map((s) => s.split(' ').slice(1).join(' ')).join('; ')}); ` +
            `the published bundle is kept and this run's (${asset.rel}, sha256 ${asset.sha256.slice(0, 12)}…) is not uploaded`);
        out.push({ ...asset, path, size: published.length, sha256 });
    }
    return out;
}


/***/ })

};
