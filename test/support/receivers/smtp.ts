/**
 * A local mailing list: an SMTP server (npm `smtp-server`) on 127.0.0.1 that offers
 * STARTTLS with a test certificate and accepts AUTH only after it (as a real submission
 * server does). Messages are kept with their envelope, whether the session was encrypted,
 * and a small MIME reading of the text and HTML parts.
 */
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { ServerCertificate } from './cert.js';

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
}

export async function startMailServer(cert: ServerCertificate, opts: MailServerOptions = {}): Promise<MailServer> {
  const users = opts.users ?? { announce: 'smtp-pass-123' };
  const startTls = opts.startTls ?? true;
  const messages: ReceivedMail[] = [];
  const auths: Array<{ user: string; secure: boolean }> = [];
  let refusals = 0;
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
    onAuth(auth: SMTPServerAuthentication, session: SMTPServerSession, cb) {
      auths.push({ user: auth.username ?? '', secure: session.secure });
      if (auth.username && users[auth.username] === auth.password) return cb(null, { user: auth.username });
      return cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          const err = new Error('Temporary failure, try again later') as Error & { responseCode: number };
          err.responseCode = 451;
          return cb(err);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = parseMessage(raw);
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          secure: session.secure,
          ...(typeof session.user === 'string' ? { user: session.user } : {}),
          raw,
          ...parsed,
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    auths,
    url: (user = 'announce', pass = users[user] ?? '') => `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}`,
    refuse: (times) => void (refusals = times),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
