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
import { ActionError } from '../lib/runner/errors.js';
import { chartNameOf } from './chart.js';
import { onBranch, pagesOptions, type Env, type Outputs } from './env.js';
import type { RollbackStrategy } from './inputs.js';
import { PagesBranch } from './pages.js';
import type { Report } from './summary.js';

interface Edit {
  /** `changed`: `bytes` is the new index; `done`: the version is rolled back already. */
  status: 'changed' | 'done';
  bytes?: Buffer;
  diff?: string;
  warnings: string[];
  /** For the log: what Helm resolves once the edit is pushed. */
  note: string;
}

type Strategy = { verb: string; done: string; edit(existing: Buffer): Promise<Edit> };

function strategies(env: Env, pages: PagesBranch, name: string, version: string): Record<RollbackStrategy, Strategy> {
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
        if (r.status === 'withdrawn') return { status: 'changed', bytes: r.bytes, diff: r.diff, warnings: r.warnings, note };
        const tgz = `${inputs.packagesDir ? `${inputs.packagesDir}/` : ''}${name}-${version}.tgz`;
        if (inputs.assetLocation === 'pages' && !(await pages.read(tgz))) {
          throw new ActionError(`${file} has no version ${version} of chart '${name}' to withdraw (it lists ${r.remaining.join(', ') || 'none'}), and ${tgz} is not on the branch either: was ${version} ever published?`);
        }
        return { status: 'done', warnings: r.warnings, note };
      },
    },
  };
}

export async function rollback(env: Env, strategy: RollbackStrategy): Promise<{ report: Report; outputs: Outputs }> {
  const { inputs, settings, helm, log } = env;
  const version = inputs.rollback;
  const branch = settings.pagesBranch;
  const file = inputs.indexPath;
  const name = await chartNameOf(env.ctx.workspace, settings.chart, helm.CHART_NAME);
  const report: Report = { mode: strategy, chart: name, version, dryRun: inputs.dryRun, status: 'unchanged', steps: [], warnings: [] };
  const outputs: Outputs = { 'index-url': helm.chartUrl(settings.repoUrl, file) };
  const finish = (status: Report['status']): { report: Report; outputs: Outputs } => {
    report.status = status;
    return { report, outputs: { ...outputs, status } };
  };

  const pages = await PagesBranch.open(pagesOptions(env));
  try {
    if (!pages.existed) throw new ActionError(`there is no branch ${branch}, so there is no Helm repository index to ${strategy} ${name} ${version} in`);
    const s = strategies(env, pages, name, version)[strategy];
    const plan = async (): Promise<Edit> => {
      const existing = await pages.read(file);
      if (!existing) throw new ActionError(`branch ${branch} has no ${file}, so ${name} ${version} cannot be ${s.done}`);
      try {
        return await s.edit(existing);
      } catch (e) {
        throw onBranch(e, branch, file);
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
    const apply = async (e: Edit): Promise<void> => {
      await pages.write(file, e.bytes!);
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
  } finally {
    await pages.close();
  }
}
