/**
 * Workflow commands (`::name key=value::message`) with the escaping the runner expects.
 * Masking a secret and reporting the error are here because an action needs them before
 * it has validated its inputs; core.ts builds the log, outputs and summary on them.
 */
import { EOL } from 'node:os';

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
    // as the runner's toolkit does: a property without a value (or 0) is left out
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export type Writer = (line: string) => void;
/** A line to the step's log, ended as the runner's toolkit ends it. */
export const stdout: Writer = (line) => void process.stdout.write(`${line}${EOL}`);

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
