/**
 * One long-lived `git cat-file --batch-command` per repository: object and
 * revision lookups are the bulk of the emulator's git reads, and a process
 * start per lookup made every REST call cost tens of milliseconds on a busy
 * machine. git re-reads refs and re-scans packs on a miss, so pushes that
 * happen while it runs are seen.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { gitEnv } from './git-env.js';

export interface ObjectInfo {
  sha: string;
  type: string;
  size: number;
}

interface Pending {
  withContent: boolean;
  resolve: (value: { info: ObjectInfo; content: Buffer } | null) => void;
  reject: (err: Error) => void;
}

export class CatFile {
  private child: ChildProcessWithoutNullStreams | undefined;
  private pending: Pending[] = [];
  private buffer = Buffer.alloc(0);

  constructor(private readonly gitDir: string) {}

  async info(name: string): Promise<ObjectInfo | null> {
    return (await this.ask('info', name))?.info ?? null;
  }

  async contents(name: string): Promise<{ info: ObjectInfo; content: Buffer } | null> {
    return this.ask('contents', name);
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private ask(command: 'info' | 'contents', name: string): Promise<{ info: ObjectInfo; content: Buffer } | null> {
    // A name is one line of the protocol; anything else cannot name an object.
    if (name === '' || /[\n\r\0]/.test(name)) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      this.pending.push({ withContent: command === 'contents', resolve, reject });
      this.process().stdin.write(`${command} ${name}\n`);
    });
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['--git-dir', this.gitDir, 'cat-file', '--batch-command'], { env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    child.stderr.resume();
    child.stdin.on('error', () => undefined);
    child.on('close', () => {
      if (this.child === child) this.child = undefined;
      for (const p of this.pending.splice(0)) p.reject(new Error(`git cat-file stopped in ${this.gitDir}`));
      this.buffer = Buffer.alloc(0);
    });
    this.child = child;
    return child;
  }

  private drain(): void {
    for (;;) {
      const next = this.pending[0];
      const eol = this.buffer.indexOf(0x0a);
      if (!next || eol === -1) return;
      const header = this.buffer.subarray(0, eol).toString('utf8');
      const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
      if (!m) {
        // "<name> missing" or "<name> ambiguous"
        this.buffer = this.buffer.subarray(eol + 1);
        this.pending.shift()!.resolve(null);
        continue;
      }
      const info = { sha: m[1]!, type: m[2]!, size: Number(m[3]) };
      if (!next.withContent) {
        this.buffer = this.buffer.subarray(eol + 1);
        this.pending.shift()!.resolve({ info, content: Buffer.alloc(0) });
        continue;
      }
      const end = eol + 1 + info.size;
      if (this.buffer.length < end + 1) return; // content and its trailing newline not all here yet
      const content = Buffer.from(this.buffer.subarray(eol + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.pending.shift()!.resolve({ info, content });
    }
  }
}
