/**
 * publish-helm: validate the inputs → load and validate the chart → package it reproducibly →
 * read the pages branch (an orphan branch when it is missing) and merge the new entry into the
 * index → look up the OCI tag → only then write: the release asset (asset-location: release),
 * the index commit (pushed with retries on a non-fast-forward rejection, never forced), the
 * OCI push. Outputs and a job summary with the index diff.
 *
 * Everything that can refuse the run is checked before anything is written: a bad chart, a
 * malformed existing index, a version already published with another digest (index, release
 * asset, pages file or OCI tag) fail with the pages branch, the release and the registry as
 * they were. A re-run of a published version is `unchanged` and pushes nothing.
 *
 * `rollback` (withdraw or deprecate a version) is another mode, see rollback.ts; `charts` (several
 * charts in one run, chart-releaser style) the third, see charts-run.ts. Heavy modules (the Helm library
 * with yaml and tar, Octokit, @actions/core) are loaded after the inputs are validated.
 */
import { join } from 'node:path';
import { loadConfig } from '../lib/config/config.js';
import { readContext } from '../lib/runner/context.js';
import { ActionError, InputError } from '../lib/runner/errors.js';
import { tagOf } from '../lib/semver/version.js';
import { buildChart, chartFolder } from './chart.js';
import { dependencyOptions } from './dependencies.js';
import { onBranch, pagesOptions, warnAt, type Env, type Outputs, type Settings } from './env.js';
import { readPublishInputs, repoUrlProblem } from './inputs.js';
import type { GitHubClient } from '../lib/github/client.js';
import type * as ReleaseAssetModule from './release-asset.js';
import type { AssetPlan } from './release-asset.js';
import type { PagesBranch } from './pages.js';
import type { Report, Status } from './summary.js';
import type { IndexEntry, MergeResult } from '../lib/helm/index.js';

export async function main(): Promise<void> {
  const inputs = readPublishInputs();
  const ctx = readContext();
  const config = await loadConfig({ workspace: ctx.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: ctx.repository });
  const several = inputs.charts.kind !== 'none';
  const settings: Settings = {
    // with charts, each chart is named by the plan
    chart: several ? '' : chartFolder(inputs.chart, config),
    pagesBranch: inputs.pagesBranch || config.pagesBranch,
    repoUrl: (inputs.repoUrl || config.helmRepoUrl).replace(/\/+$/, ''),
    ociRegistry: inputs.rollback ? '' : inputs.ociRegistry || config.ociRegistry || '',
  };
  const urlProblem = repoUrlProblem(settings.repoUrl);
  if (urlProblem) throw new InputError('repo-url', `${urlProblem} (from ${config.source ?? 'the default'}: ${settings.repoUrl})`);

  const [{ runnerLog, setOutputs, appendSummary }, helm, { renderSummary }] = await Promise.all([
    import('../lib/runner/core.js'),
    import('../lib/helm/index.js'),
    import('./summary.js'),
  ]);
  const log = await runnerLog();
  const env: Env = { inputs, ctx, config, settings, helm, log };
  if (several) {
    const { summary, outputs } = await (await import('./charts-run.js')).publishCharts(env);
    await setOutputs(outputs);
    await appendSummary(summary);
    return;
  }
  const { report, outputs } = inputs.rollback ? await (await import('./rollback.js')).rollback(env, inputs.rollbackStrategy) : await publish(env);
  await setOutputs(outputs);
  await appendSummary(renderSummary(report));
}

interface PagesPlan {
  merge: MergeResult;
  /** The package goes onto the pages branch at `tgzPath` (asset-location: pages, not there yet). */
  writeTgz: boolean;
}

async function publish(env: Env): Promise<{ report: Report; outputs: Outputs }> {
  const { inputs, ctx, settings, helm, log } = env;
  const branch = settings.pagesBranch;
  const indexFile = inputs.indexPath;

  // ---- the chart: validated and packaged (nothing remote yet)
  const chart = await buildChart(helm, ctx.workspace, settings.chart, inputs.version, join(ctx.runnerTemp, 'publish-helm-packages'), { lintManifests: inputs.lintTemplates, dependencies: await dependencyOptions(env) });
  const { name, version } = chart;
  const report: Report = { mode: 'publish', chart: name, version, dryRun: inputs.dryRun, status: 'unchanged', steps: [], warnings: [] };
  for (const w of chart.warnings) {
    warnAt(log, w);
    report.warnings.push(w);
  }
  for (const r of chart.resolutions) {
    log.info(`dependency ${r.replaceAll('`', '')}`);
    report.steps.push({ what: 'dependency', status: 'resolved', detail: r });
  }
  for (const d of chart.dependencies) report.steps.push({ what: 'dependency', status: 'fetched', detail: d });
  report.steps.push({ what: 'package', status: 'built', detail: `\`${chart.filename}\`, ${chart.bytes.length} bytes, sha256 \`${chart.digest}\`` });
  log.info(`packaged ${settings.chart} as ${chart.path} (${chart.bytes.length} bytes, sha256 ${chart.digest})`);

  const tgzPath = inputs.packagesDir ? `${inputs.packagesDir}/${chart.filename}` : chart.filename;
  const indexUrl = helm.chartUrl(settings.repoUrl, indexFile);
  const outputs: Outputs = { 'package-path': chart.path, digest: chart.digest, 'index-url': indexUrl };
  const wrote: string[] = [];

  // ---- asset-location: release — the release and its asset, read only
  const tag = tagOf(version);
  let assetPlan: AssetPlan | undefined;
  let release: typeof ReleaseAssetModule | undefined;
  let client: GitHubClient | undefined;
  if (inputs.assetLocation === 'release') {
    const [{ createGitHubClient }, rel] = await Promise.all([import('../lib/github/client.js'), import('./release-asset.js')]);
    release = rel;
    client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: (m) => log.warning(m) });
    assetPlan = await rel.planAsset(client, { owner: ctx.owner, repo: ctx.repo }, { tag, name: chart.filename, sha256: chart.digest, serverUrl: ctx.serverUrl });
  }
  let chartUrl = assetPlan ? assetPlan.url : helm.chartUrl(settings.repoUrl, tgzPath);
  const entry = (url: string): IndexEntry => ({ metadata: chart.metadata, urls: [url], digest: chart.digest });

  const { PagesBranch, sha256 } = await import('./pages.js');
  const pages = await PagesBranch.open(pagesOptions(env));
  try {
    log.info(pages.existed ? `branch ${branch} read at ${pages.base}` : `branch ${branch} does not exist: it will be created as an orphan branch`);

    /** The index with the entry merged, read from the work tree as it is now; throws for a malformed index or a conflict. */
    const plan = async (url: string): Promise<PagesPlan> => {
      const existing = await pages.read(indexFile);
      let merge: MergeResult;
      try {
        merge = helm.mergeIndex(existing, entry(url), { file: indexFile });
      } catch (e) {
        throw onBranch(e, branch, indexFile);
      }
      let writeTgz = false;
      if (merge.status === 'published' && inputs.assetLocation === 'pages') {
        const there = await pages.read(tgzPath);
        if (there && sha256(there) !== chart.digest) {
          throw new ActionError(
            `${tgzPath} is on branch ${branch} already with sha256 ${sha256(there)}, though ${indexFile} does not list ${name} ${version}; this package has sha256 ${chart.digest}. ` +
              'A file at a published URL is never replaced: bump the chart version, or remove the stray file. Nothing was written.',
          );
        }
        writeTgz = !there;
      }
      return { merge, writeTgz };
    };

    let pagesPlan = await plan(chartUrl);
    for (const w of pagesPlan.merge.warnings) {
      log.warning(w);
      report.warnings.push(w);
    }

    // ---- OCI: the tag looked up, read only
    const oci = settings.ociRegistry ? await import('./oci.js') : undefined;
    const ociTarget = oci && {
      location: settings.ociRegistry,
      chartName: name,
      version,
      bytes: chart.bytes,
      metadata: chart.metadata as unknown as Record<string, unknown>,
      ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
    };
    const ociCheck = oci && ociTarget ? await oci.checkOci(ociTarget) : undefined;

    if (!inputs.skipExisting) {
      const there = [
        ...(pagesPlan.merge.status === 'unchanged' ? [`${indexFile} on ${branch}`] : []),
        ...(ociCheck?.existing === 'same' ? [ociCheck.ref] : []),
        ...(assetPlan?.action === 'keep' ? [`release ${tag}`] : []),
      ];
      if (there.length > 0) throw new ActionError(`${name} ${version} is published already (${there.join(', ')}) and skip-existing is false. Nothing was written.`);
    }

    const indexChanges = pagesPlan.merge.status === 'published';
    const wouldChange = indexChanges || assetPlan?.action === 'upload' || (assetPlan !== undefined && !assetPlan.release) || ociCheck?.existing === 'absent';

    // ---- dry run: what would happen, nothing written
    if (inputs.dryRun) {
      report.status = wouldChange ? 'dry-run' : 'unchanged';
      report.diff = pagesPlan.merge.diff;
      if (assetPlan) {
        report.steps.push({
          what: 'release asset',
          status: assetPlan.action === 'keep' ? 'unchanged' : 'dry run',
          detail: assetPlan.action === 'keep' ? `\`${chart.filename}\` on release ${tag}, same sha256` : `would upload \`${chart.filename}\` to ${assetPlan.release ? `release ${tag}` : `a new draft release ${tag}`}`,
        });
      }
      report.steps.push({ what: 'index', status: indexChanges ? 'dry run' : 'unchanged', detail: indexChanges ? `would add ${name} ${version} to \`${indexFile}\` on \`${branch}\`${pages.existed ? '' : ' (a new orphan branch)'}` : `${name} ${version} is in \`${indexFile}\` with this digest` });
      if (ociCheck) report.steps.push({ what: 'OCI', status: ociCheck.existing === 'same' ? 'unchanged' : 'dry run', detail: `\`${ociCheck.ref}\` (${ociCheck.digest})` });
      if (pagesPlan.merge.diff) log.info(`dry run: the index change would be:\n${pagesPlan.merge.diff}`);
      return { report, outputs: { ...outputs, 'chart-url': chartUrl, ...(ociCheck ? { 'oci-ref': `${ociCheck.ref}@${ociCheck.digest}` } : {}), status: report.status } };
    }

    // ---- writes: the release asset first (the index must not point at a missing file)
    if (assetPlan && release && client) {
      const applied = await release.applyAsset(client, { owner: ctx.owner, repo: ctx.repo }, assetPlan, chart.bytes, { target: ctx.sha, prerelease: version.includes('-'), log });
      if (applied.created) wrote.push(`draft release ${tag}`);
      if (applied.uploaded) wrote.push(`release asset ${chart.filename}`);
      report.steps.push({
        what: 'release asset',
        status: applied.uploaded ? 'uploaded' : 'unchanged',
        detail: `\`${chart.filename}\` on ${applied.release.draft ? 'draft ' : ''}release ${tag}${applied.created ? ' (created)' : ''}${applied.release.draft ? `; ${applied.url} works once the release is published` : ''}`,
      });
      log.info(`release asset ${chart.filename}: ${applied.uploaded ? 'uploaded' : 'already there with the same sha256'} (release ${tag}${applied.release.draft ? ', draft' : ''})`);
      if (applied.url !== chartUrl) {
        chartUrl = applied.url;
        pagesPlan = await plan(chartUrl);
      }
    }

    // ---- the index (and the package, for asset-location: pages) on the pages branch
    let indexPushed = false;
    if (pagesPlan.merge.status === 'published') {
      indexPushed = await pushIndex(pages, pagesPlan, plan, chartUrl, { indexFile, tgzPath, bytes: chart.bytes, message: commitMessage(name, version, chart.digest, chartUrl), report, log, branch });
      if (indexPushed) wrote.push(`${indexFile} on ${branch}`);
    } else {
      report.steps.push({ what: 'index', status: 'unchanged', detail: `${name} ${version} is in \`${indexFile}\` on \`${branch}\` with this digest` });
      log.info(`${name} ${version} is in ${indexFile} on ${branch} with digest ${chart.digest} already: nothing to push`);
    }

    // ---- OCI
    if (oci && ociTarget) {
      const pushed = await oci.pushOci(ociTarget);
      outputs['oci-ref'] = `${pushed.ref}@${pushed.digest}`;
      if (pushed.status === 'published') wrote.push(pushed.ref);
      report.steps.push({ what: 'OCI', status: pushed.status, detail: `\`${pushed.ref}@${pushed.digest}\`` });
      log.info(`OCI ${pushed.ref}: ${pushed.status} (${pushed.digest})`);
    }

    const status: Status = wrote.length > 0 ? 'published' : 'unchanged';
    report.status = status;
    return { report, outputs: { ...outputs, 'chart-url': chartUrl, status } };
  } finally {
    await pages.close();
  }
}

function commitMessage(name: string, version: string, digest: string, url: string): string {
  return `chore(helm): publish ${name} ${version}\n\nsha256 ${digest}\n${url}\n`;
}

/**
 * Writes the index (and package) into the work tree, commits and pushes. When the branch
 * moved meanwhile the entry is merged again into the index as it is now (a concurrent
 * publisher's entries kept); when someone else published this very package, nothing is pushed.
 */
async function pushIndex(
  pages: PagesBranch,
  first: PagesPlan,
  plan: (url: string) => Promise<PagesPlan>,
  url: string,
  o: { indexFile: string; tgzPath: string; bytes: Buffer; message: string; report: Report; log: Env['log']; branch: string },
): Promise<boolean> {
  let current = first;
  const apply = async (p: PagesPlan): Promise<void> => {
    await pages.write(o.indexFile, p.merge.bytes);
    if (p.writeTgz) await pages.write(o.tgzPath, o.bytes);
    await pages.commit(o.message, [o.indexFile, ...(p.writeTgz ? [o.tgzPath] : [])]);
  };
  await apply(current);
  let again = false;
  const result = await pages.push(async () => {
    o.log.info(`branch ${o.branch} moved while pushing: merging the entry again into the new ${o.indexFile}`);
    current = await plan(url);
    if (current.merge.status === 'unchanged') {
      again = true;
      return false;
    }
    await apply(current);
    return true;
  });
  if (!result.pushed || again) {
    o.report.steps.push({ what: 'index', status: 'unchanged', detail: `the same package was added to \`${o.indexFile}\` by another run meanwhile` });
    return false;
  }
  o.report.diff = current.merge.diff;
  o.report.steps.push({
    what: 'index',
    status: 'published',
    detail: `added to \`${o.indexFile}\` on \`${o.branch}\` (${current.merge.mode}${current.writeTgz ? `, package at \`${o.tgzPath}\`` : ''})${result.attempts > 1 ? `, pushed on attempt ${result.attempts} after the branch moved` : ''}`,
  });
  o.log.info(`${o.indexFile} on ${o.branch}: entry added and pushed${result.attempts > 1 ? ` (attempt ${result.attempts})` : ''}:\n${current.merge.diff ?? ''}`);
  return true;
}
