import { describe, expect, it } from '@jest/globals';
import { compileVersionPattern, readRegex, updateRegex } from '../../../actions/lib/version-files/regex.js';
import { fileError, fixture } from './fixtures.js';

const GO = { pattern: String.raw`^const Version = "([^"]+)"` };

describe('readRegex / updateRegex', () => {
  it('replaces only the capture group (whole file compared)', () => {
    const text = fixture('generic/version.go');
    expect(readRegex(text, GO, 'version.go').refs.map((r) => [r.line, r.value])).toEqual([[5, 'v0.4.1']]);
    expect(updateRegex(text, '0.5.0', GO, 'version.go')).toBe(fixture('generic/version.expected.go'));
  });

  it('accepts several matches that hold the same version, in either style', () => {
    const text = 'image: x:v0.4.1\nimage: y:0.4.1\n';
    expect(updateRegex(text, '0.5.0', { pattern: String.raw`^image: \w+:(\S+)$` }, 'f')).toBe('image: x:v0.5.0\nimage: y:0.5.0\n');
  });

  it('is idempotent', () => {
    const after = fixture('generic/version.expected.go');
    expect(updateRegex(after, '0.5.0', GO, 'version.go')).toBe(after);
  });

  it('refuses matches that disagree, listing the lines', () => {
    const error = fileError(() => readRegex('a=0.4.1\nb\na=0.4.0\n', { pattern: String.raw`^a=(.+)$` }, 'f.txt'));
    expect(error.message).toBe('f.txt:1: expected every match of /^a=(.+)$/ to hold the same version, found line 1: 0.4.1, line 3: 0.4.0');
  });

  it('refuses a pattern that matches nothing, unless optional', () => {
    const error = fileError(() => readRegex('nothing\n', GO, 'version.go'));
    expect(error.message).toBe('version.go: expected /^const Version = "([^"]+)"/ to match the version, it matches nothing');
    expect(readRegex('nothing\n', { ...GO, optional: true }, 'version.go').skipped).toHaveLength(1);
  });

  it('refuses a capture that is not a version, with the line', () => {
    const error = fileError(() => readRegex('x\nconst Version = "dev"\n', GO, 'version.go'));
    expect(error.line).toBe(2);
    expect(error.message).toContain('to capture a version');
  });

  it.each([
    ['(unclosed', 'expected a valid regular expression'],
    [String.raw`version: \d+\.\d+\.\d+`, 'it has 0'],
    [String.raw`(a)(b)`, 'it has 2'],
    [String.raw`(?<major>\d+)\.(\d+)`, 'it has 2'],
  ])('refuses the pattern %j', (pattern, fragment) => {
    const error = fileError(() => compileVersionPattern(pattern, 'f'));
    expect(error.message).toContain(fragment);
  });

  it('accepts non-capturing groups and lookarounds beside the one capture', () => {
    expect(compileVersionPattern(String.raw`(?:tag|version)(?<=n): (?!x)(v?\d+\.\d+\.\d+)`, 'f').flags).toBe('dgm');
  });
});
