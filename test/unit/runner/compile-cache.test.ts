import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { COMPILE_CACHE_DIR, enableCompileCache } from '../../../actions/lib/runner/compile-cache.js';

describe('enableCompileCache', () => {
  it('puts the cache under RUNNER_TEMP, where the runner empties it before every job', () => {
    const calls: (string | undefined)[] = [];
    expect(enableCompileCache({ RUNNER_TEMP: '/runner/_temp' }, (dir) => calls.push(dir))).toBe(true);
    expect(calls).toEqual([join('/runner/_temp', COMPILE_CACHE_DIR)]);
  });

  it('does nothing without RUNNER_TEMP, or on a Node without the cache', () => {
    const calls: (string | undefined)[] = [];
    expect(enableCompileCache({}, (dir) => calls.push(dir))).toBe(false);
    expect(enableCompileCache({ RUNNER_TEMP: '' }, (dir) => calls.push(dir))).toBe(false);
    expect(enableCompileCache({ RUNNER_TEMP: '/runner/_temp' }, undefined)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('never fails the step when Node cannot enable it', () => {
    expect(
      enableCompileCache({ RUNNER_TEMP: '/runner/_temp' }, () => {
        throw new Error('EACCES');
      }),
    ).toBe(false);
  });
});
