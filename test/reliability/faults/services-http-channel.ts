/**
 * One cell on an HTTP announcement channel (Slack or a generic webhook), run the same way
 * for both: the fault armed on the cell's own URL path, a channels-only announce, then for
 * `resumed` the fault healed and a plain re-run. At the end the receiver must have acted on
 * the announcement exactly `copies` times (1 unless the cell names its duplicate), every copy
 * the same message, and the release marker must list the channel once.
 */
import { expect } from '@jest/globals';
import { urlHash } from '../../../actions/lib/announce/urls.js';
import type { ReceivedRequest } from '../../support/receivers/http.js';
import type { Fault, Outcome } from './matrix.js';
import { slug, type ChannelWorld } from './services-announce.js';
import { expectClearFailure, expectSuccess, faultEnv } from './services-expect.js';
import { httpFault } from './services-http-faults.js';

export interface HttpChannelCell {
  fault: Fault;
  outcome: Outcome;
  /** The cell title's `(why)`. */
  why?: string;
  /** The title's site when it is not the channel's usual one (a cell that duplicates says so there). */
  site?: string;
  /** Requests the fault hits (default 1). */
  times?: number;
  /** Deliveries the receiver acts on in the end (default 1). */
  copies?: number;
  /** Webhook: repeats the receiver recognised by their delivery id and dropped (default 0). */
  dropped?: number;
  /** `resumed`: what the one error must also say, besides the channel id (the status). */
  says?: RegExp;
}

export type HttpChannelKind = 'slack' | 'webhook';

/** Runs `cell` on the Slack or webhook channel of `cw`; `title` makes the cell's channel its own. */
export async function runHttpChannelCell(cw: ChannelWorld, kind: HttpChannelKind, title: string, cell: HttpChannelCell): Promise<void> {
  const proxy = kind === 'slack' ? cw.slackProxy : cw.hookProxy;
  const receiver = kind === 'slack' ? cw.w.slack : cw.w.hook;
  const path = kind === 'slack' ? `/services/T0001/B0002/${slug(title)}` : `/hooks/${slug(title)}`;
  const url = `${proxy.url}${path}`;
  const id = `${kind}:${urlHash(url)}`;
  const inputs: Record<string, string> = kind === 'slack' ? { 'slack-webhook-url': url } : { 'webhook-urls': url, 'webhook-secret': cw.w.channelInputs()['webhook-secret']! };
  const env = faultEnv(cell.fault);
  const times = cell.times ?? 1;

  const from = proxy.log.length;
  const fault = proxy.inject(httpFault(cell.fault, { method: 'POST', path }, times));
  const first = await cw.run(inputs, env);
  expect(fault.hits).toBe(times);
  const firstLog = proxy.since(from);
  expect(firstLog.slice(0, times).map((e) => e.fault)).toEqual(Array(times).fill(fault.kind));

  if (cell.outcome === 'retried') {
    expectSuccess(first);
    // the fault, then the retry that got through
    expect(firstLog.slice(times).map((e) => [e.forwarded, e.status >= 200 && e.status < 300])).toEqual([[true, true]]);
  } else {
    expectClearFailure(first, id, kind === 'slack' ? 'Slack webhook' : 'webhook', ...(cell.says ? [cell.says] : []));
    expect(firstLog).toHaveLength(times);
    expect(cw.announced()).not.toContain(id);
    proxy.heal();
    const again = proxy.log.length;
    expectSuccess(await cw.run(inputs, env));
    expect(proxy.since(again).map((e) => [e.fault, e.forwarded])).toEqual([[undefined, true]]);
  }

  const mine = (r: ReceivedRequest) => r.path === path;
  const acted = (kind === 'webhook' ? receiver.processed : receiver.delivered).filter(mine);
  expect(acted).toHaveLength(cell.copies ?? 1);
  expect(new Set(acted.map((r) => r.text)).size).toBe(1);
  if (kind === 'webhook') {
    expect(acted.every((r) => r.signatureValid === true)).toBe(true);
    // a repeat that reached the receiver carried the same delivery id, so it was dropped there
    const repeats = receiver.delivered.filter((r) => mine(r) && r.repeat);
    expect(repeats.map((r) => r.deliveryId)).toEqual(Array(cell.dropped ?? 0).fill(acted[0]!.deliveryId));
  }
  expect(cw.announced().filter((c) => c === id)).toEqual([id]);
}
