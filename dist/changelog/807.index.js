export const id = 807;
export const ids = [807];
export const modules = {

/***/ 3807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
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
    const [{ parseDocument, LineCounter, isMap, isPair, isScalar }, { validator }] = await Promise.all([__webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)), __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 5270))]);
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

// EXTERNAL MODULE: ./actions/lib/runner/context.ts
var context = __webpack_require__(102);
;// CONCATENATED MODULE: ./actions/changelog/run.ts
/**
 * changelog: validate → read → (history) → render → write / output.
 *
 * - update: the version's section from the history, merged with the hand-written
 *   `## [Unreleased]` lines, into CHANGELOG.md; written in one rename, only when it
 *   changes, and never after a refusal.
 * - extract: one version's section as an output.
 * - notes: GitHub release notes from the history (and the CHANGELOG's hand-written lines),
 *   as an output and a file under RUNNER_TEMP.
 * - lint: every finding as an annotation on its line; errors fail the step.
 *
 * The changelog library, yaml and Octokit are loaded after the inputs
 * are validated.
 */




async function main(inputs, started) {
    const ctx = (0,context/* readContext */.y)();
    const { gitLog } = started;
    const config = await loadConfig({ workspace: ctx.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: ctx.repository });
    const path = inputs.path || config.changelog;
    const file = inside(ctx.workspace, path, inputs.path ? 'path' : null, config);
    const { runnerLog, setOutputs, appendSummary } = await __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 9554));
    const env = { inputs, ctx, gitLog, config, path, file, repoUrl: `${ctx.serverUrl}/${ctx.repository}`, log: await runnerLog() };
    const done = await MODES[inputs.mode](env);
    await setOutputs(done.outputs);
    await appendSummary(done.summary);
    if (done.failed)
        process.exitCode = 1;
}
const MODES = { update, extract, notes, lint };
/** A repository-relative path as a full path that stays inside the workspace. */
function inside(workspace, path, input, config) {
    const full = (0,external_node_path_.resolve)(workspace, path);
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), full);
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        const message = `expected a file inside the repository, got ${JSON.stringify(path)}`;
        throw input ? new errors/* InputError */.dz(input, message) : new errors/* FileError */.f6(config?.source ?? '.github/release-actions.yaml', `key 'changelog': ${message}`);
    }
    return full;
}
/** Today in UTC as YYYY-MM-DD; SOURCE_DATE_EPOCH (seconds) fixes it, as for reproducible builds. */
function today(env = process.env) {
    const epoch = env['SOURCE_DATE_EPOCH'];
    const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
    return date.toISOString().slice(0, 10);
}
async function readChangelog(env) {
    const { readText } = await __webpack_require__.e(/* import() */ 232).then(__webpack_require__.bind(__webpack_require__, 1232));
    const text = await readText(env.file);
    if (text === undefined)
        throw new errors/* FileError */.f6(env.path, `not found${env.inputs.path ? '' : " (input path, or the configuration's 'changelog', names another file)"}`);
    return text;
}
/** The history of the version, enriched with pull requests unless asked not to. */
async function run_history(env) {
    const { inputs, ctx, config, log, gitLog } = env;
    // index.ts starts the log for the two modes that read the history
    if (!gitLog)
        throw new Error(`mode ${inputs.mode} reads no history`);
    const { collectHistory } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(674), __webpack_require__.e(659), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 4691));
    const pulls = inputs.usePullRequests
        ? async () => {
            const [{ createGitHubClient }, { githubPullSource }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 7305)), Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(243)]).then(__webpack_require__.bind(__webpack_require__, 5243))]);
            const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: (m) => log.info(m) });
            return githubPullSource(client, ctx.owner, ctx.repo);
        }
        : null;
    const h = await collectHistory({
        workspace: ctx.workspace,
        categories: inputs.categories,
        include: config.changelogInclude,
        pulls,
        log: gitLog,
    });
    log.info(`range: ${h.range.explanation}`);
    log.info(`${h.commits} commit(s) → ${h.entries.length} entr${h.entries.length === 1 ? 'y' : 'ies'}, ${h.skipped.length} left out`);
    if (h.enrichment)
        log.info(`pull requests: ${h.enrichment.enriched} commit(s) matched with ${h.enrichment.requests} request(s)`);
    if (h.categoriesFile)
        log.info(`categories: ${h.categoriesFile}`);
    if (h.warning)
        log.warning(h.warning);
    return h;
}
async function update(env) {
    const { inputs, path, file, log } = env;
    const [{ readText, writeAtomic }, lib, { updateSummary }] = await Promise.all([__webpack_require__.e(/* import() */ 232).then(__webpack_require__.bind(__webpack_require__, 1232)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(674), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 3659)), __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 1407))]);
    const before = await readText(file);
    const h = await run_history(env);
    let date = inputs.date;
    if (!date && inputs.regenerate && before !== undefined) {
        // a regenerated section keeps its release date
        try {
            const existing = lib.extractSection(before, inputs.version, { file: path }).date;
            if (existing && lib.isIsoDate(existing))
                date = existing;
        }
        catch {
            // no section yet (or the file cannot be read): updateChangelog says so, with the line
        }
    }
    const result = lib.updateChangelog(before ?? '', {
        version: inputs.version,
        date: date || today(),
        entries: h.entries,
        repoUrl: env.repoUrl,
        previousTag: h.range.previousTag,
        regenerate: inputs.regenerate,
        file: path,
    });
    if (result.changed) {
        await writeAtomic(file, result.text);
        log.info(`${before === undefined ? 'created' : 'updated'} ${path}`);
    }
    else {
        log.info(`${path} already has the section for ${inputs.version}: nothing to change${inputs.regenerate ? '' : ' (regenerate: true rebuilds it)'}`);
    }
    return {
        outputs: {
            version: inputs.version,
            'previous-version': h.range.previousVersion,
            changed: String(result.changed),
            section: result.section,
            entries: JSON.stringify(h.entries),
        },
        summary: updateSummary({
            path,
            version: inputs.version,
            history: h,
            usePulls: inputs.usePullRequests,
            changed: result.changed,
            created: before === undefined,
            regenerate: inputs.regenerate,
            section: result.section,
        }),
    };
}
async function extract(env) {
    const { inputs, path } = env;
    const [lib, { extractSummary }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(674), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 3659)), __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 1407))]);
    const text = await readChangelog(env);
    const section = lib.extractSection(text, inputs.version, { file: path });
    env.log.info(`${path}:${section.line}: ${section.heading}`);
    return {
        outputs: { version: section.version, section: section.text, 'section-body': section.body },
        summary: extractSummary({ path, version: section.version, line: section.line, section: section.text }),
    };
}
/** Where the chart is installed from, for the notes' Installation block; null without a chart. */
async function chartInstall(env) {
    const { config, ctx, log } = env;
    if (!config.chart) {
        log.info(config.chartCandidates.length > 1
            ? `several charts (${config.chartCandidates.join(', ')}) and no 'chart' in the configuration: the notes have no Installation block`
            : 'no chart in charts/: the notes have no Installation block');
        return null;
    }
    const { readText } = await __webpack_require__.e(/* import() */ 232).then(__webpack_require__.bind(__webpack_require__, 1232));
    const chartYaml = `${config.chart}/Chart.yaml`;
    const text = await readText((0,external_node_path_.join)(ctx.workspace, chartYaml));
    let name = config.chart.split('/').pop() ?? config.chart;
    if (text !== undefined) {
        const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const doc = parseDocument(text);
        const value = doc.errors.length === 0 ? doc.toJS()?.name : undefined;
        if (typeof value === 'string' && value.trim() !== '')
            name = value.trim();
    }
    return { repoUrl: config.helmRepoUrl, repoAlias: config.helmRepoName, chart: name, release: name, namespace: config.namespace ?? `${name}-system` };
}
async function notes(env) {
    const { inputs, ctx, path, file, log } = env;
    const [{ readText, writeAtomic }, lib, { handWrittenItems }, { notesSummary }] = await Promise.all([
        __webpack_require__.e(/* import() */ 232).then(__webpack_require__.bind(__webpack_require__, 1232)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(674), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 3659)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(674), __webpack_require__.e(659), __webpack_require__.e(471)]).then(__webpack_require__.bind(__webpack_require__, 9471)),
        __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 1407)),
    ]);
    let template = null;
    if (inputs.notesTemplate) {
        template = (await readText(inside(ctx.workspace, inputs.notesTemplate, 'notes-template'))) ?? null;
        if (template === null)
            throw new errors/* FileError */.f6(inputs.notesTemplate, 'not found (input notes-template names it)');
    }
    // the chart is read (and yaml loaded) while git reads the history
    const [chart, h] = await Promise.all([chartInstall(env), run_history(env)]);
    let hand = { items: [], from: null };
    const changelog = await readText(file);
    if (changelog !== undefined) {
        try {
            hand = handWrittenItems(changelog, { version: inputs.version, entries: h.entries, repoUrl: env.repoUrl, file: path });
        }
        catch (err) {
            if (!(err instanceof errors/* FileError */.f6))
                throw err;
            log.warning(`the hand-written lines of ${path} are left out of the notes: ${err.message}`, { file: err.file, ...(err.line ? { line: err.line } : {}) });
        }
    }
    const text = lib.renderNotes(h.entries, {
        version: inputs.version,
        repoUrl: env.repoUrl,
        previousTag: h.range.previousTag,
        chart,
        template,
        extra: hand.items,
    });
    const notesFile = (0,external_node_path_.join)(ctx.runnerTemp, `release-notes-v${inputs.version}.md`);
    await writeAtomic(notesFile, text);
    log.info(`release notes: ${notesFile}`);
    if (text.length > lib.NOTES_MAX) {
        log.warning(`the release notes are ${text.length} characters and GitHub keeps at most ${lib.RELEASE_BODY_MAX} in a release body, so announce will refuse them: leave categories out (changelog.exclude in .github/release.yml) or give a shorter notes-template`);
    }
    return {
        outputs: {
            version: inputs.version,
            'previous-version': h.range.previousVersion,
            notes: text,
            'notes-file': notesFile,
            entries: JSON.stringify(h.entries),
        },
        summary: notesSummary({ version: inputs.version, history: h, usePulls: inputs.usePullRequests, notes: text, handWritten: hand.items.length, handFrom: hand.from }),
    };
}
async function lint(env) {
    const { path, log } = env;
    const [lib, { lintSummary }, { stepLog }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(674), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 3659)), __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 1407)), __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 9554))]);
    const text = await readChangelog(env);
    // the file's own links say which repository it is about (a fork keeps its upstream's); else this one
    const own = lib.inferRepoUrl(lib.parseChangelog(text, { file: path, lenient: true }).links.map((l) => l.url));
    const findings = lib.lintChangelog(text, { repoUrl: own ?? env.repoUrl, file: path });
    const annotations = stepLog();
    for (const f of findings) {
        const where = { title: `changelog ${f.rule}`, file: path, ...(f.line > 0 ? { line: f.line } : {}) };
        if (f.severity === 'error')
            annotations.error(f.message, where);
        else
            annotations.warning(f.message, where);
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    log.info(`${path}: ${errors} error(s), ${findings.length - errors} warning(s)`);
    return { outputs: {}, summary: lintSummary({ path, findings }), failed: errors > 0 };
}


/***/ })

};
