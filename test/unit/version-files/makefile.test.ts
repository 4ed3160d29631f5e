import { describe, expect, it } from '@jest/globals';
import { ActionError } from '../../../actions/lib/runner/errors.js';
import { readMakefile, updateMakefile } from '../../../actions/lib/version-files/makefile.js';
import { fileError, fixture } from './fixtures.js';

const BOTH = { variables: ['VERSION', 'IMG_TAG'] };

describe('readMakefile', () => {
  it('finds VERSION (bare) and IMG_TAG (v-prefixed) with their lines', () => {
    const read = readMakefile(fixture('wva/Makefile'), BOTH);
    expect(read.refs.map(({ name, line, value }) => ({ name, line, value }))).toEqual([
      { name: 'VERSION', line: 2, value: '0.4.1' },
      { name: 'IMG_TAG', line: 3, value: 'v0.4.1' },
    ]);
    expect(read.skipped).toEqual([]);
  });

  it('defaults to VERSION', () => {
    expect(readMakefile(fixture('wva/Makefile')).refs.map((r) => r.name)).toEqual(['VERSION']);
  });

  it.each([
    ['VERSION ?= 0.4.1', '0.4.1'],
    ['VERSION := 0.4.1', '0.4.1'],
    ['VERSION ::= 0.4.1', '0.4.1'],
    ['VERSION = 0.4.1', '0.4.1'],
    ['VERSION=0.4.1', '0.4.1'],
    ['export VERSION ?= v0.4.1', 'v0.4.1'],
    ['override VERSION := 0.4.1   # pinned', '0.4.1'],
    ['VERSION ?= "v0.4.1"', 'v0.4.1'],
  ])('reads %j', (line, value) => {
    const [ref] = readMakefile(`# x\n${line}\n`).refs;
    expect(ref).toMatchObject({ name: 'VERSION', line: 2, value });
    expect(`# x\n${line}\n`.slice(ref!.start, ref!.end)).toBe(value);
  });

  it('skips a value computed by make', () => {
    const read = readMakefile('VERSION ?= 0.4.1\nIMG_TAG ?= v$(VERSION)\n', BOTH);
    expect(read.refs.map((r) => r.name)).toEqual(['VERSION']);
    expect(read.skipped).toEqual([{ name: 'IMG_TAG', line: 2, value: 'v$(VERSION)', reason: 'computed by make; it follows the variables it references' }]);
  });

  it('ignores recipe lines and appends', () => {
    const read = readMakefile('VERSION ?= 0.4.1\nVERSION += extra\nbuild:\n\tVERSION=0.0.1 ./build.sh\n');
    expect(read.refs.map((r) => r.line)).toEqual([1]);
  });

  it('refuses a variable defined twice, naming both lines', () => {
    const error = fileError(() => readMakefile('ifeq ($(X),1)\nVERSION ?= 0.4.1\nelse\nVERSION ?= 0.4.0\nendif\n', {}, 'Makefile'));
    expect(error.line).toBe(4);
    expect(error.message).toBe('Makefile:4: VERSION is defined twice (lines 2 and 4); expected one definition to bump');
  });

  it('refuses a configured variable that is missing', () => {
    const error = fileError(() => readMakefile('VERSION ?= 0.4.1\n', BOTH, 'Makefile'));
    expect(error.message).toBe('Makefile: expected a definition of IMG_TAG (like IMG_TAG ?= 0.4.1), found none');
  });

  it.each([
    ['IMG_TAG ?= latest', 'not a version (latest)', 'SemVer 2'],
    ['IMG_TAG ?=   # set by CI', 'empty', 'IMG_TAG is empty'],
  ])('refuses %j with the line, or skips it when optional', (line, reason, fragment) => {
    const text = `VERSION ?= 0.4.1\n${line}\n`;
    const error = fileError(() => readMakefile(text, BOTH, 'Makefile'));
    expect(error.line).toBe(2);
    expect(error.message).toContain(fragment);
    const read = readMakefile(text, { ...BOTH, optional: true });
    expect(read.skipped).toEqual([expect.objectContaining({ name: 'IMG_TAG', line: 2, reason })]);
  });

  it('skips a missing variable when optional', () => {
    expect(readMakefile('VERSION ?= 0.4.1\n', { ...BOTH, optional: true }).skipped).toEqual([{ name: 'IMG_TAG', reason: 'not defined' }]);
  });

  it('refuses a name that is not a make variable', () => {
    expect(() => readMakefile('', { variables: ['A B'] })).toThrow(ActionError);
  });
});

describe('updateMakefile', () => {
  it('moves both variables, each in its own style (whole file compared)', () => {
    expect(updateMakefile(fixture('wva/Makefile'), '0.5.0', BOTH)).toBe(fixture('wva-0.5.0/Makefile'));
  });

  it('keeps quotes, comments and CRLF', () => {
    expect(updateMakefile('VERSION ?= "0.4.1" # x\r\nA := 1\r\n', 'v0.5.0')).toBe('VERSION ?= "0.5.0" # x\r\nA := 1\r\n');
  });

  it('is idempotent', () => {
    const after = fixture('wva-0.5.0/Makefile');
    expect(updateMakefile(after, '0.5.0', BOTH)).toBe(after);
  });
});
