import { FileError } from '../runner/errors.js';
import { stripV } from '../semver/version.js';
import { applyRefs, checkNext, escapeRegExp, LineIndex, RegexCache, VERSION_END, VERSION_START, VERSION_TOKEN } from './text.js';
import type { ReadResult, SkippedRef, VersionRef } from './types.js';

/**
 * README.md and other docs. Never a global replace: the current version is
 * replaced only in contexts that are known to be about this release.
 *
 * - `helm … --version X` (or `--version=X`, quoted or not), only when the command —
 *   its continuation lines (`\`) included — names one of `charts` (chart name or repo
 *   alias, as a whole word). A `--version` of another chart is not ours and is ignored.
 *   Without any chart name, no helm line is touched.
 * - `<image>:X` for each configured image, written in full (`ghcr.io/org/name:v0.4.1`).
 *   A tag pinned with `@sha256:` is skipped: changing the tag would break the pin.
 * - `uses: owner/repo@X` lines, when X is the current version.
 * - Every occurrence of the current version, in either style, between
 *   `<!-- release-actions:version -->` and `<!-- /release-actions:version -->`.
 *
 * Helm examples of our chart and our images' tags are ours whatever version they hold
 * (a stale example moves to the release, as the rest does); other versions in `uses:`
 * lines and in marker blocks are someone else's and are ignored. A docs file with no
 * reference is refused unless `optional`.
 */

export const MARKER_OPEN = '<!-- release-actions:version -->';
export const MARKER_CLOSE = '<!-- /release-actions:version -->';

export interface DocsOptions {
  /** The current version of the release, either style. */
  current: string;
  /** Image names whose `<image>:<tag>` references are ours. */
  images?: readonly string[];
  /** Chart names or repo aliases that make a `helm … --version` command ours. */
  charts?: readonly string[];
  /** No reference to the current version is skipped instead of refused. */
  optional?: boolean;
}

const HELM_VERSION = new RegExp(String.raw`(?<![\w-])--version(?:=|[ \t]+)(["']?)(${VERSION_TOKEN})\1`, 'gd');
const USES = new RegExp(String.raw`^[ \t]*(?:-[ \t]+)?uses:[ \t]*["']?[^\s@"'#]+@(${VERSION_TOKEN})`, 'gmd');
const MARKER = /<!--[ \t]*(\/?)release-actions:version[ \t]*-->/g;
const cache = new RegexCache();

function mentionPattern(charts: readonly string[]): RegExp {
  return cache.get(`chart\0${charts.join('\0')}`, () => new RegExp(String.raw`(?<![\w-])(?:${charts.map(escapeRegExp).join('|')})(?![\w-])`));
}

function imagePattern(images: readonly string[]): RegExp {
  return cache.get(
    `image\0${images.join('\0')}`,
    () => new RegExp(String.raw`(?<![\w./-])(?:${images.map(escapeRegExp).join('|')}):(${VERSION_TOKEN})(@sha256:)?`, 'gd'),
  );
}

function currentPattern(current: string): RegExp {
  return cache.get(`current\0${current}`, () => new RegExp(String.raw`${VERSION_START}v?${escapeRegExp(current)}${VERSION_END}`, 'g'));
}

function isContinued(text: string, lineEnd: number): boolean {
  let i = lineEnd - 1;
  if (text[i] === '\r') i -= 1;
  return text[i] === '\\';
}

/** The shell command around `offset`: its line plus the lines joined to it by a trailing `\`. */
function logicalLine(text: string, offset: number): string {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > 0 && isContinued(text, start - 1)) start = text.lastIndexOf('\n', start - 2) + 1;
  let end = text.indexOf('\n', offset);
  while (end !== -1 && isContinued(text, end)) end = text.indexOf('\n', end + 1);
  return text.slice(start, end === -1 ? text.length : end);
}

interface Block {
  start: number;
  end: number;
}

function markerBlocks(text: string, lines: LineIndex, path: string): Block[] {
  const blocks: Block[] = [];
  let open: { at: number; end: number } | undefined;
  for (const m of text.matchAll(MARKER)) {
    const at = m.index;
    if (m[1] === '/') {
      if (!open) throw new FileError(path, `expected ${MARKER_OPEN} before this ${MARKER_CLOSE}`, lines.lineOf(at));
      blocks.push({ start: open.end, end: at });
      open = undefined;
    } else {
      if (open) {
        throw new FileError(path, `expected ${MARKER_CLOSE} for the marker on line ${lines.lineOf(open.at)} before another ${MARKER_OPEN}`, lines.lineOf(at));
      }
      open = { at, end: at + m[0].length };
    }
  }
  if (open) throw new FileError(path, `expected ${MARKER_CLOSE} to close this marker, found none`, lines.lineOf(open.at));
  return blocks;
}

export function readDocs(text: string, options: DocsOptions, path = 'README.md'): ReadResult {
  const current = stripV(options.current);
  const lines = new LineIndex(text);
  const found = new Map<number, VersionRef>();
  const skipped: SkippedRef[] = [];
  const add = (name: string, value: string, start: number): void => {
    if (!found.has(start)) found.set(start, { name, line: lines.lineOf(start), value, start, end: start + value.length });
  };

  const charts = (options.charts ?? []).filter((c) => c !== '');
  if (charts.length > 0 && text.includes('--version')) {
    const mentions = mentionPattern(charts);
    for (const m of text.matchAll(HELM_VERSION)) {
      const value = m[2] as string;
      const start = (m.indices?.[2] as [number, number])[0];
      if (mentions.test(logicalLine(text, m.index))) add('helm --version', value, start);
    }
  }

  const images = (options.images ?? []).filter((i) => i !== '');
  if (images.length > 0) {
    for (const m of text.matchAll(imagePattern(images))) {
      const value = m[1] as string;
      const start = (m.indices?.[1] as [number, number])[0];
      const name = `image ${text.slice(m.index, start - 1)}`;
      if (m[2]) skipped.push({ name, line: lines.lineOf(start), value, reason: 'pinned to a digest' });
      else add(name, value, start);
    }
  }

  if (text.includes('uses:')) {
    for (const m of text.matchAll(USES)) {
      const value = m[1] as string;
      if (stripV(value) === current) add('uses', value, (m.indices?.[1] as [number, number])[0]);
    }
  }

  if (text.includes('release-actions:version')) {
    const pattern = currentPattern(current);
    for (const block of markerBlocks(text, lines, path)) {
      const inside = text.slice(block.start, block.end);
      for (const m of inside.matchAll(pattern)) add('marker', m[0], block.start + m.index);
    }
  }

  const refs = [...found.values()].sort((a, b) => a.start - b.start);
  skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (refs.length === 0) {
    const seen = skipped.length > 0 ? `; found ${skipped.map((s) => `${s.value} (line ${s.line})`).join(', ')}` : '';
    if (options.optional) {
      skipped.push({ name: 'docs', reason: 'no version reference (helm --version of the chart, our image tags, uses: …@current, markers)' });
    } else {
      throw new FileError(
        path,
        `expected a version reference in a known context (helm --version naming the chart, <image>:<tag>, uses: …@<tag>, or between ${MARKER_OPEN} markers), found none${seen}`,
      );
    }
  }
  return { refs, skipped };
}

/** The docs with every recognised reference moved to `next`, each in its own style. */
export function updateDocs(text: string, next: string, options: DocsOptions, path = 'README.md'): string {
  return applyRefs(text, readDocs(text, options, path).refs, checkNext(next)).text;
}
