export const id = 554;
export const ids = [554];
export const modules = {

/***/ 9554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   core: () => (/* binding */ core),
/* harmony export */   memoryLog: () => (/* binding */ memoryLog),
/* harmony export */   runnerLog: () => (/* binding */ runnerLog),
/* harmony export */   setOutputs: () => (/* binding */ setOutputs)
/* harmony export */ });
let loaded;
function core() {
    loaded ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(260), __webpack_require__.e(264)]).then(__webpack_require__.bind(__webpack_require__, 7264));
    return loaded;
}
/** Sets outputs; objects and arrays are written as JSON. */
async function setOutputs(outputs) {
    const c = await core();
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        c.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
}
async function appendSummary(markdown) {
    if (!process.env['GITHUB_STEP_SUMMARY'])
        return;
    const c = await core();
    await c.summary.addRaw(markdown, true).write();
}
function props(where) {
    const out = {};
    if (where?.title)
        out['title'] = where.title;
    if (where?.file)
        out['file'] = where.file;
    if (where?.line)
        out['startLine'] = where.line;
    if (where?.col)
        out['startColumn'] = where.col;
    return out;
}
async function runnerLog() {
    const c = await core();
    return {
        info: (m) => c.info(m),
        debug: (m) => c.debug(m),
        warning: (m, w) => c.warning(m, props(w)),
        notice: (m, w) => c.notice(m, props(w)),
        group: (name, fn) => c.group(name, fn),
    };
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
