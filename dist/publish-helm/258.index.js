export const id = 258;
export const ids = [258,687,100];
export const modules = {

/***/ 3127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ helmVersionProblem),
/* harmony export */   VV: () => (/* binding */ isHelmVersion),
/* harmony export */   dH: () => (/* binding */ ociTagOf),
/* harmony export */   iS: () => (/* binding */ isStrictSemver)
/* harmony export */ });
/**
 * Chart versions as Helm reads them: `semver.NewVersion` of Masterminds/semver v3, the parser
 * behind `Metadata.Validate` (so behind `helm package`, `helm push` and the repository index).
 * It is looser than SemVer 2: a leading `v` and a missing minor or patch (`1`, `v1.2`) are
 * accepted; leading zeros in numeric parts and in numeric pre-release identifiers are not.
 */
const NUM = '(?:0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const HELM_VERSION = new RegExp(`^v?${NUM}(?:\\.${NUM})?(?:\\.${NUM})?(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`);
/** Strict SemVer 2, no `v` (Masterminds' StrictNewVersion: Helm's lint warns when it fails). */
const STRICT = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`);
/** Whether Helm accepts `version` as a chart version. */
function isHelmVersion(version) {
    return HELM_VERSION.test(version);
}
/** Whether `version` is strict SemVer 2 (three numbers, no `v`); Helm's lint warns when it is not. */
function isStrictSemver(version) {
    return STRICT.test(version);
}
/** Why Helm refuses `version` as a chart version, or undefined. */
function helmVersionProblem(version) {
    if (isHelmVersion(version))
        return undefined;
    if (/^\d+\.\d+\.\d+\.\d+/.test(version))
        return `'${version}' has four numbers; a chart version is MAJOR.MINOR.PATCH (e.g. 1.2.3)`;
    if (/(^|[.-])0\d/.test(version.split('+')[0]))
        return `'${version}' has a number with a leading zero (write 1.2.3, not 01.2.3)`;
    return `'${version}' is not a SemVer version (MAJOR.MINOR.PATCH, optionally -prerelease and +build, e.g. 1.2.3 or v1.2.3-rc.1)`;
}
/** The OCI tag of a chart version: `+` is not allowed in tags, so Helm writes `_` for it. */
function ociTagOf(version) {
    return version.replaceAll('+', '_');
}


/***/ }),

/***/ 4100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ retryScale),
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs),
/* harmony export */   gI: () => (/* binding */ scaledWait)
/* harmony export */ });
/* unused harmony exports RETRY_SCALE, REQUEST_TIMEOUT_MS, readSetting */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/**
 * The suite's tuning settings, read from the environment here and nowhere else, with one rule:
 * unset or blank means the default; anything else must be a plain decimal number in range, or
 * the run stops with an ActionError naming the variable, what it expects and its default — a
 * typo must not silently turn a test's millisecond waits into real ones, or the other way round.
 *
 * | variable | what | default |
 * | --- | --- | --- |
 * | `RELEASE_ACTIONS_RETRY_SCALE` | multiplies every wait between attempts (GitHub client back-off and rate-limit waits, registry and webhook retries, push retries, polling); `0` waits not at all | 1 |
 * | `RELEASE_ACTIONS_REQUEST_TIMEOUT_MS` | per-attempt limit of one request (GitHub API, registries, webhooks; for git over HTTP the stall limit, in whole seconds) | 60000 |
 *
 * Only the waits are scaled, never a deadline the user set (verify-release's `timeout`).
 */

const RETRY_SCALE = { name: 'RELEASE_ACTIONS_RETRY_SCALE', what: 'a number ≥ 0 that multiplies every wait between attempts', fallback: 1, min: 0 };
const REQUEST_TIMEOUT_MS = { name: 'RELEASE_ACTIONS_REQUEST_TIMEOUT_MS', what: 'a number of milliseconds > 0, the limit of one request attempt', fallback: 60_000, min: 0, above: true };
const DECIMAL = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;
/** The setting's value in `env`, by the one rule. */
function readSetting(setting, env = process.env) {
    const raw = env[setting.name];
    if (raw === undefined || raw.trim() === '')
        return setting.fallback;
    const value = DECIMAL.test(raw) ? Number(raw) : NaN;
    const inRange = setting.above ? value > setting.min : value >= setting.min;
    if (!Number.isFinite(value) || !inRange) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${setting.name} must be ${setting.what} (default ${setting.fallback}), got ${JSON.stringify(raw.slice(0, 40))}: unset it, or set a number`);
    }
    return value;
}
/** RELEASE_ACTIONS_RETRY_SCALE: the multiplier of every wait between attempts (default 1). */
function retryScale(env = process.env) {
    return readSetting(RETRY_SCALE, env);
}
/** RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: the limit of one request attempt in ms (default 60 000). */
function requestTimeoutMs(env = process.env) {
    return readSetting(REQUEST_TIMEOUT_MS, env);
}
/** `ms` multiplied by the retry scale, rounded: what to wait before the next attempt. */
function scaledWait(ms, env = process.env) {
    return Math.round(ms * retryScale(env));
}


/***/ }),

/***/ 2687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkOci: () => (/* binding */ checkOci),
  pushOci: () => (/* binding */ pushOci)
});

// EXTERNAL MODULE: ./actions/lib/oci/client.ts + 2 modules
var oci_client = __webpack_require__(2701);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/lib/helm/version.ts
var version = __webpack_require__(3127);
// EXTERNAL MODULE: ./actions/lib/oci/digest.ts
var digest = __webpack_require__(1766);
// EXTERNAL MODULE: ./actions/lib/oci/media-types.ts
var media_types = __webpack_require__(6228);
;// CONCATENATED MODULE: ./actions/lib/oci/go-json.ts
/**
 * JSON as Go's encoding/json writes it: map keys sorted (objects built by the caller keep their
 * struct field order), no spaces, and `<`, `>`, `&`, U+2028, U+2029 escaped as \u003c etc.
 * (json.Marshal's HTML-safe default). Control characters are escaped as JSON.stringify does
 * since Go 1.22 (\b, \f, \n, \r, \t, else \u00XX in lowercase hex).
 */
const GO_ESCAPES = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
function goJsonString(s) {
    return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c]);
}
/** A Go map[string]T: keys sorted by bytes. */
function goMap(m) {
    const keys = Object.keys(m).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return Object.fromEntries(keys.map((k) => [k, m[k]]));
}
/** Serialises `value` keeping object key order (struct order, or goMap for maps). */
function goJson(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return goJsonString(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(goJson).join(',')}]`;
    return `{${Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${goJsonString(k)}:${goJson(v)}`)
        .join(',')}}`;
}

// EXTERNAL MODULE: ./actions/lib/oci/reference.ts
var reference = __webpack_require__(7837);
;// CONCATENATED MODULE: ./actions/lib/oci/helm-chart.ts







/** A JSON value whose nested plain objects are Go maps (import-values entries): keys sorted. */
function anyValue(v) {
    if (Array.isArray(v))
        return v.map(anyValue);
    if (v && typeof v === 'object')
        return goMap(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, anyValue(x)])));
    return v;
}
const helm_chart_text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v) => (Array.isArray(v) && v.length > 0 ? v : undefined);
/** Helm's chart.Dependency in struct order: name and repository always, the rest omitempty. */
function dependencyJson(d) {
    return {
        name: typeof d.name === 'string' ? d.name : '',
        version: helm_chart_text(d.version),
        repository: typeof d.repository === 'string' ? d.repository : '',
        condition: helm_chart_text(d.condition),
        tags: list(d.tags),
        enabled: d.enabled === true ? true : undefined,
        'import-values': list(d['import-values'])?.map(anyValue),
        alias: helm_chart_text(d.alias),
    };
}
/** Helm's chart.Metadata in struct field order (json tags, omitempty), what json.Marshal writes. */
function metadataJson(meta) {
    const maintainers = list(meta.maintainers)?.map((m) => {
        const o = (m ?? {});
        return { name: helm_chart_text(o.name), email: helm_chart_text(o.email), url: helm_chart_text(o.url) };
    });
    const annotations = meta.annotations && typeof meta.annotations === 'object' && Object.keys(meta.annotations).length > 0 ? goMap(meta.annotations) : undefined;
    return {
        name: helm_chart_text(meta.name),
        home: helm_chart_text(meta.home),
        sources: list(meta.sources),
        version: helm_chart_text(meta.version),
        description: helm_chart_text(meta.description),
        keywords: list(meta.keywords),
        maintainers,
        icon: helm_chart_text(meta.icon),
        apiVersion: helm_chart_text(meta.apiVersion),
        condition: helm_chart_text(meta.condition),
        tags: helm_chart_text(meta.tags),
        appVersion: helm_chart_text(meta.appVersion),
        deprecated: meta.deprecated === true ? true : undefined,
        annotations,
        kubeVersion: helm_chart_text(meta.kubeVersion),
        dependencies: list(meta.dependencies)?.map((d) => dependencyJson(d)),
        type: helm_chart_text(meta.type),
    };
}
/** The config blob: the chart's metadata as Helm's `json.Marshal(meta)` writes it. */
function helmConfigJson(meta) {
    return new Uint8Array(Buffer.from(goJson(metadataJson(meta)), 'utf8'));
}
/** Helm's registry annotations a chart's own annotations may not replace. */
const IMMUTABLE = new Set(['org.opencontainers.image.version', 'org.opencontainers.image.title']);
/**
 * The manifest annotations Helm's registry code generates (generateOCIAnnotations): description,
 * title, version, url, created, first source, authors (`Name (email), ...`), then the chart's own
 * annotations, which may replace any but version and title. Blank values are left out.
 */
function helmOciAnnotations(meta, created) {
    const out = {};
    const add = (k, v) => {
        if (typeof v === 'string' && v.trim() !== '')
            out[k] = v;
    };
    add('org.opencontainers.image.description', meta.description);
    add('org.opencontainers.image.title', meta.name);
    add('org.opencontainers.image.version', meta.version);
    add('org.opencontainers.image.url', meta.home);
    add('org.opencontainers.image.created', created);
    if (Array.isArray(meta.sources) && meta.sources.length > 0)
        add('org.opencontainers.image.source', meta.sources[0]);
    const maintainers = Array.isArray(meta.maintainers) ? meta.maintainers : [];
    if (maintainers.length > 0) {
        const authors = maintainers.map((m) => `${helm_chart_text(m?.name) ?? ''}${helm_chart_text(m?.email) ? ` (${String(m.email)})` : ''}`).join(', ');
        add('org.opencontainers.image.authors', authors);
    }
    const own = meta.annotations && typeof meta.annotations === 'object' ? meta.annotations : {};
    for (const [k, v] of Object.entries(own))
        if (!IMMUTABLE.has(k))
            out[k] = String(v);
    return goMap(out);
}
/**
 * The config and manifest `helm push` makes for the chart: the config is the chart metadata as
 * Go marshals it, the manifest `{schemaVersion, config, layers, annotations}` (no top-level
 * mediaType, as Helm's ocispec.Manifest leaves it empty) in Go's field order.
 */
function buildHelmChartArtifact(meta, tgzBytes, options = {}) {
    const config = helmConfigJson(meta);
    const manifestJson = {
        schemaVersion: 2,
        config: { mediaType: media_types.HELM_CONFIG, digest: (0,digest/* sha256Digest */.sI)(config), size: config.byteLength },
        layers: [{ mediaType: media_types.HELM_CHART_LAYER, digest: (0,digest/* sha256Digest */.sI)(tgzBytes), size: tgzBytes.byteLength }],
        annotations: helmOciAnnotations(meta, options.created),
    };
    const manifest = new Uint8Array(Buffer.from(goJson(manifestJson), 'utf8'));
    return { config, manifest, digest: (0,digest/* sha256Digest */.sI)(manifest) };
}
function checkInput(input) {
    const { chartName, version, tgzBytes, chartYamlMeta } = input;
    if (chartYamlMeta.name !== chartName) {
        throw new errors/* ActionError */.lZ(`chart '${chartName}': Chart.yaml names the chart '${String(chartYamlMeta.name)}'`);
    }
    if (chartYamlMeta.version !== version) {
        throw new errors/* ActionError */.lZ(`chart '${chartName}': Chart.yaml has version '${String(chartYamlMeta.version)}', not ${version}`);
    }
    if (tgzBytes.byteLength < 2 || tgzBytes[0] !== 0x1f || tgzBytes[1] !== 0x8b) {
        throw new errors/* ActionError */.lZ(`chart '${chartName}' ${version}: the package is not a gzip file (.tgz)`);
    }
}
/**
 * Pushes a packaged chart as Helm 3.8+ does (config, chart layer, OCI manifest tagged with the
 * version). Blobs the registry has already are not uploaded; a manifest already under the tag
 * with the same digest makes the push `unchanged` without uploading anything.
 */
async function pushHelmChart(input, connection = {}) {
    const { registry, repository } = (0,reference.parseChartLocation)(input.registry, input.chartName);
    checkInput(input);
    const tag = (0,reference.validateTag)((0,version/* ociTagOf */.dH)(input.version));
    const artifact = buildHelmChartArtifact(input.chartYamlMeta, input.tgzBytes, input.created ? { created: input.created } : {});
    const client = new oci_client.OciClient({ ...connection, registry });
    const result = { ref: `${registry}/${repository}:${tag}`, registry, repository, tag, digest: artifact.digest };
    const existing = await client.headManifest(repository, tag, [media_types.OCI_MANIFEST]);
    if (existing?.digest === artifact.digest)
        return { ...result, status: 'unchanged', blobsUploaded: 0 };
    if (existing && !input.overwrite) {
        throw new errors/* ActionError */.lZ(`chart ${result.ref} exists already with digest ${existing.digest}, different from this package's ${artifact.digest}; ` +
            'a released chart version is not replaced (bump the chart version)');
    }
    let blobsUploaded = 0;
    for (const blob of [artifact.config, input.tgzBytes]) {
        if ((await client.ensureBlob(repository, blob)).uploaded)
            blobsUploaded++;
    }
    await client.putManifest(repository, tag, media_types.OCI_MANIFEST, artifact.manifest);
    return { ...result, status: 'published', blobsUploaded };
}

;// CONCATENATED MODULE: ./actions/publish-helm/oci.ts






function connection(t) {
    return t.credentials ? { credentials: t.credentials } : {};
}
/** Looks the tag up; throws when it holds another manifest. Reads only. */
async function checkOci(t) {
    const { registry, repository } = (0,reference.parseChartLocation)(t.location, t.chartName);
    const tag = (0,reference.validateTag)((0,version/* ociTagOf */.dH)(t.version));
    const artifact = buildHelmChartArtifact(t.metadata, t.bytes);
    const ref = `${registry}/${repository}:${tag}`;
    const client = new oci_client.OciClient({ registry, ...connection(t) });
    const head = await client.headManifest(repository, tag, [media_types.OCI_MANIFEST]);
    if (head && head.digest !== artifact.digest) {
        throw new errors/* ActionError */.lZ(`chart ${ref} exists already with manifest digest ${head.digest}; this package gives ${artifact.digest}. ` +
            'A published chart version is never replaced: bump the chart version. Nothing was written.');
    }
    return { ref, digest: artifact.digest, existing: head ? 'same' : 'absent' };
}
/** Pushes the chart (blobs the registry has are not uploaded again). */
async function pushOci(t) {
    const r = await pushHelmChart({ registry: t.location, chartName: t.chartName, version: t.version, tgzBytes: t.bytes, chartYamlMeta: t.metadata }, connection(t));
    return { ref: r.ref, digest: r.digest, status: r.status };
}


/***/ })

};
