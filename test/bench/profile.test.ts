/**
 * bench/lib/profile.mjs reads V8 CPU profiles for `node bench/profile.mjs`: checked on a profile
 * small enough to add up by hand, then on a real one made here with `node --cpu-prof`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs module of the bench, without types
import { phases, summarize } from '../../bench/lib/profile.mjs';
import { tempDir } from '../support/tmp.js';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0, columnNumber: 0, scriptId: '0' });

// root → main → result → pullRequestRecords; main → (garbage collector)
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5] },
    { id: 2, callFrame: frame('main', 'file:///x/dist/changelog/index.js'), children: [3, 6] },
    { id: 3, callFrame: frame('result', 'file:///x/dist/changelog/934.index.js'), children: [4] },
    { id: 4, callFrame: frame('pullRequestRecords', 'file:///x/dist/changelog/934.index.js'), children: [] },
    { id: 5, callFrame: frame('(garbage collector)'), children: [] },
    { id: 6, callFrame: frame('renderNotes', 'file:///x/dist/changelog/934.index.js'), children: [] },
  ],
  samples: [4, 4, 3, 5, 6, 2],
  timeDeltas: [1000, 1000, 2000, 3000, 4000, 1000],
};

let tmp: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('ra-bench-profile-');
});
afterAll(async () => {
  await tmp.cleanup();
});

describe('bench/lib/profile.mjs', () => {
  it('adds self time by chunk and by function, and time on the stack by phase', () => {
    const text = summarize(profile) as string;
    expect(text).toContain('total 12.0 ms sampled');
    expect(text).toMatch(/^ +8\.0 ms +66\.7 % +934\.index\.js$/m);
    expect(text).toMatch(/^ +3\.0 ms +25\.0 % +\(native\)$/m);
    expect(text).toMatch(/^ +2\.0 ms +16\.7 % +pullRequestRecords 934\.index\.js:1$/m);
    const byPhase = phases(profile, 'changelog') as string;
    expect(byPhase).toMatch(/^ +4\.0 ms +33\.3 % +result$/m);
    expect(byPhase).toMatch(/^ +2\.0 ms +16\.7 % +pullRequestRecords$/m);
    expect(byPhase).toMatch(/^ +4\.0 ms +33\.3 % +renderNotes$/m);
  });

  it('reads a real profile of node: the function that spins is on top', () => {
    const script = join(tmp.path, 'spin.js');
    writeFileSync(script, 'function spinHere() { let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i) % 1000003; return x; }\nspinHere();\n');
    const dir = join(tmp.path, 'prof');
    execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, script]);
    const real = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8'));
    const fns = (summarize(real) as string).split('-- self time by function\n')[1]!;
    expect(fns.split('\n')[0]).toMatch(/spinHere spin\.js:1$/);
  });
});
