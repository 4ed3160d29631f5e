/**
 * The receivers' opt-in message log on disk: one JSON line per message, appended (and flushed)
 * before the sender gets its answer, and read back by a receiver started on the same file. A
 * run killed and started again then sees what the killed run received, so a message sent
 * twice across the two runs shows up twice.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Buffers as `{ base64 }`, so a body survives the round trip byte for byte. */
function replacer(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)) {
    return { base64: Buffer.from((value as { data: number[] }).data).toString('base64') };
  }
  return value;
}

export function appendLog(file: string | undefined, record: unknown): void {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(record, replacer)}\n`);
}

/** The records of `file` (none when it does not exist); `bufferKeys` are turned back into Buffers. A torn last line (a kill mid-write) is left out. */
export function readLog<T>(file: string | undefined, bufferKeys: readonly string[] = []): T[] {
  if (!file || !existsSync(file)) return [];
  const out: T[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const k of bufferKeys) {
      const v = record[k] as { base64?: string } | undefined;
      if (v && typeof v.base64 === 'string') record[k] = Buffer.from(v.base64, 'base64');
    }
    out.push(record as T);
  }
  return out;
}
