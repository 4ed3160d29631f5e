/**
 * Fault matrix, Slack: announce's post to an incoming webhook, the real local receiver
 * behind the fault proxy. 5xx, 429, a stall and a reset are retried within the run (three
 * attempts); a 503 that outlasts them fails the channel with one clear error, and the re-run
 * posts it. A 500 after Slack took the post is retried too and Slack, which has no
 * idempotency key, shows the message twice: the cell says so in its site.
 */
import { afterAll, afterEach, beforeAll, describe, it } from '@jest/globals';
import { cellTitle } from './matrix.js';
import { channelWorld, type ChannelWorld } from './services-announce.js';
import { runHttpChannelCell, type HttpChannelCell } from './services-http-channel.js';

const CELLS: HttpChannelCell[] = [
  { fault: '500', outcome: 'retried' },
  { fault: '502', outcome: 'retried' },
  { fault: '503', outcome: 'retried' },
  { fault: '429', outcome: 'retried' },
  { fault: 'stall', outcome: 'retried' },
  { fault: 'reset', outcome: 'retried' },
  { fault: '503', outcome: 'resumed', why: 'outlasts the 3 attempts', times: 3, says: /failed after 3 attempts: HTTP 503/ },
  { fault: '500 after write', outcome: 'retried', site: 'post (at-least-once)', copies: 2 },
];

let cw: ChannelWorld;
beforeAll(async () => {
  cw = await channelWorld();
}, 300_000);
afterAll(async () => cw?.stop());
// a cell that failed half-way leaves no fault armed for the next
afterEach(() => cw?.slackProxy.heal());

describe('fault matrix: Slack', () => {
  it.each(CELLS.map((c) => [cellTitle('Slack', c.site ?? 'post', c.fault, c.outcome, c.why), c] as const))('%s', (title, cell) => runHttpChannelCell(cw, 'slack', title, cell), 120_000);
});
