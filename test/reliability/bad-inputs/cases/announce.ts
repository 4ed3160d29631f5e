import type { BadInputCase } from '../types.js';
import { BAD_VERSIONS, VERSION_REFUSAL } from './versions.js';

const CONFIG = '.github/release-actions.yaml';
/** The emulator repository whose only release is v0.4.1 (see the runner). */
export const SINGLE_RELEASE_REPO = 'llm-d-incubation/single-release';

export const ANNOUNCE: BadInputCase[] = [
  ...BAD_VERSIONS.map(([id, version]): BadInputCase => ({ id: `announce/version-${id}`, action: 'announce', inputs: { version }, expect: { input: 'version', error: VERSION_REFUSAL } })),
  { id: 'announce/webhook-plain-http', action: 'announce', inputs: { version: '0.4.1', mode: 'channels-only', 'webhook-urls': 'http://hooks.example.org/release' }, expect: { input: 'webhook-urls', error: 'expected an https:// URL (plain http:// only to a loopback address)' } },
  { id: 'announce/webhook-credential', action: 'announce', inputs: { version: '0.4.1', mode: 'channels-only', 'webhook-urls': 'https://user:hunter2@hooks.example.org/release' }, expect: { input: 'webhook-urls', error: 'expected a URL without user:password@' } },
  { id: 'announce/slack-plain-http', action: 'announce', inputs: { version: '0.4.1', mode: 'channels-only', 'slack-webhook-url': 'http://hooks.slack.com/services/T/B/x' }, expect: { input: 'slack-webhook-url', error: 'expected an https:// URL' } },
  { id: 'announce/rollback-no-release', action: 'announce', inputs: { version: '0.9.0', mode: 'rollback', reason: 'known issue' }, expect: { error: /./, names: '0.9.0' } },
  { id: 'announce/rollback-only-stable', action: 'announce', repository: SINGLE_RELEASE_REPO, inputs: { version: '0.4.1', mode: 'rollback', reason: 'known issue' }, expect: { error: 'force', names: 'v0.4.1' } },
  { id: 'announce/config-unknown-key', action: 'announce', fixture: 'config-unknown-key', inputs: { version: '0.4.1', mode: 'channels-only' }, expect: { error: 'bogus-key', file: CONFIG, line: 2 } },
  { id: 'announce/config-wrong-type', action: 'announce', fixture: 'config-wrong-type', inputs: { version: '0.4.1', mode: 'channels-only' }, expect: { error: 'platforms', file: CONFIG, line: 2 } },
];
