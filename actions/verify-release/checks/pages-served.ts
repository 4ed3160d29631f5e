/**
 * pages-served: GitHub Pages serves the pages branch (configuration `pages-branch`, default
 * gh-pages) at `/`, so the Helm repository publish-helm writes there will be served. Run before
 * anything is published: the first release of a repository without Pages would otherwise
 * publish the image, the chart and the release, then wait for an index that never appears.
 * Reads `GET /repos/{owner}/{repo}/pages` (the token needs `pages: read`) and lists the branch
 * on origin; the verdict is pages-site.ts.
 */
import type { CheckContext, CheckResult } from '../types.js';
import { judgePages, type PagesSite } from './pages-site.js';

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const { owner, repo, repository } = ctx.run;
  if (!ctx.config.chart && ctx.config.chartCandidates.length === 0) return { status: 'skipped', detail: 'the repository has no chart (charts/<name>/Chart.yaml): nothing is published to Pages' };
  const client = await ctx.github();
  if (!client) return { status: 'failed', detail: `needs a token (input token, with pages: read) to read the GitHub Pages settings of ${repository}` };
  const branch = ctx.config.pagesBranch;

  let site: PagesSite | undefined;
  try {
    site = (await client.rest.repos.getPages({ owner, repo })).data as PagesSite;
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401) return { status: 'failed', detail: `GitHub refused the token (HTTP 401) reading the Pages settings of ${repository}: check the token input` };
    if (status === 403) {
      return { status: 'failed', detail: `GitHub refused to read the Pages settings of ${repository} (HTTP 403): give the job's token pages: read (permissions: { pages: read })` };
    }
    if (status !== 404) return { status: 'failed', detail: `cannot read the GitHub Pages settings of ${repository}: ${(err as Error).message}` };
  }

  const listed = await ctx.git.git(['ls-remote', '--heads', '--', 'origin', `refs/heads/${branch}`], { allowFailure: true });
  if (listed.exitCode !== 0) return { status: 'failed', detail: `cannot list the branches of origin: ${listed.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
  const branchExists = listed.stdout.split('\n').some((l) => l.endsWith(`\trefs/heads/${branch}`));

  const verdict = judgePages({ repository, branch, branchExists, site, helmRepoUrl: ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl });
  return { status: verdict.ok ? 'passed' : 'failed', detail: verdict.detail };
}
