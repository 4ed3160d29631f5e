/**
 * The fault matrix's vocabulary: the faults the issue names, the outcomes a cell may have,
 * and the title every cell's test carries, so that `docs/reliability.md`'s figures can be
 * counted from a test run (`npm run test:reliability -- --json`) rather than by hand.
 *
 * A cell is one remote call site (e.g. "REST: create release") under one fault. Its outcome
 * is what the issue allows and nothing else:
 * - `retried`: the action retried within the run and succeeded;
 * - `resumed`: the run failed with one clear `::error::` and a plain re-run completed;
 * Whatever the outcome, the cell asserts no duplicate and no lost entry at the end.
 *
 * A fault that cannot happen on a remote (a rate-limit header on SMTP) is not a test: it is
 * listed in NOT_APPLICABLE with its reason, so `scripts/reliability-figures.mjs` can show
 * that every remote × fault pair was either tried or considered.
 */

export const FAULTS = [
  '500',
  '502',
  '503',
  '403 secondary + retry-after',
  '403 secondary, no retry-after',
  '429',
  'ratelimit-remaining 0',
  'stall',
  'reset',
  '500 after write',
  'push non-fast-forward',
  'push protected',
  'late answer',
] as const;

export type Fault = (typeof FAULTS)[number];

export type Outcome = 'retried' | 'resumed';

export const REMOTES = ['REST', 'GraphQL', 'git', 'registry', 'Slack', 'webhook', 'SMTP', 'Rekor'] as const;
export type Remote = (typeof REMOTES)[number];

/** `REST create release × 500 after write → retried`: the title a cell's test must have. */
export function cellTitle(remote: Remote, site: string, fault: Fault, outcome: Outcome, why?: string): string {
  return `${remote} ${site} × ${fault} → ${outcome}${why ? ` (${why})` : ''}`;
}

const TITLE = /^(REST|GraphQL|git|registry|Slack|webhook|SMTP|Rekor) (.+) × (.+) → (retried|resumed)(?: \((.*)\))?$/;

export interface ParsedCell {
  remote: Remote;
  site: string;
  fault: Fault;
  outcome: Outcome;
  why?: string;
}

/** The cell a test title names, or undefined for a test that is not a cell. */
export function parseCellTitle(title: string): ParsedCell | undefined {
  const m = TITLE.exec(title);
  if (!m || !(FAULTS as readonly string[]).includes(m[3]!)) return undefined;
  return { remote: m[1] as Remote, site: m[2]!, fault: m[3] as Fault, outcome: m[4] as Outcome, ...(m[5] ? { why: m[5] } : {}) };
}

/** Remote × fault pairs that cannot occur, with why; each list is kept by the tests of its remotes. */
export { NOT_APPLICABLE_GITHUB } from './na-github.js';
export { NOT_APPLICABLE_SERVICES } from './na-services.js';
export { NOT_APPLICABLE_SIGNING } from './na-signing.js';
