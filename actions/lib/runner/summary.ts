/** A small markdown builder for job summaries; pure, so tests compare strings. */
export type Cell = string | number | boolean | undefined | null;

/** Escapes text for a markdown table cell: pipes and newlines would break the row. */
export function cell(value: Cell): string {
  if (value === undefined || value === null) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${header.map((_, i) => cell(row[i])).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n?$/, '\n')}${fence}\n`;
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c)}</summary>\n\n${body}\n</details>\n`;
}

export class Summary {
  private readonly parts: string[] = [];

  heading(text: string, level = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}\n`);
    return this;
  }

  text(markdown: string): this {
    this.parts.push(`${markdown.replace(/\n?$/, '\n')}`);
    return this;
  }

  table(header: readonly string[], rows: readonly (readonly Cell[])[]): this {
    this.parts.push(table(header, rows));
    return this;
  }

  code(text: string, lang = ''): this {
    this.parts.push(codeBlock(text, lang));
    return this;
  }

  details(summary: string, body: string): this {
    this.parts.push(details(summary, body));
    return this;
  }

  toString(): string {
    return this.parts.join('\n');
  }
}
