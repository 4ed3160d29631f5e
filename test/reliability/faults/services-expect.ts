/**
 * What every service cell asserts about a run (its outcome and its one clear error), and the
 * env its runs get: retry waits shortened by the worlds' helpers, and for a stall a short
 * per-attempt deadline, so the retries all happen but take seconds.
 */
import { expect } from '@jest/globals';
import type { ActionRun } from '../../support/harness.js';
import type { Fault } from './matrix.js';

/** Per-attempt client deadline for cells that stall: short, so a stall costs seconds, not the 30 s default. */
export const STALL_TIMEOUT_MS = '3000';

/** The env a cell's runs get on top of the shortened retry waits: the short deadline when it stalls. */
export function faultEnv(fault: Fault): Record<string, string> {
  return fault === 'stall' ? { RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: STALL_TIMEOUT_MS } : {};
}

/** The run exited 0 with no error: a retried cell in one go, a resumed cell on its re-run. */
export function expectSuccess(run: ActionRun): void {
  if (run.exitCode !== 0) throw new Error(`expected the run to survive the fault, it exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
}

/** The run failed with exactly one `::error::`, and it matches every fragment (the operation, the status). */
export function expectClearFailure(run: ActionRun, ...fragments: Array<string | RegExp>): void {
  if (run.exitCode !== 1) throw new Error(`expected the run to fail on the fault, it exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toHaveLength(1);
  for (const f of fragments) {
    if (typeof f === 'string') expect(run.errors[0]!.message).toContain(f);
    else expect(run.errors[0]!.message).toMatch(f);
  }
}
