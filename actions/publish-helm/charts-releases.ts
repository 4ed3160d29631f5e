/**
 * `asset-location: release` with `charts`, chart-releaser's default: each chart released gets
 * the GitHub release of its tag `<name>-<version>`, named after the tag, holding
 * `<name>-<version>.tgz`, its notes the chart's description, never "latest" (a chart's release
 * must not take it from the application's); the index URL is the asset's download URL under
 * the tag, `${server}/${owner}/${repo}/releases/download/<tag>/<name>-<version>.tgz`.
 * The asset logic is release-asset.ts's, as the single-chart mode uses it.
 *
 * The order of the writes, chosen so that a failure anywhere leaves what a re-run resumes:
 *  1. read only, with the rest of the plan: the releases listed once; an asset of the same name
 *     with other bytes refuses the whole run before anything is written.
 *  2. a DRAFT release per chart, its package uploaded. A draft creates no tag, so the chart
 *     stays unreleased for the next run's plan; a re-run adopts the draft (the oldest of the
 *     tag) and keeps an asset with the same bytes.
 *  3. (charts-run.ts) the one index commit, OCI, the annotated tags in one atomic push.
 *  4. the drafts published at their tags (`draft: false`, `make_latest: false`): GitHub finds the
 *     tag and creates none. A failure here leaves tagged charts whose release is a draft: the
 *     next run finds them (`unfinishedDrafts`), publishes them and lists those charts as
 *     released, so their verify legs run.
 * The index never names a URL that will not exist: from step 3 on, its URL answers 404 until
 * step 4 is done, by this run or by the re-run.
 */
import type { ChartDecision } from '../lib/helm/chart-releases.js';
import type { GitHubClient } from '../lib/github/client.js';
import { digestSha256 } from '../lib/github/asset-hash.js';
import type { Env } from './env.js';
import { listReleases } from '../lib/github/releases.js';
import { applyAsset, planAsset, publishDraft, releaseOf, tagDownloadUrl, type AssetPlan, type Release, type RepoRef } from './release-asset.js';

/** One chart's package, as a release asset sees it. */
export interface ChartAsset {
  tag: string;
  version: string;
  filename: string;
  digest: string;
  bytes: Uint8Array;
  /** Chart.yaml's description: the release notes. */
  description?: string;
}

/** The GitHub side of a run: the client and the releases listed once, drafts included. */
export interface ReleasesSession {
  client: GitHubClient;
  repo: RepoRef;
  serverUrl: string;
  releases: Release[];
}

/** The release of a tagged chart left a draft by a run that failed after its tags. */
export interface UnfinishedDraft {
  decision: ChartDecision;
  release: Release;
  /** The sha256 of its package asset, when GitHub gives it. */
  digest: string;
}

export async function openReleases(env: Env): Promise<ReleasesSession> {
  const { createGitHubClient } = await import('../lib/github/client.js');
  const { ctx, inputs, log } = env;
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: (m) => log.warning(m) });
  const repo = { owner: ctx.owner, repo: ctx.repo };
  return { client, repo, serverUrl: ctx.serverUrl, releases: await listReleases(client, repo) };
}

/** The index URL of a chart's package: its asset's download URL under the tag. */
export function chartAssetUrl(env: Env, tag: string, filename: string): string {
  return tagDownloadUrl(env.ctx.serverUrl, { owner: env.ctx.owner, repo: env.ctx.repo }, tag, filename);
}

/** What each chart's asset needs, in order; throws for an asset of the same name with other bytes. Reads only. */
export async function planAssets(s: ReleasesSession, charts: readonly ChartAsset[]): Promise<AssetPlan[]> {
  const plans: AssetPlan[] = [];
  for (const c of charts) plans.push(await planAsset(s.client, s.repo, { tag: c.tag, name: c.filename, sha256: c.digest, serverUrl: s.serverUrl, releases: s.releases }));
  return plans;
}

/** Step 2: a draft per chart (or the one there), its package uploaded when missing. */
export async function uploadAssets(s: ReleasesSession, charts: readonly ChartAsset[], plans: readonly AssetPlan[], target: string, log: Env['log']): Promise<Release[]> {
  const out: Release[] = [];
  for (const [i, c] of charts.entries()) {
    const applied = await applyAsset(s.client, s.repo, plans[i]!, c.bytes, {
      target,
      prerelease: c.version.includes('-'),
      body: c.description ?? '',
      log,
    });
    const where = `${applied.release.draft ? 'draft ' : ''}release ${c.tag}${applied.created ? ' (created)' : ''}`;
    log.info(`release asset ${c.filename}: ${applied.uploaded ? 'uploaded' : 'already there with the same sha256'} on ${where}`);
    out.push(applied.release);
  }
  return out;
}

/** The drafts of charts already tagged: a run that failed after pushing the tags left them. */
export function unfinishedDrafts(s: ReleasesSession, tagged: readonly ChartDecision[]): UnfinishedDraft[] {
  return tagged.flatMap((decision) => {
    const release = releaseOf(s.releases, decision.tag);
    if (!release?.draft) return [];
    const asset = release.assets.find((a) => a.name === `${decision.chart.name}-${decision.chart.version}.tgz`);
    return [{ decision, release, digest: asset ? (digestSha256(asset) ?? '') : '' }];
  });
}

/** Step 4: every draft published at its tag, never "latest"; the releases as they are now. */
export async function publishDrafts(s: ReleasesSession, drafts: readonly Release[], log: Env['log']): Promise<Release[]> {
  const out: Release[] = [];
  for (const d of drafts) {
    const published = await publishDraft(s.client, s.repo, d, { makeLatest: 'false' });
    log.info(`release ${published.tag_name}: ${d.draft ? 'published' : 'published already'} (${published.html_url})`);
    out.push(published);
  }
  return out;
}
