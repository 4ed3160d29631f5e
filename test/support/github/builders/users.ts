/** simple-user objects; users other than the token owner get stable made-up ids. */
import type { components } from '@octokit/openapi-types';
import type { Urls } from '../context.js';
import type { UserRecord } from '../state.js';
import { nodeId } from '../state.js';

export type SimpleUser = components['schemas']['simple-user'];

/** The identity GITHUB_TOKEN acts as. */
export const ACTIONS_BOT: UserRecord = { login: 'github-actions[bot]', id: 41898282, nodeId: 'MDM6Qm90NDE4OTgyODI=', type: 'Bot' };

export function userRecord(login: string, known: UserRecord): UserRecord {
  if (login === known.login) return known;
  let hash = 0;
  for (const c of login) hash = (hash * 31 + c.charCodeAt(0)) % 9_000_000;
  const id = 1_000_000 + hash;
  return { login, id, nodeId: nodeId('U', id), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

export function simpleUser(urls: Urls, user: UserRecord): SimpleUser {
  const api = `${urls.api}/users/${encodeURIComponent(user.login)}`;
  const html = user.type === 'Bot' ? `${urls.server}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${urls.server}/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: user.nodeId,
    avatar_url: `${urls.server}/avatars/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: html,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}
