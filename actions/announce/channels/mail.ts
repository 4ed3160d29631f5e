/**
 * The mailing list, through SMTP with nodemailer: `smtp://` must offer STARTTLS (the
 * connection is refused otherwise: no password or announcement in clear text), `smtps://`
 * is TLS from the start. One message per recipient address, each remembered on its own in
 * the release marker (by a hash, so addresses do not appear in the release body).
 */
import { createHash } from 'node:crypto';
import { mailContent } from '../../lib/announce/mail.js';
import type { ReleaseFacts } from '../../lib/announce/message.js';
import { ActionError, RemoteError } from '../../lib/runner/errors.js';
import type { Channel } from '../announce.js';
import { timeoutMs } from './http.js';

/** nodemailer's codes for a connection that broke or went silent without an SMTP answer. */
const CONNECTION_LOST = new Set(['ESOCKET', 'ETIMEDOUT', 'ECONNECTION']);
export const MAY_HAVE_GONE = 'the connection broke without an answer, so the server may already have the message: check the list before a re-run sends it again';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
}

export function parseSmtpUrl(raw: string): SmtpSettings {
  const url = new URL(raw);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { pass: decodeURIComponent(url.password) } : {}),
  };
}

/** The sender: `mail-from`, else the SMTP user when it is an address. */
export function senderOf(mailFrom: string, smtp: SmtpSettings): string {
  if (mailFrom) return mailFrom;
  if (smtp.user && /^[^\s@]+@[^\s@]+$/.test(smtp.user)) return smtp.user;
  throw new ActionError('mail-from is required: the SMTP user of smtp-url is not an e-mail address');
}

export function mailId(address: string): string {
  return `mail:${createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 8)}`;
}

export function mailChannels(smtpUrl: string, mailFrom: string, to: readonly string[], facts: ReleaseFacts, text: string): Channel[] {
  const smtp = parseSmtpUrl(smtpUrl);
  let from: string | undefined;
  let problem: string | undefined;
  try {
    from = senderOf(mailFrom, smtp);
  } catch (err) {
    problem = (err as Error).message;
  }
  return to.map((address) => ({
    id: mailId(address),
    async send() {
      if (!from) throw new ActionError(problem ?? 'no sender');
      const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? smtp.host;
      const content = mailContent(facts, text, domain);
      const { createTransport } = await import('nodemailer');
      const timeout = timeoutMs();
      const transport = createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        requireTLS: !smtp.secure,
        ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout * 2,
        tls: { minVersion: 'TLSv1.2' },
      });
      try {
        const info = await transport.sendMail({
          from,
          to: address,
          subject: content.subject,
          text: content.text,
          html: content.html,
          messageId: content.messageId,
          headers: { 'X-Release-Actions-Event': facts.kind === 'rollback' ? 'release-rolled-back' : 'release-published' },
        });
        if (info.rejected.length > 0) throw new RemoteError(`the SMTP server refused the recipient (${info.response})`);
        return content.messageId;
      } catch (err) {
        if (err instanceof ActionError) throw err;
        const e = err as { code?: string; responseCode?: number; message?: string };
        // a broken connection, unlike an answer, can come after the server took the message
        const unsure = !e.responseCode && CONNECTION_LOST.has(e.code ?? '') ? `; ${MAY_HAVE_GONE}` : '';
        throw new RemoteError(
          `mail to the list through ${smtp.host}:${smtp.port} failed${e.code ? ` (${e.code}${e.responseCode ? ` ${e.responseCode}` : ''})` : ''}: ${e.message ?? String(err)}${unsure}`,
          e.responseCode,
        );
      } finally {
        transport.close();
      }
    },
  }));
}
