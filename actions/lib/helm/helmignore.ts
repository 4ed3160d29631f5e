import { FileError } from '../runner/errors.js';

/**
 * `.helmignore` rules, with the pattern semantics of Helm's pkg/ignore:
 *
 * - one pattern a line; surrounding white space trimmed; blank lines and `#` comments skipped;
 * - patterns are Go `filepath.Match` globs: `*` (any run of characters except `/`), `?` (one
 *   character except `/`), `[...]` classes with `^` negation and ranges, `\` escapes;
 *   `**` is refused (Helm refuses it too) and so is a malformed pattern;
 * - a pattern without `/` is matched against the base name of the path, at any depth;
 *   a pattern with a `/` inside is matched against the whole path from the chart root;
 *   a leading `/` anchors to the chart root;
 * - a trailing `/` makes the pattern match directories only;
 * - a directory that is ignored is not descended into, so nothing below it can come back;
 * - Helm always adds `templates/.?*` (dot files in templates/ are never packaged).
 *
 * Negation (`!pattern`) is where this deliberately differs from Helm's code. Helm evaluates the
 * rules in order and, for a `!` rule, ignores every path that does NOT match it (helm/helm#3622,
 * #8688: a `.helmignore` with `*.md` and `!README.md` makes Helm ignore Chart.yaml). Here `!`
 * works as in `.gitignore`, which is what chart authors write it for: the last rule that matches
 * a path decides, and a matching `!` rule re-includes a path an earlier rule excluded.
 */
export interface HelmignoreRule {
  /** The line as written (trimmed). */
  raw: string;
  line: number;
  negate: boolean;
  dirOnly: boolean;
  /** Matched against the whole relative path (the pattern has a `/`), else against the base name. */
  anchored: boolean;
  pattern: string;
  regex: RegExp;
}

export interface HelmignoreRules {
  rules: HelmignoreRule[];
  /** The file has `!` rules, whose meaning differs from `helm package` (see above). */
  hasNegation: boolean;
  /** True when `path` (relative, `/`-separated) is ignored. Directories: pass `isDir`. */
  ignores(path: string, isDir: boolean): boolean;
}

/**
 * Go's filepath.Match pattern as an anchored RegExp, or a string saying why it is malformed.
 * (ErrBadPattern: an unclosed or empty class, a bad range, a trailing backslash.)
 */
export function goPatternToRegExp(pattern: string): RegExp | string {
  let re = '';
  const chars = Array.from(pattern);
  let i = 0;
  const escapeRe = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const escapeCls = (c: string): string => c.replace(/[\\\][^-]/g, '\\$&');
  while (i < chars.length) {
    const c = chars[i]!;
    if (c === '*') {
      re += '[^/]*';
      i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '\\') {
      if (i + 1 >= chars.length) return 'a pattern cannot end with a backslash';
      re += escapeRe(chars[i + 1]!);
      i += 2;
    } else if (c === '[') {
      i++;
      let negate = false;
      if (chars[i] === '^') {
        negate = true;
        i++;
      }
      let cls = '';
      let count = 0;
      for (;;) {
        if (i >= chars.length) return 'unclosed character class';
        if (chars[i] === ']' && count > 0) {
          i++;
          break;
        }
        let lo = chars[i]!;
        if (lo === ']' || lo === '-') return `'${lo}' where a character was expected in a class`;
        if (lo === '\\') {
          i++;
          if (i >= chars.length) return 'unclosed character class';
          lo = chars[i]!;
        }
        i++;
        let hi = lo;
        if (chars[i] === '-') {
          i++;
          if (i >= chars.length) return 'unclosed character class';
          hi = chars[i]!;
          if (hi === ']' || hi === '-') return 'incomplete range in a class';
          if (hi === '\\') {
            i++;
            if (i >= chars.length) return 'unclosed character class';
            hi = chars[i]!;
          }
          i++;
          if (hi.codePointAt(0)! < lo.codePointAt(0)!) return `bad range ${lo}-${hi}`;
        }
        cls += lo === hi ? escapeCls(lo) : `${escapeCls(lo)}-${escapeCls(hi)}`;
        count++;
      }
      re += negate ? `[^${cls}]` : `[${cls}]`;
    } else {
      re += escapeRe(c);
      i++;
    }
  }
  return new RegExp(`^${re}$`, 'su');
}

/** Go's filepath.Match on `/`-separated paths. Throws on a malformed pattern. */
export function goPathMatch(pattern: string, name: string): boolean {
  const re = goPatternToRegExp(pattern);
  if (typeof re === 'string') throw new Error(`bad pattern ${JSON.stringify(pattern)}: ${re}`);
  return re.test(name);
}

function baseName(path: string): string {
  const p = path.replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

/** Parses `.helmignore` text (Helm's default `templates/.?*` rule added). `file` names it in errors. */
export function parseHelmignore(text: string | undefined, file = '.helmignore'): HelmignoreRules {
  const rules: HelmignoreRule[] = [];
  const lines = (text ?? '').split(/\r?\n/);
  const add = (rawLine: string, line: number): void => {
    const raw = rawLine.trim();
    if (raw === '' || raw.startsWith('#')) return;
    if (raw.includes('**')) throw new FileError(file, `'${raw}': double-star (**) patterns are not supported by Helm`, line);
    let pattern = raw;
    let negate = false;
    if (pattern.startsWith('!')) {
      negate = true;
      pattern = pattern.slice(1);
    }
    let dirOnly = false;
    if (pattern.endsWith('/')) {
      dirOnly = true;
      pattern = pattern.slice(0, -1);
    }
    let anchored = pattern.includes('/');
    if (pattern.startsWith('/')) {
      pattern = pattern.slice(1);
      anchored = true;
    }
    const regex = goPatternToRegExp(pattern);
    if (typeof regex === 'string') throw new FileError(file, `'${raw}': ${regex}`, line);
    rules.push({ raw, line, negate, dirOnly, anchored, pattern, regex });
  };
  lines.forEach((l, i) => add(l, i + 1));
  add('templates/.?*', 0);
  const hasNegation = rules.some((r) => r.negate);
  return {
    rules,
    hasNegation,
    ignores(path: string, isDir: boolean): boolean {
      const p = path.replace(/^\.\//, '').replace(/\/+$/, '');
      if (p === '' || p === '.') return false;
      let ignored = false;
      for (const r of rules) {
        if (r.dirOnly && !isDir) continue;
        const subject = r.anchored ? p : baseName(p);
        if (r.regex.test(subject)) ignored = !r.negate;
      }
      return ignored;
    },
  };
}
