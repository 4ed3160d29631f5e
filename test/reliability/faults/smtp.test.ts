/**
 * Fault matrix, SMTP: announce's mail to the list through the local SMTP server (STARTTLS,
 * AUTH), the faults made by the server itself. HTTP's statuses map to SMTP's temporary
 * failures at the stage where such a server gives them: a 500 is a local error after the
 * message (451 4.3.0), a 502 a backend the server cannot reach for the recipient (450 4.4.1),
 * a 503 a server not taking sessions (421 at the greeting), a 429 a sender rate limit
 * (451 4.7.1 after MAIL FROM). Mail is not retried within the run: the channel fails with
 * one clear error and a plain re-run sends it. After-write (the message kept, the connection
 * gone before the 250) cannot be told from a lost message, so the re-run sends it again:
 * two copies with one Message-ID, which the cell names.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { MAY_HAVE_GONE, mailId } from '../../../actions/announce/channels/mail.js';
import type { SmtpFaultSpec } from '../../support/receivers/smtp.js';
import { cellTitle, type Fault } from './matrix.js';
import { channelWorld, slug, type ChannelWorld } from './services-announce.js';
import { expectClearFailure, expectSuccess, faultEnv } from './services-expect.js';

interface SmtpCell {
  fault: Fault;
  spec: SmtpFaultSpec;
  /** What the one error says besides the channel and the server: the code. */
  says: RegExp;
  site?: string;
  /** Messages the list holds in the end (default 1). */
  copies?: number;
}

const CELLS: SmtpCell[] = [
  { fault: '500', spec: { kind: 'reply', at: 'data', code: 451, message: '4.3.0 Local error in processing' }, says: /\(EMESSAGE 451\).*Local error in processing/ },
  { fault: '502', spec: { kind: 'reply', at: 'rcpt', code: 450, message: '4.4.1 Recipient address rejected: backend not reachable' }, says: /\(EENVELOPE 450\).*backend not reachable/ },
  { fault: '503', spec: { kind: 'reply', at: 'connect', code: 421, message: '4.3.2 Service not available, closing transmission channel' }, says: /\(EPROTOCOL 421\).*Service not available/ },
  { fault: '429', spec: { kind: 'reply', at: 'mail', code: 451, message: '4.7.1 Too many messages, slow down' }, says: /\(EENVELOPE 451\).*Too many messages/ },
  { fault: 'stall', spec: { kind: 'stall', at: 'rcpt' }, says: /\(ETIMEDOUT\): Timeout/ },
  { fault: 'reset', spec: { kind: 'reset', at: 'mail' }, says: /\(ESOCKET\): read ECONNRESET/ },
  { fault: '500 after write', spec: { kind: 'after-write' }, says: /\(ESOCKET\): read ECONNRESET/, site: 'mail (at-least-once, one Message-ID)', copies: 2 },
];

let cw: ChannelWorld;
beforeAll(async () => {
  cw = await channelWorld();
}, 300_000);
afterAll(async () => cw?.stop());
// a cell that failed half-way leaves no fault armed for the next
afterEach(() => cw?.w.mail.heal());

describe('fault matrix: SMTP', () => {
  it.each(CELLS.map((c) => [cellTitle('SMTP', c.site ?? 'mail', c.fault, 'resumed'), c] as const))(
    '%s',
    async (title, cell) => {
      const { mail } = cw.w;
      const address = `${slug(title)}@example.org`;
      const id = mailId(address);
      const inputs = { 'smtp-url': mail.url(), 'mail-to': address, 'mail-from': 'WVA releases <releases@example.org>' };
      const env = faultEnv(cell.fault);
      const mine = () => mail.messages.filter((m) => m.to.includes(address));

      const fault = mail.fault(cell.spec);
      const first = await cw.run(inputs, env);
      expect(fault.hits).toBe(1);
      expectClearFailure(first, `${id} (mail to the list through 127.0.0.1:${mail.port} failed`, cell.says);
      // an SMTP answer says the message was not taken; only a lost connection leaves it open
      expect(first.errors[0]!.message.includes(MAY_HAVE_GONE)).toBe(!('code' in cell.spec));
      expect(mine()).toHaveLength((cell.copies ?? 1) - 1);
      expect(cw.announced()).not.toContain(id);

      mail.heal();
      expectSuccess(await cw.run(inputs, env));
      const got = mine();
      expect(got).toHaveLength(cell.copies ?? 1);
      expect(got.every((m) => m.secure)).toBe(true);
      expect(new Set(got.map((m) => m.headers['message-id'])).size).toBe(1);
      expect(new Set(got.map((m) => m.text)).size).toBe(1);
      expect(cw.announced().filter((c) => c === id)).toEqual([id]);
    },
    120_000,
  );
});
