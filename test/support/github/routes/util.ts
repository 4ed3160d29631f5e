/** Small helpers shared by the route tables. */
import type { RouteContext } from '../context.js';
import type { BareRepo } from '../git.js';
import type { RouteResult } from '../http.js';
import { paginate } from '../http.js';

export const ok = (body: unknown, headers?: Record<string, string>): RouteResult => ({ status: 200, body, headers });
export const created = (body: unknown, location?: string): RouteResult => ({
  status: 201,
  body,
  headers: location ? { location } : undefined,
});
export const noContent = (): RouteResult => ({ status: 204 });

export function list<T>(ctx: RouteContext, items: T[]): RouteResult {
  const { page, headers } = paginate(items, ctx.url);
  return { status: 200, body: page, headers };
}

export function gitOf(ctx: RouteContext): BareRepo {
  return ctx.core.git(ctx.repo);
}

/** The request body; its shape was checked against the operation's schema before the handler ran. */
export function bodyOf<T>(ctx: RouteContext): T {
  return (ctx.body ?? {}) as T;
}

export function intParam(ctx: RouteContext, name: string): number {
  return Number(ctx.params[name]);
}

export function query(ctx: RouteContext, name: string): string | undefined {
  return ctx.url.searchParams.get(name) ?? undefined;
}
