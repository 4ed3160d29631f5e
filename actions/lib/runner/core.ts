/**
 * Runner I/O after validation: outputs, the job summary and the log, written in the
 * runner's own protocol (file commands and workflow commands, see commands.ts).
 *
 * This is what @actions/core does for these calls, written here because loading
 * @actions/core also loads its OIDC client (@actions/http-client and undici, about
 * 940 KB of bundle) whatever the action uses: measured at about 130 ms a step, more
 * than a changelog over a thousand commits. `test/unit/runner/core-protocol.test.ts`
 * compares every call with @actions/core's, byte for byte.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { formatCommand, stdout, type Annotation, type Writer } from './commands.js';

export type OutputValue = string | number | boolean | object | undefined;

/** Appends to the file a file command names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, …). */
function appendFileCommand(variable: string, text: string): void {
  const file = process.env[variable];
  if (!file) throw new Error(`Unable to find environment variable for file command ${variable.replace(/^GITHUB_/, '')}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, text, { encoding: 'utf8' });
}

/** `name<<DELIMITER` … `DELIMITER`: a delimiter no name or value can contain, so no value can forge another output. */
export function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Sets outputs; objects and arrays are written as JSON. All of them in one write. */
export async function setOutputs(outputs: Record<string, OutputValue>, write: Writer = stdout): Promise<void> {
  const entries = Object.entries(outputs).flatMap(([name, value]) => (value === undefined ? [] : [[name, typeof value === 'string' ? value : JSON.stringify(value)] as const]));
  if (entries.length === 0) return;
  if (process.env['GITHUB_OUTPUT']) {
    appendFileCommand('GITHUB_OUTPUT', entries.map(([name, value]) => `${keyValueMessage(name, value)}${EOL}`).join(''));
    return;
  }
  // outside a runner with file commands: the old stdout command, as @actions/core falls back to
  for (const [name, value] of entries) {
    write('');
    write(formatCommand('set-output', { name }, value));
  }
}

export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  appendFileCommand('GITHUB_STEP_SUMMARY', `${markdown}${EOL}`);
}

export interface Log {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, where?: Annotation): void;
  notice(message: string, where?: Annotation): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

function where(w?: Annotation): Record<string, string | number | undefined> {
  return { title: w?.title, file: w?.file, line: w?.line, col: w?.col };
}

/** The step's log: plain lines, `::debug::`, annotations and folded groups. */
export function stepLog(write: Writer = stdout): Log & { error(message: string, where?: Annotation): void } {
  return {
    info: (m) => write(m),
    debug: (m) => write(formatCommand('debug', {}, m)),
    warning: (m, w) => write(formatCommand('warning', where(w), m)),
    notice: (m, w) => write(formatCommand('notice', where(w), m)),
    error: (m, w) => write(formatCommand('error', where(w), m)),
    group: async (name, fn) => {
      write(formatCommand('group', {}, name));
      try {
        return await fn();
      } finally {
        write(formatCommand('endgroup', {}, ''));
      }
    },
  };
}

/** The step's log (kept async for the callers written against @actions/core's lazy load). */
export async function runnerLog(): Promise<Log> {
  return stepLog();
}

/** A log that keeps lines in memory: for domain code run outside an action (tests, the rehearsal). */
export function memoryLog(lines: string[] = []): Log & { lines: string[] } {
  return {
    lines,
    info: (m) => void lines.push(m),
    debug: () => undefined,
    warning: (m) => void lines.push(`warning: ${m}`),
    notice: (m) => void lines.push(`notice: ${m}`),
    group: async (name, fn) => {
      lines.push(`group: ${name}`);
      return fn();
    },
  };
}
