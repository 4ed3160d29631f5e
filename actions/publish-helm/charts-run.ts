/**
 * publish-helm with `charts`: several charts in one run, as chart-releaser releases a
 * repository of charts. Decide (charts-plan.ts) → refuse the whole run on any refusal → package
 * every chart to release → merge ALL their entries into the index → look each up in OCI → only
 * then write: one index commit, the OCI pushes, the `<name>-<version>` tags.
 *
 * The tags are written last because a chart's tag is what says it is released: the next run
 * skips a tagged chart. Were the tags pushed first and the index push then failed, the re-run
 * would skip those charts and their entries would never reach the index. Written last, a failure
 * anywhere before leaves the charts untagged; the re-run decides them `release` again, packages
 * the same bytes (the packager is reproducible), finds their entries in the index and their OCI
 * tags already there (`unchanged`, nothing pushed) and creates the missing tags.
 *
 * With `asset-location: release` (chart-releaser's default) each chart also gets its GitHub
 * release: drafts with the packages before the index, published after the tags; the order and
 * how each failure resumes are in charts-releases.ts.
 */
import { join } from 'node:path';
import { Git } from '../lib/git/git.js';
import type { ChartDecision } from '../lib/helm/chart-releases.js';
import type { IndexEntry, ManyMergeResult } from '../lib/helm/index.js';
import { ActionError } from '../lib/runner/errors.js';
import { buildChart, type BuiltChart } from './chart.js';
import { planCharts, refuseAll } from './charts-plan.js';
import type * as ChartsReleases from './charts-releases.js';
import type { ReleasesSession } from './charts-releases.js';
import { renderChartsSummary, type ChartRow, type ChartsReport } from './charts-summary.js';
import { pushChartTags } from './charts-tags.js';
import { dependencyOptions } from './dependencies.js';
import { onBranch, pagesOptions, warnAt, type Env, type Outputs } from './env.js';
import type { OciCheck, OciTarget } from './oci.js';
import type { PagesBranch } from './pages.js';
import type { AssetPlan } from './release-asset.js';

interface Release {
  decision: ChartDecision;
  chart: BuiltChart;
  tgzPath: string;
  url: string;
}

interface IndexPlan {
  before: Buffer | undefined;
  bytes: Buffer;
  /** The charts whose entry the index lacks (the others are in it with this digest). */
  added: Release[];
  /** The packages to commit next to the index (not on the branch yet). */
  tgzs: Release[];
  warnings: string[];
  /** The index change as a zero-context unified diff, when there is one. */
  diff?: string;
}

export async function publishCharts(env: Env): Promise<{ summary: string; outputs: Outputs }> {
  const { inputs, log } = env;
  const plan = await planCharts(env);
  for (const d of plan.decisions) log.info(`${d.chart.folder} ${d.chart.name} ${d.chart.version}: ${d.action} (${d.why})`);
  refuseAll(plan.decisions);
  const report: ChartsReport = { planOnly: inputs.planOnly, dryRun: inputs.dryRun, status: 'unchanged', rows: [], warnings: [] };
  // plan-only reads no release: its token may not see drafts (GitHub lists them to push access only)
  const gh = inputs.assetLocation === 'release' && !inputs.planOnly ? await openGitHub(env) : undefined;
  const tagged = plan.decisions.filter((d) => d.action === 'released');
  const unfinished = gh ? gh.api.unfinishedDrafts(gh.session, tagged) : [];
  const unchanged = tagged.filter((d) => !unfinished.some((u) => u.decision === d)).map((d) => row(d, 'unchanged', ''));
  const toRelease = plan.decisions.filter((d) => d.action === 'release');
  if (inputs.planOnly || (toRelease.length === 0 && unfinished.length === 0)) {
    report.rows = [...toRelease.map((d) => row(d, 'release', '')), ...unchanged];
    report.status = inputs.planOnly ? 'plan' : 'unchanged';
    return finish(env, report, toRelease.length > 0 ? 'release' : undefined);
  }

  const releases = await packageAll(env, toRelease, report);
  const assetPlans = gh ? await gh.api.planAssets(gh.session, releases.map(chartAsset)) : [];
  const { PagesBranch } = await import('./pages.js');
  const pages = await PagesBranch.open(pagesOptions(env));
  try {
    let index = await planIndex(env, pages, releases);
    for (const w of index.warnings) {
      log.warning(w);
      report.warnings.push(w);
    }
    const oci = await checkAllOci(env, releases);
    if (!inputs.skipExisting) refuseExisting(env, releases, index, oci, assetPlans);
    report.diff = index.diff;
    const rowsOf = (action: ChartRow['action'], ociRefs = new Map<Release, string>()): ChartRow[] => [
      ...releases.map((r) => ({ ...row(r.decision, action, r.chart.digest), ...(ociRefs.has(r) ? { oci: ociRefs.get(r)! } : {}) })),
      ...unfinished.map((u) => row(u.decision, action, u.digest)),
      ...unchanged,
    ];
    if (inputs.dryRun) {
      for (const u of unfinished) log.info(`dry run: would publish the draft release ${u.decision.tag} (its chart is tagged already)`);
      report.rows = rowsOf('release');
      report.status = 'dry-run';
      return finish(env, report, 'release');
    }
    // charts-releases.ts step 2: the drafts and their packages, before the index names their URLs
    const drafts = gh ? await gh.api.uploadAssets(gh.session, releases.map(chartAsset), assetPlans, plan.head, log) : [];
    if (index.added.length > 0) {
      index = await pushIndex(env, pages, releases, index);
      report.diff = index.diff;
    }
    const ociRefs = await pushAllOci(env, oci);
    const git = new Git(env.ctx.workspace, { token: inputs.token || undefined, serverUrl: env.ctx.serverUrl });
    await pushChartTags(git, plan.remote, plan.head, releases.map((r) => ({ tag: r.decision.tag, name: r.chart.name, version: r.chart.version, folder: r.decision.chart.folder, digest: r.chart.digest })), env.config.gitIdentity);
    if (releases.length > 0) log.info(`tags pushed: ${releases.map((r) => r.decision.tag).join(', ')}`);
    // step 4: the tags exist, so publishing a draft creates none
    if (gh) report.releases = (await gh.api.publishDrafts(gh.session, [...drafts, ...unfinished.map((u) => u.release)], log)).map((r) => ({ tag: r.tag_name, url: r.html_url }));
    report.rows = rowsOf('released', ociRefs);
    report.status = 'published';
    return finish(env, report, 'released');
  } finally {
    await pages.close();
  }
}

async function openGitHub(env: Env): Promise<{ api: typeof ChartsReleases; session: ReleasesSession }> {
  const api = await import('./charts-releases.js');
  return { api, session: await api.openReleases(env) };
}

function chartAsset(r: Release): ChartsReleases.ChartAsset {
  return { tag: r.decision.tag, version: r.chart.version, filename: r.chart.filename, digest: r.chart.digest, bytes: r.chart.bytes, ...(r.chart.metadata.description ? { description: r.chart.metadata.description } : {}) };
}

async function pushAllOci(env: Env, oci: ReadonlyMap<Release, { target: OciTarget }>): Promise<Map<Release, string>> {
  const refs = new Map<Release, string>();
  for (const [r, { target }] of oci) {
    const pushed = await (await import('./oci.js')).pushOci(target);
    env.log.info(`OCI ${pushed.ref}: ${pushed.status} (${pushed.digest})`);
    refs.set(r, `${pushed.ref}@${pushed.digest}`);
  }
  return refs;
}

function row(d: ChartDecision, action: ChartRow['action'], digest: string): ChartRow {
  return { name: d.chart.name, folder: d.chart.folder, version: d.chart.version, tag: d.tag, action, digest };
}

/** Outputs and summary; `listed` is the action of the charts that go into `released-charts`. */
function finish(env: Env, report: ChartsReport, listed: ChartRow['action'] | undefined): { summary: string; outputs: Outputs } {
  const rows = report.rows.map(({ oci: _oci, ...r }) => r);
  const released = listed ? rows.filter((r) => r.action === listed) : [];
  return {
    summary: renderChartsSummary(report, env.inputs.indexPath, env.settings.pagesBranch),
    outputs: {
      charts: JSON.stringify(rows),
      'released-charts': JSON.stringify(released),
      'released-count': String(released.length),
      status: report.status,
      'index-url': env.helm.chartUrl(env.settings.repoUrl, env.inputs.indexPath),
    },
  };
}

/** Every chart to release validated and packaged, before anything remote is read. */
async function packageAll(env: Env, decisions: readonly ChartDecision[], report: ChartsReport): Promise<Release[]> {
  const { helm, ctx, inputs, settings, log } = env;
  const out: Release[] = [];
  const dependencies = await dependencyOptions(env);
  for (const d of decisions) {
    const chart = await buildChart(helm, ctx.workspace, d.chart.folder, '', join(ctx.runnerTemp, 'publish-helm-packages'), { lintManifests: inputs.lintTemplates, dependencies });
    if (chart.name !== d.chart.name || chart.version !== d.chart.version) {
      throw new ActionError(`${d.chart.folder}/Chart.yaml changed while the run read it (${d.chart.name} ${d.chart.version}, then ${chart.name} ${chart.version}). Nothing was written.`);
    }
    for (const w of chart.warnings) {
      warnAt(log, w);
      report.warnings.push(w);
    }
    for (const r of chart.resolutions) {
      log.info(`${d.chart.folder}: dependency ${r.replaceAll('`', '')}`);
      (report.resolutions ??= []).push(`\`${d.chart.folder}\`: ${r}`);
    }
    const tgzPath = inputs.packagesDir ? `${inputs.packagesDir}/${chart.filename}` : chart.filename;
    log.info(`packaged ${d.chart.folder} as ${chart.path} (${chart.bytes.length} bytes, sha256 ${chart.digest})`);
    const url = inputs.assetLocation === 'release' ? (await import('./charts-releases.js')).chartAssetUrl(env, d.tag, chart.filename) : helm.chartUrl(settings.repoUrl, tgzPath);
    out.push({ decision: d, chart, tgzPath, url });
  }
  return out;
}

/** The index with every entry merged in one pass, from the work tree as it is now; throws for a malformed index, another digest or a stray package. */
async function planIndex(env: Env, pages: PagesBranch, releases: readonly Release[]): Promise<IndexPlan> {
  const { helm, inputs, settings } = env;
  const file = inputs.indexPath;
  const before = await pages.read(file);
  const entries = new Map<IndexEntry, Release>(releases.map((r) => [{ metadata: r.chart.metadata, urls: [r.url], digest: r.chart.digest }, r]));
  let merge: ManyMergeResult;
  try {
    merge = helm.mergeIndexEntries(before, [...entries.keys()], { file, now: helm.nowInstant() });
  } catch (e) {
    throw onBranch(e, settings.pagesBranch, file);
  }
  const added = merge.added.map((e) => entries.get(e)!);
  const { sha256 } = await import('./pages.js');
  const tgzs: Release[] = [];
  // with asset-location: release the packages are release assets, not files on the branch
  for (const r of inputs.assetLocation === 'pages' ? added : []) {
    const there = await pages.read(r.tgzPath);
    if (there && sha256(there) !== r.chart.digest) {
      throw new ActionError(
        `${r.tgzPath} is on branch ${settings.pagesBranch} already with sha256 ${sha256(there)}, though ${file} does not list ${r.chart.name} ${r.chart.version}; this package has sha256 ${r.chart.digest}. ` +
          'A file at a published URL is never replaced: bump the chart version, or remove the stray file. Nothing was written.',
      );
    }
    if (!there) tgzs.push(r);
  }
  return { before, bytes: added.length > 0 ? merge.bytes : (before ?? Buffer.alloc(0)), added, tgzs, warnings: merge.warnings, ...(added.length > 0 && merge.diff ? { diff: merge.diff } : {}) };
}

/** Each chart's OCI tag looked up (read only); throws when one holds another manifest. */
async function checkAllOci(env: Env, releases: readonly Release[]): Promise<Map<Release, { target: OciTarget; check: OciCheck }>> {
  const out = new Map<Release, { target: OciTarget; check: OciCheck }>();
  const { settings, inputs } = env;
  if (!settings.ociRegistry) return out;
  const oci = await import('./oci.js');
  for (const r of releases) {
    const target: OciTarget = {
      location: settings.ociRegistry,
      chartName: r.chart.name,
      version: r.chart.version,
      bytes: r.chart.bytes,
      metadata: r.chart.metadata as unknown as Record<string, unknown>,
      ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
    };
    out.set(r, { target, check: await oci.checkOci(target) });
  }
  return out;
}

function refuseExisting(env: Env, releases: readonly Release[], index: IndexPlan, oci: ReadonlyMap<Release, { check: OciCheck }>, assets: readonly AssetPlan[]): void {
  const there = releases.flatMap((r, i) => [
    ...(assets[i]?.action === 'keep' ? [`${r.chart.filename} on release ${r.decision.tag}`] : []),
    ...(index.added.includes(r) ? [] : [`${r.chart.name} ${r.chart.version} in ${env.inputs.indexPath}`]),
    ...(oci.get(r)?.check.existing === 'same' ? [oci.get(r)!.check.ref] : []),
  ]);
  if (there.length > 0) throw new ActionError(`published already (${there.join(', ')}) and skip-existing is false. Nothing was written.`);
}

/**
 * One commit with every new entry (and package), pushed with retries: when the branch moved,
 * every entry is merged again into the index as it is now; never forced.
 */
async function pushIndex(env: Env, pages: PagesBranch, releases: readonly Release[], first: IndexPlan): Promise<IndexPlan> {
  const { inputs, settings, log } = env;
  let current = first;
  const apply = async (p: IndexPlan): Promise<void> => {
    await pages.write(inputs.indexPath, p.bytes);
    for (const r of p.tgzs) await pages.write(r.tgzPath, r.chart.bytes);
    await pages.commit(commitMessage(p.added), [inputs.indexPath, ...p.tgzs.map((r) => r.tgzPath)]);
  };
  await apply(current);
  const result = await pages.push(async () => {
    log.info(`branch ${settings.pagesBranch} moved while pushing: merging the entries again into the new ${inputs.indexPath}`);
    current = await planIndex(env, pages, releases);
    if (current.added.length === 0) return false;
    await apply(current);
    return true;
  });
  log.info(`${inputs.indexPath} on ${settings.pagesBranch}: ${result.pushed ? `${current.added.length} entries pushed in one commit (attempt ${result.attempts})` : 'the entries were added by another run meanwhile'}`);
  return current;
}

function commitMessage(added: readonly Release[]): string {
  const subject = added.length === 1 ? `chore(helm): publish ${added[0]!.chart.name} ${added[0]!.chart.version}` : `chore(helm): publish ${added.length} charts`;
  return `${subject}\n\n${added.map((r) => `${r.chart.name} ${r.chart.version} sha256 ${r.chart.digest}\n${r.url}`).join('\n')}\n`;
}
