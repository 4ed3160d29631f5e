/**
 * Polling for artifacts that are published with a delay (registries, GitHub Pages,
 * release uploads): exponential backoff with a cap, bounded by a deadline, and the
 * last thing that was still missing when the deadline passed.
 *
 * The cap keeps the time between an artifact appearing and the check passing small
 * (at most `maxMs` plus one attempt). Every wait is multiplied by `scale`
 * (RELEASE_ACTIONS_RETRY_SCALE), so tests run the real polling in milliseconds; the
 * deadline itself is never scaled.
 */

export interface PollSettings {
  /** Total time allowed, from the start of polling. */
  timeoutMs: number;
  /** First wait; default 1 s. */
  initialMs?: number;
  /** Longest wait; default 5 s. */
  maxMs?: number;
  /** Growth of the wait per attempt; default 2. */
  factor?: number;
  /** Multiplies every wait (not the deadline); default 1. */
  scale?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called before each wait with what is still missing. */
  onWait?: (missing: string, waitMs: number, attempt: number) => void;
}

/** One look: done with a value, or not yet, saying what is missing. */
export type Attempt<T> = { done: true; value: T } | { done: false; missing: string };

export interface PollOutcome<T> {
  /** Set when an attempt was done before the deadline. */
  value?: T;
  /** What the last attempt still missed, when the deadline passed first. */
  missing?: string;
  attempts: number;
  elapsedMs: number;
  /** The waits made, in order (milliseconds, after scaling and the deadline clamp). */
  waits: number[];
}

export const DEFAULT_INITIAL_MS = 1000;
export const DEFAULT_MAX_MS = 5000;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before attempt `n + 1` (n counted from 0), before scaling: initial × factor^n, capped. */
export function backoff(n: number, settings: Pick<PollSettings, 'initialMs' | 'maxMs' | 'factor'> = {}): number {
  const initial = settings.initialMs ?? DEFAULT_INITIAL_MS;
  const max = settings.maxMs ?? DEFAULT_MAX_MS;
  const factor = settings.factor ?? 2;
  return Math.min(max, initial * factor ** n);
}

/**
 * Calls `attempt` until it is done or the deadline passes. There is always a first
 * attempt, and always a last one at the deadline (the wait before it is shortened),
 * so a short timeout still looks twice. An attempt that throws ends the polling:
 * throwing is for what waiting cannot fix.
 */
export async function poll<T>(attempt: (n: number) => Promise<Attempt<T>>, settings: PollSettings): Promise<PollOutcome<T>> {
  const now = settings.now ?? Date.now;
  const sleep = settings.sleep ?? realSleep;
  const scale = settings.scale ?? 1;
  const start = now();
  const deadline = start + Math.max(0, settings.timeoutMs);
  const waits: number[] = [];
  for (let n = 0; ; n++) {
    const result = await attempt(n);
    if (result.done) return { value: result.value, attempts: n + 1, elapsedMs: now() - start, waits };
    const left = deadline - now();
    if (left <= 0) return { missing: result.missing, attempts: n + 1, elapsedMs: now() - start, waits };
    const wait = Math.max(0, Math.min(backoff(n, settings) * scale, left));
    waits.push(wait);
    settings.onWait?.(result.missing, wait, n + 1);
    await sleep(wait);
  }
}

/** `90 s`, `10 min`, `1.5 s`: for messages. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${Math.round(ms / 100) / 10} s`;
  const min = ms / 60_000;
  return `${Math.round(min * 10) / 10} min`;
}
