import { describe, expect, it, jest } from '@jest/globals';
import { InputError } from '../../../actions/lib/runner/errors.js';
import { bool, duration, int, list, oneOf, rawInput, readInputs, secret, str, withCheck } from '../../../actions/lib/runner/inputs.js';

const env = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));

describe('readInputs', () => {
  const spec = {
    version: str({ required: true }),
    mode: oneOf(['release', 'hotfix', 'backport'] as const, 'release'),
    'dry-run': bool(false),
    files: list(),
    retries: int({ default: 3, min: 0, max: 10 }),
    timeout: duration('10m'),
  };

  it('reads the runner form of each input, with defaults', () => {
    const values = readInputs(spec, env({ version: ' 0.5.0 ', files: 'a\n\n# comment\n b \n' }));
    expect(values).toEqual({ version: '0.5.0', mode: 'release', 'dry-run': false, files: ['a', 'b'], retries: 3, timeout: 600_000 });
  });

  it('forms INPUT_ names as the runner does (spaces to underscores, upper case, dashes kept)', () => {
    expect(rawInput('dry-run', { 'INPUT_DRY-RUN': 'true' })).toBe('true');
    expect(rawInput('my input', { INPUT_MY_INPUT: 'x' })).toBe('x');
  });

  it.each([
    [{}, 'version', 'required and not supplied'],
    [{ version: '1', 'dry-run': 'yes' }, 'dry-run', 'expected true or false, got "yes"'],
    [{ version: '1', mode: 'sideways' }, 'mode', 'expected one of release, hotfix, backport, got "sideways"'],
    [{ version: '1', retries: '11' }, 'retries', 'from 0 to 10'],
    [{ version: '1', retries: '2.5' }, 'retries', 'whole number'],
    [{ version: '1', timeout: '10 minutes' }, 'timeout', 'duration like'],
  ])('refuses %j naming the input', (inputs, name, fragment) => {
    let caught: unknown;
    try {
      readInputs(spec, env(inputs as Record<string, string>));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).input).toBe(name);
    expect((caught as InputError).message).toContain(`input '${name}'`);
    expect((caught as InputError).message).toContain(fragment);
  });

  it('accepts the documented boolean spellings only', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(bool(false).read('x', t)).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(bool(true).read('x', f)).toBe(false);
    for (const bad of ['yes', '1', 'on', 'tRuE']) expect(() => bool(false).read('x', bad)).toThrow(InputError);
  });

  it('parses durations', () => {
    expect(duration('1s').read('t', '1h30m')).toBe(5_400_000);
    expect(duration('1s').read('t', '250ms')).toBe(250);
  });

  it('validates list items and names the line', () => {
    const f = list({ item: (v) => (/^\w+\/\w+$/.test(v) ? undefined : `expected owner/repo, got ${v}`) });
    expect(() => f.read('dispatch-repos', 'a/b\nnot a repo')).toThrow("input 'dispatch-repos': line 2: expected owner/repo, got not a repo");
  });

  it('adds custom checks', () => {
    const f = withCheck(str(), (v) => (v.includes('..') ? 'expected a path inside the repository' : undefined));
    expect(() => f.read('path', '../x')).toThrow('expected a path inside the repository');
  });

  it('masks secrets as soon as they are read', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(secret().read('token', 'ghp_abc\nline2')).toBe('ghp_abc\nline2');
      const lines = write.mock.calls.map((c) => String(c[0]));
      expect(lines).toContain('::add-mask::ghp_abc%0Aline2\n');
      expect(lines).toContain('::add-mask::ghp_abc\n');
    } finally {
      write.mockRestore();
    }
  });
});
