/**
 * Shared by the concurrency tests: action runs started together and tracked, so a test that
 * waits for the emulator's holds fails with the run's own log when a racer ends early instead
 * of waiting for ever.
 */
import type { ActionRun } from '../../support/harness.js';

export interface Racer {
  /** 0-based, in the order the runs were started. */
  index: number;
  run: Promise<ActionRun>;
  result?: ActionRun;
}

export function racers(runs: Array<Promise<ActionRun>>): Racer[] {
  return runs.map((run, index) => {
    const r: Racer = { index, run };
    void run.then((res) => (r.result = res));
    return r;
  });
}

/** The first of `pending` to end. */
export function firstToEnd(pending: readonly Racer[]): Promise<Racer> {
  return Promise.race(pending.map((r) => r.run.then(() => r)));
}

/**
 * `wait`, unless one of `pending` ends first: then the racer's log is the error, since
 * every one of them was expected to be stopped at a hold.
 */
export async function meanwhile<T>(wait: Promise<T>, pending: readonly Racer[], what: string): Promise<T> {
  const early = firstToEnd(pending).then(async (r) => {
    const res = await r.run;
    throw new Error(`racer ${r.index} ended (exit ${res.exitCode}) while waiting for ${what}:\n${res.stdout}\n${res.stderr}`);
  });
  return Promise.race([wait, early]);
}
