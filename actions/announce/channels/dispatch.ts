/**
 * repository_dispatch to related repositories: event type `release-published` (or
 * `release-rolled-back`), with a client_payload of at most ten top-level keys (GitHub's limit).
 */
import type { ReleaseFacts } from '../../lib/announce/message.js';
import { eventName } from '../../lib/announce/webhook.js';
import type { GitHubClient } from '../../lib/github/client.js';
import type { Channel } from '../announce.js';
import { remoteError } from '../release.js';

export function dispatchPayload(facts: ReleaseFacts): Record<string, unknown> {
  return {
    repository: facts.repository,
    version: facts.version,
    tag: facts.tag,
    image: facts.image ?? null,
    chart: facts.chart ?? null,
    notes_url: facts.notesUrl,
    prerelease: facts.prerelease,
    ...(facts.kind === 'rollback' ? { reason: facts.reason ?? '', previous_tag: facts.previous?.tag ?? null } : {}),
  };
}

export function dispatchChannel(client: GitHubClient, target: string, facts: ReleaseFacts): Channel {
  const [owner = '', repo = ''] = target.split('/');
  return {
    id: `dispatch:${target}`,
    async send() {
      const event = eventName(facts);
      try {
        await client.rest.repos.createDispatchEvent({ owner, repo, event_type: event, client_payload: dispatchPayload(facts) });
      } catch (err) {
        throw remoteError(`repository_dispatch ${event} to ${target} (the token needs contents: write there)`, err);
      }
      return event;
    },
  };
}
