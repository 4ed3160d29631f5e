/**
 * Sends the announcement to every channel exactly once. Each channel succeeds or fails on
 * its own: a failure is recorded and the next channel is still tried. A channel that the
 * release's marker lists as sent is not sent again; a sent one is added to the marker
 * right away (the body is read again first, so nothing written meanwhile is lost).
 */
import type { AnnouncementKind } from '../lib/announce/markers.js';
import { parseMarkers, withMarkers } from '../lib/announce/markers.js';
import type { Log } from '../lib/runner/core.js';

export interface Channel {
  /** Stable across runs: kept in the release's marker. */
  id: string;
  /** Sends it; returns what was made (a URL, a message id, a status), for the output. */
  send(): Promise<string>;
  /** When set, the channel is not sent and this is the reason (reported as skipped). */
  skip?: string;
  /** Recorded in the marker when sent (default true). Channels idempotent by themselves may say false. */
  marker?: boolean;
}

export type ChannelStatus = 'sent' | 'already-sent' | 'skipped' | 'failed' | 'dry-run';

export interface ChannelResult {
  channel: string;
  status: ChannelStatus;
  /** What was made, or why it was skipped. */
  id?: string;
  error?: string;
}

export interface AnnounceOptions {
  kind: AnnouncementKind;
  dryRun: boolean;
  /** The current body of the release. */
  readBody(): Promise<string>;
  writeBody(body: string): Promise<void>;
  log: Log;
}

export async function announceAll(channels: readonly Channel[], opts: AnnounceOptions): Promise<ChannelResult[]> {
  const results: ChannelResult[] = [];
  const sent = new Set(parseMarkers(await opts.readBody())[opts.kind]);
  for (const ch of channels) {
    if (ch.skip) {
      results.push({ channel: ch.id, status: 'skipped', id: ch.skip });
      continue;
    }
    if (sent.has(ch.id)) {
      opts.log.info(`${ch.id}: the ${opts.kind} announcement was sent by an earlier run; not sent again`);
      results.push({ channel: ch.id, status: 'already-sent' });
      continue;
    }
    if (opts.dryRun) {
      results.push({ channel: ch.id, status: 'dry-run' });
      continue;
    }
    let made: string;
    try {
      made = await ch.send();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      opts.log.warning(`${ch.id}: the ${opts.kind} announcement failed: ${message}`);
      results.push({ channel: ch.id, status: 'failed', error: message });
      continue;
    }
    opts.log.info(`${ch.id}: ${opts.kind} announcement sent${made ? ` (${made})` : ''}`);
    const result: ChannelResult = { channel: ch.id, status: 'sent', ...(made ? { id: made } : {}) };
    results.push(result);
    if (ch.marker === false) continue;
    try {
      const body = await opts.readBody();
      await opts.writeBody(withMarkers(body, { [opts.kind]: [ch.id] }));
      sent.add(ch.id);
    } catch (err) {
      // Sent, but not remembered: a re-run would send it again, so this run fails.
      const message = `sent, but the release marker could not be written (a re-run would send it again): ${err instanceof Error ? err.message : String(err)}`;
      opts.log.warning(`${ch.id}: ${message}`);
      Object.assign(result, { status: 'failed', error: message });
    }
  }
  return results;
}
