/**
 * The world of the announce channel cells (Slack, webhook, SMTP): the GitHub emulator with a
 * published v0.5.0 release of the WVA sample, the local Slack and webhook receivers behind a
 * fault proxy each, and the SMTP server. Each cell announces in channels-only mode to a
 * channel of its own (a URL path or a mail address no other cell uses), so one world serves
 * every cell of a file and a cell's marker and deliveries are its own.
 */
import { parseMarkers } from '../../../actions/lib/announce/markers.js';
import type { ActionRun } from '../../support/harness.js';
import { startFaultProxy, type FaultProxy } from '../../support/faults/http-proxy.js';
import { announce, emulatedWva, WVA, world, type World, type Wva } from '../../actions/announce/helpers.js';

export interface ChannelWorld {
  w: World;
  wva: Wva;
  /** In front of the Slack receiver. */
  slackProxy: FaultProxy;
  /** In front of the webhook receiver (which checks the signature with the world's secret). */
  hookProxy: FaultProxy;
  /** channels-only announce of v0.5.0 with `inputs`; `env` adds to the shortened retry waits. */
  run(inputs: Record<string, string>, env?: Record<string, string>): Promise<ActionRun>;
  /** The channels the release's marker lists as sent. */
  announced(): string[];
  stop(): Promise<void>;
}

export async function channelWorld(): Promise<ChannelWorld> {
  const w = await world();
  const wva = w.sample('0.5.0');
  await emulatedWva(w.gh, wva, ['v0.4.0', 'v0.4.1', 'v0.5.0']);
  const [slackProxy, hookProxy] = await Promise.all([startFaultProxy(new URL(w.slack.url).origin), startFaultProxy(new URL(w.hook.url).origin)]);
  return {
    w,
    wva,
    slackProxy,
    hookProxy,
    run: (inputs, env = {}) => announce(w.gh, wva, { mode: 'channels-only', ...inputs }, { env: { ...w.tls, ...env } }),
    announced: () => parseMarkers(w.gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!.body).release,
    async stop() {
      await Promise.all([slackProxy.stop(), hookProxy.stop()]);
      await w.stop();
    },
  };
}

/** A name for a cell's own channel: its fault, in characters a URL path and a mail local part take. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
