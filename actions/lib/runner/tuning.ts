/**
 * The suite's tuning settings, read from the environment here and nowhere else, with one rule:
 * unset or blank means the default; anything else must be a plain decimal number in range, or
 * the run stops with an ActionError naming the variable, what it expects and its default — a
 * typo must not silently turn a test's millisecond waits into real ones, or the other way round.
 *
 * | variable | what | default |
 * | --- | --- | --- |
 * | `RELEASE_ACTIONS_RETRY_SCALE` | multiplies every wait between attempts (GitHub client back-off and rate-limit waits, registry and webhook retries, push retries, polling); `0` waits not at all | 1 |
 * | `RELEASE_ACTIONS_REQUEST_TIMEOUT_MS` | per-attempt limit of one request (GitHub API, registries, webhooks; for git over HTTP the stall limit, in whole seconds) | 60000 |
 *
 * Only the waits are scaled, never a deadline the user set (verify-release's `timeout`).
 */
import { ActionError } from './errors.js';

type Env = Readonly<Record<string, string | undefined>>;

interface Setting {
  name: string;
  what: string;
  fallback: number;
  /** Inclusive lower bound, or exclusive with `above`. */
  min: number;
  above?: boolean;
}

export const RETRY_SCALE: Setting = { name: 'RELEASE_ACTIONS_RETRY_SCALE', what: 'a number ≥ 0 that multiplies every wait between attempts', fallback: 1, min: 0 };
export const REQUEST_TIMEOUT_MS: Setting = { name: 'RELEASE_ACTIONS_REQUEST_TIMEOUT_MS', what: 'a number of milliseconds > 0, the limit of one request attempt', fallback: 60_000, min: 0, above: true };

const DECIMAL = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** The setting's value in `env`, by the one rule. */
export function readSetting(setting: Setting, env: Env = process.env): number {
  const raw = env[setting.name];
  if (raw === undefined || raw.trim() === '') return setting.fallback;
  const value = DECIMAL.test(raw) ? Number(raw) : NaN;
  const inRange = setting.above ? value > setting.min : value >= setting.min;
  if (!Number.isFinite(value) || !inRange) {
    throw new ActionError(`${setting.name} must be ${setting.what} (default ${setting.fallback}), got ${JSON.stringify(raw.slice(0, 40))}: unset it, or set a number`);
  }
  return value;
}

/** RELEASE_ACTIONS_RETRY_SCALE: the multiplier of every wait between attempts (default 1). */
export function retryScale(env: Env = process.env): number {
  return readSetting(RETRY_SCALE, env);
}

/** RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: the limit of one request attempt in ms (default 60 000). */
export function requestTimeoutMs(env: Env = process.env): number {
  return readSetting(REQUEST_TIMEOUT_MS, env);
}

/** `ms` multiplied by the retry scale, rounded: what to wait before the next attempt. */
export function scaledWait(ms: number, env: Env = process.env): number {
  return Math.round(ms * retryScale(env));
}
