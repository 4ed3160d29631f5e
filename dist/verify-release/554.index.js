export const id = 554;
export const ids = [554];
export const modules = {

/***/ 89554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   keyValueMessage: () => (/* binding */ keyValueMessage),
/* harmony export */   memoryLog: () => (/* binding */ memoryLog),
/* harmony export */   runnerLog: () => (/* binding */ runnerLog),
/* harmony export */   setOutputs: () => (/* binding */ setOutputs),
/* harmony export */   stepLog: () => (/* binding */ stepLog)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70011);
/**
 * Runner I/O after validation: outputs, the job summary and the log, written in the
 * runner's own protocol (file commands and workflow commands, see commands.ts).
 *
 * This is what @actions/core does for these calls, written here because loading
 * @actions/core also loads its OIDC client (@actions/http-client and undici, about
 * 940 KB of bundle) whatever the action uses: measured at about 130 ms a step, more
 * than a changelog over a thousand commits. `test/unit/runner/core-protocol.test.ts`
 * compares every call with @actions/core's, byte for byte.
 */




/** Appends to the file a file command names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, …). */
function appendFileCommand(variable, text) {
    const file = process.env[variable];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${variable.replace(/^GITHUB_/, '')}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, text, { encoding: 'utf8' });
}
/** `name<<DELIMITER` … `DELIMITER`: a delimiter no name or value can contain, so no value can forge another output. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
}
/** Sets outputs; objects and arrays are written as JSON. All of them in one write. */
async function setOutputs(outputs, write = _commands_js__WEBPACK_IMPORTED_MODULE_3__/* .stdout */ .Uo) {
    const entries = Object.entries(outputs).flatMap(([name, value]) => (value === undefined ? [] : [[name, typeof value === 'string' ? value : JSON.stringify(value)]]));
    if (entries.length === 0)
        return;
    if (process.env['GITHUB_OUTPUT']) {
        appendFileCommand('GITHUB_OUTPUT', entries.map(([name, value]) => `${keyValueMessage(name, value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`).join(''));
        return;
    }
    // outside a runner with file commands: the old stdout command, as @actions/core falls back to
    for (const [name, value] of entries) {
        write('');
        write((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('set-output', { name }, value));
    }
}
async function appendSummary(markdown) {
    if (!process.env['GITHUB_STEP_SUMMARY'])
        return;
    appendFileCommand('GITHUB_STEP_SUMMARY', `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function where(w) {
    return { title: w?.title, file: w?.file, line: w?.line, col: w?.col };
}
/** The step's log: plain lines, `::debug::`, annotations and folded groups. */
function stepLog(write = _commands_js__WEBPACK_IMPORTED_MODULE_3__/* .stdout */ .Uo) {
    return {
        info: (m) => write(m),
        debug: (m) => write((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('debug', {}, m)),
        warning: (m, w) => write((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('warning', where(w), m)),
        notice: (m, w) => write((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('notice', where(w), m)),
        error: (m, w) => write((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('error', where(w), m)),
        group: async (name, fn) => {
            write((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('group', {}, name));
            try {
                return await fn();
            }
            finally {
                write((0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCommand */ .fE)('endgroup', {}, ''));
            }
        },
    };
}
/** The step's log (kept async for the callers written against @actions/core's lazy load). */
async function runnerLog() {
    return stepLog();
}
/** A log that keeps lines in memory: for domain code run outside an action (tests, the rehearsal). */
function memoryLog(lines = []) {
    return {
        lines,
        info: (m) => void lines.push(m),
        debug: () => undefined,
        warning: (m) => void lines.push(`warning: ${m}`),
        notice: (m) => void lines.push(`notice: ${m}`),
        group: async (name, fn) => {
            lines.push(`group: ${name}`);
            return fn();
        },
    };
}


/***/ })

};
