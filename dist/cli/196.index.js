export const id = 196;
export const ids = [196];
export const modules = {

/***/ 28805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: findCharts

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
;// CONCATENATED MODULE: ./actions/lib/config/charts.ts
/**
 * The charts of a repository and how each is versioned. `app`: with the application, one tag
 * vX.Y.Z for image and chart (WVA's way; at most one chart). `own`: on its own, released when its
 * version has no `<name>-<version>` tag yet, as chart-releaser releases every chart of a
 * repository. Pure: the configured list (or none), the chart folders found and the release's
 * chart in; the list with every default filled in, or a problem naming the entry, out.
 */
const clean = (p) => p.replace(/^\.\//, '').replace(/\/+$/, '');
/**
 * The configured list with its defaults, else every chart found: the release's chart (`chart:`,
 * else the single chart found) `app`, the others `own`. A problem: `[index of the entry, message]`
 * (-1: the list as a whole).
 */
function resolveCharts(configured, found, chart) {
    const explicit = chart === undefined ? undefined : clean(chart);
    if (configured === undefined) {
        const release = explicit ?? (found.length === 1 ? found[0] : undefined);
        const charts = found.map((path) => ({ path, versioning: path === release ? 'app' : 'own' }));
        return { charts, ...(release && charts.some((c) => c.path === release) ? { app: release } : {}) };
    }
    const charts = [];
    const seen = new Map();
    for (const [i, raw] of configured.entries()) {
        const path = clean(raw.path);
        const before = seen.get(path);
        if (before !== undefined)
            return { problem: [i, `${path} is listed twice (entries ${before + 1} and ${i + 1}): list each chart once`] };
        seen.set(path, i);
        if (path === explicit && raw.versioning === 'own') {
            return { problem: [i, `${path} is the release's chart (chart: ${path}) but versioning: own; the release's chart is versioned with the application: make it app, or set chart to another folder`] };
        }
        charts.push({ path, versioning: raw.versioning ?? (path === explicit ? 'app' : 'own') });
    }
    const apps = charts.filter((c) => c.versioning === 'app');
    if (apps.length > 1) {
        return { problem: [charts.indexOf(apps[1]), `${apps.map((c) => c.path).join(' and ')} are both versioning: app; one chart at most is versioned with the application (the tag vX.Y.Z): make the others own`] };
    }
    const app = apps[0]?.path;
    if (app && explicit && app !== explicit) {
        return { problem: [charts.indexOf(apps[0]), `${app} is versioning: app, but chart is ${explicit}: the release's chart is the app chart; make them the same, or make ${app} own`] };
    }
    return { charts, ...(app ? { app } : {}) };
}
/** The `own` charts: the ones released on their own by their `<name>-<version>` tags. */
const ownCharts = (charts) => charts.filter((c) => c.versioning === 'own').map((c) => c.path);

;// CONCATENATED MODULE: ./actions/lib/config/schema.ts
/**
 * The schema of `.github/release-actions.yaml`. This constant is the source;
 * schema/release-actions.schema.json is the published copy (a test keeps them equal).
 */
const configSchema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://github.com/release-actions/release-actions/schema/release-actions.schema.json",
    "title": ".github/release-actions.yaml",
    "description": "Optional configuration read by every release-actions action. Every key is optional: defaults come from the repository layout. Action inputs override it.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "chart": {
            "type": "string",
            "description": "Path of the Helm chart folder, e.g. charts/workload-variant-autoscaler. Default: the single charts/*/Chart.yaml.",
            "minLength": 1
        },
        "charts": {
            "type": "array",
            "description": "The charts of the repository and how each is versioned. app: with the application (one tag vX.Y.Z for image and chart; at most one chart); own: on its own, released when its version has no tag <name>-<version> yet, as chart-releaser does. Default: every charts/*/Chart.yaml, the release's chart (chart, or the single chart) app and the others own.",
            "items": {
                "$ref": "#/definitions/chartEntry"
            }
        },
        "images": {
            "type": "array",
            "description": "Container images the release publishes, without tag, e.g. ghcr.io/llm-d-incubation/workload-variant-autoscaler. Default: ghcr.io/OWNER/REPO. An empty list: the repository releases its chart alone (call release.yaml with image: none); the chart's appVersion is then not the release's.",
            "items": {
                "type": "string",
                "pattern": "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$"
            }
        },
        "platforms": {
            "type": "array",
            "items": {
                "type": "string",
                "pattern": "^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$"
            },
            "description": "Platforms each image must carry. Default linux/amd64, linux/arm64."
        },
        "version-files": {
            "type": "array",
            "description": "Files holding the version. Default: the chart's Chart.yaml and values.yaml, Makefile (VERSION, IMG_TAG), README.md.",
            "items": {
                "$ref": "#/definitions/versionFile"
            }
        },
        "makefile-variables": {
            "type": "array",
            "items": {
                "type": "string",
                "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
            },
            "description": "Makefile variables that hold the version. Default VERSION, plus IMG_TAG when present."
        },
        "changelog": {
            "type": "string",
            "minLength": 1,
            "description": "Path of the Keep a Changelog file. Default CHANGELOG.md."
        },
        "changelog-include": {
            "type": "array",
            "items": {
                "type": "string"
            },
            "description": "Conventional commit types listed although left out by default (chore, ci, test, build, style)."
        },
        "helm-repo-url": {
            "type": "string",
            "format": "uri",
            "description": "URL of the Helm repository. Default https://OWNER.github.io/REPO."
        },
        "helm-repo-name": {
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]*$",
            "description": "The alias in `helm repo add ALIAS URL`. Default: the repository name."
        },
        "namespace": {
            "type": "string",
            "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
            "description": "Namespace of the install example. Default: CHART-system."
        },
        "pages-branch": {
            "type": "string",
            "minLength": 1,
            "description": "Branch holding index.yaml. Default gh-pages."
        },
        "oci-registry": {
            "type": "string",
            "pattern": "^oci://",
            "description": "Where to push the chart as an OCI artifact, e.g. oci://ghcr.io/llm-d-incubation/charts."
        },
        "crd-dir": {
            "type": "string",
            "description": "Folder of the generated CRDs (controller-gen output). Default config/crd/bases."
        },
        "crd-names": {
            "type": "array",
            "items": {
                "type": "string"
            },
            "description": "CRDs that must be established after install, e.g. variantautoscalings.llmd.ai."
        },
        "release-branch-prefix": {
            "type": "string",
            "description": "Default release-v."
        },
        "pr-template": {
            "type": "string",
            "description": "Path of a markdown file to use as the release pull request body instead of the built-in checklist."
        },
        "git-identity": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "name",
                "email"
            ],
            "properties": {
                "name": {
                    "type": "string",
                    "minLength": 1
                },
                "email": {
                    "type": "string",
                    "format": "email"
                }
            }
        },
        "announce": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "message-template": {
                    "type": "string"
                },
                "discussion-category": {
                    "type": "string"
                },
                "dispatch-repos": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
                    }
                },
                "update-repos": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(:.+)?$"
                    }
                },
                "mail-to": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "format": "email"
                    }
                },
                "next-milestone": {
                    "type": "boolean"
                }
            }
        }
    },
    "definitions": {
        "chartEntry": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "path"
            ],
            "properties": {
                "path": {
                    "type": "string",
                    "description": "The chart folder, relative to the repository, e.g. charts/workload-variant-autoscaler.",
                    "pattern": "^(?!/)(?!.*(^|/)\\.\\.(/|$))\\S+$"
                },
                "versioning": {
                    "type": "string",
                    "enum": [
                        "app",
                        "own"
                    ],
                    "description": "app: released with the application, tag vX.Y.Z. own: released when changed, tag <name>-<version>. Default own, except the release's chart."
                }
            }
        },
        "versionFile": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "path",
                "type"
            ],
            "properties": {
                "path": {
                    "type": "string",
                    "minLength": 1
                },
                "type": {
                    "enum": [
                        "chart",
                        "values",
                        "makefile",
                        "docs",
                        "regex",
                        "json",
                        "yaml"
                    ]
                },
                "variables": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
                    }
                },
                "key": {
                    "type": "string",
                    "minLength": 1,
                    "description": "Key path for json, yaml and values files, e.g. image.tag."
                },
                "pattern": {
                    "type": "string",
                    "minLength": 1,
                    "description": "For regex files: one capture group that is the version."
                },
                "images": {
                    "type": "array",
                    "items": {
                        "type": "string"
                    }
                },
                "appVersion": {
                    "type": "boolean",
                    "description": "For chart files: whether appVersion is the release's version (default true; false when it names another application's version)."
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./actions/lib/config/config.ts





const DEFAULT_CONFIG_PATH = '.github/release-actions.yaml';
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
/** The chart folders of the repository: every charts/NAME with a Chart.yaml. */
async function findCharts(workspace) {
    const dir = (0,external_node_path_.join)(workspace, 'charts');
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const found = [];
    for (const e of entries)
        if (e.isDirectory() && (await exists((0,external_node_path_.join)(dir, e.name, 'Chart.yaml'))))
            found.push(`charts/${e.name}`);
    return found.sort();
}
async function loadConfig(opts) {
    const repository = opts.repository ?? process.env['GITHUB_REPOSITORY'] ?? 'owner/repo';
    const [owner = 'owner', repo = 'repo'] = repository.split('/');
    const explicit = opts.path !== undefined && opts.path !== '';
    const rel = explicit ? opts.path : DEFAULT_CONFIG_PATH;
    const full = (0,external_node_path_.join)(opts.workspace, rel);
    let raw = {};
    let source;
    let text = '';
    if (await exists(full)) {
        text = await (0,promises_.readFile)(full, 'utf8');
        raw = await parseConfig(text, (0,external_node_path_.relative)(opts.workspace, full) || rel);
        source = rel;
    }
    else if (explicit) {
        throw new errors/* FileError */.f6(rel, 'config file not found (input config names it)');
    }
    const chartCandidates = await findCharts(opts.workspace);
    const resolved = resolveCharts(raw.charts, chartCandidates, raw.chart);
    if ('problem' in resolved) {
        const [i, message] = resolved.problem;
        throw new errors/* FileError */.f6((0,external_node_path_.relative)(opts.workspace, full) || rel, `key 'charts${i >= 0 ? `.${i}` : ''}': ${message}`, entryLine(text, raw.charts?.[i]?.path));
    }
    const chart = raw.chart ?? resolved.app ?? (chartCandidates.length === 1 ? chartCandidates[0] : undefined);
    const chartName = chart?.split('/').pop();
    const a = raw.announce ?? {};
    return {
        source,
        owner,
        repo,
        chart,
        chartCandidates,
        charts: resolved.charts,
        images: raw.images ?? [`ghcr.io/${owner.toLowerCase()}/${repo.toLowerCase()}`],
        imagesConfigured: raw.images !== undefined,
        platforms: raw.platforms ?? ['linux/amd64', 'linux/arm64'],
        versionFiles: raw['version-files'],
        makefileVariables: raw['makefile-variables'],
        changelog: raw.changelog ?? 'CHANGELOG.md',
        changelogInclude: raw['changelog-include'] ?? [],
        helmRepoUrl: (raw['helm-repo-url'] ?? `https://${owner.toLowerCase()}.github.io/${repo}`).replace(/\/$/, ''),
        helmRepoName: raw['helm-repo-name'] ?? repo.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
        namespace: raw.namespace ?? (chartName ? `${chartName}-system` : undefined),
        pagesBranch: raw['pages-branch'] ?? 'gh-pages',
        ociRegistry: raw['oci-registry'],
        crdDir: raw['crd-dir'] ?? 'config/crd/bases',
        crdNames: raw['crd-names'] ?? [],
        releaseBranchPrefix: raw['release-branch-prefix'] ?? 'release-v',
        prTemplate: raw['pr-template'],
        gitIdentity: raw['git-identity'],
        announce: {
            messageTemplate: a['message-template'],
            discussionCategory: a['discussion-category'],
            dispatchRepos: a['dispatch-repos'] ?? [],
            updateRepos: a['update-repos'] ?? [],
            mailTo: a['mail-to'] ?? [],
            nextMilestone: a['next-milestone'] ?? true,
        },
    };
}
/** The line of `path: <path>` in the configuration, for an error about a `charts:` entry. */
function entryLine(text, path) {
    if (path === undefined)
        return undefined;
    const i = text.split('\n').findIndex((l) => new RegExp(`^\\s*(- )?\\s*path:\\s*['"]?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*(#.*)?$`).test(l));
    return i >= 0 ? i + 1 : undefined;
}
/**
 * Parses and validates the config text. Errors name the file, the line and the
 * key, and say what was expected.
 */
async function parseConfig(text, file) {
    const [{ parseDocument, LineCounter, isMap, isPair, isScalar }, { validator }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19)), __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 55270))]);
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const lineAt = (offset) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
    const firstError = doc.errors[0];
    if (firstError)
        throw new errors/* FileError */.f6(file, `not valid YAML: ${firstError.message.split('\n')[0]}`, lineAt(firstError.pos[0]));
    const value = doc.toJS() ?? {};
    const validate = validator();
    if (validate(value))
        return value;
    const err = validate.errors?.[0];
    if (!err)
        throw new errors/* FileError */.f6(file, 'invalid configuration');
    const path = err.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const keyPath = path.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let line;
    let where = path.join('.') || '(top level)';
    let message = err.message ?? 'invalid';
    if (err.keyword === 'additionalProperties') {
        const unknown = String(err.params.additionalProperty);
        const parent = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
        if (isMap(parent)) {
            const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === unknown);
            if (pair && isScalar(pair.key))
                line = lineAt(pair.key.range?.[0]);
        }
        where = [...path, unknown].join('.');
        const allowed = Object.keys(schemaAt(path)?.properties ?? {});
        message = `unknown key${allowed.length ? ` (expected one of ${allowed.join(', ')})` : ''}`;
    }
    else {
        const node = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
        const range = node?.range;
        line = lineAt(range?.[0]);
        if (err.keyword === 'enum')
            message = `expected one of ${err.params.allowedValues.join(', ')}`;
        else if (err.keyword === 'type')
            message = `expected ${err.params.type}`;
        else if (err.keyword === 'pattern')
            message = `does not match the expected form ${err.params.pattern}`;
        else if (err.keyword === 'required') {
            where = [...path, err.params.missingProperty].join('.');
            message = 'required and missing';
        }
    }
    throw new errors/* FileError */.f6(file, `key '${where}': ${message}`, line);
}
function schemaAt(path) {
    let node = configSchema;
    for (const p of path) {
        if (!node)
            return undefined;
        if (node.$ref)
            node = configSchema.definitions[node.$ref.split('/').pop() ?? ''];
        node = /^\d+$/.test(p) ? node?.items : node?.properties?.[p];
    }
    if (node?.$ref)
        node = configSchema.definitions[node.$ref.split('/').pop() ?? ''];
    return node;
}


/***/ }),

/***/ 27378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   f6: () => (/* binding */ FileError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/* unused harmony export InputError */
/**
 * Errors that know where the problem is, so that the runner can print one
 * `::error::` annotation that names the input, or the file and line.
 */
class ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A workflow input has a value the action cannot use. */
class InputError extends ActionError {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
    }
}
/** A file in the repository has content the action cannot use; line is 1-based. */
class FileError extends ActionError {
    file;
    line;
    column;
    constructor(file, message, line, column) {
        super(`${file}${line ? `:${line}` : ''}: ${message}`);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
/** A remote (GitHub, registry, webhook) refused or failed; what was asked is in the message. */
class RemoteError extends ActionError {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}


/***/ }),

/***/ 4100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ retryScale),
/* harmony export */   Hl: () => (/* binding */ requestTimeoutMs)
/* harmony export */ });
/* unused harmony exports RETRY_SCALE, REQUEST_TIMEOUT_MS, readSetting, scaledWait */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27378);
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

/***/ 15731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   SP: () => (/* binding */ inStyleOf),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   r: () => (/* binding */ sortReleaseTags),
/* harmony export */   tQ: () => (/* binding */ stripV)
/* harmony export */ });
/* unused harmony exports parseVersion, tagOf, releaseType, bump, previousTag, latestInLine, isNewestStable */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Versions as the suite accepts them: SemVer 2 `X.Y.Z` with an optional
 * prerelease, an optional leading `v`, and nothing else. Build metadata is refused
 * because Helm and OCI tags cannot carry `+` faithfully, and anything that could be
 * a path or shell fragment is refused before it reaches a file, a ref or a URL.
 */
const STRICT = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;
/** Why `text` is not a version, or undefined when it is one. */
function versionProblem(text) {
    if (text.length === 0)
        return 'expected a version like 1.2.3 or v1.2.3, got an empty value';
    if (text.length > 128)
        return 'expected a version like 1.2.3, got a value longer than 128 characters';
    if (/[\s;|&$`'"\\/<>(){}*?!]|\.\./.test(text)) {
        return `expected a version like 1.2.3, got ${JSON.stringify(text)} (it contains characters a version cannot have)`;
    }
    if (text.includes('+'))
        return `expected a version without build metadata, got ${JSON.stringify(text)}`;
    if (!STRICT.test(text)) {
        return `expected a SemVer 2 version X.Y.Z (optionally v-prefixed, with a -prerelease), got ${JSON.stringify(text)}`;
    }
    return undefined;
}
function isVersion(text) {
    return versionProblem(text) === undefined;
}
/** Parses a version or throws an Error whose message says what was expected. */
function parseVersion(text) {
    const problem = versionProblem(text);
    if (problem)
        throw new Error(problem);
    const version = text.startsWith('v') ? text.slice(1) : text;
    return { version, prefixed: text.startsWith('v'), prerelease: version.includes('-') };
}
/** `1.2.3` as a tag: `v1.2.3`. */
function tagOf(version) {
    return `v${stripV(version)}`;
}
function stripV(text) {
    return text.startsWith('v') ? text.slice(1) : text;
}
/** Writes `version` in the style of `sample` (keeps or drops the `v`). */
function inStyleOf(version, sample) {
    const bare = stripV(version);
    return sample.trim().startsWith('v') ? `v${bare}` : bare;
}
function compareVersions(a, b) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(stripV(a), stripV(b));
}
/** The kind of step from `previous` to `next`. */
function releaseType(previous, next) {
    const n = stripV(next);
    if (semver.prerelease(n))
        return 'prerelease';
    if (!previous)
        return semver.major(n) > 0 ? 'major' : semver.minor(n) > 0 ? 'minor' : 'patch';
    const p = stripV(previous);
    if (semver.major(n) !== semver.major(p))
        return 'major';
    if (semver.minor(n) !== semver.minor(p))
        return 'minor';
    return 'patch';
}
/**
 * The next version from `current`. A prerelease `0.5.0-rc.1` steps to `0.5.0-rc.2`;
 * from a release, `prerelease` starts the next patch's `-<preid>.1`.
 * A major/minor/patch bump from a prerelease releases that line (as semver does).
 */
function bump(current, kind, preid = 'rc') {
    const c = stripV(current);
    if (kind === 'prerelease') {
        const pre = semver.prerelease(c);
        if (pre && pre.length > 0) {
            const id = String(pre[0]);
            if (preid === id || preid === '') {
                const next = semver.inc(c, 'prerelease', id);
                if (!next)
                    throw new Error(`cannot step the prerelease of ${c}`);
                return next;
            }
            return `${semver.major(c)}.${semver.minor(c)}.${semver.patch(c)}-${preid}.1`;
        }
        const patch = semver.inc(c, 'patch');
        if (!patch)
            throw new Error(`cannot bump ${c}`);
        return `${patch}-${preid}.1`;
    }
    const next = semver.inc(c, kind);
    if (!next)
        throw new Error(`cannot bump ${c} by ${kind}`);
    return next;
}
/** Release tags (vX.Y.Z, strict) among `tags`, newest first by SemVer, not by date. */
function sortReleaseTags(tags, opts = {}) {
    return tags
        .filter((t) => t.startsWith('v') && isVersion(t))
        .filter((t) => opts.includePrereleases || !semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(stripV(t)))
        .sort((a, b) => compareVersions(b, a));
}
/** The release tag just before `version` by SemVer; prereleases only when `version` is one. */
function previousTag(tags, version) {
    const v = stripV(version);
    const includePrereleases = semver.prerelease(v) !== null;
    return sortReleaseTags(tags, { includePrereleases }).find((t) => semver.lt(stripV(t), v));
}
/** The newest release tag of the `major.minor` line of `version`. */
function latestInLine(tags, version) {
    const v = stripV(version);
    return sortReleaseTags(tags).find((t) => semver.major(stripV(t)) === semver.major(v) && semver.minor(stripV(t)) === semver.minor(v));
}
/** Whether `version` is newer than every stable release in `tags` (so it should be `latest`). */
function isNewestStable(tags, version) {
    const v = stripV(version);
    if (semver.prerelease(v))
        return false;
    return sortReleaseTags(tags).every((t) => semver.gte(v, stripV(t)));
}


/***/ }),

/***/ 2318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ms: () => (/* binding */ FOLLOWING),
  $I: () => (/* binding */ lookup),
  PK: () => (/* binding */ readReferences)
});

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var semver_version = __webpack_require__(15731);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./actions/lib/version-files/text.ts
var version_files_text = __webpack_require__(39752);
// EXTERNAL MODULE: ./actions/lib/version-files/yaml-nodes.ts
var yaml_nodes = __webpack_require__(97848);
;// CONCATENATED MODULE: ./actions/lib/version-files/chart-yaml.ts





function readChartYaml(text, path = 'Chart.yaml', options = {}) {
    const doc = (0,yaml_nodes/* parseYaml */.hN)(text, path);
    const lines = new version_files_text/* LineIndex */.rr(text);
    const result = { refs: [], skipped: [] };
    const [versionNode] = (0,yaml_nodes/* findYamlNodes */.Sr)(doc.contents, ['version']);
    const version = versionNode && (0,yaml_nodes/* scalarSpan */.Lb)(text, versionNode, lines, path, 'the chart version');
    if (!version || version.value === '') {
        throw new errors/* FileError */.f6(path, 'expected a `version:` key with the chart version (SemVer 2, like 0.4.1)', version?.line);
    }
    const problem = (0,semver_version/* versionProblem */.Ec)(version.value);
    if (problem)
        throw new errors/* FileError */.f6(path, `expected the chart version to be SemVer 2: ${problem}`, version.line);
    result.refs.push({ name: 'version', line: version.line, value: version.value, start: version.start, end: version.end });
    const [appNode] = (0,yaml_nodes/* findYamlNodes */.Sr)(doc.contents, ['appVersion']);
    const app = appNode && (0,yaml_nodes/* scalarSpan */.Lb)(text, appNode, lines, path, 'appVersion');
    if (options.appVersion === false) {
        result.skipped.push({ name: 'appVersion', ...(app ? { line: app.line } : {}), reason: 'not the release\'s: the repository publishes no image (images: []), so appVersion names another application' });
    }
    else if (!app || app.value === '') {
        result.skipped.push({ name: 'appVersion', ...(app ? { line: app.line } : {}), reason: 'the chart has no appVersion' });
    }
    else {
        const style = (0,semver_version/* versionProblem */.Ec)(app.value) === undefined ? 'keep' : options.tagsPrefixed === false ? 'bare' : 'prefixed';
        result.refs.push({ name: 'appVersion', line: app.line, value: app.value, start: app.start, end: app.end, style });
    }
    const [nameNode] = (0,yaml_nodes/* findYamlNodes */.Sr)(doc.contents, ['name']);
    const name = (0,dist.isScalar)(nameNode?.node) ? nameNode.node.value : undefined;
    if (typeof name === 'string' && name !== '')
        result.chartName = name;
    return result;
}
/** Chart.yaml with `version` and `appVersion` moved to `next`; every other byte kept. */
function updateChartYaml(text, next, path = 'Chart.yaml', options = {}) {
    return applyRefs(text, readChartYaml(text, path, options).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/keypath.ts




const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
/** A string token; JSON.parse then checks its escapes and refuses raw control characters. */
const STRING = /"(?:[^"\\\n]|\\.)*"/y;
/** A strict JSON parser that keeps the offsets of every value (RFC 8259; a leading BOM allowed). */
class JsonScanner {
    text;
    path;
    lines;
    at = 0;
    constructor(text, path, lines) {
        this.text = text;
        this.path = path;
        this.lines = lines;
    }
    parse() {
        if (this.text.charCodeAt(0) === 0xfeff)
            this.at = 1;
        const node = this.value();
        this.space();
        if (this.at < this.text.length)
            this.fail('expected the end of the JSON document');
        return node;
    }
    fail(message) {
        const found = this.at < this.text.length ? JSON.stringify(this.text[this.at]) : 'the end of the file';
        throw new errors/* FileError */.f6(this.path, `expected valid JSON: ${message}, found ${found}`, this.lines.lineOf(this.at));
    }
    space() {
        while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at]))
            this.at += 1;
    }
    value() {
        this.space();
        const c = this.text[this.at];
        if (c === '{')
            return this.object();
        if (c === '[')
            return this.array();
        if (c === '"')
            return this.string();
        LITERAL.lastIndex = this.at;
        const m = LITERAL.exec(this.text);
        if (!m)
            this.fail('expected a value');
        const start = this.at;
        this.at += m[0].length;
        return { kind: 'literal', start, end: this.at };
    }
    string() {
        STRING.lastIndex = this.at;
        const m = STRING.exec(this.text);
        if (!m)
            this.fail('expected a string');
        let value;
        try {
            value = JSON.parse(m[0]);
        }
        catch {
            this.fail('expected a string with valid escapes');
        }
        const start = this.at;
        this.at += m[0].length;
        return { kind: 'string', start, end: this.at, value };
    }
    object() {
        const start = this.at;
        this.at += 1;
        const entries = [];
        this.space();
        if (this.text[this.at] === '}') {
            this.at += 1;
            return { kind: 'object', start, end: this.at, entries };
        }
        for (;;) {
            this.space();
            if (this.text[this.at] !== '"')
                this.fail('expected a key in double quotes');
            const key = this.string();
            this.space();
            if (this.text[this.at] !== ':')
                this.fail('expected ":"');
            this.at += 1;
            entries.push({ key: key.value, keyAt: key.start, value: this.value() });
            this.space();
            if (this.text[this.at] === ',') {
                this.at += 1;
                continue;
            }
            if (this.text[this.at] === '}') {
                this.at += 1;
                return { kind: 'object', start, end: this.at, entries };
            }
            this.fail('expected "," or "}"');
        }
    }
    array() {
        const start = this.at;
        this.at += 1;
        const items = [];
        this.space();
        if (this.text[this.at] === ']') {
            this.at += 1;
            return { kind: 'array', start, end: this.at, items };
        }
        for (;;) {
            items.push(this.value());
            this.space();
            if (this.text[this.at] === ',') {
                this.at += 1;
                continue;
            }
            if (this.text[this.at] === ']') {
                this.at += 1;
                return { kind: 'array', start, end: this.at, items };
            }
            this.fail('expected "," or "]"');
        }
    }
}
function findJsonNodes(root, segments, path, lines) {
    let frontier = [{ node: root, keyPath: '' }];
    for (const seg of segments) {
        const next = [];
        for (const { node, keyPath } of frontier) {
            const join = (k) => (keyPath === '' ? String(k) : `${keyPath}.${k}`);
            if (node.kind === 'object') {
                const hits = node.entries.filter((e) => seg === '*' || e.key === String(seg));
                if (seg !== '*' && hits.length > 1) {
                    const where = hits.map((h) => lines.lineOf(h.keyAt)).join(' and ');
                    throw new errors/* FileError */.f6(path, `expected one key ${join(seg)}, found it on lines ${where}`, lines.lineOf(hits[1].keyAt));
                }
                for (const h of hits)
                    next.push({ node: h.value, keyPath: join(h.key) });
            }
            else if (node.kind === 'array') {
                node.items.forEach((item, i) => {
                    if (seg === '*' || seg === i)
                        next.push({ node: item, keyPath: join(i) });
                });
            }
        }
        frontier = next;
    }
    return frontier;
}
// ---------------------------------------------------------------- shared checks
function accept(result, options, path, hit) {
    const problem = hit.value === '' ? 'the value is empty' : (0,semver_version/* versionProblem */.Ec)(hit.value);
    if (problem) {
        if (options.optional) {
            result.skipped.push({ name: hit.keyPath, line: hit.line, value: hit.value, reason: hit.value === '' ? 'empty' : `not a version (${hit.value})` });
            return;
        }
        throw new errors/* FileError */.f6(path, `expected ${hit.keyPath} to hold a version: ${problem}`, hit.line);
    }
    result.refs.push({ name: hit.keyPath, line: hit.line, value: hit.value, start: hit.start, end: hit.end });
}
function missing(options, path) {
    if (!options.optional)
        throw new errors/* FileError */.f6(path, `expected a value at ${options.key}, found no such key`);
    const skipped = [{ name: options.key, reason: 'no such key' }];
    return { refs: [], skipped };
}
// ---------------------------------------------------------------- JSON
function readJsonKey(text, options, path) {
    const segments = (0,yaml_nodes/* parseKeyPath */._q)(options.key, path);
    const lines = new version_files_text/* LineIndex */.rr(text);
    const root = new JsonScanner(text, path, lines).parse();
    const hits = findJsonNodes(root, segments, path, lines);
    if (hits.length === 0)
        return missing(options, path);
    const result = { refs: [], skipped: [] };
    for (const { node, keyPath } of hits) {
        const line = lines.lineOf(node.start);
        if (node.kind !== 'string') {
            const got = node.kind === 'literal' ? text.slice(node.start, node.end) : `an ${node.kind}`;
            if (options.optional) {
                result.skipped.push({ name: keyPath, line, reason: `not a version string (${got})` });
                continue;
            }
            throw new errors/* FileError */.f6(path, `expected ${keyPath} to be a version string like "1.2.3", got ${got}`, line);
        }
        const raw = text.slice(node.start + 1, node.end - 1);
        if (raw !== node.value)
            throw new errors/* FileError */.f6(path, `expected ${keyPath} to be written without escapes, got ${text.slice(node.start, node.end)}`, line);
        accept(result, options, path, { keyPath, value: raw, start: node.start + 1, end: node.end - 1, line });
    }
    return result;
}
function updateJsonKey(text, next, options, path) {
    return applyRefs(text, readJsonKey(text, options, path).refs, checkNext(next)).text;
}
// ---------------------------------------------------------------- YAML
function readYamlKey(text, options, path) {
    const segments = (0,yaml_nodes/* parseKeyPath */._q)(options.key, path);
    const doc = (0,yaml_nodes/* parseYaml */.hN)(text, path);
    const lines = new version_files_text/* LineIndex */.rr(text);
    const hits = (0,yaml_nodes/* findYamlNodes */.Sr)(doc.contents, segments);
    if (hits.length === 0)
        return missing(options, path);
    const result = { refs: [], skipped: [] };
    for (const hit of hits) {
        const span = (0,yaml_nodes/* scalarSpan */.Lb)(text, hit, lines, path, hit.keyPath);
        if (!span) {
            if (!options.optional)
                throw new errors/* FileError */.f6(path, `expected ${hit.keyPath} to hold a version, it has no value`);
            result.skipped.push({ name: hit.keyPath, reason: 'empty' });
            continue;
        }
        accept(result, options, path, { keyPath: hit.keyPath, ...span });
    }
    return result;
}
function updateYamlKey(text, next, options, path) {
    return applyRefs(text, readYamlKey(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/makefile.ts



/**
 * Makefile variables that hold the version: `VAR ?= v`, `VAR := v`, `VAR ::= v`,
 * `VAR = v`, `VAR != …`, optionally after `export` / `override`, a trailing
 * `# comment` allowed and the value optionally quoted. The prefix style of each
 * value is kept (`IMG_TAG ?= v0.4.1` → `v0.5.0`).
 *
 * - A variable defined twice (also in `ifeq`/`else` branches) is ambiguous: refused, naming both lines.
 * - A value computed by make (`v$(VERSION)`, `$(shell git describe)`) follows what it
 *   references: it is skipped, never refused.
 * - Recipe lines (starting with a tab) are shell, not definitions, and `+=` appends: both ignored.
 * - A configured variable that is missing, empty or not a version is refused, unless `optional`.
 */
const DEFAULT_VARIABLES = ['VERSION'];
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const cache = new version_files_text/* RegexCache */.cM();
function definitionPattern(names) {
    return cache.get(names.join('\0'), () => {
        const alternation = names.map(version_files_text/* escapeRegExp */.Nt).join('|');
        // 1: variable, 2: operator, 3: value (up to a comment, trailing blanks trimmed).
        return new RegExp(String.raw `^ *(?:(?:export|override|private)[ \t]+)*(${alternation})[ \t]*(\?=|:::=|::=|:=|!=|=)[ \t]*([^#\r\n]*?)[ \t]*(?:#[^\r\n]*)?$`, 'gmd');
    });
}
function readMakefile(text, options = {}, path = 'Makefile') {
    const names = options.variables && options.variables.length > 0 ? [...options.variables] : [...DEFAULT_VARIABLES];
    for (const name of names) {
        if (!NAME.test(name))
            throw new errors/* ActionError */.lZ(`${path}: ${JSON.stringify(name)} is not a make variable name`);
    }
    const lines = new version_files_text/* LineIndex */.rr(text);
    const seen = new Map();
    const refs = [];
    const skipped = [];
    for (const m of text.matchAll(definitionPattern(names))) {
        const name = m[1];
        const operator = m[2];
        const [valueStart, valueEnd] = m.indices?.[3];
        const line = lines.lineOf(valueStart);
        const earlier = seen.get(name);
        if (earlier) {
            throw new errors/* FileError */.f6(path, `${name} is defined twice (lines ${earlier} and ${line}); expected one definition to bump`, line);
        }
        seen.set(name, line);
        let value = m[3];
        let start = valueStart;
        let end = valueEnd;
        const quoted = /^(["'])(.*)\1$/.exec(value);
        if (quoted) {
            value = quoted[2];
            start += 1;
            end -= 1;
        }
        if (operator === '!=' || value.includes('$')) {
            skipped.push({ name, line, value, reason: 'computed by make; it follows the variables it references' });
            continue;
        }
        const problem = value === '' ? `${name} is empty; expected a version like 0.4.1 or v0.4.1` : (0,semver_version/* versionProblem */.Ec)(value);
        if (problem) {
            if (options.optional) {
                skipped.push({ name, line, value, reason: value === '' ? 'empty' : `not a version (${value})` });
                continue;
            }
            throw new errors/* FileError */.f6(path, `expected ${name} to hold a version: ${problem}`, line);
        }
        refs.push({ name, line, value, start, end });
    }
    for (const name of names) {
        if (seen.has(name))
            continue;
        if (options.optional)
            skipped.push({ name, reason: 'not defined' });
        else
            throw new errors/* FileError */.f6(path, `expected a definition of ${name} (like ${name} ?= 0.4.1), found none`);
    }
    return { refs, skipped };
}
/** The Makefile with the configured variables moved to `next`, each in its own `v` style. */
function updateMakefile(text, next, options = {}, path = 'Makefile') {
    return applyRefs(text, readMakefile(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/regex.ts



const regex_cache = new version_files_text/* RegexCache */.cM();
/** Compiles `pattern` with the flags `gmd`, or throws a FileError that says what is wrong with it. */
function compileVersionPattern(pattern, path) {
    return regex_cache.get(pattern, () => {
        let re;
        let groups;
        try {
            re = new RegExp(pattern, 'gmd');
            groups = new RegExp(`(?:${pattern})|`).exec('').length - 1;
        }
        catch (error) {
            throw new errors/* FileError */.f6(path, `expected a valid regular expression, got /${pattern}/: ${error.message}`);
        }
        if (groups !== 1) {
            throw new errors/* FileError */.f6(path, `expected /${pattern}/ to have exactly one capture group (the version), it has ${groups}; use (?:…) for the others`);
        }
        return re;
    });
}
function readRegex(text, options, path) {
    const re = compileVersionPattern(options.pattern, path);
    const lines = new version_files_text/* LineIndex */.rr(text);
    const refs = [];
    for (const m of text.matchAll(re)) {
        const span = m.indices?.[1];
        const value = m[1];
        const line = lines.lineOf(span?.[0] ?? m.index);
        if (!span || value === undefined || value === '') {
            throw new errors/* FileError */.f6(path, `expected /${options.pattern}/ to capture the version, its group is empty in ${JSON.stringify(m[0])}`, line);
        }
        const problem = (0,semver_version/* versionProblem */.Ec)(value);
        if (problem)
            throw new errors/* FileError */.f6(path, `expected /${options.pattern}/ to capture a version: ${problem}`, line);
        refs.push({ name: 'pattern', line, value, start: span[0], end: span[1] });
    }
    if (refs.length === 0) {
        if (options.optional)
            return { refs, skipped: [{ name: 'pattern', reason: `/${options.pattern}/ matches nothing` }] };
        throw new errors/* FileError */.f6(path, `expected /${options.pattern}/ to match the version, it matches nothing`);
    }
    const values = new Set(refs.map((r) => (0,semver_version/* stripV */.tQ)(r.value)));
    if (values.size > 1) {
        const listed = refs.map((r) => `line ${r.line}: ${r.value}`).join(', ');
        throw new errors/* FileError */.f6(path, `expected every match of /${options.pattern}/ to hold the same version, found ${listed}`, refs[0]?.line);
    }
    return { refs, skipped: [] };
}
/** The file with every match of the pattern moved to `next`. */
function updateRegex(text, next, options, path) {
    return applyRefs(text, readRegex(text, options, path).refs, checkNext(next)).text;
}

;// CONCATENATED MODULE: ./actions/lib/version-files/declaring.ts
/**
 * Reading a file that declares the current version, by its type. bump-version's plan and
 * verify-release's versions check read the same files the same way; one reader keeps them
 * from disagreeing about what a file declares.
 */




/** The declaring file's references; a chart's name, when it has one, goes to `chartNames`. */
function readDeclaringFile(file, text, chartNames, options = {}) {
    const optional = file.optional === true;
    switch (file.type) {
        case 'chart': {
            const result = readChartYaml(text, file.path, file.appVersion === false ? { ...options, appVersion: false } : options);
            if (result.chartName)
                chartNames.push(result.chartName);
            return result;
        }
        case 'makefile':
            return readMakefile(text, { ...(file.variables ? { variables: file.variables } : {}), optional }, file.path);
        case 'regex':
            return readRegex(text, { pattern: file.pattern ?? '', optional }, file.path);
        case 'json':
            return readJsonKey(text, { key: file.key ?? '', optional }, file.path);
        default:
            return readYamlKey(text, { key: file.key ?? '', optional }, file.path);
    }
}

;// CONCATENATED MODULE: ./actions/lib/version-files/docs.ts



/**
 * README.md and other docs. Never a global replace: the current version is
 * replaced only in contexts that are known to be about this release.
 *
 * - `helm … --version X` (or `--version=X`, quoted or not), only when the command —
 *   its continuation lines (`\`) included — names one of `charts` (chart name or repo
 *   alias, as a whole word). A `--version` of another chart is not ours and is ignored.
 *   Without any chart name, no helm line is touched.
 * - `<image>:X` for each configured image, written in full (`ghcr.io/org/name:v0.4.1`).
 *   A tag pinned with `@sha256:` is skipped: changing the tag would break the pin.
 * - `uses: owner/repo@X` lines, when X is the current version.
 * - Every occurrence of the current version, in either style, between
 *   `<!-- release-actions:version -->` and `<!-- /release-actions:version -->`.
 *
 * Helm examples of our chart and our images' tags are ours whatever version they hold
 * (a stale example moves to the release, as the rest does); other versions in `uses:`
 * lines and in marker blocks are someone else's and are ignored. A docs file with no
 * reference is refused unless `optional`.
 */
const MARKER_OPEN = '<!-- release-actions:version -->';
const MARKER_CLOSE = '<!-- /release-actions:version -->';
const HELM_VERSION = new RegExp(String.raw `(?<![\w-])--version(?:=|[ \t]+)(["']?)(${version_files_text/* VERSION_TOKEN */.Zo})\1`, 'gd');
const USES = new RegExp(String.raw `^[ \t]*(?:-[ \t]+)?uses:[ \t]*["']?[^\s@"'#]+@(${version_files_text/* VERSION_TOKEN */.Zo})`, 'gmd');
const MARKER = /<!--[ \t]*(\/?)release-actions:version[ \t]*-->/g;
const docs_cache = new version_files_text/* RegexCache */.cM();
function mentionPattern(charts) {
    return docs_cache.get(`chart\0${charts.join('\0')}`, () => new RegExp(String.raw `(?<![\w-])(?:${charts.map(version_files_text/* escapeRegExp */.Nt).join('|')})(?![\w-])`));
}
function imagePattern(images) {
    return docs_cache.get(`image\0${images.join('\0')}`, () => new RegExp(String.raw `(?<![\w./-])(?:${images.map(version_files_text/* escapeRegExp */.Nt).join('|')}):(${version_files_text/* VERSION_TOKEN */.Zo})(@sha256:)?`, 'gd'));
}
function currentPattern(current) {
    return docs_cache.get(`current\0${current}`, () => new RegExp(String.raw `${version_files_text/* VERSION_START */.aA}v?${(0,version_files_text/* escapeRegExp */.Nt)(current)}${version_files_text/* VERSION_END */.vJ}`, 'g'));
}
function isContinued(text, lineEnd) {
    let i = lineEnd - 1;
    if (text[i] === '\r')
        i -= 1;
    return text[i] === '\\';
}
/** The shell command around `offset`: its line plus the lines joined to it by a trailing `\`. */
function logicalLine(text, offset) {
    let start = text.lastIndexOf('\n', offset - 1) + 1;
    while (start > 0 && isContinued(text, start - 1))
        start = text.lastIndexOf('\n', start - 2) + 1;
    let end = text.indexOf('\n', offset);
    while (end !== -1 && isContinued(text, end))
        end = text.indexOf('\n', end + 1);
    return text.slice(start, end === -1 ? text.length : end);
}
function markerBlocks(text, lines, path) {
    const blocks = [];
    let open;
    for (const m of text.matchAll(MARKER)) {
        const at = m.index;
        if (m[1] === '/') {
            if (!open)
                throw new errors/* FileError */.f6(path, `expected ${MARKER_OPEN} before this ${MARKER_CLOSE}`, lines.lineOf(at));
            blocks.push({ start: open.end, end: at });
            open = undefined;
        }
        else {
            if (open) {
                throw new errors/* FileError */.f6(path, `expected ${MARKER_CLOSE} for the marker on line ${lines.lineOf(open.at)} before another ${MARKER_OPEN}`, lines.lineOf(at));
            }
            open = { at, end: at + m[0].length };
        }
    }
    if (open)
        throw new errors/* FileError */.f6(path, `expected ${MARKER_CLOSE} to close this marker, found none`, lines.lineOf(open.at));
    return blocks;
}
function readDocs(text, options, path = 'README.md') {
    const current = (0,semver_version/* stripV */.tQ)(options.current);
    const lines = new version_files_text/* LineIndex */.rr(text);
    const found = new Map();
    const skipped = [];
    const add = (name, value, start) => {
        if (!found.has(start))
            found.set(start, { name, line: lines.lineOf(start), value, start, end: start + value.length });
    };
    const charts = (options.charts ?? []).filter((c) => c !== '');
    if (charts.length > 0 && text.includes('--version')) {
        const mentions = mentionPattern(charts);
        for (const m of text.matchAll(HELM_VERSION)) {
            const value = m[2];
            const start = (m.indices?.[2])[0];
            if (mentions.test(logicalLine(text, m.index)))
                add('helm --version', value, start);
        }
    }
    const images = (options.images ?? []).filter((i) => i !== '');
    if (images.length > 0) {
        for (const m of text.matchAll(imagePattern(images))) {
            const value = m[1];
            const start = (m.indices?.[1])[0];
            const name = `image ${text.slice(m.index, start - 1)}`;
            if (m[2])
                skipped.push({ name, line: lines.lineOf(start), value, reason: 'pinned to a digest' });
            else
                add(name, value, start);
        }
    }
    if (text.includes('uses:')) {
        for (const m of text.matchAll(USES)) {
            const value = m[1];
            if ((0,semver_version/* stripV */.tQ)(value) === current)
                add('uses', value, (m.indices?.[1])[0]);
        }
    }
    if (text.includes('release-actions:version')) {
        const pattern = currentPattern(current);
        for (const block of markerBlocks(text, lines, path)) {
            const inside = text.slice(block.start, block.end);
            for (const m of inside.matchAll(pattern))
                add('marker', m[0], block.start + m.index);
        }
    }
    const refs = [...found.values()].sort((a, b) => a.start - b.start);
    skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (refs.length === 0) {
        const seen = skipped.length > 0 ? `; found ${skipped.map((s) => `${s.value} (line ${s.line})`).join(', ')}` : '';
        if (options.optional) {
            skipped.push({ name: 'docs', reason: 'no version reference (helm --version of the chart, our image tags, uses: …@current, markers)' });
        }
        else {
            throw new errors/* FileError */.f6(path, `expected a version reference in a known context (helm --version naming the chart, <image>:<tag>, uses: …@<tag>, or between ${MARKER_OPEN} markers), found none${seen}`);
        }
    }
    return { refs, skipped };
}
/** The docs with every recognised reference moved to `next`, each in its own style. */
function updateDocs(text, next, options, path = 'README.md') {
    return applyRefs(text, readDocs(text, options, path).refs, checkNext(next)).text;
}

// EXTERNAL MODULE: ./actions/lib/version-files/values-yaml.ts
var values_yaml = __webpack_require__(10169);
;// CONCATENATED MODULE: ./actions/lib/version-files/read.ts
/**
 * Reading every reference of a set of version files, the one way bump-version's plan and
 * verify-release's versions check both do it: declaring files first (a chart, Makefile
 * variables, regex / json / yaml keys), then values.yaml tags of the release's images,
 * then the docs (whose helm examples name the charts read first). Collects what is wrong
 * with each file instead of stopping at the first.
 */





const TYPES = new Set(['chart', 'values', 'makefile', 'docs', 'regex', 'json', 'yaml']);
const FOLLOWING = new Set(['values', 'docs']);
function lookup(contents, path) {
    if (contents instanceof Map)
        return contents.get(path);
    const record = contents;
    return Object.prototype.hasOwnProperty.call(record, path) ? record[path] : undefined;
}
function asList(value) {
    if (value === undefined)
        return [];
    return typeof value === 'string' ? [value] : [...value];
}
/** Why a configuration entry cannot be used, or undefined. */
function configProblem(file) {
    const path = String(file.path ?? '');
    if (path === '' || path.startsWith('/') || /^[A-Za-z]:|[\\\0]/.test(path) || path.split('/').includes('..')) {
        return `expected a repository-relative path with / separators and no .., got ${JSON.stringify(path)}`;
    }
    if (!TYPES.has(file.type))
        return `expected a version file type (${[...TYPES].join(', ')}), got ${JSON.stringify(file.type)}`;
    if (file.type === 'regex' && !file.pattern)
        return 'expected a pattern for a regex version file';
    if ((file.type === 'json' || file.type === 'yaml') && !file.key)
        return `expected a key path for a ${file.type} version file`;
    return undefined;
}
function readReferences(files, contents, options = {}) {
    const out = { refsByPath: new Map(), references: [], skipped: [], errors: [] };
    const chartNames = [];
    const images = [...(options.images ?? [])];
    const visit = (file, read) => {
        const problem = configProblem(file);
        if (problem)
            return void out.errors.push(new errors/* FileError */.f6(file.path, problem));
        const text = lookup(contents, file.path);
        if (text === undefined) {
            if (file.optional)
                out.skipped.push({ path: file.path, name: file.type, reason: 'file not found' });
            else
                out.errors.push(new errors/* FileError */.f6(file.path, `expected this ${file.type} version file to exist, it is missing`));
            return;
        }
        let result;
        try {
            result = read(text);
        }
        catch (error) {
            if (error instanceof errors/* ActionError */.lZ)
                return void out.errors.push(error);
            throw error;
        }
        const role = FOLLOWING.has(file.type) ? 'follows' : 'declares';
        const list = out.refsByPath.get(file.path) ?? [];
        for (const ref of result.refs) {
            list.push(ref);
            out.references.push({ path: file.path, name: ref.name, line: ref.line, value: ref.value, role });
        }
        out.refsByPath.set(file.path, list);
        for (const s of result.skipped)
            out.skipped.push({ path: file.path, ...s });
    };
    const chartOptions = options.tagsPrefixed === undefined ? {} : { tagsPrefixed: options.tagsPrefixed };
    for (const file of files)
        if (!FOLLOWING.has(file.type))
            visit(file, (text) => readDeclaringFile(file, text, chartNames, chartOptions));
    const first = out.references.find((r) => r.role === 'declares');
    const current = options.current !== undefined ? (0,semver_version/* stripV */.tQ)(options.current) : first && (0,semver_version/* stripV */.tQ)(first.value);
    if (current !== undefined)
        out.current = current;
    for (const file of files) {
        if (file.type !== 'values')
            continue;
        visit(file, (text) => {
            const result = (0,values_yaml/* readValuesYaml */.sR)(text, { images, ...(file.key ? { key: file.key } : {}), optional: file.optional === true }, file.path);
            images.push(...result.images); // the docs show the images the chart deploys
            return result;
        });
    }
    for (const file of files) {
        if (file.type !== 'docs')
            continue;
        const charts = [...new Set([...asList(file.chart), ...chartNames])];
        const docImages = [...new Set([...asList(file.images), ...images])];
        visit(file, (text) => readDocs(text, { current: current ?? '0.0.0', charts, images: docImages, optional: file.optional === true }, file.path));
    }
    return out;
}


/***/ }),

/***/ 443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ki: () => (/* binding */ referencePaths),
  Yr: () => (/* binding */ releaseReferences)
});

// UNUSED EXPORTS: chartFolder, publishesNoImage, repoAliases

// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./actions/lib/version-files/values-yaml.ts
var values_yaml = __webpack_require__(10169);
// EXTERNAL MODULE: ./actions/lib/version-files/yaml-nodes.ts
var yaml_nodes = __webpack_require__(97848);
;// CONCATENATED MODULE: ./actions/lib/version-files/images.ts
/**
 * The release's images as the repository itself names them, read without running
 * anything: the Makefile's `IMG` (its `$(VAR)` expanded from the Makefile's own
 * definitions, the tag cut off) or `IMAGE_TAG_BASE`, the kubebuilder `controller` entry of
 * a kustomization's `images:`, the chart's top-level `image.repository`, and image names
 * in the workflows (`${{ github.repository_owner }}`, `${{ github.repository }}`,
 * `${{ github.event.repository.name }}` and the workflow's own `env` substituted; a name
 * with anything left unresolved is not taken).
 */



/** `registry[:port]/path/name`, lower case, no tag, no variable left. */
const IMAGE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:\/[a-z0-9._-]+)+$/;
function isImageName(name) {
    return IMAGE.test(name) && !name.includes('..');
}
/** `ghcr.io/org/name:v1` → `ghcr.io/org/name` (a registry port is not a tag). */
function withoutTag(ref) {
    const at = ref.split('@')[0];
    const slash = at.lastIndexOf('/');
    const colon = at.lastIndexOf(':');
    return colon > slash ? at.slice(0, colon) : at;
}
const DEFINITION = /^ *(?:(?:export|override)[ \t]+)*([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\?=|:=|::=|=)[ \t]*([^#\r\n]*?)[ \t]*(?:#.*)?$/gm;
/** Makefile definitions, first one wins (as `?=` does), recipe lines ignored. */
function makeVariables(text) {
    const vars = new Map();
    for (const m of text.matchAll(DEFINITION))
        if (!vars.has(m[1]))
            vars.set(m[1], m[2].replace(/^(["'])(.*)\1$/, '$2'));
    return vars;
}
function expand(value, vars, depth = 0) {
    if (depth > 8)
        return value;
    return value.replace(/\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]/g, (whole, name) => {
        const v = vars.get(name);
        return v === undefined ? whole : expand(v, vars, depth + 1);
    });
}
function makefileImages(text) {
    const vars = makeVariables(text);
    const img = vars.get('IMG');
    const fromImg = img === undefined ? undefined : withoutTag(expand(img, vars));
    if (fromImg && isImageName(fromImg))
        return [fromImg];
    const base = vars.get('IMAGE_TAG_BASE');
    const fromBase = base === undefined ? undefined : expand(base, vars);
    return fromBase && isImageName(fromBase) && fromBase.split('/').length > 2 ? [fromBase] : [];
}
/** Each `images:` entry of a kustomization: its index, `name` and `newName`. */
function kustomizeImages(text) {
    let doc;
    try {
        doc = (0,yaml_nodes/* parsedDocument */.zx)(text);
    }
    catch {
        return [];
    }
    const images = (0,dist.isMap)(doc.contents) ? doc.contents.get('images', true) : undefined;
    if (!(0,dist.isSeq)(images))
        return [];
    return images.items.map((item, index) => {
        const get = (key) => {
            const v = (0,dist.isMap)(item) ? item.get(key, true) : undefined;
            return (0,dist.isScalar)(v) && typeof v.value === 'string' && v.value !== '' ? v.value : undefined;
        };
        const name = get('name');
        const newName = get('newName');
        return { index, ...(name ? { name } : {}), ...(newName ? { newName } : {}) };
    });
}
/** The chart's own `image.repository` (with `image.registry`), when values.yaml has one. */
function valuesImages(text) {
    let doc;
    try {
        doc = (0,yaml_nodes/* parsedDocument */.zx)(text);
    }
    catch {
        return [];
    }
    const image = (0,dist.isMap)(doc.contents) ? doc.contents.get('image', true) : undefined;
    const name = (0,dist.isMap)(image) ? (0,values_yaml/* imageBeside */.UP)(image) : undefined;
    return name ? [name] : [];
}
function workflowEnv(text) {
    const env = new Map();
    let doc;
    try {
        doc = (0,yaml_nodes/* parsedDocument */.zx)(text).toJS();
    }
    catch {
        return env;
    }
    const take = (o) => {
        const e = o?.env;
        if (e && typeof e === 'object')
            for (const [k, v] of Object.entries(e))
                if (typeof v === 'string' && !env.has(k))
                    env.set(k, v);
    };
    take(doc);
    const jobs = doc?.jobs ?? {};
    for (const job of Object.values(jobs)) {
        take(job);
        for (const step of (job?.steps ?? []))
            take(step);
    }
    return env;
}
const REGISTRY_REF = /(?<![\w./-])((?:ghcr\.io|quay\.io|docker\.io|registry\.[a-z0-9.-]+|[a-z0-9-]+\.azurecr\.io|[a-z0-9.-]+\.amazonaws\.com)\/[^\s"'`:@,)]+)/g;
/**
 * Image names a workflow pushes or names, in the repository's own name space: the last
 * path segment must be the repository's or the chart's name, so a scanner image or a
 * base image named in the same workflow is not taken for the release's.
 */
function workflowImages(text, repository, names) {
    const [owner = '', repo = ''] = repository.split('/');
    const env = workflowEnv(text);
    const context = {
        'github.repository_owner': owner,
        'github.repository': repository,
        'github.event.repository.name': repo,
    };
    const resolve = (s, depth = 0) => depth > 4
        ? s
        : s
            .replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (whole, expr) => {
            if (expr in context)
                return context[expr];
            const m = /^env\.(\w+)$/.exec(expr);
            const v = m ? env.get(m[1]) : undefined;
            return v === undefined ? whole : resolve(v, depth + 1);
        })
            .replace(/\$\{?(\w+)\}?/g, (whole, name) => {
            const v = env.get(name);
            return v === undefined ? whole : resolve(v, depth + 1);
        });
    const wanted = new Set([repo, ...names].map((n) => n.toLowerCase()).filter(Boolean));
    const found = new Set();
    for (const line of text.split('\n')) {
        for (const m of resolve(line).matchAll(REGISTRY_REF)) {
            const name = m[1].toLowerCase().replace(/\/+$/, '');
            if (isImageName(name) && wanted.has(name.split('/').pop()))
                found.add(name);
        }
    }
    return [...found];
}
/** The distinct images, in the order first named, compared as registries do. */
function uniqueImages(images) {
    const seen = new Map();
    for (const i of images)
        if (i && !seen.has((0,values_yaml/* normaliseImage */.WF)(i)))
            seen.set((0,values_yaml/* normaliseImage */.WF)(i), i);
    return [...seen.values()];
}

// EXTERNAL MODULE: ./actions/lib/version-files/read.ts + 6 modules
var read = __webpack_require__(2318);
;// CONCATENATED MODULE: ./actions/lib/version-files/references.ts
/**
 * The references a release owns — one definition, used by bump-version (which moves
 * them), verify-release's versions-consistent check (which holds them equal to the
 * release) and the rehearsal's inspect stage (which shows the drift before a release).
 * Whatever the bump moves, the preflight checks, and nothing else.
 *
 * Two steps, both pure: `referencePaths` says which files to read among the repository's
 * paths; `releaseReferences` turns their texts into the version files to plan or check
 * and the release's images.
 *
 * - Version files: the `files` input, else the configuration's `version-files`, else
 *   discovered: the chart's Chart.yaml (`version`, `appVersion`) and values.yaml, the
 *   Makefile's `VERSION` and `IMG_TAG`, README.md and the chart's README.md, and each
 *   kustomization `images:` entry of the release's image (`newTag`).
 * - Images: the configuration's, plus those the repository names itself (see images.ts).
 */




const CHART = /^charts\/[^/]+\/Chart\.yaml$/;
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const KUSTOMIZATION = /(?:^|\/)kustomization\.ya?ml$/;
function normalise(path) {
    return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
/** The chart folder: the configured one, else the only `charts/*` with a Chart.yaml; several are refused. */
function chartFolder(paths, configured) {
    const dir = configured?.replace(/^\.\//, '').replace(/\/+$/, '');
    if (dir && paths.includes(`${dir}/Chart.yaml`))
        return dir;
    const charts = paths.filter((p) => CHART.test(p)).sort();
    if (charts.length > 1) {
        throw new errors/* ActionError */.lZ(`expected one chart under charts/ to find the version files, found ${charts.length} (${charts.join(', ')}); set chart (or version-files) in .github/release-actions.yaml`);
    }
    return charts[0]?.replace(/\/Chart\.yaml$/, '');
}
/** The files whose text decides the references: read these, then call `releaseReferences`. */
function referencePaths(paths, config, files = []) {
    const all = paths.map(normalise);
    const explicit = files.length > 0 ? files : (config.versionFiles ?? []);
    const chart = explicit.length > 0 ? undefined : chartFolder(all, config.chart);
    const wanted = [
        ...explicit.map((f) => f.path),
        ...(chart ? [`${chart}/Chart.yaml`, `${chart}/values.yaml`, `${chart}/README.md`] : []),
        'Makefile',
        'README.md',
        ...all.filter((p) => WORKFLOW.test(p) || (KUSTOMIZATION.test(p) && p.startsWith('config/'))),
    ];
    const present = new Set(all);
    return [...new Set(wanted)].filter((p) => present.has(p) || explicit.some((f) => f.path === p));
}
/** A Makefile entry without variables holds `VERSION` (or the configured ones), and `IMG_TAG` when it has one. */
function expandMakefiles(list, variables) {
    return list.flatMap((f) => {
        if (f.type !== 'makefile' || f.variables)
            return [f];
        if (variables && variables.length > 0)
            return [{ ...f, variables: [...variables] }];
        return [
            { ...f, variables: ['VERSION'] },
            { ...f, variables: ['IMG_TAG'], optional: true },
        ];
    });
}
/** `images: []` in the configuration: a repository that releases its chart alone (release.yaml `image: none`). */
function publishesNoImage(config) {
    return Array.isArray(config.images) && config.images.length === 0;
}
/** The release's images: configured, then named by the Makefile, the kustomizations, the chart and the workflows. */
function detectImages(req, chart) {
    if (publishesNoImage(req.config))
        return [];
    const text = (p) => (0,read/* lookup */.$I)(req.contents, p) ?? '';
    const names = chart ? [chart.split('/').pop()] : [];
    const kustomized = req.paths.filter((p) => KUSTOMIZATION.test(p) && p.startsWith('config/'));
    return uniqueImages([
        ...(req.config.images ?? []),
        ...makefileImages(text('Makefile')),
        ...kustomized.flatMap((p) => kustomizeImages(text(p)).filter((i) => i.name === 'controller' && i.newName).map((i) => i.newName)),
        ...(chart ? valuesImages(text(`${chart}/values.yaml`)) : []),
        ...req.paths.filter((p) => WORKFLOW.test(p)).flatMap((p) => workflowImages(text(p), req.repository, names)),
    ]);
}
const REPO_ADD = /\bhelm\s+repo\s+add\s+([A-Za-z0-9][\w.-]*)\s+(\S+)/g;
/** The aliases a docs file gives the chart's Helm repository (`helm repo add wva <our URL>`), and the configured one. */
function repoAliases(text, config) {
    const url = config.helmRepoUrl?.replace(/\/+$/, '');
    const found = url ? [...text.matchAll(REPO_ADD)].filter((m) => m[2].replace(/["']/g, '').replace(/\/+$/, '') === url).map((m) => m[1]) : [];
    return [...new Set([...(config.helmRepoName ? [config.helmRepoName] : []), ...found])];
}
function discovered(req, chart, images) {
    const present = new Set(req.paths);
    const ours = new Set(images.map(values_yaml/* normaliseImage */.WF));
    const files = [];
    const docs = (path) => {
        const aliases = repoAliases((0,read/* lookup */.$I)(req.contents, path) ?? '', req.config);
        return { path, type: 'docs', optional: true, images: [...images], ...(aliases.length > 0 ? { chart: aliases } : {}) };
    };
    if (chart) {
        files.push({ path: `${chart}/Chart.yaml`, type: 'chart', ...(publishesNoImage(req.config) ? { appVersion: false } : {}) });
        if (present.has(`${chart}/values.yaml`))
            files.push({ path: `${chart}/values.yaml`, type: 'values', optional: true });
        if (present.has(`${chart}/README.md`))
            files.push(docs(`${chart}/README.md`));
    }
    if (present.has('Makefile'))
        files.push(...expandMakefiles([{ path: 'Makefile', type: 'makefile', optional: true }], req.config.makefileVariables).map((f) => ({ ...f, optional: true })));
    if (present.has('README.md'))
        files.push(docs('README.md'));
    for (const path of req.paths.filter((p) => KUSTOMIZATION.test(p) && p.startsWith('config/')).sort()) {
        for (const image of kustomizeImages((0,read/* lookup */.$I)(req.contents, path) ?? '')) {
            if (image.newName && ours.has((0,values_yaml/* normaliseImage */.WF)(image.newName)))
                files.push({ path, type: 'yaml', key: `images.${image.index}.newTag`, optional: true });
        }
    }
    return files;
}
function releaseReferences(req) {
    const paths = req.paths.map(normalise);
    const request = { ...req, paths };
    const explicit = req.files && req.files.length > 0 ? req.files : undefined;
    const configured = !explicit && req.config.versionFiles && req.config.versionFiles.length > 0 ? req.config.versionFiles : undefined;
    const chart = explicit || configured ? undefined : chartFolder(paths, req.config.chart);
    const images = detectImages(request, chart ?? (req.config.chart ? normalise(req.config.chart) : undefined));
    const noImage = publishesNoImage(req.config);
    const withImages = (f) => f.type === 'docs' ? { ...f, images: uniqueImages([...(f.images ?? []), ...images]) } : f.type === 'chart' && noImage && f.appVersion === undefined ? { ...f, appVersion: false } : f;
    if (explicit)
        return { files: expandMakefiles(explicit, req.config.makefileVariables).map(withImages), images, source: 'input' };
    if (configured)
        return { files: expandMakefiles(configured, req.config.makefileVariables).map(withImages), images, source: 'config' };
    return { files: discovered(request, chart, images), images, source: 'discovery' };
}


/***/ }),

/***/ 39752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   Zo: () => (/* binding */ VERSION_TOKEN),
/* harmony export */   aA: () => (/* binding */ VERSION_START),
/* harmony export */   cM: () => (/* binding */ RegexCache),
/* harmony export */   e9: () => (/* binding */ checkNext),
/* harmony export */   fx: () => (/* binding */ applyRefs),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   vJ: () => (/* binding */ VERSION_END)
/* harmony export */ });
/* unused harmony export replacementFor */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27378);
/* harmony import */ var _semver_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15731);


/**
 * What may not follow a version for it to be that version: more digits or letters
 * (`0.4.10`, `0.4.1a`), a prerelease or build suffix (`0.4.1-rc.1`, `0.4.1+b`), or a
 * fourth number (`0.4.1.5`). A sentence period or a `.tgz` may.
 */
const VERSION_END = String.raw `(?![0-9A-Za-z_+-]|\.\d)`;
/** What may not come before a version: a letter, digit or dot (`10.4.1` is not `0.4.1`). */
const VERSION_START = String.raw `(?<![0-9A-Za-z_.])`;
/** A version-looking token inside prose or code: `v?X.Y.Z[-pre]`. */
const VERSION_TOKEN = String.raw `v?\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?${VERSION_END}`;
/** Line lookup for offsets: built once per text, then a binary search per lookup. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** The 1-based line of `offset`. */
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/** Throws an ActionError unless `next` is a version the suite accepts; returns it without `v`. */
function checkNext(next) {
    const problem = (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .versionProblem */ .Ec)(next);
    if (problem)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`new version: ${problem}`);
    return (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .stripV */ .tQ)(next);
}
/** The text that replaces `ref` for the new version `next`. */
function replacementFor(ref, next) {
    if (ref.style === 'bare')
        return (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .stripV */ .tQ)(next);
    if (ref.style === 'prefixed')
        return `v${(0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .stripV */ .tQ)(next)}`;
    return (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__/* .inStyleOf */ .SP)(next, ref.value);
}
/** Two references on the same span are one reference; overlapping different spans are a bug in a reader. */
function ordered(refs, path) {
    const sorted = [...refs].sort((a, b) => a.start - b.start || a.end - b.end);
    const out = [];
    for (const ref of sorted) {
        const last = out[out.length - 1];
        if (last && last.start === ref.start && last.end === ref.end)
            continue;
        if (last && ref.start < last.end) {
            const message = `expected one version reference per place, found overlapping ones at line ${ref.line} (${last.name} and ${ref.name})`;
            throw path ? new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(path, message, ref.line) : new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(message);
        }
        out.push(ref);
    }
    return out;
}
/** Rewrites exactly the spans of `refs`; every other byte of `text` is kept. */
function applyRefs(text, refs, next, path) {
    const parts = [];
    const changes = [];
    let at = 0;
    for (const ref of ordered(refs, path)) {
        const replacement = replacementFor(ref, next);
        parts.push(text.slice(at, ref.start), replacement);
        at = ref.end;
        if (replacement !== ref.value)
            changes.push({ line: ref.line, name: ref.name, old: ref.value, new: replacement });
    }
    parts.push(text.slice(at));
    return { text: changes.length === 0 ? text : parts.join(''), changes };
}
/** A bounded memo for compiled regular expressions, keyed by their inputs. */
class RegexCache {
    limit;
    map = new Map();
    constructor(limit = 256) {
        this.limit = limit;
    }
    get(key, build) {
        let re = this.map.get(key);
        if (!re) {
            if (this.map.size >= this.limit)
                this.map.clear();
            re = build();
            this.map.set(key, re);
        }
        re.lastIndex = 0;
        return re;
    }
}


/***/ }),

/***/ 10169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ imageBeside),
/* harmony export */   WF: () => (/* binding */ normaliseImage),
/* harmony export */   sR: () => (/* binding */ readValuesYaml)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAG_KEYS, updateValuesYaml */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27378);
/* harmony import */ var _semver_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15731);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39752);
/* harmony import */ var _yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97848);





/**
 * values.yaml: the image tags of the release's own images follow the release. A tag is
 * ours when it is the chart's top-level `image.tag`, when its key was configured, or when
 * the `registry/repository` beside it is one of the release's images — and then it moves
 * whatever it held (a tag left at an older release is drift the release repairs). Tags
 * of other images (a kube-rbac-proxy sidecar), `latest`, empty tags and digests are left
 * alone and reported as skipped with the reason.
 */
/** Without a configured key: the top-level `image.tag` and every `<component>.image.tag`. */
const DEFAULT_TAG_KEYS = ['image.tag', '*.image.tag'];
function stringSibling(parent, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(parent))
        return undefined;
    const value = parent.get(key, true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(value) && typeof value.value === 'string' && value.value !== '' ? value.value : undefined;
}
/** An image name as compared: lower case, no trailing slash, Docker Hub's implicit prefixes dropped. */
function normaliseImage(image) {
    return image
        .trim()
        .toLowerCase()
        .replace(/\/+$/, '')
        .replace(/^(?:docker\.io|index\.docker\.io)\//, '')
        .replace(/^library\//, '');
}
/** The `registry/repository` beside a tag, when its map names one. */
function imageBeside(parent) {
    const repository = stringSibling(parent, 'repository');
    const registry = stringSibling(parent, 'registry');
    if (!repository)
        return undefined;
    return registry ? `${registry.replace(/\/+$/, '')}/${repository}` : repository;
}
function readValuesYaml(text, options = {}, path = 'values.yaml') {
    const keys = options.key ? [options.key] : [...DEFAULT_TAG_KEYS];
    const ours = new Set((options.images ?? []).map(normaliseImage));
    const doc = (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(text, path);
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_3__/* .LineIndex */ .rr(text);
    const result = { refs: [], skipped: [], images: [] };
    const found = keys.flatMap((key) => (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .findYamlNodes */ .Sr)(doc.contents, (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .parseKeyPath */ ._q)(key, path)));
    if (found.length === 0) {
        const expected = keys.join(' or ');
        if (options.optional) {
            result.skipped.push({ name: expected, reason: 'no such key' });
            return result;
        }
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(path, `expected an image tag at ${expected}, found no such key`);
    }
    for (const hit of found) {
        const span = (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarSpan */ .Lb)(text, hit, lines, path, hit.keyPath);
        const name = hit.keyPath;
        const image = imageBeside(hit.parent);
        const isOurs = name === 'image.tag' || options.key !== undefined || (image !== undefined && ours.has(normaliseImage(image)));
        if (!isOurs) {
            result.skipped.push({ name, ...(span ? { line: span.line, value: span.value } : {}), reason: `another image${image ? ` (${image})` : ''}, not released here` });
        }
        else if (!span || span.value === '' || (!span.quoted && (span.value === '~' || span.value === 'null'))) {
            result.skipped.push({ name, ...(span ? { line: span.line } : {}), reason: 'empty tag (the chart uses its appVersion)' });
        }
        else if (span.value.startsWith('sha256:')) {
            result.skipped.push({ name, line: span.line, value: span.value, reason: 'a digest, not a version' });
        }
        else if (span.value.includes('@')) {
            result.skipped.push({ name, line: span.line, value: span.value, reason: 'pinned to a digest' });
        }
        else if ((0,_semver_version_js__WEBPACK_IMPORTED_MODULE_2__/* .versionProblem */ .Ec)(span.value)) {
            result.skipped.push({ name, line: span.line, value: span.value, reason: `not a version (${span.value})` });
        }
        else {
            result.refs.push({ name, line: span.line, value: span.value, start: span.start, end: span.end });
            if (image)
                result.images.push(image);
        }
    }
    return result;
}
/** values.yaml with the tags of the release's images moved to `next`; every other byte kept. */
function updateValuesYaml(text, next, options = {}, path = 'values.yaml') {
    return applyRefs(text, readValuesYaml(text, options, path).refs, checkNext(next)).text;
}


/***/ }),

/***/ 97848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ scalarSpan),
/* harmony export */   Sr: () => (/* binding */ findYamlNodes),
/* harmony export */   _q: () => (/* binding */ parseKeyPath),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   zx: () => (/* binding */ parsedDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27378);


/**
 * The same text is parsed once: the release's images are read from the kustomizations and the
 * chart's values.yaml (images.ts), and the same files are then read as version files. The
 * documents are only read, never changed (edits replace text in the original string). Kept
 * for the last {@link PARSED_MAX} texts, so a long process does not hold every file it read.
 */
const parsed = new Map();
const PARSED_MAX = 512;
/** `parseDocument(text)` with yaml's default options (unique keys, pretty errors), parsed once per text. */
function parsedDocument(text) {
    let doc = parsed.get(text);
    if (doc === undefined) {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
        if (parsed.size >= PARSED_MAX)
            parsed.delete(parsed.keys().next().value);
        parsed.set(text, doc);
    }
    return doc;
}
/** Parses a document or throws a FileError with the line of the first problem. */
function parseYaml(text, path) {
    const doc = parsedDocument(text);
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0]?.line;
        const first = error.message.split('\n')[0] ?? error.message;
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(path, `expected valid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`, line);
    }
    return doc;
}
/**
 * `images.0.newTag` → `['images', 0, 'newTag']`; `*` matches every key or item.
 * A segment that is only digits indexes a list (and also matches a map key spelled that way).
 */
function parseKeyPath(key, path) {
    if (key.trim() === '' || key.split('.').some((s) => s === '')) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(path, `expected a key path like image.tag or images.0.newTag, got ${JSON.stringify(key)}`);
    }
    return key.split('.').map((s) => (s === '*' ? '*' : /^\d+$/.test(s) ? Number(s) : s));
}
/** Every node at `segments`, depth first, in document order. */
function findYamlNodes(root, segments) {
    let frontier = [{ node: root ?? null, keyPath: '' }];
    for (const seg of segments) {
        const next = [];
        for (const { node, keyPath } of frontier) {
            const join = (k) => (keyPath === '' ? String(k) : `${keyPath}.${k}`);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
                for (const pair of node.items) {
                    const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? pair.key.value : pair.key;
                    if (seg === '*' || String(k) === String(seg)) {
                        next.push({ node: pair.value ?? null, keyPath: join(String(k)), parent: node });
                    }
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node)) {
                node.items.forEach((item, i) => {
                    if (seg === '*' || seg === i)
                        next.push({ node: item ?? null, keyPath: join(i), parent: node });
                });
            }
        }
        frontier = next;
    }
    return frontier;
}
/**
 * Where the text of a scalar value is, without its quotes. Throws a FileError for
 * what cannot be edited in place: aliases, block scalars, collections, escapes.
 */
function scalarSpan(text, found, lines, path, what) {
    const { node } = found;
    if (node === null)
        return undefined;
    const at = node.range ? lines.lineOf(node.range[0]) : undefined;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(path, `expected ${what} to be a plain value, got the alias *${node.source}; edit the anchor instead`, at);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) || !node.range)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(path, `expected ${what} to be a single value, got a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node) ? 'map' : 'list'}`, at);
    const scalar = node;
    const [start, end] = scalar.range;
    if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
        const inner = text.slice(start + 1, end - 1);
        if (inner !== String(scalar.value)) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(path, `expected ${what} to be written without escapes, got ${text.slice(start, end)}`, at);
        }
        return { value: inner, start: start + 1, end: end - 1, line: lines.lineOf(start), quoted: true };
    }
    if (scalar.type === 'PLAIN') {
        return { value: text.slice(start, end), start, end, line: lines.lineOf(start), quoted: false };
    }
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FileError */ .f6(path, `expected ${what} on one line (plain or quoted), got a block scalar`, at);
}


/***/ }),

/***/ 43413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pL: () => (/* binding */ summariseWorkflows)
/* harmony export */ });
/* unused harmony exports RELEASE_WORKFLOW, BUMP_VERSION */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/**
 * What the repository's workflows say about the release: which job calls the reusable
 * release.yaml (and with what), which one runs bump-version, and which other workflows publish
 * an image when a tag is pushed. Pure: text in, data out.
 */

const RELEASE_WORKFLOW = /^(?:llm-d\/release-actions\/\.github\/workflows\/release\.ya?ml@.+|\.\/\.github\/workflows\/release\.ya?ml)$/;
const BUMP_VERSION = /^(?:llm-d\/release-actions\/actions\/bump-version@.+|\.\/actions\/bump-version)$/;
function scalarMap(node) {
    const out = {};
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
        return out;
    for (const pair of node.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.value))
            out[String(pair.key.value)] = String(pair.value.value ?? '');
    }
    return out;
}
function lineOf(doc, node) {
    const range = node?.range;
    return range ? doc.lc.linePos(range[0]).line : 1;
}
function triggersOnTag(doc) {
    const on = doc.get('on', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(on))
        return false;
    const push = on.get('push', true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(push) && (push.has('tags') || push.has('tags-ignore'));
}
const PUSHES_IMAGE = /docker(?:\/build-push-action@|\s+push\b|\s+buildx\s+build\b[\s\S]*--push)|--push\b|push:\s*true/;
/** A bump-version step that writes: a dry run (tag-release.yaml's, which only reads) prepares nothing. */
function prepares(step) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(step) || !BUMP_VERSION.test(String(step.get('uses', true)?.value ?? '')))
        return false;
    return scalarMap(step.get('with', true))['dry-run'] !== 'true';
}
function summariseWorkflows(workflows) {
    const summary = { callers: [], preparers: [], tagPublishers: [], unreadable: [] };
    for (const [path, text] of workflows) {
        const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: lc, prettyErrors: false });
        const err = doc.errors[0];
        if (err) {
            summary.unreadable.push({ path, line: lc.linePos(err.pos[0]).line, message: err.message.split('\n')[0] ?? '' });
            continue;
        }
        const jobs = doc.get('jobs', true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(jobs))
            continue;
        let calls = false;
        for (const pair of jobs.items) {
            const job = pair.value;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(job) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key))
                continue;
            const uses = job.get('uses', true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(uses) && RELEASE_WORKFLOW.test(String(uses.value))) {
                calls = true;
                const secrets = job.get('secrets', true);
                summary.callers.push({
                    path,
                    line: lineOf({ lc }, uses),
                    job: String(pair.key.value),
                    with: scalarMap(job.get('with', true)),
                    secrets: (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(secrets) && secrets.value === 'inherit' ? 'inherit' : scalarMap(secrets),
                });
            }
            const steps = job.get('steps', true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(steps) && steps.items.some(prepares)) {
                if (!summary.preparers.includes(path))
                    summary.preparers.push(path);
            }
        }
        if (!calls && triggersOnTag(doc)) {
            const m = PUSHES_IMAGE.exec(text);
            if (m)
                summary.tagPublishers.push({ path, line: text.slice(0, m.index).split('\n').length });
        }
    }
    return summary;
}


/***/ })

};
