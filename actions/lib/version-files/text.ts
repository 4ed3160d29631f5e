import { ActionError, FileError } from '../runner/errors.js';
import { inStyleOf, stripV, versionProblem } from '../semver/version.js';
import type { VersionChange, VersionRef } from './types.js';

/**
 * What may not follow a version for it to be that version: more digits or letters
 * (`0.4.10`, `0.4.1a`), a prerelease or build suffix (`0.4.1-rc.1`, `0.4.1+b`), or a
 * fourth number (`0.4.1.5`). A sentence period or a `.tgz` may.
 */
export const VERSION_END = String.raw`(?![0-9A-Za-z_+-]|\.\d)`;

/** What may not come before a version: a letter, digit or dot (`10.4.1` is not `0.4.1`). */
export const VERSION_START = String.raw`(?<![0-9A-Za-z_.])`;

/** A version-looking token inside prose or code: `v?X.Y.Z[-pre]`. */
export const VERSION_TOKEN = String.raw`v?\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?${VERSION_END}`;

/** Line lookup for offsets: built once per text, then a binary search per lookup. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The 1-based line of `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Throws an ActionError unless `next` is a version the suite accepts; returns it without `v`. */
export function checkNext(next: string): string {
  const problem = versionProblem(next);
  if (problem) throw new ActionError(`new version: ${problem}`);
  return stripV(next);
}

/** The text that replaces `ref` for the new version `next`. */
export function replacementFor(ref: VersionRef, next: string): string {
  if (ref.style === 'bare') return stripV(next);
  if (ref.style === 'prefixed') return `v${stripV(next)}`;
  return inStyleOf(next, ref.value);
}

/** Two references on the same span are one reference; overlapping different spans are a bug in a reader. */
function ordered(refs: readonly VersionRef[], path: string | undefined): VersionRef[] {
  const sorted = [...refs].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: VersionRef[] = [];
  for (const ref of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === ref.start && last.end === ref.end) continue;
    if (last && ref.start < last.end) {
      const message = `expected one version reference per place, found overlapping ones at line ${ref.line} (${last.name} and ${ref.name})`;
      throw path ? new FileError(path, message, ref.line) : new ActionError(message);
    }
    out.push(ref);
  }
  return out;
}

/** Rewrites exactly the spans of `refs`; every other byte of `text` is kept. */
export function applyRefs(
  text: string,
  refs: readonly VersionRef[],
  next: string,
  path?: string,
): { text: string; changes: VersionChange[] } {
  const parts: string[] = [];
  const changes: VersionChange[] = [];
  let at = 0;
  for (const ref of ordered(refs, path)) {
    const replacement = replacementFor(ref, next);
    parts.push(text.slice(at, ref.start), replacement);
    at = ref.end;
    if (replacement !== ref.value) changes.push({ line: ref.line, name: ref.name, old: ref.value, new: replacement });
  }
  parts.push(text.slice(at));
  return { text: changes.length === 0 ? text : parts.join(''), changes };
}

/** A bounded memo for compiled regular expressions, keyed by their inputs. */
export class RegexCache {
  private readonly map = new Map<string, RegExp>();

  constructor(private readonly limit = 256) {}

  get(key: string, build: () => RegExp): RegExp {
    let re = this.map.get(key);
    if (!re) {
      if (this.map.size >= this.limit) this.map.clear();
      re = build();
      this.map.set(key, re);
    }
    re.lastIndex = 0;
    return re;
  }
}
