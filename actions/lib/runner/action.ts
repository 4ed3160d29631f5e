import { annotate } from './commands.js';
import { enableCompileCache } from './compile-cache.js';
import { ActionError, FileError, InputError } from './errors.js';

/**
 * Runs an action's main function and turns any failure into exactly one
 * `::error::` annotation (with file and line when the error knows them) and exit
 * code 1. Unexpected errors keep their stack in the log for a maintainer.
 */
export async function runAction(name: string, main: () => Promise<void>): Promise<void> {
  // before main loads the chunks (yaml, ajv, the domain code) with `import()`
  enableCompileCache();
  try {
    await main();
  } catch (err) {
    reportFailure(name, err);
    process.exitCode = 1;
  }
}

export function reportFailure(name: string, err: unknown, write?: (line: string) => void): void {
  const title = name;
  if (err instanceof FileError) {
    annotate('error', err.message, { title, file: err.file, line: err.line, col: err.column }, write);
  } else if (err instanceof InputError || err instanceof ActionError) {
    annotate('error', err.message, { title }, write);
  } else {
    const e = err instanceof Error ? err : new Error(String(err));
    if (e.stack) (write ?? ((l: string) => process.stdout.write(`${l}\n`)))(e.stack.split('\n').slice(1).map((l) => `  ${l.trim()}`).join('\n'));
    annotate('error', `unexpected failure: ${e.message}`, { title }, write);
  }
}
