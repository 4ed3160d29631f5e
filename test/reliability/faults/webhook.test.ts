/**
 * Fault matrix, generic webhook: announce's signed POST, the real local receiver behind the
 * fault proxy. 5xx, 429, a stall and a reset are retried within the run; a 403 (whatever
 * rate-limit headers come with it) is the receiver's final answer, so the channel fails
 * with one clear error and the re-run delivers it. A 500 after the receiver took the
 * delivery is retried with the same X-Release-Actions-Delivery id, which the receiver
 * recognises and drops: acted on once.
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
  { fault: '403 secondary + retry-after', outcome: 'resumed', says: /refused the message: HTTP 403.*secondary rate limit/ },
  { fault: '403 secondary, no retry-after', outcome: 'resumed', says: /refused the message: HTTP 403.*secondary rate limit/ },
  { fault: 'ratelimit-remaining 0', outcome: 'resumed', says: /refused the message: HTTP 403.*API rate limit exceeded/ },
  { fault: '500 after write', outcome: 'retried', site: 'delivery (repeat dropped by delivery id)', dropped: 1 },
];

let cw: ChannelWorld;
beforeAll(async () => {
  cw = await channelWorld();
}, 300_000);
afterAll(async () => cw?.stop());
// a cell that failed half-way leaves no fault armed for the next
afterEach(() => cw?.hookProxy.heal());

describe('fault matrix: webhook', () => {
  it.each(CELLS.map((c) => [cellTitle('webhook', c.site ?? 'delivery', c.fault, c.outcome, c.why), c] as const))('%s', (title, cell) => runHttpChannelCell(cw, 'webhook', title, cell), 120_000);
});
