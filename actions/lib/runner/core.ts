/**
 * Runner I/O after validation, on @actions/core. It is imported lazily so that an
 * action refusing its inputs never pays for loading it.
 */
import type * as CoreModule from '@actions/core';
import type { Annotation } from './commands.js';

type Core = typeof CoreModule;
let loaded: Promise<Core> | undefined;

export function core(): Promise<Core> {
  loaded ??= import('@actions/core');
  return loaded;
}

export type OutputValue = string | number | boolean | object | undefined;

/** Sets outputs; objects and arrays are written as JSON. */
export async function setOutputs(outputs: Record<string, OutputValue>): Promise<void> {
  const c = await core();
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    c.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
}

export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  const c = await core();
  await c.summary.addRaw(markdown, true).write();
}

export interface Log {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, where?: Annotation): void;
  notice(message: string, where?: Annotation): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

function props(where?: Annotation): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (where?.title) out['title'] = where.title;
  if (where?.file) out['file'] = where.file;
  if (where?.line) out['startLine'] = where.line;
  if (where?.col) out['startColumn'] = where.col;
  return out;
}

export async function runnerLog(): Promise<Log> {
  const c = await core();
  return {
    info: (m) => c.info(m),
    debug: (m) => c.debug(m),
    warning: (m, w) => c.warning(m, props(w)),
    notice: (m, w) => c.notice(m, props(w)),
    group: (name, fn) => c.group(name, fn),
  };
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
