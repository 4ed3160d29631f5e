import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/changelog/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/**
 * Compares `actual` with the golden file `test/fixtures/changelog/<name>` byte for byte.
 * `UPDATE_GOLDEN=1 npm test -- test/unit/changelog` rewrites the golden files instead.
 */
export function expectGolden(name: string, actual: string): void {
  const path = `${FIXTURES}${name}`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing; run with UPDATE_GOLDEN=1 to write it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
