/**
 * Slack's documented Block Kit limits, checked independently of the action's own code
 * (https://api.slack.com/reference/block-kit/blocks): a message Slack would answer with
 * `invalid_blocks` has at least one problem here. Also: what in a payload would notify
 * people (`<!channel>`, `<!here>`, `<!everyone>`, `<@U…>`, `<!subteam^…>`).
 */

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (s: unknown): number => (typeof s === 'string' ? [...s].length : -1);

function textObject(where: string, t: unknown, max: number, problems: string[], type?: 'plain_text' | 'mrkdwn'): void {
  if (!isObj(t)) return void problems.push(`${where}: expected a text object`);
  if (t['type'] !== 'plain_text' && t['type'] !== 'mrkdwn') problems.push(`${where}: text type ${String(t['type'])}`);
  if (type && t['type'] !== type) problems.push(`${where}: must be ${type}, got ${String(t['type'])}`);
  const n = len(t['text']);
  if (n < 1) problems.push(`${where}: empty text`);
  if (n > max) problems.push(`${where}: text of ${n} characters (max ${max})`);
}

export function blockKitProblems(payload: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(payload)) return ['payload is not a JSON object'];
  if (payload['text'] !== undefined && typeof payload['text'] !== 'string') problems.push('text is not a string');
  if (len(payload['text']) > 40000) problems.push('text over 40000 characters');
  const blocks = payload['blocks'];
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [...problems, 'blocks is not a list'];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
  blocks.forEach((b: unknown, i) => {
    const at = `blocks[${i}]`;
    if (!isObj(b)) return void problems.push(`${at}: not an object`);
    if (b['block_id'] !== undefined && len(b['block_id']) > 255) problems.push(`${at}: block_id too long`);
    switch (b['type']) {
      case 'header':
        textObject(`${at}.text`, b['text'], 150, problems, 'plain_text');
        break;
      case 'section': {
        if (b['text'] === undefined && b['fields'] === undefined) problems.push(`${at}: section without text or fields`);
        if (b['text'] !== undefined) textObject(`${at}.text`, b['text'], 3000, problems);
        const fields = b['fields'];
        if (fields !== undefined) {
          if (!Array.isArray(fields) || fields.length > 10) problems.push(`${at}.fields: at most 10`);
          else fields.forEach((f: unknown, j) => textObject(`${at}.fields[${j}]`, f, 2000, problems));
        }
        break;
      }
      case 'divider':
        break;
      case 'context': {
        const els = b['elements'];
        if (!Array.isArray(els) || els.length < 1 || els.length > 10) problems.push(`${at}.elements: 1 to 10`);
        else els.forEach((e: unknown, j) => textObject(`${at}.elements[${j}]`, e, 3000, problems));
        break;
      }
      case 'actions': {
        const els = b['elements'];
        if (!Array.isArray(els) || els.length < 1 || els.length > 25) problems.push(`${at}.elements: 1 to 25`);
        else
          els.forEach((e: unknown, j) => {
            const w = `${at}.elements[${j}]`;
            if (!isObj(e) || e['type'] !== 'button') return void problems.push(`${w}: only buttons are expected`);
            textObject(`${w}.text`, e['text'], 75, problems, 'plain_text');
            if (e['url'] !== undefined && (len(e['url']) > 3000 || !/^https?:\/\//.test(String(e['url'])))) problems.push(`${w}.url: not an http(s) URL of at most 3000`);
            if (e['action_id'] !== undefined && len(e['action_id']) > 255) problems.push(`${w}.action_id too long`);
            if (e['style'] !== undefined && e['style'] !== 'primary' && e['style'] !== 'danger') problems.push(`${w}.style ${String(e['style'])}`);
          });
        break;
      }
      default:
        problems.push(`${at}: unexpected block type ${String(b['type'])}`);
    }
  });
  return problems;
}

/** Slack control sequences that would notify people or form links from untrusted text. */
export function notifyingSequences(payload: unknown): string[] {
  const text = JSON.stringify(payload);
  return [...text.matchAll(/<(?:!channel|!here|!everyone|!subteam\^[^>]*|@[UW][A-Z0-9]+)[^>]*>/g)].map((m) => m[0]);
}

/** A received Slack message, as tests read it. */
export interface SlackBlockJson {
  type: string;
  text?: { type: string; text: string };
  elements?: Array<{ type: string; text?: string | { type: string; text: string }; url?: string; style?: string }>;
}

export interface SlackPayload {
  text: string;
  blocks: SlackBlockJson[];
}
