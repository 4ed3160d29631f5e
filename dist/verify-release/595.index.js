export const id = 595;
export const ids = [595,305];
export const modules = {

/***/ 18456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 37742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 47714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 61040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.vw = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.Km = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __webpack_require__(18456);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } });
var bundle_1 = __webpack_require__(37742);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } });
Object.defineProperty(exports, "Km", ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } });
var error_1 = __webpack_require__(47714);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return error_1.ValidationError; } });
var serialized_1 = __webpack_require__(23404);
Object.defineProperty(exports, "vw", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } });
var validate_1 = __webpack_require__(9352);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.isBundleV01; } });


/***/ }),

/***/ 23404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
const validate_1 = __webpack_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __webpack_require__(47714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

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

/***/ 95595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listAttestations: () => (/* binding */ listAttestations),
  prove: () => (/* binding */ prove)
});

// EXTERNAL MODULE: ./actions/lib/github/client.ts
var github_client = __webpack_require__(57305);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./actions/lib/signing/identity.ts
var identity = __webpack_require__(24214);
// EXTERNAL MODULE: ./actions/lib/signing/statement.ts
var signing_statement = __webpack_require__(76491);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./actions/lib/signing/verify-bundle.ts
/**
 * One Sigstore bundle verified: the certificate chains to a trusted Fulcio CA at the time the
 * log recorded it, the transparency log entry's inclusion proof and signed checkpoint hold and
 * its body is this signature, and the DSSE envelope's signature is the certificate's key's.
 * All of that is @sigstore/verify; this module only reads what it proved: the in-toto
 * statement and the identity in the certificate.
 */




/** Why a bundle did not verify, in words a release engineer can act on. */
class BundleError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
const HINTS = {
    CERTIFICATE_ERROR: 'the certificate does not chain to a CA of the trusted root valid at signing time (another or an expired root?)',
    TLOG_INCLUSION_PROOF_ERROR: 'the transparency log inclusion proof does not hold',
    TLOG_INCLUSION_PROMISE_ERROR: "the transparency log's signed entry timestamp does not verify",
    TLOG_MISSING_INCLUSION_ERROR: 'the bundle has no transparency log inclusion proof',
    TLOG_BODY_ERROR: 'the transparency log entry is not for this signature',
    TLOG_ERROR: 'no transparency log of the trusted root recorded it',
    SIGNATURE_ERROR: 'the signature does not match the signed content',
    TIMESTAMP_ERROR: 'no trusted timestamp',
};
function verifyAttestationBundle(json, trust) {
    let bundle;
    try {
        bundle = (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (err) {
        throw new BundleError(`not a Sigstore bundle: ${err.message}`, 'BUNDLE_INVALID');
    }
    if (!(0,dist/* isBundleWithDsseEnvelope */.Km)(bundle))
        throw new BundleError('the bundle signs a message, expected a DSSE envelope with an in-toto statement', 'BUNDLE_NOT_DSSE');
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    const logged = bundle.verificationMaterial.tlogEntries[0]?.integratedTime;
    try {
        new verify_dist/* Verifier */.BL(trust).verify(entity);
    }
    catch (err) {
        const code = err.code ?? 'VERIFICATION_ERROR';
        const expired = code === 'CERTIFICATE_ERROR' && logged ? expiredRoot(trust, new Date(Number(logged) * 1000)) : undefined;
        throw new BundleError(`${expired ?? HINTS[code] ?? 'verification failed'} (${code}: ${err.message})`, code);
    }
    let statement;
    try {
        statement = (0,signing_statement/* parseStatement */.By)(bundle.content.dsseEnvelope.payloadType, bundle.content.dsseEnvelope.payload);
    }
    catch (err) {
        if (err instanceof signing_statement/* StatementError */.Mp)
            throw new BundleError(err.message, 'STATEMENT_INVALID');
        throw err;
    }
    const entry = bundle.verificationMaterial.tlogEntries[0];
    return {
        statement,
        identity: entity.key.$case === 'certificate' ? identityOf(entity.key.certificate) : {},
        ...(entry ? { loggedAt: new Date(Number(entry.integratedTime) * 1000).toISOString(), logIndex: entry.logIndex } : {}),
    };
}
/** When every CA of the root had ended before the signing time: the root is stale, not the signature foreign. */
function expiredRoot(trust, signedAt) {
    const ends = trust.certificateAuthorities.map((ca) => ca.validFor.end);
    if (ends.length === 0 || ends.some((end) => end.getTime() >= signedAt.getTime()))
        return undefined;
    const last = new Date(Math.max(...ends.map((e) => e.getTime())));
    return `the trusted root's certificate authorities were valid until ${last.toISOString()}, and this was signed ${signedAt.toISOString()}: an expired root (fetch the current one, or pass a current trusted-root)`;
}
/** The identity fields of a Fulcio certificate (v2 extensions are DER UTF8Strings). */
function identityOf(cert) {
    const ext = (oid) => {
        const e = cert.extension(oid);
        if (!e)
            return undefined;
        const inner = e.valueObj.subs?.[0]?.value ?? e.valueObj.value;
        return inner.toString('utf8');
    };
    const found = {};
    const set = (k, v) => {
        if (v !== undefined)
            found[k] = v;
    };
    set('san', cert.subjectAltName);
    set('issuer', ext(identity/* FULCIO_OIDS */.bo.issuer));
    set('sourceRepository', ext(identity/* FULCIO_OIDS */.bo.sourceRepositoryUri));
    set('sourceRef', ext(identity/* FULCIO_OIDS */.bo.sourceRepositoryRef));
    set('buildConfig', ext(identity/* FULCIO_OIDS */.bo.buildConfigUri));
    return found;
}

;// CONCATENATED MODULE: ./actions/lib/signing/attestations.ts





/** Every attestation GitHub holds for `digest` (`sha256:…`), following the cursor pages. */
async function listAttestations(client, repo, digest, predicateType) {
    const out = [];
    let after;
    for (let page = 0; page < 20; page++) {
        let res;
        try {
            res = await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
                ...repo,
                subject_digest: digest,
                per_page: 100,
                ...(predicateType ? { predicate_type: predicateType } : {}),
                ...(after ? { after } : {}),
            });
        }
        catch (err) {
            const status = (0,github_client.statusOf)(err);
            if (status === 404)
                return out;
            const call = `GET /repos/${repo.owner}/${repo.repo}/attestations/${digest}`;
            const how = status ? `answered HTTP ${status} (${err.message})` : `failed: ${err.message}`;
            throw new errors/* RemoteError */.Hi(`reading the attestations of ${digest} failed: ${call} ${how}${status === 403 ? '; the token needs attestations: read' : ''}`, status, { cause: err });
        }
        const items = res.data.attestations ?? [];
        out.push(...items.filter((a) => a.bundle !== undefined).map((a) => ({ bundle: a.bundle })));
        after = /<[^>]*[?&]after=([^&>]+)[^>]*>;\s*rel="next"/.exec(String(res.headers.link ?? ''))?.[1];
        if (!after)
            return out;
    }
    return out;
}
/** The first attestation that proves the request, else every reason the others did not. */
function prove(attestations, trust, req) {
    if (attestations.length === 0)
        return { ok: false, detail: `${req.artifact}: no attestation for ${req.digest}; expected one signed by ${(0,identity/* describeExpected */.Ge)(req.expected)}` };
    const reasons = [];
    for (const [i, a] of attestations.entries()) {
        const n = attestations.length > 1 ? `attestation ${i + 1}/${attestations.length}: ` : '';
        let v;
        try {
            v = verifyAttestationBundle(a.bundle, trust);
        }
        catch (err) {
            if (!(err instanceof BundleError))
                throw err;
            reasons.push(`${n}${err.message}`);
            continue;
        }
        const digests = (0,signing_statement/* subjectDigests */.IF)(v.statement);
        if (!digests.includes(req.digest.toLowerCase())) {
            reasons.push(`${n}signed for ${digests.join(', ') || 'no digest'}, not for the published ${req.digest}`);
            continue;
        }
        const what = req.wants(v.statement);
        if (what) {
            reasons.push(`${n}${what}`);
            continue;
        }
        const mismatches = (0,identity/* identityMismatches */.Nn)(req.expected, v.identity);
        if (mismatches.length > 0) {
            reasons.push(`${n}signed by ${(0,identity/* describeIdentity */.Cl)(v.identity)}, expected ${(0,identity/* describeExpected */.Ge)(req.expected)}: ${mismatches.join('; ')}`);
            continue;
        }
        const log = v.logIndex !== undefined ? `, in the log at index ${v.logIndex} (${v.loggedAt})` : '';
        return { ok: true, detail: `${req.artifact}: signed by ${(0,identity/* describeIdentity */.Cl)(v.identity)}, verified${log}`, verified: v };
    }
    return { ok: false, detail: `${req.artifact}: ${reasons.join('; ')}` };
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


/***/ })

};
