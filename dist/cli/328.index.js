export const id = 328;
export const ids = [328];
export const modules = {

/***/ 46328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startSigstore: () => (/* binding */ startSigstore)
});

// UNUSED EXPORTS: githubIdentity

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/mock/dist/index.js
var mock_dist = __webpack_require__(97938);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./actions/lib/runner/tuning.ts
var tuning = __webpack_require__(4100);
;// CONCATENATED MODULE: ./test/support/sigstore/identity.ts
function githubIdentity(id) {
    const server = id.serverUrl.replace(/\/+$/, '');
    const workflow = id.workflow ?? `${id.repository}/.github/workflows/release.yaml@${id.ref}`;
    const issuer = id.issuer ?? 'https://token.actions.githubusercontent.com';
    return {
        san: `${server}/${workflow}`,
        extensions: [
            { oid: '1.3.6.1.4.1.57264.1.1', value: issuer, legacy: true },
            { oid: '1.3.6.1.4.1.57264.1.8', value: issuer },
            { oid: '1.3.6.1.4.1.57264.1.9', value: `${server}/${workflow}` },
            { oid: '1.3.6.1.4.1.57264.1.12', value: `${server}/${id.repository}` },
            { oid: '1.3.6.1.4.1.57264.1.14', value: id.ref },
            { oid: '1.3.6.1.4.1.57264.1.18', value: `${server}/${id.repository}/.github/workflows/ci-release.yaml@${id.ref}` },
            { oid: '1.3.6.1.4.1.57264.1.20', value: 'push' },
        ],
    };
}

;// CONCATENATED MODULE: ./test/support/sigstore/index.ts
/**
 * A local Sigstore for tests and the rehearsal: a Fulcio-like CA (with a CT log, whose SCT
 * goes into each certificate), a Rekor-like transparency log served over HTTP on 127.0.0.1,
 * and the `TrustedRoot` that names them. Built from `@sigstore/mock` (the Sigstore project's
 * own stand-ins; the CT log is ours, see ctLog) and signed through `@sigstore/sign`'s bundle builder, the code path
 * `actions/attest` uses: a signature made here verifies with `@sigstore/verify` exactly as a
 * public-good one does, and nothing leaves the machine.
 */










function keyPair() {
    return (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
}
async function startSigstore(opts = {}) {
    const clock = opts.clock;
    const ctKeys = keyPair();
    const ctlog = ctLog(ctKeys, clock);
    const ca = await (0,mock_dist/* initializeCA */.vk)(keyPair(), ctlog, clock);
    const tlogKeys = keyPair();
    const log = await serveRekor(tlogKeys, clock);
    const { url } = log;
    const start = opts.validFor?.start ?? new Date((clock ?? new Date()).getTime() - 86_400_000);
    const validFor = { start, ...(opts.validFor?.end ? { end: opts.validFor.end } : {}) };
    const trustedRoot = trustedRootJson(ca, tlogKeys.publicKey, ctlog, validFor, url);
    return {
        rekorUrl: url,
        trustedRoot,
        entries: () => log.entries,
        async attest(statement, identity, via = {}) {
            const witness = new sign_dist/* RekorWitness */.fU({ rekorBaseURL: via.logUrl ?? url, entryType: 'intoto', fetchOnConflict: true, ...logClient() });
            const builder = new sign_dist/* DSSEBundleBuilder */.VV({ signer: fulcioSigner(ca, identity), witnesses: [witness] });
            const payload = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', ...statement }));
            const bundle = await builder.create({ data: payload, type: 'application/vnd.in-toto+json' });
            return (0,dist.bundleToJSON)(bundle);
        },
        stop: () => new Promise((resolve) => log.server.close(() => resolve())),
    };
}
/**
 * A certificate transparency log that answers with an RFC 6962 v1 SCT (§3.2) over the
 * precertificate's TBS. Written here because @sigstore/mock's CT log hands pkijs an
 * asn1js object where pkijs 3.4 wants bytes, and so writes an SCT of length 0.
 */
function ctLog(keys, clock) {
    const publicKey = keys.publicKey.export({ format: 'der', type: 'spki' });
    const logID = (0,external_node_crypto_.createHash)('sha256').update(publicKey).digest();
    return {
        publicKey,
        logID,
        async log(precert, issuerID) {
            const tbs = core_dist.X509Certificate.parse(Buffer.from(precert)).tbsCertificate.toDER();
            const time = Buffer.alloc(8);
            time.writeBigUInt64BE(BigInt((clock ?? new Date()).getTime()));
            const tbsLength = Buffer.alloc(3);
            tbsLength.writeUIntBE(tbs.length, 0, 3);
            // version v1, certificate_timestamp, timestamp, precert_entry, issuer key hash, TBS, no extensions
            const signed = Buffer.concat([Buffer.from([0, 0]), time, Buffer.from([0, 1]), Buffer.from(issuerID), tbsLength, tbs, Buffer.from([0, 0])]);
            const sig = (0,external_node_crypto_.sign)('sha256', signed, keys.privateKey);
            const sigLength = Buffer.alloc(2);
            sigLength.writeUInt16BE(sig.length);
            // version, log id, timestamp, no extensions, sha256 (4), ecdsa (3), the signature
            const sct = Buffer.concat([Buffer.from([0]), logID, time, Buffer.from([0, 0, 4, 3]), sigLength, sig]);
            const length = Buffer.alloc(2);
            length.writeUInt16BE(sct.length);
            const out = Buffer.concat([length, sct]);
            return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
        },
    };
}
/** An ephemeral key per signature, certified by the CA for the identity, as Fulcio does for an OIDC token. */
function fulcioSigner(ca, identity) {
    return {
        async sign(data) {
            const { privateKey, publicKey } = keyPair();
            const id = githubIdentity(identity);
            const der = await ca.issueCertificate({ publicKey: publicKey.export({ format: 'der', type: 'spki' }), subjectAltName: id.san, extensions: id.extensions });
            const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
            return { signature: (0,external_node_crypto_.sign)('sha256', data, privateKey), key: { $case: 'x509Certificate', certificate: pem } };
        },
    };
}
/**
 * The log's client settings, as a signer on a runner needs them: a deadline per attempt
 * (RELEASE_ACTIONS_REQUEST_TIMEOUT_MS) and three retries of a 5xx, 408, 429 or broken
 * connection, 1 s then 2 s then 4 s apart (times RELEASE_ACTIONS_RETRY_SCALE).
 */
function logClient() {
    const scale = (0,tuning/* retryScale */.H5)();
    return { timeout: (0,tuning/* requestTimeoutMs */.Hl)(), retry: { retries: 3, factor: 2, minTimeout: 1000 * scale, maxTimeout: 4000 * scale } };
}
const ENTRIES = '/api/v1/log/entries';
/**
 * `@sigstore/mock`'s log behind Rekor v1's two routes a signer uses: `POST /api/v1/log/entries`
 * (201 with the entry) and `GET /api/v1/log/entries/{uuid}`. An entry proposed again (a retry
 * whose first answer was lost) is not logged twice: Rekor answers 409 Conflict with the
 * existing entry's `Location`, as rekor's `createLogEntryHandler` does.
 */
async function serveRekor(keys, clock) {
    const server = (0,external_node_http_.createServer)();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}`;
    const handler = (0,mock_dist/* rekorHandler */.kB)(await (0,mock_dist/* initializeTLog */.Lb)(url, keys, clock));
    const byProposal = new Map();
    const byUuid = new Map();
    const state = { server, url, entries: 0 };
    const answer = async (method, path, body) => {
        if (method === 'GET' && path.startsWith(`${ENTRIES}/`)) {
            const entry = byUuid.get(path.slice(ENTRIES.length + 1));
            return entry ? { status: 200, headers: { 'content-type': 'application/json' }, body: entry } : { status: 404, headers: {}, body: '' };
        }
        if (method !== 'POST' || path !== handler.path)
            return { status: 404, headers: {}, body: '' };
        const key = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
        const uuid = byProposal.get(key);
        if (uuid)
            return { status: 409, headers: { 'content-type': 'application/json', location: `${ENTRIES}/${uuid}` }, body: JSON.stringify({ code: 409, message: 'an equivalent entry already exists in the transparency log' }) };
        const r = await handler.fn(body);
        const text = r.response.toString();
        if (r.statusCode === 201) {
            const created = Object.keys(JSON.parse(text))[0];
            byProposal.set(key, created);
            byUuid.set(created, text);
            state.entries += 1;
        }
        return { status: r.statusCode, headers: { 'content-type': r.contentType ?? 'text/plain' }, body: text };
    };
    server.on('request', (req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            void answer(req.method ?? 'GET', (req.url ?? '/').split('?')[0], Buffer.concat(chunks).toString('utf8')).then((r) => res.writeHead(r.status, r.headers).end(r.body));
        });
    });
    return state;
}
function trustedRootJson(ca, tlogKey, ctlog, validFor, rekorUrl) {
    const tlogDer = tlogKey.export({ format: 'der', type: 'spki' });
    const root = {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        certificateAuthorities: [
            { subject: { commonName: 'sigstore', organization: 'sigstore.mock' }, uri: 'http://127.0.0.1/fulcio', certChain: { certificates: [{ rawBytes: ca.rootCertificate }] }, validFor, operator: 'local' },
        ],
        tlogs: [
            {
                baseUrl: rekorUrl,
                hashAlgorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256,
                publicKey: { rawBytes: tlogDer, keyDetails: protobuf_specs_dist.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor },
                logId: { keyId: (0,external_node_crypto_.createHash)('sha256').update(tlogDer).digest() },
                checkpointKeyId: undefined,
                operator: 'local',
            },
        ],
        ctlogs: [
            {
                baseUrl: 'http://127.0.0.1/ctlog',
                hashAlgorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256,
                publicKey: { rawBytes: ctlog.publicKey, keyDetails: protobuf_specs_dist.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor },
                logId: { keyId: ctlog.logID },
                checkpointKeyId: undefined,
                operator: 'local',
            },
        ],
        timestampAuthorities: [],
    };
    return protobuf_specs_dist.TrustedRoot.toJSON(root);
}


/***/ })

};
