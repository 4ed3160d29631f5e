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
