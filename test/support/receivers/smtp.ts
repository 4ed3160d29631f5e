/**
 * A local mailing list: an SMTP server (npm `smtp-server`) on 127.0.0.1 that offers
 * STARTTLS with a test certificate and accepts AUTH only after it (as a real submission
 * server does). Messages are kept with their envelope, whether the session was encrypted,
 * and a small MIME reading of the text and HTML parts.
 *
 * Faults (`fault()`) happen at a stage of the session: at the greeting (`connect`), after
 * MAIL FROM, after RCPT TO, or at the end of DATA (`data`, the message read but not kept):
 * a reply code (421/450/451 are SMTP's temporary failures), a stall (the server stops
 * answering; only the client's timeout ends it) or a reset (the TCP connection reset).
 * `after-write` keeps the message, then resets the connection before the 250, so the
 * client cannot know it was delivered.
 */
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from 'smtp-server';
import type { AddressInfo, Socket } from 'node:net';
import type { ServerCertificate } from './cert.js';
import { appendLog, readLog } from './log.js';

export type SmtpStage = 'connect' | 'mail' | 'rcpt' | 'data';

export type SmtpFaultSpec = { times?: number } & (
  | { kind: 'reply'; at: SmtpStage; code: number; message: string }
  | { kind: 'stall'; at: SmtpStage }
  | { kind: 'reset'; at: SmtpStage }
  | { kind: 'after-write' }
);

export type ArmedSmtpFault = SmtpFaultSpec & { remaining: number; hits: number };

export interface ReceivedMail {
  from: string;
  to: string[];
  /** STARTTLS was done before the message. */
  secure: boolean;
  user?: string;
  raw: string;
  headers: Record<string, string>;
  text?: string;
  html?: string;
}

export interface MailServer {
  port: number;
  messages: ReceivedMail[];
  /** Every AUTH attempt and whether it came after STARTTLS. */
  auths: Array<{ user: string; secure: boolean }>;
  /** smtp://user:pass@127.0.0.1:port */
  url(user?: string, pass?: string): string;
  /** The next `times` messages are refused with a 451 (a temporary failure). */
  refuse(times: number): void;
  /** Arms a fault for the next `times` (default 1) sessions that reach its stage. */
  fault(spec: SmtpFaultSpec): ArmedSmtpFault;
  /** Disarms every fault. */
  heal(): void;
  stop(): Promise<void>;
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const soft = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]!;
    if (c === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

function decodePart(headers: Record<string, string>, body: string): string {
  const enc = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  let text = body;
  if (enc === 'quoted-printable') text = decodeQuotedPrintable(body);
  else if (enc === 'base64') text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  // SMTP carries CRLF line ends; tests compare with the LF text that was sent
  return text.replace(/\r\n/g, '\n').replace(/\n$/, '');
}

/** Enough MIME for nodemailer's messages: single part or (nested) multipart, text/plain and text/html. */
function readParts(headers: Record<string, string>, body: string, out: { text?: string; html?: string }): void {
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const split = part.replace(/^\r?\n/, '').search(/\r?\n\r?\n/);
      const p = part.replace(/^\r?\n/, '');
      const head = parseHeaders(p.slice(0, split));
      const rest = p.slice(split).replace(/^\r?\n\r?\n/, '');
      readParts(head, rest, out);
    }
    return;
  }
  if (/^text\/plain/i.test(type)) out.text = decodePart(headers, body);
  else if (/^text\/html/i.test(type)) out.html = decodePart(headers, body);
}

export function parseMessage(raw: string): { headers: Record<string, string>; text?: string; html?: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = parseHeaders(raw.slice(0, split));
  const out: { text?: string; html?: string } = {};
  readParts(headers, raw.slice(split).replace(/^\r?\n\r?\n/, ''), out);
  return { headers, ...out };
}

export interface MailServerOptions {
  users?: Record<string, string>;
  /** false: a server that offers no STARTTLS (and so, here, allows AUTH in clear text). */
  startTls?: boolean;
  /** Listen on this port (default any free one). */
  port?: number;
  /** Keep every accepted message in this file too, and start with the messages it holds (see log.ts). */
  logFile?: string;
}

export async function startMailServer(cert: ServerCertificate, opts: MailServerOptions = {}): Promise<MailServer> {
  const users = opts.users ?? { announce: 'smtp-pass-123' };
  const startTls = opts.startTls ?? true;
  const messages: ReceivedMail[] = readLog<ReceivedMail>(opts.logFile);
  const auths: Array<{ user: string; secure: boolean }> = [];
  let refusals = 0;
  const armed: ArmedSmtpFault[] = [];
  // the raw TCP socket of each session, by the client's port: a reset must tear down the
  // connection below STARTTLS, as a network failure would
  const sockets = new Map<number, Socket>();
  const stageOf = (f: ArmedSmtpFault): SmtpStage => (f.kind === 'after-write' ? 'data' : f.at);
  /** The fault for this stage, used up; undefined when none is armed. */
  const take = (stage: SmtpStage): ArmedSmtpFault | undefined => {
    const f = armed.find((a) => a.remaining > 0 && stageOf(a) === stage);
    if (f) {
      f.remaining -= 1;
      f.hits += 1;
    }
    return f;
  };
  const reset = (session: SMTPServerSession): void => void sockets.get(session.remotePort)?.resetAndDestroy();
  /** A fault that stops the stage: a reply, a reset, or a stall (the callback is never called). */
  const apply = (f: ArmedSmtpFault, session: SMTPServerSession, cb: (err?: Error | null) => void): void => {
    if (f.kind === 'reply') {
      const err = new Error(f.message) as Error & { responseCode: number };
      err.responseCode = f.code;
      cb(err);
    } else if (f.kind === 'reset') reset(session);
  };
  /** Applies the fault armed for this stage; false when there is none. */
  const interrupt = (stage: SmtpStage, session: SMTPServerSession, cb: (err?: Error | null) => void): boolean => {
    const f = take(stage);
    if (f) apply(f, session, cb);
    return f !== undefined;
  };
  const server = new SMTPServer({
    secure: false,
    hideSTARTTLS: !startTls,
    allowInsecureAuth: !startTls,
    key: cert.keyPem,
    cert: cert.certPem,
    name: 'localhost',
    authMethods: ['PLAIN', 'LOGIN'],
    // hidden and refused: a server that cannot encrypt at all
    disabledCommands: startTls ? [] : ['STARTTLS'],
    logger: false,
    onConnect(session, cb) {
      if (!interrupt('connect', session, cb)) cb();
    },
    onMailFrom(_address, session, cb) {
      if (!interrupt('mail', session, cb)) cb();
    },
    onRcptTo(_address, session, cb) {
      if (!interrupt('rcpt', session, cb)) cb();
    },
    onAuth(auth: SMTPServerAuthentication, session: SMTPServerSession, cb) {
      auths.push({ user: auth.username ?? '', secure: session.secure });
      if (auth.username && users[auth.username] === auth.password) return cb(null, { user: auth.username });
      return cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const f = take('data');
        if (f && f.kind !== 'after-write') return apply(f, session, cb);
        if (refusals > 0) {
          refusals -= 1;
          const err = new Error('Temporary failure, try again later') as Error & { responseCode: number };
          err.responseCode = 451;
          return cb(err);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = parseMessage(raw);
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          secure: session.secure,
          ...(typeof session.user === 'string' ? { user: session.user } : {}),
          raw,
          ...parsed,
        };
        messages.push(mail);
        // on disk before the 250: a message the sender saw accepted survives a kill
        appendLog(opts.logFile, mail);
        if (f?.kind === 'after-write') return reset(session);
        cb();
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    const remotePort = socket.remotePort ?? 0;
    sockets.set(remotePort, socket);
    socket.on('close', () => sockets.delete(remotePort));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    auths,
    url: (user = 'announce', pass = users[user] ?? '') => `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}`,
    refuse: (times) => void (refusals = times),
    fault(spec) {
      const f = { ...spec, remaining: spec.times ?? 1, hits: 0 } as ArmedSmtpFault;
      armed.push(f);
      return f;
    },
    heal: () => void (armed.length = 0),
    stop: () => {
      // a stalled session would otherwise hold the close for smtp-server's grace period
      for (const s of sockets.values()) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
