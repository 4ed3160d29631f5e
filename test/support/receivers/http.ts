/**
 * Local HTTP receivers on 127.0.0.1 standing in for Slack's incoming webhooks and for
 * generic webhook endpoints. They record every request (headers and exact body bytes) and
 * answer like the real thing: Slack with `ok` (or `invalid_blocks` / `invalid_payload` for a
 * message Slack would refuse, checked against the Block Kit limits), a webhook with 204 —
 * and with a signature check when given the secret. A receiver can be told to fail.
 *
 * A webhook receiver does what the X-Release-Actions-Delivery header is for: a delivery id
 * it has already taken is answered 2xx again but marked `repeat` and not counted in
 * `processed`, so a test sees both that a repeat arrived and that it was dropped.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { appendLog, readLog } from './log.js';
import { blockKitProblems } from './slack.js';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json?: unknown;
  /** Webhook receivers with a secret: whether X-Release-Actions-Signature matched the body. */
  signatureValid?: boolean;
  /** What the receiver answered. */
  status: number;
  /** Webhook: the X-Release-Actions-Delivery id. */
  deliveryId?: string;
  /** Webhook: a delivery id this receiver had already taken (answered 2xx before); dropped, not processed again. */
  repeat?: boolean;
}

export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface ReceiverOptions {
  kind: 'slack' | 'webhook';
  /** Webhook: the HMAC secret to check the signature with. */
  secret?: string;
  /** Listen on this port (default any free one). */
  port?: number;
  /** Keep every request in this file too, and start with the requests it holds (see log.ts). */
  logFile?: string;
}

export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  private failures: Array<{ answer: Answer; remaining: number }> = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly opts: ReceiverOptions,
  ) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res));
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  static async start(opts: ReceiverOptions): Promise<Receiver> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const receiver = new Receiver(server, opts);
    receiver.requests.push(...readLog<ReceivedRequest>(opts.logFile, ['body']));
    return receiver;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return this.opts.kind === 'slack' ? `http://127.0.0.1:${port}/services/T0001/B0002/secretSlackToken42` : `http://127.0.0.1:${port}/hooks/release`;
  }

  /** Requests that were answered 2xx. */
  get delivered(): ReceivedRequest[] {
    return this.requests.filter((r) => r.status >= 200 && r.status < 300);
  }

  /** Requests answered 2xx that were not repeats of a delivery already taken: what the receiver acted on. */
  get processed(): ReceivedRequest[] {
    return this.delivered.filter((r) => !r.repeat);
  }

  /** The next `times` requests (default: all, until healed) get `answer`. */
  fail(answer: Answer = { status: 500, body: 'internal error' }, times = Number.POSITIVE_INFINITY): void {
    this.failures.push({ answer, remaining: times });
  }

  heal(): void {
    this.failures = [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const text = body.toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const record: ReceivedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, text, ...(json !== undefined ? { json } : {}), status: 0 };
    if (this.opts.secret !== undefined) {
      const header = String(req.headers['x-release-actions-signature'] ?? '');
      const expected = Buffer.from(`sha256=${createHmac('sha256', this.opts.secret).update(body).digest('hex')}`);
      record.signatureValid = header.length === expected.length && timingSafeEqual(Buffer.from(header), expected);
    }
    const delivery = req.headers['x-release-actions-delivery'];
    if (this.opts.kind === 'webhook' && typeof delivery === 'string') record.deliveryId = delivery;
    this.requests.push(record);
    const answer = this.answer(record);
    record.status = answer.status;
    if (record.deliveryId !== undefined && answer.status >= 200 && answer.status < 300) {
      record.repeat = this.requests.some((r) => r !== record && r.deliveryId === record.deliveryId && r.status >= 200 && r.status < 300);
    }
    appendLog(this.opts.logFile, record);
    res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
    res.end(answer.body ?? '');
  }

  private answer(r: ReceivedRequest): Answer {
    const failure = this.failures.find((f) => f.remaining > 0);
    if (failure) {
      failure.remaining -= 1;
      return failure.answer;
    }
    if (r.method !== 'POST') return { status: 405, body: 'method not allowed' };
    if (this.opts.kind === 'slack') {
      if (r.json === undefined) return { status: 400, body: 'invalid_payload' };
      return blockKitProblems(r.json).length > 0 ? { status: 400, body: 'invalid_blocks' } : { status: 200, body: 'ok' };
    }
    if (this.opts.secret !== undefined && !r.signatureValid) return { status: 401, body: 'bad signature' };
    return { status: 204 };
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export function startSlackReceiver(opts: Pick<ReceiverOptions, 'port' | 'logFile'> = {}): Promise<Receiver> {
  return Receiver.start({ kind: 'slack', ...opts });
}

export function startWebhookReceiver(secret?: string): Promise<Receiver> {
  return Receiver.start({ kind: 'webhook', ...(secret !== undefined ? { secret } : {}) });
}
