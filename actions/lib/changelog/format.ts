import { creditAuthor, escapeMarkdownInline } from './escape.js';
import type { Entry } from './types.js';

/** `https://github.com/OWNER/REPO` without a trailing slash or `.git`. */
export function normalizeRepoUrl(url: string): string {
  // a release's thousands of lines all name the same repository: the last answer is kept
  if (url === lastUrl.url) return lastUrl.normal;
  const normal = url.trim().replace(/\/+$/, '').replace(/\.git$/, '');
  lastUrl = { url, normal };
  return normal;
}
let lastUrl = { url: '', normal: '' };

/** `YYYY-MM-DD` and a real calendar date. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `([#123](…/pull/123))`, or `([abc1234](…/commit/sha))` when there is no pull request; plain without a repo URL. */
export function referenceOf(entry: Pick<Entry, 'pr' | 'sha'>, repoUrl: string | null | undefined): string {
  const repo = repoUrl ? normalizeRepoUrl(repoUrl) : null;
  if (entry.pr !== null) return repo ? `([#${entry.pr}](${repo}/pull/${entry.pr}))` : `(#${entry.pr})`;
  if (/^[0-9a-f]{7,40}$/i.test(entry.sha)) {
    const short = entry.sha.slice(0, 7);
    return repo ? `([${short}](${repo}/commit/${entry.sha}))` : `(${short})`;
  }
  return '';
}

/** The text of an entry: `**scope:** subject`, escaped. */
export function entryText(entry: Pick<Entry, 'scope' | 'subject'>): string {
  const scope = entry.scope ? `**${escapeMarkdownInline(entry.scope)}:** ` : '';
  return scope + escapeMarkdownInline(entry.subject);
}

/**
 * A subject as the start of a sentence: `add X` → `Add X`. Only a first word in plain lower
 * case changes: `gRPC`, `e2e`, `x/net`, `` `kubectl` `` are names and stay as written.
 */
export function sentenceCase(subject: string): string {
  return /^[a-z]+(?:-[a-z]+)*(?=[\s,:;.!?]|$)/.test(subject) ? subject[0]!.toUpperCase() + subject.slice(1) : subject;
}

/**
 * A CHANGELOG list item (no author credit: the file is not a place for @-handles), a
 * sentence (`feat: add X (#12)` → `- Add X ([#12](…))`). A breaking change carries its
 * `BREAKING CHANGE:` text on a continuation line.
 */
export function changelogLine(entry: Entry, repoUrl: string | null | undefined, marker = '-'): string {
  const mark = entry.breaking ? '**BREAKING** ' : '';
  const ref = referenceOf(entry, repoUrl);
  const note = entry.breaking && entry.breakingNote ? `\n  ${escapeMarkdownInline(entry.breakingNote)}` : '';
  return `${marker} ${mark}${entryText({ scope: entry.scope, subject: sentenceCase(entry.subject) })}${ref ? ` ${ref}` : ''}${note}`;
}

/** A release-notes list item, with `by @login` for a login from the API. */
export function notesLine(entry: Entry, repoUrl: string | null | undefined): string {
  const ref = referenceOf(entry, repoUrl);
  return `- ${entryText(entry)}${ref ? ` ${ref}` : ''}${creditAuthor(entry.author)}`;
}

/** Pull request numbers a hand-written line mentions: `#123`, `[#123]`, `/pull/123`. */
export function prNumbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?:^|[^\w&])#(\d+)\b|\/pull\/(\d+)\b/g)) out.push(Number(m[1] ?? m[2]));
  return out;
}
