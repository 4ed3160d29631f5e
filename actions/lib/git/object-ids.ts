/**
 * The object ids of many `<ref>:<path>` names in one git process (`cat-file --batch-check`),
 * as the chart-release planner needs them for every chart at HEAD and at its tag: one process
 * whatever the number of charts, where `rev-parse` per name would be one each.
 */
import type { Git } from './git.js';

/** `<ref>:<path>` → object id; undefined for a name that does not resolve (no such ref or path). */
export async function objectIds(git: Git, names: readonly string[]): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  if (names.length === 0) return out;
  // a name with a newline would shift every later answer
  for (const n of names) if (/[\n\r]/.test(n)) throw new Error(`object name with a line break: ${JSON.stringify(n)}`);
  const r = await git.git(['cat-file', '--batch-check=%(objectname)'], { input: `${names.join('\n')}\n` });
  const lines = r.stdout.split('\n');
  names.forEach((n, i) => {
    const line = (lines[i] ?? '').trim();
    out.set(n, /^[0-9a-f]{40,64}$/.test(line) ? line : undefined);
  });
  return out;
}
