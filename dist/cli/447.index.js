export const id = 447;
export const ids = [447];
export const modules = {

/***/ 85828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: USAGE, UsageError, main, parseArgs, progressLine, renderReport, renderTable

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/rehearse/github-repo.ts
/**
 * Which GitHub repository a local clone is, for a rehearsal of a clone whose origin is not
 * GitHub (a clone of a git bundle, a mirror, no origin at all). In order: `--github
 * OWNER/REPO`, the origin URL when it is GitHub's, the CHANGELOG's compare and release links,
 * Chart.yaml `sources` then `home`, and last the Go module path of an operator's `go.mod`
 * (`module github.com/OWNER/REPO`, what kubebuilder scaffolds). Pure: the caller reads the texts.
 */

/** GitHub's rules: an owner is 1–39 letters, digits and single inner hyphens; a repository 1–100 of letters, digits, `.`, `-`, `_`. */
const OWNER = /^(?=.{1,39}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** Why `value` is not OWNER/REPO as GitHub names them, or undefined. */
function githubArgumentProblem(value, flag = '--github') {
    const [owner = '', repo, extra] = value.split('/');
    const problem = repo === undefined || extra !== undefined
        ? 'expected OWNER/REPO'
        : !OWNER.test(owner)
            ? `the owner '${owner}' is not a GitHub account name (letters, digits and single inner hyphens, at most 39)`
            : !REPO.test(repo) || repo === '.' || repo === '..'
                ? `the repository '${repo}' is not a GitHub repository name (letters, digits, '.', '-' and '_', at most 100)`
                : undefined;
    return problem ? `${flag} must be OWNER/REPO as on GitHub (e.g. llm-d-incubation/workload-variant-autoscaler): ${problem}; got '${value}'` : undefined;
}
function named(owner, repo) {
    const name = `${owner ?? ''}/${(repo ?? '').replace(/\.git$/, '')}`;
    return githubArgumentProblem(name) ? undefined : name;
}
/** OWNER/REPO of a GitHub remote URL (https, ssh://, git://, scp-like `git@github.com:`), else undefined. */
function githubNameOfUrl(url) {
    const text = url.trim();
    const scp = /^(?:[^@/\s]+@)?github\.com:\/?([^/\s]+)\/([^/\s]+?)\/?$/i.exec(text);
    if (scp)
        return named(scp[1], scp[2]);
    let parsed;
    try {
        parsed = new URL(text);
    }
    catch {
        return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:'].includes(parsed.protocol) || !/^(?:www\.)?github\.com$/i.test(parsed.hostname))
        return undefined;
    const parts = parsed.pathname.split('/').filter(Boolean);
    return parts.length === 2 ? named(parts[0], parts[1]) : undefined;
}
const LINK = /https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)\/(?:compare|releases)\//gi;
/** The most linked repository in `text` (first seen on a tie). */
function mostLinked(text) {
    const counts = new Map();
    for (const m of text.matchAll(LINK)) {
        const name = named(m[1], m[2]);
        if (name)
            counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    let best;
    for (const [name, n] of counts)
        if (!best || n > (counts.get(best) ?? 0))
            best = name;
    return best;
}
/**
 * The repository the changelog's compare and release links name: its link reference
 * definitions first (Keep a Changelog's `[0.5.0]: …/compare/v0.4.1...v0.5.0`), else any such
 * link in the text (an entry may link another project's release; the most linked wins).
 */
function githubNameOfChangelog(text) {
    const definitions = text.split('\n').filter((l) => /^ {0,3}\[[^\]]+\]:\s*\S/.test(l)).join('\n');
    return mostLinked(definitions) ?? mostLinked(text);
}
/** The repository of Chart.yaml's `sources` (first GitHub one), else its `home`. */
function githubNameOfChart(text) {
    let chart;
    try {
        chart = (0,dist.parse)(text);
    }
    catch {
        return undefined;
    }
    const sources = Array.isArray(chart?.sources) ? chart.sources : [];
    const urls = [...sources, chart?.home].filter((u) => typeof u === 'string');
    for (const url of urls) {
        const name = githubNameOfUrl(url) ?? githubNameOfUrl(url.replace(/^(https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/#?]+).*$/i, '$1'));
        if (name)
            return name;
    }
    return undefined;
}
/** OWNER/REPO of a `go.mod` whose module path is on github.com (a `/v2` or sub-package suffix is not part of it). */
function githubNameOfGoModule(text) {
    const m = /^module\s+"?github\.com\/([^/\s"]+)\/([^/\s"]+)/m.exec(text);
    return m ? named(m[1], m[2]) : undefined;
}
/** The first source that names a GitHub repository, and which one it was. */
function detectGithubRepository(s) {
    if (s.flag)
        return { repository: s.flag, from: '--github' };
    const origin = s.originUrl ? githubNameOfUrl(s.originUrl) : undefined;
    if (origin)
        return { repository: origin, from: `the origin ${s.originUrl}` };
    const log = s.changelog ? githubNameOfChangelog(s.changelog[1]) : undefined;
    if (log)
        return { repository: log, from: `the links of ${s.changelog?.[0]}` };
    const chart = s.chart ? githubNameOfChart(s.chart[1]) : undefined;
    if (chart)
        return { repository: chart, from: `sources/home of ${s.chart?.[0]}` };
    const goModule = s.goMod ? githubNameOfGoModule(s.goMod) : undefined;
    if (goModule)
        return { repository: goModule, from: 'the module path of go.mod' };
    const looked = [
        s.originUrl ? `the origin ${s.originUrl} is not a GitHub URL` : 'there is no origin remote',
        s.changelog ? `${s.changelog[0]} has no github.com compare or release link` : `there is no ${s.changelogPath ?? 'changelog'}`,
        s.chart ? `${s.chart[0]} has no github.com sources or home` : 'there is no chart',
        ...(s.goMod !== undefined ? ['go.mod names no github.com module'] : []),
    ];
    return { problem: `cannot tell which GitHub repository this is (${looked.join('; ')}): give it with --github OWNER/REPO` };
}
/** The changelog and Chart.yaml where the actions will look: `.github/release-actions.yaml` first, else the defaults. */
async function readRepositorySources(read, originUrl) {
    let config = {};
    for (const name of ['.github/release-actions.yaml', '.github/release-actions.yml']) {
        const text = await read.show(name);
        if (text === undefined)
            continue;
        try {
            config = (0,dist.parse)(text) ?? {};
        }
        catch {
            // verify-release names what is wrong with it
        }
        break;
    }
    const changelogPath = typeof config.changelog === 'string' ? config.changelog : 'CHANGELOG.md';
    const charts = typeof config.chart === 'string' ? [config.chart] : (await read.list('charts')).map((c) => `charts/${c}`);
    const out = { ...(originUrl ? { originUrl } : {}), changelogPath };
    const changelog = await read.show(changelogPath);
    if (changelog !== undefined)
        out.changelog = [changelogPath, changelog];
    for (const dir of charts) {
        const chart = await read.show(`${dir}/Chart.yaml`);
        if (chart !== undefined) {
            out.chart = [`${dir}/Chart.yaml`, chart];
            break;
        }
    }
    const goMod = await read.show('go.mod');
    if (goMod !== undefined)
        out.goMod = goMod;
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./actions/lib/config/config.ts + 2 modules
var config_config = __webpack_require__(28805);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var semver_version = __webpack_require__(15731);
// EXTERNAL MODULE: ./actions/lib/version-files/read.ts + 6 modules
var version_files_read = __webpack_require__(2318);
// EXTERNAL MODULE: ./actions/lib/version-files/references.ts + 1 modules
var references = __webpack_require__(443);
;// CONCATENATED MODULE: ./actions/verify-release/versions.ts
/**
 * Every reference the release owns against the release version, read as bump-version
 * reads them (actions/lib/version-files: `releaseReferences` decides what is a reference,
 * `readReferences` reads them), so that whatever the bump moves is checked here, and
 * nothing else. A reference that holds another version disagrees — with its file, line,
 * value and the fix; `latest`, digests, empty tags and other images are listed as not
 * checked, with the reason.
 *
 * `checkVersionReferences` is pure; `readWorkspace` reads a work tree for it.
 */





/** What to do about a reference that holds another version. */
const FIX = 'run bump-version (the prepare-release workflow), which moves every reference to the release version';
function checkVersionReferences(files, contents, version, options = {}) {
    const current = (0,semver_version/* stripV */.tQ)(version);
    const read = (0,version_files_read/* readReferences */.PK)(files, contents, { current, ...(options.images ? { images: options.images } : {}), ...(options.tagsPrefixed === undefined ? {} : { tagsPrefixed: options.tagsPrefixed }) });
    const rows = [];
    for (const ref of read.references) {
        const agrees = (0,semver_version/* stripV */.tQ)(ref.value) === current;
        rows.push({ file: ref.path, line: ref.line, name: ref.name, value: ref.value, status: agrees ? 'agrees' : 'differs', ...(agrees ? {} : { note: `expected ${current}` }) });
    }
    for (const s of read.skipped) {
        rows.push({ file: s.path, ...(s.line ? { line: s.line } : {}), name: s.name, ...(s.value !== undefined ? { value: s.value } : {}), status: 'not checked', note: s.reason });
    }
    for (const err of read.errors) {
        const at = err;
        rows.push({ file: at.file ?? '(version files)', ...(at.line ? { line: at.line } : {}), name: 'read', status: 'error', note: err.message });
    }
    // In the order the files are listed, each file's references by line.
    const order = [...new Set(files.map((f) => f.path))];
    rows.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0));
    return { rows, problems: rows.filter((r) => r.status === 'differs' || r.status === 'error') };
}
/** `file:line name = value, expected X` for each reference that disagrees; the reader's own message for a file that cannot be read. */
function describeProblems(problems, version) {
    return problems
        .map((r) => (r.status === 'error' ? (r.note ?? `${r.file}: cannot be read`) : `${r.file}${r.line ? `:${r.line}` : ''} ${r.name} = ${r.value ?? '(none)'}, expected ${(0,semver_version/* stripV */.tQ)(version)}`))
        .join('; ');
}
const SKIP_DIRS = new Set(['.git', 'node_modules', 'vendor', 'bin', 'dist']);
/** The work tree's paths that can hold references: charts/, config/, .github/workflows/ and the top-level files. */
async function workspacePaths(ws) {
    const out = [];
    const walk = async (rel, depth) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(ws, rel), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const path = rel ? `${rel}/${e.name}` : e.name;
            if (e.isFile())
                out.push(path);
            else if (e.isDirectory() && depth < 6 && !SKIP_DIRS.has(e.name))
                await walk(path, depth + 1);
        }
    };
    for (const e of await (0,promises_.readdir)(ws, { withFileTypes: true }).catch(() => []))
        if (e.isFile())
            out.push(e.name);
    for (const dir of ['charts', 'config', '.github/workflows'])
        await walk(dir, 0);
    return out.sort();
}
/** The references of a work tree and the texts to check them in. */
async function readWorkspace(ws, config, repository) {
    const paths = await workspacePaths(ws);
    const contents = new Map();
    const load = async (list) => {
        for (const p of list)
            if (!contents.has(p))
                contents.set(p, await (0,promises_.readFile)((0,external_node_path_.join)(ws, p), 'utf8').catch(() => undefined));
    };
    await load((0,references/* referencePaths */.ki)(paths, config));
    const refs = (0,references/* releaseReferences */.Yr)({ paths, contents, config, repository });
    await load(refs.files.map((f) => f.path));
    return { ...refs, contents };
}
/**
 * The repository before a release, as the rehearsal's inspect stage shows it: the current
 * version from the newest release tag (the chart's `version` without one) and every
 * reference against it. Drift is reported, not fatal: the release pull request moves
 * every reference to the new version.
 */
async function inspectVersions(ws, config, repository, tags) {
    const { currentTag, tagsPrefixed } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 44694));
    const refs = await readWorkspace(ws, config, repository);
    const tag = currentTag(tags);
    const prefixed = tagsPrefixed(tags);
    const fromFiles = (0,version_files_read/* readReferences */.PK)(refs.files, refs.contents, { images: refs.images, tagsPrefixed: prefixed }).current;
    const current = tag?.version ?? fromFiles ?? '0.0.0';
    const from = tag ? `tag ${tag.tag}` : 'the version files: no release tag yet';
    const check = checkVersionReferences(refs.files, refs.contents, current, { images: refs.images, tagsPrefixed: prefixed });
    const agree = check.rows.filter((r) => r.status === 'agrees').length;
    const detail = check.problems.length === 0
        ? `version ${current} (${from}): ${agree} reference(s) hold it`
        : `version ${current} (${from}): ${agree} reference(s) hold it, ${check.problems.length} do not — ${describeProblems(check.problems, current)}; the release pull request moves them (${FIX})`;
    return { current, from, check, detail };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./test/support/events.ts
function repository(r) {
    const server = r.serverUrl ?? 'https://github.com';
    return {
        id: 1,
        node_id: 'R_1',
        name: r.repo,
        full_name: `${r.owner}/${r.repo}`,
        private: false,
        owner: { login: r.owner, id: 1, type: 'Organization' },
        html_url: `${server}/${r.owner}/${r.repo}`,
        clone_url: `${server}/${r.owner}/${r.repo}.git`,
        default_branch: r.defaultBranch ?? 'main',
    };
}
const sender = { login: 'maintainer', id: 2, type: 'User' };
function tagPushEvent(r, tag, sha) {
    return pushEvent(r, `refs/tags/${tag}`, '0'.repeat(40), sha, true);
}
/** A push of commits to a branch (`before` the tip it replaced). */
function branchPushEvent(r, branch, before, sha) {
    return pushEvent(r, `refs/heads/${branch}`, before, sha, false);
}
function pushEvent(r, ref, before, sha, created) {
    return {
        ref,
        before,
        after: sha,
        created,
        deleted: false,
        forced: false,
        base_ref: null,
        commits: [],
        head_commit: { id: sha },
        repository: repository(r),
        pusher: { name: sender.login },
        sender,
    };
}
function workflowDispatchEvent(r, ref, inputs) {
    return { ref, inputs, workflow: '.github/workflows/ci-release.yaml', repository: repository(r), sender };
}
function releaseEvent(r, release, action = 'published') {
    return { action, release, repository: repository(r), sender };
}

;// CONCATENATED MODULE: ./test/support/harness.ts








const projectRoot = (0,external_node_path_.resolve)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', '..');
/** What the runner does with an input default: `${{ github.token }}` and friends evaluated, others as written. */
function evaluateDefault(value, ctx) {
    return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => {
        switch (expr) {
            case 'github.token':
                return ctx.token;
            case 'github.repository':
                return ctx.repository;
            case 'github.ref':
                return ctx.ref;
            case 'github.sha':
                return ctx.sha;
            case 'github.workspace':
                return ctx.workspace;
            case 'github.ref_name':
                return ctx.ref.replace(/^refs\/(heads|tags)\//, '');
            default:
                throw new Error(`harness cannot evaluate default expression \${{ ${expr} }}`);
        }
    });
}
function unescapeData(s) {
    return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s) {
    return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}
/** Parses workflow commands (`::error file=a,line=1::msg`) from the log. */
function parseCommands(stdout) {
    const annotations = [];
    const masks = [];
    for (const line of stdout.split('\n')) {
        const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
        if (!m)
            continue;
        const [, command, propText = '', data = ''] = m;
        if (command === 'add-mask') {
            masks.push(unescapeData(data));
            continue;
        }
        if (command !== 'error' && command !== 'warning' && command !== 'notice')
            continue;
        const props = {};
        for (const p of propText.split(',').filter(Boolean)) {
            const i = p.indexOf('=');
            props[p.slice(0, i)] = unescapeProperty(p.slice(i + 1));
        }
        const lineNo = props['line'] ?? props['startLine'];
        annotations.push({ level: command, message: unescapeData(data), title: props['title'], file: props['file'], line: lineNo ? Number(lineNo) : undefined });
    }
    return { annotations, masks };
}
/** Parses the file-command format of GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE: `k=v` and `k<<DELIM` blocks. */
function parseFileCommand(text) {
    const out = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (!line)
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, key = '', delim] = heredoc;
            const value = [];
            for (i++; i < lines.length && lines[i] !== delim; i++)
                value.push(lines[i] ?? '');
            if (i >= lines.length)
                throw new Error(`unterminated ${key}<<${delim} block`);
            out[key] = value.join('\n');
        }
        else {
            const eq = line.indexOf('=');
            if (eq < 0)
                throw new Error(`malformed file command line: ${line}`);
            out[line.slice(0, eq)] = line.slice(eq + 1);
        }
    }
    return out;
}
/**
 * Runs a bundled action in a child process the way the Actions runner does:
 * inputs (with action.yml defaults) as INPUT_<NAME>, the file-command files,
 * the event payload, and the GITHUB_* / RUNNER_* variables; cwd is the workspace.
 */
async function runAction(opts) {
    const actionYmlPath = opts.actionYml ?? (0,external_node_path_.join)(projectRoot, 'actions', opts.action ?? '', 'action.yml');
    const yml = (0,dist.parse)((0,external_node_fs_.readFileSync)(actionYmlPath, 'utf8'));
    const main = opts.main ?? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(actionYmlPath), yml.runs.main);
    const repository = opts.repository ?? 'owner/repo';
    const [owner = 'owner', repo = 'repo'] = repository.split('/');
    const sha = opts.sha ?? 'a'.repeat(40);
    const ref = opts.ref ?? 'refs/tags/v0.0.0';
    const token = opts.token ?? 'test-token';
    const serverUrl = opts.serverUrl ?? 'https://github.com';
    const eventName = opts.eventName ?? 'push';
    const event = opts.event ?? tagPushEvent({ owner, repo, serverUrl }, ref.replace(/^refs\/tags\//, ''), sha);
    const runnerDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'runner-'));
    const temp = (0,external_node_path_.join)(runnerDir, 'temp');
    (0,external_node_fs_.mkdirSync)(temp);
    const files = {
        output: (0,external_node_path_.join)(runnerDir, 'output'),
        summary: (0,external_node_path_.join)(runnerDir, 'summary.md'),
        env: (0,external_node_path_.join)(runnerDir, 'env'),
        state: (0,external_node_path_.join)(runnerDir, 'state'),
        event: (0,external_node_path_.join)(runnerDir, 'event.json'),
    };
    for (const f of [files.output, files.summary, files.env, files.state])
        (0,external_node_fs_.writeFileSync)(f, '');
    (0,external_node_fs_.writeFileSync)(files.event, JSON.stringify(event, null, 2));
    const inputEnv = {};
    const ctx = { token, repository, ref, sha, workspace: opts.workspace };
    for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
        if (spec.default !== undefined)
            inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = evaluateDefault(String(spec.default), ctx);
    }
    for (const [name, value] of Object.entries(opts.inputs ?? {})) {
        if (!(name in (yml.inputs ?? {})))
            throw new Error(`input '${name}' is not declared in ${actionYmlPath}`);
        inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    // A clean environment, as on a runner: nothing leaks in from the test process but PATH and HOME.
    const env = {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: process.env['HOME'] ?? runnerDir,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_ENV: files.env,
        GITHUB_STATE: files.state,
        GITHUB_PATH: (0,external_node_path_.join)(runnerDir, 'path'),
        GITHUB_EVENT_PATH: files.event,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_REPOSITORY: repository,
        GITHUB_REPOSITORY_OWNER: owner,
        GITHUB_REF: ref,
        GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
        GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        GITHUB_SHA: sha,
        GITHUB_WORKSPACE: opts.workspace,
        GITHUB_ACTOR: 'maintainer',
        GITHUB_RUN_ID: '1',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_JOB: 'release',
        GITHUB_WORKFLOW: 'release',
        GITHUB_SERVER_URL: serverUrl,
        GITHUB_API_URL: opts.apiUrl ?? 'https://api.github.com',
        GITHUB_GRAPHQL_URL: opts.graphqlUrl ?? 'https://api.github.com/graphql',
        RUNNER_TEMP: temp,
        RUNNER_TOOL_CACHE: (0,external_node_path_.join)(runnerDir, 'toolcache'),
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_DEBUG: '0',
        ...inputEnv,
        ...opts.env,
    };
    try {
        const { exitCode, stdout, stderr } = await new Promise((res, rej) => {
            const child = (0,external_node_child_process_.spawn)(process.execPath, [main], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
            let out = '';
            let err = '';
            child.stdout.on('data', (d) => (out += d.toString()));
            child.stderr.on('data', (d) => (err += d.toString()));
            const timer = setTimeout(() => {
                child.kill('SIGKILL');
                rej(new Error(`action timed out after ${opts.timeoutMs ?? 120_000} ms\n${out}\n${err}`));
            }, opts.timeoutMs ?? 120_000);
            child.on('error', rej);
            child.on('close', (code) => {
                clearTimeout(timer);
                res({ exitCode: code ?? 1, stdout: out, stderr: err });
            });
        });
        const { annotations, masks } = parseCommands(stdout);
        return {
            exitCode,
            stdout,
            stderr,
            outputs: parseFileCommand((0,external_node_fs_.readFileSync)(files.output, 'utf8')),
            summary: (0,external_node_fs_.readFileSync)(files.summary, 'utf8'),
            annotations,
            errors: annotations.filter((a) => a.level === 'error'),
            masks,
            exportedEnv: parseFileCommand((0,external_node_fs_.readFileSync)(files.env, 'utf8')),
            state: parseFileCommand((0,external_node_fs_.readFileSync)(files.state, 'utf8')),
            files: {
                output: (0,external_node_fs_.readFileSync)(files.output, 'utf8'),
                summary: (0,external_node_fs_.readFileSync)(files.summary, 'utf8'),
                env: (0,external_node_fs_.readFileSync)(files.env, 'utf8'),
                state: (0,external_node_fs_.readFileSync)(files.state, 'utf8'),
                event: (0,external_node_fs_.readFileSync)(files.event, 'utf8'),
            },
        };
    }
    finally {
        await (0,promises_.rm)(runnerDir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 28 modules
var expressions_dist = __webpack_require__(34082);
;// CONCATENATED MODULE: ./src/rehearse/expressions.ts
/**
 * GitHub's expression language, evaluated by GitHub's own implementation (npm
 * `@actions/expressions`) over plain JSON contexts, with the job-status functions the runner
 * adds (`success()`, `failure()`, `always()`, `cancelled()`).
 *
 * Workflow values reach this module as `Value`s (see ./workflow.ts): JSON with `{ $expr }`
 * leaves where the workflow parser found an expression (`release-${{ x }}` arrives already
 * rewritten by the parser as `format('release-{0}', x)`).
 */

class ExpressionProblem extends Error {
    expression;
    constructor(expression, message) {
        super(`\${{ ${expression} }}: ${message}`);
        this.expression = expression;
        this.name = 'ExpressionProblem';
    }
}
function isExpr(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.$expr === 'string' && Object.keys(v).length === 1;
}
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];
function statusFunctions(status) {
    const answer = {
        success: !status.failed && !status.incomplete && !status.cancelled,
        failure: status.failed,
        always: true,
        cancelled: status.cancelled ?? false,
    };
    return new Map(STATUS_FUNCTIONS.map((name) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new expressions_dist/* data.BooleanData */.p.bo(answer[name] ?? false) }]));
}
function toData(value) {
    return JSON.parse(JSON.stringify(value ?? null), expressions_dist/* data.reviver */.p.eD);
}
function evaluateData(expr, contexts, status) {
    try {
        const lexed = new expressions_dist/* Lexer */.JG(expr).lex();
        const functions = statusFunctions(status);
        const parsed = new expressions_dist/* Parser */.iX(lexed.tokens, Object.keys(contexts), [...functions.values()]).parse();
        const dictionary = new expressions_dist/* data.Dictionary */.p.bT(...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })));
        return new expressions_dist/* Evaluator */.oi(parsed, dictionary, functions).evaluate();
    }
    catch (err) {
        throw new ExpressionProblem(expr, err instanceof Error ? err.message : String(err));
    }
}
function unwrap(expr) {
    return /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(expr)?.[1]?.trim() ?? expr.trim();
}
/** The value of an expression (with or without `${{ }}`) as JSON. */
function evaluate(expr, contexts, status = { failed: false }) {
    const result = evaluateData(unwrap(expr), contexts, status);
    return JSON.parse(JSON.stringify(result, expressions_dist/* data.replacer */.p.$U) ?? 'null');
}
/** Truthiness as the runner decides an `if:`. */
function truthy(expr, contexts, status = { failed: false }) {
    const v = evaluateData(unwrap(expr), contexts, status);
    switch (v.kind) {
        case expressions_dist/* data.Kind */.p.b8.Null:
            return false;
        case expressions_dist/* data.Kind */.p.b8.Boolean:
            return v.value;
        case expressions_dist/* data.Kind */.p.b8.Number: {
            const n = v.value;
            return n !== 0 && !Number.isNaN(n);
        }
        case expressions_dist/* data.Kind */.p.b8.String:
            return v.value !== '';
        default:
            return true;
    }
}
/** A workflow value with every expression evaluated, as JSON. */
function resolveValue(v, contexts, status = { failed: false }) {
    if (v === undefined)
        return null;
    if (isExpr(v))
        return evaluate(v.$expr, contexts, status);
    if (Array.isArray(v))
        return v.map((x) => resolveValue(x, contexts, status));
    if (typeof v === 'object' && v !== null)
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveValue(x, contexts, status)]));
    return v;
}
/** How the runner turns a value into the text an action input or an env variable holds. */
function asText(v) {
    if (v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return String(v);
    return JSON.stringify(v);
}
/** A workflow value evaluated to the text an input gets. */
function resolveText(v, contexts, status = { failed: false }) {
    return asText(resolveValue(v, contexts, status));
}
/** Every expression inside a value (for reports and validation). */
function expressionsIn(v) {
    if (v === undefined || v === null)
        return [];
    if (isExpr(v))
        return [v.$expr];
    if (Array.isArray(v))
        return v.flatMap(expressionsIn);
    if (typeof v === 'object')
        return Object.values(v).flatMap(expressionsIn);
    return [];
}

;// CONCATENATED MODULE: ./src/rehearse/permissions.ts
/** Every permission a workflow's `permissions:` may name (GitHub's workflow syntax reference). */
const WORKFLOW_PERMISSIONS = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
];
/** `read-all` is read on everything but id-token, which has no read level. */
const ALL = (level) => Object.fromEntries(WORKFLOW_PERMISSIONS.filter((p) => level === 'write' || p !== 'id-token').map((p) => [p, level]));
const RESTRICTED_DEFAULT = { contents: 'read', packages: 'read', metadata: 'read' };
/** A `permissions:` value as written → the map; undefined when there is none. Throws on what GitHub refuses. */
function readPermissions(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (value === 'read-all' || value === 'write-all')
        return ALL(value === 'read-all' ? 'read' : 'write');
    if (typeof value !== 'object' || Array.isArray(value) || '$expr' in value)
        throw new Error(`${where}: permissions must be read-all, write-all or a mapping, got ${JSON.stringify(value)}`);
    const out = {};
    for (const [name, level] of Object.entries(value)) {
        if (!WORKFLOW_PERMISSIONS.includes(name))
            throw new Error(`${where}: permissions: '${name}' is not a GitHub token permission (${WORKFLOW_PERMISSIONS.join(', ')})`);
        if (level === 'none')
            continue;
        if (level !== 'read' && level !== 'write')
            throw new Error(`${where}: permissions.${name} must be read, write or none, got ${JSON.stringify(level)}`);
        if (name === 'id-token' && level === 'read')
            throw new Error(`${where}: permissions.id-token can only be write or none`);
        out[name] = level;
    }
    return out;
}
/** The lower of each permission in `perms` and `cap`. */
function capPermissions(perms, cap) {
    const out = {};
    for (const [name, level] of Object.entries(perms)) {
        const limit = cap[name];
        if (limit === 'write')
            out[name] = level;
        else if (limit === 'read')
            out[name] = 'read';
    }
    return out;
}
/**
 * A job's token permissions: its own, else its workflow's, else (in a called workflow) the
 * calling job's, else the default; then capped by the calling job's.
 */
function jobPermissions(job, workflow, where, caller, fallback = RESTRICTED_DEFAULT) {
    const own = readPermissions(job, where) ?? readPermissions(workflow, `${where} (the workflow's permissions)`);
    if (!caller)
        return own ?? { ...fallback };
    return capPermissions(own ?? caller, caller);
}
/** `contents: write, issues: write` (sorted), or `none`. */
function showPermissions(perms) {
    const entries = Object.entries(perms).sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? 'none' : entries.map(([p, l]) => `${p}: ${l}`).join(', ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
// EXTERNAL MODULE: ./actions/lib/runner/tuning.ts
var tuning = __webpack_require__(4100);
;// CONCATENATED MODULE: ./actions/lib/oci/digest.ts


const SHA256 = /^sha256:[a-f0-9]{64}$/;
function isDigest(value) {
    return SHA256.test(value);
}
/** Returns the digest unchanged, or throws an error that says what is wrong with it. */
function digest_validateDigest(value, what = 'digest') {
    if (isDigest(value))
        return value;
    const shown = value.length > 80 ? `${value.slice(0, 80)}...` : value;
    const colon = value.indexOf(':');
    if (colon <= 0)
        throw new errors/* ActionError */.lZ(`${what} '${shown}' is not a digest: expected 'sha256:' followed by 64 lowercase hex digits`);
    const algorithm = value.slice(0, colon);
    const hex = value.slice(colon + 1);
    if (algorithm !== 'sha256') {
        throw new errors/* ActionError */.lZ(`${what} '${shown}' uses the algorithm '${algorithm}'; only sha256 digests are supported`);
    }
    if (/^[a-fA-F0-9]{64}$/.test(hex)) {
        throw new errors/* ActionError */.lZ(`${what} '${shown}' has uppercase hex digits; digests are lowercase`);
    }
    throw new errors/* ActionError */.lZ(`${what} '${shown}' is not a digest: expected 64 lowercase hex digits after 'sha256:', found ${hex.length} characters`);
}
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}

;// CONCATENATED MODULE: ./actions/lib/oci/reference.ts


const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\](?::[0-9]{1,5})?$/;
function fail(text, why) {
    throw new ActionError(`reference '${text}': ${why}`);
}
function isValidTag(tag) {
    return TAG.test(tag);
}
/** Throws unless `tag` is a valid tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
function validateTag(tag) {
    if (!isValidTag(tag)) {
        throw new errors/* ActionError */.lZ(`tag '${tag}' is not valid: a tag is 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`);
    }
    return tag;
}
/** Throws unless `name` is a valid repository path (lowercase components separated by '/'). */
function validateRepository(name) {
    if (name.length === 0 || name.length > 255) {
        throw new errors/* ActionError */.lZ(`repository '${name}' is not valid: it must be 1 to 255 characters`);
    }
    for (const component of name.split('/')) {
        if (!COMPONENT.test(component)) {
            throw new errors/* ActionError */.lZ(`repository '${name}' is not valid: component '${component}' must be lowercase letters and digits, separated by '.', '_', '__' or '-'`);
        }
    }
    return name;
}
/** Throws unless `host` is `name[:port]` or `[ipv6][:port]`; returns it lowercased. */
function validateRegistryHost(host) {
    const lower = host.toLowerCase();
    if (!HOSTNAME.test(lower) && !IPV6_HOST.test(lower)) {
        throw new errors/* ActionError */.lZ(`registry '${host}' is not a host name with an optional port`);
    }
    const port = /:([0-9]+)$/.exec(lower.replace(/^\[[^\]]*\]/, ''));
    if (port && (Number(port[1]) < 1 || Number(port[1]) > 65535)) {
        throw new errors/* ActionError */.lZ(`registry '${host}' has an invalid port`);
    }
    return lower;
}
/** True when the first path component names a registry rather than a Docker Hub namespace. */
function looksLikeRegistry(component) {
    return component.includes('.') || component.includes(':') || component.startsWith('[') || component === 'localhost';
}
/**
 * Parses `ghcr.io/org/image:tag`, `127.0.0.1:5000/x/y@sha256:...` or `name:tag@sha256:...`.
 * Without a registry part the reference is on Docker Hub (`nginx` is `docker.io/library/nginx`).
 */
function parseReference(text) {
    if (text.length === 0)
        fail(text, 'it is empty');
    if (/\s/.test(text))
        fail(text, 'it contains whitespace');
    if (text.includes('://'))
        fail(text, "write it without a scheme, as 'host/repository:tag'");
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = validateDigest(rest.slice(at + 1), `digest in reference '${text}'`);
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0 && !(lastSlash < 0 && rest.startsWith('['))) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag))
            fail(text, `tag '${tag}' is not valid (1 to 128 of [A-Za-z0-9_.-], not starting with '.' or '-')`);
    }
    const slash = rest.indexOf('/');
    let registry = DOCKER_HUB;
    let repository = rest;
    if (slash >= 0 && looksLikeRegistry(rest.slice(0, slash))) {
        registry = rest.slice(0, slash);
        repository = rest.slice(slash + 1);
    }
    try {
        registry = validateRegistryHost(registry);
        validateRepository(repository);
    }
    catch (error) {
        fail(text, error.message);
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    const reference = { registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
/**
 * Resolves a Helm OCI location (`oci://ghcr.io/org/charts`) and a chart name to the chart's
 * repository (`ghcr.io`, `org/charts/<chart>`), as `helm push <chart> oci://...` does.
 */
function parseChartLocation(location, chartName) {
    const text = location.trim();
    if (!text.startsWith('oci://')) {
        throw new ActionError(`chart registry '${location}' must start with 'oci://' (for example oci://ghcr.io/org/charts)`);
    }
    const body = text.slice('oci://'.length).replace(/\/+$/, '');
    if (body.length === 0)
        throw new ActionError(`chart registry '${location}' names no registry host`);
    if (body.includes('@') || body.includes('?') || body.includes('#')) {
        throw new ActionError(`chart registry '${location}' must be a location without tag or digest`);
    }
    const slash = body.indexOf('/');
    const host = slash < 0 ? body : body.slice(0, slash);
    const path = slash < 0 ? '' : body.slice(slash + 1);
    if (path.includes(':')) {
        throw new ActionError(`chart registry '${location}' must be a location without tag; the tag is the chart version`);
    }
    const registry = validateRegistryHost(host);
    const repository = path.length > 0 ? `${path}/${chartName}` : chartName;
    if (!COMPONENT.test(chartName)) {
        throw new ActionError(`chart name '${chartName}' cannot be an OCI repository name: use lowercase letters, digits and '-'`);
    }
    validateRepository(repository);
    return { registry, repository };
}
/** `registry/repository[:tag][@digest]`. */
function formatReference(reference) {
    let text = `${reference.registry}/${reference.repository}`;
    if (reference.tag !== undefined)
        text += `:${reference.tag}`;
    if (reference.digest !== undefined)
        text += `@${reference.digest}`;
    return text;
}
/** The host without its port: `127.0.0.1`, `localhost`, `[::1]`. */
function hostName(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1);
    const colon = host.lastIndexOf(':');
    return colon >= 0 ? host.slice(0, colon) : host;
}
/** True for 127.0.0.0/8, localhost and [::1], with or without a port. */
function isLoopbackHost(host) {
    const name = hostName(host.toLowerCase());
    return name === 'localhost' || name === '[::1]' || name === '::1' || /^127(?:\.[0-9]{1,3}){3}$/.test(name);
}

;// CONCATENATED MODULE: ./actions/lib/oci/transport.ts



const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const BASE_WAITS_MS = [1000, 3000, 6000];
const MAX_RETRY_AFTER_MS = 10_000;
/** Refuses plain http:// except to loopback hosts, and anything that is neither http nor https. */
function assertSafeUrl(url, what) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:') {
        if (isLoopbackHost(url.host))
            return;
        throw new errors/* ActionError */.lZ(`${what} ${url.origin}: plain http:// is allowed only for loopback registries (127.0.0.1, localhost, [::1])`);
    }
    throw new errors/* ActionError */.lZ(`${what} ${url.origin}: unsupported protocol '${url.protocol}'`);
}
/** `METHOD https://host/path` without the query string (which may carry upload state). */
function describeRequest(method, url) {
    return `${method} ${url.origin}${url.pathname}`;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function waitFor(attempt, scale, response) {
    let ms = BASE_WAITS_MS[Math.min(attempt, BASE_WAITS_MS.length - 1)] ?? 1000;
    const retryAfter = response?.headers.get('retry-after');
    if (retryAfter && /^[0-9]+$/.test(retryAfter))
        ms = Math.min(Number(retryAfter) * 1000, MAX_RETRY_AFTER_MS);
    return ms * scale;
}
/** Sends one request with timeout and bounded retry; the body must be re-sendable (bytes or nothing). */
async function send(url, init, options = {}) {
    assertSafeUrl(url, 'registry');
    const doFetch = options.fetch ?? fetch;
    const retries = options.retries ?? 2;
    const scale = options.retryScale ?? (0,tuning/* retryScale */.H5)();
    const timeoutMs = options.timeoutMs ?? (0,tuning/* requestTimeoutMs */.Hl)();
    const method = init.method ?? 'GET';
    for (let attempt = 0;; attempt++) {
        let response;
        try {
            response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (error) {
            if (attempt < retries) {
                await sleep(waitFor(attempt, scale));
                continue;
            }
            const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : connectionReason(error);
            throw new errors/* RemoteError */.Hi(`${describeRequest(method, url)} failed after ${attempt + 1} attempt(s): ${reason}`, undefined, { cause: error });
        }
        if (RETRY_STATUSES.has(response.status) && attempt < retries) {
            await response.arrayBuffer().catch(() => undefined);
            await sleep(waitFor(attempt, scale, response));
            continue;
        }
        return response;
    }
}
function connectionReason(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        return typeof code === 'string' ? `${code} (${cause.message})` : cause.message;
    }
    return error.message;
}
/** `CODE: message` of a registry's `{"errors":[...]}` body, or the start of the text. */
async function describeErrorBody(response) {
    let text;
    try {
        text = await response.text();
    }
    catch {
        return '';
    }
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
            return parsed.errors.map((e) => [e.code, e.message].filter((part) => typeof part === 'string' && part).join(': ')).join('; ');
        }
    }
    catch {
        // not JSON
    }
    const trimmed = text.trim().replace(/\s+/g, ' ');
    return trimmed.length > 200 ? `${trimmed.slice(0, 200)}...` : trimmed;
}

;// CONCATENATED MODULE: ./actions/lib/oci/auth.ts


/**
 * Parses `WWW-Authenticate` (RFC 7235): one or more challenges, each a scheme followed by
 * comma-separated `name=value` or `name="quoted, value"` parameters. Commas inside quotes
 * (`scope="repository:x:pull,push"`) belong to the value.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skip = (chars) => {
        while (i < n && chars.includes(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < n) {
        skip(' \t,');
        if (i >= n)
            break;
        const start = i;
        const name = token();
        if (name.length === 0) {
            i++; // stray character: skip it
            continue;
        }
        skip(' \t');
        if (header[i] === '=' && current) {
            i++;
            skip(' \t');
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i++;
                    value += header[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                const valueStart = i;
                while (i < n && header[i] !== ',' && header[i] !== ' ' && header[i] !== '\t')
                    i++;
                value = header.slice(valueStart, i);
            }
            current.params[name.toLowerCase()] = value;
        }
        else {
            // a scheme name starts a new challenge (token68 credentials after it are ignored)
            i = start + name.length;
            current = { scheme: name.toLowerCase(), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}
/** `repository:<name>:pull` or `repository:<name>:pull,push`. */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
/**
 * Answers a registry's 401 challenges: basic credentials, or the bearer token flow that
 * ghcr.io and Docker Hub use (GET the realm with service and scope, with basic credentials when
 * given, take `token` or `access_token`). Tokens are cached per scope until shortly before
 * they expire. The password only ever leaves in an Authorization header.
 */
class RegistryAuth {
    registry;
    credentials;
    transport;
    now;
    tokens = new Map();
    basic = false;
    constructor(registry, credentials, transport, now = Date.now) {
        this.registry = registry;
        this.credentials = credentials;
        this.transport = transport;
        this.now = now;
    }
    /** The Authorization header to send before any challenge, if one is known for the scope. */
    cached(scope) {
        if (this.basic)
            return this.basicHeader();
        const token = this.tokens.get(scope);
        if (token && token.expiresAt > this.now())
            return token.header;
        this.tokens.delete(scope);
        return undefined;
    }
    /** Drops what was cached for the scope after the registry refused it. */
    forget(scope) {
        this.tokens.delete(scope);
    }
    /** The Authorization header that answers the response's challenge, or a RemoteError that says why there is none. */
    async answer(challengeHeader, scope) {
        const challenges = parseWwwAuthenticate(challengeHeader ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        if (bearer)
            return this.fetchToken(bearer, scope);
        if (challenges.some((c) => c.scheme === 'basic')) {
            if (!this.credentials)
                throw this.needsCredentials();
            this.basic = true;
            return this.basicHeader();
        }
        throw new errors/* RemoteError */.Hi(`registry ${this.registry} asked for authentication with an unsupported challenge '${challengeHeader ?? '(none)'}'`, 401);
    }
    /** The error for a 401 that persists after authenticating. */
    async refused(response, scope) {
        const challenge = parseWwwAuthenticate(response.headers.get('www-authenticate') ?? '').find((c) => c.scheme === 'bearer');
        const detail = await describeErrorBody(response);
        if (!this.credentials) {
            return new errors/* RemoteError */.Hi(`registry ${this.registry} refused anonymous access to ${scope}: credentials are needed${detail ? ` (${detail})` : ''}`, 401);
        }
        if (challenge?.params.error === 'insufficient_scope') {
            return new errors/* RemoteError */.Hi(`registry ${this.registry} denied ${scope} to user '${this.credentials.username}'` +
                ` (insufficient scope${detail ? `: ${detail}` : ''})`, 401);
        }
        return this.refusedCredentials(`HTTP 401${detail ? `: ${detail}` : ''}`);
    }
    basicHeader() {
        const { username, password } = this.credentials;
        return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
    }
    needsCredentials() {
        return new errors/* RemoteError */.Hi(`registry ${this.registry} requires credentials (HTTP 401) and none were given`, 401);
    }
    refusedCredentials(detail) {
        return new errors/* RemoteError */.Hi(`registry ${this.registry} refused the credentials of user '${this.credentials.username}' (${detail})`, 401);
    }
    async fetchToken(challenge, scope) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} sent a Bearer challenge without a realm`, 401);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} sent a Bearer challenge with an invalid realm '${realm}'`, 401);
        }
        assertSafeUrl(url, 'token realm');
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.append('scope', scope);
        const asked = challenge.params.scope;
        if (asked && asked !== scope)
            url.searchParams.append('scope', asked);
        const headers = { accept: 'application/json' };
        if (this.credentials)
            headers.authorization = this.basicHeader();
        const response = await send(url, { method: 'GET', headers }, this.transport);
        const where = `token service ${url.origin}${url.pathname}`;
        if (response.status === 401 || response.status === 403) {
            const detail = await describeErrorBody(response);
            if (!this.credentials)
                throw this.needsCredentials();
            throw this.refusedCredentials(`${where} answered HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
        }
        if (!response.ok) {
            const detail = await describeErrorBody(response);
            throw new errors/* RemoteError */.Hi(`${where} answered HTTP ${response.status} for ${scope}${detail ? `: ${detail}` : ''}`, response.status);
        }
        let body;
        try {
            body = (await response.json());
        }
        catch {
            throw new errors/* RemoteError */.Hi(`${where} answered with a body that is not JSON`, response.status);
        }
        const token = typeof body.token === 'string' && body.token ? body.token : body.access_token;
        if (typeof token !== 'string' || token.length === 0) {
            throw new errors/* RemoteError */.Hi(`${where} answered without a token`, response.status);
        }
        // The spec's default lifetime is 60 s; renew 10 s early.
        const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        const header = `Bearer ${token}`;
        this.tokens.set(scope, { header, expiresAt: this.now() + Math.max(lifetime - 10, 1) * 1000 });
        return header;
    }
}

;// CONCATENATED MODULE: ./actions/lib/oci/media-types.ts
/** Media types of the OCI image spec, the Docker v2 formats and Helm 3.8+ charts. */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const HELM_PROVENANCE_LAYER = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
/** Every manifest type this client reads, the default `Accept` list. */
const MANIFEST_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** Index types: a list of per-platform manifests. */
const INDEX_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST];
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}

;// CONCATENATED MODULE: ./actions/lib/oci/tags-list.ts
/**
 * The pieces of the distribution spec's tag listing (`GET /v2/<name>/tags/list`) that are not
 * requests: the body of one page and the `Link: <…>; rel="next"` header (RFC 8288) that leads to
 * the next. Pure.
 */

/** The target of the `rel="next"` link of a `Link` header, as written (relative or absolute); undefined without one. */
function nextLink(header) {
    if (!header)
        return undefined;
    // links are separated by commas outside <…>; a URL may hold commas of its own
    for (const link of header.match(/<[^>]*>[^<]*/g) ?? []) {
        const target = /^<([^>]*)>/.exec(link)?.[1];
        const params = link.slice(link.indexOf('>') + 1).split(';').slice(1);
        const rel = params.map((p) => /^\s*rel\s*=\s*"?([^"]*)"?\s*,?\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
        if (target !== undefined && rel?.toLowerCase().split(/\s+/).includes('next'))
            return target;
    }
    return undefined;
}
/** The tags of one page: `{"name": …, "tags": [...]}` (`tags` null or absent when the repository has none). */
function tagsOfPage(text, where) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new errors/* RemoteError */.Hi(`${where} is not JSON (expected {"name": ..., "tags": [...]}): ${text.trim().slice(0, 80)}`);
    }
    const tags = body && typeof body === 'object' ? body.tags : undefined;
    if (tags === undefined || tags === null)
        return [];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
        throw new errors/* RemoteError */.Hi(`${where} has a "tags" that is not a list of strings (expected {"name": ..., "tags": ["v1.0.0", ...]})`);
    }
    return tags;
}

;// CONCATENATED MODULE: ./actions/lib/oci/client.ts







/** A registry that keeps leading to further pages is stopped here rather than followed forever. */
const MAX_TAG_PAGES = 1000;
/** A client for the OCI distribution API of one registry (https, or http on loopback). */
class OciClient {
    registry;
    baseUrl;
    auth;
    transport;
    userAgent;
    tagPageSize;
    /** What each response answered, for error messages (Response.url is empty with some fetch stand-ins). */
    sent = new WeakMap();
    constructor(options) {
        this.registry = validateRegistryHost(options.registry);
        const loopback = isLoopbackHost(this.registry);
        const plainHttp = options.plainHttp ?? loopback;
        if (plainHttp && !loopback) {
            throw new errors/* ActionError */.lZ(`registry ${this.registry}: plain http:// is allowed only for loopback registries (127.0.0.1, localhost, [::1])`);
        }
        const apiHost = this.registry === 'docker.io' ? 'registry-1.docker.io' : this.registry;
        this.baseUrl = new URL(`${plainHttp ? 'http' : 'https'}://${apiHost}/`);
        this.transport = { fetch: options.fetch, timeoutMs: options.timeoutMs, retries: options.retries, retryScale: options.retryScale };
        this.auth = new RegistryAuth(this.registry, options.credentials, this.transport);
        this.userAgent = options.userAgent ?? 'release-actions-oci';
        this.tagPageSize = options.tagPageSize;
    }
    /** HEAD /v2/<name>/blobs/<digest>: true on 200, false on 404. */
    async blobExists(repository, digest) {
        const checked = digest_validateDigest(digest);
        const response = await this.request({ method: 'HEAD', repository, push: false, path: `blobs/${checked}` });
        if (response.status === 404)
            return false;
        await this.expect(response, [200], `blob ${checked}`);
        return true;
    }
    /** GET a blob and check its digest. */
    async getBlob(repository, digest) {
        const checked = digest_validateDigest(digest);
        const response = await this.request({ method: 'GET', repository, push: false, path: `blobs/${checked}` });
        await this.expect(response, [200], `blob ${checked}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const actual = sha256Digest(bytes);
        if (actual !== checked)
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} served ${repository} blob ${checked} with content of digest ${actual}`);
        return bytes;
    }
    /** Monolithic upload: POST /v2/<name>/blobs/uploads/, then PUT <Location>?digest=. Always uploads. */
    async pushBlob(repository, bytes) {
        const digest = sha256Digest(bytes);
        const started = await this.request({ method: 'POST', repository, push: true, path: 'blobs/uploads/', headers: { 'content-length': '0' } });
        await this.expect(started, [202], 'blob upload');
        const location = started.headers.get('location');
        if (!location)
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} started an upload to ${repository} without a Location header`, started.status);
        const url = new URL(location, this.baseUrl);
        assertSafeUrl(url, 'upload location');
        url.searchParams.set('digest', digest);
        const finished = await this.request({
            method: 'PUT',
            repository,
            push: true,
            url,
            headers: { 'content-type': 'application/octet-stream' },
            body: bytes,
        });
        if (finished.status !== 201 && (await this.blobExists(repository, digest).catch(() => false))) {
            // A blob is named by its digest, so the registry having it means the upload is done: the
            // finishing PUT was applied but its answer lost, and the retry met the closed upload.
            await finished.arrayBuffer().catch(() => undefined);
            return { digest, size: bytes.byteLength };
        }
        await this.expect(finished, [201], `blob ${digest}`);
        const stored = finished.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} stored blob ${digest} of ${repository} as ${stored}`, finished.status);
        }
        return { digest, size: bytes.byteLength };
    }
    /** Uploads the blob unless the repository has it already. */
    async ensureBlob(repository, bytes) {
        const digest = sha256Digest(bytes);
        if (await this.blobExists(repository, digest))
            return { digest, size: bytes.byteLength, uploaded: false };
        return { ...(await this.pushBlob(repository, bytes)), uploaded: true };
    }
    /** GET a manifest by tag or digest; null when the registry has no such manifest. */
    async getManifest(repository, reference, accept = MANIFEST_TYPES) {
        const ref = checkManifestReference(reference);
        const response = await this.request({ method: 'GET', repository, push: false, path: `manifests/${ref}`, headers: { accept: accept.join(', ') } });
        if (response.status === 404)
            return null;
        await this.expect(response, [200], `manifest ${ref}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const computed = sha256Digest(bytes);
        const header = response.headers.get('docker-content-digest');
        if ((header && isDigest(header) && header !== computed) || (isDigest(ref) && ref !== computed)) {
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} served manifest ${repository}:${ref} with content of digest ${computed}`);
        }
        let json;
        try {
            json = JSON.parse(Buffer.from(bytes).toString('utf8'));
        }
        catch {
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} served manifest ${repository}:${ref} that is not JSON`);
        }
        const mediaType = contentType(response) ?? mediaTypeOf(json) ?? '';
        return { digest: computed, mediaType, size: bytes.byteLength, bytes, json };
    }
    /** HEAD a manifest: its digest, media type and size; null when absent. */
    async headManifest(repository, reference, accept = MANIFEST_TYPES) {
        const ref = checkManifestReference(reference);
        const response = await this.request({ method: 'HEAD', repository, push: false, path: `manifests/${ref}`, headers: { accept: accept.join(', ') } });
        if (response.status === 404)
            return null;
        await this.expect(response, [200], `manifest ${ref}`);
        const digest = response.headers.get('docker-content-digest');
        const mediaType = contentType(response);
        if (!digest || !isDigest(digest) || !mediaType) {
            // Some registries leave these out of HEAD answers: read the manifest instead.
            const manifest = await this.getManifest(repository, ref, accept);
            return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size };
        }
        return { digest, mediaType, size: Number(response.headers.get('content-length') ?? '0') };
    }
    /** The digest a tag (or digest) resolves to, or null. */
    async resolve(repository, reference, accept = MANIFEST_TYPES) {
        return (await this.headManifest(repository, reference, accept))?.digest ?? null;
    }
    /** PUT a manifest under a tag or its digest; returns its digest. */
    async putManifest(repository, reference, mediaType, bytes) {
        const ref = checkManifestReference(reference);
        const digest = sha256Digest(bytes);
        if (isDigest(ref) && ref !== digest)
            throw new errors/* ActionError */.lZ(`manifest has digest ${digest}, not the ${ref} it is pushed as`);
        const response = await this.request({
            method: 'PUT',
            repository,
            push: true,
            path: `manifests/${ref}`,
            headers: { 'content-type': mediaType },
            body: bytes,
        });
        await this.expect(response, [201], `manifest ${ref}`);
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new errors/* RemoteError */.Hi(`registry ${this.registry} stored manifest ${repository}:${ref} as ${stored}, expected ${digest}`, response.status);
        }
        return digest;
    }
    /**
     * Every tag of the repository: GET /v2/<name>/tags/list, then each page its `Link: <…>;
     * rel="next"` header leads to (same registry only). [] when the registry does not know the
     * repository (404 NAME_UNKNOWN): nothing was pushed to it yet.
     */
    async listTags(repository) {
        validateRepository(repository);
        let url = new URL(`/v2/${repository}/tags/list`, this.baseUrl);
        if (this.tagPageSize)
            url.searchParams.set('n', String(this.tagPageSize));
        const tags = [];
        const asked = new Set();
        for (let page = 1;; page++) {
            asked.add(url.href);
            const response = await this.request({ method: 'GET', repository, push: false, url });
            if (page === 1 && response.status === 404 && (await describeErrorBody(response.clone())).startsWith('NAME_UNKNOWN'))
                return [];
            await this.expect(response, [200], `the tag list of ${repository}`);
            tags.push(...tagsOfPage(await response.text(), `registry ${this.registry}'s tag list of ${repository} (${describeRequest('GET', url)})`));
            const next = nextLink(response.headers.get('link'));
            if (next === undefined)
                return tags;
            url = this.nextTagPage(repository, url, next, asked, page);
        }
    }
    /** The next page's URL, refused when it leaves the registry, repeats a page or goes on past MAX_TAG_PAGES. */
    nextTagPage(repository, current, next, asked, page) {
        const where = `registry ${this.registry}'s tag list of ${repository}`;
        let url;
        try {
            url = new URL(next, current);
        }
        catch {
            throw new errors/* RemoteError */.Hi(`${where}: the Link header's next page <${next.slice(0, 100)}> is not a URL`);
        }
        assertSafeUrl(url, `${where}: next page`);
        if (url.origin !== this.baseUrl.origin)
            throw new errors/* RemoteError */.Hi(`${where}: the next page is on ${url.origin}, not the registry ${this.baseUrl.origin}; refused (credentials go to the registry only)`);
        if (asked.has(url.href))
            throw new errors/* RemoteError */.Hi(`${where}: the Link header leads back to a page already read (${describeRequest('GET', url)}): the registry's paging loops`);
        if (page >= MAX_TAG_PAGES)
            throw new errors/* RemoteError */.Hi(`${where}: still more pages after ${MAX_TAG_PAGES}; stopped`);
        return url;
    }
    /** Sends with the cached authorization; on a 401 answers the challenge once and resends. */
    async request(spec) {
        validateRepository(spec.repository);
        const url = spec.url ?? new URL(`/v2/${spec.repository}/${spec.path ?? ''}`, this.baseUrl);
        const sameOrigin = url.origin === this.baseUrl.origin;
        const scope = repositoryScope(spec.repository, spec.push);
        const build = (authorization) => {
            const headers = { 'user-agent': this.userAgent, ...spec.headers };
            if (authorization && sameOrigin)
                headers.authorization = authorization;
            return { method: spec.method, headers, body: spec.body, redirect: 'follow' };
        };
        const first = await send(url, build(this.auth.cached(scope)), this.transport);
        this.sent.set(first, { method: spec.method, url });
        if (first.status !== 401 || !sameOrigin)
            return first;
        await first.arrayBuffer().catch(() => undefined);
        this.auth.forget(scope);
        const authorization = await this.auth.answer(first.headers.get('www-authenticate'), scope);
        const second = await send(url, build(authorization), this.transport);
        this.sent.set(second, { method: spec.method, url });
        if (second.status === 401)
            throw await this.auth.refused(second, scope);
        return second;
    }
    async expect(response, ok, what) {
        if (ok.includes(response.status))
            return;
        const { method, url } = this.sent.get(response) ?? { method: '?', url: this.baseUrl };
        const detail = method === 'HEAD' ? '' : await describeErrorBody(response);
        const verb = response.status === 403 ? 'denied' : `answered HTTP ${response.status}`;
        throw new errors/* RemoteError */.Hi(`registry ${this.registry} ${verb} for ${what} (${describeRequest(method, url)})${detail ? `: ${detail}` : ''}`, response.status);
    }
}
function checkManifestReference(reference) {
    if (reference.startsWith('sha256:') || reference.includes(':'))
        return digest_validateDigest(reference);
    return validateTag(reference);
}
function contentType(response) {
    const value = response.headers.get('content-type');
    const type = value?.split(';')[0]?.trim();
    return type ? type : undefined;
}
function mediaTypeOf(json) {
    if (json && typeof json === 'object' && typeof json.mediaType === 'string') {
        return json.mediaType;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rehearse/proc.ts
/**
 * Child processes for the rehearsal: argument arrays only, never a shell. (The actions use
 * `actions/lib/process`, built on @actions/exec; the rehearsal also needs raw bytes — chart
 * archives read from a pages branch — so it calls `execFile` directly.)
 */

function proc(cmd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const env = {};
        for (const [k, v] of Object.entries({ ...process.env, ...opts.env }))
            if (v !== undefined)
                env[k] = v;
        const child = (0,external_node_child_process_.execFile)(cmd, [...args], { cwd: opts.cwd, env, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: opts.timeoutMs ?? 120_000 }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? (err.code) : -1) : 0;
            if (err && code === -1 && err.code === 'ENOENT')
                return reject(new Error(`${cmd} is not installed`));
            resolve({ code, stdout, stderr: stderr.toString('utf8') });
        });
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
        else
            child.stdin?.end();
    });
}
/** The environment git gets from the rehearsal: no user or system configuration, no prompts. */
function gitEnv(home, extra = {}) {
    return {
        HOME: home,
        XDG_CONFIG_HOME: home,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: '',
        LC_ALL: 'C',
        ...extra,
    };
}
/** git with argument arrays; throws with git's message unless `allowFailure`. */
async function git(cwd, args, opts = {}) {
    const r = await proc('git', args, { cwd, env: opts.env, ...(opts.input !== undefined ? { input: opts.input } : {}) });
    const out = r.stdout.toString('utf8');
    if (r.code !== 0 && !opts.allowFailure) {
        const why = (r.stderr || out).trim().split('\n').slice(-3).join(' ');
        throw new Error(`git ${args.filter((a) => !a.startsWith('-c')).slice(0, 3).join(' ')} failed: ${why}`);
    }
    return { code: r.code, out, err: r.stderr };
}

;// CONCATENATED MODULE: ./src/rehearse/stand-ins/artifacts.ts
/**
 * Stand-ins for actions/upload-artifact v7 and actions/download-artifact v8: an artifact is a
 * folder of the run's artifact store, with a small record beside it (its ID, its digest, whether
 * it was zipped). The inputs, their refusals and where the files land follow those majors'
 * action.yml and release notes: hidden files left out unless asked, `archive: false` for one
 * file named after itself, a single artifact by name or by ID extracted straight into `path`,
 * a digest mismatch an error unless `digest-mismatch` says otherwise.
 */



const ok = (outputs, notes) => ({ status: 'passed', outputs, notes });
const artifacts_fail = (reason) => ({ status: 'failed', reason });
const lines = (text) => (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const bool = (text, dflt) => (text === undefined || text === '' ? dflt : text.trim().toLowerCase() === 'true');
const abs = (ctx, path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(ctx.workspace, path));
const artifacts_hidden = (name) => name.startsWith('.');
function matchGlob(pattern, name) {
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
    return re.test(name);
}
/** The files and folders a path input names: a path, or a `*`/`?` pattern in its last part. */
function expandPath(ctx, pattern) {
    const full = abs(ctx, pattern);
    if (!/[*?]/.test((0,external_node_path_.basename)(full)))
        return (0,external_node_fs_.existsSync)(full) ? [full] : [];
    const dir = (0,external_node_path_.dirname)(full);
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((f) => matchGlob((0,external_node_path_.basename)(full), f))
        .sort()
        .map((f) => (0,external_node_path_.join)(dir, f));
}
const recordFile = (ctx, name) => (0,external_node_path_.join)(ctx.artifacts.dir, `${name}.artifact.json`);
function readRecord(ctx, name) {
    const file = recordFile(ctx, name);
    return (0,external_node_fs_.existsSync)(file) ? JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')) : undefined;
}
/** An artifact's digest: every file below it, by relative path, in order. */
function digestOf(dir) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const walk = (d) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                walk(p);
            else
                hash.update(`${(0,external_node_path_.relative)(dir, p)}\0`).update((0,external_node_fs_.readFileSync)(p));
        }
    };
    walk(dir);
    return hash.digest('hex');
}
/** The next artifact ID of the run: IDs are never reused, even after an overwrite. */
function nextId(ctx) {
    const ids = (0,external_node_fs_.readdirSync)(ctx.artifacts.dir)
        .filter((f) => f.endsWith('.artifact.json'))
        .map((f) => JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(ctx.artifacts.dir, f), 'utf8')).id);
    return Math.max(0, ...ids) + 1;
}
const IF_NO_FILES = ['warn', 'error', 'ignore'];
async function uploadArtifact(ctx) {
    const ifNone = ctx.inputs['if-no-files-found'] || 'warn';
    if (!IF_NO_FILES.includes(ifNone))
        return artifacts_fail(`Unrecognized if-no-files-found input. Provided: ${ifNone}. Available options: ${IF_NO_FILES.join(', ')}`);
    if (!ctx.inputs['path'])
        return artifacts_fail('Input required and not supplied: path');
    const includeHidden = bool(ctx.inputs['include-hidden-files'], false);
    const paths = lines(ctx.inputs['path'])
        .flatMap((p) => expandPath(ctx, p))
        .filter((p) => includeHidden || !artifacts_hidden((0,external_node_path_.basename)(p)));
    if (paths.length === 0) {
        const msg = `No files were found with the provided path: ${ctx.inputs['path']}. No artifacts will be uploaded.`;
        return ifNone === 'error' ? artifacts_fail(msg) : ok({}, ifNone === 'warn' ? [msg] : []);
    }
    const archive = bool(ctx.inputs['archive'], true);
    if (!archive && (paths.length !== 1 || !(0,external_node_fs_.statSync)(paths[0]).isFile()))
        return artifacts_fail(`When 'archive' is false, exactly one file can be uploaded; the path input names ${paths.length === 1 ? 'a folder' : `${paths.length} files`}`);
    // unzipped, the artifact is the file itself and takes its name
    const name = archive ? ctx.inputs['name'] || 'artifact' : (0,external_node_path_.basename)(paths[0]);
    const dir = (0,external_node_path_.join)(ctx.artifacts.dir, name);
    if ((0,external_node_fs_.existsSync)(dir)) {
        if (!bool(ctx.inputs['overwrite'], false))
            return artifacts_fail(`Failed to CreateArtifact: an artifact with the name ${name} was already created in this run (set overwrite: true to replace it)`);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    for (const p of paths)
        (0,external_node_fs_.cpSync)(p, (0,external_node_path_.join)(dir, (0,external_node_path_.basename)(p)), { recursive: true, filter: (src) => includeHidden || src === p || !artifacts_hidden((0,external_node_path_.basename)(src)) });
    const record = { id: nextId(ctx), digest: digestOf(dir), archive };
    (0,external_node_fs_.writeFileSync)(recordFile(ctx, name), JSON.stringify(record));
    const shown = paths.map((p) => ((0,external_node_path_.relative)(ctx.workspace, p).startsWith('..') ? (0,external_node_path_.basename)(p) : (0,external_node_path_.relative)(ctx.workspace, p)));
    return ok({ 'artifact-id': String(record.id), 'artifact-url': `${ctx.github.serverUrl}/${ctx.repository}/actions/runs/1/artifacts/${record.id}`, 'artifact-digest': record.digest }, [`artifact ${name} (ID ${record.id}${archive ? '' : ', not zipped'}): ${shown.join(', ')}`]);
}
const DIGEST_MISMATCH = ['ignore', 'info', 'warn', 'error'];
function choose(ctx) {
    const available = ctx.artifacts.names();
    const name = ctx.inputs['name'];
    const ids = (ctx.inputs['artifact-ids'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (name && ids.length > 0)
        return "Inputs 'name' and 'artifact-ids' cannot be used together. Please specify only one.";
    if (name)
        return available.includes(name) ? { names: [name], direct: true } : `Unable to download artifact(s): Artifact not found for name: ${name}`;
    if (ids.length > 0) {
        const bad = ids.filter((id) => !/^\d+$/.test(id));
        if (bad.length > 0)
            return `Invalid artifact ID: ${bad.join(', ')}. Must be a number.`;
        const byId = new Map(available.map((n) => [String(readRecord(ctx, n)?.id ?? ''), n]));
        const missing = ids.filter((id) => !byId.has(id));
        if (missing.length > 0)
            return `Unable to download artifact(s): Artifact not found for ID(s): ${missing.join(', ')}`;
        return { names: ids.map((id) => byId.get(id)), direct: ids.length === 1 };
    }
    const pattern = ctx.inputs['pattern'];
    return { names: available.filter((n) => !pattern || matchGlob(pattern, n)), direct: false };
}
async function downloadArtifact(ctx) {
    const onMismatch = ctx.inputs['digest-mismatch'] || 'error';
    if (!DIGEST_MISMATCH.includes(onMismatch))
        return artifacts_fail(`Invalid digest-mismatch input: ${onMismatch}. Expected one of: ${DIGEST_MISMATCH.join(', ')}`);
    const repository = ctx.inputs['repository'];
    if (repository && repository.toLowerCase() !== ctx.repository.toLowerCase())
        return artifacts_fail(`the rehearsal keeps the artifacts of this run of ${ctx.repository} only, not of ${repository}`);
    if (bool(ctx.inputs['skip-decompress'], false))
        return artifacts_fail('skip-decompress: true is not modelled: the rehearsal keeps artifacts as folders, not as zip files');
    const chosen = choose(ctx);
    if (typeof chosen === 'string')
        return artifacts_fail(chosen);
    const dest = abs(ctx, ctx.inputs['path'] || '.');
    const merge = bool(ctx.inputs['merge-multiple'], false);
    const notes = [];
    (0,external_node_fs_.mkdirSync)(dest, { recursive: true });
    for (const n of chosen.names) {
        const source = (0,external_node_path_.join)(ctx.artifacts.dir, n);
        const record = readRecord(ctx, n);
        if (record && digestOf(source) !== record.digest) {
            const msg = `Digest validation failed for artifact(s): ${n}`;
            if (onMismatch === 'error')
                return artifacts_fail(msg);
            if (onMismatch !== 'ignore')
                notes.push(msg);
        }
        const target = chosen.direct || merge ? dest : (0,external_node_path_.join)(dest, n);
        (0,external_node_fs_.mkdirSync)(target, { recursive: true });
        (0,external_node_fs_.cpSync)(source, target, { recursive: true });
    }
    notes.unshift(`${chosen.names.length} artifact(s) into ${(0,external_node_path_.relative)(ctx.workspace, dest) || '.'}: ${chosen.names.join(', ') || 'none'}`);
    return ok({ 'download-path': dest }, notes);
}

;// CONCATENATED MODULE: ./src/rehearse/stand-ins/store-attestation.ts
/**
 * A signed bundle stored through GitHub's attestations API (`POST /repos/{owner}/{repo}/attestations`),
 * as actions/attest stores it, made safe to retry: a 5xx, a rate limit, a stall past the
 * per-attempt deadline or a reset is tried again (four attempts, waits scaled by
 * RELEASE_ACTIONS_RETRY_SCALE), and before each new attempt the bundle is looked up by its
 * subject, so a write whose answer was lost is not stored twice. Plain fetch rather than the
 * suite's Octokit: its write spacing (a second between writes) would only slow the rehearsal.
 */

const ATTEMPTS = 4;
/** The attestation's id, or the one line saying which call failed, how, and after how many attempts; `digest` (`sha256:…`, the first subject's) finds a lost write. */
async function storeAttestation(target, bundle, digest) {
    const call = `POST /repos/${target.repository}/attestations`;
    for (let attempt = 1;; attempt++) {
        // a broken transfer (a deadline, a reset) as a value: fetch's errors come from another realm than this module's Error
        const answer = await store_attestation_send(target, 'POST', `/repos/${target.repository}/attestations`, { bundle }).catch((err) => ({ failed: err }));
        if ('status' in answer && answer.status === 201)
            return { id: String(answer.body.id ?? '') };
        const how = 'failed' in answer ? describeError(answer.failed) : `answered HTTP ${answer.status}${answer.body.message ? `: ${answer.body.message}` : ''}`;
        const wait = 'failed' in answer ? backoff(attempt) : retryWait(answer, attempt);
        if (wait === undefined || attempt === ATTEMPTS)
            return `storing the attestation: ${call} ${how}${attempt > 1 ? ` (attempt ${attempt} of ${ATTEMPTS})` : ''}; nothing was stored: run the job again`;
        const stored = digest ? await findStored(target, bundle, digest) : undefined;
        if (stored)
            return { id: stored };
        await new Promise((resolve) => setTimeout(resolve, wait * (0,tuning/* retryScale */.H5)()));
    }
}
async function store_attestation_send(target, method, path, body) {
    const res = await fetch(`${target.apiUrl}${path}`, {
        method,
        headers: { authorization: `token ${target.token}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout((0,tuning/* requestTimeoutMs */.Hl)()),
    });
    // the deadline covers the body too: a stall after the headers aborts the read
    return { status: res.status, headers: res.headers, body: (await res.json().catch(() => ({}))) };
}
/** The id of `bundle` when a lost answer's write was applied after all (its signature is unique to this signing). */
async function findStored(target, bundle, digest) {
    const answer = await store_attestation_send(target, 'GET', `/repos/${target.repository}/attestations/${digest}?per_page=100`).catch(() => undefined);
    const mine = JSON.stringify(signatures(bundle));
    const found = answer?.status === 200 ? answer.body.attestations?.find((a) => JSON.stringify(signatures(a.bundle)) === mine) : undefined;
    return found ? (found.bundle_url ?? '').split('/').pop() : undefined;
}
function signatures(bundle) {
    return bundle?.dsseEnvelope?.signatures;
}
/** Milliseconds before the next attempt, unscaled; undefined when trying again cannot help (a 4xx other than a rate limit). */
function retryWait(answer, attempt) {
    const after = Number(answer.headers.get('retry-after') ?? NaN);
    if (answer.status === 429 || answer.status === 403) {
        if (Number.isFinite(after))
            return after * 1000;
        const reset = Number(answer.headers.get('x-ratelimit-reset') ?? NaN);
        if (answer.headers.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset))
            return Math.max(0, reset * 1000 - Date.now());
        // GitHub's secondary limit without retry-after: "wait at least one minute"
        return /secondary rate limit/i.test(answer.body.message ?? '') ? 60_000 : undefined;
    }
    return answer.status >= 500 ? backoff(attempt) : undefined;
}
const backoff = (attempt) => 1000 * 2 ** (attempt - 1);
function describeError(err) {
    if (err.name === 'TimeoutError')
        return `did not answer within ${(0,tuning/* requestTimeoutMs */.Hl)()} ms`;
    const cause = err.cause;
    return `failed: ${err.message}${cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : ''}`;
}

;// CONCATENATED MODULE: ./src/rehearse/stand-ins/signing.ts
/**
 * Stand-ins for the signing steps release.yaml adds: the SBOM of the image (anchore/sbom-action)
 * and its attestation (actions/attest with `sbom-path`), and — shared with the provenance
 * stand-in — how a statement is signed. With the world's local Sigstore (world.ts) the
 * statement is signed keylessly as the job's workflow identity and stored through the
 * emulator's attestations API with the job's token, as actions/attest does on GitHub, so the
 * verify job proves it; without one (a resumable rehearsal) the bundle is unsigned, stored
 * nowhere, and the report says so.
 */





const signing_ok = (outputs = {}, notes = []) => ({ status: 'passed', outputs, notes });
const signing_fail = (reason) => ({ status: 'failed', reason });
const signing_abs = (ctx, path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(ctx.workspace, path));
/** anchore/sbom-action: an SPDX 2.3 JSON document naming the image (Syft is not run: the synthetic image has no packages). */
async function sbomAction(ctx) {
    const image = ctx.inputs['image'] ?? '';
    if (!image)
        return signing_fail('the rehearsal models anchore/sbom-action for an image (input image)');
    const format = ctx.inputs['format'] || 'spdx-json';
    if (format !== 'spdx-json')
        return signing_fail(`the rehearsal writes SPDX JSON only, not ${format}`);
    const output = signing_abs(ctx, ctx.inputs['output-file'] || `${ctx.temp}/sbom.spdx.json`);
    const doc = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: image,
        documentNamespace: `https://anchore.com/syft/image/rehearsal-${(0,external_node_crypto_.randomUUID)()}`,
        creationInfo: { created: new Date().toISOString(), creators: ['Tool: release-actions rehearsal (no Syft)'] },
        packages: [{ name: image, SPDXID: 'SPDXRef-image', downloadLocation: 'NOASSERTION' }],
    };
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(output, '..'), { recursive: true });
    (0,external_node_fs_.writeFileSync)(output, `${JSON.stringify(doc, null, 2)}\n`);
    return signing_ok({}, [`SPDX JSON of ${image} written to ${(0,external_node_path_.basename)(output)} (Syft is not run; the synthetic image has no packages)`]);
}
function subjectsFromPath(ctx, name) {
    const subjects = [];
    for (const pattern of ctx.inputs['subject-path'].split(/[\n,]/).map((p) => p.trim()).filter(Boolean)) {
        for (const f of expandPath(ctx, pattern).filter((p) => (0,external_node_fs_.statSync)(p).isFile()))
            subjects.push({ name: name || (0,external_node_path_.basename)(f), digest: (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(f)).digest('hex') });
    }
    return subjects.length > 0 ? subjects : `Could not find subject at path ${ctx.inputs['subject-path']}`;
}
/** `<sha256 hex> [*| ]<name>` lines, from a file or the input's own text, as actions/attest reads them. */
function subjectsFromChecksums(ctx) {
    const input = ctx.inputs['subject-checksums'];
    const file = signing_abs(ctx, input);
    const text = (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile() ? (0,external_node_fs_.readFileSync)(file, 'utf8') : input;
    const subjects = [];
    for (const record of text.split('\n').filter(Boolean)) {
        const delim = record.indexOf(' ');
        if (delim < 0)
            continue;
        const rest = record.slice(delim + 1);
        const digest = record.slice(0, delim);
        if (!/^[0-9a-fA-F]{64}$/.test(digest))
            return `Invalid digest: ${digest} (the stand-in reads sha256 checksums)`;
        subjects.push({ name: rest.startsWith('*') || rest.startsWith(' ') ? rest.slice(1) : rest, digest });
    }
    return subjects;
}
/** The subjects of actions/attest (what attest-build-provenance v4 wraps): exactly one of path, digest or checksums. */
function attestSubjects(ctx) {
    const given = ['subject-path', 'subject-digest', 'subject-checksums'].filter((k) => ctx.inputs[k]);
    if (given.length === 0)
        return 'One of subject-path, subject-digest, or subject-checksums must be provided';
    if (given.length > 1)
        return 'Only one of subject-path, subject-digest, or subject-checksums may be provided';
    const name = ctx.inputs['subject-name'] ?? '';
    if (ctx.inputs['subject-path'])
        return subjectsFromPath(ctx, name);
    if (ctx.inputs['subject-checksums'])
        return subjectsFromChecksums(ctx);
    if (!name)
        return 'subject-name must be provided when using subject-digest';
    const digest = ctx.inputs['subject-digest'];
    if (!/^sha256:[A-Za-z0-9]{64}$/.test(digest))
        return 'subject-digest must be in the format "sha256:<hex-digest>"';
    return [{ name, digest: digest.slice('sha256:'.length) }];
}
/** actions/attest: an SBOM statement when `sbom-path` is given (SPDX: `https://spdx.dev/Document/<version>`), else a provenance one. */
async function attest(ctx) {
    const subs = attestSubjects(ctx);
    if (typeof subs === 'string')
        return signing_fail(subs);
    const sbomPath = ctx.inputs['sbom-path'] ? signing_abs(ctx, ctx.inputs['sbom-path']) : '';
    if (sbomPath && !(0,external_node_fs_.existsSync)(sbomPath))
        return signing_fail(`sbom-path ${ctx.inputs['sbom-path']} does not exist`);
    const sbom = sbomPath ? JSON.parse((0,external_node_fs_.readFileSync)(sbomPath, 'utf8')) : undefined;
    if (sbom && !sbom.spdxVersion)
        return signing_fail('the rehearsal reads SPDX JSON SBOMs only (no spdxVersion)');
    const statement = {
        subject: subs.map((s) => ({ name: s.name, digest: { sha256: s.digest } })),
        predicateType: sbom ? `https://spdx.dev/Document/${(sbom.spdxVersion ?? '').replace(/^SPDX-/, 'v')}` : 'https://slsa.dev/provenance/v1',
        predicate: sbom ?? { runDetails: { builder: { id: 'release-actions rehearsal' }, metadata: { invocationId: `rehearsal-${(0,external_node_crypto_.randomUUID)()}` } } },
    };
    const attested = await signAndStore(ctx, statement);
    if (typeof attested === 'string')
        return signing_fail(attested);
    const { bundle } = attested;
    const dir = (0,external_node_path_.join)(ctx.temp, 'attestations');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, `${sbom ? 'sbom-' : ''}${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(subs)).digest('hex').slice(0, 16)}.jsonl`);
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(bundle)}\n`);
    return { ...signing_ok({ 'bundle-path': path, 'attestation-id': attested.id, 'attestation-url': attested.id ? `${ctx.github.serverUrl}/${ctx.repository}/attestations/${attested.id}` : '' }, attested.notes), ...(attested.didNot ? { didNot: attested.didNot } : {}) };
}
/**
 * The reusable workflow whose identity signs: what ci-release.yaml calls (`…/release.yaml@v1`),
 * as GitHub writes a reusable workflow's own file and ref into the certificate (job_workflow_ref).
 */
const SIGNER = 'llm-d/release-actions/.github/workflows/release.yaml@refs/tags/v1';
/** A bundle without a signature: the statement alone, where Sigstore puts nothing. */
function unsigned(statement) {
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        // where Sigstore puts its short-lived certificate and the log's timestamp, both new on every run
        verificationMaterial: { tlogEntries: [{ integratedTime: String(Math.floor(Date.now() / 1000)) }] },
        dsseEnvelope: { payload: Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', ...statement })).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] },
    };
}
/**
 * What a signing failure says, from `@sigstore/sign`'s error down to its cause: the log's
 * status (an HTTPError) or the transport's failure (a deadline, a reset), with Sigstore's code.
 */
function describeSigningError(err) {
    const top = err;
    let deepest = top;
    for (let e = top; e; e = e.cause) {
        if (e.statusCode)
            return `answered HTTP ${e.statusCode} (${String(e.message).replace(/^\(\d+\) /, '')})${top?.code ? ` (${top.code})` : ''}`;
        deepest = e;
    }
    return `failed: ${deepest?.message ?? String(err)}${top?.code ? ` (${top.code})` : ''}`;
}
/** The statement signed with the local Sigstore and stored as GitHub stores an attestation; unsigned without one. */
async function signAndStore(ctx, statement) {
    const what = `${statement.predicateType.includes('spdx') ? 'SBOM' : 'provenance'} statement for ${statement.subject.map((s) => s.name).join(', ')}`;
    if (!ctx.sigstore)
        return { bundle: unsigned(statement), id: '', notes: [`${what} written unsigned (no Sigstore, no attestation API)`] };
    const identity = { serverUrl: ctx.github.serverUrl, repository: ctx.repository, ref: ctx.event.ref, workflow: SIGNER };
    let bundle;
    try {
        bundle = await ctx.sigstore.attest(statement, identity);
    }
    catch (err) {
        return `signing the ${what}: the transparency log's POST /api/v1/log/entries ${describeSigningError(err)}; nothing was stored: run the job again`;
    }
    const first = statement.subject[0];
    const stored = await storeAttestation({ apiUrl: ctx.github.apiUrl, token: ctx.github.token, repository: ctx.repository }, bundle, first ? `sha256:${first.digest.sha256}` : undefined);
    if (typeof stored === 'string')
        return stored;
    return {
        bundle,
        id: stored.id,
        notes: [`${what} signed by ${ctx.github.serverUrl}/${SIGNER} (local Sigstore: Fulcio-like CA, Rekor-like log) and stored as attestation ${stored.id}`],
        didNot: 'signed by the local Sigstore, not Sigstore\'s public-good instance; not pushed to the registry',
    };
}
const SIGNING_STAND_INS = {
    'anchore/sbom-action': { description: 'an SPDX JSON document naming the image (no Syft)', didNot: 'Syft did not run: the SBOM lists no package of the image, only names it', run: sbomAction },
    'actions/attest': { description: 'an in-toto statement (SBOM or provenance) signed with the local Sigstore and stored through the attestations API (unsigned in a resumable rehearsal)', didNot: 'no Sigstore signature, no attestation stored on GitHub or pushed to the registry: the statement is unsigned', run: attest },
};
/** The releases these stand-ins model (see models.ts). */
const SIGNING_MODELS = {
    'actions/attest': {
        version: 'v4.1.1',
        sha: 'a1948c3f048ba23858d222213b7c278aabede763',
        inputs: ['subject-path', 'subject-digest', 'subject-name', 'subject-checksums', 'sbom-path', 'predicate-type', 'predicate', 'predicate-path', 'push-to-registry', 'create-storage-record', 'show-summary', 'github-token'],
    },
    'anchore/sbom-action': {
        version: 'v0.24.0',
        sha: 'e22c389904149dbc22b58101806040fa8d37a610',
        // read: image, format, output-file; the others change where Syft's output goes, which the stand-in does not run
        inputs: ['image', 'path', 'file', 'format', 'output-file', 'upload-artifact', 'upload-release-assets', 'artifact-name', 'syft-version'],
    },
};

;// CONCATENATED MODULE: ./src/rehearse/stand-ins/models.ts
/**
 * The release of each third-party action the stand-ins model: the pin the suite's workflows use,
 * the inputs the stand-in reads (or accepts knowing they change nothing it does), and the inputs
 * that major removed. A step pinned elsewhere, or setting an input outside the list, still runs
 * on the stand-in, with a note that says so: the rehearsal never silently pretends.
 */

const ACTION_MODELS = {
    'actions/checkout': { version: 'v7.0.1', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', inputs: ['repository', 'ref', 'token', 'path', 'fetch-depth', 'persist-credentials'] },
    'actions/upload-artifact': {
        version: 'v7.0.0',
        sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f',
        inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files', 'archive'],
    },
    'actions/download-artifact': {
        version: 'v8.0.1',
        sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c',
        inputs: ['name', 'artifact-ids', 'path', 'pattern', 'merge-multiple', 'repository', 'digest-mismatch', 'skip-decompress'],
    },
    'actions/attest-build-provenance': {
        version: 'v4.1.0',
        sha: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32',
        inputs: ['subject-path', 'subject-digest', 'subject-name', 'subject-checksums', 'push-to-registry', 'create-storage-record', 'show-summary', 'github-token'],
    },
    'aquasecurity/trivy-action': {
        version: 'v0.36.0',
        sha: 'ed142fd0673e97e23eac54620cfb913e5ce36c25',
        // read: image-ref, severity; the others tune a scan the stand-in does not run
        inputs: ['image-ref', 'severity', 'version', 'scanners', 'ignore-unfixed', 'exit-code', 'format', 'cache', 'vuln-type', 'timeout'],
    },
    'docker/build-push-action': {
        version: 'v7.3.0',
        sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a',
        inputs: ['context', 'file', 'platforms', 'labels', 'build-args', 'outputs', 'push', 'tags', 'provenance', 'sbom'],
    },
    'docker/login-action': { version: 'v4.1.0', sha: '4907a6ddec9925e35a0a9e82d7399ccc52663121', inputs: ['registry', 'username', 'password'] },
    'docker/metadata-action': { version: 'v6.2.0', sha: 'dc802804100637a589fabce1cb79ff13a1411302', inputs: ['images', 'tags', 'flavor', 'labels'] },
    'docker/setup-buildx-action': { version: 'v4.3.0', sha: '37fe631027851001ddb9b187196cc803df7f5f0e', inputs: [], removed: ['install', 'config', 'config-inline'] },
    'docker/setup-qemu-action': { version: 'v4.2.0', sha: '96fe6ef7f33517b61c61be40b68a1882f3264fb8', inputs: ['platforms'] },
    'helm/kind-action': { version: 'v1.14.0', sha: 'ef37e7f390d99f746eb8b610417061a60e82a6cc', inputs: [] },
    ...SIGNING_MODELS,
};
/** Environment variables a major removed: set on the step, they now do nothing. */
const REMOVED_ENV = {
    'docker/build-push-action': ['DOCKER_BUILD_NO_SUMMARY', 'DOCKER_BUILD_EXPORT_RETENTION_DAYS'],
};
/** What to tell about a step that uses `key` at `ref` with these `with:` keys, against the model. */
function modelNotes(key, ref, withKeys) {
    const model = ACTION_MODELS[key];
    if (!model)
        return [];
    const notes = [];
    const major = (v) => /^v?(\d+)/.exec(v)?.[1] ?? v;
    const samePin = ref === model.sha || ref === model.version || (!/^[0-9a-f]{40}$/.test(ref) && major(ref) === major(model.version) && major(model.version) !== '0');
    if (!samePin)
        notes.push(`the stand-in models ${key} ${model.version} (${model.sha.slice(0, 12)}); this step pins ${ref || 'no ref'}`);
    const removed = withKeys.filter((k) => model.removed?.includes(k));
    if (removed.length > 0)
        notes.push(`${key} ${model.version} has no input ${removed.join(', ')} any more: GitHub ignores it with a warning`);
    const unmodelled = withKeys.filter((k) => !model.inputs.includes(k) && !model.removed?.includes(k));
    if (unmodelled.length > 0)
        notes.push(`not modelled by the stand-in, no effect here: ${unmodelled.join(', ')}`);
    return notes;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/rehearse/stand-ins/image.ts
/**
 * The container image, synthetic: what `docker buildx build --push` and `docker buildx
 * imagetools create` leave in a registry, made through the OCI distribution API of the local
 * registry. Each platform gets a manifest with a config (os, architecture, labels) and one tiny
 * layer whose content names the repository, version and platform; with provenance or an SBOM
 * asked for, BuildKit's attestation manifest (`unknown/unknown`, annotated
 * `vnd.docker.reference.type: attestation-manifest`) sits next to it in an index, as buildx
 * pushes it. The same build pushed twice gives the same digests.
 */





const json = (value) => new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));
function parsePlatform(text) {
    const [os = '', architecture = '', variant] = text.trim().split('/');
    if (!os || !architecture)
        throw new Error(`platform '${text}' is not like linux/amd64`);
    // buildx records arm64 as arm64/v8
    const v = variant ?? (architecture === 'arm64' ? 'v8' : undefined);
    return { os, architecture, ...(v ? { variant: v } : {}) };
}
function platformText(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
const clients = new Map();
/** One client per registry and user, so that its tokens are reused across the steps of a rehearsal. */
function client(registry) {
    const key = JSON.stringify([registry.host, registry.username, registry.password]);
    let c = clients.get(key);
    if (!c) {
        c = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password }, retries: 1, retryScale: 0.01, timeoutMs: 20_000 });
        clients.set(key, c);
    }
    return c;
}
/** A one-file ustar archive, deterministic (fixed mtime and owner). */
function tinyTar(fileName, content) {
    const data = Buffer.from(content, 'utf8');
    const header = Buffer.alloc(512);
    const put = (text, offset, width) => void header.write(text.slice(0, width), offset, 'ascii');
    const octal = (n, width) => n.toString(8).padStart(width - 1, '0');
    put(fileName, 0, 100);
    put(octal(0o644, 8), 100, 8);
    put(octal(0, 8), 108, 8);
    put(octal(0, 8), 116, 8);
    put(octal(data.length, 12), 124, 12);
    put(octal(0, 12), 136, 12);
    header.fill(' ', 148, 156);
    put('0', 156, 1);
    put('ustar', 257, 6);
    put('00', 263, 2);
    let sum = 0;
    for (const byte of header)
        sum += byte;
    put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
    const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
    return Buffer.concat([header, data, padding, Buffer.alloc(1024)]);
}
async function pushPlatformManifest(c, spec, platform) {
    const tar = tinyTar('rehearsal-image.txt', `${spec.repository} (${platformText(platform)})\n${spec.content}\n`);
    const layer = new Uint8Array((0,external_node_zlib_.gzipSync)(tar, { level: 9 }));
    const config = json({
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        config: { Labels: spec.labels, Cmd: ['/manager'] },
        rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
    });
    const configBlob = await c.ensureBlob(spec.repository, config);
    const layerBlob = await c.ensureBlob(spec.repository, layer);
    const manifest = json({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, digest: configBlob.digest, size: configBlob.size },
        layers: [{ mediaType: OCI_LAYER_GZIP, digest: layerBlob.digest, size: layerBlob.size }],
    });
    const digest = await c.putManifest(spec.repository, sha256Digest(manifest), OCI_MANIFEST, manifest);
    return { mediaType: OCI_MANIFEST, digest, size: manifest.byteLength, platform };
}
/** BuildKit's attestation manifest for one platform manifest: in-toto statements as layers. */
async function pushAttestation(c, spec, subject) {
    const layers = [];
    const statement = (predicateType, predicate) => json({ _type: 'https://in-toto.io/Statement/v0.1', predicateType, subject: [{ name: `pkg:docker/${spec.repository}`, digest: { sha256: subject.digest.slice(7) } }], predicate });
    const add = async (predicateType, predicate) => {
        const blob = await c.ensureBlob(spec.repository, statement(predicateType, predicate));
        layers.push({ mediaType: 'application/vnd.in-toto+json', digest: blob.digest, size: blob.size, annotations: { 'in-toto.io/predicate-type': predicateType } });
    };
    if (spec.provenance)
        await add('https://slsa.dev/provenance/v0.2', { builder: { id: spec.builder ?? 'release-actions rehearsal (no real build)' }, buildType: 'https://mobyproject.org/buildkit@v1' });
    if (spec.sbom)
        await add('https://spdx.dev/Document', { spdxVersion: 'SPDX-2.3', name: spec.repository, packages: [] });
    const config = await c.ensureBlob(spec.repository, json({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [] } }));
    const manifest = json({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: OCI_CONFIG, digest: config.digest, size: config.size }, layers });
    const digest = await c.putManifest(spec.repository, sha256Digest(manifest), OCI_MANIFEST, manifest);
    return {
        mediaType: OCI_MANIFEST,
        digest,
        size: manifest.byteLength,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.digest': subject.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
    };
}
async function pushIndex(c, repository, manifests, tags) {
    const index = json({ schemaVersion: 2, mediaType: OCI_INDEX, manifests });
    const digest = sha256Digest(index);
    for (const tag of tags.length > 0 ? tags : [digest])
        await c.putManifest(repository, tag, OCI_INDEX, index);
    return digest;
}
/**
 * `docker buildx build --platform … --push`: one manifest per platform (with its attestation
 * when asked), under an index when there is more than one manifest; tagged with `tags`, or
 * pushed by digest only. Returns the digest buildx would print.
 */
async function buildAndPush(registry, spec, tags) {
    const c = client(registry);
    const manifests = [];
    for (const platform of spec.platforms)
        manifests.push(await pushPlatformManifest(c, spec, platform));
    return indexBuilt(registry, spec, manifests, tags);
}
/**
 * Platform manifests already in the registry (synthetic, or built by buildah) with their
 * attestation manifests when asked, under an index when there is more than one manifest;
 * tagged with `tags`, or by digest only. Returns the digest buildx would print.
 */
async function indexBuilt(registry, spec, built, tags) {
    const c = client(registry);
    const manifests = [];
    for (const m of built) {
        manifests.push(m);
        if (spec.provenance || spec.sbom)
            manifests.push(await pushAttestation(c, spec, m));
    }
    if (manifests.length === 1) {
        const only = manifests[0];
        for (const tag of tags) {
            const m = await c.getManifest(spec.repository, only.digest);
            if (!m)
                throw new Error(`manifest ${only.digest} vanished from ${registry.host}/${spec.repository}`);
            await c.putManifest(spec.repository, tag, OCI_MANIFEST, m.bytes);
        }
        return only.digest;
    }
    return pushIndex(c, spec.repository, manifests, tags);
}
/**
 * `docker buildx imagetools create --tag T… SOURCE@DIGEST…`: one index holding every manifest of
 * the sources (an index source contributes its manifests), pushed under each tag.
 */
async function mergeIndexes(registry, repository, sources, tags) {
    const c = client(registry);
    const manifests = [];
    for (const source of sources) {
        const m = await c.getManifest(repository, source);
        if (!m)
            throw new Error(`ERROR: ${registry.host}/${repository}@${source}: not found`);
        const j = m.json;
        if (Array.isArray(j.manifests))
            manifests.push(...j.manifests);
        else {
            // a single-platform manifest: its platform from its config
            const config = JSON.parse(Buffer.from(await c.getBlob(repository, j.config?.digest ?? '')).toString('utf8'));
            manifests.push({ mediaType: m.mediaType, digest: m.digest, size: m.size, platform: { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) } });
        }
    }
    return pushIndex(c, repository, manifests, tags);
}
/** Retags `from` (a tag or digest) as `to`: what `imagetools create --tag to from` does for one source. */
async function retag(registry, repository, from, to) {
    const c = client(registry);
    const m = await c.getManifest(repository, from);
    if (!m)
        throw new Error(`ERROR: ${registry.host}/${repository}:${from}: not found`);
    await c.putManifest(repository, to, m.mediaType, m.bytes);
    return m.digest;
}
/** Whether `image@digest` / `image:tag` exists in the registry. */
async function exists(registry, repository, reference) {
    return (await client(registry).resolve(repository, reference)) !== null;
}
/** Tag → digest of a repository, for "nothing changed" comparisons. */
async function image_tagDigests(registry, repository, tags) {
    const c = client(registry);
    const out = {};
    for (const tag of tags)
        out[tag] = await c.resolve(repository, tag);
    return out;
}
/** `registry/repo` (no tag, no digest) split at the registry host, when it is the local registry. */
function localRepository(image, registry) {
    if (!registry)
        return undefined;
    const bare = image.replace(/@sha256:[0-9a-f]{64}$/, '');
    if (!bare.startsWith(`${registry.host}/`))
        return undefined;
    return bare.slice(registry.host.length + 1).replace(/:[^/:]+$/, '');
}
function contentDigest(text) {
    return createHash('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./src/rehearse/stand-ins/buildah.ts
/**
 * A real image build for docker/build-push-action's stand-in: buildah (no daemon, vfs storage
 * under the job's RUNNER_TEMP, chroot isolation, nothing pulled), one build per platform, the
 * result written as an OCI layout and uploaded to the local registry by the rehearsal's OCI
 * client (so a push by digest leaves no tag, as buildx's does). Used when buildah is on PATH and
 * RELEASE_ACTIONS_NO_BUILDAH is not 1, and only for a Dockerfile that needs nothing from the
 * network (every FROM is `scratch` or an earlier stage) and runs no RUN step for a foreign
 * architecture (that needs QEMU); anything else gets the synthetic image, with the reason.
 */







const NO_BUILDAH_ENV = 'RELEASE_ACTIONS_NO_BUILDAH';
/** buildah's path, or why it is not used. */
function findBuildah(env = process.env) {
    if (env[NO_BUILDAH_ENV] === '1')
        return { missing: `${NO_BUILDAH_ENV}=1` };
    for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const path = (0,external_node_path_.join)(dir, 'buildah');
        if ((0,external_node_fs_.existsSync)(path))
            return { path };
    }
    return { missing: 'buildah is not installed (apt-get install -y buildah)' };
}
const HOST_ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
/**
 * Why buildah cannot build `dockerfile` here for `platforms`, or undefined: a base image other
 * than `scratch` or an earlier stage would be downloaded; a RUN for another architecture needs QEMU.
 */
function offlineProblem(dockerfile, platforms) {
    const stages = new Set();
    const bases = [];
    let runs = false;
    // continuation lines joined, comments dropped: instructions as the Dockerfile parser sees them
    const instructions = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const line of instructions) {
        const [keyword = '', ...rest] = line.split(/\s+/);
        if (/^run$/i.test(keyword))
            runs = true;
        if (!/^from$/i.test(keyword))
            continue;
        const words = rest.filter((w) => !w.startsWith('--'));
        const image = words[0] ?? '';
        if (image.toLowerCase() !== 'scratch' && !stages.has(image.toLowerCase()))
            bases.push(image);
        if ((words[1] ?? '').toLowerCase() === 'as' && words[2])
            stages.add(words[2].toLowerCase());
    }
    if (bases.length > 0)
        return `the Dockerfile needs base images from the network (${bases.join(', ')}); the rehearsal downloads nothing`;
    const host = HOST_ARCH[(0,external_node_os_.arch)()] ?? (0,external_node_os_.arch)();
    const foreign = platforms.filter((p) => p.architecture !== host);
    if (runs && foreign.length > 0)
        return `the Dockerfile has RUN steps and ${foreign.map(platformText).join(', ')} is not this machine's architecture (${host}): that needs QEMU`;
    return undefined;
}
async function buildah(b, args) {
    const storage = ['--storage-driver', 'vfs', '--root', (0,external_node_path_.join)(b.dir, 'storage'), '--runroot', (0,external_node_path_.join)(b.dir, 'run')];
    // HOME and XDG dirs in the job's folders: no user configuration read; chroot: no namespaces needed
    const env = { HOME: b.home, XDG_CONFIG_HOME: b.home, XDG_RUNTIME_DIR: (0,external_node_path_.join)(b.dir, 'run'), BUILDAH_ISOLATION: 'chroot' };
    const r = await proc(b.buildah, [...storage, ...args], { env, timeoutMs: 300_000 });
    if (r.code !== 0)
        throw new Error(`buildah ${args[0] ?? ''} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return r.stdout.toString('utf8');
}
/** One platform built with buildah and its manifest, config and layers uploaded to the registry by digest. */
async function buildPlatform(b) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(b.dir, 'run'), { recursive: true });
    const slug = platformText(b.platform).replace(/\//g, '-');
    const name = `localhost/rehearsal-build:${slug}`;
    const args = ['build', '--isolation', 'chroot', '--pull=never', '--timestamp', '0', '--format', 'oci', '--platform', platformText(b.platform), '--file', b.file, '--tag', name];
    for (const a of b.buildArgs)
        args.push('--build-arg', a);
    for (const [k, v] of Object.entries(b.labels))
        args.push('--label', `${k}=${v}`);
    await buildah(b, [...args, '--', b.context]);
    const layout = (0,external_node_path_.join)(b.dir, `layout-${slug}`);
    (0,external_node_fs_.rmSync)(layout, { recursive: true, force: true });
    await buildah(b, ['push', '--format', 'oci', '--', name, `oci:${layout}:${slug}`]);
    return uploadLayout(layout, b.registry, b.repository, b.platform);
}
/** The one manifest of an OCI layout, with its config and layers, uploaded by digest. */
async function uploadLayout(layout, registry, repository, platform) {
    const blob = (digest) => new Uint8Array((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(layout, 'blobs', 'sha256', digest.replace(/^sha256:/, ''))));
    const index = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(layout, 'index.json'), 'utf8'));
    const top = index.manifests[0];
    if (!top)
        throw new Error(`buildah wrote no manifest into ${layout}`);
    const bytes = blob(top.digest);
    const manifest = JSON.parse(Buffer.from(bytes).toString('utf8'));
    const c = client(registry);
    for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)])
        await c.ensureBlob(repository, blob(d));
    const mediaType = manifest.mediaType ?? OCI_MANIFEST;
    const digest = await c.putManifest(repository, sha256Digest(bytes), mediaType, bytes);
    return { mediaType, digest, size: bytes.byteLength, platform };
}

;// CONCATENATED MODULE: ./src/rehearse/stand-ins/actions.ts
/**
 * Stand-ins for the third-party actions of the release workflows. Each does the observable
 * part of the real action against the local stand-ins — a checkout is a real clone of the
 * emulated repository at the ref, a build pushes a synthetic multi-platform image to the local
 * registry and answers its digest, an artifact is a folder handed to the next job — and says
 * in its notes what it leaves out. Keyed by `owner/repo`: any ref runs on the stand-in, and
 * `./models.ts` says which release it models (the one the workflows pin) so that a step pinned
 * or configured otherwise is named in the notes. Artifacts are in `./artifacts.ts`.
 */










const actions_lines = (text) => (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const list = (text) => (text ?? '')
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);
/** A list input as docker/metadata-action v6 reads it: a line starting with `#` is a comment, a `#` inside a value is kept. */
const listInput = (text) => actions_lines(text).filter((l) => !l.startsWith('#'));
const actions_bool = (text, dflt) => (text === undefined || text === '' ? dflt : text.trim().toLowerCase() === 'true');
const actions_ok = (outputs = {}, notes = []) => ({ status: 'passed', outputs, notes });
const actions_fail = (reason) => ({ status: 'failed', reason });
function noRegistry(ctx) {
    const missing = ctx.registryMissing ?? { reason: 'no local registry', install: 'apt-get install -y docker-registry' };
    return { status: 'skipped', reason: missing.reason, install: missing.install, blocking: false };
}
function actions_abs(ctx, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(ctx.workspace, path);
}
// ---- actions/checkout --------------------------------------------------------------------------
/**
 * What checkout v6+ does with `persist-credentials: true`: the token header goes to a config file
 * of its own under RUNNER_TEMP, which `.git/config` includes for this repository only
 * (`includeIf.gitdir:`), so the token is never written inside the workspace.
 */
async function persistCredentials(ctx, dest) {
    const env = gitEnv(ctx.home);
    const file = (0,external_node_path_.join)(ctx.temp, `git-credentials-${(0,external_node_crypto_.randomUUID)()}.config`);
    const basic = Buffer.from(`x-access-token:${ctx.inputs['token'] || ctx.github.token}`).toString('base64');
    (0,external_node_fs_.mkdirSync)(ctx.temp, { recursive: true });
    await git(dest, ['config', '--file', file, `http.${new URL(ctx.github.serverUrl).origin}/.extraheader`, `AUTHORIZATION: basic ${basic}`], { env });
    const gitDir = (0,external_node_path_.join)(dest, '.git');
    await git(dest, ['config', '--local', `includeIf.gitdir:${gitDir}.path`, file], { env });
    await git(dest, ['config', '--local', `includeIf.gitdir:${gitDir}/worktrees/*.path`, file], { env });
    return file;
}
async function checkout(ctx) {
    const repository = ctx.inputs['repository'] || ctx.repository;
    if (repository.toLowerCase() !== ctx.repository.toLowerCase())
        return actions_fail(`the rehearsal emulates only ${ctx.repository}, not ${repository}`);
    const dest = actions_abs(ctx, ctx.inputs['path'] || '.');
    const ref = ctx.inputs['ref'] || ctx.event.ref;
    const depth = Number(ctx.inputs['fetch-depth'] ?? '1');
    const persist = actions_bool(ctx.inputs['persist-credentials'], true);
    const env = gitEnv(ctx.home);
    const remote = `${ctx.github.serverUrl}/${ctx.repository}`;
    (0,external_node_fs_.mkdirSync)(dest, { recursive: true });
    // The bytes come straight from the emulator's bare repository (file://, which makes --depth work
    // locally), in one `git clone`; origin then gets the emulator's URL, as actions/checkout leaves it.
    const source = `file://${ctx.github.barePath}`;
    const shallow = Number.isFinite(depth) && depth > 0;
    const quiet = ['-c', 'advice.detachedHead=false'];
    const fail1 = (r) => actions_fail(`The process '/usr/bin/git' failed with exit code ${r.code}: ${r.err.trim().split('\n').slice(-1)[0] ?? ''} (ref ${ref})`);
    // GitHub answers the fetch only if the token may read the repository (contents: read): asked
    // over HTTP as actions/checkout's fetch asks, before the bytes are taken from file://
    const token = ctx.inputs['token'] || ctx.github.token;
    const auth = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${ctx.github.serverUrl}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}` };
    const probe = await git(dest, ['ls-remote', '--', `${remote}.git`, 'HEAD'], { env: { ...env, ...auth }, allowFailure: true });
    if (probe.code !== 0)
        return actions_fail(`The process '/usr/bin/git' failed with exit code ${probe.code}: ${probe.err.trim().split('\n').join(' ')}`);
    const isSha = /^[0-9a-f]{40}$/.test(ref);
    const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
    const branch = !isSha && !tag ? ref.replace(/^refs\/heads\//, '') : undefined;
    if (shallow && !isSha) {
        const cloned = await git(dest, [...quiet, 'clone', '-q', '--no-tags', `--depth=${depth}`, '--branch', (tag ?? branch), '--', source, '.'], { env, allowFailure: true });
        if (cloned.code !== 0)
            return fail1(cloned);
    }
    else {
        const cloned = await git(dest, [...quiet, 'clone', '-q', '--no-checkout', ...(shallow ? [`--depth=${depth}`] : []), '--', source, '.'], { env, allowFailure: true });
        if (cloned.code !== 0)
            return fail1(cloned);
        if (isSha && shallow) {
            const fetched = await git(dest, ['fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', ref], { env, allowFailure: true });
            if (fetched.code !== 0)
                return fail1(fetched);
        }
        const target = isSha ? ['--detach', ref] : tag ? ['--detach', `refs/tags/${tag}`] : ['-B', branch, `refs/remotes/origin/${branch}`];
        const co = await git(dest, [...quiet, 'checkout', '-q', ...target], { env, allowFailure: true });
        if (co.code !== 0)
            return actions_fail(`cannot check out ${ref}: ${co.err.trim().split('\n').slice(-1)[0] ?? ''}`);
        if (!branch) {
            // a detached checkout has no local branch (the clone made one for the default branch)
            for (const local of (await git(dest, ['for-each-ref', '--format=%(refname)', 'refs/heads'], { env })).out.split('\n').filter(Boolean))
                await git(dest, ['update-ref', '-d', local], { env });
        }
    }
    await git(dest, ['remote', 'set-url', 'origin', remote], { env });
    const credentials = persist ? await persistCredentials(ctx, dest) : undefined;
    const commit = (await git(dest, ['rev-parse', 'HEAD'], { env })).out.trim();
    return actions_ok({ ref, commit }, [`a clone of ${ctx.repository} at ${ref} (${commit.slice(0, 12)}${depth > 0 ? `, depth ${depth}` : ', full history and tags'})${credentials ? `; credentials kept in ${(0,external_node_path_.basename)(credentials)} under RUNNER_TEMP, included from .git/config` : ''}`]);
}
// ---- docker/* ----------------------------------------------------------------------------------
async function setupQemu(ctx) {
    return actions_ok({ platforms: ctx.inputs['platforms'] || 'linux/amd64,linux/arm64' }, ['no-op: the synthetic image needs no emulation']);
}
/** The outputs of setup-buildx-action v4 (v4 dropped the deprecated `endpoint`, `status` and `flags`). */
async function setupBuildx() {
    const platforms = 'linux/amd64,linux/arm64';
    const nodes = [{ name: 'rehearsal-builder0', endpoint: 'unix:///var/run/docker.sock', status: 'running', platforms }];
    return actions_ok({ name: 'rehearsal-builder', driver: 'docker-container', platforms, nodes: JSON.stringify(nodes) }, ['no-op: images are pushed through the OCI API']);
}
async function login(ctx) {
    if (!ctx.registry)
        return noRegistry(ctx);
    const registry = ctx.inputs['registry'] || 'docker.io';
    if (registry !== ctx.registry.host)
        return actions_fail(`the rehearsal publishes only to the local registry ${ctx.registry.host}; this step logs in to ${registry}`);
    const username = ctx.inputs['username'] ?? '';
    const password = ctx.inputs['password'] ?? '';
    if (!username || !password)
        return actions_fail('Username and password required');
    try {
        // a push-scoped token request proves the credentials, as `docker login` does
        await new OciClient({ registry, credentials: { username, password }, retries: 0, timeoutMs: 10_000 }).blobExists('rehearsal/login-check', `sha256:${'0'.repeat(64)}`);
    }
    catch (err) {
        return actions_fail(`Error response from daemon: login to ${registry} refused: ${err.message}`);
    }
    ctx.logins.set(registry, username);
    return actions_ok({}, [`logged in to ${registry} as ${username}`]);
}
function parseRule(line) {
    const attrs = {};
    for (const part of line.split(',')) {
        const eq = part.indexOf('=');
        if (eq < 0)
            continue;
        attrs[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return { type: attrs['type'] ?? 'raw', attrs };
}
async function metadata(ctx) {
    const images = listInput(ctx.inputs['images']).flatMap((l) => list(l));
    if (images.length === 0)
        return actions_fail('images input required');
    const flavor = Object.fromEntries(listInput(ctx.inputs['flavor']).map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]));
    const refTag = ctx.event.ref.startsWith('refs/tags/') ? ctx.event.ref.slice('refs/tags/'.length) : undefined;
    const semver = refTag ? /^v?((\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?)$/.exec(refTag) : null;
    const tags = [];
    for (const line of listInput(ctx.inputs['tags'])) {
        const rule = parseRule(line);
        if (rule.attrs['enable'] !== undefined && rule.attrs['enable'] !== 'true')
            continue;
        switch (rule.type) {
            case 'raw':
                if (rule.attrs['value'])
                    tags.push(rule.attrs['value']);
                break;
            case 'semver': {
                if (!semver)
                    break;
                const [, version = '', major = '', minor = ''] = semver;
                const pattern = rule.attrs['pattern'] ?? '{{version}}';
                tags.push(pattern.replace('{{version}}', version).replace('{{major}}', major).replace('{{minor}}', minor));
                break;
            }
            case 'ref':
                if (rule.attrs['event'] === 'tag' && refTag)
                    tags.push(refTag);
                if (rule.attrs['event'] === 'branch' && ctx.event.ref.startsWith('refs/heads/'))
                    tags.push(ctx.event.ref.slice('refs/heads/'.length).replace(/[^A-Za-z0-9_.-]/g, '-'));
                break;
            case 'sha':
                tags.push(`${rule.attrs['prefix'] ?? 'sha-'}${ctx.event.sha.slice(0, 7)}`);
                break;
            default:
                return actions_fail(`the stand-in for docker/metadata-action supports tag types raw, semver, ref and sha, not ${rule.type}`);
        }
    }
    if (flavor['latest'] === 'true' || (flavor['latest'] !== 'false' && (flavor['latest'] ?? 'auto') === 'auto' && semver && !semver[5]))
        tags.push('latest');
    const unique = [...new Set(tags)];
    const created = (await git(ctx.workspace, ['show', '-s', '--format=%cI', 'HEAD'], { env: gitEnv(ctx.home), allowFailure: true })).out.trim();
    const name = ctx.repository.split('/')[1] ?? ctx.repository;
    const labels = {
        'org.opencontainers.image.title': name,
        'org.opencontainers.image.url': `${ctx.github.serverUrl}/${ctx.repository}`,
        'org.opencontainers.image.source': `${ctx.github.serverUrl}/${ctx.repository}`,
        'org.opencontainers.image.version': unique[0] ?? '',
        ...(created ? { 'org.opencontainers.image.created': created } : {}),
        'org.opencontainers.image.revision': ctx.event.sha,
    };
    for (const l of listInput(ctx.inputs['labels'])) {
        const eq = l.indexOf('=');
        if (eq > 0)
            labels[l.slice(0, eq)] = l.slice(eq + 1);
    }
    const fullTags = images.flatMap((image) => unique.map((t) => `${image}:${t}`));
    return actions_ok({
        version: unique[0] ?? '',
        tags: fullTags.join('\n'),
        labels: Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n'),
        annotations: Object.entries(labels)
            .map(([k, v]) => `manifest:${k}=${v}`)
            .join('\n'),
        json: JSON.stringify({ tags: fullTags, labels, annotations: Object.entries(labels).map(([k, v]) => `manifest:${k}=${v}`) }),
    }, [`tags: ${fullTags.join(', ') || '(none)'}; created = the commit date (the real action uses the clock)`]);
}
function parseOutputs(text) {
    return actions_lines(text).map((line) => Object.fromEntries(line.split(',').map((p) => [p.slice(0, p.indexOf('=')).trim(), p.slice(p.indexOf('=') + 1).trim()])));
}
async function buildPush(ctx) {
    const context = actions_abs(ctx, ctx.inputs['context'] || '.');
    const file = ctx.inputs['file'] ? actions_abs(ctx, ctx.inputs['file']) : (0,external_node_path_.join)(context, 'Dockerfile');
    if (!(0,external_node_fs_.existsSync)(file))
        return actions_fail(`ERROR: failed to solve: failed to read dockerfile: open ${(0,external_node_path_.relative)(ctx.workspace, file) || file}: no such file or directory`);
    const platforms = list(ctx.inputs['platforms'] || 'linux/amd64').map(parsePlatform);
    const outputs = parseOutputs(ctx.inputs['outputs'] ?? '');
    const imageOut = outputs.find((o) => (o['type'] ?? '') === 'image' || (o['type'] ?? '') === 'registry');
    const tags = actions_lines(ctx.inputs['tags']).flatMap((l) => l.split(',')).map((t) => t.trim()).filter(Boolean);
    const push = actions_bool(ctx.inputs['push'], false) || (imageOut !== undefined && (imageOut['type'] === 'registry' || actions_bool(imageOut['push'], false)));
    const byDigest = imageOut !== undefined && actions_bool(imageOut['push-by-digest'], false);
    const names = imageOut?.['name'] ? imageOut['name'].split(',').map((n) => n.trim()) : [...new Set(tags.map((t) => t.replace(/:[^/:]+$/, '')))];
    const provenanceInput = (ctx.inputs['provenance'] ?? '').trim();
    const provenance = provenanceInput === '' ? true : provenanceInput !== 'false';
    const sbom = actions_bool(ctx.inputs['sbom'], false);
    const labels = {};
    for (const l of actions_lines(ctx.inputs['labels'])) {
        const eq = l.indexOf('=');
        if (eq > 0)
            labels[l.slice(0, eq)] = l.slice(eq + 1);
    }
    const buildArgs = actions_lines(ctx.inputs['build-args']);
    const content = [(0,external_node_fs_.readFileSync)(file, 'utf8'), ...buildArgs.map((a) => `ARG ${a}`), `revision ${ctx.event.sha}`].join('\n');
    if (!push)
        return actions_ok({ digest: '', imageid: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(content).digest('hex')}`, metadata: '{}' }, ['built, not pushed (push is off): nothing to do for the synthetic image']);
    if (!ctx.registry)
        return noRegistry(ctx);
    if (names.length === 0)
        return actions_fail('ERROR: tag is needed when pushing to registry');
    let built;
    let digest = '';
    for (const name of names) {
        const repository = localRepository(name, ctx.registry);
        if (!repository)
            return actions_fail(`the rehearsal pushes only to the local registry ${ctx.registry.host}, not to ${name}`);
        if (!ctx.logins.has(ctx.registry.host))
            return actions_fail(`ERROR: failed to push ${name}: unauthorized: authentication required (no docker/login-action to ${ctx.registry.host} in this job)`);
        const own = byDigest ? [] : tags.filter((t) => t.replace(/:[^/:]+$/, '') === name).map((t) => t.slice(name.length + 1));
        const spec = { repository, platforms, content, labels, provenance, sbom };
        built = await buildImage(ctx, { context, file, buildArgs, spec });
        digest = built.manifests ? await indexBuilt(ctx.registry, { ...spec, builder: 'buildah (release-actions rehearsal)' }, built.manifests, own) : await buildAndPush(ctx.registry, spec, own);
    }
    const what = built?.manifests ? `image built by buildah for ${platforms.map(platformText).join(', ')}` : `synthetic image for ${platforms.map(platformText).join(', ')}`;
    const attestations = provenance || sbom ? `${[provenance ? 'provenance' : '', sbom ? 'SBOM' : ''].filter(Boolean).join(' and ')} as an attestation manifest written by the rehearsal (unsigned, not BuildKit's)` : '';
    const notes = [
        `${what} pushed to ${names.join(', ')}${byDigest ? ' by digest' : ''}: ${digest.slice(0, 19)}…`,
        built?.manifests ? `${built.note}${attestations ? `; ${attestations}` : ''}` : `no Dockerfile was built (${built?.note ?? 'buildah not used'}): its text, the build arguments and the revision are the image's content${attestations ? `; ${attestations}` : ''}`,
    ];
    const didNot = built?.manifests
        ? `built by buildah, not BuildKit${attestations ? `; the ${[provenance ? 'provenance' : '', sbom ? 'SBOM' : ''].filter(Boolean).join(' and ')} attestation${provenance && sbom ? 's are' : ' is'} synthetic and unsigned` : ''}`
        : `no image was built (${built?.note ?? 'buildah not used'}): a synthetic image${attestations ? ` with a synthetic, unsigned attestation` : ''}`;
    return { ...actions_ok({ digest, imageid: digest, metadata: JSON.stringify({ 'containerimage.digest': digest, 'image.name': names.join(',') }) }, notes), didNot };
}
/** The platforms built by buildah when it can build this Dockerfile here; else why not. */
async function buildImage(ctx, b) {
    const found = findBuildah();
    if ('missing' in found)
        return { note: found.missing };
    const problem = offlineProblem((0,external_node_fs_.readFileSync)(b.file, 'utf8'), b.spec.platforms);
    if (problem)
        return { note: problem };
    const started = performance.now();
    const manifests = [];
    for (const platform of b.spec.platforms) {
        manifests.push(await buildPlatform({ buildah: found.path, dir: (0,external_node_path_.join)(ctx.temp, 'buildah'), home: ctx.home, context: b.context, file: b.file, platform, buildArgs: b.buildArgs, labels: b.spec.labels, registry: ctx.registry, repository: b.spec.repository }));
    }
    return { manifests, note: `buildah built ${(0,external_node_path_.relative)(ctx.workspace, b.file) || b.file} for ${b.spec.platforms.map(platformText).join(', ')} in ${((performance.now() - started) / 1000).toFixed(2)} s (vfs storage, chroot isolation, nothing pulled)` };
}
async function trivy(ctx) {
    const ref = ctx.inputs['image-ref'] ?? '';
    if (!ctx.registry)
        return noRegistry(ctx);
    const repository = localRepository(ref, ctx.registry);
    if (!repository)
        return actions_fail(`the rehearsal scans only images of the local registry ${ctx.registry.host}, not ${ref}`);
    const at = /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1] ?? /:([^/:@]+)$/.exec(ref)?.[1];
    if (!at || !(await exists(ctx.registry, repository, at)))
        return actions_fail(`FATAL image scan error: ${ref}: not found in the registry`);
    return actions_ok({}, [`${ref} found in the registry; no vulnerability scan (Trivy is not run), severities ${ctx.inputs['severity'] || 'all'} not checked`]);
}
// ---- actions/attest-build-provenance -----------------------------------------------------------
async function actions_attest(ctx) {
    const subjects = attestSubjects(ctx);
    if (typeof subjects === 'string')
        return actions_fail(subjects);
    const statement = {
        subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest } })),
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {
            buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1', externalParameters: { workflow: { ref: ctx.event.ref, repository: `${ctx.github.serverUrl}/${ctx.repository}` } }, resolvedDependencies: [{ uri: `git+${ctx.github.serverUrl}/${ctx.repository}@${ctx.event.ref}`, digest: { gitCommit: ctx.event.sha } }] },
            // as on GitHub, each run attempt has its own invocation id: a re-run's bundle has other bytes
            runDetails: { builder: { id: 'release-actions rehearsal' }, metadata: { invocationId: `rehearsal-${(0,external_node_crypto_.randomUUID)()}` } },
        },
    };
    const attested = await signAndStore(ctx, statement);
    if (typeof attested === 'string')
        return actions_fail(attested);
    const dir = (0,external_node_path_.join)(ctx.temp, 'attestations');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, `${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(subjects)).digest('hex').slice(0, 16)}.jsonl`);
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(attested.bundle)}\n`);
    const notes = [...attested.notes];
    if (actions_bool(ctx.inputs['push-to-registry'], false)) {
        notes.push('push-to-registry: the attestation is not pushed to the registry');
        if (actions_bool(ctx.inputs['create-storage-record'], true))
            notes.push('create-storage-record: no artifact-metadata storage record (on GitHub it needs an organisation repository and artifact-metadata: write)');
    }
    const url = attested.id ? `${ctx.github.serverUrl}/${ctx.repository}/attestations/${attested.id}` : '';
    return { ...actions_ok({ 'bundle-path': path, 'attestation-id': attested.id, 'attestation-url': url }, notes), ...(attested.didNot ? { didNot: attested.didNot } : {}) };
}
async function kind() {
    return { status: 'skipped', reason: 'the rehearsal creates no kind cluster', install: 'run verify-release with a kubeconfig of a throwaway cluster', blocking: false };
}
const ACTION_STAND_INS = {
    'actions/checkout': { description: 'a clone of the emulated repository at the ref', didNot: 'nothing left out: a git clone over HTTP from the emulator', run: checkout },
    'docker/setup-qemu-action': { description: 'no-op', didNot: 'no QEMU emulators installed', run: setupQemu },
    'docker/setup-buildx-action': { description: 'no-op', didNot: 'no buildx builder made', run: () => setupBuildx() },
    'docker/login-action': { description: 'credentials checked against the local registry', didNot: 'no docker login (no docker config written)', run: login },
    'docker/metadata-action': { description: 'tags and OCI labels computed as the action does', didNot: 'nothing left out: tags and labels as the action computes them', run: metadata },
    'docker/build-push-action': { description: 'the image built per platform with buildah (a synthetic image without buildah) and pushed to the local registry', didNot: 'no BuildKit: the provenance and SBOM attestations are synthetic and unsigned', run: buildPush },
    'aquasecurity/trivy-action': { description: 'the image must exist; no scan', didNot: 'no vulnerability scan', run: trivy },
    'actions/upload-artifact': { description: 'files kept for later jobs of the run', didNot: 'no upload to GitHub\'s artifact storage', run: uploadArtifact },
    'actions/download-artifact': { description: 'files of earlier jobs of the run', didNot: 'no download from GitHub\'s artifact storage', run: downloadArtifact },
    'actions/attest-build-provenance': { description: 'a SLSA provenance statement signed with the local Sigstore and stored through the attestations API (unsigned in a resumable rehearsal)', didNot: 'no Sigstore signature, no attestation stored on GitHub or pushed to the registry: the provenance is unsigned', run: actions_attest },
    'helm/kind-action': { description: 'not run', didNot: 'no kind cluster', run: () => kind() },
    ...SIGNING_STAND_INS,
};
/**
 * The stand-in for a `uses:` of a third-party action (`owner/repo[/path]@ref`), found by name
 * whatever the ref, with notes when the ref or the `with:` keys are not the ones it models.
 */
function actionStandIn(uses, withKeys = []) {
    const at = uses.lastIndexOf('@');
    const target = at < 0 ? uses : uses.slice(0, at);
    const key = target.split('/').slice(0, 2).join('/').toLowerCase();
    const spec = ACTION_STAND_INS[key];
    return spec ? { key, spec, notes: modelNotes(key, at < 0 ? '' : uses.slice(at + 1), withKeys) } : undefined;
}


;// CONCATENATED MODULE: ./src/rehearse/file-commands.ts
/**
 * The runner's file commands, read back after a step as actions/runner reads them
 * (src/Runner.Worker/FileCommandManager.cs, SetEnvFileCommand and SetOutputFileCommand):
 * `NAME=VALUE` lines and `NAME<<DELIMITER` blocks, whichever of `=` and `<<` comes first on the
 * line deciding; empty lines skipped; a block's value is every line up to the delimiter line,
 * without the last line break; LF line breaks (CRLF is Windows-only in the runner, so a `\r`
 * stays part of the line). An error here fails the step, as the runner fails it.
 */
class FileCommandError extends Error {
}
/** The next line from `index` and the index after its line break; null at the end. */
function readLine(text, index) {
    if (index >= text.length)
        return { line: null, next: index, newline: 0 };
    const lf = text.indexOf('\n', index);
    if (lf < 0)
        return { line: text.slice(index), next: text.length, newline: 0 };
    return { line: text.slice(index, lf), next: lf + 1, newline: 1 };
}
/**
 * `GITHUB_OUTPUT` / `GITHUB_ENV` text → name/value pairs in file order (a later pair wins).
 * `file` names the file in errors (`GITHUB_OUTPUT`).
 */
function file_commands_parseFileCommand(text, file) {
    const pairs = [];
    let at = 0;
    for (let r = readLine(text, at); r.line !== null; r = readLine(text, at)) {
        at = r.next;
        const line = r.line;
        if (line === '')
            continue;
        const eq = line.indexOf('=');
        const heredoc = line.indexOf('<<');
        if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
            pairs.push([line.slice(0, eq), line.slice(eq + 1)]);
            continue;
        }
        if (heredoc < 0)
            throw new FileCommandError(`${file}: invalid format '${line}': expected NAME=VALUE or NAME<<DELIMITER`);
        const name = line.slice(0, heredoc);
        const delimiter = line.slice(heredoc + 2);
        if (!name || !delimiter)
            throw new FileCommandError(`${file}: invalid format '${line}': the name and the delimiter must not be empty`);
        const start = at;
        let end = at;
        let v = readLine(text, at);
        while (v.line !== delimiter) {
            if (v.line === null)
                throw new FileCommandError(`${file}: matching delimiter not found '${delimiter}' (the block of ${name} is not closed)`);
            end = v.next - v.newline;
            at = v.next;
            v = readLine(text, at);
        }
        at = v.next;
        pairs.push([name, end > start ? text.slice(start, end) : '']);
    }
    return pairs;
}
/** `GITHUB_PATH` text → the folders to put in front of PATH, in file order (empty lines skipped). */
function parsePathFile(text) {
    return text.split('\n').filter((l) => l !== '');
}
/**
 * The runner's PATH after `GITHUB_PATH` additions: each addition moves to the end of its list,
 * and the list goes in front of PATH newest first.
 */
function prependPath(list, added) {
    const out = [...list];
    for (const dir of added) {
        const i = out.indexOf(dir);
        if (i >= 0)
            out.splice(i, 1);
        out.push(dir);
    }
    return out;
}
function pathWith(prepend, path) {
    return [...[...prepend].reverse(), path].filter(Boolean).join(':');
}

;// CONCATENATED MODULE: ./src/rehearse/shell.ts
/**
 * A workflow's `run:` step, run as the Actions runner runs it: the script (its `${{ }}`
 * already substituted by the engine, as GitHub substitutes them before the runner writes the
 * file) in a temp file under RUNNER_TEMP, started with the step's shell (GitHub's table of
 * `shell:` values), in its working directory, under the step's environment and the runner's
 * GITHUB_* / RUNNER_* variables; then the file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STEP_SUMMARY) are read back and the `::error::`-style workflow commands of its output
 * become the step's errors and notes.
 */






/** The command line of a `shell:` value, as GitHub documents it for Linux runners. */
function shellCommand(shell, path = process.env['PATH'] ?? '') {
    const name = (shell ?? '').trim();
    if (name === '')
        return onPath('bash', path) ? { argv: ['bash', '-e', '{0}'], ext: '.sh' } : { argv: ['sh', '-e', '{0}'], ext: '.sh' };
    if (name === 'bash')
        return { argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'], ext: '.sh' };
    if (name === 'sh')
        return { argv: ['sh', '-e', '{0}'], ext: '.sh' };
    if (name === 'python')
        return { argv: ['python', '{0}'], ext: '.py' };
    if (name === 'pwsh')
        return { argv: ['pwsh', '-command', ". '{0}'"], ext: '.ps1' };
    // a template such as `perl {0}`: the first word is the program, the script file goes at {0}
    const words = name.split(/\s+/);
    return { argv: words.includes('{0}') || name.includes('{0}') ? words : [...words, '{0}'], ext: '' };
}
function onPath(program, path) {
    for (const dir of path.split(external_node_path_.delimiter).filter(Boolean)) {
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir, program), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            // next folder
        }
    }
    return false;
}
let buildx;
function hasBuildx() {
    buildx ??= (0,external_node_child_process_.spawnSync)('docker', ['buildx', 'version'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
    return buildx;
}
/** Programs a script may call that the rehearsal does not run, each with why it cannot. */
const OUTSIDE = {
    gh: (present) => (present ? 'gh talks to GitHub over https with its own host configuration; the rehearsal does not point it at the emulator' : 'gh CLI not installed'),
    docker: (present) => (!present ? 'docker CLI not installed (a container engine and buildx are needed)' : hasBuildx() ? 'docker buildx would need a docker login and a builder the rehearsal does not set up' : 'docker is installed without the buildx plugin (imagetools is a buildx command)'),
    kubectl: () => 'kubectl needs a Kubernetes cluster',
    kind: () => 'kind needs a container engine to make a cluster',
    trivy: () => 'trivy needs its vulnerability database from the network',
    cosign: () => 'cosign signs through Sigstore (network, OIDC)',
};
/** A word at a command position: line start, after ; & | ( { ! $( or a keyword that starts a command. */
const COMMAND_AT = /(?:^|[;&|({!`]|\$\(|\b(?:then|do|else|elif|if|while|until|exec|command|time)\b)\s*([A-Za-z][A-Za-z0-9_-]*)(?=[\s;)|&]|$)/gm;
/**
 * The programs of OUTSIDE a script calls, each with its reason; comments and single-quoted text
 * are not looked at. Errs towards finding one: a stand-in runs instead of a command that is absent.
 */
function outsideCommands(script, path = process.env['PATH'] ?? '') {
    const text = script
        .split('\n')
        .map((l) => l.replace(/'[^']*'/g, "''").replace(/(^|\s)#.*$/, '$1'))
        .join('\n');
    const found = new Map();
    for (const m of text.matchAll(COMMAND_AT)) {
        const command = m[1] ?? '';
        const why = OUTSIDE[command];
        if (why && !found.has(command))
            found.set(command, why(onPath(command, path)));
    }
    return [...found.entries()].map(([command, reason]) => ({ command, reason }));
}
function spawnScript(argv, cwd, env, timeoutMs) {
    return new Promise((resolve, reject) => {
        const [program = '', ...args] = argv;
        // its own process group: a timeout ends the script and what it started, as the runner does
        const child = (0,external_node_child_process_.spawn)(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e.code === 'ENOENT' ? new Error(`${program}: command not found (the step's shell is not installed)`) : e);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code: code ?? (signal ? 128 + 9 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
        });
    });
}
/** Runs one script; the file-command files are made empty before and read after, as the runner does. */
async function runScript(r) {
    const dir = (0,external_node_path_.join)(r.temp, '_runner_file_commands');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const suffix = (0,external_node_crypto_.randomUUID)();
    const files = { output: (0,external_node_path_.join)(dir, `set_output_${suffix}`), env: (0,external_node_path_.join)(dir, `set_env_${suffix}`), path: (0,external_node_path_.join)(dir, `add_path_${suffix}`), summary: (0,external_node_path_.join)(dir, `step_summary_${suffix}`) };
    for (const f of Object.values(files))
        (0,external_node_fs_.writeFileSync)(f, '');
    const scriptFile = (0,external_node_path_.join)(r.temp, `${(0,external_node_crypto_.randomUUID)()}${r.shell.ext}`);
    (0,external_node_fs_.writeFileSync)(scriptFile, r.script);
    if (!(0,external_node_fs_.existsSync)(r.cwd))
        throw new Error(`working-directory ${r.cwd} does not exist`);
    const env = { ...r.env, GITHUB_OUTPUT: files.output, GITHUB_ENV: files.env, GITHUB_PATH: files.path, GITHUB_STEP_SUMMARY: files.summary };
    const argv = r.shell.argv.map((a) => a.replaceAll('{0}', scriptFile));
    let ran;
    try {
        ran = await spawnScript(argv, r.cwd, env, r.timeoutMs ?? 300_000);
    }
    finally {
        (0,external_node_fs_.rmSync)(scriptFile, { force: true });
    }
    // the runner masks secrets and ::add-mask:: values in the log, longest first
    const masks = [...(r.masks ?? []), ...parseCommands(ran.stdout).masks].filter((m) => m.length > 0).sort((a, b) => b.length - a.length);
    const mask = (text) => masks.reduce((t, m) => t.split(m).join('***'), text);
    ran = { ...ran, stdout: mask(ran.stdout), stderr: mask(ran.stderr) };
    const result = { timedOut: ran.timedOut, exitCode: ran.code, stdout: ran.stdout, stderr: ran.stderr, outputs: {}, env: [], path: [], summary: mask((0,external_node_fs_.readFileSync)(files.summary, 'utf8')), errors: [], warnings: [], notices: [] };
    try {
        for (const [k, v] of file_commands_parseFileCommand((0,external_node_fs_.readFileSync)(files.output, 'utf8'), 'GITHUB_OUTPUT'))
            result.outputs[k] = v;
        result.env = file_commands_parseFileCommand((0,external_node_fs_.readFileSync)(files.env, 'utf8'), 'GITHUB_ENV');
    }
    catch (err) {
        if (!(err instanceof FileCommandError))
            throw err;
        result.fileCommandError = err.message;
    }
    result.path = parsePathFile((0,external_node_fs_.readFileSync)(files.path, 'utf8'));
    for (const a of parseCommands(ran.stdout).annotations) {
        const text = a.title ? `${a.title}: ${a.message}` : a.message;
        (a.level === 'error' ? result.errors : a.level === 'warning' ? result.warnings : result.notices).push(text);
    }
    (0,external_node_fs_.appendFileSync)((0,external_node_path_.join)(r.temp, `${r.id.replace(/[^A-Za-z0-9_.-]/g, '_')}.log`), `${ran.stdout}${ran.stderr}`);
    return result;
}

;// CONCATENATED MODULE: ./src/rehearse/stand-ins/dispatch.ts
const dispatch_fail = (reason) => ({ status: 'failed', reason });
const show = (v) => v.replace(/[^A-Za-z0-9._+/:@-]/g, '?').slice(0, 80);
const IDENT = '(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER = new RegExp(`^v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-${IDENT}(\\.${IDENT})*)?$`);
/** release.yaml guard `dispatch`. */
async function checkDispatch(ctx) {
    const e = ctx.env;
    if (e['EVENT'] !== 'workflow_dispatch')
        return { status: 'passed', outputs: {} };
    const branch = e['DEFAULT_BRANCH'] ?? '';
    if (!branch)
        return dispatch_fail('the event names no default branch');
    const ref = e['REF'] ?? '';
    if (ref !== `refs/heads/${branch}`)
        return dispatch_fail(`a dispatch must run from the default branch ${branch}, not ${show(ref)}: another branch's copy of the workflow could skip the release checks; dispatch it again from ${branch}`);
    const want = e['WANT_VERSION'] ?? '';
    if (!want)
        return dispatch_fail('a dispatch needs the version input (the version whose tag to release or roll back)');
    if (!SEMVER.test(want))
        return dispatch_fail(`version '${show(want)}' is not a SemVer 2 version such as 0.5.0 or v0.5.0-rc.1 (build metadata is not accepted)`);
    const version = want.replace(/^v/, '');
    const r = await fetch(`${ctx.github.apiUrl}/repos/${e['GH_REPO'] || ctx.repository}/git/ref/tags/v${version}`, { headers: { authorization: `token ${e['GH_TOKEN'] ?? ''}`, accept: 'application/vnd.github+json' } });
    await r.arrayBuffer();
    if (r.status !== 200)
        return dispatch_fail(`version ${version} has no tag v${version}: a dispatch releases or rolls back an existing tag; push the signed tag first (a tag push starts the release by itself)`);
    return { status: 'passed', outputs: {} };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/rehearse/stand-ins/self-release.ts
/**
 * self-release.yaml's `major` step, rendered in TypeScript like ./scripts.ts because it calls
 * `gh api`: the major tag moved to the release's commit through the same REST calls.
 */


const self_release_fail = (reason) => ({ status: 'failed', reason });
const STABLE = /^v\d+\.\d+\.\d+$/;
async function api(ctx, method, path, body) {
    const r = await fetch(`${ctx.github.apiUrl}/repos/${ctx.env['GH_REPO'] || ctx.repository}${path}`, {
        method,
        headers: { authorization: `token ${ctx.env['GH_TOKEN'] ?? ''}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    return { status: r.status, json: text ? JSON.parse(text) : {} };
}
/** self-release.yaml major `move`: vX to the release's commit, unless a newer vX.* exists. */
async function moveMajorTag(ctx) {
    const tag = ctx.env['TAG'] ?? '';
    const major = ctx.env['MAJOR'] ?? '';
    const env = gitEnv(ctx.home);
    const resolved = await git(ctx.workspace, ['rev-parse', '--verify', '-q', `refs/tags/${tag}^{commit}`], { env, allowFailure: true });
    if (resolved.code !== 0)
        return self_release_fail(`tag ${tag} is not in the checkout`);
    const commit = resolved.out.trim();
    const tags = (await git(ctx.workspace, ['tag', '-l', `${major}.*`], { env })).out.split('\n').filter((t) => STABLE.test(t));
    const newest = tags.sort((a, b) => (0,semver.compare)((0,semver.valid)(a), (0,semver.valid)(b))).at(-1);
    if (newest !== tag)
        return { status: 'passed', outputs: { moved: 'false' }, notes: [`notice: ${major} stays where it is: ${newest ?? '(none)'} is newer than ${tag}`] };
    const current = await api(ctx, 'GET', `/git/ref/tags/${major}`);
    const at = current.status === 200 ? String(current.json['object']['sha']) : '';
    const summary = `\`${major}\` → \`${tag}\` (\`${commit}\`)\n`;
    // the script writes the summary line whether it moved the tag or found it there
    if (at === commit)
        return { status: 'passed', outputs: { moved: 'false' }, summary };
    const r = at ? await api(ctx, 'PATCH', `/git/refs/tags/${major}`, { sha: commit, force: true }) : await api(ctx, 'POST', '/git/refs', { ref: `refs/tags/${major}`, sha: commit });
    if (r.status >= 300)
        return self_release_fail(`gh: ${String(r.json['message'] ?? r.status)} (HTTP ${r.status})`);
    return { status: 'passed', outputs: { moved: 'true' }, summary };
}

;// CONCATENATED MODULE: ./src/rehearse/stand-ins/scripts.ts
/**
 * The `run:` steps of the suite's workflows run for real (../shell.ts), except those that call
 * a program the rehearsal does not run (`gh`, `docker buildx imagetools`; ../shell.ts
 * `outsideCommands`). Those few are rendered here in TypeScript with the same inputs (the
 * step's `env:`), checks, refusals and outputs, doing through the emulator's REST API or the
 * registry's OCI API what the program would; `test/rehearse/scripts.test.ts` runs the real
 * bash, with the program replaced by a recording shim, next to these renditions.
 */





const scripts_fail = (reason) => ({ status: 'failed', reason });
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function scripts_noRegistry(ctx) {
    return { status: 'skipped', reason: ctx.registryMissing?.reason ?? 'no local registry', install: ctx.registryMissing?.install ?? 'apt-get install -y docker-registry', blocking: false };
}
/** release.yaml preflight (rollback): `gh release view TAG` — the GitHub release exists. */
async function releaseExists(ctx) {
    const tag = ctx.env['TAG'] ?? '';
    const repo = ctx.env['GH_REPO'] || ctx.repository;
    const r = await fetch(`${ctx.github.apiUrl}/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`, { headers: { authorization: `token ${ctx.env['GH_TOKEN'] ?? ''}`, accept: 'application/vnd.github+json' } });
    await r.arrayBuffer();
    if (r.status !== 200)
        return scripts_fail(`there is no GitHub release for ${tag} to roll back`);
    return { status: 'passed', outputs: {} };
}
/** The platform digests the image-build legs left in $RUNNER_TEMP/digests, in file order. */
function legDigests(temp) {
    const dir = (0,external_node_path_.join)(temp, 'digests');
    const sources = [];
    for (const f of (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir).sort() : []) {
        const d = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, f), 'utf8').trim();
        if (!DIGEST.test(d))
            return scripts_fail(`${f} holds no image digest`);
        sources.push(d);
    }
    return sources;
}
/** release.yaml image `merge`: `docker buildx imagetools create` of the legs under the release tags. */
async function tagImage(ctx) {
    if (!ctx.registry)
        return scripts_noRegistry(ctx);
    const image = ctx.env['IMAGE'] ?? '';
    const sources = legDigests(ctx.temp);
    if (!Array.isArray(sources))
        return sources;
    let tags;
    try {
        tags = JSON.parse(ctx.env['TAGS_JSON'] ?? '').tags;
    }
    catch {
        return scripts_fail('TAGS_JSON is not the metadata JSON');
    }
    if (!tags?.length)
        return scripts_fail('no tags to set');
    const repository = localRepository(image, ctx.registry);
    if (!repository)
        return scripts_fail(`the rehearsal tags images only in the local registry ${ctx.registry.host}, not ${image}`);
    const tagNames = tags.map((t) => t.slice(t.lastIndexOf(':') + 1));
    const digest = await mergeIndexes(ctx.registry, repository, sources, tagNames);
    return {
        status: 'passed',
        outputs: { digest },
        summary: ['### Image', '', ...tags.map((t) => `- \`${t}\``), `- digest \`${digest}\``, ''].join('\n'),
        notes: [`${sources.length} platform build(s) merged into one index under ${tagNames.join(', ')} through the OCI API (no docker CLI)`],
    };
}
/** release.yaml rollback: each family tag the rolled-back release held back on the release preflight named. */
async function tagsBack(ctx) {
    if (!ctx.registry)
        return scripts_noRegistry(ctx);
    const image = ctx.env['IMAGE'] ?? '';
    const repository = localRepository(image, ctx.registry);
    if (!repository)
        return scripts_fail(`the rehearsal tags images only in the local registry ${ctx.registry.host}, not ${image}`);
    const summary = [];
    const notes = [];
    for (const line of (ctx.env['MOVES'] ?? '').split('\n').filter(Boolean)) {
        const [tag = '', source = '', ...rest] = line.trim().split(/\s+/);
        if (rest.length > 0 || !/^(?:latest|v\d+(?:\.\d+)?)$/.test(tag) || !/^v\d+\.\d+\.\d+$/.test(source))
            return scripts_fail("rollback-tags holds a line that is not 'TAG vX.Y.Z'");
        const digest = await retag(ctx.registry, repository, source, tag);
        summary.push(`\`${image}:${tag}\` now points at \`${source}\`\n`);
        notes.push(`${image}:${tag} → ${source} (${digest.slice(0, 19)}…)`);
    }
    return { status: 'passed', outputs: {}, summary: summary.join(''), notes };
}
const SCRIPT_STAND_INS = [
    { job: 'guard', step: 'dispatch', description: 'a dispatch from the default branch, naming a version whose tag exists (REST, as gh api)', didNot: 'gh did not run: the tag look-up was made by the rehearsal through the emulator\'s REST API', run: checkDispatch },
    { job: 'preflight', step: 'Check there is a release to roll back', description: 'the GitHub release of the tag exists (REST, as gh release view)', didNot: 'gh did not run: the release look-up was made through the emulator\'s REST API', run: releaseExists },
    { job: 'image', step: 'merge', description: 'the legs merged into one index under the release tags (OCI API, as imagetools create)', didNot: 'docker buildx imagetools did not run: the index was written by the rehearsal\'s OCI client', run: tagImage },
    { job: 'rollback', step: 'Point the image tags back at the previous releases', description: 'each family tag the rolled-back release held retagged to the previous release of its line (OCI API)', didNot: 'docker buildx imagetools did not run: the tags were copied by the rehearsal\'s OCI client', run: tagsBack },
    { job: 'major', step: 'move', description: 'self-release: the major tag moved to the release\'s commit (REST, as gh api), unless a newer release of the major exists', didNot: 'gh did not run: the ref was moved through the emulator\'s REST API', run: moveMajorTag },
];
/** The stand-in of a `run:` step, by job id and the step's id or name. */
function scriptStandIn(job, stepId, stepName) {
    return SCRIPT_STAND_INS.find((s) => s.job === job && (s.step === stepId || s.step === stepName));
}

;// CONCATENATED MODULE: ./src/rehearse/workflow.ts
class WorkflowError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.map((p) => `- ${p}`).join('\n')}`}`);
        this.file = file;
        this.problems = problems;
        this.name = 'WorkflowError';
    }
}
let parserModule;
function parser() {
    parserModule ??= __webpack_require__.e(/* import() */ 723).then(__webpack_require__.bind(__webpack_require__, 34723));
    return parserModule;
}
function fromSerialized(t, where) {
    if (t === null || t === undefined)
        return null;
    if (typeof t !== 'object')
        return t;
    switch (t.type) {
        case 2: {
            const out = {};
            for (const item of t.map ?? [])
                out[String(fromSerialized(item.Key, where))] = fromSerialized(item.Value, where);
            return out;
        }
        case 1:
            return (t.seq ?? []).map((x) => fromSerialized(x, where));
        case 3:
            return { $expr: t.expr ?? '' };
        default:
            throw new WorkflowError(where, [`an insert expression (\${{ insert }}) is not supported by the rehearsal`]);
    }
}
function tokenValue(token, where) {
    if (token === undefined || token === null)
        return null;
    return fromSerialized(JSON.parse(JSON.stringify(token)), where);
}
function asMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !('$expr' in v) ? v : {};
}
function asString(v) {
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
function inputDefs(v) {
    const out = {};
    for (const [name, spec] of Object.entries(asMap(v))) {
        const s = asMap(spec);
        const def = { type: asString(s['type']) ?? 'string', required: s['required'] === true || s['required'] === 'true' };
        if (s['default'] !== undefined)
            def.default = s['default'];
        if (Array.isArray(s['options']))
            def.options = s['options'].map((o) => asString(o) ?? '');
        const description = asString(s['description']);
        if (description !== undefined)
            def.description = description;
        out[name] = def;
    }
    return out;
}
function buildModel(file, raw, converted, called) {
    const root = asMap(raw);
    const on = asMap(root['on']);
    const call = asMap(on['workflow_call']);
    const dispatch = asMap(on['workflow_dispatch']);
    const callOutputs = {};
    for (const [name, spec] of Object.entries(asMap(call['outputs'])))
        callOutputs[name] = asMap(spec)['value'] ?? null;
    const callSecrets = {};
    for (const [name, spec] of Object.entries(asMap(call['secrets'])))
        callSecrets[name] = { required: asMap(spec)['required'] === true };
    const jobs = [];
    for (const [id, jobValue] of Object.entries(asMap(root['jobs']))) {
        const j = asMap(jobValue);
        const conv = converted.find((c) => c.id.value === id);
        if (!conv)
            throw new WorkflowError(file, [`job ${id} was not converted by the parser`]);
        const rawSteps = Array.isArray(j['steps']) ? j['steps'] : [];
        const steps = rawSteps.map((stepValue, index) => {
            const s = asMap(stepValue);
            const c = conv.steps?.[index];
            const explicit = asString(s['id']);
            const step = {
                id: explicit ?? c?.id ?? `__step_${index + 1}`,
                explicitId: explicit !== undefined,
                index,
                if: c?.if?.expression ?? 'success()',
                with: asMap(s['with']),
                env: asMap(s['env']),
                continueOnError: s['continue-on-error'] ?? false,
            };
            if (s['name'] !== undefined)
                step.name = s['name'];
            const uses = asString(s['uses']);
            if (uses !== undefined)
                step.uses = uses;
            if (s['run'] !== undefined)
                step.run = s['run'];
            if (s['working-directory'] !== undefined)
                step.workingDirectory = s['working-directory'];
            if (s['shell'] !== undefined)
                step.shell = s['shell'];
            if (s['timeout-minutes'] !== undefined)
                step.timeoutMinutes = s['timeout-minutes'];
            return step;
        });
        const needs = conv.needs?.map((n) => n.value) ?? [];
        const job = {
            id,
            needs,
            if: conv.if?.expression ?? 'success()',
            outputs: asMap(j['outputs']),
            env: asMap(j['env']),
            steps,
            with: asMap(j['with']),
            secrets: j['secrets'] === 'inherit' ? 'inherit' : asMap(j['secrets']),
        };
        if (j['name'] !== undefined)
            job.name = j['name'];
        if (j['runs-on'] !== undefined)
            job.runsOn = j['runs-on'];
        if (j['strategy'] !== undefined)
            job.strategy = j['strategy'];
        if (j['permissions'] !== undefined)
            job.permissions = j['permissions'];
        if (j['environment'] !== undefined)
            job.environment = j['environment'];
        const jobDefaults = runDefaults(j['defaults']);
        if (jobDefaults)
            job.defaults = jobDefaults;
        const uses = asString(j['uses']);
        if (uses !== undefined) {
            job.uses = uses;
            const target = called.get(id);
            if (target)
                job.workflow = target;
        }
        jobs.push(job);
    }
    const model = {
        file,
        on,
        dispatchInputs: inputDefs(dispatch['inputs']),
        callInputs: inputDefs(call['inputs']),
        callSecrets,
        callOutputs,
        env: asMap(root['env']),
        jobs,
    };
    const name = asString(root['name']);
    if (name !== undefined)
        model.name = name;
    if (root['permissions'] !== undefined)
        model.permissions = root['permissions'];
    const defaults = runDefaults(root['defaults']);
    if (defaults)
        model.defaults = defaults;
    return model;
}
function runDefaults(value) {
    const run = asMap(asMap(value ?? null)['run']);
    const out = {};
    if (run['shell'] !== undefined)
        out.shell = run['shell'];
    if (run['working-directory'] !== undefined)
        out.workingDirectory = run['working-directory'];
    return Object.keys(out).length > 0 ? out : undefined;
}
async function parseText(file, content) {
    const p = await parser();
    const parsed = p.parseWorkflow({ name: file, content }, new p.NoOperationTraceWriter());
    const errors = parsed.context.errors.getErrors().map((e) => e.message);
    if (errors.length > 0 || !parsed.value)
        throw new WorkflowError(file, errors.length > 0 ? errors : ['nothing parsed']);
    return { raw: tokenValue(parsed.value, file), value: parsed.value, context: parsed.context };
}
/** `owner/repo/path@ref`, `./path` or `$/path` (both: the calling workflow's repository and commit) of a reusable workflow. */
function parseWorkflowUses(uses) {
    if (uses.startsWith('./') || uses.startsWith('$/'))
        return { path: uses.slice(2) };
    const at = uses.lastIndexOf('@');
    const target = at < 0 ? uses : uses.slice(0, at);
    const [owner = '', repo = '', ...rest] = target.split('/');
    return { repo: `${owner}/${repo}`, path: rest.join('/'), ...(at < 0 ? {} : { ref: uses.slice(at + 1) }) };
}
/**
 * Parses a workflow and the reusable workflows its jobs call (one level, as GitHub's parser
 * does for validation); refuses one that GitHub's parser refuses.
 */
async function loadWorkflow(file, content, files) {
    const p = await parser();
    const { raw, value, context } = await parseText(file, content);
    const fetched = new Map();
    const provider = {
        getFileContent: async (ref) => {
            const wref = { path: ref.path };
            if (ref.owner !== undefined && ref.repository !== undefined)
                wref.repo = `${ref.owner}/${ref.repository}`;
            if (ref.version !== undefined)
                wref.ref = ref.version;
            const text = files(wref);
            const name = `${wref.repo ? `${wref.repo}/` : './'}${ref.path}${wref.ref ? `@${wref.ref}` : ''}`;
            if (text === undefined)
                throw new Error(`the rehearsal has no workflow ${name}`);
            fetched.set(name, { file: name, text });
            return { name: ref.path, content: text };
        },
    };
    const template = await p.convertWorkflowTemplate(context, value, provider, { fetchReusableWorkflowDepth: 1 });
    const problems = [...context.errors.getErrors().map((e) => e.message), ...(template.errors ?? []).map((e) => e.Message)];
    if (problems.length > 0)
        throw new WorkflowError(file, [...new Set(problems)]);
    const convertedJobs = template.jobs;
    // the called workflows, parsed on their own for their token trees
    const called = new Map();
    for (const [id, jobValue] of Object.entries(asMap(asMap(raw)['jobs']))) {
        const uses = asString(asMap(jobValue)['uses']);
        if (uses === undefined)
            continue;
        const ref = parseWorkflowUses(uses);
        const text = files(ref);
        if (text === undefined)
            throw new WorkflowError(file, [`job ${id}: the rehearsal has no workflow ${uses}`]);
        const conv = convertedJobs.find((c) => c.id.value === id);
        const inner = await parseText(uses, text);
        called.set(id, buildModel(uses, inner.raw, conv?.jobs ?? [], new Map()));
    }
    return buildModel(file, raw, convertedJobs, called);
}
/** Job ids in an order where every job comes after the jobs it needs (ties: as written). */
function jobOrder(jobs) {
    const ids = new Set(jobs.map((j) => j.id));
    const done = [];
    const visiting = new Set();
    const visit = (job, path) => {
        if (done.includes(job.id))
            return;
        if (visiting.has(job.id))
            throw new Error(`jobs need each other in a cycle: ${[...path, job.id].join(' → ')}`);
        visiting.add(job.id);
        for (const need of job.needs) {
            if (!ids.has(need))
                throw new Error(`job ${job.id} needs ${need}, which is not a job of the workflow`);
            visit(jobs.find((j) => j.id === need), [...path, job.id]);
        }
        visiting.delete(job.id);
        done.push(job.id);
    };
    for (const job of jobs)
        visit(job, []);
    return done;
}

;// CONCATENATED MODULE: ./src/rehearse/engine.ts
/**
 * The workflow rehearsal engine: runs a workflow read by GitHub's parser (./workflow.ts) for
 * one event, job after job in the order `needs` gives, evaluating every expression with
 * GitHub's evaluator. A call of a reusable workflow runs the called workflow's jobs with the
 * call's inputs and secrets; job outputs flow through `needs`, step outputs through `steps`.
 *
 * Steps:
 * - the suite's own actions (`$/actions/<name>` while the running workflow is the suite's,
 *   `llm-d/release-actions/actions/<name>@ref`, `./actions/<name>`) run from their bundles
 *   through the runner harness (test/support/harness.ts), exactly as the runner starts them,
 *   against the local GitHub, registry and pages;
 * - third-party actions are replaced by stand-ins that do their observable part
 *   (./stand-ins/actions.ts);
 * - `run:` steps run for real with their shell, as the runner runs them (./shell.ts), unless
 *   they call a program the rehearsal does not run (gh, docker, …): then their TypeScript
 *   stand-in (./stand-ins/scripts.ts), or skipped with the reason.
 *
 * A step the rehearsal cannot do (an action that is not there yet, a missing binary) is
 * `skipped` with the reason, and so is its job; nothing is ever counted as passed that did not
 * run.
 */











/** The repository the suite is published from: its actions are `SUITE_REPO/actions/<name>@ref`. */
const SUITE_REPO = 'llm-d/release-actions';
class Artifacts {
    dir;
    constructor(dir) {
        this.dir = dir;
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    }
    names() {
        return (0,external_node_fs_.readdirSync)(this.dir, { withFileTypes: true })
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort();
    }
}
function globMatch(pattern, text) {
    // GitHub's filter patterns, enough of them: * (no /), ** (anything), ? and literal text
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '.';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`).test(text);
}
function asList(v) {
    if (v === undefined || v === null)
        return [];
    if (Array.isArray(v))
        return v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
    return typeof v === 'string' ? [v] : [];
}
/** Whether `event` starts the workflow (its `on:` block), and why not. */
function triggers(model, event) {
    const on = model.on;
    if (event.name === 'workflow_dispatch')
        return 'workflow_dispatch' in on ? undefined : `${model.file} has no workflow_dispatch trigger`;
    if (!('push' in on))
        return `${model.file} does not run on push`;
    const push = (on['push'] ?? {});
    if (event.ref.startsWith('refs/tags/')) {
        const tag = event.ref.slice('refs/tags/'.length);
        const tags = asList(push['tags']);
        const ignore = asList(push['tags-ignore']);
        if (tags.length === 0 && asList(push['branches']).length > 0)
            return `${model.file} runs on pushes of branches, not tags`;
        if (tags.length > 0 && !tags.some((p) => globMatch(p, tag)))
            return `${model.file} runs on tags ${tags.join(', ')}, not ${tag}`;
        if (ignore.some((p) => globMatch(p, tag)))
            return `${model.file} ignores tag ${tag}`;
        return undefined;
    }
    const branch = event.ref.replace(/^refs\/heads\//, '');
    const branches = asList(push['branches']);
    if (branches.length === 0 && asList(push['tags']).length > 0)
        return `${model.file} runs on pushes of tags, not branches`;
    if (branches.length > 0 && !branches.some((p) => globMatch(p, branch)))
        return `${model.file} runs on branches ${branches.join(', ')}, not ${branch}`;
    return undefined;
}
/** Typed input values, as the `inputs` context holds them. */
function typedInputs(defs, given, where, contexts) {
    const out = {};
    for (const name of Object.keys(given))
        if (!(name in defs))
            throw new Error(`${where}: input '${name}' is not defined`);
    for (const [name, def] of Object.entries(defs)) {
        let v = given[name];
        if (v === undefined || (v === '' && def.type !== 'string')) {
            if (def.required && v === undefined)
                throw new Error(`${where}: input '${name}' is required`);
            v = def.default === undefined ? (def.type === 'boolean' ? false : def.type === 'number' ? 0 : '') : resolveValue(def.default, contexts);
        }
        if (def.type === 'boolean') {
            if (typeof v === 'string' && (v === 'true' || v === 'false'))
                v = v === 'true';
            if (typeof v !== 'boolean')
                throw new Error(`${where}: input '${name}' must be a boolean, got ${JSON.stringify(v)}`);
        }
        else if (def.type === 'number') {
            const n = typeof v === 'number' ? v : Number(v);
            if (!Number.isFinite(n))
                throw new Error(`${where}: input '${name}' must be a number, got ${JSON.stringify(v)}`);
            v = n;
        }
        else {
            v = asText(v);
            if (def.type === 'choice' && def.options && !def.options.includes(v))
                throw new Error(`${where}: input '${name}' must be one of ${def.options.join(', ')}, got '${v}'`);
        }
        out[name] = v;
    }
    return out;
}
/** The combinations of a `strategy.matrix` (axes, include, exclude), as GitHub expands them. */
function expandMatrix(matrix) {
    if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix))
        throw new Error('strategy.matrix is not a mapping');
    const axes = Object.entries(matrix).filter(([k]) => k !== 'include' && k !== 'exclude');
    let combos = [{}];
    for (const [key, values] of axes) {
        if (!Array.isArray(values))
            throw new Error(`strategy.matrix.${key} is not a list`);
        combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
    }
    if (axes.length === 0)
        combos = [];
    const matches = (combo, part) => Object.entries(part).every(([k, v]) => JSON.stringify(combo[k]) === JSON.stringify(v));
    const exclude = Array.isArray(matrix['exclude']) ? matrix['exclude'] : [];
    combos = combos.filter((c) => !exclude.some((x) => matches(c, x)));
    const include = Array.isArray(matrix['include']) ? matrix['include'] : [];
    const axisKeys = new Set(axes.map(([k]) => k));
    for (const inc of include) {
        const onAxes = Object.fromEntries(Object.entries(inc).filter(([k]) => axisKeys.has(k)));
        const extended = axes.length > 0 ? combos.filter((c) => matches(c, onAxes)) : [];
        if (extended.length > 0 && Object.keys(onAxes).length > 0)
            for (const c of extended)
                Object.assign(c, inc);
        else
            combos.push({ ...inc });
    }
    return combos;
}
function needResult(run) {
    if (run.status === 'passed')
        return 'success';
    if (run.status === 'failed')
        return 'failure';
    if (run.status === 'skipped' && run.blocking === false)
        return 'success';
    return 'skipped';
}
/** A job's result as `needs.<id>.result` gives it: of every leg, for a matrix. */
function jobResult(runs) {
    const results = runs.map(needResult);
    return results.includes('failure') ? 'failure' : results.includes('skipped') || results.length === 0 ? 'skipped' : 'success';
}
/** Every job the job depends on, directly or through others: GitHub's `success()` looks at all of them. */
function ancestorsOf(id, jobs) {
    const seen = new Set();
    const visit = (at) => {
        for (const n of jobs.find((j) => j.id === at)?.needs ?? []) {
            if (seen.has(n))
                continue;
            seen.add(n);
            visit(n);
        }
    };
    visit(id);
    return [...seen];
}
/** The contexts as they would be had the needs the rehearsal could not do been done. */
function asDone(contexts, needsRuns) {
    const needs = { ...contexts['needs'] };
    for (const n of needsRuns) {
        if (n.runs.some((r) => r.status === 'skipped' && r.blocking !== false))
            needs[n.id] = { ...needs[n.id], result: 'success' };
    }
    return { ...contexts, needs };
}
/** What a called workflow's `$/` resolves to, from the `uses:` that called it and the caller's. */
function calledSelf(uses, caller) {
    if (uses.startsWith('./') || uses.startsWith('$/'))
        return caller;
    const ref = parseWorkflowUses(uses);
    return { repository: ref.repo ?? caller.repository, ref: ref.ref ?? caller.ref };
}
/**
 * A `$/actions/<name>` step: the suite action `name` when `self` is the suite's repository;
 * else the reason the rehearsal cannot run it (an action of another repository); undefined
 * for anything that is not `$/`.
 */
function selfAction(uses, self) {
    if (!uses.startsWith('$/'))
        return undefined;
    const m = /^\$\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
    if (self.repository.toLowerCase() !== SUITE_REPO)
        return { missing: `${uses} resolves to ${self.repository}@${self.ref}, not to the suite: the rehearsal runs only the suite's own actions` };
    if (!m?.[1])
        return { missing: `${uses} is not one of the suite's actions ($/actions/<name>)` };
    return { name: m[1], note: `${uses} → ${SUITE_REPO}/actions/${m[1]}@${self.ref} (the running workflow's repository and ref), run from this checkout's bundle` };
}
/** `defaults.run` of the job over the workflow's, key by key, as GitHub applies them. */
function runDefaultsOf(model, job) {
    const merged = { ...model.defaults, ...job.defaults };
    return Object.keys(merged).length > 0 ? merged : undefined;
}
/** The variables the runner gives every step (docs: "Default environment variables"), from the run's contexts. */
function runnerVariables(contexts, step, j, actor) {
    const g = contexts['github'];
    const r = (contexts['runner'] ?? {});
    const t = (k) => asText(g[k] ?? '');
    return {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION: step.id,
        GITHUB_ACTOR: actor,
        GITHUB_API_URL: t('api_url'),
        GITHUB_BASE_REF: t('base_ref'),
        GITHUB_EVENT_NAME: t('event_name'),
        GITHUB_EVENT_PATH: j.eventFile,
        GITHUB_GRAPHQL_URL: t('graphql_url'),
        GITHUB_HEAD_REF: t('head_ref'),
        GITHUB_JOB: t('job'),
        GITHUB_REF: t('ref'),
        GITHUB_REF_NAME: t('ref_name'),
        GITHUB_REF_PROTECTED: t('ref_protected'),
        GITHUB_REF_TYPE: t('ref_type'),
        GITHUB_REPOSITORY: t('repository'),
        GITHUB_REPOSITORY_OWNER: t('repository_owner'),
        GITHUB_RETENTION_DAYS: t('retention_days'),
        GITHUB_RUN_ATTEMPT: t('run_attempt'),
        GITHUB_RUN_ID: t('run_id'),
        GITHUB_RUN_NUMBER: t('run_number'),
        GITHUB_SERVER_URL: t('server_url'),
        GITHUB_SHA: t('sha'),
        GITHUB_TRIGGERING_ACTOR: t('triggering_actor'),
        GITHUB_WORKFLOW: t('workflow'),
        GITHUB_WORKFLOW_REF: t('workflow_ref'),
        GITHUB_WORKSPACE: j.workspace,
        RUNNER_ARCH: asText(r['arch'] ?? 'X64'),
        RUNNER_ENVIRONMENT: asText(r['environment'] ?? 'github-hosted'),
        RUNNER_NAME: asText(r['name'] ?? 'rehearsal'),
        RUNNER_OS: asText(r['os'] ?? 'Linux'),
        RUNNER_TEMP: j.temp,
        RUNNER_TOOL_CACHE: asText(r['tool_cache'] ?? ''),
    };
}
class RehearsalEngine {
    opts;
    jobCounter = 0;
    /** The outputs of the reusable workflows called in the current run, as `<job>.<output>`. */
    callOutputs = {};
    artifacts;
    runDir = '';
    constructor(opts) {
        this.opts = opts;
    }
    /** Runs `model` for `event`; jobs run one after the other in `needs` order. */
    async run(model, event, options = {}) {
        const started = performance.now();
        const notTriggered = triggers(model, event);
        if (notTriggered)
            throw new Error(notTriggered);
        this.runDir = (0,external_node_path_.join)(this.opts.workDir, `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`);
        (0,external_node_fs_.mkdirSync)(this.runDir, { recursive: true });
        this.artifacts = new Artifacts((0,external_node_path_.join)(this.runDir, 'artifacts'));
        const [owner = ''] = this.opts.repository.split('/');
        const github = {
            event_name: event.name,
            event: event.payload,
            ref: event.ref,
            ref_name: event.ref.replace(/^refs\/(heads|tags)\//, ''),
            ref_type: event.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
            ref_protected: false,
            sha: event.sha,
            repository: this.opts.repository,
            repository_owner: owner,
            actor: this.opts.actor ?? 'maintainer',
            triggering_actor: this.opts.actor ?? 'maintainer',
            server_url: this.opts.github.serverUrl,
            api_url: this.opts.github.apiUrl,
            graphql_url: this.opts.github.graphqlUrl,
            workflow: model.name ?? model.file,
            workflow_ref: `${this.opts.repository}/${model.file}@${event.ref}`,
            run_id: '1',
            run_number: '1',
            run_attempt: '1',
            retention_days: '90',
            token: this.opts.github.token,
            head_ref: '',
            base_ref: '',
        };
        const contexts0 = { github, vars: options.vars ?? {}, secrets: {}, inputs: {} };
        const inputs = event.name === 'workflow_dispatch' ? typedInputs(model.dispatchInputs, event.inputs ?? {}, `${model.file} workflow_dispatch`, contexts0) : {};
        const secrets = { GITHUB_TOKEN: this.opts.github.token, ...options.secrets };
        const scope = { model, self: { repository: this.opts.repository, ref: event.sha }, github, inputs, secrets, vars: options.vars ?? {}, env: {}, prefix: '' };
        scope.env = Object.fromEntries(Object.entries(model.env).map(([k, v]) => [k, resolveText(v, { github, inputs, secrets, vars: scope.vars })]));
        const overrides = [];
        this.callOutputs = {};
        const jobs = await this.runJobs(scope, options, overrides);
        const status = overall(jobs);
        return { workflow: model.file, event: event.name, ref: event.ref, status, jobs, outputs: { ...this.callOutputs }, durationMs: Math.round(performance.now() - started), overrides };
    }
    async runJobs(scope, options, overrides) {
        const order = jobOrder(scope.model.jobs);
        const runs = [];
        const byId = new Map();
        for (const id of order) {
            const job = scope.model.jobs.find((j) => j.id === id);
            const needsRuns = job.needs.map((n) => ({ id: n, runs: byId.get(n) ?? [] }));
            const needs = {};
            for (const n of needsRuns) {
                const merged = {};
                for (const r of n.runs)
                    Object.assign(merged, r.outputs);
                needs[n.id] = { outputs: merged, result: jobResult(n.runs) };
            }
            const failedNeed = Object.entries(needs).find(([, v]) => v.result !== 'success');
            const chain = ancestorsOf(id, scope.model.jobs).map((a) => ({ id: a, result: jobResult(byId.get(a) ?? []) }));
            const status = { failed: chain.some((a) => a.result === 'failure'), incomplete: chain.some((a) => a.result !== 'success') };
            const upstream = chain.find((a) => a.result !== 'success');
            const contexts = { github: scope.github, inputs: scope.inputs, secrets: scope.secrets, vars: scope.vars, needs, env: scope.env };
            const key = `${scope.prefix}${id}`;
            const base = { key, id, name: id, status: 'not-run', steps: [], outputs: {}, durationMs: 0, ...(scope.caller ? { caller: scope.caller } : {}) };
            // a need the rehearsal could not do blocks its dependents with the same reason
            const blocked = needsRuns.flatMap((n) => n.runs).find((r) => r.status === 'skipped' && r.blocking !== false);
            let cond;
            try {
                cond = truthy(job.if, contexts, status);
            }
            catch (err) {
                const run = { ...base, status: 'failed', reason: `if: ${err.message}` };
                runs.push(run);
                byId.set(id, [run]);
                continue;
            }
            if (!cond) {
                // would it have run, had the blocking need been done? then it is skipped for the same reason
                let wouldRun = false;
                if (blocked) {
                    try {
                        wouldRun = truthy(job.if, asDone(contexts, needsRuns), { failed: false });
                    }
                    catch {
                        wouldRun = false;
                    }
                }
                const run = blocked && wouldRun
                    ? { ...base, status: 'skipped', blocking: true, reason: `needs ${blocked.id}, which was skipped: ${blocked.reason ?? ''}`, ...(blocked.install ? { install: blocked.install } : {}) }
                    : {
                        ...base,
                        status: 'not-run',
                        reason: failedNeed && !blocked
                            ? `needs ${failedNeed[0]}, which ${failedNeed[1].result === 'failure' ? 'failed' : 'did not run'}`
                            : upstream && !blocked && job.if === 'success()'
                                ? `${upstream.id}, further up its needs, ${upstream.result === 'failure' ? 'failed' : 'did not run'}: GitHub's success() looks at the whole chain (an if: with !cancelled() and the needed results lets it run)`
                                : `if: ${job.if} is false`,
                    };
                this.opts.onJob?.('end', run);
                runs.push(run);
                byId.set(id, [run]);
                continue;
            }
            const leftOut = options.leaveOut?.[id];
            if (leftOut !== undefined) {
                const run = { ...base, status: 'skipped', blocking: false, reason: `left out by the rehearsal: ${leftOut}` };
                this.opts.onJob?.('end', run);
                runs.push(run);
                byId.set(id, [run]);
                continue;
            }
            if (job.uses) {
                let cap;
                try {
                    cap = jobPermissions(job.permissions, scope.model.permissions, `${scope.model.file} job ${id}`, scope.cap);
                }
                catch (err) {
                    const run = { ...base, status: 'failed', reason: err.message };
                    runs.push(run);
                    byId.set(id, [run]);
                    continue;
                }
                const inner = await this.runCall(job, scope, contexts, options, overrides, cap);
                runs.push(...inner.runs);
                const callRun = { ...base, status: overall(inner.runs), steps: [], outputs: inner.outputs, durationMs: inner.runs.reduce((s, r) => s + r.durationMs, 0) };
                for (const [name, value] of Object.entries(inner.outputs))
                    this.callOutputs[`${callRun.key}.${name}`] = value;
                if (callRun.status === 'skipped')
                    callRun.blocking = inner.runs.some((r) => r.status === 'skipped' && r.blocking !== false);
                byId.set(id, [callRun]);
                continue;
            }
            // a matrix makes one run per combination
            let legs = [undefined];
            let failFast = true;
            if (job.strategy !== undefined) {
                let strategy;
                try {
                    strategy = resolveValue(job.strategy, contexts);
                }
                catch (err) {
                    const run = { ...base, status: 'failed', reason: `strategy: ${err.message}` };
                    runs.push(run);
                    byId.set(id, [run]);
                    continue;
                }
                const s = (strategy ?? {});
                failFast = s['fail-fast'] !== false;
                if (s['matrix'] !== undefined)
                    legs = expandMatrix(s['matrix']);
            }
            const legRuns = [];
            for (const [i, matrix] of legs.entries()) {
                if (failFast && legRuns.some((r) => r.status === 'failed')) {
                    legRuns.push({ ...base, key: `${key} (${i + 1})`, status: 'not-run', reason: 'cancelled: another leg of the matrix failed (fail-fast)' });
                    continue;
                }
                legRuns.push(await this.runStepsJob(job, scope, contexts, matrix, legs.length, key));
            }
            runs.push(...legRuns);
            byId.set(id, legRuns);
        }
        return runs;
    }
    /** A job that calls a reusable workflow: its inputs and secrets, then the called jobs. */
    async runCall(job, scope, contexts, options, overrides, cap) {
        const called = job.workflow;
        const fail = (reason) => ({
            runs: [{ key: `${scope.prefix}${job.id}`, id: job.id, name: job.id, status: 'failed', reason, steps: [], outputs: {}, durationMs: 0 }],
            outputs: {},
        });
        if (!called)
            return fail(`the rehearsal has no workflow ${job.uses ?? ''}`);
        let withValues;
        let secrets;
        try {
            withValues = Object.fromEntries(Object.entries(job.with).map(([k, v]) => [k, resolveValue(v, contexts)]));
            for (const [k, o] of Object.entries(options.callOverrides?.with ?? {})) {
                if (!(k in called.callInputs))
                    continue;
                withValues[k] = o.value;
                overrides.push(`with ${k}: ${o.why}`);
            }
            secrets = {};
            if (job.secrets === 'inherit')
                Object.assign(secrets, scope.secrets);
            else
                for (const [k, v] of Object.entries(job.secrets))
                    secrets[k] = resolveText(v, contexts);
            for (const [k, o] of Object.entries(options.callOverrides?.secrets ?? {})) {
                if (!(k in called.callSecrets))
                    continue;
                secrets[k] = o.value;
                overrides.push(`secret ${k}: ${o.why}`);
            }
            for (const k of Object.keys(secrets))
                if (!(k in called.callSecrets) && job.secrets !== 'inherit')
                    throw new Error(`secret '${k}' is not defined in ${called.file}`);
            for (const [k, def] of Object.entries(called.callSecrets)) {
                if (def.required && !secrets[k])
                    throw new Error(`secret '${k}' is required by ${called.file}`);
                secrets[k] ??= '';
            }
        }
        catch (err) {
            return fail(err.message);
        }
        let inputs;
        try {
            inputs = typedInputs(called.callInputs, withValues, `${job.id} (${called.file})`, { github: scope.github });
        }
        catch (err) {
            return fail(err.message);
        }
        const innerSecrets = { GITHUB_TOKEN: this.opts.github.token, ...secrets };
        const inner = { model: called, self: calledSelf(job.uses ?? '', scope.self), github: scope.github, inputs, secrets: innerSecrets, vars: scope.vars, env: {}, prefix: `${scope.prefix}${job.id} / `, caller: job.id, cap };
        inner.env = Object.fromEntries(Object.entries(called.env).map(([k, v]) => [k, resolveText(v, { github: scope.github, inputs, secrets: innerSecrets, vars: scope.vars })]));
        const runs = await this.runJobs(inner, options, overrides);
        const jobsCtx = {};
        for (const j of called.jobs) {
            const mine = runs.filter((r) => r.id === j.id && r.caller === job.id);
            const merged = {};
            for (const r of mine)
                Object.assign(merged, r.outputs);
            jobsCtx[j.id] = { outputs: merged, result: mine.length === 0 ? 'skipped' : mine.map(needResult).includes('failure') ? 'failure' : mine.every((r) => needResult(r) === 'success') ? 'success' : 'skipped' };
        }
        const outputs = {};
        for (const [name, v] of Object.entries(called.callOutputs)) {
            try {
                outputs[name] = resolveText(v, { github: scope.github, inputs, jobs: jobsCtx, vars: scope.vars });
            }
            catch {
                outputs[name] = '';
            }
        }
        return { runs, outputs };
    }
    async runStepsJob(job, scope, base, matrix, legs, key) {
        const started = performance.now();
        this.jobCounter += 1;
        const slug = `${String(this.jobCounter).padStart(2, '0')}-${job.id}${matrix ? `-${Object.values(matrix).filter((v) => typeof v === 'string').join('-').replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 40)}` : ''}`;
        const jobDir = (0,external_node_path_.join)(this.runDir, 'jobs', slug);
        const workspace = (0,external_node_path_.join)(jobDir, 'workspace');
        const temp = (0,external_node_path_.join)(jobDir, 'temp');
        const home = (0,external_node_path_.join)(jobDir, 'home');
        for (const d of [workspace, temp, home])
            (0,external_node_fs_.mkdirSync)(d, { recursive: true });
        const logFile = (0,external_node_path_.join)(jobDir, 'log.txt');
        const log = (line) => (0,external_node_fs_.appendFileSync)(logFile, `${line}\n`);
        const github = { ...scope.github, job: job.id, workspace };
        const runner = { os: 'Linux', arch: 'X64', name: 'rehearsal', temp, tool_cache: (0,external_node_path_.join)(jobDir, 'toolcache'), environment: 'github-hosted', debug: '' };
        const contexts = { ...base, github, matrix: matrix ?? null, strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': legs, 'max-parallel': legs }, runner, job: { status: 'success' }, steps: {} };
        const run = { key, id: job.id, name: job.id, status: 'passed', steps: [], outputs: {}, durationMs: 0, workspace, ...(scope.caller ? { caller: scope.caller } : {}), ...(matrix ? { matrix } : {}) };
        try {
            if (job.name !== undefined)
                run.name = resolveText(job.name, contexts);
            if (matrix && job.name === undefined)
                run.name = `${job.id} (${Object.values(matrix).map(asText).join(', ')})`;
            if (matrix)
                run.key = `${scope.prefix}${run.name}`;
            const token = this.jobToken(job, scope, run);
            github['token'] = token;
            contexts['secrets'] = { ...scope.secrets, GITHUB_TOKEN: token };
            if (job.runsOn !== undefined)
                run.runsOn = asText(resolveValue(job.runsOn, contexts));
            if (job.environment !== undefined) {
                const env = resolveValue(job.environment, contexts);
                const name = env !== null && typeof env === 'object' && !Array.isArray(env) ? asText(env['name'] ?? '') : asText(env);
                if (name)
                    run.environment = name;
            }
            const jobEnv = { ...scope.env, ...Object.fromEntries(Object.entries(job.env).map(([k, v]) => [k, resolveText(v, contexts)])) };
            contexts['env'] = jobEnv;
            this.opts.onJob?.('start', run);
            const steps = {};
            contexts['steps'] = steps;
            const eventFile = (0,external_node_path_.join)(temp, '_github_workflow', 'event.json');
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(eventFile), { recursive: true });
            (0,external_node_fs_.writeFileSync)(eventFile, JSON.stringify(github['event'] ?? {}));
            let failed = false;
            let skippedBy;
            const logins = new Map();
            const state = { workspace, temp, home, log, logins, jobEnv, self: scope.self, token, path: [], defaults: runDefaultsOf(scope.model, job), eventFile };
            for (const step of job.steps) {
                const s = await this.runStep(job, run, step, contexts, { failed }, skippedBy, state);
                run.steps.push(s);
                if (s.status === 'failed')
                    failed = true;
                if (s.status === 'skipped' && !skippedBy)
                    skippedBy = s;
                const outcome = s.status === 'passed' ? 'success' : s.status === 'failed' ? 'failure' : 'skipped';
                steps[step.id] = { outputs: s.outputs, outcome, conclusion: outcome };
                contexts['job']['status'] = failed ? 'failure' : 'success';
            }
            const failedStep = run.steps.find((s) => s.status === 'failed');
            const refused = this.opts.tokens?.problems(run.key) ?? [];
            if (refused.length > 0) {
                // named first: a refused call is why the job failed, or what an action swallowed
                run.status = 'failed';
                run.reason = `job ${run.key}: ${refused.join('; ')}${failedStep ? ` (then ${failedStep.name}: ${failedStep.reason ?? failedStep.errors[0] ?? 'failed'})` : ''}`;
            }
            else if (failedStep) {
                run.status = 'failed';
                run.reason = `${failedStep.name}: ${failedStep.reason ?? failedStep.errors[0] ?? 'failed'}`;
            }
            else if (skippedBy) {
                run.status = 'skipped';
                run.reason = `${skippedBy.name}: ${skippedBy.reason ?? ''}`;
                run.blocking = skippedBy.blocking !== false;
                if (skippedBy.install)
                    run.install = skippedBy.install;
            }
            for (const [name, v] of Object.entries(job.outputs)) {
                try {
                    run.outputs[name] = resolveText(v, contexts);
                }
                catch (err) {
                    run.outputs[name] = '';
                    log(`output ${name}: ${err.message}`);
                }
            }
        }
        catch (err) {
            run.status = 'failed';
            run.reason = err.message;
        }
        run.durationMs = Math.round(performance.now() - started);
        this.opts.onJob?.('end', run);
        return run;
    }
    async runStep(job, run, step, contexts, status, skippedBy, j) {
        const started = performance.now();
        const name = (() => {
            try {
                return step.name !== undefined ? resolveText(step.name, contexts, status) : step.uses ? `Run ${step.uses}` : `Run ${String(step.run ?? '').split('\n')[0]}`;
            }
            catch {
                return step.id;
            }
        })();
        const self = step.uses ? selfAction(step.uses, j.self) : undefined;
        const kind = step.uses ? (this.suiteActionName(step.uses) || (self && 'name' in self) ? 'suite-action' : 'stand-in') : 'script';
        const result = { id: step.id, name, kind, status: 'passed', outputs: {}, notes: [], errors: [], durationMs: 0, ...(step.uses ? { uses: step.uses } : {}) };
        const finish = () => {
            result.durationMs = Math.round(performance.now() - started);
            j.log(`[${result.status}] ${name}${result.reason ? `: ${result.reason}` : ''}`);
            return result;
        };
        try {
            if (!truthy(step.if, contexts, status)) {
                result.status = 'not-run';
                result.reason = `if: ${step.if} is false`;
                return finish();
            }
            if (skippedBy) {
                result.status = 'skipped';
                result.reason = `follows the skipped step "${skippedBy.name}"`;
                result.blocking = skippedBy.blocking !== false;
                return finish();
            }
            const stepEnv = { ...j.jobEnv, ...Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, resolveText(v, contexts, status)])) };
            const stepContexts = { ...contexts, env: stepEnv };
            const inputs = Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, resolveText(v, stepContexts, status)]));
            const workingDirectory = step.workingDirectory ?? (step.run !== undefined ? j.defaults?.workingDirectory : undefined);
            const cwd = workingDirectory !== undefined ? (0,external_node_path_.resolve)(j.workspace, resolveText(workingDirectory, stepContexts, status)) : j.workspace;
            const ctx = {
                job,
                jobKey: run.key,
                step,
                inputs,
                env: stepEnv,
                workspace: j.workspace,
                temp: j.temp,
                home: j.home,
                cwd,
                repository: this.opts.repository,
                github: { serverUrl: this.opts.github.serverUrl, apiUrl: this.opts.github.apiUrl, token: j.token, barePath: this.opts.github.barePath },
                ...(this.opts.registry ? { registry: this.opts.registry } : {}),
                ...(this.opts.registryMissing ? { registryMissing: this.opts.registryMissing } : {}),
                ...(this.opts.sigstore ? { sigstore: this.opts.sigstore } : {}),
                artifacts: this.artifacts,
                logins: j.logins,
                event: { name: asText(contexts['github']['event_name'] ?? ''), ref: asText(contexts['github']['ref'] ?? ''), sha: asText(contexts['github']['sha'] ?? '') },
                log: j.log,
            };
            let outcome;
            if (self && 'missing' in self)
                outcome = { status: 'skipped', blocking: true, reason: self.missing };
            else if (self) {
                result.notes.push(self.note);
                outcome = await this.runSuiteAction(self.name, ctx, stepContexts, result);
            }
            else if (step.uses) {
                const suite = this.suiteActionName(step.uses);
                if (suite)
                    outcome = await this.runSuiteAction(suite, ctx, stepContexts, result);
                else {
                    const standIn = actionStandIn(step.uses, Object.keys(step.with));
                    if (!standIn)
                        outcome = { status: 'skipped', blocking: true, reason: `no stand-in for ${step.uses.split('@')[0]}: the rehearsal cannot do this step` };
                    else {
                        result.notes.push(`stand-in for ${standIn.key}: ${standIn.spec.description}`, ...standIn.notes);
                        result.standIn = { instead: standIn.key, didNot: standIn.spec.didNot };
                        outcome = await standIn.spec.run(ctx);
                    }
                }
            }
            else {
                outcome = await this.runScriptStep(job, step, ctx, stepContexts, status, j, result);
            }
            result.status = outcome.status;
            if (outcome.outputs)
                result.outputs = outcome.outputs;
            if (outcome.notes)
                result.notes.push(...outcome.notes);
            if (outcome.didNot && result.standIn)
                result.standIn.didNot = outcome.didNot;
            if (outcome.summary)
                (0,external_node_fs_.appendFileSync)((0,external_node_path_.join)(j.temp, 'step-summary.md'), outcome.summary);
            // GITHUB_ENV and GITHUB_PATH reach the job's later steps (the runner's global env and PrependPath)
            for (const [k, v] of outcome.env ?? [])
                j.jobEnv[k] = v;
            if (outcome.path?.length)
                j.path.splice(0, j.path.length, ...prependPath(j.path, outcome.path));
            if (outcome.reason)
                result.reason = outcome.reason;
            if (outcome.status === 'failed' && outcome.reason && result.errors.length === 0)
                result.errors.push(outcome.reason);
            if (outcome.status === 'skipped') {
                result.blocking = outcome.blocking !== false;
                if (outcome.install)
                    result.install = outcome.install;
            }
            const continueOnError = resolveValue(step.continueOnError, stepContexts, status);
            if (outcome.status === 'failed' && (continueOnError === true || continueOnError === 'true')) {
                result.notes.push('continue-on-error: the job goes on');
                result.status = 'passed';
            }
        }
        catch (err) {
            result.status = 'failed';
            result.reason = err.message;
            result.errors.push(result.reason);
        }
        return finish();
    }
    /**
     * A `run:` step: run for real with its shell, unless it calls a program the rehearsal does
     * not run (gh, docker, kubectl, …): then its TypeScript stand-in, or skipped without one.
     */
    async runScriptStep(job, step, ctx, contexts, status, j, result) {
        // GitHub substitutes ${{ }} into the script before the runner writes it to a file
        const script = resolveText(step.run ?? '', contexts, status);
        const basePath = pathWith(j.path, process.env['PATH'] ?? '');
        const outside = outsideCommands(script, basePath);
        if (outside.length > 0) {
            const why = outside.map((o) => `${o.command}: ${o.reason}`).join('; ');
            const standIn = scriptStandIn(job.id, step.explicitId ? step.id : undefined, step.name !== undefined ? result.name : undefined);
            if (!standIn)
                return { status: 'skipped', blocking: true, reason: `not run: it calls ${why}, and the rehearsal has no stand-in for this step` };
            result.kind = 'script-stand-in';
            result.notes.push(`stand-in (${why}): ${standIn.description}`);
            result.standIn = { instead: outside.map((o) => o.command).join(', '), reason: outside.map((o) => o.reason).join('; '), didNot: standIn.didNot };
            return standIn.run(ctx);
        }
        const shellValue = step.shell ?? j.defaults?.shell;
        const shell = shellCommand(shellValue !== undefined ? resolveText(shellValue, contexts, status) : undefined, basePath);
        const env = {
            PATH: basePath,
            HOME: j.home,
            LANG: 'C.UTF-8',
            ...this.opts.actionEnv,
            ...runnerVariables(contexts, step, j, this.opts.actor ?? 'maintainer'),
            ...ctx.env,
        };
        const masks = [j.token, ...Object.values((contexts['secrets'] ?? {}))];
        // GitHub's default step timeout is the job's (360 minutes); the rehearsal's is 5 minutes unless the step says
        const minutes = step.timeoutMinutes !== undefined ? Number(asText(resolveValue(step.timeoutMinutes, contexts, status))) : NaN;
        const timeoutMs = Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : 300_000;
        const ran = await runScript({ script, shell, cwd: ctx.cwd, env, temp: j.temp, id: step.id, masks, timeoutMs });
        result.notes.push(`ran with ${shell.argv.join(' ')}`, ...ran.warnings.map((w) => `warning: ${w}`), ...ran.notices.map((n) => `notice: ${n}`));
        result.errors.push(...ran.errors);
        const files = { outputs: ran.outputs, env: ran.env, path: ran.path, ...(ran.summary ? { summary: ran.summary } : {}) };
        if (ran.fileCommandError)
            return { ...files, status: 'failed', reason: `unable to process file command: ${ran.fileCommandError}` };
        if (ran.timedOut)
            return { ...files, status: 'failed', reason: `the step has timed out after ${timeoutMs / 60_000} minute(s) (timeout-minutes)` };
        if (ran.exitCode !== 0) {
            const last = (ran.stderr || ran.stdout).trim().split('\n').filter((l) => !l.startsWith('::')).slice(-1)[0] ?? '';
            return { ...files, status: 'failed', reason: `${ran.errors[0] ?? (last || 'the script failed')} (process completed with exit code ${ran.exitCode})` };
        }
        return { ...files, status: 'passed' };
    }
    /**
     * The job's GITHUB_TOKEN: minted from its permissions when the engine has `tokens`, else the
     * one token of the world. Throws on a `permissions:` GitHub would refuse.
     */
    jobToken(job, scope, run) {
        const perms = jobPermissions(job.permissions, scope.model.permissions, `${scope.model.file} job ${job.id}`, scope.cap);
        if (!this.opts.tokens)
            return this.opts.github.token;
        run.permissions = showPermissions(perms);
        return this.opts.tokens.mint(run.key, perms);
    }
    /** `name` of a suite action reference, else undefined. */
    suiteActionName(uses) {
        const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
        if (local?.[1])
            return local[1];
        const at = uses.lastIndexOf('@');
        const target = (at < 0 ? uses : uses.slice(0, at)).toLowerCase();
        const m = new RegExp(`^${SUITE_REPO.replace('/', '\\/')}\\/actions\\/([a-z0-9-]+)$`).exec(target);
        return m?.[1];
    }
    /** Where a suite action is, or why it is not available. */
    locateAction(name) {
        const given = this.opts.actions?.[name];
        if (given)
            return given;
        const actionYml = (0,external_node_path_.join)(this.opts.suiteRoot, 'actions', name, 'action.yml');
        if (!(0,external_node_fs_.existsSync)(actionYml))
            return { missing: `actions/${name} is not available yet (no actions/${name}/action.yml in ${this.opts.suiteRoot})` };
        let main;
        try {
            const yml = (0,dist.parse)((0,external_node_fs_.readFileSync)(actionYml, 'utf8'));
            main = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(actionYml), yml.runs?.main ?? '');
        }
        catch (err) {
            return { missing: `actions/${name}/action.yml does not parse: ${err.message}` };
        }
        if (!(0,external_node_fs_.existsSync)(main))
            return { missing: `actions/${name} is not built (${main} is missing): run npm run build` };
        return { actionYml, main };
    }
    async runSuiteAction(name, ctx, contexts, result) {
        const where = this.locateAction(name);
        if ('missing' in where)
            return { status: 'skipped', blocking: true, reason: where.missing };
        if (where.note)
            result.notes.push(where.note);
        let inputs = ctx.inputs;
        const adjusted = this.opts.adjustInputs?.({ job: ctx.job.id, step: ctx.step, action: name, inputs });
        if (adjusted) {
            inputs = adjusted.inputs;
            result.notes.push(adjusted.note);
        }
        const github = contexts['github'];
        const run = await runAction({
            actionYml: where.actionYml,
            main: where.main,
            inputs,
            workspace: ctx.workspace,
            repository: this.opts.repository,
            eventName: asText(github['event_name'] ?? 'push'),
            event: github['event'],
            ref: asText(github['ref'] ?? ''),
            sha: asText(github['sha'] ?? ''),
            token: ctx.github.token,
            apiUrl: this.opts.github.apiUrl,
            serverUrl: this.opts.github.serverUrl,
            graphqlUrl: this.opts.github.graphqlUrl,
            timeoutMs: this.opts.actionTimeoutMs ?? 300_000,
            env: {
                HOME: ctx.home,
                ...this.opts.actionEnv,
                ...ctx.env,
                RUNNER_TEMP: ctx.temp,
                GITHUB_JOB: ctx.job.id,
                GITHUB_ACTION: ctx.step.id,
                GITHUB_ACTOR: this.opts.actor ?? 'maintainer',
                GITHUB_WORKFLOW: asText(github['workflow'] ?? ''),
            },
        }).catch((err) => err);
        if (run instanceof Error)
            return { status: 'failed', reason: run.message.split('\n')[0] ?? run.message };
        const logFile = (0,external_node_path_.join)(ctx.temp, `${ctx.step.id.replace(/[^A-Za-z0-9_.-]/g, '_')}.log`);
        (0,external_node_fs_.writeFileSync)(logFile, `${run.stdout}\n${run.stderr}`);
        // the runner's file commands, kept beside the log: what a maintainer reads after --keep, and what a secrets test greps
        for (const kind of ['output', 'env', 'state'])
            if (run.files[kind])
                (0,external_node_fs_.writeFileSync)(logFile.replace(/\.log$/, `.${kind}`), run.files[kind]);
        if (run.summary)
            (0,external_node_fs_.appendFileSync)((0,external_node_path_.join)(ctx.temp, 'step-summary.md'), run.summary);
        result.errors.push(...run.errors.map((e) => e.message));
        for (const w of run.annotations.filter((a) => a.level === 'warning'))
            result.notes.push(`warning: ${w.message}`);
        // exportVariable reaches the job's later steps, as GITHUB_ENV does
        const env = Object.entries(run.exportedEnv);
        if (run.exitCode !== 0)
            return { status: 'failed', outputs: run.outputs, env, reason: run.errors[0]?.message ?? (`exit ${run.exitCode}: ${(run.stderr || run.stdout).trim().split('\n').slice(-1)[0] ?? ''}`) };
        return { status: 'passed', outputs: run.outputs, env };
    }
}
/** A run's status from its jobs: failed over skipped over passed; a run with nothing run is not-run. */
function overall(jobs) {
    if (jobs.some((j) => j.status === 'failed'))
        return 'failed';
    if (jobs.some((j) => j.status === 'skipped'))
        return 'skipped';
    if (jobs.some((j) => j.status === 'passed'))
        return 'passed';
    return 'not-run';
}

;// CONCATENATED MODULE: ./actions/lib/config/release-image.ts
/**
 * Which image a release publishes — one rule for release.yaml's preflight (verify-release
 * `phase: order`, once the configuration can be read) and the rehearsal: the caller's `image`
 * input when it gave one (`none`: no image), else the configuration's first `images:` entry
 * (`images: []`: none), else ghcr.io/OWNER/REPO. Pure.
 */
/** The `image` input of a repository that releases its chart alone (llm-d-infra): no image. */
const NO_IMAGE = 'none';
function chooseReleaseImage(input, config, repository) {
    if (input === NO_IMAGE)
        return { image: '', source: 'none-input' };
    if (input)
        return { image: input, source: 'input' };
    if (config.imagesConfigured)
        return { image: (config.images[0] ?? '').toLowerCase(), source: 'config' };
    return { image: `ghcr.io/${repository.toLowerCase()}`, source: 'default' };
}

// EXTERNAL MODULE: ./src/doctor/workflows.ts
var workflows = __webpack_require__(43413);
;// CONCATENATED MODULE: ./src/rehearse/image-name.ts
/**
 * The image a repository's release publishes, as the repository itself says it, and the same
 * name in the rehearsal's local registry. The release pushes what its call of release.yaml
 * names (`image:`), else — as the actions read it — the configuration's first `images:` entry
 * (`ghcr.io/OWNER/REPO` without one). The rehearsal runs the suite's own caller, so it must find
 * that name here, or it would push one image while the chart it packages deploys another.
 */




function image_name_workflows(dir) {
    const folder = (0,external_node_path_.join)(dir, '.github', 'workflows');
    if (!(0,external_node_fs_.existsSync)(folder))
        return new Map();
    const files = (0,external_node_fs_.readdirSync)(folder).filter((f) => /\.ya?ml$/.test(f)).sort();
    return new Map(files.map((f) => [`.github/workflows/${f}`, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, f), 'utf8')]));
}
/** The caller's literal `image:` input, else the configuration's first image; none (`image: none`, `images: []`) is '' — release.yaml's rule. */
function releaseImage(dir, config) {
    // a name computed when the workflow runs cannot be known here
    const caller = (0,workflows/* summariseWorkflows */.pL)(image_name_workflows(dir))
        .callers.map((c) => ({ c, input: c.with['image']?.trim() ?? '' }))
        .find((x) => x.input && !x.input.includes('${{'));
    const { image, source } = chooseReleaseImage(caller?.input ?? '', config, `${config.owner}/${config.repo}`);
    const from = caller && source === 'none-input'
        ? `${caller.c.path}:${caller.c.line} image: none`
        : caller
            ? `${caller.c.path}:${caller.c.line} image input`
            : source === 'config'
                ? `${config.source ?? 'the configuration'} images${image ? '' : ': []'}`
                : "the actions' default (ghcr.io/OWNER/REPO)";
    return { name: image.toLowerCase(), from };
}
/** The image's path under the local registry's host: `ghcr.io/llm-d/x` → `127.0.0.1:5000/llm-d/x`. */
function localImage(image, host) {
    const [first = '', ...rest] = image.split('/');
    const hasRegistry = rest.length > 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    return `${host}/${hasRegistry ? rest.join('/') : image}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 20 modules
var utils = __webpack_require__(78665);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./actions/lib/github/client.ts
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
const MAX_RATE_LIMIT_WAIT_S = (/* unused pure expression or super */ null && (15 * 60));
function client_createGitHubClient(opts) {
    const scale = opts.retryScale ?? retryScale();
    const retries = opts.retries ?? 3;
    const timeoutMs = opts.timeoutMs ?? requestTimeoutMs();
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
    return getOctokit(opts.token, {
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
    }, retry, throttling);
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
    return actionsDefaults.request?.fetch ?? globalThis.fetch;
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
            global: new Bottleneck.Group({ id: 'octokit-global', maxConcurrent: 10, ...common }),
            auth: new Bottleneck.Group({ id: 'octokit-auth', maxConcurrent: 1, ...common }),
            search: new Bottleneck.Group({ id: 'octokit-search', maxConcurrent: 1, minTime: 2000 * scale, ...common }),
            write: new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: 1000 * scale, ...common }),
            notifications: new Bottleneck.Group({ id: 'octokit-notifications', maxConcurrent: 1, minTime: 3000 * scale, ...common }),
        };
        groupsByScale.set(scale, groups);
    }
    return groups;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./test/support/github/state.ts
/**
 * The emulator's memory of everything that is not in a git repository.
 * Records hold plain data (names, numbers, ISO dates) so that tests can read
 * them directly and `snapshot()` can compare them; builders turn them into
 * GitHub's JSON objects.
 */
/** GitHub formats timestamps without milliseconds. */
function isoNow() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Node ids look opaque on GitHub; these carry a prefix per type like the real ones. */
function nodeId(prefix, id) {
    return `${prefix}_${Buffer.from(`emulator:${id}`).toString('base64url')}`;
}
function repoKey(fullName) {
    return fullName.toLowerCase();
}
/** The issue-like number for a new issue, pull request or discussion. */
function takeNumber(repo) {
    const n = repo.nextNumber;
    repo.nextNumber += 1;
    return n;
}

;// CONCATENATED MODULE: ./test/support/github/builders/users.ts

/** The identity GITHUB_TOKEN acts as. */
const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, nodeId: 'MDM6Qm90NDE4OTgyODI=', type: 'Bot' };
function userRecord(login, known) {
    if (login === known.login)
        return known;
    let hash = 0;
    for (const c of login)
        hash = (hash * 31 + c.charCodeAt(0)) % 9_000_000;
    const id = 1_000_000 + hash;
    return { login, id, nodeId: nodeId('U', id), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}
function simpleUser(urls, user) {
    const api = `${urls.api}/users/${encodeURIComponent(user.login)}`;
    const html = user.type === 'Bot' ? `${urls.server}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${urls.server}/${user.login}`;
    return {
        login: user.login,
        id: user.id,
        node_id: user.nodeId,
        avatar_url: `${urls.server}/avatars/u/${user.id}?v=4`,
        gravatar_id: '',
        url: api,
        html_url: html,
        followers_url: `${api}/followers`,
        following_url: `${api}/following{/other_user}`,
        gists_url: `${api}/gists{/gist_id}`,
        starred_url: `${api}/starred{/owner}{/repo}`,
        subscriptions_url: `${api}/subscriptions`,
        organizations_url: `${api}/orgs`,
        repos_url: `${api}/repos`,
        events_url: `${api}/events{/privacy}`,
        received_events_url: `${api}/received_events`,
        type: user.type,
        user_view_type: 'public',
        site_admin: false,
    };
}

;// CONCATENATED MODULE: ./test/support/github/builders/repos.ts


function repoApiUrl(urls, repo) {
    return `${urls.api}/repos/${repo.fullName}`;
}
function repoHtmlUrl(urls, repo) {
    return `${urls.server}/${repo.fullName}`;
}
function ownerRecord(repo, viewer) {
    const owner = userRecord(repo.owner, viewer);
    return { ...owner, nodeId: nodeId('O', owner.id) };
}
function repos_repository(urls, repo, viewer) {
    const api = repoApiUrl(urls, repo);
    const html = repoHtmlUrl(urls, repo);
    const host = new URL(urls.server).host;
    const openIssues = repo.issues.filter((i) => i.state === 'open').length;
    return {
        id: repo.id,
        node_id: repo.nodeId,
        name: repo.name,
        full_name: repo.fullName,
        owner: simpleUser(urls, ownerRecord(repo, viewer)),
        private: repo.private,
        html_url: html,
        description: null,
        fork: false,
        url: api,
        archive_url: `${api}/{archive_format}{/ref}`,
        assignees_url: `${api}/assignees{/user}`,
        blobs_url: `${api}/git/blobs{/sha}`,
        branches_url: `${api}/branches{/branch}`,
        collaborators_url: `${api}/collaborators{/collaborator}`,
        comments_url: `${api}/comments{/number}`,
        commits_url: `${api}/commits{/sha}`,
        compare_url: `${api}/compare/{base}...{head}`,
        contents_url: `${api}/contents/{+path}`,
        contributors_url: `${api}/contributors`,
        deployments_url: `${api}/deployments`,
        downloads_url: `${api}/downloads`,
        events_url: `${api}/events`,
        forks_url: `${api}/forks`,
        git_commits_url: `${api}/git/commits{/sha}`,
        git_refs_url: `${api}/git/refs{/sha}`,
        git_tags_url: `${api}/git/tags{/sha}`,
        git_url: `git://${host}/${repo.fullName}.git`,
        issue_comment_url: `${api}/issues/comments{/number}`,
        issue_events_url: `${api}/issues/events{/number}`,
        issues_url: `${api}/issues{/number}`,
        keys_url: `${api}/keys{/key_id}`,
        labels_url: `${api}/labels{/name}`,
        languages_url: `${api}/languages`,
        merges_url: `${api}/merges`,
        milestones_url: `${api}/milestones{/number}`,
        notifications_url: `${api}/notifications{?since,all,participating}`,
        pulls_url: `${api}/pulls{/number}`,
        releases_url: `${api}/releases{/id}`,
        ssh_url: `git@${host}:${repo.fullName}.git`,
        stargazers_url: `${api}/stargazers`,
        statuses_url: `${api}/statuses/{sha}`,
        subscribers_url: `${api}/subscribers`,
        subscription_url: `${api}/subscription`,
        tags_url: `${api}/tags`,
        teams_url: `${api}/teams`,
        trees_url: `${api}/git/trees{/sha}`,
        clone_url: `${html}.git`,
        mirror_url: null,
        hooks_url: `${api}/hooks`,
        svn_url: html,
        homepage: null,
        language: null,
        forks_count: 0,
        forks: 0,
        stargazers_count: 0,
        watchers_count: 0,
        watchers: 0,
        size: 0,
        default_branch: repo.defaultBranch,
        open_issues_count: openIssues,
        open_issues: openIssues,
        is_template: false,
        topics: [],
        has_issues: true,
        has_projects: true,
        has_wiki: true,
        has_pages: false,
        has_downloads: true,
        has_discussions: repo.discussionCategories.length > 0,
        archived: false,
        disabled: false,
        visibility: repo.private ? 'private' : 'public',
        pushed_at: repo.createdAt,
        created_at: repo.createdAt,
        updated_at: repo.createdAt,
        license: null,
        permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
        allow_rebase_merge: true,
        allow_squash_merge: true,
        allow_merge_commit: true,
        allow_auto_merge: false,
        delete_branch_on_merge: false,
        allow_forking: true,
        web_commit_signoff_required: false,
    };
}
function fullRepository(urls, repo, viewer) {
    const base = repos_repository(urls, repo, viewer);
    return {
        ...base,
        pushed_at: repo.createdAt,
        created_at: repo.createdAt,
        updated_at: repo.createdAt,
        has_discussions: repo.discussionCategories.length > 0,
        subscribers_count: 0,
        network_count: 0,
        allow_update_branch: false,
        use_squash_pr_title_as_default: false,
        squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
        squash_merge_commit_message: 'COMMIT_MESSAGES',
        merge_commit_title: 'MERGE_MESSAGE',
        merge_commit_message: 'PR_TITLE',
    };
}

;// CONCATENATED MODULE: ./test/support/github/builders/releases.ts


const enc = (s) => encodeURIComponent(s);
/** Drafts have no tag yet; GitHub shows them under an `untagged-` name. */
function htmlTag(release) {
    return release.draft ? `untagged-${release.nodeId.slice(-12).toLowerCase()}` : release.tagName;
}
function assetDownloadUrl(urls, repo, release, asset) {
    return `${repoHtmlUrl(urls, repo)}/releases/download/${enc(htmlTag(release))}/${enc(asset.name)}`;
}
function releaseAsset(urls, repo, release, asset, viewer) {
    return {
        url: `${repoApiUrl(urls, repo)}/releases/assets/${asset.id}`,
        browser_download_url: assetDownloadUrl(urls, repo, release, asset),
        id: asset.id,
        node_id: asset.nodeId,
        name: asset.name,
        label: asset.label,
        state: 'uploaded',
        content_type: asset.contentType,
        size: asset.size,
        digest: `sha256:${asset.sha256}`,
        download_count: asset.downloadCount,
        created_at: asset.createdAt,
        updated_at: asset.updatedAt,
        uploader: simpleUser(urls, userRecord(asset.uploader, viewer)),
    };
}
function release(urls, repo, r, viewer) {
    const api = repoApiUrl(urls, repo);
    const uploads = `${urls.uploads}/repos/${repo.fullName}`;
    return {
        url: `${api}/releases/${r.id}`,
        html_url: `${repoHtmlUrl(urls, repo)}/releases/tag/${enc(htmlTag(r))}`,
        assets_url: `${api}/releases/${r.id}/assets`,
        upload_url: `${uploads}/releases/${r.id}/assets{?name,label}`,
        tarball_url: r.draft ? null : `${api}/tarball/${enc(r.tagName)}`,
        zipball_url: r.draft ? null : `${api}/zipball/${enc(r.tagName)}`,
        ...(r.discussionNumber !== null ? { discussion_url: `${repoHtmlUrl(urls, repo)}/discussions/${r.discussionNumber}` } : {}),
        id: r.id,
        node_id: r.nodeId,
        tag_name: r.tagName,
        target_commitish: r.targetCommitish,
        name: r.name,
        body: r.body,
        draft: r.draft,
        prerelease: r.prerelease,
        immutable: r.immutable ?? false,
        created_at: r.createdAt,
        published_at: r.publishedAt,
        updated_at: r.updatedAt,
        author: simpleUser(urls, userRecord(r.author, viewer)),
        assets: r.assets.map((a) => releaseAsset(urls, repo, r, a, viewer)),
    };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(dist_ajv);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./test/support/github/contract.ts


const COMPONENT_ID = 'https://github-emulator.invalid/components/';
/** Statuses GitHub answers on any operation whether documented or not. */
const UNIVERSAL_STATUSES = new Set([401, 403, 404, 422, 500, 502, 503]);
let shared;
function contractFor(spec) {
    shared ??= new Contract(spec);
    return shared;
}
class Contract {
    spec;
    bodies = newAjv(false);
    params = newAjv(true);
    validators = new Map();
    added = new WeakMap();
    constructor(spec) {
        this.spec = spec;
    }
    checkRequest(op, params, query, body) {
        const findings = [];
        for (const place of ['path', 'query']) {
            const declared = op.parameters.filter((p) => p.in === place);
            const values = {};
            for (const p of declared) {
                const v = place === 'path' ? params[p.name] : (query.get(p.name) ?? undefined);
                if (v !== undefined)
                    values[p.name] = v;
            }
            const key = `${op.operationId} ${place}`;
            const validate = this.compile(this.params, key, () => ({
                type: 'object',
                properties: Object.fromEntries(declared.map((p) => [p.name, p.schema ?? {}])),
                required: declared.filter((p) => p.required).map((p) => p.name),
            }));
            if (!validate(values))
                findings.push(...toFindings(place === 'path' ? 'params' : 'query', validate.errors));
        }
        const content = op.requestBody?.content ?? {};
        const jsonSchema = content['application/json']?.schema;
        if (op.requestBody?.required && !body.present) {
            findings.push({ where: 'body', pointer: '', message: 'request body is required' });
        }
        else if (body.present && jsonSchema) {
            if (body.parseError !== undefined) {
                findings.push({ where: 'body', pointer: '', message: `body is not JSON: ${body.parseError}` });
            }
            else {
                const validate = this.compile(this.bodies, `${op.operationId} body`, () => jsonSchema);
                if (!validate(body.json))
                    findings.push(...toFindings('body', validate.errors));
            }
        }
        else if (body.present && Object.keys(content).length === 0 && op.method !== 'DELETE') {
            findings.push({ where: 'body', pointer: '', message: 'operation takes no request body' });
        }
        return findings;
    }
    checkResponse(op, status, contentType, body) {
        let response = op.responses[String(status)];
        if (!response && UNIVERSAL_STATUSES.has(status))
            response = { content: { 'application/json': { schema: { $ref: '#/components/schemas/basic-error' } } } };
        if (!response)
            return [{ where: 'response', status, pointer: '', message: `status ${status} is not documented for ${op.operationId}` }];
        const ref = response.$ref;
        if (ref)
            response = this.spec.components.responses[ref.split('/').pop()] ?? {};
        const content = (response.content ?? {});
        const mediaType = (contentType ?? '').split(';')[0].trim();
        if (!/json/.test(mediaType) || body === undefined)
            return [];
        const chosen = content[mediaType] ?? Object.entries(content).find(([type]) => /json|vnd\.github\.object/.test(type))?.[1];
        if (!chosen?.schema)
            return [];
        const validate = this.compile(this.bodies, `${op.operationId} ${status} ${mediaType}`, () => chosen.schema);
        if (validate(body))
            return [];
        return toFindings('response', validate.errors).map((f) => ({ ...f, status }));
    }
    compile(ajv, key, schema) {
        const cacheKey = `${ajv === this.params ? 'p' : 'b'} ${key}`;
        const cached = this.validators.get(cacheKey);
        if (cached)
            return cached;
        const refs = new Set();
        const converted = convert(schema(), refs);
        this.addComponents(ajv, refs);
        const validate = ajv.compile(converted);
        this.validators.set(cacheKey, validate);
        return validate;
    }
    addComponents(ajv, refs) {
        let added = this.added.get(ajv);
        if (!added)
            this.added.set(ajv, (added = new Set()));
        const queue = [...refs];
        while (queue.length > 0) {
            const name = queue.pop();
            if (added.has(name))
                continue;
            added.add(name);
            const more = new Set();
            const schema = convert(this.spec.components.schemas[name] ?? {}, more);
            ajv.addSchema({ ...schema, $id: COMPONENT_ID + name });
            queue.push(...more);
        }
    }
}
function newAjv(coerce) {
    const ajv = new (ajv_default())({ strict: false, allErrors: true, coerceTypes: coerce, logger: false });
    dist_default()(ajv);
    return ajv;
}
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not', 'contains', 'propertyNames']);
const DROPPED = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly']);
/** OpenAPI schema -> JSON Schema ajv can compile; collects the component names it references. */
function convert(node, refs) {
    if (typeof node !== 'object' || node === null || Array.isArray(node))
        return node;
    const schema = node;
    if (typeof schema.$ref === 'string') {
        const name = schema.$ref.replace('#/components/schemas/', '');
        refs.add(name);
        return { $ref: COMPONENT_ID + name };
    }
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable')
            continue;
        if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
            out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, refs)]));
        }
        else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
            // GitHub writes oneOf between schemas that overlap (every error body matches both
            // basic-error and repository-rule-violation-error); what it means is anyOf.
            out[key === 'oneOf' ? 'anyOf' : key] = value.map((v) => convert(v, refs));
        }
        else if (SCHEMA_VALUES.has(key)) {
            out[key] = convert(value, refs);
        }
        else {
            out[key] = value;
        }
    }
    return schema.nullable === true ? { anyOf: [{ type: 'null' }, out] } : out;
}
/** ajv reports every failed branch of anyOf/oneOf; keep the most specific messages. */
function toFindings(where, errors) {
    const list = (errors ?? []).filter((e) => !(e.keyword === 'type' && e.params.type === 'null'));
    const deepest = Math.max(0, ...list.map((e) => e.instancePath.length));
    const chosen = list.filter((e) => e.instancePath.length === deepest && e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
    const picked = chosen.length > 0 ? chosen : list;
    return picked.slice(0, 20).map((e) => ({
        where,
        pointer: e.instancePath || '/',
        message: `${e.message ?? 'is invalid'}${e.keyword === 'additionalProperties' ? `: '${e.params.additionalProperty}'` : ''}`,
    }));
}

;// CONCATENATED MODULE: ./test/support/github/discussions.ts

const DEFAULT_DISCUSSION_CATEGORIES = ['Announcements', 'General', 'Ideas', 'Polls', 'Q&A', 'Show and tell'];
function discussionCategories(repoId, names) {
    return names.map((name, i) => ({
        id: nodeId('DIC', `${repoId}:${i}`),
        name,
        slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    }));
}
function createDiscussion(repo, input) {
    const number = takeNumber(repo);
    const discussion = {
        id: nodeId('D', `${repo.id}:${number}`),
        number,
        title: input.title,
        body: input.body,
        categoryId: input.categoryId,
        author: input.author,
        createdAt: isoNow(),
    };
    repo.discussions.push(discussion);
    return discussion;
}

;// CONCATENATED MODULE: ./test/support/github/faults.ts
/**
 * Failures GitHub really produces, injected for the first N matching
 * requests so tests can prove that callers survive (or report) them.
 */
class FaultInjector {
    active = [];
    inject(spec) {
        const fault = { ...spec, remaining: spec.times ?? 1, hits: 0 };
        this.active.push(fault);
        return fault;
    }
    clear() {
        this.active.length = 0;
    }
    /** The first armed fault of one of `kinds` for this request, without using it up. */
    find(kinds, method, path, repo, operation) {
        return this.active.find((f) => f.remaining > 0 &&
            kinds.includes(f.kind) &&
            (!f.method || f.method.toUpperCase() === method.toUpperCase()) &&
            (f.path === undefined || (typeof f.path === 'string' ? f.path === path : f.path.test(path))) &&
            (!f.repo || f.repo.toLowerCase() === repo?.toLowerCase()) &&
            (!f.operation || f.operation === operation));
    }
    consume(fault) {
        fault.remaining -= 1;
        fault.hits += 1;
    }
}
const SECONDARY_RATE_LIMIT_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    'If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.';
const SECONDARY_RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
const PRIMARY_RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limits';

;// CONCATENATED MODULE: ./test/support/github/git-env.ts
/** Git run by the emulator ignores the developer's and the test's git configuration. */
function git_env_gitEnv(extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (!k.startsWith('GIT_'))
            env[k] = v;
    return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extra };
}

;// CONCATENATED MODULE: ./test/support/github/cat-file.ts


class CatFile {
    gitDir;
    child;
    pending = [];
    buffer = Buffer.alloc(0);
    constructor(gitDir) {
        this.gitDir = gitDir;
    }
    async info(name) {
        return (await this.ask('info', name))?.info ?? null;
    }
    async contents(name) {
        return this.ask('contents', name);
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
    ask(command, name) {
        // A name is one line of the protocol; anything else cannot name an object.
        if (name === '' || /[\n\r\0]/.test(name))
            return Promise.resolve(null);
        return new Promise((resolve, reject) => {
            this.pending.push({ withContent: command === 'contents', resolve, reject });
            this.process().stdin.write(`${command} ${name}\n`);
        });
    }
    process() {
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_.spawn)('git', ['--git-dir', this.gitDir, 'cat-file', '--batch-command'], { env: git_env_gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
        child.stdout.on('data', (chunk) => {
            this.buffer = Buffer.concat([this.buffer, chunk]);
            this.drain();
        });
        child.stderr.resume();
        child.stdin.on('error', () => undefined);
        child.on('close', () => {
            if (this.child === child)
                this.child = undefined;
            for (const p of this.pending.splice(0))
                p.reject(new Error(`git cat-file stopped in ${this.gitDir}`));
            this.buffer = Buffer.alloc(0);
        });
        this.child = child;
        return child;
    }
    drain() {
        for (;;) {
            const next = this.pending[0];
            const eol = this.buffer.indexOf(0x0a);
            if (!next || eol === -1)
                return;
            const header = this.buffer.subarray(0, eol).toString('utf8');
            const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
            if (!m) {
                // "<name> missing" or "<name> ambiguous"
                this.buffer = this.buffer.subarray(eol + 1);
                this.pending.shift().resolve(null);
                continue;
            }
            const info = { sha: m[1], type: m[2], size: Number(m[3]) };
            if (!next.withContent) {
                this.buffer = this.buffer.subarray(eol + 1);
                this.pending.shift().resolve({ info, content: Buffer.alloc(0) });
                continue;
            }
            const end = eol + 1 + info.size;
            if (this.buffer.length < end + 1)
                return; // content and its trailing newline not all here yet
            const content = Buffer.from(this.buffer.subarray(eol + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.pending.shift().resolve({ info, content });
        }
    }
}

;// CONCATENATED MODULE: ./test/support/github/git.ts
/**
 * Plumbing over the emulator's bare repositories. The REST views of refs,
 * tags and commits are read from git on every request (pushes change them
 * behind the emulator's back), and REST writes go through git too.
 */







function runGit(args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: opts.cwd, env: git_env_gitEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
        child.stdin.on('error', () => undefined); // git may exit before reading all input
        child.stdin.end(opts.input ?? '');
    });
}
class BareRepo {
    path;
    cat;
    constructor(path) {
        this.path = path;
        this.cat = new CatFile(path);
    }
    /** Ends the long-lived reader; the repository stays usable (a new reader starts on demand). */
    close() {
        this.cat.close();
    }
    run(args, opts = {}) {
        return runGit(['--git-dir', this.path, ...args], opts);
    }
    /** Runs git and returns trimmed stdout; a failure is an emulator bug, so it throws. */
    async out(args, opts = {}) {
        const r = await this.run(args, opts);
        if (r.code !== 0)
            throw new Error(`git ${args.join(' ')} failed in ${this.path}: ${r.stderr.trim()}`);
        return r.stdout.toString('utf8').trim();
    }
    async resolve(rev, peel = 'commit') {
        return (await this.cat.info(`${rev}^{${peel}}`))?.sha ?? null;
    }
    /** A branch, tag, `heads/x`, `tags/x`, full ref or sha, as GitHub's `{ref}` parameters accept. */
    async resolveCommitish(ref) {
        // git's own lookup tries <ref>, refs/<ref>, refs/tags/<ref> and refs/heads/<ref> in turn.
        return this.resolve(ref);
    }
    async refs(prefix = 'refs/') {
        const text = await this.out(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)']);
        return text
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [ref = '', sha = '', type = ''] = line.split('\0');
            return { ref, sha, type };
        })
            .filter((r) => r.ref.startsWith(prefix));
    }
    /** One ref by its full name, with the type of the object it points at. */
    async ref(ref) {
        if (!ref.startsWith('refs/'))
            return null;
        const info = await this.cat.info(ref);
        return info ? { ref, sha: info.sha, type: info.type } : null;
    }
    async objectType(sha) {
        if (!/^[0-9a-f]{4,40}$/.test(sha))
            return null;
        return (await this.cat.info(sha))?.type ?? null;
    }
    /** Updates a ref only if it still has `oldSha` (empty string: only if it does not exist). */
    async updateRef(ref, newSha, oldSha) {
        const args = ['update-ref', ref, newSha];
        if (oldSha !== undefined)
            args.push(oldSha === '' ? '0'.repeat(40) : oldSha);
        return (await this.run(args)).code === 0;
    }
    async deleteRef(ref) {
        await this.out(['update-ref', '-d', ref]);
    }
    async isAncestor(ancestor, descendant) {
        return (await this.run(['merge-base', '--is-ancestor', ancestor, descendant])).code === 0;
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', a, b]);
        return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
    }
    /** Commits reachable from `head` but not from `exclude`, newest first. */
    async revList(head, opts = {}) {
        const args = ['rev-list'];
        if (opts.max !== undefined)
            args.push(`--max-count=${opts.max}`);
        if (opts.skip)
            args.push(`--skip=${opts.skip}`);
        args.push(head);
        if (opts.exclude)
            args.push(`^${opts.exclude}`);
        args.push('--');
        if (opts.path)
            args.push(opts.path);
        return (await this.out(args)).split('\n').filter(Boolean);
    }
    async object(sha, type) {
        const found = await this.cat.contents(sha);
        if (!found || found.info.type !== type)
            throw new Error(`no ${type} ${sha} in ${this.path}`);
        return found.content.toString('utf8');
    }
    async commit(sha) {
        const { headers, message, signature, payload } = parseObject(await this.object(sha, 'commit'), 'gpgsig');
        return {
            sha,
            tree: headers.get('tree')?.[0] ?? '',
            parents: headers.get('parent') ?? [],
            author: parseSignature(headers.get('author')?.[0] ?? ''),
            committer: parseSignature(headers.get('committer')?.[0] ?? ''),
            message,
            signature,
            payload,
        };
    }
    async tag(sha) {
        const { headers, message, signature, payload } = parseObject(await this.object(sha, 'tag'), null);
        return {
            sha,
            object: headers.get('object')?.[0] ?? '',
            type: headers.get('type')?.[0] ?? '',
            tag: headers.get('tag')?.[0] ?? '',
            tagger: parseSignature(headers.get('tagger')?.[0] ?? ''),
            message,
            signature,
            payload,
        };
    }
    async hashBlob(data) {
        return this.out(['hash-object', '-w', '--stdin'], { input: data });
    }
    /** Entry of `path` in a commit's tree (the root tree for ''), or null. */
    async lsTree(commit, path) {
        const info = await this.cat.info(`${commit}:${path}`);
        return info ? { type: info.type, sha: info.sha, size: info.type === 'blob' ? info.size : 0, path } : null;
    }
    async lsDir(commit, dir) {
        const tree = await this.cat.contents(`${commit}:${dir}`);
        if (!tree || tree.info.type !== 'tree')
            return [];
        const entries = [];
        const raw = tree.content;
        // Tree objects are "<mode> <name>\0<20-byte id>" repeated.
        for (let i = 0; i < raw.length;) {
            const space = raw.indexOf(0x20, i);
            const nul = raw.indexOf(0, space);
            const mode = raw.subarray(i, space).toString('latin1');
            const name = raw.subarray(space + 1, nul).toString('utf8');
            const sha = raw.subarray(nul + 1, nul + 21).toString('hex');
            const type = mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
            entries.push({ type, sha, path: dir ? `${dir}/${name}` : name });
            i = nul + 21;
        }
        return Promise.all(entries.map(async (e) => ({ ...e, size: e.type === 'blob' ? ((await this.cat.info(e.sha))?.size ?? 0) : 0 })));
    }
    async blob(sha) {
        const found = await this.cat.contents(sha);
        if (!found || found.info.type !== 'blob')
            throw new Error(`no blob ${sha} in ${this.path}`);
        return found.content;
    }
    /**
     * A tree equal to `baseTree` with files written or removed, built in a
     * throwaway index so the bare repository never needs a work tree.
     */
    async writeTree(baseTree, changes) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gh-emu-index-'));
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
        try {
            if (baseTree)
                await this.out(['read-tree', baseTree], { env });
            for (const c of changes) {
                if (c.data === null)
                    await this.out(['update-index', '--force-remove', '--', c.path], { env });
                else
                    await this.out(['update-index', '--add', '--cacheinfo', `100644,${await this.hashBlob(c.data)},${c.path}`], { env });
            }
            return await this.out(['write-tree'], { env });
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    async commitTree(tree, parents, message, author, committer) {
        const args = ['commit-tree', tree];
        for (const p of parents)
            args.push('-p', p);
        const date = new Date().toISOString();
        return this.out(args, {
            input: message,
            env: {
                GIT_AUTHOR_NAME: author.name,
                GIT_AUTHOR_EMAIL: author.email,
                GIT_AUTHOR_DATE: author.date ?? date,
                GIT_COMMITTER_NAME: committer.name,
                GIT_COMMITTER_EMAIL: committer.email,
                GIT_COMMITTER_DATE: committer.date ?? date,
            },
        });
    }
    /** The tree of merging `theirs` into `ours`, or null when they conflict. */
    async mergeTree(ours, theirs) {
        const r = await this.run(['merge-tree', '--write-tree', '--no-messages', ours, theirs]);
        if (r.code !== 0)
            return null;
        return r.stdout.toString('utf8').split('\n')[0].trim();
    }
    async diffFiles(from, to) {
        const names = (await this.out(['diff', '--name-status', '-M', '-z', from, to])).split('\0').filter((s) => s !== '');
        const stats = (await this.out(['diff', '--numstat', '-M', '-z', from, to])).split('\0');
        const numbers = new Map();
        for (let i = 0; i < stats.length; i += 1) {
            const m = /^(-|\d+)\t(-|\d+)\t(.*)$/.exec(stats[i] ?? '');
            if (!m)
                continue;
            let path = m[3];
            if (path === '') {
                i += 2; // a rename: old and new paths follow as separate fields
                path = stats[i] ?? '';
            }
            numbers.set(path, { additions: Number(m[1]) || 0, deletions: Number(m[2]) || 0 });
        }
        const files = [];
        for (let i = 0; i < names.length;) {
            const code = names[i++] ?? '';
            if (code.startsWith('R') || code.startsWith('C')) {
                const previous = names[i++] ?? '';
                const path = names[i++] ?? '';
                files.push({ status: code[0], path, previous, ...(numbers.get(path) ?? { additions: 0, deletions: 0 }) });
            }
            else {
                const path = names[i++] ?? '';
                files.push({ status: code[0], path, ...(numbers.get(path) ?? { additions: 0, deletions: 0 }) });
            }
        }
        return files;
    }
}
function parseObject(raw, signatureHeader) {
    const split = raw.indexOf('\n\n');
    const head = split === -1 ? raw : raw.slice(0, split);
    let body = split === -1 ? '' : raw.slice(split + 2);
    const headers = new Map();
    let signature = null;
    let payloadHead = '';
    let current = null;
    for (const line of head.split('\n')) {
        if (line.startsWith(' ') && current === signatureHeader && signature !== null) {
            signature += `\n${line.slice(1)}`;
            continue;
        }
        const space = line.indexOf(' ');
        const key = line.slice(0, space);
        const value = line.slice(space + 1);
        current = key;
        if (key === signatureHeader) {
            signature = value;
            continue;
        }
        payloadHead += `${line}\n`;
        headers.set(key, [...(headers.get(key) ?? []), value]);
    }
    // Tags carry their signature at the end of the message rather than in a header.
    if (signatureHeader === null) {
        const at = body.search(/-----BEGIN (PGP|SSH) SIGNATURE-----/);
        if (at !== -1) {
            signature = body.slice(at);
            body = body.slice(0, at);
        }
    }
    return { headers, message: body, signature: signature === null ? null : `${signature}\n`.replace(/\n\n$/, '\n'), payload: `${payloadHead}\n${body}` };
}
function parseSignature(text) {
    const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(text);
    if (!m)
        return { name: text, email: '', date: new Date(0).toISOString() };
    return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

;// CONCATENATED MODULE: ./test/support/github/git-http.ts
/**
 * Git smart HTTP, served by git itself: each request is handed to
 * `git http-backend` as a CGI script and its answer streamed back, so clones,
 * fetches and pushes behave exactly like git's own server (protocol v2,
 * gzip request bodies, receive-pack hooks).
 */




function serveGitHttp(req, res, cgi) {
    return new Promise((resolve) => {
        const header = (name) => {
            const v = req.headers[name];
            return Array.isArray(v) ? v.join(', ') : v;
        };
        const env = git_env_gitEnv({
            GIT_PROJECT_ROOT: cgi.projectRoot,
            GIT_HTTP_EXPORT_ALL: '1',
            PATH_INFO: cgi.pathInfo,
            REQUEST_METHOD: req.method ?? 'GET',
            QUERY_STRING: cgi.query,
            REMOTE_USER: cgi.remoteUser,
            REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
            SERVER_PROTOCOL: `HTTP/${req.httpVersion}`,
            GATEWAY_INTERFACE: 'CGI/1.1',
            ...(header('content-type') ? { CONTENT_TYPE: header('content-type') } : {}),
            ...(header('content-length') ? { CONTENT_LENGTH: header('content-length') } : {}),
            ...(header('content-encoding') ? { HTTP_CONTENT_ENCODING: header('content-encoding') } : {}),
            ...(header('git-protocol') ? { GIT_PROTOCOL: header('git-protocol') } : {}),
            ...cgi.env,
        });
        const child = (0,external_node_child_process_.spawn)('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        let head = Buffer.alloc(0);
        let headersSent = false;
        const stderr = [];
        child.stderr.on('data', (d) => stderr.push(d));
        child.stdout.on('data', (chunk) => {
            if (headersSent) {
                res.write(chunk);
                return;
            }
            head = Buffer.concat([head, chunk]);
            const crlf = head.indexOf('\r\n\r\n');
            const lf = head.indexOf('\n\n');
            const end = crlf !== -1 && (lf === -1 || crlf < lf) ? crlf + 4 : lf !== -1 ? lf + 2 : -1;
            if (end === -1)
                return;
            const { status, headers } = parseCgiHeaders(head.subarray(0, end).toString('latin1'));
            res.writeHead(status, headers);
            headersSent = true;
            res.write(head.subarray(end));
        });
        child.on('close', (code) => {
            if (!headersSent) {
                res.writeHead(500, { 'content-type': 'text/plain' });
                res.write(`git http-backend failed (${code}): ${Buffer.concat(stderr).toString('utf8')}`);
            }
            res.end();
            resolve();
        });
        child.stdin.on('error', () => undefined);
        req.pipe(child.stdin);
    });
}
function parseCgiHeaders(text) {
    let status = 200;
    const headers = {};
    for (const line of text.split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon === -1)
            continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status')
            status = Number(value.split(' ')[0]) || 200;
        else
            headers[name] = value;
    }
    return { status, headers };
}
const REJECT_PUSH_ENV = 'GH_EMULATOR_REJECT_PUSH';
const PROTECTED_REFS_ENV = 'GH_EMULATOR_PROTECTED_REFS';
/**
 * A pre-receive hook (run by receive-pack, so its words reach the pusher as
 * `remote:` lines) that refuses pushes the way GitHub refuses an update of a
 * protected branch. Written in JavaScript for the node running the tests; the
 * code works whether node loads it as CommonJS or as an ES module.
 */
function installPreReceiveHook(bareRepo) {
    const script = `#!${process.execPath}
import('node:fs').then(({ readFileSync }) => {
  const updates = readFileSync(0, 'utf8').split('\\n').filter(Boolean).map((l) => l.split(' ')[2]);
  const guarded = (process.env.${PROTECTED_REFS_ENV} || '').split(',').filter(Boolean);
  const refused = updates.find((ref) => process.env.${REJECT_PUSH_ENV} === '1' || guarded.includes(ref));
  if (refused) {
    process.stderr.write('error: GH006: Protected branch update failed for ' + refused + '.\\n');
    process.stderr.write('error: Changes must be made through a pull request.\\n');
    process.exitCode = 1;
  }
});
`;
    const hook = (0,external_node_path_.join)(bareRepo, 'hooks', 'pre-receive');
    (0,external_node_fs_.writeFileSync)(hook, script);
    (0,external_node_fs_.chmodSync)(hook, 0o755);
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./node_modules/graphql/index.js
var graphql = __webpack_require__(17645);
;// CONCATENATED MODULE: ./test/support/github/permissions.ts
/**
 * Token permissions as GitHub checks them for a GITHUB_TOKEN or a GitHub App installation
 * token: each operation needs one of a few permission sets ("Fine-grained access tokens for
 * …" on each REST reference page), and the token reaches only the repositories it was issued
 * for. A token issued without a permission set may do everything everywhere (a personal token).
 */
/** GitHub's repository permission names, as the API and the `x-accepted-github-permissions` header spell them. */
const PERMISSIONS = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id_token',
    'issues',
    'metadata',
    'packages',
    'pages',
    'pull_requests',
    'repository_projects',
    'security_events',
    'statuses',
];
const read = (p) => [[p, 'read']];
const write = (p) => [[p, 'write']];
const issuesOrPulls = (level) => [
    ['issues', level],
    ['pull_requests', level],
];
/**
 * What each operation the emulator serves needs, from the "Fine-grained access tokens" section
 * of its REST reference page (labels, milestones and comments accept issues or pull requests,
 * as every pull request is an issue).
 */
const OPERATION_NEEDS = {
    'repos/get': read('metadata'),
    'repos/get-branch': read('contents'),
    'repos/create-dispatch-event': write('contents'),
    'git/get-ref': read('contents'),
    'git/list-matching-refs': read('contents'),
    'git/get-tag': read('contents'),
    'git/create-ref': write('contents'),
    'git/update-ref': write('contents'),
    'git/delete-ref': write('contents'),
    'git/create-tag': write('contents'),
    'repos/get-commit': read('contents'),
    'repos/list-commits': read('contents'),
    'repos/compare-commits-with-basehead': read('contents'),
    'repos/get-content': read('contents'),
    'repos/create-or-update-file-contents': write('contents'),
    'repos/list-pull-requests-associated-with-commit': read('pull_requests'),
    'pulls/list': read('pull_requests'),
    'pulls/get': read('pull_requests'),
    'pulls/create': write('pull_requests'),
    'pulls/update': write('pull_requests'),
    'pulls/merge': write('contents'),
    'issues/list-for-repo': read('issues'),
    'issues/get': issuesOrPulls('read'),
    'issues/create': write('issues'),
    'issues/update': issuesOrPulls('write'),
    'issues/list-comments': issuesOrPulls('read'),
    'issues/create-comment': issuesOrPulls('write'),
    'issues/add-labels': issuesOrPulls('write'),
    'issues/list-labels-for-repo': issuesOrPulls('read'),
    'issues/get-label': issuesOrPulls('read'),
    'issues/create-label': issuesOrPulls('write'),
    'issues/list-milestones': issuesOrPulls('read'),
    'issues/create-milestone': issuesOrPulls('write'),
    'repos/list-releases': read('contents'),
    'repos/get-latest-release': read('contents'),
    'repos/get-pages': read('pages'),
    // GitHub asks administration write as well, which this model does not list; pages write is the part it can check
    'repos/create-pages-site': write('pages'),
    'repos/get-release-by-tag': read('contents'),
    'repos/get-release': read('contents'),
    'repos/create-release': write('contents'),
    'repos/update-release': write('contents'),
    'repos/delete-release': write('contents'),
    'repos/generate-release-notes': write('contents'),
    'repos/upload-release-asset': write('contents'),
    'repos/list-release-assets': read('contents'),
    'repos/get-release-asset': read('contents'),
    'repos/update-release-asset': write('contents'),
    'repos/delete-release-asset': write('contents'),
    'repos/create-attestation': write('attestations'),
    'repos/list-attestations': read('attestations'),
    // the bot's own account: GitHub answers 403 to an installation token whatever its permissions
    'users/get-authenticated': [],
};
/** Git over HTTP: fetching needs contents read, pushing contents write. */
const GIT_NEEDS = { fetch: read('contents'), push: write('contents') };
/** GraphQL fields on Discussions (https://docs.github.com/en/graphql/guides/using-the-graphql-api-for-discussions). */
const DISCUSSION_READ = read('discussions');
const DISCUSSION_WRITE = write('discussions');
const NOT_ACCESSIBLE = 'Resource not accessible by integration';
function holds(grant, [permission, level]) {
    if (!grant.permissions)
        return true;
    if (permission === 'metadata' && level === 'read')
        return true;
    const held = grant.permissions[permission];
    return held === 'write' || (held === 'read' && level === 'read');
}
/** Whether the token reaches `repository` (lower-case or not). */
function reaches(grant, repository) {
    return !grant.repositories || grant.repositories.includes(repository.toLowerCase());
}
/** Whether one of the need's sets is held (an empty need: nothing is needed). */
function allows(grant, need) {
    return need.length === 0 || need.some((set) => holds(grant, set));
}
/** The `x-accepted-github-permissions` header: the sets that would do, `; `-separated. */
function acceptedHeader(need) {
    return need.map(([p, l]) => `${p}=${l}`).join('; ');
}
/** `issues: write or pull-requests: write`, as a workflow's `permissions:` spells them. */
function describeNeed(need) {
    return need.map(([p, l]) => `${p.replace(/_/g, '-')}: ${l}`).join(' or ');
}
/** A workflow's permission name (`pull-requests`, `id-token`) as the API spells it. */
function apiPermission(name) {
    const p = name.replace(/-/g, '_');
    return PERMISSIONS.includes(p) ? p : undefined;
}

;// CONCATENATED MODULE: ./test/support/github/graphql.ts
/**
 * GraphQL, enough for Discussions: repository { discussionCategories,
 * discussions, discussion }, search(type: DISCUSSION), node(id),
 * createDiscussion and updateDiscussion. Documents are validated against
 * GitHub's published schema (`@octokit/graphql-schema`) and executed by
 * graphql-js against that same schema, so answers carry exactly the fields
 * asked for, aliases and fragments included.
 */








let schemaLoading;
function loadSchema() {
    schemaLoading ??= (async () => {
        // The package exports only its ESM entry, which parses the schema eagerly; read the file itself.
        const dirs = (0,external_node_module_.createRequire)(import.meta.url).resolve.paths('@octokit/graphql-schema') ?? [];
        const file = dirs.map((d) => (0,external_node_path_.join)(d, '@octokit/graphql-schema/schema.json')).find((f) => (0,external_node_fs_.existsSync)(f));
        if (!file)
            throw new Error('@octokit/graphql-schema is not installed');
        return (0,graphql/* buildClientSchema */.DO9)(JSON.parse(await (0,promises_.readFile)(file, 'utf8')));
    })();
    return schemaLoading;
}
const graphql_ALL = { name: 'default' };
/** GitHub reports resolution failures with a top-level `type` such as NOT_FOUND. */
class TypedError extends graphql/* GraphQLError */.eOn {
    constructor(message, type, extra = {}) {
        super(message, { extensions: { type, ...extra } });
    }
}
async function answerGraphql(core, request, grant = graphql_ALL) {
    const schema = await loadSchema();
    const forbidden = [];
    if (typeof request.query !== 'string') {
        return { body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }, findings: [{ where: 'graphql', pointer: '/query', message: 'query is missing' }], forbidden };
    }
    let document;
    try {
        document = (0,graphql/* parse */.qgA)(request.query);
    }
    catch (err) {
        const message = err.message;
        return { body: { errors: [{ message }] }, findings: [{ where: 'graphql', pointer: '', message }], forbidden };
    }
    const invalid = (0,graphql/* validate */.tfT)(schema, document);
    if (invalid.length > 0) {
        return {
            body: { errors: invalid.map((e) => e.toJSON()) },
            findings: invalid.map((e) => ({ where: 'graphql', pointer: e.locations?.map((l) => `${l.line}:${l.column}`).join(',') ?? '', message: e.message })),
            forbidden,
        };
    }
    const result = await (0,graphql/* execute */.g7Y)({
        schema,
        document,
        rootValue: rootValue(core, guardFor(grant, forbidden)),
        variableValues: (request.variables ?? {}),
        operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
    });
    const findings = [];
    const errors = result.errors?.map((e) => {
        const { type, ...extensions } = e.extensions ?? {};
        // Anything but a deliberate GitHub-style error means the emulator lacks a field the document asked for.
        if (typeof type !== 'string')
            findings.push({ where: 'graphql', pointer: e.path?.join('.') ?? '', message: `not implemented by the emulator: ${e.message}` });
        return { ...(typeof type === 'string' ? { type } : {}), path: e.path, ...(Object.keys(extensions).length ? { extensions } : {}), locations: e.locations, message: e.message };
    });
    return { body: { data: result.data, ...(errors ? { errors } : {}) }, findings, forbidden };
}
function guardFor(grant, forbidden) {
    return (repo, need) => {
        const inReach = reaches(grant, repo.fullName);
        if (inReach && allows(grant, need))
            return;
        forbidden.push({ repository: repo.fullName, needed: inReach ? describeNeed(need) : `does not reach ${repo.fullName}`, message: NOT_ACCESSIBLE });
        throw new TypedError(NOT_ACCESSIBLE, 'FORBIDDEN', { saml_failure: false });
    };
}
function connection(all, args) {
    const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8').replace('cursor:', '')) + 1 : 0;
    const end = args.first ? start + args.first : all.length;
    const nodes = all.slice(start, end);
    const cursor = (i) => Buffer.from(`cursor:${i}`).toString('base64');
    return {
        totalCount: all.length,
        nodes,
        edges: nodes.map((node, i) => ({ node, cursor: cursor(start + i) })),
        pageInfo: {
            hasNextPage: end < all.length,
            hasPreviousPage: start > 0,
            startCursor: nodes.length ? cursor(start) : null,
            endCursor: nodes.length ? cursor(start + nodes.length - 1) : null,
        },
    };
}
function rootValue(core, guard) {
    const repos = () => Object.values(core.state.repos);
    const actor = (login) => {
        const user = userRecord(login, core.user);
        return { __typename: user.type, login: user.login, id: user.nodeId, url: `${core.urls.server}/${user.login}`, avatarUrl: `${core.urls.server}/avatars/u/${user.id}` };
    };
    const categoryNode = (repo, c) => ({
        __typename: 'DiscussionCategory',
        id: c.id,
        name: c.name,
        slug: c.slug,
        description: null,
        emoji: ':speech_balloon:',
        emojiHTML: '<div>💬</div>',
        isAnswerable: c.name === 'Q&A',
        createdAt: repo.createdAt,
        updatedAt: repo.createdAt,
        repository: () => repoNode(repo),
    });
    const discussionNode = (repo, d) => ({
        __typename: 'Discussion',
        id: d.id,
        number: d.number,
        title: d.title,
        body: d.body,
        url: `${core.urls.server}/${repo.fullName}/discussions/${d.number}`,
        resourcePath: `/${repo.fullName}/discussions/${d.number}`,
        createdAt: d.createdAt,
        updatedAt: d.createdAt,
        closed: false,
        locked: false,
        author: actor(d.author),
        category: categoryNode(repo, repo.discussionCategories.find((c) => c.id === d.categoryId)),
        repository: () => repoNode(repo),
    });
    const repoNode = (repo) => ({
        __typename: 'Repository',
        id: repo.nodeId,
        databaseId: repo.id,
        name: repo.name,
        nameWithOwner: repo.fullName,
        url: `${core.urls.server}/${repo.fullName}`,
        isPrivate: repo.private,
        hasDiscussionsEnabled: repo.discussionCategories.length > 0,
        owner: actor(repo.owner),
        discussionCategories: (args) => {
            guard(repo, DISCUSSION_READ);
            return connection(repo.discussionCategories.map((c) => categoryNode(repo, c)), args);
        },
        discussionCategory: ({ slug }) => {
            guard(repo, DISCUSSION_READ);
            const c = repo.discussionCategories.find((x) => x.slug === slug);
            return c ? categoryNode(repo, c) : null;
        },
        discussions: (args) => {
            guard(repo, DISCUSSION_READ);
            const list = repo.discussions.filter((d) => !args.categoryId || d.categoryId === args.categoryId);
            const ordered = args.orderBy?.direction === 'ASC' ? list : [...list].reverse();
            return connection(ordered.map((d) => discussionNode(repo, d)), args);
        },
        discussion: ({ number }) => {
            guard(repo, DISCUSSION_READ);
            const d = repo.discussions.find((x) => x.number === number);
            if (!d)
                throw new TypedError(`Could not resolve to a Discussion with the number of ${number}.`, 'NOT_FOUND');
            return discussionNode(repo, d);
        },
    });
    const repoById = (id) => repos().find((r) => r.nodeId === id);
    const discussionById = (id) => {
        for (const repo of repos()) {
            const d = repo.discussions.find((x) => x.id === id);
            if (d)
                return { repo, d };
        }
        return undefined;
    };
    return {
        viewer: () => actor(core.user.login),
        repository: ({ owner, name }) => {
            const repo = core.findRepo(owner, name);
            if (!repo)
                throw new TypedError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, 'NOT_FOUND');
            return repoNode(repo);
        },
        node: ({ id }) => {
            const repo = repoById(id);
            if (repo)
                return repoNode(repo);
            const found = discussionById(id);
            if (found) {
                guard(found.repo, DISCUSSION_READ);
                return discussionNode(found.repo, found.d);
            }
            throw new TypedError(`Could not resolve to a node with the global id of '${id}'`, 'NOT_FOUND');
        },
        /** `repo:OWNER/NAME` qualifiers and plain words matched against titles (`in:title` implied). */
        search: (args) => {
            const words = args.query.split(/\s+/).filter(Boolean);
            const scopes = words.filter((w) => w.startsWith('repo:')).map((w) => w.slice(5).toLowerCase());
            const terms = words
                .filter((w) => !/^(repo|in|is|category|sort):/.test(w))
                .map((w) => w.replace(/^"|"$/g, '').toLowerCase());
            const inScope = repos().filter((r) => scopes.length === 0 || scopes.includes(r.fullName.toLowerCase()));
            if (args.type === 'DISCUSSION')
                for (const r of inScope)
                    guard(r, DISCUSSION_READ);
            const hits = args.type === 'DISCUSSION'
                ? inScope
                    .flatMap((r) => [...r.discussions].reverse().filter((d) => terms.every((t) => d.title.toLowerCase().includes(t))).map((d) => discussionNode(r, d)))
                : [];
            return { ...connection(hits, args), discussionCount: hits.length, issueCount: 0, repositoryCount: 0, userCount: 0, wikiCount: 0, codeCount: 0 };
        },
        createDiscussion: ({ input }) => {
            const repo = repoById(input.repositoryId);
            if (!repo)
                throw new TypedError(`Could not resolve to a node with the global id of '${input.repositoryId}'`, 'NOT_FOUND');
            guard(repo, DISCUSSION_WRITE);
            if (!repo.discussionCategories.some((c) => c.id === input.categoryId)) {
                throw new TypedError(`Could not resolve to a node with the global id of '${input.categoryId}'`, 'NOT_FOUND');
            }
            const d = createDiscussion(repo, { title: input.title, body: input.body, categoryId: input.categoryId, author: core.user.login });
            return { clientMutationId: input.clientMutationId ?? null, discussion: discussionNode(repo, d) };
        },
        updateDiscussion: ({ input }) => {
            const found = discussionById(input.discussionId);
            if (!found)
                throw new TypedError(`Could not resolve to a node with the global id of '${input.discussionId}'`, 'NOT_FOUND');
            guard(found.repo, DISCUSSION_WRITE);
            if (input.title !== undefined)
                found.d.title = input.title;
            if (input.body !== undefined)
                found.d.body = input.body;
            if (input.categoryId !== undefined)
                found.d.categoryId = input.categoryId;
            return { clientMutationId: input.clientMutationId ?? null, discussion: discussionNode(found.repo, found.d) };
        },
    };
}

;// CONCATENATED MODULE: ./test/support/github/holds.ts
class RequestHold {
    spec;
    /** How many requests this hold has stopped so far. */
    held = 0;
    closed = false;
    parked = [];
    watchers = [];
    constructor(spec) {
        this.spec = spec;
    }
    /** The requests waiting now, in the order they arrived. */
    get waitingEntries() {
        return this.parked.map((p) => p.entry);
    }
    matches(entry) {
        const s = this.spec;
        const like = (want, have) => want === undefined || (typeof want === 'string' ? want === have : want.test(have));
        return (!this.closed &&
            (s.times === undefined || this.held < s.times) &&
            (!s.method || s.method.toUpperCase() === entry.method) &&
            (!s.area || s.area === entry.area) &&
            like(s.path, entry.path) &&
            like(s.query, entry.query));
    }
    /** Called by the server: resolves when the test lets the request through. */
    park(entry, answered) {
        this.held += 1;
        entry.held = true;
        return new Promise((go) => {
            this.parked.push({ entry, go, answered });
            this.notify();
        });
    }
    /** Resolves once at least `n` requests wait at the same time. */
    waiting(n) {
        if (this.parked.length >= n)
            return Promise.resolve();
        return new Promise((resolve) => this.watchers.push({ n, resolve }));
    }
    /** Lets the earliest waiting request through; resolves with its log entry once it has been answered. */
    async release() {
        const p = this.parked.shift();
        if (!p)
            throw new Error(`no request is waiting at the hold on ${describe(this.spec)}`);
        p.go();
        await p.answered;
        return p.entry;
    }
    /** Lets every waiting request through, in arrival order, each after the one before it was answered. */
    async releaseAll() {
        const out = [];
        while (this.parked.length > 0)
            out.push(await this.release());
        return out;
    }
    /** Holds nothing more and lets every waiting request through at once. */
    close() {
        this.closed = true;
        for (const p of this.parked.splice(0))
            p.go();
    }
    notify() {
        for (const w of [...this.watchers]) {
            if (this.parked.length >= w.n) {
                this.watchers.splice(this.watchers.indexOf(w), 1);
                w.resolve();
            }
        }
    }
}
function describe(spec) {
    return [spec.method, spec.area, spec.path?.toString(), spec.query?.toString()].filter(Boolean).join(' ') || 'every request';
}

;// CONCATENATED MODULE: ./test/support/github/http.ts
class HttpError extends Error {
    status;
    errors;
    headers;
    constructor(status, message, errors, headers) {
        super(message);
        this.status = status;
        this.errors = errors;
        this.headers = headers;
    }
    body(docsUrl) {
        return {
            message: this.message,
            ...(this.errors ? { errors: this.errors } : {}),
            documentation_url: docsUrl,
            status: String(this.status),
        };
    }
}
const notFound = () => new HttpError(404, 'Not Found');
const validationFailed = (...errors) => new HttpError(422, 'Validation Failed', errors);
const unprocessable = (message) => new HttpError(422, message);
const conflict = (message) => new HttpError(409, message);
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
/**
 * One page of a list plus GitHub's `Link` header (first/prev/next/last),
 * honouring `per_page` (default 30, at most 100) and `page`.
 */
function paginate(items, requestUrl) {
    const perPage = Math.min(100, Math.max(1, Number(requestUrl.searchParams.get('per_page') ?? 30) || 30));
    const pageNo = Math.max(1, Number(requestUrl.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n, rel) => {
        const u = new URL(requestUrl);
        u.searchParams.set('per_page', String(perPage));
        u.searchParams.set('page', String(n));
        return `<${u.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (pageNo > 1)
        links.push(link(pageNo - 1, 'prev'));
    if (pageNo < last)
        links.push(link(pageNo + 1, 'next'), link(last, 'last'));
    if (pageNo > 1)
        links.push(link(1, 'first'));
    return { page: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

;// CONCATENATED MODULE: ./test/support/github/openapi.ts
/**
 * GitHub's published OpenAPI description (the `@octokit/openapi` package):
 * loaded once per process, indexed by method and path template, so that the
 * emulator can tell which documented operation a request is.
 */


let loading;
/** The parsed description, shared by every emulator in the process. */
function loadSpec() {
    loading ??= (async () => {
        const file = (0,external_node_module_.createRequire)(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
        return new SpecIndex(JSON.parse(await (0,promises_.readFile)(file, 'utf8')));
    })();
    return loading;
}
class SpecIndex {
    components;
    byMethod = new Map();
    byId = new Map();
    constructor(doc) {
        this.components = doc.components;
        const paths = doc.paths;
        for (const [template, item] of Object.entries(paths)) {
            const shared = item.parameters ?? [];
            for (const [method, raw] of Object.entries(item)) {
                if (method === 'parameters' || typeof raw !== 'object' || raw === null)
                    continue;
                const op = raw;
                const parameters = [...shared, ...(op.parameters ?? [])].map((p) => this.parameter(p));
                const operation = {
                    operationId: op.operationId,
                    method: method.toUpperCase(),
                    template,
                    parameters,
                    requestBody: op.requestBody,
                    responses: op.responses,
                    servers: (op.servers ?? []).map((s) => s.url),
                    docsUrl: (op.externalDocs?.url ?? 'https://docs.github.com/rest'),
                };
                const multi = new Set(parameters.filter((p) => p['x-multi-segment']).map((p) => p.name));
                const segments = template
                    .split('/')
                    .slice(1)
                    .map((s) => {
                    const whole = /^\{([^{}]+)\}$/.exec(s);
                    if (whole)
                        return { param: whole[1], multi: multi.has(whole[1]) };
                    if (!s.includes('{'))
                        return { literal: s };
                    const names = [...s.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
                    const source = s.split(/\{[^{}]+\}/).map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)');
                    return { pattern: new RegExp(`^${source}$`), names };
                });
                const list = this.byMethod.get(operation.method) ?? [];
                list.push({ operation, segments });
                this.byMethod.set(operation.method, list);
                this.byId.set(operation.operationId, operation);
            }
        }
    }
    operation(operationId) {
        return this.byId.get(operationId);
    }
    /**
     * The documented operation for a request path (relative to the API root,
     * still percent-encoded). The most literal template wins, so
     * `/releases/latest` beats `/releases/{release_id}`.
     */
    match(method, path) {
        const parts = path.split('/').slice(1);
        let best;
        for (const c of this.byMethod.get(method.toUpperCase()) ?? []) {
            const params = matchSegments(c.segments, parts);
            if (!params)
                continue;
            // Text beats a parameter, a parameter beats parameters inside text or spanning segments.
            const score = c.segments.reduce((n, s) => n + ('literal' in s ? 2 : 'pattern' in s ? -1 : s.multi ? -1 : 0), 0);
            if (!best || score > best.score)
                best = { match: { operation: c.operation, params }, score };
        }
        return best?.match;
    }
    parameter(p) {
        const ref = p.$ref;
        if (ref)
            return this.components.parameters[ref.split('/').pop()];
        return p;
    }
}
function matchSegments(segments, parts) {
    const params = {};
    const walk = (si, pi) => {
        if (si === segments.length)
            return pi === parts.length;
        const seg = segments[si];
        if ('literal' in seg)
            return parts[pi] === seg.literal && walk(si + 1, pi + 1);
        if ('pattern' in seg) {
            const m = seg.pattern.exec(safeDecode(parts[pi] ?? ''));
            if (!m)
                return false;
            seg.names.forEach((name, i) => (params[name] = m[i + 1]));
            return walk(si + 1, pi + 1);
        }
        const last = seg.multi ? parts.length - (segments.length - si - 1) : pi + 1;
        for (let end = last; end > pi; end -= 1) {
            const value = parts.slice(pi, end).join('/');
            if (value === '')
                continue;
            params[seg.param] = safeDecode(value);
            if (walk(si + 1, end))
                return true;
        }
        delete params[seg.param];
        return false;
    };
    return walk(0, 0) ? params : undefined;
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}

;// CONCATENATED MODULE: ./test/support/github/routes/util.ts

const util_ok = (body, headers) => ({ status: 200, body, headers });
const created = (body, location) => ({
    status: 201,
    body,
    headers: location ? { location } : undefined,
});
const noContent = () => ({ status: 204 });
function util_list(ctx, items) {
    const { page, headers } = paginate(items, ctx.url);
    return { status: 200, body: page, headers };
}
function gitOf(ctx) {
    return ctx.core.git(ctx.repo);
}
/** The request body; its shape was checked against the operation's schema before the handler ran. */
function bodyOf(ctx) {
    return (ctx.body ?? {});
}
function intParam(ctx, name) {
    return Number(ctx.params[name]);
}
function query(ctx, name) {
    return ctx.url.searchParams.get(name) ?? undefined;
}

;// CONCATENATED MODULE: ./test/support/github/routes/assets.ts
/**
 * Release assets: upload (on the uploads root), list, get, download redirect, rename, delete. A
 * release published with immutable releases on keeps its assets as they were: an upload, a
 * rename or a delete is refused with GitHub's 422 (only a draft takes assets then).
 */





/** GitHub replaces characters it does not keep in asset names with dots. */
function sanitizeAssetName(name) {
    return name.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/^\.+|\.+$/g, '');
}
function findAsset(ctx) {
    const id = intParam(ctx, 'asset_id');
    for (const release of ctx.repo.releases) {
        const asset = release.assets.find((a) => a.id === id);
        if (asset)
            return { release, asset };
    }
    throw notFound();
}
/** GitHub's message for an upload (as its 422 says it); the emulator's own words for a rename or delete. */
function mutable(release, what = 'upload assets to') {
    if (release.immutable)
        throw unprocessable(`Cannot ${what} an immutable release.`);
}
const assets_json = (ctx, r, a) => releaseAsset(ctx.core.urls, ctx.repo, r, a, ctx.core.user);
const assetRoutes = {
    'repos/upload-release-asset': (ctx) => {
        const release = ctx.repo.releases.find((r) => r.id === intParam(ctx, 'release_id'));
        if (!release)
            throw notFound();
        mutable(release);
        const name = sanitizeAssetName(query(ctx, 'name') ?? '');
        if (release.assets.some((a) => a.name === name)) {
            throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
        }
        const now = isoNow();
        const id = ctx.core.nextId();
        const asset = {
            id,
            nodeId: nodeId('RA', id),
            name,
            label: query(ctx, 'label') ?? null,
            contentType: String(ctx.headers['content-type'] ?? 'application/octet-stream'),
            size: ctx.raw.length,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(ctx.raw).digest('hex'),
            data: ctx.raw,
            downloadCount: 0,
            createdAt: now,
            updatedAt: now,
            uploader: ctx.core.user.login,
        };
        release.assets.push(asset);
        const result = assets_json(ctx, release, asset);
        return created(result, result.url);
    },
    'repos/list-release-assets': (ctx) => {
        const release = ctx.repo.releases.find((r) => r.id === intParam(ctx, 'release_id'));
        if (!release)
            throw notFound();
        return util_list(ctx, release.assets.map((a) => assets_json(ctx, release, a)));
    },
    'repos/get-release-asset': (ctx) => {
        const { release, asset } = findAsset(ctx);
        // Asking for the bytes gets a redirect to the download, as on GitHub (there: to a signed storage URL).
        if (String(ctx.headers.accept ?? '').includes('application/octet-stream')) {
            return { status: 302, headers: { location: assetDownloadUrl(ctx.core.urls, ctx.repo, release, asset) } };
        }
        return util_ok(assets_json(ctx, release, asset));
    },
    'repos/update-release-asset': (ctx) => {
        const { release, asset } = findAsset(ctx);
        mutable(release, 'change the assets of');
        const body = bodyOf(ctx);
        if (body.name !== undefined)
            asset.name = sanitizeAssetName(body.name);
        if (body.label !== undefined)
            asset.label = body.label;
        asset.updatedAt = isoNow();
        return util_ok(assets_json(ctx, release, asset));
    },
    'repos/delete-release-asset': (ctx) => {
        const { release, asset } = findAsset(ctx);
        mutable(release, 'delete the assets of');
        release.assets.splice(release.assets.indexOf(asset), 1);
        return noContent();
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/attestations.ts


/** The `sha256:…` subjects and the predicate type of a bundle's DSSE statement, or undefined when it has none. */
function statementOf(bundle) {
    const payload = bundle?.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        const s = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        const digests = (s.subject ?? []).flatMap((x) => Object.entries(x.digest ?? {}).map(([alg, hex]) => `${alg}:${hex.toLowerCase()}`));
        return { digests, predicateType: s.predicateType ?? '' };
    }
    catch {
        return undefined;
    }
}
/** Stores a bundle as GitHub would (tests call it to stand for a workflow's attest step). */
function addAttestation(repo, id, bundle, digests) {
    const statement = statementOf(bundle);
    const record = { id, bundle, subjectDigests: digests ?? statement?.digests ?? [], predicateType: statement?.predicateType ?? '' };
    (repo.attestations ??= []).push(record);
    return record;
}
/** GitHub's `predicate_type` filter: the short names, else the type itself. */
function predicateMatches(filter, type) {
    if (!filter)
        return true;
    if (filter === 'provenance')
        return type.startsWith('https://slsa.dev/provenance/');
    if (filter === 'sbom')
        return type.startsWith('https://spdx.dev/Document') || type === 'https://cyclonedx.org/bom';
    return type === filter;
}
function listFor(ctx) {
    const digest = (ctx.params['subject_digest'] ?? '').toLowerCase();
    const filter = query(ctx, 'predicate_type');
    return (ctx.repo.attestations ?? []).filter((a) => a.subjectDigests.includes(digest) && predicateMatches(filter, a.predicateType));
}
const attestationRoutes = {
    // permission: attestations write
    'repos/create-attestation': (ctx) => {
        const { bundle } = bodyOf(ctx);
        const statement = statementOf(bundle);
        if (!statement || statement.digests.length === 0)
            throw validationFailed({ resource: 'Attestation', field: 'bundle', code: 'invalid', message: 'The bundle has no DSSE in-toto statement with a subject digest.' });
        return created({ id: addAttestation(ctx.repo, ctx.core.nextId(), bundle).id });
    },
    // permission: attestations read
    'repos/list-attestations': (ctx) => {
        const perPage = Number(query(ctx, 'per_page') ?? 30);
        const items = listFor(ctx).slice(0, perPage);
        return util_ok({ attestations: items.map((a) => ({ bundle: a.bundle, repository_id: ctx.repo.id, bundle_url: `${ctx.core.urls.api}/repos/${ctx.repo.fullName}/attestations/bundles/${a.id}` })) });
    },
};

;// CONCATENATED MODULE: ./test/support/github/builders/git.ts


/**
 * The emulator holds no keys: signed objects are reported with GitHub's
 * reason for a key it does not know, unsigned ones as unsigned.
 */
function verification(obj) {
    if (!obj.signature)
        return { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null };
    return { verified: false, reason: 'unknown_key', payload: obj.payload, signature: obj.signature, verified_at: null };
}
function gitRef(urls, repo, ref) {
    const api = repoApiUrl(urls, repo);
    const objectUrl = ref.type === 'tag' ? `${api}/git/tags/${ref.sha}` : `${api}/git/commits/${ref.sha}`;
    return {
        ref: ref.ref,
        node_id: nodeId('REF', `${repo.id}:${ref.ref}`),
        url: `${api}/git/${ref.ref}`,
        object: { type: ref.type, sha: ref.sha, url: objectUrl },
    };
}
function gitTag(urls, repo, tag) {
    const api = repoApiUrl(urls, repo);
    const objectUrl = tag.type === 'tag' ? `${api}/git/tags/${tag.object}` : `${api}/git/commits/${tag.object}`;
    return {
        node_id: nodeId('TAG', tag.sha),
        tag: tag.tag,
        sha: tag.sha,
        url: `${api}/git/tags/${tag.sha}`,
        message: tag.message,
        tagger: { name: tag.tagger.name, email: tag.tagger.email, date: tag.tagger.date },
        object: { sha: tag.object, type: tag.type, url: objectUrl },
        verification: verification(tag),
    };
}
function commit(urls, repo, info, files) {
    const api = repoApiUrl(urls, repo);
    const html = repoHtmlUrl(urls, repo);
    const result = {
        url: `${api}/commits/${info.sha}`,
        sha: info.sha,
        node_id: nodeId('C', info.sha),
        html_url: `${html}/commit/${info.sha}`,
        comments_url: `${api}/commits/${info.sha}/comments`,
        commit: {
            url: `${api}/git/commits/${info.sha}`,
            author: { ...info.author },
            committer: { ...info.committer },
            message: info.message.replace(/\n+$/, ''),
            comment_count: 0,
            tree: { sha: info.tree, url: `${api}/git/trees/${info.tree}` },
            verification: verification(info),
        },
        // GitHub maps commit e-mails to accounts; the emulator knows none.
        author: null,
        committer: null,
        parents: info.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${html}/commit/${p}` })),
    };
    if (files) {
        const additions = files.reduce((n, f) => n + f.additions, 0);
        const deletions = files.reduce((n, f) => n + f.deletions, 0);
        result.stats = { additions, deletions, total: additions + deletions };
        result.files = files;
    }
    return result;
}
const STATUS = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
function diffEntry(urls, repo, at, f) {
    const api = repoApiUrl(urls, repo);
    const html = repoHtmlUrl(urls, repo);
    const path = f.path.split('/').map(encodeURIComponent).join('/');
    return {
        sha: f.blob,
        filename: f.path,
        status: STATUS[f.status] ?? 'modified',
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        blob_url: `${html}/blob/${at}/${path}`,
        raw_url: `${html}/raw/${at}/${path}`,
        contents_url: `${api}/contents/${path}?ref=${at}`,
        ...(f.previous ? { previous_filename: f.previous } : {}),
    };
}
function branchWithProtection(urls, repo, name, head) {
    const api = repoApiUrl(urls, repo);
    const isProtected = repo.protectedBranches.includes(name);
    return {
        name,
        commit: head,
        _links: { html: `${repoHtmlUrl(urls, repo)}/tree/${name}`, self: `${api}/branches/${encodeURIComponent(name)}` },
        protected: isProtected,
        protection: {
            enabled: isProtected,
            required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: `${api}/branches/${encodeURIComponent(name)}/protection`,
    };
}

;// CONCATENATED MODULE: ./test/support/github/builders/issues.ts


function label(urls, repo, l) {
    return {
        id: l.id,
        node_id: l.nodeId,
        url: `${repoApiUrl(urls, repo)}/labels/${encodeURIComponent(l.name)}`,
        name: l.name,
        description: l.description,
        color: l.color,
        default: l.default,
    };
}
function milestone(urls, repo, m, viewer) {
    const api = repoApiUrl(urls, repo);
    const issues = repo.issues.filter((i) => i.milestone === m.number);
    return {
        url: `${api}/milestones/${m.number}`,
        html_url: `${repoHtmlUrl(urls, repo)}/milestone/${m.number}`,
        labels_url: `${api}/milestones/${m.number}/labels`,
        id: m.id,
        node_id: m.nodeId,
        number: m.number,
        state: m.state,
        title: m.title,
        description: m.description,
        creator: simpleUser(urls, userRecord(m.creator, viewer)),
        open_issues: issues.filter((i) => i.state === 'open').length,
        closed_issues: issues.filter((i) => i.state === 'closed').length,
        created_at: m.createdAt,
        updated_at: m.updatedAt,
        closed_at: m.closedAt,
        due_on: m.dueOn,
    };
}
function labelsOf(urls, repo, names) {
    return names.flatMap((n) => {
        const l = repo.labels.find((x) => x.name === n);
        return l ? [label(urls, repo, l)] : [];
    });
}
function milestoneOf(urls, repo, n, viewer) {
    const m = n === null ? undefined : repo.milestones.find((x) => x.number === n);
    return m ? milestone(urls, repo, m, viewer) : null;
}
function issue(urls, repo, i, viewer) {
    const api = repoApiUrl(urls, repo);
    const html = repoHtmlUrl(urls, repo);
    const assignees = i.assignees.map((a) => simpleUser(urls, userRecord(a, viewer)));
    const pull = repo.pulls.find((p) => p.number === i.number);
    return {
        id: i.id,
        node_id: i.nodeId,
        url: `${api}/issues/${i.number}`,
        repository_url: api,
        labels_url: `${api}/issues/${i.number}/labels{/name}`,
        comments_url: `${api}/issues/${i.number}/comments`,
        events_url: `${api}/issues/${i.number}/events`,
        html_url: `${html}/${i.isPullRequest ? 'pull' : 'issues'}/${i.number}`,
        number: i.number,
        state: i.state,
        state_reason: i.stateReason,
        title: i.title,
        body: i.body,
        user: simpleUser(urls, userRecord(i.user, viewer)),
        labels: labelsOf(urls, repo, i.labels),
        assignee: assignees[0] ?? null,
        assignees,
        milestone: milestoneOf(urls, repo, i.milestone, viewer),
        locked: i.locked,
        active_lock_reason: null,
        comments: i.comments.length,
        ...(pull
            ? {
                pull_request: {
                    url: `${api}/pulls/${i.number}`,
                    html_url: `${html}/pull/${i.number}`,
                    diff_url: `${html}/pull/${i.number}.diff`,
                    patch_url: `${html}/pull/${i.number}.patch`,
                    merged_at: pull.mergedAt,
                },
                draft: pull.draft,
            }
            : {}),
        closed_at: i.closedAt,
        created_at: i.createdAt,
        updated_at: i.updatedAt,
        author_association: i.user === repo.owner ? 'OWNER' : 'COLLABORATOR',
        timeline_url: `${api}/issues/${i.number}/timeline`,
    };
}
function issueComment(urls, repo, i, c, viewer) {
    const api = repoApiUrl(urls, repo);
    return {
        id: c.id,
        node_id: c.nodeId,
        url: `${api}/issues/comments/${c.id}`,
        html_url: `${repoHtmlUrl(urls, repo)}/${i.isPullRequest ? 'pull' : 'issues'}/${i.number}#issuecomment-${c.id}`,
        body: c.body,
        user: simpleUser(urls, userRecord(c.user, viewer)),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
        issue_url: `${api}/issues/${i.number}`,
        author_association: 'COLLABORATOR',
    };
}

;// CONCATENATED MODULE: ./test/support/github/builders/pulls.ts



function pullRequestSimple(urls, repo, issue, pull, viewer) {
    const api = repoApiUrl(urls, repo);
    const html = repoHtmlUrl(urls, repo);
    const n = pull.number;
    const owner = simpleUser(urls, ownerRecord(repo, viewer));
    const repoObject = repos_repository(urls, repo, viewer);
    const assignees = issue.assignees.map((a) => simpleUser(urls, userRecord(a, viewer)));
    const link = (href) => ({ href });
    return {
        url: `${api}/pulls/${n}`,
        id: pull.id,
        node_id: pull.nodeId,
        html_url: `${html}/pull/${n}`,
        diff_url: `${html}/pull/${n}.diff`,
        patch_url: `${html}/pull/${n}.patch`,
        issue_url: `${api}/issues/${n}`,
        commits_url: `${api}/pulls/${n}/commits`,
        review_comments_url: `${api}/pulls/${n}/comments`,
        review_comment_url: `${api}/pulls/comments{/number}`,
        comments_url: `${api}/issues/${n}/comments`,
        statuses_url: `${api}/statuses/${pull.headSha}`,
        number: n,
        state: issue.state,
        locked: issue.locked,
        title: issue.title,
        user: simpleUser(urls, userRecord(issue.user, viewer)),
        body: issue.body,
        labels: labelsOf(urls, repo, issue.labels).map((l) => ({ ...l, description: l.description ?? '' })),
        milestone: milestoneOf(urls, repo, issue.milestone, viewer),
        active_lock_reason: null,
        created_at: issue.createdAt,
        updated_at: issue.updatedAt,
        closed_at: issue.closedAt,
        merged_at: pull.mergedAt,
        merge_commit_sha: pull.mergeCommitSha,
        assignee: assignees[0] ?? null,
        assignees,
        requested_reviewers: [],
        requested_teams: [],
        head: { label: `${repo.owner}:${pull.head}`, ref: pull.head, repo: repoObject, sha: pull.headSha, user: owner },
        base: { label: `${repo.owner}:${pull.base}`, ref: pull.base, repo: repoObject, sha: pull.baseSha, user: owner },
        _links: {
            self: link(`${api}/pulls/${n}`),
            html: link(`${html}/pull/${n}`),
            issue: link(`${api}/issues/${n}`),
            comments: link(`${api}/issues/${n}/comments`),
            review_comments: link(`${api}/pulls/${n}/comments`),
            review_comment: link(`${api}/pulls/comments{/number}`),
            commits: link(`${api}/pulls/${n}/commits`),
            statuses: link(`${api}/statuses/${pull.headSha}`),
        },
        author_association: issue.user === repo.owner ? 'OWNER' : 'COLLABORATOR',
        auto_merge: null,
        draft: pull.draft,
    };
}
function pullRequest(urls, repo, issue, pull, facts, viewer) {
    const simple = pullRequestSimple(urls, repo, issue, pull, viewer);
    const user = simpleUser(urls, userRecord(issue.user, viewer));
    return {
        ...simple,
        state: issue.state,
        user,
        labels: labelsOf(urls, repo, issue.labels),
        head: { ...simple.head, user: simple.head.user ?? user },
        base: { ...simple.base, user: simple.base.user ?? user },
        merged: pull.merged,
        mergeable: facts.mergeable,
        rebaseable: facts.mergeable,
        mergeable_state: pull.merged || issue.state === 'closed' ? 'unknown' : facts.mergeable ? 'clean' : 'dirty',
        merged_by: pull.mergedBy ? simpleUser(urls, userRecord(pull.mergedBy, viewer)) : null,
        comments: issue.comments.length,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: facts.commits,
        additions: facts.additions,
        deletions: facts.deletions,
        changed_files: facts.changedFiles,
    };
}

;// CONCATENATED MODULE: ./test/support/github/routes/pulls.ts




/** An open pull request follows its branches; a closed one keeps what it had. */
async function refreshPull(ctx, pull) {
    const issue = ctx.repo.issues.find((i) => i.number === pull.number);
    if (!issue || issue.state !== 'open')
        return;
    const git = gitOf(ctx);
    pull.headSha = (await git.resolve(`refs/heads/${pull.head}`)) ?? pull.headSha;
    pull.baseSha = (await git.resolve(`refs/heads/${pull.base}`)) ?? pull.baseSha;
}
async function facts(ctx, pull, issue) {
    const git = gitOf(ctx);
    if (pull.merged && pull.mergeCommitSha) {
        const files = await git.diffFiles(`${pull.mergeCommitSha}^1`, pull.mergeCommitSha);
        return { mergeable: null, commits: pull.commitShas.length, ...sums(files) };
    }
    const base = (await git.mergeBase(pull.baseSha, pull.headSha)) ?? pull.baseSha;
    const files = await git.diffFiles(base, pull.headSha);
    const mergeable = issue.state === 'open' ? (await git.mergeTree(pull.baseSha, pull.headSha)) !== null : null;
    return { mergeable, commits: (await git.revList(pull.headSha, { exclude: pull.baseSha })).length, ...sums(files) };
}
function sums(files) {
    return {
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changedFiles: files.length,
    };
}
function find(ctx) {
    const n = intParam(ctx, 'pull_number');
    const pull = ctx.repo.pulls.find((p) => p.number === n);
    const issue = ctx.repo.issues.find((i) => i.number === n);
    if (!pull || !issue)
        throw notFound();
    return { pull, issue };
}
async function full(ctx, pull, issue) {
    await refreshPull(ctx, pull);
    return pullRequest(ctx.core.urls, ctx.repo, issue, pull, await facts(ctx, pull, issue), ctx.core.user);
}
const branchOf = (spec) => spec.replace(/^[^:]+:/, '');
const pullRoutes = {
    'pulls/list': async (ctx) => {
        const state = query(ctx, 'state') ?? 'open';
        const head = query(ctx, 'head');
        const base = query(ctx, 'base');
        const result = [];
        for (const pull of [...ctx.repo.pulls].reverse()) {
            const issue = ctx.repo.issues.find((i) => i.number === pull.number);
            if (state !== 'all' && issue.state !== state)
                continue;
            if (head && `${ctx.repo.owner}:${pull.head}`.toLowerCase() !== head.toLowerCase() && pull.head !== head)
                continue;
            if (base && pull.base !== base)
                continue;
            await refreshPull(ctx, pull);
            result.push(pullRequestSimple(ctx.core.urls, ctx.repo, issue, pull, ctx.core.user));
        }
        if (query(ctx, 'direction') === 'asc')
            result.reverse();
        return util_list(ctx, result);
    },
    'pulls/create': async (ctx) => {
        const body = bodyOf(ctx);
        const git = gitOf(ctx);
        const head = branchOf(body.head);
        const headSha = await git.resolve(`refs/heads/${head}`);
        const baseSha = await git.resolve(`refs/heads/${body.base}`);
        if (!headSha)
            throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
        if (!baseSha)
            throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
        const open = ctx.repo.pulls.find((p) => p.head === head && p.base === body.base && ctx.repo.issues.find((i) => i.number === p.number)?.state === 'open');
        if (open)
            throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ctx.repo.owner}:${head}.` });
        if ((await git.revList(headSha, { exclude: baseSha })).length === 0) {
            throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${head}` });
        }
        const now = isoNow();
        const number = takeNumber(ctx.repo);
        const issueId = ctx.core.nextId();
        const issue = {
            id: issueId,
            nodeId: nodeId('I', issueId),
            number,
            title: body.title ?? head,
            body: body.body ?? null,
            state: 'open',
            stateReason: null,
            labels: [],
            milestone: null,
            assignees: [],
            user: ctx.core.user.login,
            locked: false,
            createdAt: now,
            updatedAt: now,
            closedAt: null,
            comments: [],
            isPullRequest: true,
        };
        const id = ctx.core.nextId();
        const pull = {
            number,
            id,
            nodeId: nodeId('PR', id),
            head,
            base: body.base,
            headSha,
            baseSha,
            draft: body.draft ?? false,
            merged: false,
            mergedAt: null,
            mergedBy: null,
            mergeCommitSha: null,
            commitShas: [],
        };
        ctx.repo.issues.push(issue);
        ctx.repo.pulls.push(pull);
        const result = await full(ctx, pull, issue);
        return created(result, result.url);
    },
    'pulls/get': async (ctx) => {
        const { pull, issue } = find(ctx);
        return util_ok(await full(ctx, pull, issue));
    },
    'pulls/update': async (ctx) => {
        const { pull, issue } = find(ctx);
        const body = bodyOf(ctx);
        if (body.base !== undefined) {
            if (!(await gitOf(ctx).resolve(`refs/heads/${body.base}`)))
                throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
            pull.base = body.base;
        }
        if (body.title !== undefined)
            issue.title = body.title;
        if (body.body !== undefined)
            issue.body = body.body;
        if (body.state && body.state !== issue.state) {
            if (pull.merged)
                throw validationFailed({ resource: 'PullRequest', code: 'custom', message: 'Cannot reopen a merged pull request' });
            issue.state = body.state;
            issue.closedAt = body.state === 'closed' ? isoNow() : null;
        }
        issue.updatedAt = isoNow();
        return util_ok(await full(ctx, pull, issue));
    },
    'pulls/merge': async (ctx) => {
        const { pull, issue } = find(ctx);
        const body = bodyOf(ctx);
        if (issue.state !== 'open' || pull.merged)
            throw new HttpError(405, 'Pull Request is not mergeable');
        await refreshPull(ctx, pull);
        if (body.sha && body.sha !== pull.headSha)
            throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
        const method = body.merge_method ?? 'merge';
        if (method === 'rebase')
            throw new HttpError(405, 'Rebase merges are not allowed on this repository.');
        const git = gitOf(ctx);
        const tree = await git.mergeTree(pull.baseSha, pull.headSha);
        if (!tree)
            throw new HttpError(405, 'Pull Request is not mergeable');
        const commits = await git.revList(pull.headSha, { exclude: pull.baseSha });
        let message;
        let parents;
        if (method === 'squash') {
            const subjects = [];
            for (const c of [...commits].reverse())
                subjects.push(`* ${(await git.commit(c)).message.trim()}`);
            message = `${body.commit_title ?? `${issue.title} (#${pull.number})`}\n\n${body.commit_message ?? subjects.join('\n\n')}\n`;
            parents = [pull.baseSha];
        }
        else {
            message = `${body.commit_title ?? `Merge pull request #${pull.number} from ${ctx.repo.owner}/${pull.head}`}\n\n${body.commit_message ?? issue.title}\n`;
            parents = [pull.baseSha, pull.headSha];
        }
        const who = { name: ctx.core.user.login, email: `${ctx.core.user.id}+${ctx.core.user.login}@users.noreply.github.com` };
        const sha = await git.commitTree(tree, parents, message, who, { name: 'GitHub', email: 'noreply@github.com' });
        if (!(await git.updateRef(`refs/heads/${pull.base}`, sha, pull.baseSha))) {
            throw new HttpError(409, 'Base branch was modified. Review and try the merge again.');
        }
        const now = isoNow();
        Object.assign(pull, { merged: true, mergedAt: now, mergedBy: ctx.core.user.login, mergeCommitSha: sha, commitShas: commits });
        Object.assign(issue, { state: 'closed', closedAt: now, updatedAt: now });
        return util_ok({ sha, merged: true, message: 'Pull Request successfully merged' });
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/commits.ts
/** Commits, comparisons and the pull requests that brought a commit. */






const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const emptyRepository = () => new HttpError(409, 'Git Repository is empty.');
const isEmpty = async (git) => (await git.refs()).length === 0;
/** Changed files between two commits, as diff-entry objects with the blob shas GitHub reports. */
async function changedFiles(ctx, git, from, to) {
    const files = await git.diffFiles(from, to);
    const blobs = new Map();
    const listing = await git.out(['ls-tree', '-r', to]);
    for (const line of listing.split('\n')) {
        const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/.exec(line);
        if (m)
            blobs.set(m[2], m[1]);
    }
    return files.map((f) => diffEntry(ctx.core.urls, ctx.repo, to, { ...f, blob: blobs.get(f.path) ?? null }));
}
/** `base...head` (or `base..head`), where either side may be `owner:branch`. */
function splitBasehead(basehead) {
    const m = /^(.+?)\.{2,3}(.+)$/.exec(basehead);
    if (!m)
        return null;
    const strip = (s) => s.replace(/^[^:]+:/, '');
    return [strip(m[1]), strip(m[2])];
}
const commitRoutes = {
    'repos/get-commit': async (ctx) => {
        const git = gitOf(ctx);
        const sha = await git.resolveCommitish(ctx.params.ref);
        if (!sha)
            throw (await isEmpty(git)) ? emptyRepository() : new HttpError(422, `No commit found for SHA: ${ctx.params.ref}`);
        const info = await git.commit(sha);
        const files = await changedFiles(ctx, git, info.parents[0] ?? EMPTY_TREE, sha);
        return util_ok(commit(ctx.core.urls, ctx.repo, info, files));
    },
    'repos/list-commits': async (ctx) => {
        const git = gitOf(ctx);
        const start = query(ctx, 'sha') ?? ctx.repo.defaultBranch;
        const sha = await git.resolveCommitish(start);
        if (!sha)
            throw (await isEmpty(git)) ? emptyRepository() : notFound();
        const shas = await git.revList(sha, { path: query(ctx, 'path') });
        const { page, headers } = paginate(shas, ctx.url);
        const commits = [];
        for (const s of page)
            commits.push(commit(ctx.core.urls, ctx.repo, await git.commit(s)));
        return util_ok(commits, headers);
    },
    'repos/compare-commits-with-basehead': async (ctx) => {
        const git = gitOf(ctx);
        const sides = splitBasehead(ctx.params.basehead);
        if (!sides)
            throw notFound();
        const [base, head] = await Promise.all(sides.map((s) => git.resolveCommitish(s)));
        if (!base || !head)
            throw notFound();
        const mergeBase = await git.mergeBase(base, head);
        if (!mergeBase)
            throw notFound();
        const ahead = (await git.revList(head, { exclude: base })).reverse();
        const behind = await git.revList(base, { exclude: head });
        const status = ahead.length && behind.length ? 'diverged' : ahead.length ? 'ahead' : behind.length ? 'behind' : 'identical';
        const { page, headers } = paginate(ahead, ctx.url);
        const commits = [];
        for (const s of page)
            commits.push(commit(ctx.core.urls, ctx.repo, await git.commit(s)));
        const html = repoHtmlUrl(ctx.core.urls, ctx.repo);
        return util_ok({
            url: `${repoApiUrl(ctx.core.urls, ctx.repo)}/compare/${ctx.params.basehead}`,
            html_url: `${html}/compare/${ctx.params.basehead}`,
            permalink_url: `${html}/compare/${base}...${head}`,
            diff_url: `${html}/compare/${ctx.params.basehead}.diff`,
            patch_url: `${html}/compare/${ctx.params.basehead}.patch`,
            base_commit: commit(ctx.core.urls, ctx.repo, await git.commit(base)),
            merge_base_commit: commit(ctx.core.urls, ctx.repo, await git.commit(mergeBase)),
            status,
            ahead_by: ahead.length,
            behind_by: behind.length,
            total_commits: ahead.length,
            commits,
            files: await changedFiles(ctx, git, mergeBase, head),
        }, headers);
    },
    'repos/list-pull-requests-associated-with-commit': async (ctx) => {
        const git = gitOf(ctx);
        const sha = await git.resolveCommitish(ctx.params.commit_sha);
        if (!sha)
            throw new HttpError(422, `No commit found for SHA: ${ctx.params.commit_sha}`);
        const pulls = [];
        for (const pull of [...ctx.repo.pulls].reverse()) {
            await refreshPull(ctx, pull);
            if (pull.mergeCommitSha === sha || pull.headSha === sha || pull.commitShas.includes(sha)) {
                const issue = ctx.repo.issues.find((i) => i.number === pull.number);
                pulls.push(pullRequestSimple(ctx.core.urls, ctx.repo, issue, pull, ctx.core.user));
            }
        }
        return util_list(ctx, pulls);
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/contents.ts
/** Repository contents: read a file or directory, create or update a file with a commit. */




function contents_describe(ctx, ref, e) {
    const api = repoApiUrl(ctx.core.urls, ctx.repo);
    const html = repoHtmlUrl(ctx.core.urls, ctx.repo);
    const encoded = e.path.split('/').map(encodeURIComponent).join('/');
    const isDir = e.type === 'tree';
    const self = `${api}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
    const gitUrl = `${api}/git/${isDir ? 'trees' : 'blobs'}/${e.sha}`;
    const htmlUrl = `${html}/${isDir ? 'tree' : 'blob'}/${ref}/${encoded}`;
    return {
        type: isDir ? 'dir' : 'file',
        size: isDir ? 0 : e.size,
        name: e.path.split('/').pop(),
        path: e.path,
        sha: e.sha,
        url: self,
        git_url: gitUrl,
        html_url: htmlUrl,
        download_url: isDir ? null : `${ctx.core.urls.server}/${ctx.repo.fullName}/raw/${ref}/${encoded}`,
        _links: { self, git: gitUrl, html: htmlUrl },
    };
}
/** GitHub wraps base64 content at 60 characters. */
const wrap = (b64) => (b64.match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');
const wantsRaw = (ctx) => /application\/vnd\.github(\.v3)?\.raw/.test(String(ctx.headers.accept ?? ''));
const contentRoutes = {
    'repos/get-content': async (ctx) => {
        const git = gitOf(ctx);
        const ref = query(ctx, 'ref') ?? ctx.repo.defaultBranch;
        const sha = await git.resolveCommitish(ref);
        if (!sha)
            throw new HttpError(404, `No commit found for the ref ${ref}`);
        const path = ctx.params.path.replace(/^\/+|\/+$/g, '');
        const entry = await git.lsTree(sha, path);
        if (!entry)
            throw notFound();
        if (entry.type === 'tree') {
            const children = await git.lsDir(sha, path);
            return util_ok(children.map((c) => contents_describe(ctx, ref, c)));
        }
        const data = await git.blob(entry.sha);
        if (wantsRaw(ctx))
            return { status: 200, bytes: { contentType: 'text/plain; charset=utf-8', data } };
        return util_ok({ ...contents_describe(ctx, ref, { ...entry, path }), content: wrap(data.toString('base64')), encoding: 'base64' });
    },
    'repos/create-or-update-file-contents': async (ctx) => {
        const body = bodyOf(ctx);
        const git = gitOf(ctx);
        const branch = body.branch ?? ctx.repo.defaultBranch;
        const ref = `refs/heads/${branch}`;
        const path = ctx.params.path.replace(/^\/+|\/+$/g, '');
        const parent = await git.resolve(ref);
        if (!parent && (await git.refs()).length > 0)
            throw new HttpError(404, `Branch ${branch} not found`);
        if (ctx.repo.protectedBranches.includes(branch))
            throw conflict(`Protected branch update failed for ${ref}.`);
        const existing = parent ? await git.lsTree(parent, path) : null;
        if (existing && !body.sha)
            throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
        if (existing && body.sha !== existing.sha)
            throw conflict(`${path} does not match ${body.sha}`);
        const data = Buffer.from(body.content, 'base64');
        const tree = await git.writeTree(parent ? await git.resolve(parent, 'tree') : null, [{ path, data }]);
        const who = { name: ctx.core.user.login, email: `${ctx.core.user.id}+${ctx.core.user.login}@users.noreply.github.com` };
        const sha = await git.commitTree(tree, parent ? [parent] : [], body.message, body.author ?? body.committer ?? who, body.committer ?? who);
        if (!(await git.updateRef(ref, sha, parent ?? '')))
            throw conflict(`${ref} was updated concurrently`);
        const entry = (await git.lsTree(sha, path));
        const full = commit(ctx.core.urls, ctx.repo, await git.commit(sha));
        return {
            status: existing ? 200 : 201,
            body: {
                content: contents_describe(ctx, branch, { ...entry, path }),
                commit: {
                    sha,
                    node_id: full.node_id,
                    url: full.commit.url,
                    html_url: full.html_url,
                    author: full.commit.author,
                    committer: full.commit.committer,
                    message: full.commit.message,
                    tree: full.commit.tree,
                    parents: full.parents,
                    verification: full.commit.verification,
                },
            },
        };
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/git.ts
/** Git database: references and annotated tags, read from and written to the bare repository. */



/** `{ref}` parameters name refs without the `refs/` prefix. */
const fullRef = (ctx) => `refs/${ctx.params.ref.replace(/^refs\//, '')}`;
function refusedIfProtected(ctx, ref) {
    const branch = ref.replace(/^refs\/heads\//, '');
    if (ref.startsWith('refs/heads/') && ctx.repo.protectedBranches.includes(branch)) {
        throw unprocessable(`Protected branch update failed for ${ref}.`);
    }
}
/** Nothing found: GitHub answers 409 for an empty repository and 404 otherwise. */
async function missing(ctx) {
    return (await gitOf(ctx).refs()).length === 0 ? conflict('Git Repository is empty.') : notFound();
}
const gitRoutes = {
    'git/get-ref': async (ctx) => {
        const ref = await gitOf(ctx).ref(fullRef(ctx));
        if (!ref)
            throw await missing(ctx);
        return util_ok(gitRef(ctx.core.urls, ctx.repo, ref));
    },
    'git/list-matching-refs': async (ctx) => {
        const all = await gitOf(ctx).refs();
        if (all.length === 0)
            throw conflict('Git Repository is empty.');
        const prefix = fullRef(ctx);
        return util_ok(all.filter((r) => r.ref.startsWith(prefix)).map((r) => gitRef(ctx.core.urls, ctx.repo, r)));
    },
    'git/create-ref': async (ctx) => {
        const { ref, sha } = bodyOf(ctx);
        if (!/^refs\/[^/]+\/.+/.test(ref))
            throw unprocessable('Reference name must start with refs/ and have at least two slashes.');
        const git = gitOf(ctx);
        if (!(await git.objectType(sha)))
            throw unprocessable('Object does not exist');
        refusedIfProtected(ctx, ref);
        if (!(await git.updateRef(ref, sha, '')))
            throw unprocessable('Reference already exists');
        const created_ = (await git.ref(ref));
        const body = gitRef(ctx.core.urls, ctx.repo, created_);
        return created(body, body.url);
    },
    'git/update-ref': async (ctx) => {
        const { sha, force } = bodyOf(ctx);
        const git = gitOf(ctx);
        const ref = fullRef(ctx);
        const current = await git.ref(ref);
        if (!current)
            throw unprocessable('Reference does not exist');
        if (!(await git.objectType(sha)))
            throw unprocessable('Object does not exist');
        refusedIfProtected(ctx, ref);
        if (!force && !(await git.isAncestor(current.sha, sha)))
            throw unprocessable('Update is not a fast forward');
        if (!(await git.updateRef(ref, sha, current.sha)))
            throw conflict('Reference cannot be updated');
        return util_ok(gitRef(ctx.core.urls, ctx.repo, (await git.ref(ref))));
    },
    'git/delete-ref': async (ctx) => {
        const git = gitOf(ctx);
        const ref = fullRef(ctx);
        if (!(await git.ref(ref)))
            throw unprocessable('Reference does not exist');
        if (ref === `refs/heads/${ctx.repo.defaultBranch}`)
            throw unprocessable('Cannot delete the default branch');
        refusedIfProtected(ctx, ref);
        await git.deleteRef(ref);
        return noContent();
    },
    'git/create-tag': async (ctx) => {
        const body = bodyOf(ctx);
        const git = gitOf(ctx);
        const actual = await git.objectType(body.object);
        if (!actual)
            throw unprocessable('Object does not exist');
        if (actual !== body.type)
            throw unprocessable(`Object type mismatch: ${body.object} is a ${actual}`);
        const when = body.tagger?.date ? new Date(body.tagger.date) : new Date();
        const name = body.tagger?.name ?? ctx.core.user.login;
        const email = body.tagger?.email ?? `${ctx.core.user.id}+${ctx.core.user.login}@users.noreply.github.com`;
        const text = `object ${body.object}\ntype ${body.type}\ntag ${body.tag}\n` +
            `tagger ${name} <${email}> ${Math.floor(when.getTime() / 1000)} +0000\n\n${body.message}${body.message.endsWith('\n') ? '' : '\n'}`;
        const sha = await git.out(['mktag'], { input: text });
        const tag = gitTag(ctx.core.urls, ctx.repo, await git.tag(sha));
        return created(tag, tag.url);
    },
    'git/get-tag': async (ctx) => {
        const git = gitOf(ctx);
        const sha = ctx.params.tag_sha;
        if ((await git.objectType(sha)) !== 'tag')
            throw notFound();
        return util_ok(gitTag(ctx.core.urls, ctx.repo, await git.tag(await git.out(['rev-parse', '--verify', sha]))));
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/issues.ts
/** Issues, their comments and labels, repository labels and milestones. */




function findIssue(ctx) {
    const n = intParam(ctx, 'issue_number');
    const issue = ctx.repo.issues.find((i) => i.number === n);
    if (!issue)
        throw notFound();
    return issue;
}
/** GitHub creates labels that do not exist yet when they are put on an issue. */
function ensureLabels(ctx, inputs) {
    return inputs.map((input) => {
        const name = typeof input === 'string' ? input : input.name;
        const existing = ctx.repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
        if (existing)
            return existing.name;
        ctx.repo.labels.push(newLabel(ctx, { name, color: 'ededed' }));
        return name;
    });
}
function newLabel(ctx, input) {
    const id = ctx.core.nextId();
    return { id, nodeId: nodeId('LA', id), name: input.name, color: (input.color ?? 'ededed').replace(/^#/, ''), description: input.description ?? null, default: false };
}
function milestoneNumber(ctx, value) {
    if (value === null || value === undefined)
        return null;
    const n = Number(value);
    if (!ctx.repo.milestones.some((m) => m.number === n))
        throw validationFailed({ resource: 'Issue', field: 'milestone', code: 'invalid' });
    return n;
}
const issueJson = (ctx, i) => issue(ctx.core.urls, ctx.repo, i, ctx.core.user);
const issueRoutes = {
    'issues/list-for-repo': (ctx) => {
        const state = query(ctx, 'state') ?? 'open';
        const labels = (query(ctx, 'labels') ?? '').split(',').filter(Boolean);
        const milestone = query(ctx, 'milestone');
        const items = [...ctx.repo.issues].reverse().filter((i) => {
            if (state !== 'all' && i.state !== state)
                return false;
            if (!labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
                return false;
            if (milestone === 'none' && i.milestone !== null)
                return false;
            if (milestone === '*' && i.milestone === null)
                return false;
            if (milestone && /^\d+$/.test(milestone) && i.milestone !== Number(milestone))
                return false;
            return true;
        });
        if (query(ctx, 'direction') === 'asc')
            items.reverse();
        return util_list(ctx, items.map((i) => issueJson(ctx, i)));
    },
    'issues/create': (ctx) => {
        const body = bodyOf(ctx);
        const now = isoNow();
        const id = ctx.core.nextId();
        const issue = {
            id,
            nodeId: nodeId('I', id),
            number: 0,
            title: String(body.title),
            body: body.body ?? null,
            state: 'open',
            stateReason: null,
            labels: ensureLabels(ctx, body.labels ?? []),
            milestone: milestoneNumber(ctx, body.milestone),
            assignees: body.assignees ?? (body.assignee ? [body.assignee] : []),
            user: ctx.core.user.login,
            locked: false,
            createdAt: now,
            updatedAt: now,
            closedAt: null,
            comments: [],
            isPullRequest: false,
        };
        issue.number = takeNumber(ctx.repo);
        ctx.repo.issues.push(issue);
        const json = issueJson(ctx, issue);
        return created(json, json.url);
    },
    'issues/get': (ctx) => util_ok(issueJson(ctx, findIssue(ctx))),
    'issues/update': (ctx) => {
        const issue = findIssue(ctx);
        const body = bodyOf(ctx);
        if (body.title !== undefined && body.title !== null)
            issue.title = String(body.title);
        if (body.body !== undefined)
            issue.body = body.body;
        if (body.labels)
            issue.labels = ensureLabels(ctx, body.labels);
        if (body.milestone !== undefined)
            issue.milestone = milestoneNumber(ctx, body.milestone);
        if (body.assignees)
            issue.assignees = body.assignees;
        if (body.state && body.state !== issue.state) {
            issue.state = body.state;
            issue.closedAt = body.state === 'closed' ? isoNow() : null;
            issue.stateReason = body.state_reason ?? (body.state === 'closed' ? 'completed' : 'reopened');
        }
        issue.updatedAt = isoNow();
        return util_ok(issueJson(ctx, issue));
    },
    'issues/list-comments': (ctx) => {
        const issue = findIssue(ctx);
        return util_list(ctx, issue.comments.map((c) => issueComment(ctx.core.urls, ctx.repo, issue, c, ctx.core.user)));
    },
    'issues/create-comment': (ctx) => {
        const issue = findIssue(ctx);
        const now = isoNow();
        const id = ctx.core.nextId();
        const comment = { id, nodeId: nodeId('IC', id), body: bodyOf(ctx).body, user: ctx.core.user.login, createdAt: now, updatedAt: now };
        issue.comments.push(comment);
        const json = issueComment(ctx.core.urls, ctx.repo, issue, comment, ctx.core.user);
        return created(json, json.url);
    },
    'issues/add-labels': (ctx) => {
        const issue = findIssue(ctx);
        const body = ctx.body;
        const inputs = Array.isArray(body) ? body : typeof body === 'string' ? [body] : (body?.labels ?? []);
        for (const name of ensureLabels(ctx, inputs))
            if (!issue.labels.includes(name))
                issue.labels.push(name);
        issue.updatedAt = isoNow();
        return util_ok(issue.labels.map((n) => label(ctx.core.urls, ctx.repo, ctx.repo.labels.find((l) => l.name === n))));
    },
    'issues/list-labels-for-repo': (ctx) => util_list(ctx, ctx.repo.labels.map((l) => label(ctx.core.urls, ctx.repo, l))),
    'issues/get-label': (ctx) => {
        const l = ctx.repo.labels.find((x) => x.name.toLowerCase() === ctx.params.name.toLowerCase());
        if (!l)
            throw notFound();
        return util_ok(label(ctx.core.urls, ctx.repo, l));
    },
    'issues/create-label': (ctx) => {
        const body = bodyOf(ctx);
        if (ctx.repo.labels.some((l) => l.name.toLowerCase() === body.name.toLowerCase())) {
            throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
        }
        const l = newLabel(ctx, body);
        ctx.repo.labels.push(l);
        const json = label(ctx.core.urls, ctx.repo, l);
        return created(json, json.url);
    },
    'issues/list-milestones': (ctx) => {
        const state = query(ctx, 'state') ?? 'open';
        const items = ctx.repo.milestones.filter((m) => state === 'all' || m.state === state);
        return util_list(ctx, items.map((m) => milestone(ctx.core.urls, ctx.repo, m, ctx.core.user)));
    },
    'issues/create-milestone': (ctx) => {
        const body = bodyOf(ctx);
        if (ctx.repo.milestones.some((m) => m.title === body.title)) {
            throw validationFailed({ resource: 'Milestone', code: 'already_exists', field: 'title' });
        }
        const now = isoNow();
        const id = ctx.core.nextId();
        const number = ctx.repo.milestones.length + 1;
        const m = {
            id,
            nodeId: nodeId('MI', id),
            number,
            title: body.title,
            description: body.description ?? null,
            state: body.state ?? 'open',
            dueOn: body.due_on ?? null,
            createdAt: now,
            updatedAt: now,
            closedAt: body.state === 'closed' ? now : null,
            creator: ctx.core.user.login,
        };
        ctx.repo.milestones.push({ ...m });
        const json = milestone(ctx.core.urls, ctx.repo, m, ctx.core.user);
        return created(json, json.url);
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/pages.ts


/** The `page` object GitHub answers with. */
function page(ctx, repo, pages) {
    const owner = repo.owner.toLowerCase();
    return {
        url: `${ctx.core.urls.api}/repos/${repo.fullName}/pages`,
        status: pages.status,
        cname: null,
        protected_domain_state: null,
        pending_domain_unverified_at: null,
        custom_404: false,
        html_url: `https://${owner}.github.io/${repo.name}/`,
        build_type: pages.buildType,
        ...(pages.source ? { source: { branch: pages.source.branch, path: pages.source.path } } : {}),
        public: !repo.private,
        https_enforced: true,
    };
}
const pageRoutes = {
    // permission: pages read
    'repos/get-pages': (ctx) => {
        if (!ctx.repo.pages)
            throw notFound();
        return util_ok(page(ctx, ctx.repo, ctx.repo.pages));
    },
    // permission: pages write, administration write
    'repos/create-pages-site': async (ctx) => {
        if (ctx.repo.pages)
            throw conflict('GitHub Pages is already enabled.');
        const body = bodyOf(ctx);
        const buildType = body.build_type ?? 'legacy';
        let source;
        if (buildType === 'legacy') {
            const branch = body.source?.branch ?? ctx.repo.defaultBranch;
            // GitHub can point Pages only at a branch that exists
            if (!(await gitOf(ctx).resolve(`refs/heads/${branch}`))) {
                throw validationFailed({ resource: 'Page', field: 'source', code: 'invalid', message: `The ${branch} branch must exist before GitHub Pages can build from it.` });
            }
            source = { branch, path: body.source?.path ?? '/' };
        }
        const pages = { buildType, ...(source ? { source } : {}), status: null };
        ctx.repo.pages = pages;
        return created(page(ctx, ctx.repo, pages));
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/releases.ts
/**
 * Releases as GitHub keeps them: drafts are listed but not found by tag, and only to a token
 * with push access (contents: write; "Users with pull access will receive published releases
 * only"), publishing creates the tag, one published non-prerelease is "latest", and a
 * published tag name can be used by one release only.
 */








const eligible = (r) => !r.draft && !r.prerelease;
/** Newest first, as the list endpoint orders them. */
function byNewest(a, b) {
    return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}
/** "legacy": the newest release, ties broken by the higher semantic version; make_latest=false ones never. */
function legacyLatest(repo) {
    return repo.releases
        .filter((r) => eligible(r) && r.makeLatest !== 'false')
        .sort((a, b) => {
        const byDate = b.createdAt.localeCompare(a.createdAt);
        if (byDate)
            return byDate;
        const va = semver_default().coerce(a.tagName);
        const vb = semver_default().coerce(b.tagName);
        return va && vb ? semver_default().rcompare(va, vb) : b.id - a.id;
    })[0];
}
function latestRelease(repo) {
    const marked = repo.releases.find((r) => r.id === repo.latestReleaseId && eligible(r));
    return marked ?? legacyLatest(repo);
}
/** make_latest=true moves the "latest" mark to the release; false and legacy leave the choice to the legacy rule. */
function applyMakeLatest(repo, r, makeLatest) {
    if (makeLatest)
        r.makeLatest = makeLatest;
    if (eligible(r) && r.makeLatest === 'true')
        repo.latestReleaseId = r.id;
    else if (repo.latestReleaseId === r.id)
        repo.latestReleaseId = null;
}
async function publish(ctx, r) {
    const dup = ctx.repo.releases.find((x) => x.id !== r.id && !x.draft && x.tagName === r.tagName);
    if (dup)
        throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
    const git = gitOf(ctx);
    const ref = `refs/tags/${r.tagName}`;
    if (!(await git.ref(ref))) {
        const target = await git.resolveCommitish(r.targetCommitish);
        if (!target)
            throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
        await git.updateRef(ref, target, '');
    }
    r.publishedAt = isoNow();
    if (ctx.repo.immutableReleases)
        r.immutable = true;
}
function categoryId(ctx, name) {
    if (!name)
        return null;
    const category = ctx.repo.discussionCategories.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!category)
        throw notFound();
    return category.id;
}
async function generateNotes(ctx, tag, target, previous) {
    const git = gitOf(ctx);
    const html = repoHtmlUrl(ctx.core.urls, ctx.repo);
    const head = (await git.resolve(`refs/tags/${tag}`)) ?? (await git.resolveCommitish(target ?? ctx.repo.defaultBranch));
    if (!head)
        throw notFound();
    const prevTag = previous ??
        ctx.repo.releases
            .filter((r) => !r.draft && r.tagName !== tag)
            .sort(byNewest)
            .map((r) => r.tagName)[0];
    const prevSha = prevTag ? await git.resolve(`refs/tags/${prevTag}`) : null;
    const commits = new Set(await git.revList(head, { exclude: prevSha ?? undefined }));
    const lines = ctx.repo.pulls
        .filter((p) => p.merged && p.mergeCommitSha && commits.has(p.mergeCommitSha))
        .map((p) => {
        const issue = ctx.repo.issues.find((i) => i.number === p.number);
        return `* ${issue.title} by @${issue.user} in ${html}/pull/${p.number}`;
    });
    const changes = lines.length ? `## What's Changed\n${lines.join('\n')}\n\n` : '';
    const full = prevSha ? `**Full Changelog**: ${html}/compare/${prevTag}...${tag}` : `**Full Changelog**: ${html}/commits/${tag}`;
    return { name: tag, body: `${changes}${full}` };
}
/** A draft exists only for a token that could push to the repository. */
const visible = (ctx) => (r) => !r.draft || allows(ctx.grant, [['contents', 'write']]);
function findRelease(ctx) {
    const r = ctx.repo.releases.find((x) => x.id === intParam(ctx, 'release_id'));
    if (!r || !visible(ctx)(r))
        throw notFound();
    return r;
}
const releases_json = (ctx, r) => release(ctx.core.urls, ctx.repo, r, ctx.core.user);
const releaseRoutes = {
    'repos/list-releases': (ctx) => util_list(ctx, ctx.repo.releases.filter(visible(ctx)).sort(byNewest).map((r) => releases_json(ctx, r))),
    'repos/get-latest-release': (ctx) => {
        const r = latestRelease(ctx.repo);
        if (!r)
            throw notFound();
        return util_ok(releases_json(ctx, r));
    },
    'repos/get-release-by-tag': (ctx) => {
        const r = ctx.repo.releases.find((x) => !x.draft && x.tagName === ctx.params.tag);
        if (!r)
            throw notFound();
        return util_ok(releases_json(ctx, r));
    },
    'repos/get-release': (ctx) => util_ok(releases_json(ctx, findRelease(ctx))),
    'repos/create-release': async (ctx) => {
        const body = bodyOf(ctx);
        const now = isoNow();
        const id = ctx.core.nextId();
        const r = {
            id,
            nodeId: nodeId('RE', id),
            tagName: body.tag_name,
            targetCommitish: body.target_commitish ?? ctx.repo.defaultBranch,
            name: body.name ?? null,
            body: body.body ?? null,
            draft: body.draft ?? false,
            prerelease: body.prerelease ?? false,
            createdAt: now,
            publishedAt: null,
            updatedAt: now,
            author: ctx.core.user.login,
            assets: [],
            discussionNumber: null,
            makeLatest: body.make_latest ?? 'true',
        };
        const category = categoryId(ctx, body.discussion_category_name);
        if (body.generate_release_notes) {
            const notes = await generateNotes(ctx, r.tagName, body.target_commitish);
            r.name ??= notes.name;
            r.body = r.body ? `${r.body}\n\n${notes.body}` : notes.body;
        }
        if (!r.draft)
            await publish(ctx, r);
        ctx.repo.releases.push(r);
        applyMakeLatest(ctx.repo, r, body.make_latest);
        if (category && !r.draft) {
            r.discussionNumber = createDiscussion(ctx.repo, { title: r.name ?? r.tagName, body: r.body ?? '', categoryId: category, author: r.author }).number;
        }
        const result = releases_json(ctx, r);
        return created(result, result.url);
    },
    'repos/update-release': async (ctx) => {
        const r = findRelease(ctx);
        const body = bodyOf(ctx);
        const category = categoryId(ctx, body.discussion_category_name);
        const wasDraft = r.draft;
        const before = { ...r };
        if (body.tag_name !== undefined)
            r.tagName = body.tag_name;
        if (body.target_commitish !== undefined)
            r.targetCommitish = body.target_commitish;
        if (body.name !== undefined)
            r.name = body.name;
        if (body.body !== undefined)
            r.body = body.body;
        if (body.prerelease !== undefined)
            r.prerelease = body.prerelease;
        if (body.draft !== undefined)
            r.draft = body.draft;
        try {
            if (!r.draft && (wasDraft || body.tag_name !== undefined))
                await publish(ctx, r);
        }
        catch (err) {
            Object.assign(r, before);
            throw err;
        }
        if (r.draft)
            r.publishedAt = null;
        r.updatedAt = isoNow();
        // Publishing claims "latest" unless told otherwise; other edits only give it up when the release stops qualifying.
        if (body.make_latest !== undefined || (wasDraft && !r.draft) || !eligible(r))
            applyMakeLatest(ctx.repo, r, body.make_latest);
        if (category && !r.draft && r.discussionNumber === null) {
            r.discussionNumber = createDiscussion(ctx.repo, { title: r.name ?? r.tagName, body: r.body ?? '', categoryId: category, author: r.author }).number;
        }
        return util_ok(releases_json(ctx, r));
    },
    'repos/delete-release': (ctx) => {
        const r = findRelease(ctx);
        ctx.repo.releases.splice(ctx.repo.releases.indexOf(r), 1);
        if (ctx.repo.latestReleaseId === r.id)
            ctx.repo.latestReleaseId = null;
        return noContent();
    },
    'repos/generate-release-notes': async (ctx) => {
        const body = bodyOf(ctx);
        return util_ok(await generateNotes(ctx, body.tag_name, body.target_commitish, body.previous_tag_name));
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/repos.ts
/** Repository, branches and repository dispatches. */





const repoRoutes = {
    'repos/get': (ctx) => util_ok(fullRepository(ctx.core.urls, ctx.repo, ctx.core.user)),
    'repos/get-branch': async (ctx) => {
        const git = gitOf(ctx);
        const name = ctx.params.branch;
        const sha = await git.resolve(`refs/heads/${name}`);
        if (!sha)
            throw notFound();
        return util_ok(branchWithProtection(ctx.core.urls, ctx.repo, name, commit(ctx.core.urls, ctx.repo, await git.commit(sha))));
    },
    'repos/create-dispatch-event': (ctx) => {
        const body = bodyOf(ctx);
        ctx.repo.dispatches.push({ eventType: body.event_type, clientPayload: body.client_payload ?? {}, at: isoNow() });
        return noContent();
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/users.ts
/** The token's owner. GITHUB_TOKEN is an installation token, which GitHub does not let read /user. */



const userRoutes = {
    'users/get-authenticated': (ctx) => {
        const user = ctx.core.user;
        if (user.type === 'Bot')
            throw new HttpError(403, 'Resource not accessible by integration');
        const created = '2020-01-01T00:00:00Z';
        return util_ok({
            ...simpleUser(ctx.core.urls, user),
            name: user.login,
            company: null,
            blog: '',
            location: null,
            email: null,
            hireable: null,
            bio: null,
            public_repos: Object.values(ctx.core.state.repos).filter((r) => r.owner === user.login).length,
            public_gists: 0,
            followers: 0,
            following: 0,
            created_at: created,
            updated_at: created,
        });
    },
};

;// CONCATENATED MODULE: ./test/support/github/routes/index.ts











const routes = {
    ...repoRoutes,
    ...gitRoutes,
    ...commitRoutes,
    ...contentRoutes,
    ...pullRoutes,
    ...issueRoutes,
    ...releaseRoutes,
    ...assetRoutes,
    ...userRoutes,
    ...pageRoutes,
    ...attestationRoutes,
};
/** Operations served on the uploads root rather than the API root. */
const UPLOAD_OPERATIONS = new Set(['repos/upload-release-asset']);

;// CONCATENATED MODULE: ./test/support/github/server.ts
/**
 * The GitHub emulator: one HTTP server on 127.0.0.1 laid out like GitHub
 * Enterprise Server (REST under /api/v3, uploads under /api/uploads, GraphQL
 * at /api/graphql, git remotes at /OWNER/REPO.git), with state inspectable
 * by tests, OpenAPI contract checks and fault injection.
 */




















const STATE_FILE = 'emulator-state.json';
function pagesRecord(given) {
    if ('buildType' in given)
        return { buildType: 'workflow', status: 'built' };
    return { buildType: 'legacy', source: { branch: given.branch, path: given.path ?? '/' }, status: 'built' };
}
const API_ROOT = '/api/v3';
const UPLOADS_ROOT = '/api/uploads';
const GRAPHQL_PATH = '/api/graphql';
const GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/;
const DOWNLOAD_PATH = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/;
const STREAMING_FAULTS = ['status', 'secondary-rate-limit', '429', 'rate-limit-exhausted', 'stall', 'reset', 'late'];
class GitHubEmulator {
    server;
    root;
    token;
    strict;
    spec;
    contract;
    state = { repos: {} };
    requests = [];
    violations = [];
    /** Calls refused because the token lacked a permission or did not reach the repository. */
    denials = [];
    grants = new Map();
    user;
    urls;
    faults = new FaultInjector();
    holds = [];
    sockets = new Set();
    /** One per repository, so that each keeps its object reader between requests. */
    bareRepos = new Map();
    ids = 1000;
    /** Set when the state lives in a folder of the caller's (see EmulatorOptions.stateDir). */
    persistent = false;
    /** Writes saved since start (the persistence test counts them). */
    saves = 0;
    constructor(server, root, token, strict, spec, contract, login) {
        this.server = server;
        this.root = root;
        this.token = token;
        this.strict = strict;
        this.spec = spec;
        this.contract = contract;
        const { port } = server.address();
        const origin = `http://127.0.0.1:${port}`;
        this.urls = { server: origin, api: origin + API_ROOT, uploads: origin + UPLOADS_ROOT, graphql: origin + GRAPHQL_PATH };
        this.user = login && login !== ACTIONS_BOT.login ? userRecord(login, ACTIONS_BOT) : ACTIONS_BOT;
        this.grants.set(token, { name: 'default' });
        server.on('request', (req, res) => void this.handle(req, res));
        server.on('connection', (socket) => {
            this.sockets.add(socket);
            socket.on('close', () => this.sockets.delete(socket));
        });
    }
    static async start(opts = {}) {
        const spec = await loadSpec();
        let saved;
        let root;
        if (opts.stateDir) {
            root = opts.stateDir;
            (0,external_node_fs_.mkdirSync)(root, { recursive: true });
            saved = readSaved(root);
        }
        else {
            root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gh-emulator-'));
        }
        const server = (0,external_node_http_.createServer)();
        const port = opts.port ?? saved?.port ?? 0;
        await new Promise((resolve, reject) => {
            server.once('error', (err) => reject(err.code === 'EADDRINUSE' ? new Error(`the GitHub emulator of ${root} listens on 127.0.0.1:${port}, which something else holds now: stop it, or start with a fresh folder`) : err));
            server.listen(port, '127.0.0.1', resolve);
        });
        const gh = new GitHubEmulator(server, root, opts.token ?? 'test-token', opts.strict ?? false, spec, contractFor(spec), opts.login);
        if (opts.stateDir) {
            gh.persistent = true;
            if (saved) {
                gh.ids = saved.ids;
                Object.assign(gh.state.repos, saved.repos);
                for (const [token, grant] of Object.entries(saved.tokens ?? {}))
                    gh.grants.set(token, grant);
            }
            gh.save();
        }
        return gh;
    }
    /**
     * Writes the records to the state folder (no-op without one): asset bytes once per sha256,
     * then the records to a new file renamed over the old one, so a kill mid-write leaves the
     * previous complete state.
     */
    save() {
        if (!this.persistent)
            return;
        const assets = (0,external_node_path_.join)(this.root, 'assets');
        (0,external_node_fs_.mkdirSync)(assets, { recursive: true });
        const repos = structuredClone(this.state.repos);
        for (const repo of Object.values(repos)) {
            for (const release of repo.releases) {
                for (const a of release.assets) {
                    const file = (0,external_node_path_.join)(assets, a.sha256);
                    if (!(0,external_node_fs_.existsSync)(file)) {
                        (0,external_node_fs_.writeFileSync)(`${file}.new`, a.data);
                        (0,external_node_fs_.renameSync)(`${file}.new`, file);
                    }
                    a.data = undefined;
                }
            }
        }
        const { port } = this.server.address();
        const tokens = Object.fromEntries([...this.grants].filter(([token]) => token !== this.token));
        const state = { version: 1, port, ids: this.ids, repos, tokens };
        const file = (0,external_node_path_.join)(this.root, STATE_FILE);
        (0,external_node_fs_.writeFileSync)(`${file}.new`, `${JSON.stringify(state)}\n`);
        (0,external_node_fs_.renameSync)(`${file}.new`, file);
        this.saves += 1;
    }
    get apiUrl() {
        return this.urls.api;
    }
    get serverUrl() {
        return this.urls.server;
    }
    get graphqlUrl() {
        return this.urls.graphql;
    }
    get uploadsUrl() {
        return this.urls.uploads;
    }
    /** The variables a runner would set, pointing at the emulator. */
    env() {
        return { GITHUB_API_URL: this.urls.api, GITHUB_SERVER_URL: this.urls.server, GITHUB_GRAPHQL_URL: this.urls.graphql, GITHUB_TOKEN: this.token };
    }
    /**
     * Git configuration through the environment that authenticates to the
     * emulator the way actions/checkout does (an `http.extraheader`), so the
     * token never appears in a remote URL or a log line.
     */
    gitAuthEnv(token = this.token) {
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${this.urls.server}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
    }
    /**
     * A new token with `permissions` (undefined: all) on `repositories` (undefined: all), as
     * GitHub mints a GITHUB_TOKEN per job from its `permissions:`. `name` names the holder in
     * denials and violations.
     */
    issueToken(grant) {
        const token = `ghs_${(0,external_node_crypto_.randomUUID)().replace(/-/g, '')}`;
        this.grants.set(token, { ...grant, ...(grant.repositories ? { repositories: grant.repositories.map((r) => r.toLowerCase()) } : {}) });
        // saved before it is handed out, like every write
        this.save();
        return token;
    }
    /** The grant of a token issued by this emulator, or undefined. */
    grantOf(token) {
        return this.grants.get(token);
    }
    nextId() {
        this.ids += 1;
        return this.ids;
    }
    findRepo(owner, name) {
        return this.state.repos[repoKey(`${owner}/${name}`)];
    }
    /** A repository's state; throws when the test did not create it. */
    repo(fullName) {
        const repo = this.state.repos[repoKey(fullName)];
        if (!repo)
            throw new Error(`the emulator has no repository ${fullName}`);
        return repo;
    }
    git(repo) {
        const path = this.repoPath(repo.fullName);
        let git = this.bareRepos.get(path);
        if (!git)
            this.bareRepos.set(path, (git = new BareRepo(path)));
        return git;
    }
    repoPath(fullName) {
        const repo = this.state.repos[repoKey(fullName)];
        const [owner, name] = repo ? [repo.owner, repo.name] : fullName.split('/');
        return (0,external_node_path_.join)(this.root, owner, `${name}.git`);
    }
    async createRepo(fullName, opts = {}) {
        const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(fullName);
        if (!m)
            throw new Error(`not an owner/name: ${fullName}`);
        if (this.state.repos[repoKey(fullName)])
            throw new Error(`repository ${fullName} exists already`);
        const [, owner, name] = m;
        const path = (0,external_node_path_.join)(this.root, owner, `${name}.git`);
        let defaultBranch = opts.defaultBranch;
        if (!defaultBranch && opts.fromDir) {
            const head = await runGit(['-C', opts.fromDir, 'symbolic-ref', '--short', 'HEAD']);
            defaultBranch = head.code === 0 ? head.stdout.toString('utf8').trim() : undefined;
        }
        defaultBranch ??= 'main';
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, owner), { recursive: true });
        // a kill between `git init` and the save leaves a folder no record knows: start it afresh
        if (this.persistent)
            await (0,promises_.rm)(path, { recursive: true, force: true });
        await runGit(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, path]);
        const git = new BareRepo(path);
        this.bareRepos.set(path, git);
        // GitHub serves pushes over HTTP and lets clients fetch any commit by sha (actions/checkout does).
        await (0,promises_.appendFile)((0,external_node_path_.join)(path, 'config'), '[http]\n\treceivepack = true\n[uploadpack]\n\tallowAnySHA1InWant = true\n');
        if (opts.protectedBranches?.length)
            installPreReceiveHook(path);
        const id = this.nextId();
        const repo = {
            id,
            nodeId: nodeId('R', id),
            owner,
            name,
            fullName: `${owner}/${name}`,
            defaultBranch,
            private: opts.private ?? false,
            createdAt: isoNow(),
            latestReleaseId: null,
            releases: [],
            labels: [],
            milestones: [],
            issues: [],
            pulls: [],
            dispatches: [],
            discussionCategories: discussionCategories(id, opts.discussionCategories ?? DEFAULT_DISCUSSION_CATEGORIES),
            discussions: [],
            protectedBranches: opts.protectedBranches ?? [],
            ...(opts.pages ? { pages: pagesRecord(opts.pages) } : {}),
            ...(opts.immutableReleases ? { immutableReleases: true } : {}),
            nextNumber: 1,
        };
        if (opts.fromDir) {
            const r = await git.run(['fetch', '--quiet', '--no-tags', opts.fromDir, '+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*']);
            if (r.code !== 0)
                throw new Error(`cannot import ${opts.fromDir}: ${r.stderr}`);
        }
        else if (opts.autoInit !== false) {
            const tree = await git.writeTree(null, [{ path: 'README.md', data: Buffer.from(`# ${name}\n`) }]);
            const who = { name: this.user.login, email: `${this.user.id}+${this.user.login}@users.noreply.github.com` };
            const sha = await git.commitTree(tree, [], 'Initial commit\n', who, who);
            await git.updateRef(`refs/heads/${defaultBranch}`, sha, '');
        }
        this.state.repos[repoKey(fullName)] = repo;
        this.save();
        return repo;
    }
    /** From now on pushes to the branch and REST updates of it are refused, as with branch protection. */
    protectBranch(fullName, branch) {
        const repo = this.repo(fullName);
        if (!repo.protectedBranches.includes(branch))
            repo.protectedBranches.push(branch);
        installPreReceiveHook(this.repoPath(repo.fullName));
        this.save();
    }
    injectFault(spec) {
        return this.faults.inject(spec);
    }
    clearFaults() {
        this.faults.clear();
    }
    /**
     * From now on matching requests wait until the test releases them (see holds.ts): a race
     * run in the order the test chooses. Opt-in; nothing is held without it.
     */
    hold(spec) {
        const hold = new RequestHold(spec);
        this.holds.push(hold);
        return hold;
    }
    /** Every record and every ref of every repository, for "nothing changed" assertions. */
    async snapshot() {
        const repos = {};
        for (const repo of Object.values(this.state.repos)) {
            const copy = structuredClone(repo);
            for (const r of copy.releases)
                for (const a of r.assets)
                    a.data = undefined;
            const refs = Object.fromEntries((await this.git(repo).refs()).map((r) => [r.ref, r.sha]));
            repos[repo.fullName] = { state: copy, refs };
        }
        return { repos };
    }
    assertNoViolations() {
        if (this.violations.length === 0)
            return;
        const lines = this.violations.map((v) => `- ${v.method} ${v.path} (${v.operationId ?? 'no operation'}${v.token ? `, token of ${v.token}` : ''}) ${v.where}${v.status ? ` ${v.status}` : ''} ${v.pointer}: ${v.message}`);
        // Cleared once reported, so the next test is not blamed for them.
        this.violations.length = 0;
        throw new Error(`GitHub emulator saw ${lines.length} contract violation(s):\n${lines.join('\n')}`);
    }
    async stop() {
        for (const hold of this.holds)
            hold.close();
        for (const git of this.bareRepos.values())
            git.close();
        for (const socket of this.sockets)
            socket.destroy();
        await new Promise((resolve) => this.server.close(() => resolve()));
        if (!this.persistent)
            await (0,promises_.rm)(this.root, { recursive: true, force: true });
        // what no test asserted on — an emulator error a client retry hid, a contract break — fails the teardown
        this.assertNoViolations();
    }
    // ---- request handling -------------------------------------------------
    async handle(req, res) {
        const url = new URL(req.url ?? '/', this.urls.server);
        const method = (req.method ?? 'GET').toUpperCase();
        const p = url.pathname;
        const [area, path] = p === API_ROOT || p.startsWith(`${API_ROOT}/`)
            ? ['rest', p.slice(API_ROOT.length) || '/']
            : p.startsWith(`${UPLOADS_ROOT}/`)
                ? ['uploads', p.slice(UPLOADS_ROOT.length)]
                : p === GRAPHQL_PATH
                    ? ['graphql', '/graphql']
                    : GIT_PATH.test(p)
                        ? ['git', p]
                        : DOWNLOAD_PATH.test(p)
                            ? ['download', p]
                            : ['other', p];
        const entry = { method, area, path, query: url.search, status: 0 };
        this.requests.push(entry);
        res.on('finish', () => (entry.status = res.statusCode));
        const hold = this.holds.find((h) => h.matches(entry));
        if (hold)
            await hold.park(entry, new Promise((answered) => res.on('close', answered)));
        try {
            await this.dispatch(req, res, entry, url);
        }
        catch (err) {
            this.crash(res, entry, err);
        }
    }
    async dispatch(req, res, entry, url) {
        const { area, method, path } = entry;
        const p = url.pathname;
        if (area === 'other')
            return this.send(res, 404, { message: 'Not Found' });
        if (area === 'download')
            return this.download(res, p);
        if (area === 'git')
            return this.gitRequest(req, res, entry, url);
        const grant = this.authorized(req.headers.authorization);
        if (!grant) {
            const message = req.headers.authorization ? 'Bad credentials' : 'Requires authentication';
            return this.send(res, 401, { message, documentation_url: 'https://docs.github.com/rest', status: '401' });
        }
        entry.token = grant.name;
        if (area === 'graphql') {
            // The body first: a fault may name the operation, and every GraphQL call shares one path.
            const raw = await readBody(req);
            const operation = graphqlOperationName(raw);
            entry.operationId = operation;
            if (await this.streamFault(req, res, entry, method, path, { operation, bodyRead: true }))
                return;
            return this.graphql(res, entry, raw, grant, operation);
        }
        if (await this.streamFault(req, res, entry, method, path))
            return;
        const raw = await readBody(req);
        return this.rest(req, res, entry, grant, { area, method, path, url, raw });
    }
    authorized(header) {
        const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
        return m?.[1] === undefined ? undefined : this.grants.get(m[1]);
    }
    /**
     * Records a refused call (and, in strict mode, a violation: an action that swallows the 403
     * still fails the run that made it).
     */
    deny(entry, d) {
        const denial = { token: entry.token ?? '', method: entry.method, area: entry.area, path: entry.path, ...d };
        this.denials.push(denial);
        if (this.strict) {
            this.record(entry, d.operationId ?? null, [{ where: 'route', pointer: '', message: `permission: the token of ${denial.token} ${d.needed.startsWith('does not') ? d.needed : `lacks ${d.needed}`}` }]);
        }
    }
    /** GitHub's 403 for a REST call its token may not make: body, and the permissions that would do. */
    refuse(res, entry, docs, operationId, repository, need) {
        const needed = need ? describeNeed(need) : `does not reach ${repository ?? 'the repository'}`;
        this.deny(entry, { operationId, ...(repository ? { repository } : {}), needed, message: NOT_ACCESSIBLE });
        const headers = need ? { 'x-accepted-github-permissions': acceptedHeader(need) } : {};
        this.send(res, 403, { message: NOT_ACCESSIBLE, documentation_url: docs ?? 'https://docs.github.com/rest', status: '403' }, headers);
    }
    async rest(req, res, entry, grant, r) {
        const match = this.spec.match(r.method, r.path);
        const onUploads = r.area === 'uploads';
        if (!match || onUploads !== UPLOAD_OPERATIONS.has(match.operation.operationId)) {
            const why = match ? `${match.operation.operationId} is not served on the ${r.area} root` : 'no documented operation has this method and path';
            this.record(entry, null, [{ where: 'route', pointer: '', message: why }]);
            return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
        }
        const { operation, params } = match;
        entry.operationId = operation.operationId;
        const docs = operation.docsUrl;
        const contentType = String(req.headers['content-type'] ?? '');
        const isJson = /json/.test(contentType) || (contentType === '' && !onUploads);
        const body = { present: r.raw.length > 0, contentType };
        if (body.present && isJson) {
            try {
                body.json = JSON.parse(r.raw.toString('utf8'));
            }
            catch (err) {
                body.parseError = err.message;
            }
        }
        const findings = this.contract.checkRequest(operation, params, r.url.searchParams, body);
        if (findings.length > 0) {
            this.record(entry, operation.operationId, findings);
            if (this.strict)
                return this.sendStrict(res, findings);
            if (body.parseError !== undefined)
                return this.send(res, 400, { message: 'Problems parsing JSON', documentation_url: docs, status: '400' });
            const bodyFindings = findings.filter((f) => f.where === 'body');
            if (bodyFindings.length > 0) {
                const detail = bodyFindings.map((f) => `For '${f.pointer}', ${f.message}.`).join('\n');
                return this.send(res, 422, { message: `Invalid request.\n\n${detail}`, documentation_url: docs, status: '422' });
            }
        }
        const handler = routes[operation.operationId];
        if (!handler) {
            this.record(entry, operation.operationId, [{ where: 'route', pointer: '', message: `${operation.operationId} is documented but not implemented by the emulator` }]);
            return this.send(res, 404, { message: 'Not Found', documentation_url: docs, status: '404' });
        }
        let repo;
        if (params.owner !== undefined && params.repo !== undefined) {
            const fullName = `${params.owner}/${params.repo}`;
            if (!reaches(grant, fullName))
                return this.refuse(res, entry, docs, operation.operationId, fullName, undefined);
            repo = this.findRepo(params.owner, params.repo);
            if (!repo)
                return this.send(res, 404, { message: 'Not Found', documentation_url: docs, status: '404' });
        }
        const need = OPERATION_NEEDS[operation.operationId];
        if (!need)
            throw new Error(`${operation.operationId} is served but declares no permission in permissions.ts`);
        if (!allows(grant, need))
            return this.refuse(res, entry, docs, operation.operationId, repo?.fullName, need);
        const ctx = { core: this, operation, repo: repo, params, url: r.url, headers: req.headers, body: body.json, raw: r.raw, grant };
        const afterWrite = this.faults.find(['after-write'], r.method, r.path);
        let result;
        try {
            result = await handler(ctx);
        }
        catch (err) {
            if (!(err instanceof HttpError))
                throw err;
            result = { status: err.status, body: err.body(docs), headers: err.headers };
        }
        // saved before the answer: what a client was told is written survives a kill
        if (r.method !== 'GET' && r.method !== 'HEAD')
            this.save();
        if (result.body !== undefined && !result.bytes) {
            const problems = this.contract.checkResponse(operation, result.status, 'application/json', result.body);
            if (problems.length > 0) {
                this.record(entry, operation.operationId, problems);
                if (this.strict)
                    return this.sendStrict(res, problems);
            }
        }
        if (afterWrite && result.status < 400) {
            this.faults.consume(afterWrite);
            entry.fault = 'after-write';
            return this.send(res, afterWrite.status ?? 500, { message: 'Server Error' });
        }
        if (result.bytes) {
            res.writeHead(result.status, { ...this.standardHeaders(), ...result.headers, 'content-type': result.bytes.contentType });
            res.end(result.bytes.data);
            return;
        }
        return this.send(res, result.status, result.body, result.headers);
    }
    async graphql(res, entry, raw, grant, operation) {
        let request;
        try {
            request = JSON.parse(raw.toString('utf8'));
        }
        catch {
            return this.send(res, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql', status: '400' });
        }
        const answer = await answerGraphql(this, request, grant);
        for (const f of answer.forbidden)
            this.deny(entry, { operationId: operation ?? 'graphql', ...(f.repository ? { repository: f.repository } : {}), needed: f.needed, message: f.message });
        // a mutation may have written (a query writes nothing, but telling them apart is not worth a parse)
        this.save();
        entry.operationId = operation;
        if (answer.findings.length > 0)
            this.record(entry, entry.operationId ?? 'graphql', answer.findings);
        const afterWrite = this.faults.find(['after-write'], entry.method, entry.path, undefined, operation);
        if (afterWrite && !answer.body.errors) {
            this.faults.consume(afterWrite);
            entry.fault = 'after-write';
            return this.send(res, afterWrite.status ?? 500, { message: 'Server Error' });
        }
        return this.send(res, 200, answer.body);
    }
    async gitRequest(req, res, entry, url) {
        const [, owner, name, service] = GIT_PATH.exec(url.pathname);
        const password = basicPassword(req.headers.authorization);
        const grant = password === undefined ? undefined : this.grants.get(password);
        if (!grant) {
            res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' });
            res.end(password === undefined ? 'Authentication required\n' : 'Invalid username or token. Password authentication is not supported for Git operations.\n');
            return;
        }
        const repo = this.findRepo(owner, name);
        if (!repo) {
            res.writeHead(404, { 'content-type': 'text/plain' });
            res.end('Repository not found.\n');
            return;
        }
        entry.token = grant.name;
        const pushing = service === 'git-receive-pack' || url.searchParams.get('service') === 'git-receive-pack';
        const need = pushing ? GIT_NEEDS.push : GIT_NEEDS.fetch;
        if (!reaches(grant, repo.fullName) || !allows(grant, need)) {
            const needed = reaches(grant, repo.fullName) ? describeNeed(need) : `does not reach ${repo.fullName}`;
            const message = `Permission to ${repo.fullName}.git denied to ${this.user.login}.`;
            this.deny(entry, { operationId: pushing ? 'git-receive-pack' : 'git-upload-pack', repository: repo.fullName, needed, message });
            res.writeHead(403, { 'content-type': 'text/plain' });
            res.end(`${message}\n`);
            return;
        }
        if (await this.streamFault(req, res, entry, entry.method, entry.path))
            return;
        const env = { [PROTECTED_REFS_ENV]: repo.protectedBranches.map((b) => `refs/heads/${b}`).join(',') };
        if (pushing) {
            const fault = this.faults.find(['reject-push'], entry.method, entry.path, repo.fullName);
            const nonFastForward = fault?.reason === 'non-fast-forward';
            // A concurrent push is staged while the pusher reads the refs; a protected branch refuses the push itself.
            if (fault && nonFastForward && service === 'info/refs') {
                this.faults.consume(fault);
                entry.fault = 'reject-push';
                await this.landConcurrentPush(repo, fault.branch ?? repo.defaultBranch, fault.from);
            }
            else if (fault && !nonFastForward && service === 'git-receive-pack') {
                this.faults.consume(fault);
                entry.fault = 'reject-push';
                env[REJECT_PUSH_ENV] = '1';
                // The refusing hook costs a node start per push, so it is only installed where a push may be refused.
                installPreReceiveHook(this.repoPath(repo.fullName));
            }
        }
        const cgi = { projectRoot: this.root, pathInfo: `/${repo.owner}/${repo.name}.git/${service}`, query: url.search.replace(/^\?/, ''), remoteUser: 'x-access-token', env };
        const afterWrite = service === 'git-receive-pack' ? this.faults.find(['after-write'], entry.method, entry.path) : undefined;
        if (afterWrite) {
            // The push is applied (refs updated, hooks run), then the pusher gets a 500 instead of git's report.
            this.faults.consume(afterWrite);
            entry.fault = 'after-write';
            await serveGitHttp(req, discardingResponse(), cgi);
            res.writeHead(afterWrite.status ?? 500, { 'content-type': 'text/plain' });
            res.end('Internal Server Error\n');
            return;
        }
        await serveGitHttp(req, res, cgi);
    }
    /** Someone else pushed first: the branch gains a commit the pusher does not have. */
    async landConcurrentPush(repo, branch, from) {
        const git = this.git(repo);
        const tip = await git.resolve(`refs/heads/${branch}`);
        // A branch that is not there yet starts from `from` when given, else as an orphan.
        const parent = tip ?? (from ? await git.resolve(`refs/heads/${from}`) : undefined);
        const tree = await git.writeTree(parent ? await git.resolve(parent, 'tree') : null, [{ path: 'CONCURRENT-CHANGE.md', data: Buffer.from(`${(0,external_node_crypto_.randomUUID)()}\n`) }]);
        const who = { name: 'Someone Else', email: 'someone-else@example.invalid' };
        const sha = await git.commitTree(tree, parent ? [parent] : [], 'A concurrent change\n', who, who);
        await git.updateRef(`refs/heads/${branch}`, sha, tip ?? '');
    }
    /** Release downloads need no token, like the signed URLs GitHub redirects to. */
    download(res, path) {
        const [, owner, name] = DOWNLOAD_PATH.exec(path);
        const repo = this.findRepo(decodeURIComponent(owner), decodeURIComponent(name));
        const wanted = decodeURIComponent(path);
        for (const release of repo?.releases ?? []) {
            const asset = release.assets.find((a) => decodeURIComponent(new URL(assetDownloadUrl(this.urls, repo, release, a)).pathname) === wanted);
            if (!asset)
                continue;
            asset.downloadCount += 1;
            res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(asset.size), 'content-disposition': `attachment; filename=${asset.name}` });
            res.end(asset.data);
            return;
        }
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not Found');
    }
    /** Faults that replace the answer; true when one was applied. */
    async streamFault(req, res, entry, method, path, opts = {}) {
        const fault = this.faults.find(STREAMING_FAULTS, method, path, undefined, opts.operation);
        if (!fault)
            return false;
        this.faults.consume(fault);
        entry.fault = fault.kind;
        const limitHeaders = (remaining, resetIn = 3600) => ({
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': String(remaining),
            'x-ratelimit-used': String(5000 - remaining),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetIn),
            'x-ratelimit-resource': 'core',
        });
        switch (fault.kind) {
            case 'status': {
                const status = fault.status ?? 500;
                this.send(res, status, { message: status === 503 ? 'Service Unavailable' : status === 502 ? 'Bad Gateway' : 'Server Error' });
                return true;
            }
            case 'secondary-rate-limit':
            case '429': {
                const retryAfter = fault.retryAfter === undefined ? 1 : fault.retryAfter;
                const headers = { ...limitHeaders(4000), ...(retryAfter === null ? {} : { 'retry-after': String(retryAfter) }) };
                const status = fault.kind === '429' ? 429 : 403;
                this.send(res, status, { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: SECONDARY_RATE_LIMIT_DOCS, status: String(status) }, headers);
                return true;
            }
            case 'rate-limit-exhausted':
                this.send(res, 403, { message: `API rate limit exceeded for installation ID 1.`, documentation_url: PRIMARY_RATE_LIMIT_DOCS, status: '403' }, limitHeaders(0, fault.resetIn ?? 1));
                return true;
            case 'stall':
                // Never answered; the client's timeout (or stop()) ends it.
                req.resume();
                return true;
            case 'reset':
                if (!opts.bodyRead)
                    await readBody(req);
                req.socket.destroy();
                return true;
            case 'late':
                // then served as usual: an answer that comes late, not a failure
                await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1000));
                return false;
            default:
                return false;
        }
    }
    standardHeaders() {
        return {
            'x-github-request-id': (0,external_node_crypto_.randomUUID)().toUpperCase(),
            'x-github-media-type': 'github.v3; format=json',
            'x-github-api-version-selected': '2022-11-28',
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': String(Math.max(0, 5000 - this.requests.length)),
            'x-ratelimit-used': String(Math.min(5000, this.requests.length)),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
            'x-ratelimit-resource': 'core',
        };
    }
    send(res, status, body, headers = {}) {
        const text = body === undefined ? '' : JSON.stringify(body);
        res.writeHead(status, {
            ...this.standardHeaders(),
            ...headers,
            ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }),
        });
        res.end(text);
    }
    sendStrict(res, findings) {
        const detail = findings.map((f) => `${f.where}${f.status ? ` ${f.status}` : ''} ${f.pointer}: ${f.message}`).join('; ');
        this.send(res, 400, { message: `[github-emulator] OpenAPI contract violation: ${detail}` });
    }
    record(entry, operationId, findings) {
        for (const f of findings)
            this.violations.push({ operationId, method: entry.method, path: entry.path, ...f, ...(entry.token ? { token: entry.token } : {}) });
    }
    /** An emulator bug: answered as GitHub's 500 and recorded, so the test fails with the cause. */
    crash(res, entry, err) {
        const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
        this.record(entry, entry.operationId ?? null, [{ where: 'route', pointer: '', message: `emulator error: ${message}` }]);
        if (!res.headersSent)
            this.send(res, 500, { message: 'Server Error' });
        else
            res.end();
    }
}
function readSaved(root) {
    const file = (0,external_node_path_.join)(root, STATE_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const saved = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    if (saved.version !== 1)
        throw new Error(`${file}: not a state this emulator can read (version ${String(saved.version)})`);
    for (const repo of Object.values(saved.repos)) {
        for (const release of repo.releases)
            for (const a of release.assets)
                a.data = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, 'assets', a.sha256));
    }
    return saved;
}
function basicPassword(header) {
    const m = /^basic\s+(\S+)$/i.exec(header ?? '');
    if (!m)
        return undefined;
    const decoded = Buffer.from(m[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? undefined : decoded.slice(colon + 1);
}
/** The operation name of a GraphQL request: `operationName`, else the first named `query`/`mutation` of the document. */
function graphqlOperationName(raw) {
    try {
        const request = JSON.parse(raw.toString('utf8'));
        if (typeof request.operationName === 'string')
            return request.operationName;
        return typeof request.query === 'string' ? /^\s*(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] : undefined;
    }
    catch {
        return undefined;
    }
}
/** A response that goes nowhere: git's answer to a push whose pusher is sent a 500 instead. */
function discardingResponse() {
    const sink = { writeHead: () => sink, write: () => true, end: () => sink };
    return sink;
}

;// CONCATENATED MODULE: ./test/support/github/index.ts
/** The GitHub emulator for tests; see README.md in this folder. */




function startGitHubEmulator(opts = {}) {
    return GitHubEmulator.start(opts);
}
/**
 * The test's own Octokit for setting up and reading the emulator, built like an action's:
 * GitHub's one-second spacing of writes, kept module-wide by the throttling plugin, would
 * otherwise make every fixture release a test creates cost a second.
 */
function emulatorClient(gh, token = 'test-token') {
    return createGitHubClient({ token, baseUrl: gh.apiUrl, log: () => undefined, retryScale: 0.001 });
}

;// CONCATENATED MODULE: ./test/support/receivers/cert.ts
/**
 * A self-signed ECDSA P-256 server certificate for 127.0.0.1 and localhost (subjectAltName
 * IP and DNS), made with node:crypto and a minimal DER writer — no openssl CLI. Tests give
 * the action process `NODE_EXTRA_CA_CERTS=<pemFile>`, which is how Node is told to trust a
 * private CA on a runner too: the action's TLS code path is the real one.
 */



function cert_length(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    for (let v = n; v > 0; v >>= 8)
        bytes.unshift(v & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag, content) => Buffer.concat([Buffer.from([tag]), cert_length(content.length), content]);
const seq = (...items) => tlv(0x30, Buffer.concat(items));
const set = (...items) => tlv(0x31, Buffer.concat(items));
const utf8 = (text) => tlv(0x0c, Buffer.from(text, 'utf8'));
const octets = (b) => tlv(0x04, b);
const cert_bool = (v) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
function integer(bytes) {
    let b = bytes;
    while (b.length > 1 && b[0] === 0 && (b[1] & 0x80) === 0)
        b = b.subarray(1);
    if (b[0] & 0x80)
        b = Buffer.concat([Buffer.from([0]), b]);
    return tlv(0x02, b);
}
function oid(dotted) {
    const parts = dotted.split('.').map(Number);
    const out = [40 * parts[0] + parts[1]];
    for (const part of parts.slice(2)) {
        const chunk = [part & 0x7f];
        for (let v = part >> 7; v > 0; v >>= 7)
            chunk.unshift((v & 0x7f) | 0x80);
        out.push(...chunk);
    }
    return tlv(0x06, Buffer.from(out));
}
function utcTime(date) {
    const p = (n) => String(n).padStart(2, '0');
    return tlv(0x17, Buffer.from(`${p(date.getUTCFullYear() % 100)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`, 'ascii'));
}
/** A certificate for 127.0.0.1 / localhost, valid from an hour ago for a day, written into `dir`. */
function createServerCertificate(dir) {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    const name = seq(set(seq(oid('2.5.4.3'), utf8('localhost'))));
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] &= 0x7f;
    const now = Date.now();
    const altNames = seq(tlv(0x82, Buffer.from('localhost', 'ascii')), tlv(0x87, Buffer.from([127, 0, 0, 1])));
    const extensions = seq(seq(oid('2.5.29.19'), cert_bool(true), octets(seq(cert_bool(true)))), // basicConstraints CA (it is its own trust anchor)
    seq(oid('2.5.29.15'), cert_bool(true), octets(tlv(0x03, Buffer.from([0x01, 0x86])))), // keyUsage digitalSignature, keyCertSign, cRLSign
    seq(oid('2.5.29.17'), octets(altNames)));
    const alg = seq(oid('1.2.840.10045.4.3.2'));
    const tbs = seq(tlv(0xa0, integer(Buffer.from([2]))), integer(serial), alg, name, seq(utcTime(new Date(now - 3600_000)), utcTime(new Date(now + 24 * 3600_000))), name, spki, tlv(0xa3, extensions));
    const der = seq(tbs, alg, tlv(0x03, Buffer.concat([Buffer.from([0]), (0,external_node_crypto_.sign)('sha256', tbs, privateKey)])));
    const certPem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END CERTIFICATE-----\n`;
    const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pemFile = (0,external_node_path_.join)(dir, 'receivers-ca.pem');
    (0,external_node_fs_.writeFileSync)(pemFile, certPem);
    return { keyPem, certPem, pemFile };
}

;// CONCATENATED MODULE: ./test/support/receivers/log.ts
/**
 * The receivers' opt-in message log on disk: one JSON line per message, appended (and flushed)
 * before the sender gets its answer, and read back by a receiver started on the same file. A
 * run killed and started again then sees what the killed run received, so a message sent
 * twice across the two runs shows up twice.
 */


/** Buffers as `{ base64 }`, so a body survives the round trip byte for byte. */
function replacer(_key, value) {
    if (value && typeof value === 'object' && value.type === 'Buffer' && Array.isArray(value.data)) {
        return { base64: Buffer.from(value.data).toString('base64') };
    }
    return value;
}
function appendLog(file, record) {
    if (!file)
        return;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    (0,external_node_fs_.appendFileSync)(file, `${JSON.stringify(record, replacer)}\n`);
}
/** The records of `file` (none when it does not exist); `bufferKeys` are turned back into Buffers. A torn last line (a kill mid-write) is left out. */
function readLog(file, bufferKeys = []) {
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return [];
    const out = [];
    for (const line of (0,external_node_fs_.readFileSync)(file, 'utf8').split('\n')) {
        if (!line.trim())
            continue;
        let record;
        try {
            record = JSON.parse(line);
        }
        catch {
            continue;
        }
        for (const k of bufferKeys) {
            const v = record[k];
            if (v && typeof v.base64 === 'string')
                record[k] = Buffer.from(v.base64, 'base64');
        }
        out.push(record);
    }
    return out;
}

;// CONCATENATED MODULE: ./test/support/receivers/slack.ts
/**
 * Slack's documented Block Kit limits, checked independently of the action's own code
 * (https://api.slack.com/reference/block-kit/blocks): a message Slack would answer with
 * `invalid_blocks` has at least one problem here. Also: what in a payload would notify
 * people (`<!channel>`, `<!here>`, `<!everyone>`, `<@U…>`, `<!subteam^…>`).
 */
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (s) => (typeof s === 'string' ? [...s].length : -1);
function textObject(where, t, max, problems, type) {
    if (!isObj(t))
        return void problems.push(`${where}: expected a text object`);
    if (t['type'] !== 'plain_text' && t['type'] !== 'mrkdwn')
        problems.push(`${where}: text type ${String(t['type'])}`);
    if (type && t['type'] !== type)
        problems.push(`${where}: must be ${type}, got ${String(t['type'])}`);
    const n = len(t['text']);
    if (n < 1)
        problems.push(`${where}: empty text`);
    if (n > max)
        problems.push(`${where}: text of ${n} characters (max ${max})`);
}
function blockKitProblems(payload) {
    const problems = [];
    if (!isObj(payload))
        return ['payload is not a JSON object'];
    if (payload['text'] !== undefined && typeof payload['text'] !== 'string')
        problems.push('text is not a string');
    if (len(payload['text']) > 40000)
        problems.push('text over 40000 characters');
    const blocks = payload['blocks'];
    if (blocks === undefined)
        return problems;
    if (!Array.isArray(blocks))
        return [...problems, 'blocks is not a list'];
    if (blocks.length > 50)
        problems.push(`${blocks.length} blocks (max 50)`);
    blocks.forEach((b, i) => {
        const at = `blocks[${i}]`;
        if (!isObj(b))
            return void problems.push(`${at}: not an object`);
        if (b['block_id'] !== undefined && len(b['block_id']) > 255)
            problems.push(`${at}: block_id too long`);
        switch (b['type']) {
            case 'header':
                textObject(`${at}.text`, b['text'], 150, problems, 'plain_text');
                break;
            case 'section': {
                if (b['text'] === undefined && b['fields'] === undefined)
                    problems.push(`${at}: section without text or fields`);
                if (b['text'] !== undefined)
                    textObject(`${at}.text`, b['text'], 3000, problems);
                const fields = b['fields'];
                if (fields !== undefined) {
                    if (!Array.isArray(fields) || fields.length > 10)
                        problems.push(`${at}.fields: at most 10`);
                    else
                        fields.forEach((f, j) => textObject(`${at}.fields[${j}]`, f, 2000, problems));
                }
                break;
            }
            case 'divider':
                break;
            case 'context': {
                const els = b['elements'];
                if (!Array.isArray(els) || els.length < 1 || els.length > 10)
                    problems.push(`${at}.elements: 1 to 10`);
                else
                    els.forEach((e, j) => textObject(`${at}.elements[${j}]`, e, 3000, problems));
                break;
            }
            case 'actions': {
                const els = b['elements'];
                if (!Array.isArray(els) || els.length < 1 || els.length > 25)
                    problems.push(`${at}.elements: 1 to 25`);
                else
                    els.forEach((e, j) => {
                        const w = `${at}.elements[${j}]`;
                        if (!isObj(e) || e['type'] !== 'button')
                            return void problems.push(`${w}: only buttons are expected`);
                        textObject(`${w}.text`, e['text'], 75, problems, 'plain_text');
                        if (e['url'] !== undefined && (len(e['url']) > 3000 || !/^https?:\/\//.test(String(e['url']))))
                            problems.push(`${w}.url: not an http(s) URL of at most 3000`);
                        if (e['action_id'] !== undefined && len(e['action_id']) > 255)
                            problems.push(`${w}.action_id too long`);
                        if (e['style'] !== undefined && e['style'] !== 'primary' && e['style'] !== 'danger')
                            problems.push(`${w}.style ${String(e['style'])}`);
                    });
                break;
            }
            default:
                problems.push(`${at}: unexpected block type ${String(b['type'])}`);
        }
    });
    return problems;
}
/** Slack control sequences that would notify people or form links from untrusted text. */
function notifyingSequences(payload) {
    const text = JSON.stringify(payload);
    return [...text.matchAll(/<(?:!channel|!here|!everyone|!subteam\^[^>]*|@[UW][A-Z0-9]+)[^>]*>/g)].map((m) => m[0]);
}

;// CONCATENATED MODULE: ./test/support/receivers/http.ts
/**
 * Local HTTP receivers on 127.0.0.1 standing in for Slack's incoming webhooks and for
 * generic webhook endpoints. They record every request (headers and exact body bytes) and
 * answer like the real thing: Slack with `ok` (or `invalid_blocks` / `invalid_payload` for a
 * message Slack would refuse, checked against the Block Kit limits), a webhook with 204 —
 * and with a signature check when given the secret. A receiver can be told to fail.
 *
 * A webhook receiver does what the X-Release-Actions-Delivery header is for: a delivery id
 * it has already taken is answered 2xx again but marked `repeat` and not counted in
 * `processed`, so a test sees both that a repeat arrived and that it was dropped.
 */




class Receiver {
    server;
    opts;
    requests = [];
    failures = [];
    sockets = new Set();
    constructor(server, opts) {
        this.server = server;
        this.opts = opts;
        server.on('request', (req, res) => void this.handle(req, res));
        server.on('connection', (s) => {
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
    }
    static async start(opts) {
        const server = (0,external_node_http_.createServer)();
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(opts.port ?? 0, '127.0.0.1', () => {
                server.off('error', reject);
                resolve();
            });
        });
        const receiver = new Receiver(server, opts);
        receiver.requests.push(...readLog(opts.logFile, ['body']));
        return receiver;
    }
    get url() {
        const { port } = this.server.address();
        return this.opts.kind === 'slack' ? `http://127.0.0.1:${port}/services/T0001/B0002/secretSlackToken42` : `http://127.0.0.1:${port}/hooks/release`;
    }
    /** Requests that were answered 2xx. */
    get delivered() {
        return this.requests.filter((r) => r.status >= 200 && r.status < 300);
    }
    /** Requests answered 2xx that were not repeats of a delivery already taken: what the receiver acted on. */
    get processed() {
        return this.delivered.filter((r) => !r.repeat);
    }
    /** The next `times` requests (default: all, until healed) get `answer`. */
    fail(answer = { status: 500, body: 'internal error' }, times = Number.POSITIVE_INFINITY) {
        this.failures.push({ answer, remaining: times });
    }
    heal() {
        this.failures = [];
    }
    async handle(req, res) {
        const chunks = [];
        for await (const c of req)
            chunks.push(c);
        const body = Buffer.concat(chunks);
        const text = body.toString('utf8');
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            json = undefined;
        }
        const record = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, text, ...(json !== undefined ? { json } : {}), status: 0 };
        if (this.opts.secret !== undefined) {
            const header = String(req.headers['x-release-actions-signature'] ?? '');
            const expected = Buffer.from(`sha256=${(0,external_node_crypto_.createHmac)('sha256', this.opts.secret).update(body).digest('hex')}`);
            record.signatureValid = header.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(Buffer.from(header), expected);
        }
        const delivery = req.headers['x-release-actions-delivery'];
        if (this.opts.kind === 'webhook' && typeof delivery === 'string')
            record.deliveryId = delivery;
        this.requests.push(record);
        const answer = this.answer(record);
        record.status = answer.status;
        if (record.deliveryId !== undefined && answer.status >= 200 && answer.status < 300) {
            record.repeat = this.requests.some((r) => r !== record && r.deliveryId === record.deliveryId && r.status >= 200 && r.status < 300);
        }
        appendLog(this.opts.logFile, record);
        res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
        res.end(answer.body ?? '');
    }
    answer(r) {
        const failure = this.failures.find((f) => f.remaining > 0);
        if (failure) {
            failure.remaining -= 1;
            return failure.answer;
        }
        if (r.method !== 'POST')
            return { status: 405, body: 'method not allowed' };
        if (this.opts.kind === 'slack') {
            if (r.json === undefined)
                return { status: 400, body: 'invalid_payload' };
            return blockKitProblems(r.json).length > 0 ? { status: 400, body: 'invalid_blocks' } : { status: 200, body: 'ok' };
        }
        if (this.opts.secret !== undefined && !r.signatureValid)
            return { status: 401, body: 'bad signature' };
        return { status: 204 };
    }
    async stop() {
        for (const s of this.sockets)
            s.destroy();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
}
function startSlackReceiver(opts = {}) {
    return Receiver.start({ kind: 'slack', ...opts });
}
function startWebhookReceiver(secret) {
    return Receiver.start({ kind: 'webhook', ...(secret !== undefined ? { secret } : {}) });
}

// EXTERNAL MODULE: ./node_modules/smtp-server/dist/esm/smtp-server.js + 13 modules
var smtp_server = __webpack_require__(6429);
;// CONCATENATED MODULE: ./test/support/receivers/smtp.ts
/**
 * A local mailing list: an SMTP server (npm `smtp-server`) on 127.0.0.1 that offers
 * STARTTLS with a test certificate and accepts AUTH only after it (as a real submission
 * server does). Messages are kept with their envelope, whether the session was encrypted,
 * and a small MIME reading of the text and HTML parts.
 *
 * Faults (`fault()`) happen at a stage of the session: at the greeting (`connect`), after
 * MAIL FROM, after RCPT TO, or at the end of DATA (`data`, the message read but not kept):
 * a reply code (421/450/451 are SMTP's temporary failures), a stall (the server stops
 * answering; only the client's timeout ends it) or a reset (the TCP connection reset).
 * `after-write` keeps the message, then resets the connection before the 250, so the
 * client cannot know it was delivered.
 */


function decodeQuotedPrintable(s) {
    const bytes = [];
    const soft = s.replace(/=\r?\n/g, '');
    for (let i = 0; i < soft.length; i++) {
        const c = soft[i];
        if (c === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
            bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else {
            bytes.push(...Buffer.from(c, 'utf8'));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function parseHeaders(block) {
    const headers = {};
    for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i > 0)
            headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    return headers;
}
function decodePart(headers, body) {
    const enc = (headers['content-transfer-encoding'] ?? '').toLowerCase();
    let text = body;
    if (enc === 'quoted-printable')
        text = decodeQuotedPrintable(body);
    else if (enc === 'base64')
        text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    // SMTP carries CRLF line ends; tests compare with the LF text that was sent
    return text.replace(/\r\n/g, '\n').replace(/\n$/, '');
}
/** Enough MIME for nodemailer's messages: single part or (nested) multipart, text/plain and text/html. */
function readParts(headers, body, out) {
    const type = headers['content-type'] ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (/^multipart\//i.test(type) && boundary) {
        for (const part of body.split(`--${boundary}`).slice(1)) {
            if (part.startsWith('--'))
                break;
            const split = part.replace(/^\r?\n/, '').search(/\r?\n\r?\n/);
            const p = part.replace(/^\r?\n/, '');
            const head = parseHeaders(p.slice(0, split));
            const rest = p.slice(split).replace(/^\r?\n\r?\n/, '');
            readParts(head, rest, out);
        }
        return;
    }
    if (/^text\/plain/i.test(type))
        out.text = decodePart(headers, body);
    else if (/^text\/html/i.test(type))
        out.html = decodePart(headers, body);
}
function parseMessage(raw) {
    const split = raw.search(/\r?\n\r?\n/);
    const headers = parseHeaders(raw.slice(0, split));
    const out = {};
    readParts(headers, raw.slice(split).replace(/^\r?\n\r?\n/, ''), out);
    return { headers, ...out };
}
async function startMailServer(cert, opts = {}) {
    const users = opts.users ?? { announce: 'smtp-pass-123' };
    const startTls = opts.startTls ?? true;
    const messages = readLog(opts.logFile);
    const auths = [];
    let refusals = 0;
    const armed = [];
    // the raw TCP socket of each session, by the client's port: a reset must tear down the
    // connection below STARTTLS, as a network failure would
    const sockets = new Map();
    const stageOf = (f) => (f.kind === 'after-write' ? 'data' : f.at);
    /** The fault for this stage, used up; undefined when none is armed. */
    const take = (stage) => {
        const f = armed.find((a) => a.remaining > 0 && stageOf(a) === stage);
        if (f) {
            f.remaining -= 1;
            f.hits += 1;
        }
        return f;
    };
    const reset = (session) => void sockets.get(session.remotePort)?.resetAndDestroy();
    /** A fault that stops the stage: a reply, a reset, or a stall (the callback is never called). */
    const apply = (f, session, cb) => {
        if (f.kind === 'reply') {
            const err = new Error(f.message);
            err.responseCode = f.code;
            cb(err);
        }
        else if (f.kind === 'reset')
            reset(session);
    };
    /** Applies the fault armed for this stage; false when there is none. */
    const interrupt = (stage, session, cb) => {
        const f = take(stage);
        if (f)
            apply(f, session, cb);
        return f !== undefined;
    };
    const server = new smtp_server/* SMTPServer */.C({
        secure: false,
        hideSTARTTLS: !startTls,
        allowInsecureAuth: !startTls,
        key: cert.keyPem,
        cert: cert.certPem,
        name: 'localhost',
        authMethods: ['PLAIN', 'LOGIN'],
        // hidden and refused: a server that cannot encrypt at all
        disabledCommands: startTls ? [] : ['STARTTLS'],
        logger: false,
        onConnect(session, cb) {
            if (!interrupt('connect', session, cb))
                cb();
        },
        onMailFrom(_address, session, cb) {
            if (!interrupt('mail', session, cb))
                cb();
        },
        onRcptTo(_address, session, cb) {
            if (!interrupt('rcpt', session, cb))
                cb();
        },
        onAuth(auth, session, cb) {
            auths.push({ user: auth.username ?? '', secure: session.secure });
            if (auth.username && users[auth.username] === auth.password)
                return cb(null, { user: auth.username });
            return cb(new Error('Invalid username or password'));
        },
        onData(stream, session, cb) {
            const chunks = [];
            stream.on('data', (c) => chunks.push(c));
            stream.on('end', () => {
                const f = take('data');
                if (f && f.kind !== 'after-write')
                    return apply(f, session, cb);
                if (refusals > 0) {
                    refusals -= 1;
                    const err = new Error('Temporary failure, try again later');
                    err.responseCode = 451;
                    return cb(err);
                }
                const raw = Buffer.concat(chunks).toString('utf8');
                const parsed = parseMessage(raw);
                const mail = {
                    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                    to: session.envelope.rcptTo.map((r) => r.address),
                    secure: session.secure,
                    ...(typeof session.user === 'string' ? { user: session.user } : {}),
                    raw,
                    ...parsed,
                };
                messages.push(mail);
                // on disk before the 250: a message the sender saw accepted survives a kill
                appendLog(opts.logFile, mail);
                if (f?.kind === 'after-write')
                    return reset(session);
                cb();
            });
        },
    });
    server.server.on('connection', (socket) => {
        const remotePort = socket.remotePort ?? 0;
        sockets.set(remotePort, socket);
        socket.on('close', () => sockets.delete(remotePort));
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = server.server.address().port;
    return {
        port,
        messages,
        auths,
        url: (user = 'announce', pass = users[user] ?? '') => `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}`,
        refuse: (times) => void (refusals = times),
        fault(spec) {
            const f = { ...spec, remaining: spec.times ?? 1, hits: 0 };
            armed.push(f);
            return f;
        },
        heal: () => void (armed.length = 0),
        stop: () => {
            // a stalled session would otherwise hold the close for smtp-server's grace period
            for (const s of sockets.values())
                s.destroy();
            return new Promise((resolve) => server.close(() => resolve()));
        },
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/bcryptjs/index.js
var bcryptjs = __webpack_require__(36242);
;// CONCATENATED MODULE: ./test/support/registry/cert.ts
/**
 * A self-signed ECDSA P-256 certificate, made with node:crypto and a minimal DER writer, so the
 * token issuer needs neither the openssl CLI nor an npm package. The registry trusts it through
 * `auth.token.rootcertbundle`; tokens carry it in their `x5c` header.
 */

function registry_cert_length(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    for (let v = n; v > 0; v >>= 8)
        bytes.unshift(v & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function cert_tlv(tag, content) {
    return Buffer.concat([Buffer.from([tag]), registry_cert_length(content.length), content]);
}
const cert_seq = (...items) => cert_tlv(0x30, Buffer.concat(items));
const cert_set = (...items) => cert_tlv(0x31, Buffer.concat(items));
const cert_utf8 = (text) => cert_tlv(0x0c, Buffer.from(text, 'utf8'));
const bitString = (bytes) => cert_tlv(0x03, Buffer.concat([Buffer.from([0]), bytes]));
const explicit = (n, content) => cert_tlv(0xa0 + n, content);
function cert_integer(bytes) {
    let b = bytes;
    while (b.length > 1 && b[0] === 0 && (b[1] & 0x80) === 0)
        b = b.subarray(1);
    if (b[0] & 0x80)
        b = Buffer.concat([Buffer.from([0]), b]);
    return cert_tlv(0x02, b);
}
function cert_oid(dotted) {
    const parts = dotted.split('.').map(Number);
    const out = [40 * parts[0] + parts[1]];
    for (const part of parts.slice(2)) {
        const chunk = [part & 0x7f];
        for (let v = part >> 7; v > 0; v >>= 7)
            chunk.unshift((v & 0x7f) | 0x80);
        out.push(...chunk);
    }
    return cert_tlv(0x06, Buffer.from(out));
}
function cert_utcTime(date) {
    const p = (n) => String(n).padStart(2, '0');
    const text = `${p(date.getUTCFullYear() % 100)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`;
    return cert_tlv(0x17, Buffer.from(text, 'ascii'));
}
const ECDSA_SHA256 = cert_seq(cert_oid('1.2.840.10045.4.3.2'));
/** A fresh key pair and a self-signed certificate for it, valid from an hour ago for a day. */
function createSigningIdentity(commonName = 'release-actions test token issuer') {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    const name = cert_seq(cert_set(cert_seq(cert_oid('2.5.4.3'), cert_utf8(commonName))));
    const now = Date.now();
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] &= 0x7f;
    const basicConstraintsCa = cert_seq(cert_oid('2.5.29.19'), cert_tlv(0x01, Buffer.from([0xff])), cert_tlv(0x04, cert_seq(cert_tlv(0x01, Buffer.from([0xff])))));
    const keyUsage = cert_seq(cert_oid('2.5.29.15'), cert_tlv(0x01, Buffer.from([0xff])), cert_tlv(0x04, cert_tlv(0x03, Buffer.from([0x01, 0x86]))));
    const tbs = cert_seq(explicit(0, cert_integer(Buffer.from([2]))), cert_integer(serial), ECDSA_SHA256, name, cert_seq(cert_utcTime(new Date(now - 3600_000)), cert_utcTime(new Date(now + 24 * 3600_000))), name, spki, explicit(3, cert_seq(basicConstraintsCa, keyUsage)));
    const signature = (0,external_node_crypto_.sign)('sha256', tbs, privateKey);
    const certificateDer = cert_seq(tbs, ECDSA_SHA256, bitString(signature));
    const base64 = certificateDer.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
    const certificatePem = `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`;
    return { privateKey, publicKey, certificateDer, certificatePem, keyId: libtrustKeyId(spki) };
}
/** libtrust's key ID: base32 of the first 240 bits of sha256(SPKI DER), in 12 groups of 4 joined by ':'. */
function libtrustKeyId(spkiDer) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(spkiDer).digest().subarray(0, 30);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let bits = '';
    for (const byte of hash)
        bits += byte.toString(2).padStart(8, '0');
    let text = '';
    for (let i = 0; i < bits.length; i += 5)
        text += alphabet[parseInt(bits.slice(i, i + 5), 2)];
    return text.match(/.{4}/g).join(':');
}

;// CONCATENATED MODULE: ./test/support/registry/token-issuer.ts
/**
 * A token service as ghcr.io and Docker Hub run one, for the real `docker-registry` configured
 * with `auth.token`: GET /token?service=...&scope=repository:<name>:pull,push with optional basic
 * credentials answers `{ token, access_token, expires_in, issued_at }`, an ES256 JWT whose header
 * carries the self-signed certificate in `x5c` and whose `access` claim grants what was asked and
 * is allowed (everything to the known user; pull to anonymous callers when `anonymousPull`).
 */



const b64url = (data) => Buffer.from(data).toString('base64url');
function signToken(identity, claims) {
    const header = { typ: 'JWT', alg: 'ES256', x5c: [identity.certificateDer.toString('base64')] };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = (0,external_node_crypto_.sign)('sha256', Buffer.from(input), { key: identity.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${input}.${b64url(signature)}`;
}
/** `repository:org/name:pull,push` → access entry; other resource types pass through. */
function parseScope(scope) {
    const first = scope.indexOf(':');
    const last = scope.lastIndexOf(':');
    if (first < 0 || last <= first)
        return undefined;
    return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',').filter(Boolean) };
}
function basicUser(request) {
    const header = request.headers.authorization;
    if (!header)
        return null;
    const match = /^Basic\s+(\S+)$/i.exec(header);
    if (!match)
        return 'malformed';
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
        return 'malformed';
    return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
async function startTokenIssuer(options) {
    const identity = createSigningIdentity();
    const requests = [];
    const expiresIn = options.expiresIn ?? 300;
    const handle = (request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean);
        const reply = (status, body, user) => {
            requests.push({ user, scopes, status });
            response.writeHead(status, { 'content-type': 'application/json' });
            response.end(JSON.stringify(body));
        };
        if (request.method !== 'GET' || url.pathname !== '/token')
            return reply(404, { errors: [{ code: 'NOT_FOUND' }] }, null);
        if (url.searchParams.get('service') !== options.service) {
            return reply(400, { errors: [{ code: 'INVALID_REQUEST', message: 'unknown service' }] }, null);
        }
        const caller = basicUser(request);
        if (caller === 'malformed' || (caller && (caller.user !== options.username || caller.password !== options.password))) {
            response.setHeader('www-authenticate', 'Basic realm="token"');
            return reply(401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, caller === 'malformed' ? null : caller.user);
        }
        const access = [];
        for (const scope of scopes) {
            const asked = parseScope(scope);
            if (!asked || asked.type !== 'repository')
                continue;
            const allowed = caller ? asked.actions : options.anonymousPull ? asked.actions.filter((a) => a === 'pull') : [];
            if (allowed.length > 0)
                access.push({ ...asked, actions: allowed });
        }
        const now = Math.floor(Date.now() / 1000);
        const token = signToken(identity, {
            iss: options.issuer,
            sub: caller ? caller.user : '',
            aud: options.service,
            exp: now + expiresIn,
            nbf: now - 10,
            iat: now,
            jti: (0,external_node_crypto_.randomBytes)(12).toString('hex'),
            access,
        });
        reply(200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date(now * 1000).toISOString() }, caller ? caller.user : null);
    };
    const server = (0,external_node_http_.createServer)(handle);
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address();
    return {
        realm: `http://127.0.0.1:${port}/token`,
        identity,
        requests,
        stop: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./test/support/registry/registry.ts
/**
 * The real registry for tests: CNCF Distribution (`docker-registry`, Debian package 2.8) started
 * as a child process on 127.0.0.1 with a generated config, filesystem storage in a temp dir and
 * no auth, htpasswd (bcrypt) basic auth, or token auth through the test token issuer.
 */









const PID_FILE = 'registry.pid';
/** Stops a registry a killed parent left running on `dataDir`, if its pid file names one (and it is that registry). */
async function stopStaleRegistry(dataDir) {
    const file = (0,external_node_path_.join)(dataDir, PID_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const pid = Number((0,external_node_fs_.readFileSync)(file, 'utf8').trim());
    (0,external_node_fs_.rmSync)(file, { force: true });
    if (!Number.isInteger(pid) || pid <= 1)
        return undefined;
    let cmdline = '';
    try {
        cmdline = (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8');
    }
    catch {
        return undefined;
    }
    // a recycled pid belongs to someone else: only the registry serving this folder's config is stopped
    if (!cmdline.split('\0').includes((0,external_node_path_.join)(dataDir, 'config.yml')))
        return undefined;
    const alive = () => {
        try {
            process.kill(pid, 0);
            return true;
        }
        catch {
            return false;
        }
    };
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 100 && alive(); i++)
        await new Promise((resolve) => setTimeout(resolve, 30));
    if (alive())
        process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 100 && alive(); i++)
        await new Promise((resolve) => setTimeout(resolve, 30));
    return pid;
}
const REGISTRY_BIN = process.env.RELEASE_ACTIONS_REGISTRY_BIN ?? '/usr/bin/docker-registry';
const INSTALL_HINT = 'install it with: apt-get install -y docker-registry (CNCF Distribution 2.8; .ci/run does this on CI)';
const SERVICE = 'release-actions-test-registry';
const ISSUER = 'release-actions-test-issuer';
async function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}
function configYaml(dataDir, port, authBlock) {
    return [
        'version: 0.1',
        'log:',
        '  level: warn',
        '  formatter: text',
        '  accesslog:',
        '    disabled: false',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${JSON.stringify((0,external_node_path_.join)(dataDir, 'storage'))}`,
        '  delete:',
        '    enabled: true',
        '  maintenance:',
        '    uploadpurging:',
        '      enabled: false',
        'http:',
        `  addr: 127.0.0.1:${port}`,
        `  secret: ${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`,
        'health:',
        '  storagedriver:',
        '    enabled: false',
        authBlock,
    ].join('\n');
}
async function waitUntilUp(url, child, output) {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) {
            throw new Error(`docker-registry exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
        }
        try {
            const response = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) });
            await response.arrayBuffer();
            if (response.status === 200 || response.status === 401)
                return;
        }
        catch {
            // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`docker-registry did not answer ${url}/v2/ within 20 s:\n${output()}`);
}
const ACCESS_LINE = /"(GET|HEAD|POST|PUT|PATCH|DELETE) (\/v2\/[^ ?"]*)[^ "]* HTTP\/[0-9.]+" ([0-9]{3}) /;
function parseAccessLog(output) {
    const entries = [];
    for (const line of output.split('\n')) {
        const match = ACCESS_LINE.exec(line);
        if (match)
            entries.push({ method: match[1], path: match[2], status: Number(match[3]) });
    }
    return entries;
}
/** Starts a registry; fails loudly (with the install command) when docker-registry is missing. */
async function startRegistry(options) {
    const bin = options.bin ?? REGISTRY_BIN;
    if (!(0,external_node_fs_.existsSync)(bin)) {
        throw new Error(`${bin} is missing: the registry tests need the real registry; ${INSTALL_HINT}`);
    }
    const keep = options.dataDir !== undefined;
    const dataDir = options.dataDir ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-actions-registry-')));
    if (keep) {
        (0,external_node_fs_.mkdirSync)(dataDir, { recursive: true });
        await stopStaleRegistry(dataDir);
    }
    const removeData = async () => {
        if (keep)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dataDir, PID_FILE), { force: true });
        else
            await (0,promises_.rm)(dataDir, { recursive: true, force: true });
    };
    const username = options.auth === 'none' ? '' : 'release-bot';
    const password = options.auth === 'none' ? '' : (options.password ?? (0,external_node_crypto_.randomBytes)(12).toString('base64url'));
    let issuer;
    let child;
    try {
        let authBlock = '';
        if (options.auth === 'basic') {
            const htpasswd = (0,external_node_path_.join)(dataDir, 'htpasswd');
            await (0,promises_.writeFile)(htpasswd, `${username}:${bcryptjs/* default.hashSync */.Ay.hashSync(password, 5)}\n`);
            authBlock = ['auth:', '  htpasswd:', '    realm: release-actions-test', `    path: ${JSON.stringify(htpasswd)}`].join('\n');
        }
        else if (options.auth === 'token') {
            issuer = await startTokenIssuer({ service: SERVICE, issuer: ISSUER, username, password, anonymousPull: options.anonymousPull });
            const bundle = (0,external_node_path_.join)(dataDir, 'token-root.pem');
            await (0,promises_.writeFile)(bundle, issuer.identity.certificatePem);
            authBlock = [
                'auth:',
                '  token:',
                `    realm: ${JSON.stringify(issuer.realm)}`,
                `    service: ${SERVICE}`,
                `    issuer: ${ISSUER}`,
                `    rootcertbundle: ${JSON.stringify(bundle)}`,
            ].join('\n');
        }
        // A port picked free can be taken before the registry binds it: try a few.
        for (let attempt = 1;; attempt++) {
            const port = options.port ?? (await freePort());
            const configFile = (0,external_node_path_.join)(dataDir, 'config.yml');
            await (0,promises_.writeFile)(configFile, configYaml(dataDir, port, authBlock));
            let out = '';
            const current = (0,external_node_child_process_.spawn)(bin, ['serve', configFile], { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] });
            child = current;
            current.stdout.on('data', (chunk) => (out += chunk.toString('utf8')));
            current.stderr.on('data', (chunk) => (out += chunk.toString('utf8')));
            current.once('error', (error) => (out += `\nspawn error: ${error.message}`));
            if (keep && current.pid)
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dataDir, PID_FILE), `${current.pid}\n`);
            const url = `http://127.0.0.1:${port}`;
            try {
                await waitUntilUp(url, current, () => out);
            }
            catch (error) {
                current.kill('SIGKILL');
                if (attempt < 3 && options.port === undefined && /address already in use/.test(out))
                    continue;
                throw error;
            }
            const started = current;
            const stop = async () => {
                if (started.exitCode === null && started.signalCode === null) {
                    const exited = new Promise((resolve) => started.once('exit', resolve));
                    started.kill('SIGTERM');
                    const timer = setTimeout(() => started.kill('SIGKILL'), 3000);
                    await exited;
                    clearTimeout(timer);
                }
                await issuer?.stop();
                await removeData();
            };
            return {
                url,
                host: `127.0.0.1:${port}`,
                auth: options.auth,
                username,
                password,
                dataDir,
                tokenRequests: issuer?.requests ?? [],
                output: () => out,
                accessLog: () => parseAccessLog(out),
                stop,
            };
        }
    }
    catch (error) {
        if (child && child.exitCode === null)
            child.kill('SIGKILL');
        await issuer?.stop();
        await removeData();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/rehearse/pages.ts
/**
 * GitHub Pages, locally: an HTTP server on 127.0.0.1 that serves the `gh-pages` branch of the
 * emulated repository's bare git repository, read at request time (`git cat-file`), under
 * `/<repo>/` as a project site is (`https://OWNER.github.io/REPO/`). What publish-helm pushes
 * to the branch is what verify-release then downloads.
 */


async function startPagesServer(opts) {
    const branch = opts.branch ?? 'gh-pages';
    const requests = [];
    const sockets = new Set();
    const prefix = `/${opts.repo}/`;
    const server = (0,external_node_http_.createServer)((req, res) => {
        void (async () => {
            const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
            let status = 404;
            let body = Buffer.from('404 Not Found\n');
            if ((req.method === 'GET' || req.method === 'HEAD') && path.startsWith(prefix) && !path.split('/').includes('..')) {
                let file = path.slice(prefix.length);
                if (file === '' || file.endsWith('/'))
                    file += 'index.html';
                const r = await proc('git', ['--git-dir', opts.barePath(), 'cat-file', 'blob', `refs/heads/${branch}:${file}`], { env: opts.env }).catch(() => undefined);
                if (r && r.code === 0) {
                    status = 200;
                    body = r.stdout;
                }
            }
            requests.push({ path, status });
            const type = status !== 200 ? 'text/plain' : path.endsWith('.yaml') || path.endsWith('.yml') ? 'application/yaml' : path.endsWith('.tgz') ? 'application/gzip' : path.endsWith('.html') ? 'text/html' : 'application/octet-stream';
            res.writeHead(status, { 'content-type': type, 'content-length': String(body.length) });
            res.end(req.method === 'HEAD' ? undefined : body);
        })();
    });
    server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}/${opts.repo}`,
        requests,
        stop: async () => {
            for (const s of sockets)
                s.destroy();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
/**
 * What a repository that has released before holds, made for one that has not: the orphan
 * pages branch (a README; an existing branch is left as it is) in the emulated repository, as
 * `release-actions doctor --write` and a push make it. GitHub Pages itself is switched on by
 * `createRepo` (`pages`), as a maintainer does in the settings.
 */
async function preparePagesBranch(barePath, env, identity, repository, branch = 'gh-pages') {
    // one after the other: jest's ESM loader can fail two imports that share a module when they race
    const { Git } = await __webpack_require__.e(/* import() */ 840).then(__webpack_require__.bind(__webpack_require__, 8840));
    const { createOrphanBranch, pagesReadme } = await __webpack_require__.e(/* import() */ 845).then(__webpack_require__.bind(__webpack_require__, 14845));
    const made = await createOrphanBranch(new Git(barePath, { env }), {
        branch,
        files: [{ path: 'README.md', text: pagesReadme(repository, branch) }],
        message: `chore: ${branch} branch for the Helm repository`,
        identity,
    });
    return made.created ? `orphan ${branch} branch made (${made.commit.slice(0, 7)})` : `${branch} branch as the repository has it`;
}

;// CONCATENATED MODULE: ./src/rehearse/world.ts
/**
 * The local world a rehearsal runs in, started together and stopped together: the GitHub
 * emulator (REST, GraphQL, git over HTTP), the real `docker-registry` with token auth (as
 * ghcr.io), a pages server for the Helm repository, a Slack receiver and a mailing list
 * (SMTP with STARTTLS), and a throwaway GnuPG key for the signed tag. Everything listens on
 * 127.0.0.1; everything on disk lives below one folder.
 */











const REGISTRY_INSTALL = 'apt-get install -y docker-registry';
const MAIL_USER = 'releases@example.org';
const MAIL_PASSWORD = 'rehearsal-smtp-password';
const gpgArgs = (home) => ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', ''];
/**
 * A throwaway GnuPG home with an ed25519 signing key (no passphrase); with `secretKey` (an
 * armored export) that key is imported instead of a new one made.
 */
async function makeKey(name = 'Rehearsal Maintainer', email = 'maintainer@example.org', secretKey, gpgHome) {
    // GnuPG's socket path must stay short: the home lives directly under the temp dir
    const home = gpgHome ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ra-gpg-'));
    const run = async (args, input) => {
        const r = await proc('gpg', [...gpgArgs(home), ...args], input !== undefined ? { input } : {});
        if (r.code !== 0)
            throw new Error(`gpg ${args[0]} failed: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
        return r.stdout.toString('utf8');
    };
    if (secretKey)
        await run(['--import'], secretKey);
    else
        await run(['--quick-gen-key', `${name} <${email}>`, 'ed25519', 'sign', 'never']);
    const colons = await run(['--with-colons', '--list-secret-keys', email]);
    const fingerprint = colons.split('\n').find((l) => l.startsWith('fpr:'))?.split(':')[9] ?? '';
    const publicKey = await run(['--armor', '--export', fingerprint]);
    return { home, fingerprint, publicKey, name, email };
}
async function dropKey(key) {
    if (!key)
        return;
    await proc('gpgconf', ['--homedir', key.home, '--kill', 'all']).catch(() => undefined);
    (0,external_node_fs_.rmSync)(key.home, { recursive: true, force: true });
}
async function exportSecretKey(key) {
    const r = await proc('gpg', [...gpgArgs(key.home), '--armor', '--export-secret-keys', key.fingerprint]);
    if (r.code !== 0)
        throw new Error(`gpg --export-secret-keys failed: ${r.stderr.trim()}`);
    return r.stdout.toString('utf8');
}
function readSavedWorld(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const saved = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    if (saved.version !== 1)
        throw new Error(`${file}: not a state this rehearsal can read`);
    return saved;
}
function writeSavedWorld(file, saved) {
    (0,external_node_fs_.writeFileSync)(`${file}.new`, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
    (0,external_node_fs_.renameSync)(`${file}.new`, file);
}
/**
 * Set to 1, the world starts no local Sigstore: the attest stand-ins write unsigned bundles and
 * postflight's signature checks are off, as in a resumable rehearsal (the signing's cost is the
 * difference: bench/figures/signing.mjs).
 */
const NO_SIGNING_ENV = 'RELEASE_ACTIONS_NO_SIGNING';
/** The local Sigstore of test/support/sigstore, its trusted root written where postflight reads it. */
async function startLocalSigstore(root) {
    const { startSigstore } = await Promise.all(/* import() */[__webpack_require__.e(626), __webpack_require__.e(328)]).then(__webpack_require__.bind(__webpack_require__, 46328));
    const local = await startSigstore();
    const trustedRootPath = (0,external_node_path_.join)(root, 'sigstore', 'trusted_root.json');
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, 'sigstore'), { recursive: true });
    (0,external_node_fs_.writeFileSync)(trustedRootPath, `${JSON.stringify(local.trustedRoot, null, 2)}\n`);
    return { signer: { attest: (statement, identity) => local.attest(statement, identity) }, trustedRootPath, stop: () => local.stop() };
}
/** Starts everything; on a failure, what was started is stopped again. */
async function startWorld(opts) {
    const home = (0,external_node_path_.join)(opts.root, 'home');
    (0,external_node_fs_.mkdirSync)(home, { recursive: true });
    const savedFile = (0,external_node_path_.join)(opts.root, 'world.json');
    const saved = opts.persistent ? readSavedWorld(savedFile) : undefined;
    if (saved?.gpgHome)
        await dropKey({ home: saved.gpgHome });
    const token = saved?.token ?? opts.token ?? `rehearsal-${Math.random().toString(36).slice(2, 12)}`;
    const keep = (dir, file) => (opts.persistent ? (0,external_node_path_.join)(opts.root, dir, ...(file ? [file] : [])) : undefined);
    const ports = saved?.ports ?? {};
    // written down before gpg starts its agent, so that a run killed at any point can be cleaned up after
    const gpgHome = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ra-gpg-'));
    if (opts.persistent)
        writeSavedWorld(savedFile, { version: 1, token, ports, ...(saved?.signingKey ? { signingKey: saved.signingKey } : {}), gpgHome });
    const started = [];
    const bin = opts.registryBin ?? process.env['RELEASE_ACTIONS_REGISTRY_BIN'] ?? '/usr/bin/docker-registry';
    const wantRegistry = opts.registry !== false;
    // a secrets test plants the registry password it then greps every file of the rehearsal for
    const registryPassword = process.env['RELEASE_ACTIONS_REHEARSAL_REGISTRY_PASSWORD'];
    const noSigning = process.env[NO_SIGNING_ENV] === '1';
    const registryMissing = wantRegistry && !(0,external_node_fs_.existsSync)(bin) ? { reason: `${bin} is missing: no local container registry for the image and the OCI chart`, install: REGISTRY_INSTALL } : undefined;
    try {
        const cert = createServerCertificate(opts.root);
        const settled = await Promise.allSettled([
            // strict: a call that breaks GitHub's contract or a token's permissions fails the stage that made it
            startGitHubEmulator({ token, login: 'maintainer', strict: true, ...(opts.persistent ? { stateDir: keep('github') } : {}) }),
            wantRegistry && !registryMissing ? startRegistry({ auth: 'token', bin, ...(registryPassword ? { password: registryPassword } : {}), ...(opts.persistent ? { dataDir: keep('registry'), ...(ports.registry ? { port: ports.registry } : {}) } : {}) }) : Promise.resolve(undefined),
            startSlackReceiver(opts.persistent ? { logFile: keep('receivers', 'slack.jsonl'), ...(ports.slack ? { port: ports.slack } : {}) } : {}),
            startMailServer(cert, { users: { [MAIL_USER]: MAIL_PASSWORD }, ...(opts.persistent ? { logFile: keep('receivers', 'mail.jsonl'), ...(ports.mail ? { port: ports.mail } : {}) } : {}) }),
            makeKey(undefined, undefined, saved?.signingKey, gpgHome),
            opts.persistent || noSigning ? Promise.resolve(undefined) : startLocalSigstore(opts.root),
        ]);
        const [ghS, registryS, slackS, mailS, keyS, sigstoreS] = settled;
        for (const s of [ghS, registryS, slackS, mailS, sigstoreS])
            if (s.status === 'fulfilled' && s.value)
                started.push(() => s.value.stop());
        if (keyS.status === 'fulfilled')
            started.push(() => dropKey(keyS.value));
        const failed = settled.find((s) => s.status === 'rejected');
        if (failed)
            throw failed.reason;
        const gh = ghS.value;
        const registry = registryS.value;
        const slack = slackS.value;
        const mail = mailS.value;
        const key = keyS.value;
        const sigstore = sigstoreS.value;
        let pages;
        const remember = opts.persistent
            ? async () => {
                const now = {
                    version: 1,
                    token,
                    ports: { registry: registry ? Number(registry.host.split(':')[1]) : ports.registry, slack: Number(new URL(slack.url).port), mail: mail.port, pages: pages ? Number(new URL(pages.url).port) : ports.pages },
                    signingKey: saved?.signingKey ?? (await exportSecretKey(key)),
                    gpgHome: key.home,
                };
                writeSavedWorld(savedFile, now);
            }
            : async () => undefined;
        await remember();
        // the normal end stops the agent itself: nothing for the next run to clean up
        if (opts.persistent)
            started.push(async () => writeSavedWorld(savedFile, { ...readSavedWorld(savedFile), gpgHome: undefined }));
        const world = {
            root: opts.root,
            home,
            token,
            gh,
            ...(registry ? { registry, registryAccess: { host: registry.host, username: registry.username, password: registry.password } } : {}),
            ...(registryMissing ? { registryMissing } : wantRegistry ? {} : { registryMissing: { reason: 'the registry was turned off', install: '' } }),
            slack,
            mail,
            cert,
            key,
            smtpUrl: mail.url(MAIL_USER, MAIL_PASSWORD),
            ...(sigstore ? { sigstore: { signer: sigstore.signer, trustedRootPath: sigstore.trustedRootPath } } : { sigstoreMissing: noSigning ? `${NO_SIGNING_ENV}=1: no local Sigstore, nothing signed` : 'a resumable rehearsal (--state) starts a new local Sigstore CA on each run, so what an earlier run signed could not be verified' }),
            async servePages(repository) {
                if (!pages) {
                    pages = await startPagesServer({ barePath: () => gh.repoPath(repository), repo: repository.split('/')[1] ?? repository, env: { HOME: home, GIT_CONFIG_NOSYSTEM: '1' }, ...(ports.pages ? { port: ports.pages } : {}) });
                    await remember();
                }
                world.pages = pages;
                return pages;
            },
            async stop() {
                await pages?.stop().catch(() => undefined);
                for (const stop of started.reverse())
                    await stop().catch(() => undefined);
                started.length = 0;
            },
        };
        return world;
    }
    catch (err) {
        for (const stop of started.reverse())
            await stop().catch(() => undefined);
        throw err;
    }
}
/**
 * A GITHUB_TOKEN per job from the emulator, reaching only `repository`, and what the emulator
 * refused or found wrong in that job's calls, as sentences naming the job's permissions.
 */
function jobTokens(gh, repository) {
    const held = new Map();
    return {
        mint(job, permissions) {
            held.set(job, permissions);
            const api = {};
            for (const [name, level] of Object.entries(permissions)) {
                const p = apiPermission(name);
                if (p)
                    api[p] = level;
            }
            return gh.issueToken({ name: job, permissions: api, repositories: [repository] });
        },
        problems(job) {
            const perms = showPermissions(held.get(job) ?? {});
            const out = [];
            for (let i = gh.denials.length - 1; i >= 0; i--) {
                const d = gh.denials[i];
                if (d.token !== job)
                    continue;
                gh.denials.splice(i, 1);
                const call = `${d.method} ${d.path}${d.operationId ? ` (${d.operationId})` : ''}`;
                out.unshift(d.needed.startsWith('does not reach') ? `its GITHUB_TOKEN ${d.needed}: ${call} was refused` : `its GITHUB_TOKEN (${perms}) lacks ${d.needed}: ${call} was refused (${d.message})`);
            }
            for (let i = gh.violations.length - 1; i >= 0; i--) {
                const v = gh.violations[i];
                if (v.token !== job)
                    continue;
                gh.violations.splice(i, 1);
                // a refusal is already told above, from its denial
                if (!v.message.startsWith('permission: '))
                    out.push(`GitHub's contract broken by ${v.method} ${v.path} (${v.operationId ?? 'no operation'}): ${v.where} ${v.pointer} ${v.message}`);
            }
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/rehearse/flow.ts
/**
 * The pieces of a release the rehearsal plays around the workflows — what a maintainer does by
 * hand (merge the release pull request, push a signed tag) and what the rehearsal must point
 * at the local world (the caller's secrets, the call's registry, pages and mail) — shared by
 * the command (./rehearse.ts) and the tests.
 */









const flow_SUITE_REPO = 'llm-d/release-actions';
/** The jobs of self-release.yaml a rehearsal leaves out, each with the reason (RunOptions.leaveOut). */
const SELF_RELEASE_LEAVE_OUT = {
    test: "the suite's own tests and dist/ check, which a rehearsal's own tests are part of",
};
/** The suite's workflows, whatever ref they are called at (`llm-d/release-actions/.github/workflows/x@v1`, `./.github/workflows/x`). */
function suiteFiles(suiteRoot) {
    return (ref) => {
        if (ref.repo !== undefined && ref.repo.toLowerCase() !== flow_SUITE_REPO)
            return undefined;
        const path = (0,external_node_path_.normalize)(ref.path.replace(/^\.\//, ''));
        if (path.startsWith('..') || !path.startsWith((0,external_node_path_.join)('.github', 'workflows')))
            return undefined;
        const file = (0,external_node_path_.join)(suiteRoot, path);
        return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : undefined;
    };
}
/** One of the suite's workflows (`ci-release.yaml`, `prepare-release.yaml`), parsed with the workflows it calls. */
async function suiteWorkflow(suiteRoot, name) {
    const file = (0,external_node_path_.join)(suiteRoot, '.github', 'workflows', name);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`.github/workflows/${name} is not in ${suiteRoot} yet`);
    return loadWorkflow(`.github/workflows/${name}`, (0,external_node_fs_.readFileSync)(file, 'utf8'), suiteFiles(suiteRoot));
}
/** What the repository's secrets hold in the rehearsal: the throwaway key, the local receivers, the emulator token. */
function repositorySecrets(world) {
    return {
        RELEASE_ALLOWED_SIGNERS: world.key.publicKey,
        SLACK_WEBHOOK_URL: world.slack.url,
        RELEASE_DISPATCH_TOKEN: world.token,
        RELEASE_PR_TOKEN: world.token,
    };
}
/**
 * What the call of release.yaml must point at locally, each with its reason. `image` is the
 * release's image as the repository names it (image-name.ts; default `ghcr.io/OWNER/REPO`): the
 * local registry gets the same path.
 */
function releaseCallOverrides(world, repository, chart, image = `ghcr.io/${repository.toLowerCase()}`) {
    const withValues = {};
    const secrets = {};
    // with the local Sigstore the attest stand-ins sign, and postflight proves it (release.yaml's default)
    if (!world.sigstore)
        withValues['verify-signatures'] = { value: false, why: `no signature to prove: ${world.sigstoreMissing ?? 'no local Sigstore'}` };
    if (image === '')
        withValues['image'] = { value: 'none', why: 'the repository releases its chart alone (no image of its own)' };
    if (world.registryAccess) {
        if (image !== '')
            withValues['image'] = { value: localImage(image, world.registryAccess.host), why: `the image ${image} goes to the local registry, under the same path, not to ${image.split('/')[0] ?? 'its registry'}` };
        withValues['registry-username'] = { value: world.registryAccess.username, why: 'the local registry\'s user' };
        withValues['oci-chart-registry'] = { value: `oci://${world.registryAccess.host}/charts`, why: 'the chart is also pushed to the local registry' };
        secrets['registry-token'] = { value: world.registryAccess.password, why: 'the local registry\'s password' };
    }
    if (world.pages)
        withValues['helm-repo-url'] = { value: world.pages.url, why: 'the Helm repository is the local pages server of the gh-pages branch' };
    if (chart)
        withValues['chart'] = { value: chart, why: 'the repository\'s own chart' };
    withValues['announce-mail-to'] = { value: 'announce@example.org', why: 'the announcement also goes to the local mailing list' };
    secrets['smtp-url'] = { value: world.smtpUrl, why: 'the local mailing list (SMTP with STARTTLS)' };
    return { with: withValues, secrets };
}
/**
 * Inputs the rehearsal adjusts: postflight polls 30 s at most (all is local), and leaves out what
 * has no registry; without a local registry the order phase reads none (the image's own registry
 * is not a stand-in).
 */
function rehearsalInputs(world) {
    return ({ action, inputs }) => {
        if (action === 'verify-release' && inputs['phase'] === 'order' && !world.registryAccess) {
            return { inputs: { ...inputs, 'check-registry': 'false' }, note: `rehearsal: check-registry false: ${world.registryMissing?.reason ?? 'no registry'}` };
        }
        if (action !== 'verify-release' || inputs['phase'] !== 'postflight')
            return undefined;
        const out = { ...inputs };
        const notes = [];
        if (!out['timeout'] || out['timeout'] === '10m') {
            out['timeout'] = '30s';
            notes.push('timeout 30s (everything is local; the workflow\'s default is 10m)');
        }
        if (out['signatures'] === 'true' && world.sigstore && !out['trusted-root']) {
            out['trusted-root'] = world.sigstore.trustedRootPath;
            notes.push('trusted-root: the local Sigstore\'s (a Fulcio-like CA and a Rekor-like log on 127.0.0.1), not the public-good root');
        }
        if (!world.registryAccess && !out['checks']) {
            out['checks'] = 'helm-repo\ngithub-release\ncluster';
            notes.push(`checks image and oci-chart left out: ${world.registryMissing?.reason ?? 'no registry'}`);
        }
        return notes.length > 0 ? { inputs: out, note: `rehearsal: ${notes.join('; ')}` } : undefined;
    };
}
function engineFor(world, repository, suiteRoot, extra = {}) {
    return new RehearsalEngine({
        suiteRoot,
        repository,
        github: { serverUrl: world.gh.serverUrl, apiUrl: world.gh.apiUrl, graphqlUrl: world.gh.graphqlUrl, token: world.token, barePath: world.gh.repoPath(repository) },
        ...(world.registryAccess ? { registry: world.registryAccess } : {}),
        ...(world.registryMissing ? { registryMissing: world.registryMissing } : {}),
        ...(world.sigstore ? { sigstore: world.sigstore.signer } : {}),
        workDir: (0,external_node_path_.join)(world.root, 'runs'),
        actionEnv: { NODE_EXTRA_CA_CERTS: world.cert.pemFile, RELEASE_ACTIONS_RETRY_SCALE: '0.01', GIT_CONFIG_NOSYSTEM: '1' },
        adjustInputs: rehearsalInputs(world),
        tokens: jobTokens(world.gh, repository),
        ...extra,
    });
}
async function refSha(world, repository, ref) {
    const r = await git(world.gh.repoPath(repository), ['rev-parse', '--verify', `${ref}^{commit}`], { env: gitEnv(world.home) });
    return r.out.trim();
}
async function defaultBranch(world, repository) {
    return world.gh.repo(repository).defaultBranch;
}
/** The push of tag `tag` (as GitHub sends it). */
async function tagPush(world, repository, tag) {
    const [owner = '', repo = ''] = repository.split('/');
    const sha = await refSha(world, repository, `refs/tags/${tag}`);
    const branch = await defaultBranch(world, repository);
    return { name: 'push', ref: `refs/tags/${tag}`, sha, payload: tagPushEvent({ owner, repo, serverUrl: world.gh.serverUrl, defaultBranch: branch }, tag, sha) };
}
/** A workflow_dispatch on the default branch with the form's inputs. */
async function dispatch(world, repository, inputs) {
    const [owner = '', repo = ''] = repository.split('/');
    const branch = await defaultBranch(world, repository);
    const sha = await refSha(world, repository, `refs/heads/${branch}`);
    return { name: 'workflow_dispatch', ref: `refs/heads/${branch}`, sha, inputs, payload: workflowDispatchEvent({ owner, repo, serverUrl: world.gh.serverUrl, defaultBranch: branch }, `refs/heads/${branch}`, inputs) };
}
async function flow_api(world, method, path, body) {
    const r = await fetch(`${world.gh.apiUrl}${path}`, {
        method,
        headers: { authorization: `token ${world.token}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await r.text();
    return { status: r.status, json: text ? JSON.parse(text) : {} };
}
/** The release pull request squash-merged, as a maintainer does it; its diff kept. */
async function squashMerge(world, repository, number) {
    const pr = await flow_api(world, 'GET', `/repos/${repository}/pulls/${number}`);
    if (pr.status !== 200)
        throw new Error(`pull request #${number}: HTTP ${pr.status}`);
    const head = pr.json['head'];
    const base = pr.json['base'];
    const bare = world.gh.repoPath(repository);
    const env = gitEnv(world.home);
    const diff = (await git(bare, ['diff', '--no-color', `${base.sha}...${head.sha}`], { env })).out;
    const stat = (await git(bare, ['diff', '--no-color', '--stat', `${base.sha}...${head.sha}`], { env })).out;
    const title = String(pr.json['title'] ?? '');
    // merged already (by a run that was stopped before it could say so): the maintainer does not click twice
    if (pr.json['merged'] === true && typeof pr.json['merge_commit_sha'] === 'string') {
        return { number, title, head: head.ref, base: base.ref, sha: pr.json['merge_commit_sha'], diff, stat, already: true };
    }
    // GitHub's default squash title (the pull request's title and number), as a maintainer's click gives it
    const merged = await flow_api(world, 'PUT', `/repos/${repository}/pulls/${number}/merge`, { merge_method: 'squash' });
    if (merged.status !== 200)
        throw new Error(`merging pull request #${number} failed: HTTP ${merged.status} ${String(merged.json['message'] ?? '')}`);
    return { number, title, head: head.ref, base: base.ref, sha: String(merged.json['sha']), diff, stat };
}
/** A GnuPG-signed annotated tag on `target`, made in a scratch clone with the throwaway key and pushed over HTTP. */
async function pushSignedTag(world, repository, tag, target) {
    const env = gitEnv(world.home, { GNUPGHOME: world.key.home });
    // pushed already (by a run that was stopped after the push): a second tag object would be a new tag
    const there = await git(world.gh.repoPath(repository), ['rev-parse', '--verify', '-q', `refs/tags/${tag}`], { env, allowFailure: true });
    if (there.code === 0) {
        const peeled = (await git(world.gh.repoPath(repository), ['rev-parse', '--verify', `refs/tags/${tag}^{commit}`], { env })).out.trim();
        if (peeled !== target)
            throw new Error(`tag ${tag} exists already on ${peeled.slice(0, 12)}, not on ${target.slice(0, 12)}`);
        return there.out.trim();
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(world.root, 'tagger-'));
    await git(dir, ['init', '-q'], { env });
    await git(dir, ['fetch', '-q', '--no-tags', `file://${world.gh.repoPath(repository)}`, target], { env });
    await git(dir, ['-c', `user.name=${world.key.name}`, '-c', `user.email=${world.key.email}`, '-c', `user.signingkey=${world.key.fingerprint}`, '-c', 'gpg.program=gpg', 'tag', '-s', '-m', `Release ${tag}`, '--', tag, target], { env });
    await git(dir, ['push', '-q', `${world.gh.serverUrl}/${repository}.git`, `refs/tags/${tag}:refs/tags/${tag}`], { env: { ...env, ...world.gh.gitAuthEnv(world.token) } });
    return (await git(dir, ['rev-parse', `refs/tags/${tag}`], { env })).out.trim();
}
/** Everything the release writes, for "a re-run changes nothing": emulator records and refs, registry tags, messages received. */
/** Each attested subject set with its predicate type, once, sorted. */
function attestedSubjects(records) {
    const keys = records.map((r) => {
        const a = r;
        return `${a.predicateType ?? ''} ${[...(a.subjectDigests ?? [])].sort().join(',')}`;
    });
    return [...new Set(keys)].sort();
}
async function worldState(world, repository, image, chart) {
    const snapshot = await world.gh.snapshot();
    const registry = {};
    if (world.registryAccess && image)
        registry['image'] = await tagDigests(world.registryAccess, image.repository, image.tags);
    if (world.registryAccess && chart)
        registry['chart'] = await tagDigests(world.registryAccess, chart.repository, chart.tags);
    return {
        // a download is a read, not a change: a re-run reads a published provenance bundle to compare its subjects.
        // A re-run signs again, as actions/attest does: GitHub keeps a second valid attestation of the same
        // digests (docs/security.md), so what is attested is compared, not how many times
        github: JSON.parse(JSON.stringify(snapshot, (key, value) => (key === 'downloadCount' ? undefined : key === 'attestations' && Array.isArray(value) ? attestedSubjects(value) : value))),
        registry,
        slack: world.slack.delivered.length,
        mail: world.mail.messages.length,
    };
}
/** The changelog's path in a repository: the configuration's `changelog`, else CHANGELOG.md. */
async function changelogPath(bare, ref, env) {
    for (const name of ['.github/release-actions.yaml', '.github/release-actions.yml']) {
        const r = await git(bare, ['show', `${ref}:${name}`], { env, allowFailure: true });
        if (r.code !== 0)
            continue;
        const m = /^changelog:\s*["']?([^"'\n#]+?)["']?\s*(#.*)?$/m.exec(r.out);
        if (m?.[1])
            return m[1].trim();
    }
    return 'CHANGELOG.md';
}
/**
 * Reads a `git fast-export` stream: blob contents by mark, and the marks of the blobs that a
 * commit stores at `path`.
 */
function parseExport(stream, path) {
    const parts = [];
    const marks = new Set();
    let pos = 0;
    let rawStart = 0;
    let blobMark;
    let inBlob = false;
    const quoted = JSON.stringify(path);
    while (pos < stream.length) {
        const nl = stream.indexOf(10, pos);
        const end = nl < 0 ? stream.length : nl;
        const line = stream.subarray(pos, end).toString('utf8');
        const next = end + 1;
        if (line.startsWith('data ')) {
            const size = Number(line.slice(5));
            if (!Number.isInteger(size))
                throw new Error(`git fast-export: cannot read '${line}'`);
            const data = stream.subarray(next, next + size);
            if (inBlob && blobMark) {
                parts.push({ raw: stream.subarray(rawStart, pos) });
                parts.push({ mark: blobMark, data });
                rawStart = next + size;
            }
            inBlob = false;
            blobMark = undefined;
            pos = next + size;
            continue;
        }
        if (line === 'blob')
            inBlob = true;
        else if (inBlob && line.startsWith('mark '))
            blobMark = line.slice(5);
        else {
            const m = /^M [0-7]+ (:\d+) (.+)$/.exec(line);
            if (m && (m[2] === path || m[2] === quoted))
                marks.add(m[1]);
        }
        pos = next;
    }
    parts.push({ raw: stream.subarray(rawStart) });
    return { parts, marks };
}
/**
 * The actions check that the changelog's compare links start with `GITHUB_SERVER_URL/OWNER/REPO`,
 * which in the rehearsal is the local emulator. So the rehearsal's copy (never the source) has its
 * history rewritten once — `git fast-export | fast-import` — with every version of the changelog
 * linking to the emulator instead of `https://github.com/OWNER/REPO`; release and hotfix branches
 * cut from older tags then see the same links. Commit ids change and signatures of old commits and
 * tags are dropped (the rehearsal signs its own tag). `stream` is the fast-import stream the copy
 * was made from, when there is one (the embedded example): no export needed. Returns what was
 * done, or undefined when no version of the changelog has such links.
 */
async function rewriteChangelogLinks(bare, branch, repository, serverUrl, home, stream) {
    const env = gitEnv(home);
    const path = await changelogPath(bare, `refs/heads/${branch}`, env);
    let exported = stream;
    if (!exported) {
        const r = await proc('git', ['fast-export', '--all', '--signed-tags=strip', '--tag-of-filtered-object=rewrite', '--reencode=yes'], { cwd: bare, env });
        if (r.code !== 0)
            throw new Error(`git fast-export failed: ${r.stderr.trim()}`);
        exported = r.stdout;
    }
    const { parts, marks } = parseExport(exported, path);
    const from = new RegExp(`https://github\\.com/${repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=[/)\\s]|$)`, 'gi');
    let changed = 0;
    const out = [];
    for (const part of parts) {
        if ('raw' in part) {
            out.push(part.raw);
            continue;
        }
        let data = part.data;
        if (marks.has(part.mark)) {
            const text = data.toString('utf8');
            const rewritten = text.replace(from, `${serverUrl}/${repository}`);
            if (rewritten !== text) {
                changed += 1;
                data = Buffer.from(rewritten, 'utf8');
            }
        }
        out.push(Buffer.from(`data ${data.length}\n`), data);
    }
    if (changed === 0)
        return undefined;
    const head = (await git(bare, ['symbolic-ref', 'HEAD'], { env })).out.trim();
    const rewritten = `${bare}.rewritten`;
    await git((0,external_node_path_.dirname)(bare), ['init', '-q', '--bare', rewritten], { env });
    const imported = await proc('git', ['fast-import', '--quiet'], { cwd: rewritten, env, input: Buffer.concat(out) });
    if (imported.code !== 0)
        throw new Error(`git fast-import failed: ${imported.stderr.trim().split('\n').slice(-3).join(' ')}`);
    await git(rewritten, ['symbolic-ref', 'HEAD', head], { env });
    (0,external_node_fs_.rmSync)(bare, { recursive: true, force: true });
    (0,external_node_fs_.renameSync)(rewritten, bare);
    return `${path}: links to https://github.com/${repository} point at the local GitHub in all ${changed} version(s) of the file (history rewritten in the copy only; old signatures dropped)`;
}

;// CONCATENATED MODULE: ./src/rehearse/history.ts
/**
 * The embedded example operator (`examples/operator/`): its files are the state of the last
 * commit, and `history.json` describes — without any script — the conventional-commit history
 * that led there, with its release tags. This module materialises it into a git repository
 * with fixed identities and dates, so every rehearsal starts from the same commits.
 */



const HISTORY_FILE = 'history.json';
/** Every file of the example (not history.json): repository-relative `/` path → text. */
function treeFiles(dir) {
    const out = new Map();
    const walk = (d) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })) {
            const full = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                walk(full);
            else if (e.isFile()) {
                const rel = (0,external_node_path_.relative)(dir, full).split(external_node_path_.sep).join('/');
                if (rel !== HISTORY_FILE)
                    out.set(rel, (0,external_node_fs_.readFileSync)(full, 'utf8'));
            }
        }
    };
    walk(dir);
    return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
function readHistory(dir) {
    const history = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, HISTORY_FILE), 'utf8'));
    if (!history.repository || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(history.repository))
        throw new Error(`${HISTORY_FILE}: repository must be owner/name`);
    if (!Array.isArray(history.commits) || history.commits.length === 0)
        throw new Error(`${HISTORY_FILE}: no commits`);
    return history;
}
function fromTree(tree, path, spec) {
    const text = tree.get(path);
    if (text === undefined)
        throw new Error(`${HISTORY_FILE}: ${path} is not a file of the example`);
    let out = text;
    for (const [from, to] of spec.replace ?? [])
        out = out.split(from).join(to);
    return out;
}
/** The files a commit writes (text) or deletes (null). */
function commitFiles(tree, commit) {
    const out = new Map();
    const star = commit.files['*'];
    if (star !== undefined && star !== null && star !== 'tree' && !('text' in star)) {
        const except = new Set([...(star.except ?? []), ...Object.keys(commit.files)]);
        for (const path of tree.keys())
            if (!except.has(path))
                out.set(path, fromTree(tree, path, star));
    }
    else if (star === 'tree') {
        for (const path of tree.keys())
            if (!(path in commit.files))
                out.set(path, fromTree(tree, path, {}));
    }
    for (const [path, spec] of Object.entries(commit.files)) {
        if (path === '*')
            continue;
        if (spec === null)
            out.set(path, null);
        else if (spec === 'tree')
            out.set(path, fromTree(tree, path, {}));
        else if ('text' in spec)
            out.set(path, spec.text);
        else
            out.set(path, fromTree(tree, path, spec));
    }
    return out;
}
function epoch(date) {
    const t = Date.parse(date);
    if (Number.isNaN(t))
        throw new Error(`${HISTORY_FILE}: date '${date}' is not an ISO date`);
    return Math.floor(t / 1000);
}
/** The history as a `git fast-import` stream: one process writes every blob, commit and tag. */
function fastImportStream(tree, history) {
    const parts = [];
    const text = (t) => void parts.push(Buffer.from(t, 'utf8'));
    const data = (t) => {
        const b = Buffer.from(t, 'utf8');
        text(`data ${b.length}\n`);
        parts.push(b);
        text('\n');
    };
    const who = `${history.author.name} <${history.author.email}>`;
    let mark = 0;
    let previous = 0;
    for (const commit of history.commits) {
        const files = commitFiles(tree, commit);
        const blobs = new Map();
        for (const [path, content] of files) {
            if (content === null)
                continue;
            mark += 1;
            blobs.set(path, mark);
            text(`blob\nmark :${mark}\n`);
            data(content);
        }
        mark += 1;
        const when = `${epoch(commit.date)} +0000`;
        text(`commit refs/heads/${history.branch}\nmark :${mark}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n`);
        data(commit.message.endsWith('\n') ? commit.message : `${commit.message}\n`);
        if (previous)
            text(`from :${previous}\n`);
        for (const [path, content] of files)
            text(content === null ? `D ${path}\n` : `M 100644 :${blobs.get(path)} ${path}\n`);
        text('\n');
        previous = mark;
        if (commit.tag) {
            text(`tag ${commit.tag}\nfrom :${mark}\ntagger ${who} ${when}\n`);
            data(`Release ${commit.tag}\n`);
        }
    }
    text('done\n');
    return Buffer.concat(parts);
}
/** Builds the example's history as the bare repository `dest` (a new folder); returns the head commit. */
async function materialise(exampleDir, dest, home) {
    const history = readHistory(exampleDir);
    const tree = treeFiles(exampleDir);
    (0,external_node_fs_.mkdirSync)(dest, { recursive: true });
    const env = gitEnv(home);
    await git(dest, ['init', '-q', '--bare', `--initial-branch=${history.branch}`], { env });
    const stream = fastImportStream(tree, history);
    const imported = await proc('git', ['fast-import', '--quiet', '--done'], { cwd: dest, env, input: stream });
    if (imported.code !== 0)
        throw new Error(`git fast-import of ${HISTORY_FILE} failed: ${imported.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const head = (await git(dest, ['rev-parse', `refs/heads/${history.branch}`], { env })).out.trim();
    return { history, head, stream };
}

;// CONCATENATED MODULE: ./src/rehearse/journal.ts
/**
 * The journal of a rehearsal run in a state folder (`--state DIR`): what the rehearsal itself
 * did that a re-run must not do again or do differently — the events it started workflow runs
 * with, the stages it finished (with what they produced), and the options it was started
 * with. The world's own state (GitHub records, registry, pages, messages) is kept by the
 * services; this is only the rehearsal's side.
 *
 * Each change is written to a new file renamed over the old one before the rehearsal goes on,
 * so a process killed at any instant leaves either the previous journal or the new one.
 */


class Journal {
    file;
    data;
    resumed;
    constructor(file, data, 
    /** Whether an earlier run left this journal (the run resumes). */
    resumed) {
        this.file = file;
        this.data = data;
        this.resumed = resumed;
    }
    /** Opens the journal of a state folder; refuses one made with other options. */
    static open(file, options) {
        if ((0,external_node_fs_.existsSync)(file)) {
            const data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            if (data.version !== 1)
                throw new Error(`${file} is not a rehearsal journal this version can read`);
            const was = JSON.stringify(data.options);
            if (was !== JSON.stringify(options)) {
                throw new Error(`the state folder was made by a rehearsal with other options (${journal_describe(data.options)}); re-run with those, or give a new --state folder`);
            }
            data.attempts += 1;
            const j = new Journal(file, data, true);
            j.save();
            return j;
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        const j = new Journal(file, { version: 1, options, attempts: 1, events: {}, done: {} }, false);
        j.save();
        return j;
    }
    get attempts() {
        return this.data.attempts;
    }
    done(name) {
        return this.data.done[name];
    }
    finish(name, stages, value) {
        this.data.done[name] = { stages, ...(value !== undefined ? { value } : {}) };
        this.save();
    }
    /**
     * The event a workflow run was started with, when an earlier run wrote it down: a re-run
     * uses it, so that the run is re-run as GitHub's "re-run all jobs" does (the same event, the
     * same commit) and not started anew for whatever the branch holds now.
     */
    known(name) {
        return this.data.events[name];
    }
    /** Writes down the event of a workflow run before the run starts. */
    remember(name, event) {
        this.data.events[name] = event;
        this.save();
    }
    save() {
        (0,external_node_fs_.writeFileSync)(`${this.file}.new`, `${JSON.stringify(this.data, null, 2)}\n`);
        (0,external_node_fs_.renameSync)(`${this.file}.new`, this.file);
    }
}
function journal_describe(o) {
    return [o.repo ? `--repo ${o.repo}` : 'the embedded example', ...(o.github ? [`--github ${o.github}`] : []), `--mode ${o.mode}`, `--event ${o.event}`, `--version ${o.version}`, ...(o.pages === false ? ['--without-pages'] : [])].join(' ');
}

;// CONCATENATED MODULE: ./src/rehearse/report.ts
const RAN = new Set(['passed', 'failed']);
const isStandIn = (s) => s.kind === 'stand-in' || s.kind === 'script-stand-in';
/** Steps that ran: for real (the suite's actions and `run:` scripts) and as stand-ins. */
function stepCounts(steps) {
    const ran = steps.filter((s) => RAN.has(s.status));
    return { real: ran.filter((s) => s.kind === 'suite-action' || s.kind === 'script').length, standIns: ran.filter(isStandIn).length };
}
function countsText(c) {
    return `${c.real} step${c.real === 1 ? '' : 's'} ran for real, ${c.standIns} stand-in${c.standIns === 1 ? '' : 's'}`;
}
/** Each stand-in step once, with the jobs it stood in for (the legs of a matrix share a line). */
function standInLines(stages) {
    const lines = [];
    for (const stage of stages) {
        for (const s of (stage.steps ?? [])) {
            if (!isStandIn(s) || !RAN.has(s.status) || !s.standIn)
                continue;
            const same = lines.find((l) => l.step === s.name && l.instead === s.standIn.instead && l.didNot === s.standIn.didNot);
            if (same) {
                if (!same.stages.includes(stage.name))
                    same.stages.push(stage.name);
                continue;
            }
            lines.push({ stages: [stage.name], step: s.name, instead: s.standIn.instead, ...(s.standIn.reason ? { reason: s.standIn.reason } : {}), didNot: s.standIn.didNot });
        }
    }
    return lines;
}
/** The closing section of the report: the counts, then what each stand-in did not do. */
function renderStandIns(stages) {
    const all = stages.flatMap((s) => (s.steps ?? []));
    const lines = standInLines(stages);
    if (all.length === 0)
        return [];
    const out = [`Steps: ${countsText(stepCounts(all))}. What each stand-in did NOT do:`];
    for (const l of lines)
        out.push(`  - ${l.stages.join(', ')} / ${l.step} [${l.instead}${l.reason ? `; ${l.reason}` : ''}]: ${l.didNot}`);
    return out;
}

;// CONCATENATED MODULE: ./src/rehearse/rehearse.ts
/**
 * `release-actions rehearse`: the whole release of a repository on this machine, with nothing
 * published. The repository (the embedded example, or `--repo PATH`) is copied into a temp dir
 * and becomes the origin of the local GitHub emulator; then, as on GitHub:
 *
 *   source → inspect (the preflight's version and CRD checks) → prepare (prepare-release.yaml:
 *   bump-version with the changelog, the release pull request) → merge (squash, as a maintainer)
 *   → tag (GnuPG-signed with a throwaway key) → ci-release.yaml → release.yaml for the tag push:
 *   preflight, image (one leg per platform, into the local registry), chart (pages and OCI),
 *   release (from a draft, with assets), verify (postflight against the local servers),
 *   announce (Slack and mail captured locally).
 *
 * The source repository is only ever read (`git clone` from it, `rev-parse`, `config --get`,
 * `status` without optional locks); everything else happens in the temp dir, which is removed
 * at the end unless `keep`.
 */



















/** Stops what a rehearsal started and removes its temp dir; safe to run twice (Ctrl-C and the normal end). */
class Cleanup {
    tasks = [];
    done;
    add(task) {
        this.tasks.push(task);
    }
    run() {
        this.done ??= (async () => {
            for (const t of this.tasks.reverse()) {
                try {
                    await t();
                }
                catch {
                    // keep cleaning
                }
            }
        })();
        return this.done;
    }
}
/** The suite's checkout: two folders up from this module, in the sources and in the bundle alike. */
function findSuiteRoot() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const pkg = (0,external_node_path_.join)(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(pkg)) {
            try {
                if (JSON.parse((0,external_node_fs_.readFileSync)(pkg, 'utf8')).name === 'release-actions')
                    return dir;
            }
            catch {
                // not ours
            }
        }
        dir = (0,external_node_path_.dirname)(dir);
    }
    return (0,external_node_path_.resolve)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', '..');
}
class StageError extends Error {
}
/** A `--state` folder that cannot be used; the command answers it as a usage error. */
class StateFolderError extends Error {
}
/** A state folder is new, empty, or one a rehearsal made (it holds journal.json): anything else is not written into. */
function checkStateFolder(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return;
    if (!(0,external_node_fs_.statSync)(dir).isDirectory())
        throw new StateFolderError(`--state ${dir} is not a folder`);
    if ((0,external_node_fs_.readdirSync)(dir).length > 0 && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'journal.json')))
        throw new StateFolderError(`--state ${dir} is neither empty nor the state folder of a rehearsal (no journal.json): give a new or empty folder`);
}
const KEYWORDS = new Set(['major', 'minor', 'patch', 'auto', 'prerelease']);
function checkVersionArgument(v) {
    if (KEYWORDS.has(v))
        return undefined;
    if (/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v))
        return undefined;
    return `--version must be a version (0.5.0 or v0.5.0) or major, minor, patch, auto; got '${v}'`;
}
/** What is wrong with `--repo`, read without writing anything (no optional locks, no user config). */
async function readSource(path, home, github) {
    const env = gitEnv(home, { GIT_OPTIONAL_LOCKS: '0' });
    if (!(0,external_node_fs_.existsSync)(path))
        throw new StageError(`--repo ${path}: no such folder`);
    if (!(0,external_node_fs_.statSync)(path).isDirectory())
        throw new StageError(`--repo ${path} is not a folder`);
    const top = await git(path, ['rev-parse', '--show-toplevel'], { env, allowFailure: true });
    if (top.code !== 0)
        throw new StageError(`--repo ${path} is not a git repository (git: ${top.err.trim().split('\n').slice(-1)[0] ?? ''})`);
    const topDir = (0,external_node_fs_.realpathSync)(top.out.trim());
    if (topDir !== (0,external_node_fs_.realpathSync)(path))
        throw new StageError(`--repo ${path} is a folder inside the git repository ${topDir}; give the repository's top folder`);
    const head = await git(path, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { env, allowFailure: true });
    if (head.code !== 0)
        throw new StageError(`--repo ${path} has no commits`);
    const branch = await git(path, ['symbolic-ref', '-q', '--short', 'HEAD'], { env, allowFailure: true });
    if (branch.code !== 0)
        throw new StageError(`--repo ${path} has a detached HEAD: check out the branch releases are made from`);
    const remote = await git(path, ['config', '--get', 'remote.origin.url'], { env, allowFailure: true });
    const flagProblem = github !== undefined ? githubArgumentProblem(github) : undefined;
    if (flagProblem)
        throw new StageError(flagProblem);
    const found = github ? detectGithubRepository({ flag: github }) : detectGithubRepository(await readRepositorySources(commitReader(path, env), remote.out.trim() || undefined));
    if ('problem' in found)
        throw new StageError(`--repo ${path}: ${found.problem}`);
    const status = await git(path, ['status', '--porcelain', '--untracked-files=no'], { env, allowFailure: true });
    return { top: topDir, repository: found.repository, from: found.from, branch: branch.out.trim(), head: head.out.trim(), dirty: status.out.trim() !== '' };
}
/** Files of the commit checked out in `path` (the state the rehearsal copies), read without writing. */
function commitReader(path, env) {
    return {
        show: async (file) => {
            const r = await git(path, ['show', `HEAD:${file}`], { env, allowFailure: true });
            return r.code === 0 ? r.out : undefined;
        },
        list: async (dir) => (await git(path, ['ls-tree', '--name-only', `HEAD:${dir}`], { env, allowFailure: true })).out.split('\n').filter(Boolean),
    };
}
/** The chart folder, for the inspect stage's line. */
function chartOf(dir) {
    try {
        const cfg = (0,dist.parse)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, '.github', 'release-actions.yaml'), 'utf8'));
        if (cfg?.chart)
            return cfg.chart;
    }
    catch {
        // no configuration
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'charts')))
        return undefined;
    const charts = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, 'charts')).sort().filter((c) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'charts', c, 'Chart.yaml')));
    return charts.length === 1 ? `charts/${charts[0]}` : undefined;
}
/** verify-release's checks of what was signed, and by whom. */
const SIGNATURE_CHECKS = ['image-signature', 'chart-signature', 'sbom', 'checksums', 'chart-provenance'];
function jobStage(job, prefix = '') {
    const counts = new Map();
    for (const s of job.steps)
        counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    const actions = job.steps.filter((s) => s.status === 'passed' && s.kind === 'suite-action').map((s) => (s.uses ?? '').replace(/^.*actions\/([a-z0-9-]+).*$/, '$1'));
    const detail = job.steps.length === 0
        ? undefined
        : `${job.steps.length} steps: ${[...counts.entries()].map(([k, n]) => `${n} ${k}`).join(', ')}; ${countsText(stepCounts(job.steps))}${actions.length ? `; actions ${actions.join(', ')}` : ''}`;
    // verify-release's report, check by check
    const checks = job.steps
        .map((s) => s.outputs['report'])
        .filter((r) => typeof r === 'string' && r.startsWith('['))
        .flatMap((r) => {
        try {
            return JSON.parse(r);
        }
        catch {
            return [];
        }
    });
    const checkText = checks.length > 0 ? `; checks ${checks.map((c) => `${c.check} ${c.status}`).join(', ')}` : '';
    const signed = checks.filter((c) => SIGNATURE_CHECKS.includes(c.check) && c.status !== 'skipped').map((c) => ({ check: c.check, status: c.status, detail: c.detail ?? '' }));
    const stage = {
        ...(signed.length > 0 ? { signatures: signed } : {}),
        name: `${prefix}${job.key.replace(/^[^/]+ \/ /, '')}`,
        status: job.status,
        durationMs: job.durationMs,
        ...(detail ? { detail: `${detail}${checkText}` } : {}),
        ...(job.reason ? { reason: job.reason } : {}),
        ...(job.install ? { install: job.install } : {}),
        steps: job.steps.map((s) => ({ name: s.name, kind: s.kind, status: s.status, durationMs: s.durationMs, notes: s.notes, ...(s.reason ? { reason: s.reason } : {}), ...(s.uses ? { uses: s.uses } : {}), ...(s.standIn ? { standIn: s.standIn } : {}) })),
    };
    const errors = job.steps.flatMap((s) => s.errors);
    if (errors.length > 0)
        stage.errors = errors;
    return stage;
}
function resultStatus(stages) {
    if (stages.some((s) => s.status === 'failed'))
        return 'failed';
    if (stages.some((s) => s.status === 'skipped'))
        return 'skipped';
    return 'passed';
}
const EXIT = { passed: 0, failed: 1, usage: 2, skipped: 3 };
function add(r, stage) {
    r.result.stages.push(stage);
    r.opts.onStage?.(stage);
    return stage;
}
/** Runs one stage; a StageError (or any error) fails it and ends the rehearsal. */
async function stage(r, name, body) {
    const t0 = performance.now();
    const s = { name, status: 'passed', durationMs: 0 };
    try {
        const value = await body(s);
        s.durationMs = Math.round(performance.now() - t0);
        add(r, s);
        return value;
    }
    catch (err) {
        s.status = 'failed';
        s.reason = err.message;
        s.durationMs = Math.round(performance.now() - t0);
        add(r, s);
        throw new StageError(s.reason);
    }
}
/**
 * A stage that runs alongside the next ones; its row keeps its place in the table. Its time is
 * what the rehearsal waited for it when it was needed (so that the stage times add up to the
 * wall time); its own run time is in its detail.
 */
function background(r, name, body) {
    const t0 = performance.now();
    const s = { name, status: 'passed', durationMs: 0 };
    r.result.stages.push(s);
    let ownMs = 0;
    const done = body(s).then(() => {
        ownMs = Math.round(performance.now() - t0);
    }, (err) => {
        ownMs = Math.round(performance.now() - t0);
        s.status = 'failed';
        s.reason = err.message;
    });
    return {
        wait: async () => {
            const w0 = performance.now();
            await done;
            s.durationMs = Math.round(performance.now() - w0);
            s.detail = `${s.detail ?? ''}${s.detail ? ' ' : ''}(${(ownMs / 1000).toFixed(2)} s, alongside the stages after it)`;
            r.opts.onStage?.(s);
            if (s.status === 'failed')
                throw new StageError(s.reason ?? 'failed');
        },
    };
}
/** The work folder (a temp dir, or the `--state` folder with its journal) and the empty result. */
function begin(opts) {
    const suiteRoot = opts.suiteRoot ?? findSuiteRoot();
    const mode = opts.mode ?? 'release';
    const eventKind = opts.event ?? 'tag-push';
    const versionArg = opts.version ?? (mode === 'hotfix' ? 'patch' : 'auto');
    const cleanup = opts.cleanup ?? new Cleanup();
    let journal;
    let work;
    if (opts.state !== undefined) {
        work = (0,external_node_path_.resolve)(opts.state);
        checkStateFolder(work);
        try {
            journal = Journal.open((0,external_node_path_.join)(work, 'journal.json'), { ...(opts.repo !== undefined ? { repo: (0,external_node_path_.resolve)(opts.repo) } : {}), ...(opts.github !== undefined ? { github: opts.github } : {}), version: versionArg, mode, event: eventKind, ...(opts.pages === false ? { pages: false } : {}) });
        }
        catch (err) {
            throw new StateFolderError(`--state ${work}: ${err.message}`);
        }
    }
    else {
        work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(opts.tmpRoot ?? (0,external_node_os_.tmpdir)(), 'release-actions-rehearse-'));
    }
    const keep = (opts.keep ?? false) || journal !== undefined;
    if (!keep)
        cleanup.add(() => (0,external_node_fs_.rmSync)(work, { recursive: true, force: true }));
    opts.onWorkDir?.(work);
    const home = (0,external_node_path_.join)(work, 'home');
    (0,external_node_fs_.mkdirSync)(home, { recursive: true });
    const out = (0,external_node_path_.join)(work, 'out');
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    const result = {
        status: 'failed',
        exitCode: EXIT.failed,
        source: { kind: opts.repo ? 'repository' : 'example', path: opts.repo ? (0,external_node_path_.resolve)(opts.repo) : (0,external_node_path_.join)(suiteRoot, 'examples', 'operator'), repository: '' },
        mode,
        event: eventKind,
        workDir: work,
        kept: keep,
        stages: [],
        artifacts: { announcements: [] },
        outputs: {},
        overrides: [],
        adjustments: [],
        durationMs: 0,
        timing: { wallMs: 0, actionsMs: 0, actionRuns: 0, overheadMs: 0 },
    };
    const worldStarted = performance.now();
    const worldPromise = startWorld({ root: (0,external_node_path_.join)(work, 'world'), ...(journal ? { persistent: true } : {}), ...(opts.registry === false ? { registry: false } : {}), ...(opts.registryBin ? { registryBin: opts.registryBin } : {}) });
    // one after the other: the parses share modules
    const workflowsPromise = (async () => ({ prepare: await suiteWorkflow(suiteRoot, 'prepare-release.yaml'), ci: await suiteWorkflow(suiteRoot, 'ci-release.yaml') }))();
    workflowsPromise.catch(() => undefined);
    const r = { opts, suiteRoot, mode, eventKind, versionArg, cleanup, journal, work, home, out, result, worldPromise, worldStarted, worldReady: worldStarted, workflowsPromise };
    cleanup.add(async () => {
        const w = r.world ?? (await worldPromise.catch(() => undefined));
        await w?.stop();
    });
    worldPromise.then(() => (r.worldReady = performance.now()), () => undefined);
    return r;
}
/** source: a copy, never the repository itself (a state folder's earlier copy is made again). */
async function copySource(r) {
    const copy = (0,external_node_path_.join)(r.work, 'origin.git');
    (0,external_node_fs_.rmSync)(copy, { recursive: true, force: true });
    const src = await stage(r, 'source', async (s) => {
        if (r.opts.repo) {
            const info = await readSource((0,external_node_path_.resolve)(r.opts.repo), r.home, r.opts.github);
            const cloned = await git(r.work, ['clone', '-q', '--bare', '--no-hardlinks', '--', info.top, copy], { env: gitEnv(r.home, { GIT_OPTIONAL_LOCKS: '0' }), allowFailure: true });
            if (cloned.code !== 0)
                throw new StageError(`cannot copy ${info.top}: ${cloned.err.trim()}`);
            const tags = (await git(copy, ['tag', '-l'], { env: gitEnv(r.home) })).out.split('\n').filter(Boolean);
            s.detail = `a copy of ${info.top} (branch ${info.branch} at ${info.head.slice(0, 12)}, ${tags.length} tag(s)) as ${info.repository} (from ${info.from})`;
            if (info.dirty)
                r.result.adjustments.push(`${info.top} has uncommitted changes: the rehearsal uses the committed state of ${info.branch}`);
            return { repository: info.repository, branch: info.branch, head: info.head, stream: undefined, copy };
        }
        const built = await materialise((0,external_node_path_.join)(r.suiteRoot, 'examples', 'operator'), copy, r.home);
        const tags = built.history.commits.filter((c) => c.tag).map((c) => c.tag);
        s.detail = `the embedded example ${built.history.repository}: ${built.history.commits.length} commits, tags ${tags.join(', ')}`;
        return { repository: built.history.repository, branch: built.history.branch, head: built.head, stream: built.stream, copy };
    });
    Object.assign(r.result.source, { repository: src.repository, branch: src.branch, head: src.head });
    return src;
}
/** inspect: the preflight's checks of the versions and CRDs, on the current version; the release's image. */
async function inspect(r, src) {
    const inspectDir = (0,external_node_path_.join)(r.work, 'inspect');
    (0,external_node_fs_.rmSync)(inspectDir, { recursive: true, force: true });
    await git(r.work, ['clone', '-q', '--branch', src.branch, '--', src.copy, inspectDir], { env: gitEnv(r.home) });
    let image = { name: `ghcr.io/${src.repository.toLowerCase()}`, from: "the actions' default (ghcr.io/OWNER/REPO)" };
    await stage(r, 'inspect', async (s) => {
        const config = await (0,config_config/* loadConfig */.Z9)({ workspace: inspectDir, repository: src.repository });
        image = releaseImage(inspectDir, config);
        r.result.image = { name: image.name, from: image.from };
        const actionYml = (0,external_node_path_.join)(r.suiteRoot, 'actions', 'verify-release', 'action.yml');
        const main = (0,external_node_path_.join)(r.suiteRoot, 'dist', 'verify-release', 'index.js');
        if (!(0,external_node_fs_.existsSync)(actionYml) || !(0,external_node_fs_.existsSync)(main)) {
            s.status = 'skipped';
            s.reason = 'actions/verify-release is not available yet';
            return;
        }
        // the versions as the release sees them: the newest tag, and every reference the bump will move
        const tags = (await git(inspectDir, ['tag', '--list'], { env: gitEnv(r.home) })).out.split('\n').filter(Boolean);
        const versions = await inspectVersions(inspectDir, config, src.repository, tags);
        if (versions.check.problems.some((p) => p.status === 'error')) {
            s.errors = [versions.detail];
            throw new StageError(`the repository is not ready to release: ${versions.detail}`);
        }
        const run = await runAction({ actionYml, main, workspace: inspectDir, repository: src.repository, ref: `refs/heads/${src.branch}`, sha: src.head, eventName: 'workflow_dispatch', event: { ref: `refs/heads/${src.branch}`, inputs: {} }, token: '', inputs: { phase: 'preflight', version: versions.current, checks: 'crds-in-sync', token: '' }, env: { HOME: r.home } });
        if (run.exitCode !== 0) {
            s.errors = run.errors.map((e) => e.message);
            throw new StageError(`the repository is not ready to release: ${s.errors.join('; ') || run.stderr.trim()}`);
        }
        const report = JSON.parse(run.outputs['report'] ?? '[]');
        const chart = chartOf(inspectDir);
        s.detail = `${chart ? `${chart}: ` : ''}${image.name ? `image ${image.name}` : 'no image, the chart alone'} (${image.from}); ${versions.detail}; ${report.map((c) => `${c.check} — ${c.detail}`).join('; ')}`;
    });
    return { image, inspectDir };
}
/** services: the local world, started alongside source and inspect; its time in the table is the wait for it. */
async function services(r) {
    r.world = await stage(r, 'services', async (s) => {
        const w = await r.worldPromise;
        s.detail = `${r.journal?.resumed ? `taken up from the state folder (run ${r.journal.attempts}); ` : ''}ready ${((r.worldReady - r.worldStarted) / 1000).toFixed(2)} s after the start: GitHub emulator ${w.gh.serverUrl}, ${w.registry ? `registry ${w.registry.host} (token auth)` : 'no registry'}, Slack receiver, SMTP (STARTTLS), GnuPG key ${w.key.fingerprint.slice(-16)}`;
        if (w.registryMissing) {
            s.status = 'skipped';
            s.reason = w.registryMissing.reason;
            s.install = w.registryMissing.install;
        }
        return w;
    });
    return r.world;
}
/** origin: the copy becomes the emulated repository (or the interrupted run's is taken up), with pages. */
async function makeOrigin(r, w, src) {
    const repository = src.repository;
    await stage(r, 'origin', async (s) => {
        const [owner = '', name = ''] = repository.split('/');
        if (w.gh.findRepo(owner, name)) {
            // the interrupted run made it: its releases, pull requests and branches are the ones to resume
            const pages = await w.servePages(repository);
            s.detail = `${w.gh.serverUrl}/${repository}, as the interrupted run left it; pages ${pages.url}`;
            return;
        }
        const linkNote = await rewriteChangelogLinks(src.copy, src.branch, repository, w.gh.serverUrl, r.home, src.stream);
        if (linkNote)
            r.result.adjustments.push(linkNote);
        const withPages = r.opts.pages !== false;
        await w.gh.createRepo(repository, { fromDir: src.copy, defaultBranch: src.branch, ...(withPages ? { pages: { branch: 'gh-pages' } } : {}) });
        const site = withPages ? await preparePagesBranch(w.gh.repoPath(repository), gitEnv(r.home), { name: w.key.name, email: w.key.email }, repository) : 'GitHub Pages off (pages: false)';
        const pages = await w.servePages(repository);
        s.detail = `${w.gh.serverUrl}/${repository} (default branch ${src.branch}); pages ${pages.url}, ${site}${linkNote ? '; changelog links rewritten to the local GitHub' : ''}`;
    });
}
/** The engine and the helpers of the workflow stages; from here on the emulated repository is the truth. */
function live(r, w, repository) {
    let onJob;
    const engine = engineFor(w, repository, r.suiteRoot, { onJob: (e, job) => (e === 'end' ? onJob?.(job) : undefined) });
    return {
        w,
        repository,
        origin: w.gh.repoPath(repository),
        secrets: repositorySecrets(w),
        run: (model, event, options, prefix) => runWorkflowStage(engine, model, event, options, (s) => add(r, s), prefix, (listener) => (onJob = listener)),
        // the rows a finished step of an earlier run reported, reported again as such
        replay: (entry) => {
            for (const st of entry.stages)
                add(r, { ...st, durationMs: 0, ...(st.status === 'passed' ? { detail: `done by an earlier run${st.detail ? `: ${st.detail}` : ''}` } : {}) });
            return entry.value;
        },
    };
}
/** earlier releases: the previous stable release published and its image pushed, alongside prepare. */
function earlierReleases(r, l, image) {
    const { w, repository, origin } = l;
    return background(r, 'earlier releases', async (s) => {
        const tags = (await git(origin, ['tag', '-l', 'v*', '--sort=-v:refname'], { env: gitEnv(r.home) })).out.split('\n').filter((t) => /^v\d+\.\d+\.\d+$/.test(t));
        const previous = r.journal?.done('earlier releases')?.value ?? tags[0];
        if (!previous) {
            s.detail = 'none: this is the first release';
            return;
        }
        const had = w.gh.repo(repository).releases.some((x) => x.tagName === previous && !x.draft);
        const made = had ? undefined : await fetch(`${w.gh.apiUrl}/repos/${repository}/releases`, {
            method: 'POST',
            headers: { authorization: `token ${w.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ tag_name: previous, name: previous, body: `Release ${previous} (published before the rehearsal).`, make_latest: 'true' }),
        });
        await made?.arrayBuffer();
        if (made && made.status !== 201)
            throw new StageError(`cannot create the ${previous} release in the emulator: HTTP ${made.status}`);
        let pushed = '';
        if (w.registryAccess && image.name) {
            const sha = (await git(origin, ['rev-parse', `${previous}^{commit}`], { env: gitEnv(r.home) })).out.trim();
            const local = localImage(image.name, w.registryAccess.host).slice(w.registryAccess.host.length + 1);
            const digest = await buildAndPush(w.registryAccess, { repository: local, platforms: ['linux/amd64', 'linux/arm64'].map(parsePlatform), content: `earlier release ${previous} (${sha})`, labels: { 'org.opencontainers.image.version': previous }, provenance: false, sbom: false }, [previous, 'latest']);
            pushed = `; image ${w.registryAccess.host}/${local}:${previous} (= latest, synthetic: it stands for the image published before) ${digest.slice(0, 19)}…`;
        }
        s.detail = `GitHub release ${previous} ${had ? 'published already (by the interrupted run)' : 'published'}${pushed}`;
        r.journal?.finish('earlier releases', [], previous);
    });
}
/** workflows: the suite's workflows as GitHub's parser read them (alongside the stages before). */
function readWorkflows(r) {
    return stage(r, 'workflows', async (st) => {
        const wf = await r.workflowsPromise;
        st.detail = `${wf.prepare.file} and ${wf.ci.file} → ${wf.ci.jobs.map((j) => j.uses ?? j.id).join(', ')} read with GitHub's parser (${wf.ci.jobs.flatMap((j) => j.workflow?.jobs ?? []).length} jobs; parsed alongside the stages before)`;
        return wf;
    });
}
/** The newest fix: commit since the last stable tag, which a hotfix cherry-picks. */
async function hotfixPick(r, l, branch) {
    const env = gitEnv(r.home);
    const since = (await git(l.origin, ['tag', '-l', 'v*', '--sort=-v:refname'], { env })).out.split('\n').find((t) => /^v\d+\.\d+\.\d+$/.test(t));
    const log = (await git(l.origin, ['log', '--format=%H %s', since ? `${since}..refs/heads/${branch}` : `refs/heads/${branch}`], { env })).out.split('\n').filter(Boolean);
    const fix = log.find((line) => /^[0-9a-f]+ fix(\(.*\))?!?:/.test(line));
    if (!fix) {
        const why = `a hotfix needs a fix to cherry-pick: there is no fix: commit on ${branch} since ${since ?? 'the start'}`;
        await stage(r, 'prepare', () => Promise.reject(new StageError(why)));
        throw new StageError(why);
    }
    return fix.split(' ')[0] ?? '';
}
/** prepare: prepare-release.yaml for a dispatch; written down once done, an unfinished run re-run with its own event. */
async function prepare(r, l, model, branch) {
    const before = r.journal?.done('prepare');
    if (before)
        return l.replay(before);
    let event = r.journal?.known('prepare');
    if (!event) {
        const cherry = r.mode === 'hotfix' ? await hotfixPick(r, l, branch) : '';
        event = await dispatch(l.w, l.repository, { version: r.versionArg, mode: r.mode === 'hotfix' ? 'hotfix' : 'release', 'cherry-pick': cherry, base: '', 'dry-run': 'false' });
        r.journal?.remember('prepare', event);
    }
    const first = r.result.stages.length;
    const preparing = await l.run(model, event, { secrets: l.secrets }, '');
    const bump = preparing.jobs.flatMap((j) => j.steps).find((st) => (st.uses ?? '').includes('actions/bump-version'));
    if (preparing.status !== 'passed')
        throw new StageError('prepare did not pass');
    if (!bump?.outputs['tag']) {
        add(r, { name: 'prepare', status: 'failed', durationMs: 0, reason: 'bump-version gave no tag output' });
        throw new StageError('bump-version gave no tag output');
    }
    const prepared = { outputs: { ...bump.outputs, 'cherry-pick': event.inputs?.['cherry-pick'] ?? '' } };
    r.journal?.finish('prepare', r.result.stages.slice(first), prepared);
    return prepared;
}
/** merge: the release pull request squash-merged (a hotfix is tagged on its branch); its diff kept. Returns the commit to tag. */
async function merge(r, l, bumped) {
    const prNumber = Number(bumped['pr-number'] ?? '0');
    const diffPath = (0,external_node_path_.join)(r.out, 'release-pr.diff');
    if (r.mode === 'hotfix') {
        add(r, { name: 'merge', status: 'not-run', durationMs: 0, reason: `a hotfix is tagged on its branch ${bumped['branch'] ?? ''}; its pull request stays open` });
        const pr = await fetch(`${l.w.gh.apiUrl}/repos/${l.repository}/pulls/${prNumber}`, { headers: { authorization: `token ${l.w.token}` } }).then((x) => x.json());
        const diff = (await git(l.origin, ['diff', '--no-color', `${pr.base.sha}...${pr.head.sha}`], { env: gitEnv(r.home) })).out;
        const stat = (await git(l.origin, ['diff', '--no-color', '--stat', `${pr.base.sha}...${pr.head.sha}`], { env: gitEnv(r.home) })).out;
        (0,external_node_fs_.writeFileSync)(diffPath, diff);
        r.result.artifacts.pullRequest = { number: prNumber, title: pr.title, branch: pr.head.ref, diffPath, stat: stat.trimEnd(), diff };
        return bumped['commit'] ?? '';
    }
    const mergedBefore = r.journal?.done('merge');
    const merged = mergedBefore
        ? l.replay(mergedBefore)
        : await stage(r, 'merge', async (s) => {
            const m = await squashMerge(l.w, l.repository, prNumber);
            s.detail = `pull request #${m.number} "${m.title}" (${m.head} → ${m.base}) ${m.already ? 'merged already (by the interrupted run) as' : 'squash-merged as'} ${m.sha.slice(0, 12)}`;
            r.journal?.finish('merge', [s], m);
            return m;
        });
    (0,external_node_fs_.writeFileSync)(diffPath, merged.diff);
    r.result.artifacts.pullRequest = { number: merged.number, title: merged.title, branch: merged.head, diffPath, stat: merged.stat.trimEnd(), diff: merged.diff };
    return merged.sha;
}
/** tag: signed with the throwaway key and pushed, once. */
async function tagRelease(r, l, tag, target) {
    const before = r.journal?.done('tag');
    if (before) {
        l.replay(before);
        return;
    }
    await stage(r, 'tag', async (s) => {
        const object = await pushSignedTag(l.w, l.repository, tag, target);
        s.detail = `${tag} on ${target.slice(0, 12)}, signed by ${l.w.key.name} <${l.w.key.email}> (key ${l.w.key.fingerprint.slice(-16)}), tag object ${object.slice(0, 12)}`;
        r.journal?.finish('tag', [s]);
    });
}
/** A run of ci-release.yaml: replayed when an earlier run finished it, else (re-)run with its written-down event. */
async function releaseRun(r, l, ci, options, key, makeEvent, prefix) {
    const before = r.journal?.done(key);
    if (before)
        return l.replay(before);
    let event = r.journal?.known(key);
    if (!event) {
        event = await makeEvent();
        r.journal?.remember(key, event);
    }
    const first = r.result.stages.length;
    const done = await l.run(ci, event, options, prefix);
    const chartJob = done.jobs.find((j) => j.id === 'chart' && j.status === 'passed');
    const packagePath = chartJob?.steps.find((st) => (st.uses ?? '').includes('actions/publish-helm'))?.outputs['package-path'];
    const value = { outputs: done.outputs, overrides: done.overrides, ...(packagePath ? { packagePath } : {}) };
    // a failed run is not done: the next run re-runs it
    if (done.status === 'passed')
        r.journal?.finish(key, r.result.stages.slice(first), value);
    return value;
}
/** guard … announce: release.yaml through ci-release.yaml for the tag push or the dispatch, then the rollback when asked. */
async function rehearse_release(r, l, ci, p) {
    const runOptions = { secrets: l.secrets, callOverrides: releaseCallOverrides(l.w, l.repository, chartOf(p.inspectDir), p.image.name) };
    if (l.w.registryAccess && p.image.name)
        r.result.image = { name: p.image.name, from: p.image.from, local: localImage(p.image.name, l.w.registryAccess.host) };
    const kind = r.mode === 'hotfix' ? 'hotfix' : 'release';
    const released = await releaseRun(r, l, ci, runOptions, 'release', async () => (r.eventKind === 'tag-push' ? tagPush(l.w, l.repository, p.tag) : dispatch(l.w, l.repository, { mode: kind, version: p.version, reason: '', 'cherry-pick': r.mode === 'hotfix' ? p.cherry : '' })), '');
    r.result.overrides.push(...released.overrides);
    r.result.outputs = released.outputs;
    if (r.mode === 'rollback') {
        await releaseRun(r, l, ci, runOptions, 'rollback', () => dispatch(l.w, l.repository, { mode: 'rollback', version: p.version, reason: `rehearsal of a rollback of ${p.tag}`, 'cherry-pick': '' }), 'rollback › ');
    }
    return released;
}
/** The status, exit code and the split of the wall time between the suite's actions and the rest. */
function finish(r, started) {
    const result = r.result;
    result.status = resultStatus(result.stages);
    result.exitCode = EXIT[result.status];
    result.durationMs = Math.round(performance.now() - started);
    const actionSteps = result.stages.flatMap((st) => st.steps ?? []).filter((st) => st.kind === 'suite-action' && st.status !== 'not-run' && st.status !== 'skipped');
    const inspected = result.stages.find((st) => st.name === 'inspect' && st.status !== 'skipped');
    const actionsMs = actionSteps.reduce((n, st) => n + st.durationMs, 0) + (inspected?.durationMs ?? 0);
    result.timing = { wallMs: result.durationMs, actionsMs, actionRuns: actionSteps.length + (inspected ? 1 : 0), overheadMs: Math.max(0, result.durationMs - actionsMs) };
}
async function rehearse(opts = {}) {
    const started = performance.now();
    const r = begin(opts);
    try {
        const src = await copySource(r);
        const { image, inspectDir } = await inspect(r, src);
        const w = await services(r);
        await makeOrigin(r, w, src);
        const l = live(r, w, src.repository);
        const earlier = earlierReleases(r, l, image);
        const workflows = await readWorkflows(r);
        const bumped = (await prepare(r, l, workflows.prepare, src.branch)).outputs;
        const version = bumped['version'] ?? '';
        const tag = bumped['tag'] ?? '';
        r.result.version = version;
        r.result.tag = tag;
        const target = await merge(r, l, bumped);
        await earlier.wait();
        await tagRelease(r, l, tag, target);
        const released = await rehearse_release(r, l, workflows.ci, { version, tag, cherry: bumped['cherry-pick'] ?? '', image, inspectDir });
        await collect(w, src.repository, tag, released.packagePath, r.out, r.result);
    }
    catch (err) {
        if (!(err instanceof StageError))
            add(r, { name: 'rehearsal', status: 'failed', durationMs: 0, reason: err.stack ?? err.message });
    }
    finally {
        finish(r, started);
        await r.cleanup.run();
    }
    return r.result;
}
/** Runs a workflow; each job's row is reported as the job ends (so a progress line marks each job boundary). */
async function runWorkflowStage(engine, model, event, options, add, prefix, listen) {
    const reported = new Set();
    listen((job) => {
        reported.add(job);
        add(jobStage(job, prefix));
    });
    let run;
    try {
        run = await engine.run(model, event, options);
    }
    finally {
        listen(undefined);
    }
    for (const job of run.jobs)
        if (!reported.has(job))
            add(jobStage(job, prefix));
    if (run.status === 'not-run')
        add({ name: `${prefix}${model.file}`, status: 'failed', durationMs: run.durationMs, reason: 'no job ran' });
    return { ...run, status: overall(run.jobs) };
}
/** Copies what the release produced into `out`: chart archive, index, release notes, announcements. */
async function collect(w, repository, tag, pkg, out, result) {
    if (pkg && (0,external_node_fs_.existsSync)(pkg)) {
        const dest = (0,external_node_path_.join)(out, (0,external_node_path_.basename)(pkg));
        (0,external_node_fs_.cpSync)(pkg, dest);
        result.artifacts.chart = dest;
    }
    const env = gitEnv(w.home);
    const index = await git(w.gh.repoPath(repository), ['show', 'refs/heads/gh-pages:index.yaml'], { env, allowFailure: true });
    if (index.code === 0) {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(out, 'index.yaml'), index.out);
        result.artifacts.index = (0,external_node_path_.join)(out, 'index.yaml');
    }
    const release = w.gh.repo(repository).releases.find((r) => r.tagName === tag && !r.draft);
    if (release?.body) {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(out, 'release-notes.md'), release.body);
        result.artifacts.releaseNotes = (0,external_node_path_.join)(out, 'release-notes.md');
        // the commands the notes give users to check the signatures themselves
        const commands = release.body.split('\n').map((l) => l.trim()).filter((l) => /^(gh attestation verify|gh release download|sha256sum -c|helm verify|cosign verify)\b/.test(l));
        if (commands.length > 0)
            result.artifacts.verifyCommands = commands;
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(out, 'announcements'), { recursive: true });
    w.slack.delivered.forEach((r, i) => {
        const payload = r.json;
        const path = (0,external_node_path_.join)(out, 'announcements', `slack-${i + 1}.json`);
        (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(r.json ?? r.text, null, 2)}\n`);
        result.artifacts.announcements.push({ channel: 'slack', path, text: payload?.text ?? r.text });
    });
    w.mail.messages.forEach((m, i) => {
        const path = (0,external_node_path_.join)(out, 'announcements', `mail-${i + 1}.txt`);
        const text = `From: ${m.from}\nTo: ${m.to.join(', ')}\nSubject: ${m.headers['subject'] ?? ''}\n\n${m.text ?? ''}\n`;
        (0,external_node_fs_.writeFileSync)(path, text);
        result.artifacts.announcements.push({ channel: 'mail', path, text });
    });
}

;// CONCATENATED MODULE: ./src/rehearse/cli.ts
/**
 * The command line: `release-actions rehearse [--repo PATH [--github OWNER/REPO]] [--version X|major|minor|patch|auto]
 * [--mode release|hotfix|rollback] [--event tag-push|dispatch] [--state DIR] [--json] [--keep] [--without-pages]`.
 *
 * A progress line per stage while it runs (stderr with --json), then the table of stages with
 * status and time, the paths of what the release produced, and the diff of the release pull
 * request; with --json one JSON document on stdout instead. Exit status: 0 every stage passed,
 * 1 a stage failed, 2 a usage error, 3 a stage was skipped (the machine lacks something; the
 * reason and the install command are printed). Ctrl-C stops the local servers and removes the
 * temp dir.
 */



const USAGE = `Usage: release-actions rehearse [options]

The whole release of a repository on this machine, with nothing published: prepare (bump-version
and the changelog; the release pull request opened and merged), a signed tag, and release.yaml for
the tag push (preflight, image, chart, release, verify, announce) against a local GitHub, registry,
Helm repository and receivers. The repository is copied first and never written.

Options:
  --repo PATH        the repository to rehearse (default: the embedded example, examples/operator)
  --github OWNER/REPO
                     the GitHub repository --repo is a clone of, when its origin does not say (a
                     clone of a bundle, no origin); default: the origin URL, else the changelog's
                     compare/release links, else Chart.yaml sources/home, else go.mod's module
  --version V        X.Y.Z, or major, minor, patch, auto (default auto; patch for --mode hotfix)
  --mode M           release (default), hotfix (a patch cherry-picking the latest fix, tagged on its
                     hotfix branch), or rollback (a release, then its rollback)
  --event E          tag-push (default) or dispatch (the workflow_dispatch of ci-release.yaml)
  --state DIR        run in DIR instead of a temp dir, and keep it: the local GitHub, registry, pages
                     and the messages received live there. DIR is created on first use; a re-run
                     with the same DIR (and the same options) after an interrupted run takes up
                     everything it published and resumes it: finished steps are not done again,
                     an unfinished workflow run is re-run whole, as GitHub's "re-run all jobs"
  --json             one JSON document on stdout (progress lines go to stderr)
  --keep             keep the temp dir (the chart, index, notes and announcements are in it)
  --without-pages    a repository without GitHub Pages: the release stops in preflight
                     (pages-served) with the fix, and nothing is published
  -h, --help         this text

Exit status: 0 every stage passed, 1 a stage failed, 2 usage error, 3 a stage was skipped
(something this machine lacks; the reason and the install command are printed).

release-actions doctor [--repo PATH] [--write] [--json]: what would stop or spoil a release of a
repository, with the fixes (release-actions doctor --help).
`;
class UsageError extends Error {
}
function parseArgs(argv) {
    const args = [...argv];
    if (args[0] === '-h' || args[0] === '--help' || args[0] === 'help')
        return 'help';
    const command = args.shift();
    if (command !== 'rehearse')
        throw new UsageError(command ? `unknown command '${command}' (the commands are: rehearse, doctor)` : 'no command given (the commands are: rehearse, doctor)');
    const out = { mode: 'release', event: 'tag-push', json: false, keep: false };
    for (let i = 0; i < args.length; i++) {
        let arg = args[i] ?? '';
        let value;
        const eq = arg.indexOf('=');
        if (arg.startsWith('--') && eq > 0) {
            value = arg.slice(eq + 1);
            arg = arg.slice(0, eq);
        }
        const take = () => {
            if (value !== undefined)
                return value;
            const next = args[i + 1];
            if (next === undefined || next.startsWith('--'))
                throw new UsageError(`${arg} needs a value`);
            i++;
            return next;
        };
        switch (arg) {
            case '-h':
            case '--help':
                return 'help';
            case '--repo':
                out.repo = take();
                break;
            case '--github': {
                const g = take();
                const problem = githubArgumentProblem(g);
                if (problem)
                    throw new UsageError(problem);
                out.github = g;
                break;
            }
            case '--version': {
                const v = take();
                const problem = checkVersionArgument(v);
                if (problem)
                    throw new UsageError(problem);
                out.version = v;
                break;
            }
            case '--mode': {
                const m = take();
                if (m !== 'release' && m !== 'hotfix' && m !== 'rollback')
                    throw new UsageError(`--mode must be release, hotfix or rollback; got '${m}'`);
                out.mode = m;
                break;
            }
            case '--event': {
                const e = take();
                if (e !== 'tag-push' && e !== 'dispatch')
                    throw new UsageError(`--event must be tag-push or dispatch; got '${e}'`);
                out.event = e;
                break;
            }
            case '--state': {
                const dir = take();
                if (dir.trim() === '')
                    throw new UsageError('--state needs a folder');
                out.state = dir;
                break;
            }
            case '--json':
                out.json = true;
                break;
            case '--keep':
                out.keep = true;
                break;
            case '--without-pages':
                out.withoutPages = true;
                break;
            default:
                throw new UsageError(`unknown option '${arg}'`);
        }
    }
    if (out.github !== undefined && out.repo === undefined)
        throw new UsageError('--github names the GitHub repository of --repo PATH: give --repo too (the embedded example knows its own)');
    return out;
}
const MARK = { passed: '✓', failed: '✗', skipped: '−', 'not-run': '·' };
function seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
function progressLine(s) {
    const why = s.status === 'passed' ? (s.detail ?? '') : `${s.reason ?? ''}${s.install ? ` — install: ${s.install}` : ''}`;
    return `  ${MARK[s.status] ?? '?'} ${s.name.padEnd(24)} ${seconds(s.durationMs).padStart(8)}  ${why}`.trimEnd();
}
function renderTable(stages) {
    const width = Math.max(5, ...stages.map((s) => s.name.length));
    const rows = [`${'stage'.padEnd(width)}  ${'status'.padEnd(8)}  ${'time'.padStart(8)}`, `${'-'.repeat(width)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}`];
    for (const s of stages)
        rows.push(`${s.name.padEnd(width)}  ${s.status.padEnd(8)}  ${seconds(s.durationMs).padStart(8)}`);
    return rows.join('\n');
}
function renderReport(r) {
    const lines = [];
    lines.push('', renderTable(r.stages), `${'total (wall)'.padEnd(Math.max(5, ...r.stages.map((s) => s.name.length)))}  ${''.padEnd(8)}  ${seconds(r.durationMs).padStart(8)}`, '');
    const t = r.timing;
    lines.push(`Time: ${seconds(t.wallMs)} wall; ${seconds(t.actionsMs)} in the suite's actions (${t.actionRuns} runs, each a node process as the runner starts it); ${seconds(t.overheadMs)} the rehearsal's own overhead.`, '');
    const what = r.tag ? `${r.tag} of ${r.source.repository}` : r.source.repository || r.source.path;
    if (r.status === 'passed')
        lines.push(`Rehearsal of ${what}: every stage passed.`);
    else if (r.status === 'skipped')
        lines.push(`Rehearsal of ${what}: nothing failed, but some stages were skipped (this is not a pass):`);
    else
        lines.push(`Rehearsal of ${what}: FAILED.`);
    for (const s of r.stages.filter((x) => x.status === 'failed' || x.status === 'skipped')) {
        lines.push(`  ${s.status} ${s.name}: ${s.reason ?? ''}`);
        for (const e of s.errors ?? [])
            if (e !== s.reason && !(s.reason ?? '').includes(e))
                lines.push(`      ${e}`);
        if (s.install)
            lines.push(`      install: ${s.install}`);
    }
    const signed = r.stages.flatMap((s) => s.signatures ?? []);
    if (signed.length > 0) {
        lines.push('', 'Signatures proven by postflight (Sigstore bundles from the attestations API, against the local Sigstore\'s trusted root):');
        for (const c of signed)
            lines.push(`  ${c.status === 'passed' ? '✓' : '✗'} ${c.check}: ${c.detail}`);
        const commands = r.artifacts.verifyCommands ?? [];
        if (commands.length > 0)
            lines.push('', 'How a user checks for themselves (from the release notes):', ...commands.map((c) => `  $ ${c}`));
    }
    const standIns = renderStandIns(r.stages);
    if (standIns.length > 0)
        lines.push('', ...standIns);
    const a = r.artifacts;
    const where = r.kept ? `kept in ${r.workDir}` : `in ${r.workDir}, removed at the end — run with --keep to keep them`;
    const produced = [];
    if (a.chart)
        produced.push(['chart archive', a.chart]);
    if (a.index)
        produced.push(['Helm index', a.index]);
    if (a.releaseNotes)
        produced.push(['release notes', a.releaseNotes]);
    for (const n of a.announcements)
        produced.push([`announcement (${n.channel})`, n.path]);
    if (a.pullRequest)
        produced.push(['release PR diff', a.pullRequest.diffPath]);
    if (produced.length > 0) {
        lines.push('', `Produced (${where}):`);
        for (const [k, v] of produced)
            lines.push(`  ${k.padEnd(24)} ${v}`);
    }
    for (const n of a.announcements) {
        lines.push('', `Announcement sent to ${n.channel}:`, ...n.text.trimEnd().split('\n').slice(0, 12).map((l) => `  | ${l}`));
    }
    if (a.pullRequest) {
        lines.push('', `The release pull request #${a.pullRequest.number} "${a.pullRequest.title}" (${a.pullRequest.branch}) made this change:`, a.pullRequest.stat, '', a.pullRequest.diff.trimEnd());
    }
    if (r.overrides.length > 0 || r.adjustments.length > 0) {
        lines.push('', 'What the rehearsal points at its local stand-ins (GitHub emulator, registry, pages, receivers):');
        for (const o of [...r.adjustments, ...r.overrides])
            lines.push(`  - ${o}`);
    }
    return `${lines.join('\n')}\n`;
}
const defaultIo = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };
/** Runs the command; returns the exit status. `cleanup` lets the caller stop everything on a signal. */
async function main(argv, io = defaultIo, cleanup = new Cleanup()) {
    if (argv[0] === 'doctor') {
        const { doctorMain } = await Promise.all(/* import() */[__webpack_require__.e(828), __webpack_require__.e(845), __webpack_require__.e(301)]).then(__webpack_require__.bind(__webpack_require__, 75301));
        return doctorMain(argv.slice(1), io);
    }
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (err) {
        if (!(err instanceof UsageError))
            throw err;
        io.err(`release-actions: ${err.message}\n\n${USAGE}`);
        return EXIT.usage;
    }
    if (args === 'help') {
        io.out(USAGE);
        return 0;
    }
    const a = args;
    const progress = a.json ? io.err : io.out;
    progress(`release-actions rehearse: ${a.repo ? `--repo ${a.repo}${a.github ? ` --github ${a.github}` : ''}` : 'the embedded example (examples/operator)'}, mode ${a.mode}, event ${a.event}, version ${a.version ?? (a.mode === 'hotfix' ? 'patch' : 'auto')}${a.state !== undefined ? `, state ${a.state}` : ''}${a.withoutPages ? ', without GitHub Pages' : ''}\n`);
    let result;
    try {
        result = await rehearse({
            ...(a.repo !== undefined ? { repo: a.repo } : {}),
            ...(a.github !== undefined ? { github: a.github } : {}),
            ...(a.version !== undefined ? { version: a.version } : {}),
            ...(a.state !== undefined ? { state: a.state } : {}),
            mode: a.mode,
            event: a.event,
            keep: a.keep,
            ...(a.withoutPages ? { pages: false } : {}),
            cleanup,
            onWorkDir: (dir) => progress(a.state !== undefined ? `state folder: ${dir} (kept; a re-run with --state ${a.state} resumes)\n` : `work dir: ${dir}${a.keep ? ' (kept)' : ' (removed at the end; --keep keeps it)'}\n`),
            onStage: (s) => progress(`${progressLine(s)}\n`),
        });
    }
    catch (err) {
        if (!(err instanceof StateFolderError))
            throw err;
        io.err(`release-actions: ${err.message}\n`);
        return EXIT.usage;
    }
    if (a.json)
        io.out(`${JSON.stringify(result, null, 2)}\n`);
    else
        io.out(renderReport(result));
    return result.exitCode;
}
/** The process entry: exit status from `main`; Ctrl-C (and SIGTERM) stop the servers and clean up first. */
async function run(argv) {
    const cleanup = new Cleanup();
    let stopping = false;
    const onSignal = (signal) => {
        if (stopping)
            return;
        stopping = true;
        process.stderr.write(`\nrelease-actions: ${signal}: stopping the local servers and removing the temp dir…\n`);
        void cleanup.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const code = await main(argv, defaultIo, cleanup);
    process.exit(code);
}


/***/ })

};
