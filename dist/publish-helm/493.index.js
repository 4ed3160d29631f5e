export const id = 493;
export const ids = [493];
export const modules = {

/***/ 2493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7378);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4657);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(254);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7969);
/**
 * Rollback: the rolled-back version taken out of what Helm resolves, on the pages branch.
 *
 * - `withdraw` (default): the version's entry is removed from the index, so `helm install`
 *   without `--version` (Helm's IndexFile.Get, which ignores `deprecated`) gets the previous
 *   version again. The archive stays where it is, downloadable for whoever pinned its URL.
 * - `deprecate`: the entry stays listed with `deprecated: true` (shown by `helm search`, but
 *   Helm still installs it by default).
 *
 * Idempotent: a version already withdrawn (not listed, its archive still on the branch) or
 * already deprecated is `unchanged` and nothing is pushed. One minimal commit otherwise,
 * re-applied on the branch as it is when a push meets a moved branch.
 */




function strategies(env, pages, name, version) {
    const { helm, inputs } = env;
    const file = inputs.indexPath;
    return {
        deprecate: {
            verb: 'deprecate',
            done: 'deprecated',
            async edit(existing) {
                const r = helm.deprecateVersion(existing, name, version, { file });
                return { status: r.status === 'unchanged' ? 'done' : 'changed', bytes: r.bytes, diff: r.diff, warnings: r.warnings, note: `${name} ${version} stays listed with deprecated: true` };
            },
        },
        withdraw: {
            verb: 'withdraw',
            done: 'withdrawn',
            async edit(existing) {
                const r = helm.withdrawVersion(existing, name, version, { file });
                const next = helm.resolveChart(helm.readIndex(r.bytes, file), name)?.version;
                const note = next ? `helm install ${name} now resolves ${next}` : `${file} lists no stable ${name} version now`;
                if (r.status === 'withdrawn')
                    return { status: 'changed', bytes: r.bytes, diff: r.diff, warnings: r.warnings, note };
                const tgz = `${inputs.packagesDir ? `${inputs.packagesDir}/` : ''}${name}-${version}.tgz`;
                if (inputs.assetLocation === 'pages' && !(await pages.read(tgz))) {
                    throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${file} has no version ${version} of chart '${name}' to withdraw (it lists ${r.remaining.join(', ') || 'none'}), and ${tgz} is not on the branch either: was ${version} ever published?`);
                }
                return { status: 'done', warnings: r.warnings, note };
            },
        },
    };
}
async function rollback(env, strategy) {
    const { inputs, settings, helm, log } = env;
    const version = inputs.rollback;
    const branch = settings.pagesBranch;
    const file = inputs.indexPath;
    const name = await (0,_chart_js__WEBPACK_IMPORTED_MODULE_1__/* .chartNameOf */ .FU)(env.ctx.workspace, settings.chart, helm.CHART_NAME);
    const report = { mode: strategy, chart: name, version, dryRun: inputs.dryRun, status: 'unchanged', steps: [], warnings: [] };
    const outputs = { 'index-url': helm.chartUrl(settings.repoUrl, file) };
    const finish = (status) => {
        report.status = status;
        return { report, outputs: { ...outputs, status } };
    };
    const pages = await _pages_js__WEBPACK_IMPORTED_MODULE_3__.PagesBranch.open((0,_env_js__WEBPACK_IMPORTED_MODULE_2__/* .pagesOptions */ .vk)(env));
    try {
        if (!pages.existed)
            throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`there is no branch ${branch}, so there is no Helm repository index to ${strategy} ${name} ${version} in`);
        const s = strategies(env, pages, name, version)[strategy];
        const plan = async () => {
            const existing = await pages.read(file);
            if (!existing)
                throw new _lib_runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`branch ${branch} has no ${file}, so ${name} ${version} cannot be ${s.done}`);
            try {
                return await s.edit(existing);
            }
            catch (e) {
                throw (0,_env_js__WEBPACK_IMPORTED_MODULE_2__/* .onBranch */ .GO)(e, branch, file);
            }
        };
        let edit = await plan();
        for (const w of edit.warnings) {
            log.warning(w);
            report.warnings.push(w);
        }
        if (edit.status === 'done') {
            log.info(`${name} ${version} is already ${s.done} in ${file} on ${branch}: nothing to do (${edit.note})`);
            report.steps.push({ what: 'index', status: 'unchanged', detail: `${name} ${version} already ${s.done} in \`${file}\` on \`${branch}\`` });
            return finish('unchanged');
        }
        if (inputs.dryRun) {
            report.diff = edit.diff;
            report.steps.push({ what: 'index', status: 'dry run', detail: `would ${s.verb} ${name} ${version} in \`${file}\` on \`${branch}\`; ${edit.note}` });
            log.info(`dry run: ${name} ${version} would be ${s.done} (${edit.note}):\n${edit.diff ?? ''}`);
            return finish('dry-run');
        }
        const message = `chore(helm): ${s.verb} ${name} ${version}\n\n${name} ${version} ${s.done} in ${file} (rollback); ${edit.note}.\n`;
        const apply = async (e) => {
            await pages.write(file, e.bytes);
            await pages.commit(message, [file]);
        };
        await apply(edit);
        let changed = true;
        const pushed = await pages.push(async () => {
            edit = await plan();
            if (edit.status === 'done') {
                changed = false;
                return false;
            }
            await apply(edit);
            return true;
        });
        if (!pushed.pushed || !changed) {
            log.info(`${name} ${version} was ${s.done} by someone else meanwhile: nothing pushed`);
            report.steps.push({ what: 'index', status: 'unchanged', detail: `${name} ${version} ${s.done} meanwhile by another run` });
            return finish('unchanged');
        }
        report.diff = edit.diff;
        report.steps.push({
            what: 'index',
            status: s.done,
            detail: `${name} ${version} ${s.done} in \`${file}\` on \`${branch}\`; ${edit.note}${pushed.attempts > 1 ? ` (pushed on attempt ${pushed.attempts}, after the branch moved)` : ''}`,
        });
        log.info(`${name} ${version} ${s.done} in ${file} on ${branch}; ${edit.note}`);
        return finish(strategy === 'withdraw' ? 'withdrawn' : 'deprecated');
    }
    finally {
        await pages.close();
    }
}


/***/ })

};
