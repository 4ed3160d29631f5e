/** The polling loop on a fake clock: backoff with a cap, the deadline, what was missing, the scale. */
import { describe, expect, it } from '@jest/globals';
import { backoff, poll, type Attempt, type PollSettings } from '../../../actions/verify-release/poll.js';

/** A clock that only moves when the poller sleeps, and a record of every attempt's time. */
function fakeClock(): Pick<PollSettings, 'now' | 'sleep'> & { t: number; sleeps: number[] } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

describe('poll', () => {
  it('waits 1 s, 2 s, 4 s, then 5 s at most, and makes a last attempt exactly at the deadline', async () => {
    const clock = fakeClock();
    const times: number[] = [];
    const outcome = await poll<never>(
      async () => {
        times.push(clock.t);
        return { done: false, missing: `nothing at ${clock.t}` };
      },
      { timeoutMs: 20_000, ...clock },
    );
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 5000, 5000, 3000]);
    expect(times).toEqual([0, 1000, 3000, 7000, 12000, 17000, 20000]);
    expect(outcome).toEqual({ missing: 'nothing at 20000', attempts: 7, elapsedMs: 20_000, waits: clock.sleeps });
  });

  it('returns as soon as an attempt is done, with its value', async () => {
    const clock = fakeClock();
    const outcome = await poll(async (n): Promise<Attempt<string>> => (n === 3 ? { done: true, value: 'here' } : { done: false, missing: 'not yet' }), {
      timeoutMs: 600_000,
      ...clock,
    });
    expect(outcome).toEqual({ value: 'here', attempts: 4, elapsedMs: 7000, waits: [1000, 2000, 4000] });
  });

  it('scales every wait but not the deadline (how tests run the real loop quickly)', async () => {
    const clock = fakeClock();
    const outcome = await poll<never>(async () => ({ done: false, missing: 'x' }), { timeoutMs: 200, scale: 0.01, ...clock });
    expect(clock.sleeps).toEqual([10, 20, 40, 50, 50, 30]);
    expect(clock.t).toBe(200);
    expect(outcome.attempts).toBe(clock.sleeps.length + 1);
  });

  it('looks once, then once more at the deadline, with a tiny timeout; honours a configured cap and growth', async () => {
    const clock = fakeClock();
    const outcome = await poll<never>(async () => ({ done: false, missing: 'x' }), { timeoutMs: 10, ...clock });
    expect(outcome.attempts).toBe(2);
    expect(clock.sleeps).toEqual([10]);
    expect([0, 1, 2, 3, 4].map((n) => backoff(n, { initialMs: 500, maxMs: 3000, factor: 3 }))).toEqual([500, 1500, 3000, 3000, 3000]);
  });

  it('stops at an attempt that throws (what waiting cannot fix), and reports progress before each wait', async () => {
    const clock = fakeClock();
    const seen: string[] = [];
    await expect(
      poll(
        async (n) => {
          if (n === 2) throw new Error('refused');
          return { done: false, missing: `try ${n}` };
        },
        { timeoutMs: 60_000, ...clock, onWait: (missing, wait, attempt) => seen.push(`${attempt}: ${missing} (${wait})`) },
      ),
    ).rejects.toThrow('refused');
    expect(seen).toEqual(['1: try 0 (1000)', '2: try 1 (2000)']);
  });
});
