/**
 * The receivers' opt-in message log: what a receiver answered 2xx is in the file before the
 * answer, and a receiver started on the file (on the same port) holds it again — so a message
 * sent again after a restart shows up as a second one.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSlackReceiver } from '../../support/receivers/http.js';

const dir = mkdtempSync(join(tmpdir(), 'receiver-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (url: string, text: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }).then((r) => r.text());

describe('a Slack receiver with a log file', () => {
  it('keeps every request across a restart on the same port, bytes and status included', async () => {
    const logFile = join(dir, 'slack.jsonl');
    const first = await startSlackReceiver({ logFile });
    expect(await post(first.url, 'released v0.3.0')).toBe('ok');
    // on disk as soon as the sender has its answer
    expect(readFileSync(logFile, 'utf8').trim().split('\n')).toHaveLength(1);
    const url = first.url;
    await first.stop();
    // a kill in the middle of a line leaves a torn last line: it is not a message
    appendFileSync(logFile, '{"method":"POST","pa');

    const again = await startSlackReceiver({ logFile, port: Number(new URL(url).port) });
    try {
      expect(again.url).toBe(url);
      expect(again.delivered.map((r) => [r.status, r.body.toString('utf8')])).toEqual([[200, JSON.stringify({ text: 'released v0.3.0' })]]);
      expect(await post(again.url, 'released v0.3.0')).toBe('ok');
      // the repeat is visible as a second delivery
      expect(again.delivered).toHaveLength(2);
    } finally {
      await again.stop();
    }
  });
});
