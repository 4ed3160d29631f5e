/**
 * Git smart HTTP, served by git itself: each request is handed to
 * `git http-backend` as a CGI script and its answer streamed back, so clones,
 * fetches and pushes behave exactly like git's own server (protocol v2,
 * gzip request bodies, receive-pack hooks).
 */
import { spawn } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gitEnv } from './git-env.js';

export interface CgiRequest {
  projectRoot: string;
  /** `/owner/name.git/info/refs` and the like, relative to projectRoot. */
  pathInfo: string;
  query: string;
  remoteUser: string;
  /** Extra environment for git and its hooks (how the emulator tells pre-receive what to refuse). */
  env?: Record<string, string>;
}

export function serveGitHttp(req: IncomingMessage, res: ServerResponse, cgi: CgiRequest): Promise<void> {
  return new Promise((resolve) => {
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    const env = gitEnv({
      GIT_PROJECT_ROOT: cgi.projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: cgi.pathInfo,
      REQUEST_METHOD: req.method ?? 'GET',
      QUERY_STRING: cgi.query,
      REMOTE_USER: cgi.remoteUser,
      REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      SERVER_PROTOCOL: `HTTP/${req.httpVersion}`,
      GATEWAY_INTERFACE: 'CGI/1.1',
      ...(header('content-type') ? { CONTENT_TYPE: header('content-type')! } : {}),
      ...(header('content-length') ? { CONTENT_LENGTH: header('content-length')! } : {}),
      ...(header('content-encoding') ? { HTTP_CONTENT_ENCODING: header('content-encoding')! } : {}),
      ...(header('git-protocol') ? { GIT_PROTOCOL: header('git-protocol')! } : {}),
      ...cgi.env,
    });
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let head = Buffer.alloc(0);
    let headersSent = false;
    const stderr: Buffer[] = [];
    child.stderr.on('data', (d: Buffer) => stderr.push(d));
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const crlf = head.indexOf('\r\n\r\n');
      const lf = head.indexOf('\n\n');
      const end = crlf !== -1 && (lf === -1 || crlf < lf) ? crlf + 4 : lf !== -1 ? lf + 2 : -1;
      if (end === -1) return;
      const { status, headers } = parseCgiHeaders(head.subarray(0, end).toString('latin1'));
      res.writeHead(status, headers);
      headersSent = true;
      res.write(head.subarray(end));
    });
    child.on('close', (code) => {
      if (!headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.write(`git http-backend failed (${code}): ${Buffer.concat(stderr).toString('utf8')}`);
      }
      res.end();
      resolve();
    });
    child.stdin.on('error', () => undefined);
    req.pipe(child.stdin);
  });
}

function parseCgiHeaders(text: string): { status: number; headers: Record<string, string> } {
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]) || 200;
    else headers[name] = value;
  }
  return { status, headers };
}

export const REJECT_PUSH_ENV = 'GH_EMULATOR_REJECT_PUSH';
export const PROTECTED_REFS_ENV = 'GH_EMULATOR_PROTECTED_REFS';

/**
 * A pre-receive hook (run by receive-pack, so its words reach the pusher as
 * `remote:` lines) that refuses pushes the way GitHub refuses an update of a
 * protected branch. Written in JavaScript for the node running the tests; the
 * code works whether node loads it as CommonJS or as an ES module.
 */
export function installPreReceiveHook(bareRepo: string): void {
  const script = `#!${process.execPath}
import('node:fs').then(({ readFileSync }) => {
  const updates = readFileSync(0, 'utf8').split('\\n').filter(Boolean).map((l) => l.split(' ')[2]);
  const guarded = (process.env.${PROTECTED_REFS_ENV} || '').split(',').filter(Boolean);
  const refused = updates.find((ref) => process.env.${REJECT_PUSH_ENV} === '1' || guarded.includes(ref));
  if (refused) {
    process.stderr.write('error: GH006: Protected branch update failed for ' + refused + '.\\n');
    process.stderr.write('error: Changes must be made through a pull request.\\n');
    process.exitCode = 1;
  }
});
`;
  const hook = join(bareRepo, 'hooks', 'pre-receive');
  writeFileSync(hook, script);
  chmodSync(hook, 0o755);
}
