/** The hidden record of a pull request kept current, and the shape of the bot's own commit. Pure. */
import { describe, expect, it } from '@jest/globals';
import { bodyEdited, bodyHash, readMarker, withMarker, withoutMarker } from '../../../actions/bump-version/marker.js';
import { botShaped } from '../../../actions/bump-version/owner.js';
import { BOT_IDENTITY } from '../../../actions/lib/git/git.js';

const TIP = 'a'.repeat(40);
const PREV = 'b'.repeat(40);
const BODY = 'Release v0.5.0\n\n- [ ] All tests passing on main\n';

describe('the record at the end of the body', () => {
  it('round-trips: the body a person sees is the text without it', () => {
    const body = withMarker(BODY, { tip: TIP, prev: PREV, body: bodyHash(BODY) });
    expect(body).toBe(`${BODY}\n<!-- release-actions: {"tip":"${TIP}","prev":"${PREV}","body":"${bodyHash(BODY)}"} -->\n`);
    expect(readMarker(body)).toEqual({ tip: TIP, prev: PREV, body: bodyHash(BODY) });
    expect(withoutMarker(body)).toBe(BODY);
    expect(bodyEdited(body, readMarker(body)!)).toBe(false);
  });

  it('finds a ticked box edited on the web (CRLF line ends) but not the line ends alone', () => {
    const marker = { tip: TIP, body: bodyHash(BODY) };
    const crlf = withMarker(BODY, marker).replace(/\n/g, '\r\n');
    expect(readMarker(crlf)).toEqual(marker);
    expect(bodyEdited(crlf, marker)).toBe(false);
    expect(bodyEdited(crlf.replace('- [ ]', '- [x]'), marker)).toBe(true);
    expect(withoutMarker(crlf.replace('- [ ]', '- [x]'))).toBe(BODY.replace('- [ ]', '- [x]'));
  });

  it('reads no record from a body without one, or one altered beyond reading', () => {
    expect(readMarker(BODY)).toBeUndefined();
    expect(readMarker(null)).toBeUndefined();
    expect(readMarker(`${BODY}\n<!-- release-actions: {"tip":"nope","body":"${bodyHash(BODY)}"} -->\n`)).toBeUndefined();
    expect(readMarker(`${BODY}\n<!-- release-actions: {"tip":"${TIP}"} -->\n`)).toBeUndefined();
    expect(readMarker(`${BODY}\n<!-- release-actions: {not json} -->\n`)).toBeUndefined();
    // only at the end: a record quoted in the middle of the text is text
    expect(readMarker(`<!-- release-actions: {"tip":"${TIP}","body":"${bodyHash(BODY)}"} -->\n\n${BODY}`)).toBeUndefined();
  });
});

describe("the bot's shape of a tip", () => {
  const bot = `${BOT_IDENTITY.name} <${BOT_IDENTITY.email}>`;
  const facts = { parents: [PREV], author: bot, committer: bot, subject: 'chore: bump version to v0.5.0' };

  it('is one bump commit on the base, authored and committed by the bot', () => {
    expect(botShaped(facts, BOT_IDENTITY, true)).toBeUndefined();
  });

  it('names what is not the bot’s', () => {
    expect(botShaped({ ...facts, author: 'Jane <jane@example.com>' }, BOT_IDENTITY, true)).toBe('authored by Jane <jane@example.com>');
    expect(botShaped({ ...facts, committer: 'Jane <jane@example.com>' }, BOT_IDENTITY, true)).toBe('committed by Jane <jane@example.com>');
    expect(botShaped(facts, BOT_IDENTITY, false)).toBe('holds more than the one bump commit on the base');
    expect(botShaped({ ...facts, parents: [PREV, TIP] }, BOT_IDENTITY, true)).toBe('holds more than the one bump commit on the base');
    expect(botShaped({ ...facts, subject: 'docs: notes' }, BOT_IDENTITY, true)).toBe('its tip is "docs: notes", not a bump commit');
    expect(botShaped(facts, { name: 'release-bot', email: 'bot@example.com' }, true)).toBe(`authored by ${bot}`);
  });
});
