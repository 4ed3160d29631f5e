/** Repository, branches and repository dispatches. */
import { branchWithProtection, commit } from '../builders/git.js';
import { fullRepository } from '../builders/repos.js';
import type { Routes } from '../context.js';
import { notFound } from '../http.js';
import { isoNow } from '../state.js';
import { bodyOf, gitOf, noContent, ok } from './util.js';

export const repoRoutes: Routes = {
  'repos/get': (ctx) => ok(fullRepository(ctx.core.urls, ctx.repo, ctx.core.user)),

  'repos/get-branch': async (ctx) => {
    const git = gitOf(ctx);
    const name = ctx.params.branch!;
    const sha = await git.resolve(`refs/heads/${name}`);
    if (!sha) throw notFound();
    return ok(branchWithProtection(ctx.core.urls, ctx.repo, name, commit(ctx.core.urls, ctx.repo, await git.commit(sha))));
  },

  'repos/create-dispatch-event': (ctx) => {
    const body = bodyOf<{ event_type: string; client_payload?: unknown }>(ctx);
    ctx.repo.dispatches.push({ eventType: body.event_type, clientPayload: body.client_payload ?? {}, at: isoNow() });
    return noContent();
  },
};
