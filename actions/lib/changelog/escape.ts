/**
 * Escaping of commit text (untrusted: anyone who lands a commit writes it) before it goes
 * into Markdown that GitHub renders, or into a chat message.
 *
 * Markdown (release notes, CHANGELOG lines):
 * - `@login` / `@org/team` would notify: wrapped in a code span (`` `@login` ``), which
 *   GitHub renders but does not link or notify. Text already inside a code span stays.
 * - `<` and `>` become `&lt;` / `&gt;`: no raw HTML (`<img onerror>`, `<details>` that
 *   swallows the rest of the notes), no Slack control sequences (`<!channel>`, `<@U123>`)
 *   when the notes are forwarded.
 * - `&` that starts an entity (`&#64;alice`) becomes `&amp;`, so an encoded `@` cannot
 *   turn back into a mention.
 * - An unmatched backtick is escaped, so it cannot pair with a code span we add.
 * - Line breaks become spaces; a leading `#`, `>`, `-`, `+`, `*`, `1.`, `[` is escaped
 *   so the text cannot become a heading, quote, nested list or task box.
 */

const MENTION = /(^|[^A-Za-z0-9_`/])@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9_.-]+)?)/g;

function escapeTextRun(text: string): string {
  if (!/[&<>@]/.test(text)) return text;
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MENTION, (_m, pre: string, name: string) => `${pre}\`@${name}\``);
}

/** Splits text into code spans (kept) and the rest (escaped); unmatched backticks are escaped. */
function mapOutsideCode(text: string, fn: (run: string) => string): string {
  if (!text.includes('`')) return fn(text);
  let out = '';
  let run = '';
  let i = 0;
  while (i < text.length) {
    const tick = text.indexOf('`', i);
    if (tick === -1) {
      run += text.slice(i);
      break;
    }
    if (tick > i && text[tick - 1] === '\\') {
      // an escaped backtick is text
      run += text.slice(i, tick + 1);
      i = tick + 1;
      continue;
    }
    run += text.slice(i, tick);
    let n = 0;
    while (text[tick + n] === '`') n++;
    const fence = '`'.repeat(n);
    // the closing run must be exactly n backticks
    let j = tick + n;
    let close = -1;
    while (j < text.length) {
      const k = text.indexOf(fence, j);
      if (k === -1) break;
      let m = 0;
      while (text[k + m] === '`') m++;
      if (m === n) {
        close = k;
        break;
      }
      j = k + m;
    }
    if (close === -1) {
      run += '\\`'.repeat(n);
      i = tick + n;
      continue;
    }
    out += fn(run) + text.slice(tick, close + n);
    run = '';
    i = close + n;
  }
  return out + fn(run);
}

/**
 * Text that every step below leaves as it is: one line, nothing to trim, no backtick, no
 * `&<>@`, and no first character that could start a block (`#`, `-`, `+`, `*`, `[`, `=`, a digit).
 */
const UNCHANGED = /^(?![\s#+*=[\d-])[^\r\n\t`&<>@]*(?<!\s)$/;

/** Escapes one line of untrusted text for inline use in GitHub Markdown. */
export function escapeMarkdownInline(text: string): string {
  if (UNCHANGED.test(text)) return text;
  const oneLine = (/[\r\n\t]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ') : text).trim();
  let out = mapOutsideCode(oneLine, escapeTextRun);
  // block-level starts: heading, quote (already &gt;), list markers, ordered list, task box, thematic break
  out = out.replace(/^(#{1,6}(?=\s|$)|[-+*](?=\s|$)|\[|=)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  return out;
}

/**
 * Escapes untrusted text for a chat message (Slack mrkdwn and similar): `&`, `<`, `>`
 * everywhere (Slack reads `<!here>` even inside code), mentions wrapped in code.
 */
export function escapeChatText(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const entities = oneLine.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return mapOutsideCode(entities, (run) => run.replace(MENTION, (_m, pre: string, name: string) => `${pre}\`@${name}\``));
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/** `by @login` for a GitHub login from the API; anything else is escaped text without `@`. */
export function creditAuthor(author: string | null): string {
  if (!author) return '';
  if (LOGIN.test(author)) return ` by @${author}`;
  return ` by ${escapeMarkdownInline(author)}`;
}
