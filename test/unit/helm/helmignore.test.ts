import { describe, expect, it } from '@jest/globals';
import { goPathMatch, goPatternToRegExp, parseHelmignore } from '../../../actions/lib/helm/helmignore.js';
import { FileError } from '../../../actions/lib/runner/errors.js';

describe('goPathMatch (Go filepath.Match on / paths)', () => {
  const table: [string, string, boolean][] = [
    ['*.txt', 'a.txt', true],
    ['*.txt', '.txt', true],
    ['*.txt', 'dir/a.txt', false], // * never crosses /
    ['*', 'a/b', false],
    ['a/*', 'a/b', true],
    ['a/*', 'a/b/c', false],
    ['a/*/c', 'a/b/c', true],
    ['?', 'a', true],
    ['?', '/', false],
    ['?at', 'cat', true],
    ['[abc]at', 'bat', true],
    ['[abc]at', 'rat', false],
    ['[^abc]at', 'rat', true],
    ['[^abc]at', 'cat', false],
    ['[a-c]*', 'cow', true],
    ['[a-c]*', 'dog', false],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['a.b', 'axb', false], // a dot is literal
    ['foo', 'foo', true],
    ['foo', 'foobar', false],
    ['.?*', '.hidden', true],
    ['.?*', '.', false],
  ];
  it.each(table)('%s against %s is %s', (pattern, name, expected) => {
    expect(goPathMatch(pattern, name)).toBe(expected);
  });

  it.each([['[abc'], ['[]'], ['[z-a]'], ['abc\\'], ['[a-]']])('refuses the malformed pattern %s', (pattern) => {
    expect(typeof goPatternToRegExp(pattern)).toBe('string');
  });
});

describe('parseHelmignore', () => {
  const rules = parseHelmignore(
    [
      '# comment',
      '',
      '  *.swp  ',
      '*.md',
      '!README.md',
      'docs/',
      '/ci/',
      'templates/*.bak',
      'secret-?.yaml',
      'build',
    ].join('\n'),
  );

  // [path, isDir, ignored]
  const table: [string, boolean, boolean][] = [
    ['Chart.yaml', false, false],
    ['values.yaml', false, false],
    ['a.swp', false, true],
    ['templates/deep/x.swp', false, true], // no slash in the pattern: the base name, at any depth
    ['NOTES.md', false, true],
    ['README.md', false, false], // re-included by !README.md
    ['charts/sub/README.md', false, false],
    ['docs', true, true],
    ['docs', false, false], // trailing slash: directories only
    ['templates/docs', true, true], // directory patterns without another slash match at any depth
    ['ci', true, true],
    ['charts/ci', true, false], // leading slash anchors to the chart root
    ['templates/a.bak', false, true],
    ['templates/sub/a.bak', false, false], // a pattern with a slash matches the whole path
    ['secret-1.yaml', false, true],
    ['secret-12.yaml', false, false],
    ['build', true, true],
    ['build', false, true],
    ['templates/.helpers.yaml', false, true], // Helm's default rule: dot files in templates/
    ['templates/_helpers.tpl', false, false],
    ['.helmignore', false, false],
    ['.', true, false],
    ['', true, false],
  ];
  it.each(table)('%s (dir: %s) ignored: %s', (path, isDir, ignored) => {
    expect(rules.ignores(path, isDir)).toBe(ignored);
  });

  it('reports negation', () => {
    expect(rules.hasNegation).toBe(true);
    expect(parseHelmignore('*.tmp').hasNegation).toBe(false);
  });

  it('lets a later rule override an earlier one (last match wins)', () => {
    const r = parseHelmignore('!keep.txt\n*.txt');
    expect(r.ignores('keep.txt', false)).toBe(true);
    const r2 = parseHelmignore('*.txt\n!keep.txt');
    expect(r2.ignores('keep.txt', false)).toBe(false);
    expect(r2.ignores('drop.txt', false)).toBe(true);
  });

  it('without a file only applies the default rule', () => {
    const r = parseHelmignore(undefined);
    expect(r.rules.map((x) => x.raw)).toEqual(['templates/.?*']);
    expect(r.ignores('templates/.x', false)).toBe(true);
    expect(r.ignores('x', false)).toBe(false);
  });

  it('refuses ** with the file and line, as Helm does', () => {
    expect(() => parseHelmignore('ok\n\n**/*.txt', 'charts/x/.helmignore')).toThrow(FileError);
    try {
      parseHelmignore('ok\n\n**/*.txt', 'charts/x/.helmignore');
    } catch (e) {
      expect((e as FileError).file).toBe('charts/x/.helmignore');
      expect((e as FileError).line).toBe(3);
      expect((e as Error).message).toContain('double-star');
    }
  });

  it('refuses a malformed pattern with its line', () => {
    expect(() => parseHelmignore('a\n[abc', 'f')).toThrow(/f:2: '\[abc': unclosed character class/);
  });
});
