/**
 * The pieces of the distribution spec's tag listing (`GET /v2/<name>/tags/list`) that are not
 * requests: the body of one page and the `Link: <…>; rel="next"` header (RFC 8288) that leads to
 * the next. Pure.
 */
import { RemoteError } from '../runner/errors.js';

/** The target of the `rel="next"` link of a `Link` header, as written (relative or absolute); undefined without one. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  // links are separated by commas outside <…>; a URL may hold commas of its own
  for (const link of header.match(/<[^>]*>[^<]*/g) ?? []) {
    const target = /^<([^>]*)>/.exec(link)?.[1];
    const params = link.slice(link.indexOf('>') + 1).split(';').slice(1);
    const rel = params.map((p) => /^\s*rel\s*=\s*"?([^"]*)"?\s*,?\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    if (target !== undefined && rel?.toLowerCase().split(/\s+/).includes('next')) return target;
  }
  return undefined;
}

/** The tags of one page: `{"name": …, "tags": [...]}` (`tags` null or absent when the repository has none). */
export function tagsOfPage(text: string, where: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RemoteError(`${where} is not JSON (expected {"name": ..., "tags": [...]}): ${text.trim().slice(0, 80)}`);
  }
  const tags = body && typeof body === 'object' ? (body as { tags?: unknown }).tags : undefined;
  if (tags === undefined || tags === null) return [];
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
    throw new RemoteError(`${where} has a "tags" that is not a list of strings (expected {"name": ..., "tags": ["v1.0.0", ...]})`);
  }
  return tags;
}
