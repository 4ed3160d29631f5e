export const id = 270;
export const ids = [270];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 5270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validator: () => (/* binding */ validator)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
;// CONCATENATED MODULE: ./actions/lib/config/validator.generated.js
// Generated by scripts/config-validator.mjs from schema/release-actions.schema.json: do not edit.
/* eslint-disable */


const validate = validate10;/* harmony default export */ const validator_generated = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/release-actions/release-actions/schema/release-actions.schema.json","title":".github/release-actions.yaml","description":"Optional configuration read by every release-actions action. Every key is optional: defaults come from the repository layout. Action inputs override it.","type":"object","additionalProperties":false,"properties":{"chart":{"type":"string","description":"Path of the Helm chart folder, e.g. charts/workload-variant-autoscaler. Default: the single charts/*/Chart.yaml.","minLength":1},"charts":{"type":"array","description":"The charts of the repository and how each is versioned. app: with the application (one tag vX.Y.Z for image and chart; at most one chart); own: on its own, released when its version has no tag <name>-<version> yet, as chart-releaser does. Default: every charts/*/Chart.yaml, the release's chart (chart, or the single chart) app and the others own.","items":{"$ref":"#/definitions/chartEntry"}},"images":{"type":"array","description":"Container images the release publishes, without tag, e.g. ghcr.io/llm-d-incubation/workload-variant-autoscaler. Default: ghcr.io/OWNER/REPO. An empty list: the repository releases its chart alone (call release.yaml with image: none); the chart's appVersion is then not the release's.","items":{"type":"string","pattern":"^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$"}},"platforms":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$"},"description":"Platforms each image must carry. Default linux/amd64, linux/arm64."},"version-files":{"type":"array","description":"Files holding the version. Default: the chart's Chart.yaml and values.yaml, Makefile (VERSION, IMG_TAG), README.md.","items":{"$ref":"#/definitions/versionFile"}},"makefile-variables":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":"Makefile variables that hold the version. Default VERSION, plus IMG_TAG when present."},"changelog":{"type":"string","minLength":1,"description":"Path of the Keep a Changelog file. Default CHANGELOG.md."},"changelog-include":{"type":"array","items":{"type":"string"},"description":"Conventional commit types listed although left out by default (chore, ci, test, build, style)."},"helm-repo-url":{"type":"string","format":"uri","description":"URL of the Helm repository. Default https://OWNER.github.io/REPO."},"helm-repo-name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"The alias in `helm repo add ALIAS URL`. Default: the repository name."},"namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","description":"Namespace of the install example. Default: CHART-system."},"pages-branch":{"type":"string","minLength":1,"description":"Branch holding index.yaml. Default gh-pages."},"oci-registry":{"type":"string","pattern":"^oci://","description":"Where to push the chart as an OCI artifact, e.g. oci://ghcr.io/llm-d-incubation/charts."},"crd-dir":{"type":"string","description":"Folder of the generated CRDs (controller-gen output). Default config/crd/bases."},"crd-names":{"type":"array","items":{"type":"string"},"description":"CRDs that must be established after install, e.g. variantautoscalings.llmd.ai."},"release-branch-prefix":{"type":"string","description":"Default release-v."},"pr-template":{"type":"string","description":"Path of a markdown file to use as the release pull request body instead of the built-in checklist."},"git-identity":{"type":"object","additionalProperties":false,"required":["name","email"],"properties":{"name":{"type":"string","minLength":1},"email":{"type":"string","format":"email"}}},"announce":{"type":"object","additionalProperties":false,"properties":{"message-template":{"type":"string"},"discussion-category":{"type":"string"},"dispatch-repos":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"}},"update-repos":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(:.+)?$"}},"mail-to":{"type":"array","items":{"type":"string","format":"email"}},"next-milestone":{"type":"boolean"}}}},"definitions":{"chartEntry":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","description":"The chart folder, relative to the repository, e.g. charts/workload-variant-autoscaler.","pattern":"^(?!/)(?!.*(^|/)\\.\\.(/|$))\\S+$"},"versioning":{"type":"string","enum":["app","own"],"description":"app: released with the application, tag vX.Y.Z. own: released when changed, tag <name>-<version>. Default own, except the release's chart."}}},"versionFile":{"type":"object","additionalProperties":false,"required":["path","type"],"properties":{"path":{"type":"string","minLength":1},"type":{"enum":["chart","values","makefile","docs","regex","json","yaml"]},"variables":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"key":{"type":"string","minLength":1,"description":"Key path for json, yaml and values files, e.g. image.tag."},"pattern":{"type":"string","minLength":1,"description":"For regex files: one capture group that is the version."},"images":{"type":"array","items":{"type":"string"}},"appVersion":{"type":"boolean","description":"For chart files: whether appVersion is the release's version (default true; false when it names another application's version)."}}}}};const schema12 = {"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","description":"The chart folder, relative to the repository, e.g. charts/workload-variant-autoscaler.","pattern":"^(?!/)(?!.*(^|/)\\.\\.(/|$))\\S+$"},"versioning":{"type":"string","enum":["app","own"],"description":"app: released with the application, tag vX.Y.Z. own: released when changed, tag <name>-<version>. Default own, except the release's chart."}}};const schema13 = {"type":"object","additionalProperties":false,"required":["path","type"],"properties":{"path":{"type":"string","minLength":1},"type":{"enum":["chart","values","makefile","docs","regex","json","yaml"]},"variables":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"key":{"type":"string","minLength":1,"description":"Key path for json, yaml and values files, e.g. image.tag."},"pattern":{"type":"string","minLength":1,"description":"For regex files: one capture group that is the version."},"images":{"type":"array","items":{"type":"string"}},"appVersion":{"type":"boolean","description":"For chart files: whether appVersion is the release's version (default true; false when it names another application's version)."}}};const func2 = Object.prototype.hasOwnProperty;const func3 = ucs2length/* default */.A;const pattern0 = new RegExp("^(?!/)(?!.*(^|/)\\.\\.(/|$))\\S+$", "u");const pattern1 = new RegExp("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$", "u");const pattern2 = new RegExp("^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$", "u");const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern5 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");const pattern6 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");const pattern7 = new RegExp("^oci://", "u");const pattern8 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const pattern9 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(:.+)?$", "u");const formats0 = formats/* fullFormats */.U9.uri;const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/release-actions/release-actions/schema/release-actions.schema.json" */;let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema11.properties, key0))){validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.chart !== undefined){let data0 = data.chart;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(func3(data0) < 1){validate10.errors = [{instancePath:instancePath+"/chart",schemaPath:"#/properties/chart/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/chart",schemaPath:"#/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.charts !== undefined){let data1 = data.charts;const _errs4 = errors;if(errors === _errs4){if(Array.isArray(data1)){var valid1 = true;const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];const _errs6 = errors;const _errs7 = errors;if(errors === _errs7){if(data2 && typeof data2 == "object" && !Array.isArray(data2)){let missing0;if((data2.path === undefined) && (missing0 = "path")){validate10.errors = [{instancePath:instancePath+"/charts/" + i0,schemaPath:"#/definitions/chartEntry/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs9 = errors;for(const key1 in data2){if(!((key1 === "path") || (key1 === "versioning"))){validate10.errors = [{instancePath:instancePath+"/charts/" + i0,schemaPath:"#/definitions/chartEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs9 === errors){if(data2.path !== undefined){let data3 = data2.path;const _errs10 = errors;if(errors === _errs10){if(typeof data3 === "string"){if(!pattern0.test(data3)){validate10.errors = [{instancePath:instancePath+"/charts/" + i0+"/path",schemaPath:"#/definitions/chartEntry/properties/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))\\S+$"},message:"must match pattern \""+"^(?!/)(?!.*(^|/)\\.\\.(/|$))\\S+$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/charts/" + i0+"/path",schemaPath:"#/definitions/chartEntry/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid3 = _errs10 === errors;}else {var valid3 = true;}if(valid3){if(data2.versioning !== undefined){let data4 = data2.versioning;const _errs12 = errors;if(typeof data4 !== "string"){validate10.errors = [{instancePath:instancePath+"/charts/" + i0+"/versioning",schemaPath:"#/definitions/chartEntry/properties/versioning/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}if(!((data4 === "app") || (data4 === "own"))){validate10.errors = [{instancePath:instancePath+"/charts/" + i0+"/versioning",schemaPath:"#/definitions/chartEntry/properties/versioning/enum",keyword:"enum",params:{allowedValues: schema12.properties.versioning.enum},message:"must be equal to one of the allowed values"}];return false;}var valid3 = _errs12 === errors;}else {var valid3 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/charts/" + i0,schemaPath:"#/definitions/chartEntry/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid1 = _errs6 === errors;if(!valid1){break;}}}else {validate10.errors = [{instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.images !== undefined){let data5 = data.images;const _errs14 = errors;if(errors === _errs14){if(Array.isArray(data5)){var valid4 = true;const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];const _errs16 = errors;if(errors === _errs16){if(typeof data6 === "string"){if(!pattern1.test(data6)){validate10.errors = [{instancePath:instancePath+"/images/" + i1,schemaPath:"#/properties/images/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/images/" + i1,schemaPath:"#/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs16 === errors;if(!valid4){break;}}}else {validate10.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.platforms !== undefined){let data7 = data.platforms;const _errs18 = errors;if(errors === _errs18){if(Array.isArray(data7)){var valid5 = true;const len2 = data7.length;for(let i2=0; i2<len2; i2++){let data8 = data7[i2];const _errs20 = errors;if(errors === _errs20){if(typeof data8 === "string"){if(!pattern2.test(data8)){validate10.errors = [{instancePath:instancePath+"/platforms/" + i2,schemaPath:"#/properties/platforms/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$"},message:"must match pattern \""+"^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/platforms/" + i2,schemaPath:"#/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid5 = _errs20 === errors;if(!valid5){break;}}}else {validate10.errors = [{instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs18 === errors;}else {var valid0 = true;}if(valid0){if(data["version-files"] !== undefined){let data9 = data["version-files"];const _errs22 = errors;if(errors === _errs22){if(Array.isArray(data9)){var valid6 = true;const len3 = data9.length;for(let i3=0; i3<len3; i3++){let data10 = data9[i3];const _errs24 = errors;const _errs25 = errors;if(errors === _errs25){if(data10 && typeof data10 == "object" && !Array.isArray(data10)){let missing1;if(((data10.path === undefined) && (missing1 = "path")) || ((data10.type === undefined) && (missing1 = "type"))){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3,schemaPath:"#/definitions/versionFile/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs27 = errors;for(const key2 in data10){if(!(((((((key2 === "path") || (key2 === "type")) || (key2 === "variables")) || (key2 === "key")) || (key2 === "pattern")) || (key2 === "images")) || (key2 === "appVersion"))){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3,schemaPath:"#/definitions/versionFile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs27 === errors){if(data10.path !== undefined){let data11 = data10.path;const _errs28 = errors;if(errors === _errs28){if(typeof data11 === "string"){if(func3(data11) < 1){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/path",schemaPath:"#/definitions/versionFile/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/path",schemaPath:"#/definitions/versionFile/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid8 = _errs28 === errors;}else {var valid8 = true;}if(valid8){if(data10.type !== undefined){let data12 = data10.type;const _errs30 = errors;if(!(((((((data12 === "chart") || (data12 === "values")) || (data12 === "makefile")) || (data12 === "docs")) || (data12 === "regex")) || (data12 === "json")) || (data12 === "yaml"))){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/type",schemaPath:"#/definitions/versionFile/properties/type/enum",keyword:"enum",params:{allowedValues: schema13.properties.type.enum},message:"must be equal to one of the allowed values"}];return false;}var valid8 = _errs30 === errors;}else {var valid8 = true;}if(valid8){if(data10.variables !== undefined){let data13 = data10.variables;const _errs31 = errors;if(errors === _errs31){if(Array.isArray(data13)){var valid9 = true;const len4 = data13.length;for(let i4=0; i4<len4; i4++){let data14 = data13[i4];const _errs33 = errors;if(errors === _errs33){if(typeof data14 === "string"){if(!pattern3.test(data14)){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/variables/" + i4,schemaPath:"#/definitions/versionFile/properties/variables/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/variables/" + i4,schemaPath:"#/definitions/versionFile/properties/variables/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid9 = _errs33 === errors;if(!valid9){break;}}}else {validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/variables",schemaPath:"#/definitions/versionFile/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid8 = _errs31 === errors;}else {var valid8 = true;}if(valid8){if(data10.key !== undefined){let data15 = data10.key;const _errs35 = errors;if(errors === _errs35){if(typeof data15 === "string"){if(func3(data15) < 1){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/key",schemaPath:"#/definitions/versionFile/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/key",schemaPath:"#/definitions/versionFile/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid8 = _errs35 === errors;}else {var valid8 = true;}if(valid8){if(data10.pattern !== undefined){let data16 = data10.pattern;const _errs37 = errors;if(errors === _errs37){if(typeof data16 === "string"){if(func3(data16) < 1){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/pattern",schemaPath:"#/definitions/versionFile/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/pattern",schemaPath:"#/definitions/versionFile/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid8 = _errs37 === errors;}else {var valid8 = true;}if(valid8){if(data10.images !== undefined){let data17 = data10.images;const _errs39 = errors;if(errors === _errs39){if(Array.isArray(data17)){var valid10 = true;const len5 = data17.length;for(let i5=0; i5<len5; i5++){const _errs41 = errors;if(typeof data17[i5] !== "string"){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/images/" + i5,schemaPath:"#/definitions/versionFile/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid10 = _errs41 === errors;if(!valid10){break;}}}else {validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/images",schemaPath:"#/definitions/versionFile/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid8 = _errs39 === errors;}else {var valid8 = true;}if(valid8){if(data10.appVersion !== undefined){const _errs43 = errors;if(typeof data10.appVersion !== "boolean"){validate10.errors = [{instancePath:instancePath+"/version-files/" + i3+"/appVersion",schemaPath:"#/definitions/versionFile/properties/appVersion/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid8 = _errs43 === errors;}else {var valid8 = true;}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/version-files/" + i3,schemaPath:"#/definitions/versionFile/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid6 = _errs24 === errors;if(!valid6){break;}}}else {validate10.errors = [{instancePath:instancePath+"/version-files",schemaPath:"#/properties/version-files/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs22 === errors;}else {var valid0 = true;}if(valid0){if(data["makefile-variables"] !== undefined){let data20 = data["makefile-variables"];const _errs45 = errors;if(errors === _errs45){if(Array.isArray(data20)){var valid11 = true;const len6 = data20.length;for(let i6=0; i6<len6; i6++){let data21 = data20[i6];const _errs47 = errors;if(errors === _errs47){if(typeof data21 === "string"){if(!pattern3.test(data21)){validate10.errors = [{instancePath:instancePath+"/makefile-variables/" + i6,schemaPath:"#/properties/makefile-variables/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/makefile-variables/" + i6,schemaPath:"#/properties/makefile-variables/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid11 = _errs47 === errors;if(!valid11){break;}}}else {validate10.errors = [{instancePath:instancePath+"/makefile-variables",schemaPath:"#/properties/makefile-variables/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs45 === errors;}else {var valid0 = true;}if(valid0){if(data.changelog !== undefined){let data22 = data.changelog;const _errs49 = errors;if(errors === _errs49){if(typeof data22 === "string"){if(func3(data22) < 1){validate10.errors = [{instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs49 === errors;}else {var valid0 = true;}if(valid0){if(data["changelog-include"] !== undefined){let data23 = data["changelog-include"];const _errs51 = errors;if(errors === _errs51){if(Array.isArray(data23)){var valid12 = true;const len7 = data23.length;for(let i7=0; i7<len7; i7++){const _errs53 = errors;if(typeof data23[i7] !== "string"){validate10.errors = [{instancePath:instancePath+"/changelog-include/" + i7,schemaPath:"#/properties/changelog-include/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid12 = _errs53 === errors;if(!valid12){break;}}}else {validate10.errors = [{instancePath:instancePath+"/changelog-include",schemaPath:"#/properties/changelog-include/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs51 === errors;}else {var valid0 = true;}if(valid0){if(data["helm-repo-url"] !== undefined){let data25 = data["helm-repo-url"];const _errs55 = errors;if(errors === _errs55){if(errors === _errs55){if(typeof data25 === "string"){if(!(formats0(data25))){validate10.errors = [{instancePath:instancePath+"/helm-repo-url",schemaPath:"#/properties/helm-repo-url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/helm-repo-url",schemaPath:"#/properties/helm-repo-url/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}}var valid0 = _errs55 === errors;}else {var valid0 = true;}if(valid0){if(data["helm-repo-name"] !== undefined){let data26 = data["helm-repo-name"];const _errs57 = errors;if(errors === _errs57){if(typeof data26 === "string"){if(!pattern5.test(data26)){validate10.errors = [{instancePath:instancePath+"/helm-repo-name",schemaPath:"#/properties/helm-repo-name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/helm-repo-name",schemaPath:"#/properties/helm-repo-name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs57 === errors;}else {var valid0 = true;}if(valid0){if(data.namespace !== undefined){let data27 = data.namespace;const _errs59 = errors;if(errors === _errs59){if(typeof data27 === "string"){if(!pattern6.test(data27)){validate10.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs59 === errors;}else {var valid0 = true;}if(valid0){if(data["pages-branch"] !== undefined){let data28 = data["pages-branch"];const _errs61 = errors;if(errors === _errs61){if(typeof data28 === "string"){if(func3(data28) < 1){validate10.errors = [{instancePath:instancePath+"/pages-branch",schemaPath:"#/properties/pages-branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/pages-branch",schemaPath:"#/properties/pages-branch/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs61 === errors;}else {var valid0 = true;}if(valid0){if(data["oci-registry"] !== undefined){let data29 = data["oci-registry"];const _errs63 = errors;if(errors === _errs63){if(typeof data29 === "string"){if(!pattern7.test(data29)){validate10.errors = [{instancePath:instancePath+"/oci-registry",schemaPath:"#/properties/oci-registry/pattern",keyword:"pattern",params:{pattern: "^oci://"},message:"must match pattern \""+"^oci://"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/oci-registry",schemaPath:"#/properties/oci-registry/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs63 === errors;}else {var valid0 = true;}if(valid0){if(data["crd-dir"] !== undefined){const _errs65 = errors;if(typeof data["crd-dir"] !== "string"){validate10.errors = [{instancePath:instancePath+"/crd-dir",schemaPath:"#/properties/crd-dir/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs65 === errors;}else {var valid0 = true;}if(valid0){if(data["crd-names"] !== undefined){let data31 = data["crd-names"];const _errs67 = errors;if(errors === _errs67){if(Array.isArray(data31)){var valid13 = true;const len8 = data31.length;for(let i8=0; i8<len8; i8++){const _errs69 = errors;if(typeof data31[i8] !== "string"){validate10.errors = [{instancePath:instancePath+"/crd-names/" + i8,schemaPath:"#/properties/crd-names/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid13 = _errs69 === errors;if(!valid13){break;}}}else {validate10.errors = [{instancePath:instancePath+"/crd-names",schemaPath:"#/properties/crd-names/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs67 === errors;}else {var valid0 = true;}if(valid0){if(data["release-branch-prefix"] !== undefined){const _errs71 = errors;if(typeof data["release-branch-prefix"] !== "string"){validate10.errors = [{instancePath:instancePath+"/release-branch-prefix",schemaPath:"#/properties/release-branch-prefix/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs71 === errors;}else {var valid0 = true;}if(valid0){if(data["pr-template"] !== undefined){const _errs73 = errors;if(typeof data["pr-template"] !== "string"){validate10.errors = [{instancePath:instancePath+"/pr-template",schemaPath:"#/properties/pr-template/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs73 === errors;}else {var valid0 = true;}if(valid0){if(data["git-identity"] !== undefined){let data35 = data["git-identity"];const _errs75 = errors;if(errors === _errs75){if(data35 && typeof data35 == "object" && !Array.isArray(data35)){let missing2;if(((data35.name === undefined) && (missing2 = "name")) || ((data35.email === undefined) && (missing2 = "email"))){validate10.errors = [{instancePath:instancePath+"/git-identity",schemaPath:"#/properties/git-identity/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs77 = errors;for(const key3 in data35){if(!((key3 === "name") || (key3 === "email"))){validate10.errors = [{instancePath:instancePath+"/git-identity",schemaPath:"#/properties/git-identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs77 === errors){if(data35.name !== undefined){let data36 = data35.name;const _errs78 = errors;if(errors === _errs78){if(typeof data36 === "string"){if(func3(data36) < 1){validate10.errors = [{instancePath:instancePath+"/git-identity/name",schemaPath:"#/properties/git-identity/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/git-identity/name",schemaPath:"#/properties/git-identity/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid14 = _errs78 === errors;}else {var valid14 = true;}if(valid14){if(data35.email !== undefined){let data37 = data35.email;const _errs80 = errors;if(errors === _errs80){if(errors === _errs80){if(typeof data37 === "string"){if(!(formats2.test(data37))){validate10.errors = [{instancePath:instancePath+"/git-identity/email",schemaPath:"#/properties/git-identity/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/git-identity/email",schemaPath:"#/properties/git-identity/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}}var valid14 = _errs80 === errors;}else {var valid14 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/git-identity",schemaPath:"#/properties/git-identity/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs75 === errors;}else {var valid0 = true;}if(valid0){if(data.announce !== undefined){let data38 = data.announce;const _errs82 = errors;if(errors === _errs82){if(data38 && typeof data38 == "object" && !Array.isArray(data38)){const _errs84 = errors;for(const key4 in data38){if(!((((((key4 === "message-template") || (key4 === "discussion-category")) || (key4 === "dispatch-repos")) || (key4 === "update-repos")) || (key4 === "mail-to")) || (key4 === "next-milestone"))){validate10.errors = [{instancePath:instancePath+"/announce",schemaPath:"#/properties/announce/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];return false;break;}}if(_errs84 === errors){if(data38["message-template"] !== undefined){const _errs85 = errors;if(typeof data38["message-template"] !== "string"){validate10.errors = [{instancePath:instancePath+"/announce/message-template",schemaPath:"#/properties/announce/properties/message-template/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid15 = _errs85 === errors;}else {var valid15 = true;}if(valid15){if(data38["discussion-category"] !== undefined){const _errs87 = errors;if(typeof data38["discussion-category"] !== "string"){validate10.errors = [{instancePath:instancePath+"/announce/discussion-category",schemaPath:"#/properties/announce/properties/discussion-category/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid15 = _errs87 === errors;}else {var valid15 = true;}if(valid15){if(data38["dispatch-repos"] !== undefined){let data41 = data38["dispatch-repos"];const _errs89 = errors;if(errors === _errs89){if(Array.isArray(data41)){var valid16 = true;const len9 = data41.length;for(let i9=0; i9<len9; i9++){let data42 = data41[i9];const _errs91 = errors;if(errors === _errs91){if(typeof data42 === "string"){if(!pattern8.test(data42)){validate10.errors = [{instancePath:instancePath+"/announce/dispatch-repos/" + i9,schemaPath:"#/properties/announce/properties/dispatch-repos/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/announce/dispatch-repos/" + i9,schemaPath:"#/properties/announce/properties/dispatch-repos/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid16 = _errs91 === errors;if(!valid16){break;}}}else {validate10.errors = [{instancePath:instancePath+"/announce/dispatch-repos",schemaPath:"#/properties/announce/properties/dispatch-repos/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid15 = _errs89 === errors;}else {var valid15 = true;}if(valid15){if(data38["update-repos"] !== undefined){let data43 = data38["update-repos"];const _errs93 = errors;if(errors === _errs93){if(Array.isArray(data43)){var valid17 = true;const len10 = data43.length;for(let i10=0; i10<len10; i10++){let data44 = data43[i10];const _errs95 = errors;if(errors === _errs95){if(typeof data44 === "string"){if(!pattern9.test(data44)){validate10.errors = [{instancePath:instancePath+"/announce/update-repos/" + i10,schemaPath:"#/properties/announce/properties/update-repos/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(:.+)?$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(:.+)?$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/announce/update-repos/" + i10,schemaPath:"#/properties/announce/properties/update-repos/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid17 = _errs95 === errors;if(!valid17){break;}}}else {validate10.errors = [{instancePath:instancePath+"/announce/update-repos",schemaPath:"#/properties/announce/properties/update-repos/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid15 = _errs93 === errors;}else {var valid15 = true;}if(valid15){if(data38["mail-to"] !== undefined){let data45 = data38["mail-to"];const _errs97 = errors;if(errors === _errs97){if(Array.isArray(data45)){var valid18 = true;const len11 = data45.length;for(let i11=0; i11<len11; i11++){let data46 = data45[i11];const _errs99 = errors;if(errors === _errs99){if(errors === _errs99){if(typeof data46 === "string"){if(!(formats2.test(data46))){validate10.errors = [{instancePath:instancePath+"/announce/mail-to/" + i11,schemaPath:"#/properties/announce/properties/mail-to/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/announce/mail-to/" + i11,schemaPath:"#/properties/announce/properties/mail-to/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}}var valid18 = _errs99 === errors;if(!valid18){break;}}}else {validate10.errors = [{instancePath:instancePath+"/announce/mail-to",schemaPath:"#/properties/announce/properties/mail-to/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid15 = _errs97 === errors;}else {var valid15 = true;}if(valid15){if(data38["next-milestone"] !== undefined){const _errs101 = errors;if(typeof data38["next-milestone"] !== "boolean"){validate10.errors = [{instancePath:instancePath+"/announce/next-milestone",schemaPath:"#/properties/announce/properties/next-milestone/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid15 = _errs101 === errors;}else {var valid15 = true;}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/announce",schemaPath:"#/properties/announce/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs82 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}}}}}}else {validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./actions/lib/config/validate.ts

/**
 * The config validator: ajv's code for the schema, generated at build time
 * (scripts/config-validator.mjs), so neither ajv nor a schema compilation is loaded at start-up.
 */
function validator() {
    return validate;
}


/***/ })

};
