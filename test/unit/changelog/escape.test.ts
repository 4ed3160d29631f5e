import { describe, expect, it } from '@jest/globals';
import { creditAuthor, escapeChatText, escapeMarkdownInline } from '../../../actions/lib/changelog/index.js';

describe('escapeMarkdownInline', () => {
  it.each([
    ['plain text', 'plain text'],
    ['thanks @alice', 'thanks `@alice`'],
    ['@org/team please', '`@org/team` please'],
    ['mail a@b.com', 'mail a@b.com'],
    ['`@in-code` stays', '`@in-code` stays'],
    ['``a ` @b``', '``a ` @b``'],
    ['one ` tick @c', 'one \\` tick `@c`'],
    ['<!channel> <!here> <@U123>', '&lt;!channel&gt; &lt;!here&gt; &lt;`@U123`&gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['&#64;eve &amp; &copy; a & b', '&amp;#64;eve &amp;amp; &amp;copy; a & b'],
    ['# heading', '\\# heading'],
    ['## heading', '\\## heading'],
    ['#123 issue first', '#123 issue first'],
    ['- dash', '\\- dash'],
    ['* star', '\\* star'],
    ['+ plus', '\\+ plus'],
    ['*emphasis*', '*emphasis*'],
    ['[x] task', '\\[x] task'],
    ['2. ordered', '2\\. ordered'],
    ['> quote', '&gt; quote'],
    ['two\nlines\r\nhere', 'two lines here'],
  ])('%j', (input, output) => {
    expect(escapeMarkdownInline(input)).toBe(output);
  });
});

describe('escapeChatText', () => {
  it('escapes &, <, > everywhere (code included) and wraps mentions', () => {
    expect(escapeChatText('a & b <!here> `<@U1>` @bob')).toBe('a &amp; b &lt;!here&gt; `&lt;@U1&gt;` `@bob`');
  });
});

describe('creditAuthor', () => {
  it.each([
    ['octocat', ' by @octocat'],
    ['dependabot[bot]', ' by @dependabot[bot]'],
    ['Jane Doe', ' by Jane Doe'],
    ['<b>x</b>', ' by &lt;b&gt;x&lt;/b&gt;'],
    [null, ''],
  ])('%j', (author, credit) => {
    expect(creditAuthor(author)).toBe(credit);
  });
});

/**
 * escapeMarkdownInline returns text it would not change at once, without running its steps.
 * The steps, as they were before that shortcut, are the oracle: over random strings of the
 * characters every step looks at, both give the same text.
 */
describe('escapeMarkdownInline: the shortcut for unchanged text', () => {
  const MENTION = /(^|[^A-Za-z0-9_`/])@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9_.-]+)?)/g;
  const run = (text: string): string =>
    /[&<>@]/.test(text)
      ? text
          .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(MENTION, (_m, pre: string, name: string) => `${pre}\`@${name}\``)
      : text;
  const outsideCode = (text: string): string => {
    if (!text.includes('`')) return run(text);
    let out = '';
    let pending = '';
    let i = 0;
    while (i < text.length) {
      const tick = text.indexOf('`', i);
      if (tick === -1) {
        pending += text.slice(i);
        break;
      }
      if (tick > i && text[tick - 1] === '\\') {
        pending += text.slice(i, tick + 1);
        i = tick + 1;
        continue;
      }
      pending += text.slice(i, tick);
      let n = 0;
      while (text[tick + n] === '`') n++;
      const fence = '`'.repeat(n);
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
        pending += '\\`'.repeat(n);
        i = tick + n;
        continue;
      }
      out += run(pending) + text.slice(tick, close + n);
      pending = '';
      i = close + n;
    }
    return out + run(pending);
  };
  const oracle = (text: string): string => {
    const oneLine = (/[\r\n\t]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ') : text).trim();
    return outsideCode(oneLine)
      .replace(/^(#{1,6}(?=\s|$)|[-+*](?=\s|$)|\[|=)/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  };

  it('gives what the steps give, over 20 000 random strings', () => {
    const alphabet = ['a', 'Z', '0', '7', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '#', '-', '+', '*', '[', ']', '=', '.', ')', '`', '\\', '&', ';', '<', '>', '@', '/', '_', 'é', '✨'];
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // the high bits: an LCG's low bits repeat with a short period
      return Math.floor((seed / 2147483648) * n);
    };
    let unchanged = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)]).join('');
      const want = oracle(text);
      if (want === text) unchanged++;
      expect(escapeMarkdownInline(text)).toBe(want);
    }
    // the shortcut is taken often enough for the comparison to mean something
    expect(unchanged).toBeGreaterThan(1000);
  });

  it.each(['plain subject', 'a', '', 'ends with space ', ' starts with space', '1 thing', 'x\u2028y', 'é ✨ done'])('%j', (text) => {
    expect(escapeMarkdownInline(text)).toBe(oracle(text));
  });
});
