/**
 * Whether GitHub Pages would serve the Helm repository the release publishes: pure, fed what
 * `GET /repos/{owner}/{repo}/pages` and `git ls-remote` said. Pages can only be pointed at a
 * branch that exists, and only a site built from that branch's root (`build_type: legacy`,
 * `source.path: /`) serves the `index.yaml` publish-helm writes there — a workflow-deployed site
 * serves its workflow's artifact instead. Found after publishing, any of these leaves a public
 * release whose Helm repository never appears.
 */

/** The fields of GitHub's `page` object this check reads. */
export interface PagesSite {
  html_url?: string;
  status?: string | null;
  build_type?: string | null;
  source?: { branch?: string; path?: string };
  public?: boolean;
}

export interface PagesFacts {
  /** owner/name. */
  repository: string;
  /** The branch publish-helm writes `index.yaml` to (configuration `pages-branch`). */
  branch: string;
  /** Whether origin has that branch. */
  branchExists: boolean;
  /** The site, or undefined when GitHub answered 404 (Pages is off). */
  site: PagesSite | undefined;
  /** The Helm repository URL the release announces (helm-repo-url). */
  helmRepoUrl: string;
}

export interface PagesVerdict {
  ok: boolean;
  detail: string;
}

/** The fix for a branch that does not exist yet. */
export function createBranchFix(branch: string): string {
  return `create it first: \`npx release-actions doctor --write\` pushes an orphan ${branch} branch holding only a README (or: git switch --orphan ${branch} && git commit --allow-empty -m "chore: ${branch}" && git push origin ${branch}); see docs/first-release.md`;
}

/** The fix for a site that is missing (POST) or points elsewhere (PUT). */
export function enableFix(repository: string, branch: string, method: 'POST' | 'PUT'): string {
  const api = `gh api -X ${method} repos/${repository}/pages ${method === 'PUT' ? '-f build_type=legacy ' : ''}-f 'source[branch]=${branch}' -f 'source[path]=/'`;
  return `Settings → Pages → Build and deployment → Source: Deploy from a branch → ${branch} / (root), or \`${api}\``;
}

export function judgePages(f: PagesFacts): PagesVerdict {
  const missingBranch = f.branchExists ? '' : `origin has no ${f.branch} branch: ${createBranchFix(f.branch)}; then `;
  if (!f.site) {
    return {
      ok: false,
      detail: `GitHub Pages is off for ${f.repository}, so ${f.helmRepoUrl}/index.yaml would never be served after publishing. ${missingBranch}enable Pages: ${enableFix(f.repository, f.branch, 'POST')}`,
    };
  }
  const where = describeSource(f.site);
  if (f.site.build_type === 'workflow' || f.site.source?.branch !== f.branch || (f.site.source?.path ?? '/') !== '/') {
    return {
      ok: false,
      detail: `GitHub Pages of ${f.repository} ${where}, not the ${f.branch} branch at / where the chart index is published. ${missingBranch}point it there: ${enableFix(f.repository, f.branch, 'PUT')}`,
    };
  }
  if (!f.branchExists) return { ok: false, detail: `GitHub Pages of ${f.repository} serves the ${f.branch} branch, but origin has no such branch: ${createBranchFix(f.branch)}` };
  const url = f.site.html_url ?? '';
  const facts = [`build ${f.site.status ?? 'not run yet'}`, ...(f.site.public === false ? ['private site: only readers of the repository can reach it'] : [])];
  const elsewhere = url && !sameSite(f.helmRepoUrl, url) ? `; note: helm-repo-url ${f.helmRepoUrl} is not under ${url}` : '';
  return { ok: true, detail: `${url || 'GitHub Pages'} serves the ${f.branch} branch at / (${facts.join(', ')})${elsewhere}` };
}

function describeSource(site: PagesSite): string {
  if (site.build_type === 'workflow') return 'is deployed by a GitHub Actions workflow (build_type workflow)';
  return `serves ${site.source?.branch ?? '(no branch)'} at ${site.source?.path ?? '/'}`;
}

/** Whether `repoUrl` is on the site `siteUrl` (scheme and case of the host aside). */
function sameSite(repoUrl: string, siteUrl: string): boolean {
  const norm = (u: string) => u.replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
  return `${norm(repoUrl)}/`.startsWith(`${norm(siteUrl)}/`);
}
