/**
 * A 127.0.0.1 front for the real docker-registry that pages tag lists as the distribution spec
 * describes and as CNCF Distribution 3 and ghcr.io do (`n`, `last`, tags in lexical order, a
 * `Link: <…>; rel="next"` header while more remain): Debian's Distribution 2.8 ignores `n` and
 * `last` and answers every tag at once. The tags themselves, the 404s and the auth challenges are
 * the registry's: the front cuts the registry's own answer into pages, and forwards all else.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PagingFront {
  /** 127.0.0.1:PORT, the registry part of references through the front. */
  host: string;
  /** The tag-list requests the front answered, `path?query` as asked. */
  listed: string[];
  stop(): Promise<void>;
}

const FORWARDED = ['authorization', 'accept', 'user-agent'];

/** `link: 'relative'` writes `</v2/…?n=&last=>` as Distribution 3 does; `'absolute'` the whole URL. */
export async function startPagingFront(upstream: string, options: { link: 'relative' | 'absolute' }): Promise<PagingFront> {
  const listed: string[] = [];
  let origin = '';
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://front');
    const headers = Object.fromEntries(FORWARDED.flatMap((h) => (request.headers[h] ? [[h, String(request.headers[h])]] : [])));
    const answer = await fetch(`${upstream}${url.pathname}`, { method: request.method, headers });
    const tagList = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname);
    if (!tagList || answer.status !== 200) {
      const keep = ['content-type', 'www-authenticate', 'docker-content-digest'].flatMap((h) => (answer.headers.get(h) ? [[h, answer.headers.get(h)!]] : []));
      response.writeHead(answer.status, Object.fromEntries(keep));
      response.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    listed.push(`${url.pathname}${url.search}`);
    const body = (await answer.json()) as { name: string; tags: string[] };
    const n = Number(url.searchParams.get('n') ?? '0');
    const last = url.searchParams.get('last') ?? '';
    const after = [...body.tags].sort().filter((t) => t > last);
    const page = n > 0 ? after.slice(0, n) : after;
    const out: Record<string, string> = { 'content-type': 'application/json' };
    if (n > 0 && after.length > n) {
      const next = `${url.pathname}?${new URLSearchParams({ n: String(n), last: page.at(-1)! }).toString()}`;
      out.link = `<${options.link === 'absolute' ? `${origin}${next}` : next}>; rel="next"`;
    }
    response.writeHead(200, out);
    response.end(JSON.stringify({ name: body.name, tags: page }));
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin = `http://${host}`;
  return {
    host,
    listed,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
