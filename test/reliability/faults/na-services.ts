/** Remote × fault pairs on the registry, Slack, webhooks and SMTP that cannot occur, with why. */
import type { Fault, Remote } from './matrix.js';

const SECONDARY = '403 secondary + retry-after';
const SECONDARY_BARE = '403 secondary, no retry-after';

export const NOT_APPLICABLE_SERVICES: ReadonlyArray<{ remote: Remote; fault: Fault; why: string }> = [
  { remote: 'registry', fault: SECONDARY, why: "GitHub API's secondary limit; the OCI distribution spec rate-limits with 429 TOOMANYREQUESTS (the 429 cells), and a registry's 403 is DENIED" },
  { remote: 'registry', fault: SECONDARY_BARE, why: "GitHub API's secondary limit; the OCI distribution spec rate-limits with 429 TOOMANYREQUESTS (the 429 cells), and a registry's 403 is DENIED" },
  { remote: 'registry', fault: 'ratelimit-remaining 0', why: "x-ratelimit-remaining/x-ratelimit-reset are GitHub API headers; registries send a 429 (Docker Hub adds ratelimit-remaining to it), the 429 cells" },
  { remote: 'registry', fault: 'push non-fast-forward', why: 'a git push refusal; registry writes are PUTs of content-addressed blobs and manifests' },
  { remote: 'registry', fault: 'push protected', why: 'a git push refusal; registry writes are PUTs of content-addressed blobs and manifests' },
  { remote: 'Slack', fault: SECONDARY, why: "GitHub API's secondary limit; Slack's incoming webhooks rate-limit with 429 and Retry-After (the 429 cell)" },
  { remote: 'Slack', fault: SECONDARY_BARE, why: "GitHub API's secondary limit; Slack's incoming webhooks rate-limit with 429 and Retry-After (the 429 cell)" },
  { remote: 'Slack', fault: 'ratelimit-remaining 0', why: 'GitHub API headers; Slack sends none on incoming webhooks, only 429 with Retry-After' },
  { remote: 'Slack', fault: 'push non-fast-forward', why: 'a git push refusal; Slack gets a POST' },
  { remote: 'Slack', fault: 'push protected', why: 'a git push refusal; Slack gets a POST' },
  { remote: 'webhook', fault: 'push non-fast-forward', why: 'a git push refusal; a webhook gets a POST' },
  { remote: 'webhook', fault: 'push protected', why: 'a git push refusal; a webhook gets a POST' },
  { remote: 'SMTP', fault: SECONDARY, why: "an HTTP answer of GitHub's API; SMTP's rate limits are 4xx replies (the 429 cell: 451 4.7.1)" },
  { remote: 'SMTP', fault: SECONDARY_BARE, why: "an HTTP answer of GitHub's API; SMTP's rate limits are 4xx replies (the 429 cell: 451 4.7.1)" },
  { remote: 'SMTP', fault: 'ratelimit-remaining 0', why: 'HTTP headers; SMTP has no headers on its replies' },
  { remote: 'SMTP', fault: 'push non-fast-forward', why: 'a git push refusal; SMTP submits a message' },
  { remote: 'SMTP', fault: 'push protected', why: 'a git push refusal; SMTP submits a message' },
];
