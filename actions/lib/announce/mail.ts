/**
 * The mailing-list message: a plain-text part (the announcement, as the process writes
 * it) and an HTML part built from the same facts with every value HTML-escaped. The
 * Message-ID is stable for a release and kind, so a list archive or a reader's client
 * recognises a second copy.
 */
import { markdownToPlain, titleOf, type ReleaseFacts } from './message.js';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Plain text from the chat text: entities back to characters (the text part is not HTML). */
function plainText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function mailContent(facts: ReleaseFacts, text: string, domain: string): MailContent {
  const subject = `[ANN] ${titleOf(facts).replace(/^\S+\s/, '')}`;
  const link = (url: string, label: string) => (/^https?:\/\//.test(url) ? `<a href="${html(url)}">${html(label)}</a>` : html(label));
  const parts: string[] = [`<h2>${html(titleOf(facts))}</h2>`];
  if (facts.kind === 'rollback') {
    parts.push(`<p><strong>Reason:</strong> ${html(facts.reason || 'not given')}</p>`);
    parts.push(facts.previous ? `<p>Please use ${link(facts.previous.url, facts.previous.tag)} instead.</p>` : '<p>There is no earlier stable release to go back to.</p>');
    parts.push(`<p>📖 ${link(facts.notesUrl, 'Release notes and known issues')}</p>`);
  } else {
    const items = facts.highlights.length > 0 ? facts.highlights : ['No user-facing changes'];
    parts.push('<p>Highlights:</p>', `<ul>\n${items.map((h) => `<li>${html(markdownToPlain(h))}</li>`).join('\n')}\n</ul>`);
    parts.push(`<p>📖 Full release notes: ${link(facts.notesUrl, facts.notesUrl)}</p>`);
    if (facts.install) parts.push(`<p>📦 Install:</p>\n<pre><code>${html(facts.install)}</code></pre>`);
  }
  const id = `${facts.kind}-${facts.releaseId}.${facts.tag}.${facts.repository.replace(/[^A-Za-z0-9.-]/g, '.')}`;
  return {
    subject,
    text: plainText(text),
    html: `<!doctype html>\n<html><body>\n${parts.join('\n')}\n</body></html>\n`,
    messageId: `<${id}@${domain.replace(/[^A-Za-z0-9.-]/g, '') || 'release-actions.invalid'}>`,
  };
}
