/**
 * The matrix's faults as the fault proxy injects them on an HTTP remote (registry, Slack,
 * webhook), so that the same fault means the same bytes on the wire whichever remote it hits.
 */
import type { HttpFaultSpec } from '../../support/faults/http-proxy.js';
import type { Fault } from './matrix.js';

/** What the proxy answers for `fault`, on requests matching `match`; `times` defaults to one request. */
export function httpFault(fault: Fault, match: Pick<HttpFaultSpec, 'method' | 'path'>, times = 1): HttpFaultSpec {
  const base = { ...match, times };
  switch (fault) {
    case '500':
    case '502':
    case '503':
      return { ...base, kind: 'status', status: Number(fault) };
    case '403 secondary + retry-after':
      return { ...base, kind: 'secondary-rate-limit', retryAfter: 1 };
    case '403 secondary, no retry-after':
      return { ...base, kind: 'secondary-rate-limit', retryAfter: null };
    case '429':
      return { ...base, kind: '429', retryAfter: 1 };
    case 'ratelimit-remaining 0':
      return { ...base, kind: 'rate-limit-exhausted', resetIn: 1 };
    case 'stall':
      return { ...base, kind: 'stall' };
    case 'reset':
      return { ...base, kind: 'reset' };
    case 'late answer':
      return { ...base, kind: 'late', delayMs: 1500 };
    case '500 after write':
      return { ...base, kind: 'after-write', status: 500 };
    case 'push non-fast-forward':
    case 'push protected':
      throw new Error(`${fault} is a git push refusal, not an HTTP answer`);
  }
}
