import { FileError } from '../runner/errors.js';
import { stripV, versionProblem } from '../semver/version.js';
import { applyRefs, checkNext, LineIndex, RegexCache } from './text.js';
import type { ReadResult, VersionRef } from './types.js';

/**
 * Any file, with a user's regular expression whose one capture group is the
 * version. The expression runs with the `m` flag (so `^` and `$` are line anchors)
 * over the whole text. Only the captured text is replaced, in its own `v` style.
 *
 * Refused: an expression that does not compile or has other than one capture group,
 * no match (unless `optional`), a capture that is not a version, and several matches
 * that do not all hold the same version (the lines are listed).
 */

export interface RegexOptions {
  pattern: string;
  /** No match is skipped instead of refused. */
  optional?: boolean;
}

const cache = new RegexCache();

/** Compiles `pattern` with the flags `gmd`, or throws a FileError that says what is wrong with it. */
export function compileVersionPattern(pattern: string, path: string): RegExp {
  return cache.get(pattern, () => {
    let re: RegExp;
    let groups: number;
    try {
      re = new RegExp(pattern, 'gmd');
      groups = (new RegExp(`(?:${pattern})|`).exec('') as RegExpExecArray).length - 1;
    } catch (error) {
      throw new FileError(path, `expected a valid regular expression, got /${pattern}/: ${(error as Error).message}`);
    }
    if (groups !== 1) {
      throw new FileError(path, `expected /${pattern}/ to have exactly one capture group (the version), it has ${groups}; use (?:…) for the others`);
    }
    return re;
  });
}

export function readRegex(text: string, options: RegexOptions, path: string): ReadResult {
  const re = compileVersionPattern(options.pattern, path);
  const lines = new LineIndex(text);
  const refs: VersionRef[] = [];
  for (const m of text.matchAll(re)) {
    const span = m.indices?.[1];
    const value = m[1];
    const line = lines.lineOf(span?.[0] ?? m.index);
    if (!span || value === undefined || value === '') {
      throw new FileError(path, `expected /${options.pattern}/ to capture the version, its group is empty in ${JSON.stringify(m[0])}`, line);
    }
    const problem = versionProblem(value);
    if (problem) throw new FileError(path, `expected /${options.pattern}/ to capture a version: ${problem}`, line);
    refs.push({ name: 'pattern', line, value, start: span[0], end: span[1] });
  }
  if (refs.length === 0) {
    if (options.optional) return { refs, skipped: [{ name: 'pattern', reason: `/${options.pattern}/ matches nothing` }] };
    throw new FileError(path, `expected /${options.pattern}/ to match the version, it matches nothing`);
  }
  const values = new Set(refs.map((r) => stripV(r.value)));
  if (values.size > 1) {
    const listed = refs.map((r) => `line ${r.line}: ${r.value}`).join(', ');
    throw new FileError(path, `expected every match of /${options.pattern}/ to hold the same version, found ${listed}`, refs[0]?.line);
  }
  return { refs, skipped: [] };
}

/** The file with every match of the pattern moved to `next`. */
export function updateRegex(text: string, next: string, options: RegexOptions, path: string): string {
  return applyRefs(text, readRegex(text, options, path).refs, checkNext(next)).text;
}
