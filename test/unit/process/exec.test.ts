import { describe, expect, it } from '@jest/globals';
import { ProcessError, capture, displayCommand, run, stderrTail } from '../../../actions/lib/process/exec.js';

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

describe('capture', () => {
  // the spawn happens in the call itself, before any await: the command runs while the caller goes on
  it('gives what run gives: arguments as they are, the environment, stdout; a failure with the command and stderr', async () => {
    const hostile = '$(echo pwned); `id` | cat > /tmp/x';
    const script = 'process.stdout.write(JSON.stringify([process.argv.slice(1), process.env.X_TEST]))';
    const args = ['-e', script, hostile];
    const [a, b] = await Promise.all([capture(process.execPath, args, { env: { X_TEST: 'env' } }), run(process.execPath, args, { env: { X_TEST: 'env' } })]);
    expect(a).toEqual(b);
    expect(JSON.parse(a.stdout)).toEqual([[hostile], 'env']);

    const fail = ['-e', 'process.stdout.write("partial"); console.error("what went wrong"); process.exit(3)'];
    const err = (await capture(process.execPath, fail).catch((e: unknown) => e)) as ProcessError;
    expect(err).toBeInstanceOf(ProcessError);
    expect([err.exitCode, err.stdout]).toEqual([3, 'partial']);
    expect(err.message).toMatch(/exited with 3: what went wrong/);
    expect(await capture(process.execPath, fail, { allowFailure: true })).toEqual({ exitCode: 3, stdout: 'partial', stderr: 'what went wrong\n' });
  });

  it('throws for a command that cannot start, even when failure is allowed', async () => {
    const err = (await capture('no-such-command-here', [], { allowFailure: true }).catch((e: unknown) => e)) as ProcessError;
    expect(err).toBeInstanceOf(ProcessError);
    expect(err.exitCode).toBe(127);
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
