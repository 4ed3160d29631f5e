/** The Slack incoming webhook (Block Kit; see actions/lib/announce/slack.ts for the limits and escaping). */
import type { ReleaseFacts } from '../../lib/announce/message.js';
import { slackMessage } from '../../lib/announce/slack.js';
import { urlHash, urlLabel } from '../../lib/announce/urls.js';
import type { Channel } from '../announce.js';
import { post } from './http.js';

export function slackChannel(url: string, facts: ReleaseFacts, text: string): Channel {
  return {
    id: `slack:${urlHash(url)}`,
    async send() {
      const message = slackMessage(facts, text);
      const res = await post(url, JSON.stringify(message), { 'content-type': 'application/json; charset=utf-8' }, `Slack webhook ${urlLabel(url)}`);
      return `HTTP ${res.status}`;
    },
  };
}
