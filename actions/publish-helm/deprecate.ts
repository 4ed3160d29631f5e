/**
 * deprecate (rollback): `deprecated: true` set on one published version in the index on the
 * pages branch, as a minimal edit (that line and `generated`). Idempotent: an entry already
 * deprecated is `unchanged` and nothing is pushed. Only the index changes; the package stays
 * downloadable for whoever pinned it.
 */
import { ActionError } from '../lib/runner/errors.js';
import { chartNameOf } from './chart.js';
import { onBranch, pagesOptions, type Env, type Outputs } from './env.js';
import { PagesBranch } from './pages.js';
import type { Report } from './summary.js';

export async function deprecate(env: Env): Promise<{ report: Report; outputs: Outputs }> {
  const { inputs, settings, helm, log } = env;
  const version = inputs.deprecate;
  const branch = settings.pagesBranch;
  const file = inputs.indexPath;
  const name = await chartNameOf(env.ctx.workspace, settings.chart, helm.CHART_NAME);
  const indexUrl = helm.chartUrl(settings.repoUrl, file);
  const report: Report = { mode: 'deprecate', chart: name, version, dryRun: inputs.dryRun, status: 'unchanged', steps: [], warnings: [] };
  const outputs: Outputs = { 'index-url': indexUrl };

  const pages = await PagesBranch.open(pagesOptions(env));
  try {
    if (!pages.existed) throw new ActionError(`there is no branch ${branch}, so there is no Helm repository index to deprecate ${name} ${version} in`);
    const mark = async () => {
      const existing = await pages.read(file);
      if (!existing) throw new ActionError(`branch ${branch} has no ${file}, so ${name} ${version} cannot be deprecated`);
      try {
        return helm.deprecateVersion(existing, name, version, { file });
      } catch (e) {
        throw onBranch(e, branch, file);
      }
    };
    let result = await mark();
    for (const w of result.warnings) {
      log.warning(w);
      report.warnings.push(w);
    }
    if (result.status === 'unchanged') {
      log.info(`${name} ${version} is already deprecated in ${file} on ${branch}: nothing to do`);
      report.steps.push({ what: 'index', status: 'unchanged', detail: `${name} ${version} already deprecated in \`${file}\` on \`${branch}\`` });
      return { report, outputs: { ...outputs, status: 'unchanged' } };
    }
    if (inputs.dryRun) {
      report.status = 'dry-run';
      report.diff = result.diff;
      report.steps.push({ what: 'index', status: 'dry run', detail: `would mark ${name} ${version} deprecated in \`${file}\` on \`${branch}\`` });
      log.info(`dry run: ${name} ${version} would be marked deprecated:\n${result.diff ?? ''}`);
      return { report, outputs: { ...outputs, status: 'dry-run' } };
    }

    const message = `chore(helm): deprecate ${name} ${version}\n\nMarks ${name} ${version} deprecated in ${file} (rollback).\n`;
    await pages.write(file, result.bytes);
    await pages.commit(message, [file]);
    let changed = true;
    const pushed = await pages.push(async () => {
      result = await mark();
      if (result.status === 'unchanged') {
        changed = false;
        return false;
      }
      await pages.write(file, result.bytes);
      await pages.commit(message, [file]);
      return true;
    });
    if (!pushed.pushed || !changed) {
      log.info(`${name} ${version} was deprecated by someone else meanwhile: nothing pushed`);
      report.steps.push({ what: 'index', status: 'unchanged', detail: `${name} ${version} deprecated meanwhile by another run` });
      return { report, outputs: { ...outputs, status: 'unchanged' } };
    }
    report.status = 'deprecated';
    report.diff = result.diff;
    report.steps.push({
      what: 'index',
      status: 'deprecated',
      detail: `${name} ${version} marked deprecated in \`${file}\` on \`${branch}\`${pushed.attempts > 1 ? ` (pushed on attempt ${pushed.attempts}, after the branch moved)` : ''}`,
    });
    log.info(`${name} ${version} marked deprecated in ${file} on ${branch}`);
    return { report, outputs: { ...outputs, status: 'deprecated' } };
  } finally {
    await pages.close();
  }
}
