import { describe, expect, it } from '@jest/globals';
import { ProcessError, displayCommand, run, stderrTail } from '../../../actions/lib/process/exec.js';

describe('run', () => {
  it('passes arguments as they are, with no shell in between', async () => {
    const hostile = '$(echo pwned); `id` | cat > /tmp/x';
    const r = await run(process.execPath, ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', hostile]);
    expect(JSON.parse(r.stdout)).toEqual([hostile]);
  });

  it('feeds standard input and the environment', async () => {
    const r = await run(process.execPath, ['-e', 'process.stdin.pipe(process.stdout); process.stdout.write(process.env.X_TEST ?? "")'], {
      input: 'from stdin ',
      env: { X_TEST: 'from env' },
    });
    expect(r.stdout).toContain('from stdin');
    expect(r.stdout).toContain('from env');
  });

  it('throws an error that carries the command and the tail of stderr', async () => {
    const err = await run(process.execPath, ['-e', 'console.error("line1\\nwhat went wrong"); process.exit(3)']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProcessError);
    const pe = err as ProcessError;
    expect(pe.exitCode).toBe(3);
    expect(pe.message).toContain('exited with 3');
    expect(pe.message).toContain('what went wrong');
    expect(pe.command).toContain(process.execPath);
  });

  it('returns the result when failure is allowed', async () => {
    const r = await run(process.execPath, ['-e', 'process.exit(2)'], { allowFailure: true });
    expect(r.exitCode).toBe(2);
  });
});

describe('helpers', () => {
  it('quotes arguments for display only', () => {
    expect(displayCommand('git', ['tag', '-m', 'Release v1', '--', 'v1.0.0'])).toBe('git tag -m "Release v1" -- v1.0.0');
  });

  it('keeps only the tail of long output', () => {
    const text = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    expect(stderrTail(text, 2)).toBe('l18\nl19');
  });
});
