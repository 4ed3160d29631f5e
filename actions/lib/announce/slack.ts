/**
 * The Slack incoming-webhook message: Block Kit with a header, the highlights (or the
 * rollback reason), the install snippet and a button to the release notes, plus the
 * plain `text` Slack shows in notifications.
 *
 * Slack refuses a whole message (`invalid_blocks`) when one block breaks a limit, so every
 * text is cut to fit: a header's plain text at most 150 characters, a section's text 3000,
 * a button's text 75 and its URL 3000, at most 50 blocks. Untrusted text (commit subjects,
 * the reason) is escaped for mrkdwn: `&`, `<`, `>` become entities, so `<!channel>`,
 * `<!here>`, `<@U123>` and `<url|label>` cannot be formed, and `@name` goes into code.
 */
import { chatSafe, titleOf, type ReleaseFacts } from './message.js';

export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  buttonText: 75,
  url: 3000,
  contextElements: 10,
  /** Slack truncates `text` beyond 40 000; notifications show far less. */
  text: 3000,
} as const;

export interface SlackText {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  emoji?: boolean;
}

export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text: SlackText }
  | { type: 'divider' }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'actions'; elements: Array<{ type: 'button'; text: SlackText; url: string; style?: 'primary' | 'danger'; action_id: string }> };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
  unfurl_links: boolean;
  unfurl_media: boolean;
}

/**
 * Cuts `text` to at most `max` characters — counted in UTF-16 units, the stricter count, so
 * an emoji never tips a text over Slack's limit — at a line end when it can, never inside
 * an entity or a surrogate pair, with `…`.
 */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const nl = cut.lastIndexOf('\n');
  if (nl > max / 2) cut = cut.slice(0, nl);
  cut = cut.replace(/&[#a-zA-Z0-9]*$/, '');
  // an unclosed code block would swallow the ellipsis
  if ((cut.match(/```/g)?.length ?? 0) % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('```')).trimEnd();
  return `${cut.trimEnd()}…`;
}

/** Plain text for a header: no line breaks, no angle brackets (plain text shows them literally anyway). */
function plain(text: string, max: number): SlackText {
  return { type: 'plain_text', text: fit(text.replace(/\s+/g, ' ').replace(/[<>]/g, '').trim(), max), emoji: true };
}

function mrkdwn(text: string, max: number = SLACK_LIMITS.sectionText): SlackText {
  return { type: 'mrkdwn', text: fit(text, max) };
}

/** A URL safe to put in a button: http(s) only, at most 3000 characters. */
function buttonUrl(url: string): string | undefined {
  return /^https?:\/\/\S+$/.test(url) && url.length <= SLACK_LIMITS.url ? url : undefined;
}

/** The install line in a code block; it is built from checked values but escaped all the same. */
function codeBlock(line: string): string {
  return `\`\`\`${line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/```/g, "'''")}\`\`\``;
}

export function slackMessage(facts: ReleaseFacts, text: string): SlackMessage {
  const blocks: SlackBlock[] = [{ type: 'header', text: plain(titleOf(facts), SLACK_LIMITS.headerText) }];
  if (facts.kind === 'rollback') {
    blocks.push({ type: 'section', text: mrkdwn(`*Reason:* ${chatSafe(facts.reason || 'not given')}`) });
    blocks.push({
      type: 'section',
      text: mrkdwn(facts.previous ? `Please use *${chatSafe(facts.previous.tag)}* instead.` : 'There is no earlier stable release to go back to.'),
    });
  } else {
    const items = facts.highlights.length > 0 ? facts.highlights.map((h) => `• ${chatSafe(h)}`) : ['• No user-facing changes'];
    blocks.push({ type: 'section', text: mrkdwn(`*Highlights*\n${items.join('\n')}`) });
    if (facts.install) blocks.push({ type: 'section', text: mrkdwn(`*Install*\n${codeBlock(facts.install)}`) });
  }
  const buttons: Extract<SlackBlock, { type: 'actions' }>['elements'] = [];
  const notes = buttonUrl(facts.notesUrl);
  if (notes) buttons.push({ type: 'button', text: plain(facts.kind === 'rollback' ? 'Known issues' : 'Release notes', SLACK_LIMITS.buttonText), url: notes, style: facts.kind === 'rollback' ? 'danger' : 'primary', action_id: 'release-notes' });
  const previous = facts.previous && buttonUrl(facts.previous.url);
  if (facts.kind === 'rollback' && previous) buttons.push({ type: 'button', text: plain(`Use ${facts.previous!.tag}`, SLACK_LIMITS.buttonText), url: previous, action_id: 'previous-release' });
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  blocks.push({ type: 'context', elements: [mrkdwn(`${chatSafe(facts.repository)}${facts.prerelease && facts.kind === 'release' ? ' · prerelease' : ''}`)] });
  return { text: fit(text.trim(), SLACK_LIMITS.text), blocks: blocks.slice(0, SLACK_LIMITS.blocks), unfurl_links: false, unfurl_media: false };
}
