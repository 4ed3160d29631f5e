/**
 * Remote × fault pairs of the signing calls that cannot occur (the transparency log), and the
 * remotes where a late answer is not a cell of its own, with why.
 */
import type { Fault, Remote } from './matrix.js';

const REKOR_LIMIT = "GitHub API's rate-limit signals; Rekor (and the public-good instance's front end) rate-limits with 429, the 429 cell";
const REKOR_PUSH = 'a git push refusal; the transparency log gets a POST of an entry';
const LATE =
  'an answer inside the per-attempt deadline, however late, is waited for by the same client code whatever its remote, and one past the deadline is the stall cells; a late answer is a cell only where lateness is part of the protocol: the transparency log (the entry and its inclusion proof) and the attestations API (REST: stored after signing, read by postflight)';

export const NOT_APPLICABLE_SIGNING: ReadonlyArray<{ remote: Remote; fault: Fault; why: string }> = [
  { remote: 'Rekor', fault: '403 secondary + retry-after', why: REKOR_LIMIT },
  { remote: 'Rekor', fault: '403 secondary, no retry-after', why: REKOR_LIMIT },
  { remote: 'Rekor', fault: 'ratelimit-remaining 0', why: REKOR_LIMIT },
  { remote: 'Rekor', fault: 'push non-fast-forward', why: REKOR_PUSH },
  { remote: 'Rekor', fault: 'push protected', why: REKOR_PUSH },
  ...(['GraphQL', 'git', 'registry', 'Slack', 'webhook', 'SMTP'] as const).map((remote) => ({ remote, fault: 'late answer' as const, why: LATE })),
];
