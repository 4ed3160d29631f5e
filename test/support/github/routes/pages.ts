/**
 * GitHub Pages: the site of a repository, read and created. What a Helm repository on Pages
 * depends on: a site served from the pages branch at `/`, or a 404 when Pages is off.
 *
 * permission: pages read (GET); pages write and administration write (POST), as the
 * "Fine-grained access tokens" sections of GitHub's Pages reference say.
 */
import type { RouteContext, Routes } from '../context.js';
import { conflict, notFound, validationFailed } from '../http.js';
import type { PagesRecord, RepoState } from '../state.js';
import { bodyOf, created, gitOf, ok } from './util.js';

/** The `page` object GitHub answers with. */
function page(ctx: RouteContext, repo: RepoState, pages: PagesRecord): Record<string, unknown> {
  const owner = repo.owner.toLowerCase();
  return {
    url: `${ctx.core.urls.api}/repos/${repo.fullName}/pages`,
    status: pages.status,
    cname: null,
    protected_domain_state: null,
    pending_domain_unverified_at: null,
    custom_404: false,
    html_url: `https://${owner}.github.io/${repo.name}/`,
    build_type: pages.buildType,
    ...(pages.source ? { source: { branch: pages.source.branch, path: pages.source.path } } : {}),
    public: !repo.private,
    https_enforced: true,
  };
}

interface CreateBody {
  build_type?: 'legacy' | 'workflow';
  source?: { branch: string; path?: '/' | '/docs' };
}

export const pageRoutes: Routes = {
  // permission: pages read
  'repos/get-pages': (ctx) => {
    if (!ctx.repo.pages) throw notFound();
    return ok(page(ctx, ctx.repo, ctx.repo.pages));
  },

  // permission: pages write, administration write
  'repos/create-pages-site': async (ctx) => {
    if (ctx.repo.pages) throw conflict('GitHub Pages is already enabled.');
    const body = bodyOf<CreateBody>(ctx);
    const buildType = body.build_type ?? 'legacy';
    let source: PagesRecord['source'];
    if (buildType === 'legacy') {
      const branch = body.source?.branch ?? ctx.repo.defaultBranch;
      // GitHub can point Pages only at a branch that exists
      if (!(await gitOf(ctx).resolve(`refs/heads/${branch}`))) {
        throw validationFailed({ resource: 'Page', field: 'source', code: 'invalid', message: `The ${branch} branch must exist before GitHub Pages can build from it.` });
      }
      source = { branch, path: body.source?.path ?? '/' };
    }
    const pages: PagesRecord = { buildType, ...(source ? { source } : {}), status: null };
    ctx.repo.pages = pages;
    return created(page(ctx, ctx.repo, pages));
  },
};
