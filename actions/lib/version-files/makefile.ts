import { ActionError, FileError } from '../runner/errors.js';
import { versionProblem } from '../semver/version.js';
import { applyRefs, checkNext, escapeRegExp, LineIndex, RegexCache } from './text.js';
import type { ReadResult, SkippedRef, VersionRef } from './types.js';

/**
 * Makefile variables that hold the version: `VAR ?= v`, `VAR := v`, `VAR ::= v`,
 * `VAR = v`, `VAR != …`, optionally after `export` / `override`, a trailing
 * `# comment` allowed and the value optionally quoted. The prefix style of each
 * value is kept (`IMG_TAG ?= v0.4.1` → `v0.5.0`).
 *
 * - A variable defined twice (also in `ifeq`/`else` branches) is ambiguous: refused, naming both lines.
 * - A value computed by make (`v$(VERSION)`, `$(shell git describe)`) follows what it
 *   references: it is skipped, never refused.
 * - Recipe lines (starting with a tab) are shell, not definitions, and `+=` appends: both ignored.
 * - A configured variable that is missing, empty or not a version is refused, unless `optional`.
 */

export const DEFAULT_VARIABLES = ['VERSION'] as const;

export interface MakefileOptions {
  /** The variables that hold the version (default `VERSION`). */
  variables?: readonly string[];
  /** A missing variable, or one whose value is not a version, is skipped instead of refused. */
  optional?: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const cache = new RegexCache();

function definitionPattern(names: readonly string[]): RegExp {
  return cache.get(names.join('\0'), () => {
    const alternation = names.map(escapeRegExp).join('|');
    // 1: variable, 2: operator, 3: value (up to a comment, trailing blanks trimmed).
    return new RegExp(
      String.raw`^ *(?:(?:export|override|private)[ \t]+)*(${alternation})[ \t]*(\?=|:::=|::=|:=|!=|=)[ \t]*([^#\r\n]*?)[ \t]*(?:#[^\r\n]*)?$`,
      'gmd',
    );
  });
}

export function readMakefile(text: string, options: MakefileOptions = {}, path = 'Makefile'): ReadResult {
  const names = options.variables && options.variables.length > 0 ? [...options.variables] : [...DEFAULT_VARIABLES];
  for (const name of names) {
    if (!NAME.test(name)) throw new ActionError(`${path}: ${JSON.stringify(name)} is not a make variable name`);
  }
  const lines = new LineIndex(text);
  const seen = new Map<string, number>();
  const refs: VersionRef[] = [];
  const skipped: SkippedRef[] = [];

  for (const m of text.matchAll(definitionPattern(names))) {
    const name = m[1] as string;
    const operator = m[2] as string;
    const [valueStart, valueEnd] = m.indices?.[3] as [number, number];
    const line = lines.lineOf(valueStart);
    const earlier = seen.get(name);
    if (earlier) {
      throw new FileError(path, `${name} is defined twice (lines ${earlier} and ${line}); expected one definition to bump`, line);
    }
    seen.set(name, line);

    let value = m[3] as string;
    let start = valueStart;
    let end = valueEnd;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2] as string;
      start += 1;
      end -= 1;
    }
    if (operator === '!=' || value.includes('$')) {
      skipped.push({ name, line, value, reason: 'computed by make; it follows the variables it references' });
      continue;
    }
    const problem = value === '' ? `${name} is empty; expected a version like 0.4.1 or v0.4.1` : versionProblem(value);
    if (problem) {
      if (options.optional) {
        skipped.push({ name, line, value, reason: value === '' ? 'empty' : `not a version (${value})` });
        continue;
      }
      throw new FileError(path, `expected ${name} to hold a version: ${problem}`, line);
    }
    refs.push({ name, line, value, start, end });
  }

  for (const name of names) {
    if (seen.has(name)) continue;
    if (options.optional) skipped.push({ name, reason: 'not defined' });
    else throw new FileError(path, `expected a definition of ${name} (like ${name} ?= 0.4.1), found none`);
  }
  return { refs, skipped };
}

/** The Makefile with the configured variables moved to `next`, each in its own `v` style. */
export function updateMakefile(text: string, next: string, options: MakefileOptions = {}, path = 'Makefile'): string {
  return applyRefs(text, readMakefile(text, options, path).refs, checkNext(next)).text;
}
