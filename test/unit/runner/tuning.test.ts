import { describe, expect, it } from '@jest/globals';
import { ActionError } from '../../../actions/lib/runner/errors.js';
import { requestTimeoutMs, retryScale, scaledWait } from '../../../actions/lib/runner/tuning.js';

describe('the tuning settings: one rule, one default each', () => {
  it('takes the default when unset or blank', () => {
    expect(retryScale({})).toBe(1);
    expect(retryScale({ RELEASE_ACTIONS_RETRY_SCALE: '  ' })).toBe(1);
    expect(requestTimeoutMs({})).toBe(60_000);
    expect(requestTimeoutMs({ RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: '' })).toBe(60_000);
  });

  it.each([
    ['0', 0],
    ['0.01', 0.01],
    ['2', 2],
    [' 1.5 ', 1.5],
    ['1e-3', 0.001],
  ])('reads a retry scale of %j', (raw, value) => {
    expect(retryScale({ RELEASE_ACTIONS_RETRY_SCALE: raw })).toBe(value);
  });

  it('reads a request timeout in ms, and scales waits (never a deadline) by the retry scale', () => {
    expect(requestTimeoutMs({ RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: '500' })).toBe(500);
    expect(scaledWait(250, { RELEASE_ACTIONS_RETRY_SCALE: '0.01' })).toBe(3);
    expect(scaledWait(250, { RELEASE_ACTIONS_RETRY_SCALE: '0' })).toBe(0);
    expect(scaledWait(250, {})).toBe(250);
  });

  it.each([
    ['RELEASE_ACTIONS_RETRY_SCALE', 'fast', /^RELEASE_ACTIONS_RETRY_SCALE must be a number ≥ 0 that multiplies every wait between attempts \(default 1\), got "fast": unset it, or set a number$/],
    ['RELEASE_ACTIONS_RETRY_SCALE', '-1', /must be a number ≥ 0/],
    ['RELEASE_ACTIONS_RETRY_SCALE', '0x10', /got "0x10"/],
    ['RELEASE_ACTIONS_RETRY_SCALE', 'Infinity', /got "Infinity"/],
    ['RELEASE_ACTIONS_REQUEST_TIMEOUT_MS', '0', /^RELEASE_ACTIONS_REQUEST_TIMEOUT_MS must be a number of milliseconds > 0, the limit of one request attempt \(default 60000\), got "0"/],
    ['RELEASE_ACTIONS_REQUEST_TIMEOUT_MS', '30s', /got "30s"/],
  ])('refuses %s=%j, naming it, what it expects and the default', (name, raw, message) => {
    const read = name === 'RELEASE_ACTIONS_RETRY_SCALE' ? retryScale : requestTimeoutMs;
    expect(() => read({ [name]: raw })).toThrow(ActionError);
    expect(() => read({ [name]: raw })).toThrow(message);
  });
});
