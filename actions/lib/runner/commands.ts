/**
 * The two workflow commands an action needs before it has validated its inputs:
 * masking a secret and reporting the error. They are written here, with the
 * escaping the runner expects, so that refusing bad input does not first load
 * @actions/core and its HTTP client (most of a bundle's start-up time).
 */
export interface Annotation {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

type Writer = (line: string) => void;
const stdout: Writer = (line) => process.stdout.write(`${line}\n`);

/** Asks the runner to hide `value` in every later log line. */
export function mask(value: string, write: Writer = stdout): void {
  if (!value) return;
  write(formatCommand('add-mask', {}, value));
  // A multi-line secret is also masked line by line, as the runner matches per line.
  for (const line of value.split(/\r?\n/)) if (line && line !== value) write(formatCommand('add-mask', {}, line));
}

export function annotate(level: 'error' | 'warning' | 'notice', message: string, where: Annotation = {}, write: Writer = stdout): void {
  write(formatCommand(level, { title: where.title, file: where.file, line: where.line, col: where.col }, message));
}
