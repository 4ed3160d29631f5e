import { describe, expect, it } from '@jest/globals';
import { FileError } from '../../../actions/lib/runner/errors.js';
import { parseReleaseConfig, sectionForTitle } from '../../../actions/lib/changelog/index.js';

describe('parseReleaseConfig', () => {
  it('a file without changelog has no categories', () => {
    expect(parseReleaseConfig('other: 1\n')).toEqual({ categories: [], excludeLabels: [], excludeAuthors: [] });
    expect(parseReleaseConfig('')).toEqual({ categories: [], excludeLabels: [], excludeAuthors: [] });
  });

  it('accepts a single label as a string', () => {
    const c = parseReleaseConfig('changelog:\n  categories:\n    - title: Fixed\n      labels: bug\n');
    expect(c.categories).toEqual([{ title: 'Fixed', labels: ['bug'], excludeLabels: [], excludeAuthors: [], section: 'Fixed', breaking: false }]);
  });

  it.each([
    ['invalid YAML', 'changelog:\n  categories: [\n    - title: x\n', 'not valid YAML', undefined],
    ['a top level that is not a mapping', '- a\n- b\n', 'expected a mapping at the top level', 1],
    ['changelog that is not a mapping', 'changelog: [1]\n', "'changelog' to be a mapping", 1],
    ['categories that are not a list', 'changelog:\n  categories: {}\n', "'changelog.categories' to be a list", 2],
    ['a category without a title', 'changelog:\n  categories:\n    - title: A\n      labels: [a]\n    - labels: [b]\n', 'category 2 has no \'title\'', 5],
    ['a category without labels', 'changelog:\n  categories:\n    - title: A\n', "category 'A' has no 'labels'", 3],
    ['a category that is a string', 'changelog:\n  categories:\n    - just text\n', 'category 1 to be a mapping', 3],
    ['exclude that is a list', 'changelog:\n  exclude: [a]\n', "'changelog.exclude' to be a mapping", 2],
  ])('refuses %s with the line', (_name, text, message, line) => {
    let error: unknown;
    try {
      parseReleaseConfig(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toContain(message);
    expect((error as FileError).message.startsWith('.github/release.yml')).toBe(true);
    if (line !== undefined) expect((error as FileError).line).toBe(line);
    else expect((error as FileError).line).toBeGreaterThan(0);
  });
});

describe('sectionForTitle', () => {
  it.each([
    ['Added', 'Added', false],
    ['🎉 New Features', 'Added', false],
    ['Enhancements', 'Added', false],
    ['Bug Fixes 🐛', 'Fixed', false],
    ['Security', 'Security', false],
    ['Vulnerability fixes', 'Security', false],
    ['Deprecations', 'Deprecated', false],
    ['Removed', 'Removed', false],
    ['Dropped support', 'Removed', false],
    ['Docs', 'Documentation', false],
    ['Breaking Changes 🛠', 'Changed', true],
    ['Other Changes', 'Changed', false],
    ['Dependencies', 'Changed', false],
  ])('%j → %s', (title, section, breaking) => {
    expect(sectionForTitle(title)).toEqual({ section, breaking });
  });
});
