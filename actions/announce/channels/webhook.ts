/** Generic webhooks: the JSON document of actions/lib/announce/webhook.ts, signed when a secret is given. */
import type { ReleaseFacts } from '../../lib/announce/message.js';
import { urlHash, urlLabel } from '../../lib/announce/urls.js';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, deliveryId, eventName, signature, webhookPayload } from '../../lib/announce/webhook.js';
import type { Channel } from '../announce.js';
import { post } from './http.js';

export function webhookChannel(url: string, secret: string, facts: ReleaseFacts, text: string): Channel {
  return {
    id: `webhook:${urlHash(url)}`,
    async send() {
      const body = JSON.stringify(webhookPayload(facts, text));
      const headers: Record<string, string> = {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'release-actions-announce',
        [EVENT_HEADER]: eventName(facts),
        [DELIVERY_HEADER]: deliveryId(facts, url),
        ...(secret ? { [SIGNATURE_HEADER]: signature(body, secret) } : {}),
      };
      const res = await post(url, body, headers, `webhook ${urlLabel(url)}`);
      return `HTTP ${res.status}`;
    },
  };
}
