export const id = 756;
export const ids = [756];
export const modules = {

/***/ 23756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findKubeconfig: () => (/* binding */ findKubeconfig),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/process/exec.ts
var exec = __webpack_require__(43179);
// EXTERNAL MODULE: ./actions/verify-release/crds.ts
var crds = __webpack_require__(3016);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
;// CONCATENATED MODULE: ./actions/verify-release/tools.ts
/**
 * `helm`, `kubectl` and `kind` for the cluster check: the ones on PATH when there
 * are, else pinned versions installed with @actions/tool-cache (downloaded from the
 * projects' own release hosts, their published sha256 checked, cached per version).
 */





/** Pinned versions, installed when the tool is not on PATH. */
const TOOL_VERSIONS = { helm: 'v3.16.3', kubectl: 'v1.31.4', kind: 'v0.25.0' };
/** The first executable `name` on PATH, or undefined. */
async function onPath(name, path = process.env['PATH'] ?? '') {
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
function platform() {
    const os = process.platform === 'darwin' ? 'darwin' : process.platform === 'linux' ? 'linux' : undefined;
    const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'arm64' ? 'arm64' : undefined;
    if (!os || !arch)
        throw new errors/* ActionError */.lZ(`cannot install the cluster tools on ${process.platform}/${process.arch}: put helm and kubectl on PATH`);
    return { os, arch };
}
function downloadOf(tool, version = TOOL_VERSIONS[tool]) {
    const { os, arch } = platform();
    switch (tool) {
        case 'helm': {
            const url = `https://get.helm.sh/helm-${version}-${os}-${arch}.tar.gz`;
            return { url, checksumUrl: `${url}.sha256sum`, inArchive: `${os}-${arch}/helm` };
        }
        case 'kubectl': {
            const url = `https://dl.k8s.io/release/${version}/bin/${os}/${arch}/kubectl`;
            return { url, checksumUrl: `${url}.sha256` };
        }
        default: {
            const url = `https://kind.sigs.k8s.io/dl/${version}/kind-${os}-${arch}`;
            return { url, checksumUrl: `${url}.sha256sum` };
        }
    }
}
/** The tool on PATH, else the pinned version from the tool cache (installed on first use). */
async function ensureTool(tool, log) {
    const found = await onPath(tool);
    if (found)
        return found;
    const tc = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(955), __webpack_require__.e(183)]).then(__webpack_require__.bind(__webpack_require__, 55183));
    const version = TOOL_VERSIONS[tool];
    const cached = tc.find(tool, version.replace(/^v/, ''));
    if (cached)
        return (0,external_node_path_.join)(cached, tool);
    const d = downloadOf(tool, version);
    log(`installing ${tool} ${version} from ${d.url}`);
    const [file, sums] = await Promise.all([tc.downloadTool(d.url), tc.downloadTool(d.checksumUrl)]);
    const expected = (await (0,promises_.readFile)(sums, 'utf8')).trim().split(/\s+/)[0]?.toLowerCase();
    const actual = (0,external_node_crypto_.createHash)('sha256').update(await (0,promises_.readFile)(file)).digest('hex');
    if (!expected || expected !== actual)
        throw new errors/* ActionError */.lZ(`${d.url} has sha256 ${actual}, the published checksum is ${expected ?? '(none)'}`);
    let binary = file;
    if (d.inArchive)
        binary = (0,external_node_path_.join)(await tc.extractTar(file), d.inArchive);
    await (0,promises_.chmod)(binary, 0o755);
    const dir = await tc.cacheFile(binary, tool, tool, version.replace(/^v/, ''));
    return (0,external_node_path_.join)(dir, tool);
}

;// CONCATENATED MODULE: ./actions/verify-release/checks/cluster.ts
/**
 * cluster: the published chart installs on a clean cluster. Runs only when a
 * kubeconfig is available (KUBECONFIG, ~/.kube/config), or with `kind: true`, which
 * makes a throwaway kind cluster for the check and deletes it afterwards.
 *
 *   helm install <release> <chart> --repo <helm repo> --version <v> --namespace <fresh> --create-namespace --wait
 *   kubectl wait --for=condition=Established crd/<each CRD>
 *   kubectl wait --for=condition=Ready pod --all --namespace <fresh>
 *   helm uninstall, kubectl delete namespace          (always, also after a failure)
 *
 * `helm`, `kubectl` (and `kind`) come from PATH, else pinned versions from the tool cache.
 */








/** The kubeconfig the tools would use, or undefined when there is none. */
function findKubeconfig(env = process.env, home = (0,external_node_os_.homedir)()) {
    const fromEnv = env['KUBECONFIG'];
    if (fromEnv && fromEnv.split(':').some((p) => p !== '' && (0,external_node_fs_.existsSync)(p)))
        return fromEnv;
    const file = (0,external_node_path_.join)(home, '.kube', 'config');
    return (0,external_node_fs_.existsSync)(file) ? file : undefined;
}
async function run(ctx) {
    let kubeconfig = findKubeconfig();
    if (!kubeconfig && !ctx.inputs.kind) {
        return { status: 'skipped', detail: 'no kubeconfig (KUBECONFIG or ~/.kube/config) and kind: false; nothing to install into' };
    }
    const chart = await ctx.chart();
    const crdNames = ctx.config.crdNames.length > 0 ? ctx.config.crdNames : (0,crds/* readCrds */.nN)(chart.crds).docs.map((d) => d.name);
    const repoUrl = (ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl).replace(/\/+$/, '');
    const log = (m) => ctx.log.info(`cluster: ${m}`);
    const [helm, kubectl] = [await ensureTool('helm', log), await ensureTool('kubectl', log)];
    const id = (0,external_node_crypto_.randomBytes)(3).toString('hex');
    const namespace = `verify-release-${ctx.version.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${id}`.slice(0, 63).replace(/-+$/, '');
    const release = `vr-${id}`;
    const seconds = `${Math.max(60, Math.ceil(ctx.inputs.timeoutMs / 1000))}s`;
    const steps = [];
    let temp;
    let kind;
    let installing = false;
    const step = async (cmd, args, what) => {
        const r = await (0,exec/* run */.eF)(cmd, args, { allowFailure: true, env: { KUBECONFIG: kubeconfig } });
        const output = (0,exec/* stderrTail */.be)(r.stderr || r.stdout, 6, 800);
        steps.push(`${r.exitCode === 0 ? '✓' : '✗'} ${what}`);
        log(`${(0,exec/* displayCommand */.kc)(cmd.split('/').pop() ?? cmd, args)} → exit ${r.exitCode}`);
        return { ok: r.exitCode === 0, output };
    };
    const install = async () => {
        if (!kubeconfig) {
            temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'vr-kind-'));
            kubeconfig = (0,external_node_path_.join)(temp, 'kubeconfig');
            kind = { bin: await ensureTool('kind', log), name: `verify-release-${id}` };
            const made = await step(kind.bin, ['create', 'cluster', '--name', kind.name, '--kubeconfig', kubeconfig, '--wait', seconds], `kind cluster ${kind.name}`);
            if (!made.ok)
                return { status: 'failed', detail: `kind create cluster failed: ${made.output}` };
        }
        installing = true;
        const installed = await step(helm, ['install', release, chart.name, '--repo', repoUrl, '--version', ctx.version, '--namespace', namespace, '--create-namespace', '--wait', '--timeout', seconds], `helm install ${chart.name} ${ctx.version} into ${namespace}`);
        if (!installed.ok)
            return { status: 'failed', detail: `helm install of ${chart.name} ${ctx.version} from ${repoUrl} failed: ${installed.output}` };
        const problems = [];
        for (const crd of crdNames) {
            const established = await step(kubectl, ['wait', '--for=condition=Established', `--timeout=${seconds}`, `crd/${crd}`], `CRD ${crd} established`);
            if (!established.ok)
                problems.push(`CRD ${crd} not established: ${established.output}`);
        }
        const ready = await step(kubectl, ['wait', '--for=condition=Ready', 'pod', '--all', '--namespace', namespace, `--timeout=${seconds}`], `pods of ${namespace} ready`);
        if (!ready.ok) {
            const pods = await (0,exec/* run */.eF)(kubectl, ['get', 'pods', '--namespace', namespace, '-o', 'wide'], { allowFailure: true, env: { KUBECONFIG: kubeconfig } });
            problems.push(`pods not ready: ${ready.output}${pods.stdout.trim() ? ` — ${pods.stdout.trim().split('\n').join(' / ')}` : ''}`);
        }
        if (problems.length > 0)
            return { status: 'failed', detail: problems.join('; ') };
        return { status: 'passed', detail: `${chart.name} ${ctx.version} installed into ${namespace} (${steps.join(', ')})` };
    };
    let result;
    const cleanup = [];
    try {
        result = await install();
    }
    finally {
        // Also after a failure or an exception: leave nothing behind in someone's cluster.
        if (installing) {
            const removed = await step(helm, ['uninstall', release, '--namespace', namespace, '--wait', '--timeout', seconds], `helm uninstall ${release}`);
            if (!removed.ok)
                cleanup.push(`helm uninstall ${release} failed: ${removed.output}`);
            const deleted = await step(kubectl, ['delete', 'namespace', namespace, '--ignore-not-found', '--wait=false'], `namespace ${namespace} deleted`);
            if (!deleted.ok)
                cleanup.push(`kubectl delete namespace ${namespace} failed: ${deleted.output}`);
        }
        if (kind) {
            const gone = await step(kind.bin, ['delete', 'cluster', '--name', kind.name, '--kubeconfig', kubeconfig ?? ''], `kind cluster ${kind.name} deleted`);
            if (!gone.ok)
                cleanup.push(`kind delete cluster ${kind.name} failed: ${gone.output}`);
        }
        if (temp)
            await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
    for (const c of cleanup)
        ctx.log.warning(`cluster: ${c}`);
    const after = installing ? (cleanup.length > 0 ? `; cleanup incomplete: ${cleanup.join('; ')}` : ', then uninstalled') : '';
    return { ...result, detail: `${result.detail}${after}` };
}


/***/ }),

/***/ 3016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SM: () => (/* binding */ compareCrds),
/* harmony export */   nN: () => (/* binding */ readCrds),
/* harmony export */   oG: () => (/* binding */ isCrdFile)
/* harmony export */ });
/* unused harmony export firstDifference */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/**
 * CustomResourceDefinitions compared as YAML (not as bytes): key order, quoting,
 * comments and document markers do not matter, values do. Pure.
 */


/** The CRDs of a set of files (path → text); a file may hold several documents. */
function readCrds(files) {
    const docs = [];
    const problems = [];
    for (const [file, text] of files) {
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text);
        if (!Array.isArray(parsed)) {
            problems.push(`${file}: empty`);
            continue;
        }
        for (const [i, doc] of parsed.entries()) {
            const error = doc.errors[0];
            if (error) {
                problems.push(`${file}: not valid YAML (${error.message.split('\n')[0]})`);
                break;
            }
            const value = doc.toJS();
            if (value === null || value === undefined)
                continue;
            const obj = value;
            if (obj.kind !== 'CustomResourceDefinition' || typeof obj.metadata?.name !== 'string') {
                problems.push(`${file}${parsed.length > 1 ? ` (document ${i + 1})` : ''}: not a CustomResourceDefinition with metadata.name`);
                continue;
            }
            docs.push({ name: obj.metadata.name, file, value });
        }
    }
    return { docs, problems };
}
function show(v) {
    const s = v === undefined ? '(missing)' : JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** The first key path (in sorted key order) where `actual` differs from `expected`. */
function firstDifference(expected, actual, path = '') {
    if ((0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(expected, actual))
        return undefined;
    const a = expected;
    const b = actual;
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const d = firstDifference(a[i], b[i], `${path}[${i}]`);
            if (d)
                return d;
        }
    }
    else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const k of keys) {
            const d = firstDifference(a[k], b[k], path ? `${path}.${k}` : k);
            if (d)
                return d;
        }
    }
    return { path: path || '(document)', expected: show(a), actual: show(b) };
}
/** Compares the CRDs that should be there (`expected`) with those that are (`actual`), by name. */
function compareCrds(expected, actual) {
    const byName = new Map(actual.map((d) => [d.name, d]));
    const out = { same: [], missing: [], different: [], extra: [] };
    for (const e of expected) {
        const a = byName.get(e.name);
        if (!a)
            out.missing.push(e.name);
        else {
            const difference = firstDifference(e.value, a.value);
            if (difference)
                out.different.push({ name: e.name, expectedFile: e.file, actualFile: a.file, difference });
            else
                out.same.push(e.name);
        }
    }
    const names = new Set(expected.map((e) => e.name));
    out.extra = actual.filter((a) => !names.has(a.name)).map((a) => a.name);
    return out;
}
const isCrdFile = (name) => /\.(ya?ml|json)$/i.test(name);


/***/ })

};
