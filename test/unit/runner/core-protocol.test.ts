/**
 * The suite writes the runner's protocol itself (actions/lib/runner/core.ts) instead of
 * loading @actions/core; this holds it to @actions/core's bytes for every call it makes.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as toolkit from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mask } from '../../../actions/lib/runner/commands.js';
import { appendSummary, setOutputs, stepLog } from '../../../actions/lib/runner/core.js';

let dir: string;
let written: string[];
const realWrite = process.stdout.write.bind(process.stdout);
const saved = { out: process.env['GITHUB_OUTPUT'], summary: process.env['GITHUB_STEP_SUMMARY'] };

function files(): { output: string; summary: string } {
  return { output: join(dir, 'output'), summary: join(dir, 'summary') };
}

/** What a call leaves on stdout and in the command files; random delimiters made comparable. */
async function effect(call: () => unknown): Promise<{ stdout: string; output: string; summary: string }> {
  const f = files();
  writeFileSync(f.output, '');
  writeFileSync(f.summary, '');
  written = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    await call();
  } finally {
    process.stdout.write = realWrite;
  }
  const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID');
  return { stdout: written.join(''), output: norm(readFileSync(f.output, 'utf8')), summary: readFileSync(f.summary, 'utf8') };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'core-protocol-'));
  process.env['GITHUB_OUTPUT'] = files().output;
  process.env['GITHUB_STEP_SUMMARY'] = files().summary;
});

afterEach(() => {
  for (const [k, v] of [['GITHUB_OUTPUT', saved.out], ['GITHUB_STEP_SUMMARY', saved.summary]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(dir, { recursive: true, force: true });
});

const AWKWARD = ['plain', '50% done', 'two\nlines', 'crlf\r\nend', 'a:b,c', 'ünïcödé ✓', '::error::forged', 'ghadelimiter_x', ''];

describe('outputs', () => {
  it('writes every output as @actions/core does, values of every shape', async () => {
    const outputs = { text: 'v1.2.3', multi: 'a\nb\n', json: { n: 1, list: ['x'] }, number: 3, yes: true, empty: '', awkward: AWKWARD.join('|') };
    const ours = await effect(() => setOutputs(outputs));
    const theirs = await effect(() => {
      for (const [k, v] of Object.entries(outputs)) toolkit.setOutput(k, v);
    });
    expect(ours.output).toBe(theirs.output);
    expect(ours.output).toContain('multi<<ghadelimiter_UUID\na\nb\n\nghadelimiter_UUID\n');
    expect(ours.stdout).toBe('');
  });

  it('falls back to the stdout command without GITHUB_OUTPUT, as @actions/core does', async () => {
    const outputs = { version: '1.2.3', note: 'line\nnext 100%' };
    delete process.env['GITHUB_OUTPUT'];
    const ours = await effect(() => setOutputs(outputs));
    const theirs = await effect(() => {
      for (const [k, v] of Object.entries(outputs)) toolkit.setOutput(k, v);
    });
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stdout).toContain('::set-output name=note::line%0Anext 100%25');
  });

  it('leaves out undefined outputs and writes nothing for none', async () => {
    const ours = await effect(() => setOutputs({ gone: undefined }));
    expect(ours).toEqual({ stdout: '', output: '', summary: '' });
  });
});

describe('job summary', () => {
  it('appends markdown with a newline, as summary.addRaw(text, true).write() does', async () => {
    const md = '## Release\n\n| a |\n| --- |\n| 1 |\n';
    const ours = await effect(async () => {
      await appendSummary(md);
      await appendSummary('second');
    });
    const theirs = await effect(async () => {
      await toolkit.summary.addRaw(md, true).write();
      await toolkit.summary.addRaw('second', true).write();
    });
    expect(ours.summary).toBe(theirs.summary);
    expect(ours.summary).toBe(`${md}\nsecond\n`);
  });
});

describe('log and annotations', () => {
  it('writes info, debug, warning, notice and error lines byte for byte as @actions/core', async () => {
    for (const message of AWKWARD) {
      const places = [undefined, { title: 'bump-version', file: 'charts/a,b:c/Chart.yaml', line: 4, col: 2 }, { file: 'README.md' }, { title: 't', line: 0 }];
      for (const where of places) {
        const props = where && { title: where.title, file: where.file, startLine: where.line, startColumn: where.col };
        const ours = await effect(() => {
          const log = stepLog();
          log.info(message);
          log.debug(message);
          log.warning(message, where);
          log.notice(message, where);
          log.error(message, where);
        });
        const theirs = await effect(() => {
          toolkit.info(message);
          toolkit.debug(message);
          toolkit.warning(message, props ?? {});
          toolkit.notice(message, props ?? {});
          toolkit.error(message, props ?? {});
        });
        expect({ message, where, out: ours.stdout }).toEqual({ message, where, out: theirs.stdout });
      }
    }
  });

  it('folds a group and closes it when the work throws', async () => {
    const work = (fail: boolean) => async () => {
      process.stdout.write('inside\n');
      if (fail) throw new Error('boom');
      return 7;
    };
    for (const fail of [false, true]) {
      const ours = await effect(() => stepLog().group('Build: x%y', work(fail)).catch((e: Error) => e.message));
      const theirs = await effect(() => toolkit.group('Build: x%y', work(fail)).catch((e: Error) => e.message));
      expect(ours.stdout).toBe(theirs.stdout);
      expect(ours.stdout).toBe('::group::Build: x%25y\ninside\n::endgroup::\n');
    }
  });

  it('masks a secret as setSecret does', async () => {
    for (const secret of ['ghs_abc%def', 'x:y,z']) {
      const ours = await effect(() => mask(secret));
      const theirs = await effect(() => toolkit.setSecret(secret));
      expect(ours.stdout).toBe(theirs.stdout);
    }
  });
});
