import { describe, expect, it } from '@jest/globals';
import { readJsonKey, readYamlKey, updateJsonKey, updateYamlKey } from '../../../actions/lib/version-files/keypath.js';
import { fileError, fixture } from './fixtures.js';

describe('JSON by key path', () => {
  it('replaces only the value text (whole file compared)', () => {
    const text = fixture('generic/version.json');
    expect(readJsonKey(text, { key: 'version' }, 'version.json').refs.map((r) => [r.line, r.value])).toEqual([[3, '0.4.1']]);
    expect(updateJsonKey(text, '0.5.0', { key: 'version' }, 'version.json')).toBe(fixture('generic/version.expected.json'));
  });

  it('reaches into lists by index and keeps the v style', () => {
    const text = fixture('generic/version.json');
    const out = updateJsonKey(text, '0.5.0', { key: 'nested.images.0.newTag' }, 'version.json');
    expect(out).toBe(text.replace('"newTag": "v0.4.1"', '"newTag": "v0.5.0"'));
  });

  it('matches every item with *', () => {
    const read = readJsonKey('{"a":[{"v":"1.0.0"},{"v":"v1.0.0"}]}', { key: 'a.*.v' }, 'f.json');
    expect(read.refs.map((r) => [r.name, r.value])).toEqual([
      ['a.0.v', '1.0.0'],
      ['a.1.v', 'v1.0.0'],
    ]);
  });

  it('is idempotent', () => {
    const after = fixture('generic/version.expected.json');
    expect(updateJsonKey(after, '0.5.0', { key: 'version' }, 'version.json')).toBe(after);
  });

  it.each([
    ['invalid JSON', '{\n  "version": "0.4.1",\n}\n', 'version', 3, 'expected valid JSON'],
    ['a number', '{\n  "version": 1.2\n}', 'version', 2, 'got 1.2'],
    ['a non-version string', '{"version": "latest"}', 'version', 1, 'expected version to hold a version'],
    ['escapes', '{"version": "0.4\\u002e1"}', 'version', 1, 'without escapes'],
    ['a duplicate key', '{\n"version": "0.4.1",\n"version": "0.4.2"}', 'version', 3, 'found it on lines 2 and 3'],
    ['a raw control character', '{"version": "0.4.1\t"}', 'version', 1, 'valid escapes'],
  ])('refuses %s, naming the line', (_what, text, key, line, fragment) => {
    const error = fileError(() => readJsonKey(text, { key }, 'f.json'));
    expect(error.line).toBe(line);
    expect(error.message).toContain(fragment);
  });

  it('refuses a missing key unless optional', () => {
    expect(fileError(() => readJsonKey('{}', { key: 'spec.version' }, 'f.json')).message).toBe('f.json: expected a value at spec.version, found no such key');
    expect(readJsonKey('{}', { key: 'spec.version', optional: true }, 'f.json').skipped).toEqual([{ name: 'spec.version', reason: 'no such key' }]);
  });

  it('refuses a malformed key path', () => {
    expect(fileError(() => readJsonKey('{}', { key: 'a..b' }, 'f.json')).message).toContain('expected a key path');
  });
});

describe('YAML by key path', () => {
  it('replaces only the value text of a kustomization (whole file compared)', () => {
    const text = fixture('generic/kustomization.yaml');
    const options = { key: 'images.0.newTag' };
    expect(readYamlKey(text, options, 'k.yaml').refs.map((r) => [r.line, r.value])).toEqual([[10, 'v0.4.1']]);
    expect(updateYamlKey(text, '0.5.0', options, 'k.yaml')).toBe(fixture('generic/kustomization.expected.yaml'));
    expect(updateYamlKey(fixture('generic/kustomization.expected.yaml'), '0.5.0', options, 'k.yaml')).toBe(fixture('generic/kustomization.expected.yaml'));
  });

  it('refuses a value that is not a version, with the line', () => {
    const error = fileError(() => readYamlKey('spec:\n  version: main\n', { key: 'spec.version' }, 'cr.yaml'));
    expect(error.message).toBe('cr.yaml:2: expected spec.version to hold a version: expected a SemVer 2 version X.Y.Z (optionally v-prefixed, with a -prerelease), got "main"');
  });

  it('refuses an empty value', () => {
    expect(fileError(() => readYamlKey('spec:\n  version:\n', { key: 'spec.version' }, 'cr.yaml')).line).toBe(2);
  });
});
