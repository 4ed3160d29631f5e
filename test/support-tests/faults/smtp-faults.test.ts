/**
 * The mail server's faults really happen, seen by nodemailer (the client announce uses):
 * a reply code at each stage, a stall only the client's timeout ends, a reset connection,
 * and after-write — the message kept while the client is left with a broken connection.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createTransport } from 'nodemailer';
import { createServerCertificate, type ServerCertificate } from '../../support/receivers/cert.js';
import { startMailServer, type MailServer, type SmtpStage } from '../../support/receivers/smtp.js';
import { tempDir } from '../../support/tmp.js';

let mail: MailServer;
let cert: ServerCertificate;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const tmp = await tempDir('smtp-faults-');
  cleanup = tmp.cleanup;
  cert = createServerCertificate(tmp.path);
  mail = await startMailServer(cert);
});
afterAll(async () => {
  await mail?.stop();
  await cleanup?.();
});
beforeEach(() => mail.heal());

type Failure = Error & { code?: string; responseCode?: number };

async function send(subject: string, timeout = 10_000): Promise<Failure | undefined> {
  const transport = createTransport({
    host: '127.0.0.1',
    port: mail.port,
    secure: false,
    requireTLS: true,
    auth: { user: 'announce', pass: 'smtp-pass-123' },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    tls: { ca: cert.certPem },
  });
  try {
    await transport.sendMail({ from: 'rel@example.org', to: 'list@example.org', subject, text: 'hello' });
    return undefined;
  } catch (err) {
    return err as Failure;
  } finally {
    transport.close();
  }
}

const subjects = (): string[] => mail.messages.map((m) => m.headers['subject'] ?? '');

describe('SMTP server faults', () => {
  it.each<[SmtpStage, number, string]>([
    ['connect', 421, 'EPROTOCOL'],
    ['mail', 451, 'EENVELOPE'],
    ['rcpt', 450, 'EENVELOPE'],
    ['data', 451, 'EMESSAGE'],
  ])('replies %s with %i, keeps nothing, and the next message goes through', async (at, code, errorCode) => {
    const before = mail.messages.length;
    const fault = mail.fault({ kind: 'reply', at, code, message: `injected ${code}` });
    const err = await send(`reply-${at}`);
    expect([err?.code, err?.responseCode]).toEqual([errorCode, code]);
    expect(err?.message).toContain(`injected ${code}`);
    expect(fault.hits).toBe(1);
    expect(mail.messages.length).toBe(before);
    expect(await send(`after-${at}`)).toBeUndefined();
    expect(subjects().at(-1)).toBe(`after-${at}`);
  });

  it('stalls after RCPT TO: nothing more is said until the client gives up', async () => {
    const before = mail.messages.length;
    mail.fault({ kind: 'stall', at: 'rcpt' });
    const err = await send('stalled', 500);
    expect(err?.code).toBe('ETIMEDOUT');
    expect(mail.messages.length).toBe(before);
  });

  it('resets the connection after MAIL FROM', async () => {
    const before = mail.messages.length;
    mail.fault({ kind: 'reset', at: 'mail' });
    const err = await send('reset');
    expect(err?.message).toMatch(/ECONNRESET|Connection closed|socket hang up/);
    expect(mail.messages.length).toBe(before);
  });

  it('after-write keeps the message, and the client is left with a broken connection instead of the 250', async () => {
    const before = mail.messages.length;
    mail.fault({ kind: 'after-write' });
    const err = await send('kept');
    expect(err).toBeDefined();
    expect(err?.responseCode).toBeUndefined();
    expect(subjects().slice(before)).toEqual(['kept']);
  });
});
