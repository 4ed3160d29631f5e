export const id = 455;
export const ids = [455];
export const modules = {

/***/ 5455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dispatchChannel: () => (/* binding */ dispatchChannel)
/* harmony export */ });
/* unused harmony export dispatchPayload */
/* harmony import */ var _lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8761);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8505);


function dispatchPayload(facts) {
    return {
        repository: facts.repository,
        version: facts.version,
        tag: facts.tag,
        image: facts.image ?? null,
        chart: facts.chart ?? null,
        notes_url: facts.notesUrl,
        prerelease: facts.prerelease,
        ...(facts.kind === 'rollback' ? { reason: facts.reason ?? '', previous_tag: facts.previous?.tag ?? null } : {}),
    };
}
function dispatchChannel(client, target, facts) {
    const [owner = '', repo = ''] = target.split('/');
    return {
        id: `dispatch:${target}`,
        async send() {
            const event = (0,_lib_announce_webhook_js__WEBPACK_IMPORTED_MODULE_0__/* .eventName */ .eq)(facts);
            try {
                await client.rest.repos.createDispatchEvent({ owner, repo, event_type: event, client_payload: dispatchPayload(facts) });
            }
            catch (err) {
                throw (0,_release_js__WEBPACK_IMPORTED_MODULE_1__.remoteError)(`repository_dispatch ${event} to ${target} (the token needs contents: write there)`, err);
            }
            return event;
        },
    };
}


/***/ }),

/***/ 8761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ SIGNATURE_HEADER),
/* harmony export */   ek: () => (/* binding */ deliveryId),
/* harmony export */   eq: () => (/* binding */ eventName),
/* harmony export */   lt: () => (/* binding */ DELIVERY_HEADER),
/* harmony export */   m0: () => (/* binding */ webhookPayload),
/* harmony export */   rf: () => (/* binding */ EVENT_HEADER),
/* harmony export */   vl: () => (/* binding */ signature)
/* harmony export */ });
/* unused harmony export verifySignature */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3687);
/**
 * The generic webhook: one JSON document per announcement, POSTed to every URL of
 * `webhook-urls`. With a secret, the body is signed like GitHub signs its own webhooks:
 * `X-Release-Actions-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes>`, so a
 * receiver checks it with a constant-time compare before trusting anything in it.
 * `X-Release-Actions-Delivery` is stable for one release, kind and URL: a receiver can drop
 * a delivery it has already seen.
 */


const SIGNATURE_HEADER = 'X-Release-Actions-Signature';
const EVENT_HEADER = 'X-Release-Actions-Event';
const DELIVERY_HEADER = 'X-Release-Actions-Delivery';
function eventName(facts) {
    return facts.kind === 'rollback' ? 'release-rolled-back' : 'release-published';
}
function webhookPayload(facts, text) {
    return {
        event: eventName(facts),
        repository: facts.repository,
        project: facts.project,
        version: facts.version,
        tag: facts.tag,
        url: facts.notesUrl,
        prerelease: facts.prerelease,
        highlights: facts.highlights.map(_message_js__WEBPACK_IMPORTED_MODULE_1__.chatSafe),
        install: facts.install,
        image: facts.image ?? null,
        chart: facts.chart ?? null,
        text,
        ...(facts.kind === 'rollback' ? { reason: (0,_message_js__WEBPACK_IMPORTED_MODULE_1__.chatSafe)(facts.reason ?? ''), previous: facts.previous ?? null } : {}),
    };
}
/** `sha256=<hex>` of the body bytes. */
function signature(body, secret) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/** A receiver's check: constant time, and false for anything malformed. */
function verifySignature(body, secret, header) {
    if (!header || !/^sha256=[0-9a-f]{64}$/.test(header))
        return false;
    const expected = Buffer.from(signature(body, secret));
    const given = Buffer.from(header);
    return expected.length === given.length && timingSafeEqual(expected, given);
}
/** Stable per release, kind and URL. */
function deliveryId(facts, url) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${facts.releaseId}\0${facts.kind}\0${url}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}


/***/ })

};
