/**
 * A fault-injecting HTTP reverse proxy on 127.0.0.1, put between an action and a real
 * server (the docker-registry, a Slack or webhook receiver) so that the server stays the
 * real one and only the fault is made up. Each request is forwarded as it came (method,
 * path with query, headers with the client's Host, so a registry's upload Location points
 * back at the proxy), unless an armed fault matches it:
 *
 * | kind | what the client sees | did the server see it |
 * | --- | --- | --- |
 * | `status` | `status` (default 500) with `body` | no |
 * | `429` | 429 with `retry-after: retryAfter` (default 1; null: no header) | no |
 * | `secondary-rate-limit` | 403 with GitHub's secondary-limit text and `retry-after` as for 429 | no |
 * | `rate-limit-exhausted` | 403 with `x-ratelimit-remaining: 0` and `x-ratelimit-reset` `resetIn` s ahead | no |
 * | `stall` | nothing, ever (the request is read, never answered): its own timeout must fire | no |
 * | `reset` | the request is read, then the TCP connection is reset | no |
 * | `after-write` | the server's answer is dropped and `status` (default 500) sent instead | yes: the write is applied |
 * | `late` | the server's own answer, `delayMs` (default 1000) after the request | yes |
 *
 * Faults match by `method` and `path` (without the query; a string equals it, a RegExp
 * tests it) and hit the first `times` (default 1; Infinity until `heal()`) matching requests.
 * `log` keeps every request in order with what was done to it, so a test can show both the
 * fault and the retry that followed.
 */
import { createServer, request as httpRequest, Agent, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type HttpFaultKind = 'status' | '429' | 'secondary-rate-limit' | 'rate-limit-exhausted' | 'stall' | 'reset' | 'after-write' | 'late';

export interface HttpFaultSpec {
  kind: HttpFaultKind;
  method?: string;
  path?: string | RegExp;
  /** How many matching requests it hits (default 1). */
  times?: number;
  /** `status` and `after-write`: the status answered (default 500). */
  status?: number;
  /** `status`: the body (default a short text naming the status). */
  body?: string;
  /** `429` and `secondary-rate-limit`: seconds in `retry-after` (default 1); null sends none. */
  retryAfter?: number | null;
  /** `rate-limit-exhausted`: seconds until `x-ratelimit-reset` (default 1). */
  resetIn?: number;
  /** `late`: milliseconds the answer is held back (default 1000). */
  delayMs?: number;
}

export interface ArmedHttpFault extends HttpFaultSpec {
  remaining: number;
  /** Requests it hit so far. */
  hits: number;
}

export interface ProxiedRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  /** The fault that hit it, if any. */
  fault?: HttpFaultKind;
  /** Whether the request reached the server. */
  forwarded: boolean;
  /** What the client was answered; 0 for a stall or a reset. */
  status: number;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

export class FaultProxy {
  readonly log: ProxiedRequest[] = [];
  private readonly armed: ArmedHttpFault[] = [];
  private readonly sockets = new Set<Socket>();
  // no pooling towards the server: a connection the proxy keeps would outlive the test
  private readonly agent = new Agent({ keepAlive: false });

  private constructor(
    private readonly server: Server,
    private readonly upstream: URL,
  ) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(599, { 'content-type': 'text/plain' });
        res.end(`fault proxy: ${(err as Error).message}`);
      });
    });
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** A proxy in front of `upstream` (`http://127.0.0.1:PORT`). */
  static async start(upstream: string): Promise<FaultProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FaultProxy(server, new URL(upstream));
  }

  /** `127.0.0.1:PORT` */
  get host(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** `http://127.0.0.1:PORT` */
  get url(): string {
    return `http://${this.host}`;
  }

  inject(spec: HttpFaultSpec): ArmedHttpFault {
    const fault: ArmedHttpFault = { ...spec, remaining: spec.times ?? 1, hits: 0 };
    this.armed.push(fault);
    return fault;
  }

  /** Disarms every fault; requests are forwarded again. */
  heal(): void {
    this.armed.length = 0;
  }

  /** The requests from `from` on (an index into `log`). */
  since(from: number): ProxiedRequest[] {
    return this.log.slice(from);
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.agent.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private match(method: string, path: string): ArmedHttpFault | undefined {
    return this.armed.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (f.path === undefined || (typeof f.path === 'string' ? f.path === path : f.path.test(path))),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = (req.url ?? '/').split('?')[0]!;
    const fault = this.match(method, path);
    const entry: ProxiedRequest = { method, path, forwarded: false, status: 0, ...(fault ? { fault: fault.kind } : {}) };
    this.log.push(entry);
    if (fault) {
      fault.remaining -= 1;
      fault.hits += 1;
    }
    switch (fault?.kind) {
      case 'late':
      case undefined: {
        if (fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1000));
        const answer = await this.forward(req, body);
        entry.forwarded = true;
        entry.status = answer.status;
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
        return;
      }
      case 'stall':
        // Neither answered nor closed: only the client's own deadline ends this request.
        return;
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'after-write': {
        await this.forward(req, body);
        entry.forwarded = true;
        return this.answer(res, entry, fault.status ?? 500, {}, 'internal error after the write');
      }
      case 'status':
        return this.answer(res, entry, fault.status ?? 500, {}, fault.body ?? `injected ${fault.status ?? 500}`);
      case '429':
        return this.answer(res, entry, 429, retryAfter(fault), 'Too Many Requests');
      case 'secondary-rate-limit':
        return this.answer(
          res,
          entry,
          403,
          { 'content-type': 'application/json; charset=utf-8', ...retryAfter(fault) },
          JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' }),
        );
      case 'rate-limit-exhausted':
        return this.answer(
          res,
          entry,
          403,
          {
            'content-type': 'application/json; charset=utf-8',
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + (fault.resetIn ?? 1)),
          },
          JSON.stringify({ message: 'API rate limit exceeded.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' }),
        );
    }
  }

  private answer(res: ServerResponse, entry: ProxiedRequest, status: number, headers: Record<string, string>, body: string): void {
    entry.status = status;
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    res.end(body);
  }

  private forward(req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: string[]; body: Buffer }> {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    headers['content-length'] = String(body.length);
    return new Promise((resolve, reject) => {
      const up = httpRequest(
        { hostname: this.upstream.hostname, port: this.upstream.port, method: req.method, path: req.url, headers, agent: this.agent },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (c: Buffer) => parts.push(c));
          answer.on('error', reject);
          answer.on('end', () => {
            const raw: string[] = [];
            for (let i = 0; i + 1 < answer.rawHeaders.length; i += 2) {
              if (!HOP_BY_HOP.has(answer.rawHeaders[i]!.toLowerCase())) raw.push(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
            }
            resolve({ status: answer.statusCode ?? 502, headers: raw, body: Buffer.concat(parts) });
          });
        },
      );
      up.on('error', reject);
      up.end(body);
    });
  }
}

function retryAfter(fault: HttpFaultSpec): Record<string, string> {
  const s = fault.retryAfter === undefined ? 1 : fault.retryAfter;
  return s === null ? {} : { 'retry-after': String(s) };
}

export function startFaultProxy(upstream: string): Promise<FaultProxy> {
  return FaultProxy.start(upstream);
}
