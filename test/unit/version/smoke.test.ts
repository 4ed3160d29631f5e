import { describe, expect, it } from '@jest/globals';
import { x } from '../../../actions/lib/version/version.js';

describe('x', () => {
  it('works', () => {
    expect(x).toBe('1.2.3');
  });
});
