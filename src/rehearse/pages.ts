/**
 * GitHub Pages, locally: an HTTP server on 127.0.0.1 that serves the `gh-pages` branch of the
 * emulated repository's bare git repository, read at request time (`git cat-file`), under
 * `/<repo>/` as a project site is (`https://OWNER.github.io/REPO/`). What publish-helm pushes
 * to the branch is what verify-release then downloads.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { proc } from './proc.js';

export interface PagesServer {
  /** `http://127.0.0.1:PORT/<repo>` — the Helm repository URL. */
  url: string;
  requests: Array<{ path: string; status: number }>;
  stop(): Promise<void>;
}

export async function startPagesServer(opts: { barePath: () => string; repo: string; branch?: string; env?: Record<string, string>; port?: number }): Promise<PagesServer> {
  const branch = opts.branch ?? 'gh-pages';
  const requests: PagesServer['requests'] = [];
  const sockets = new Set<Socket>();
  const prefix = `/${opts.repo}/`;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let status = 404;
      let body: Buffer = Buffer.from('404 Not Found\n');
      if ((req.method === 'GET' || req.method === 'HEAD') && path.startsWith(prefix) && !path.split('/').includes('..')) {
        let file = path.slice(prefix.length);
        if (file === '' || file.endsWith('/')) file += 'index.html';
        const r = await proc('git', ['--git-dir', opts.barePath(), 'cat-file', 'blob', `refs/heads/${branch}:${file}`], { env: opts.env }).catch(() => undefined);
        if (r && r.code === 0) {
          status = 200;
          body = r.stdout;
        }
      }
      requests.push({ path, status });
      const type = status !== 200 ? 'text/plain' : path.endsWith('.yaml') || path.endsWith('.yml') ? 'application/yaml' : path.endsWith('.tgz') ? 'application/gzip' : path.endsWith('.html') ? 'text/html' : 'application/octet-stream';
      res.writeHead(status, { 'content-type': type, 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
    })();
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${opts.repo}`,
    requests,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * What a repository that has released before holds, made for one that has not: the orphan
 * pages branch (a README; an existing branch is left as it is) in the emulated repository, as
 * `release-actions doctor --write` and a push make it. GitHub Pages itself is switched on by
 * `createRepo` (`pages`), as a maintainer does in the settings.
 */
export async function preparePagesBranch(barePath: string, env: Record<string, string>, identity: { name: string; email: string }, repository: string, branch = 'gh-pages'): Promise<string> {
  // one after the other: jest's ESM loader can fail two imports that share a module when they race
  const { Git } = await import('../../actions/lib/git/git.js');
  const { createOrphanBranch, pagesReadme } = await import('../../actions/lib/git/orphan-branch.js');
  const made = await createOrphanBranch(new Git(barePath, { env }), {
    branch,
    files: [{ path: 'README.md', text: pagesReadme(repository, branch) }],
    message: `chore: ${branch} branch for the Helm repository`,
    identity,
  });
  return made.created ? `orphan ${branch} branch made (${made.commit.slice(0, 7)})` : `${branch} branch as the repository has it`;
}
