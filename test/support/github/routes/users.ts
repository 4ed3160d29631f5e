/** The token's owner. GITHUB_TOKEN is an installation token, which GitHub does not let read /user. */
import { simpleUser } from '../builders/users.js';
import type { Routes } from '../context.js';
import { HttpError } from '../http.js';
import { ok } from './util.js';

export const userRoutes: Routes = {
  'users/get-authenticated': (ctx) => {
    const user = ctx.core.user;
    if (user.type === 'Bot') throw new HttpError(403, 'Resource not accessible by integration');
    const created = '2020-01-01T00:00:00Z';
    return ok({
      ...simpleUser(ctx.core.urls, user),
      name: user.login,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: Object.values(ctx.core.state.repos).filter((r) => r.owner === user.login).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: created,
      updated_at: created,
    });
  },
};
