/**
 * Holds: matching requests wait at the door until the test lets them through, one at a
 * time or all together. A race between two clients is then an order the test chooses, not
 * an accident of scheduling: hold both creates until both have arrived, and both clients
 * have certainly looked before either wrote.
 */
import type { RequestArea, RequestLogEntry } from './server.js';

export interface HoldSpec {
  method?: string;
  area?: RequestArea;
  /** Matched against the path below the area's root (as in the request log); a string must be equal. */
  path?: RegExp | string;
  /** Matched against the query string, `?` included (`?service=git-receive-pack`); a string must be equal. */
  query?: RegExp | string;
  /** How many matching requests are held in all (default: every one until `close()`). */
  times?: number;
}

interface Parked {
  entry: RequestLogEntry;
  go: () => void;
  answered: Promise<void>;
}

export class RequestHold {
  /** How many requests this hold has stopped so far. */
  held = 0;
  private closed = false;
  private readonly parked: Parked[] = [];
  private readonly watchers: Array<{ n: number; resolve: () => void }> = [];

  constructor(readonly spec: HoldSpec) {}

  /** The requests waiting now, in the order they arrived. */
  get waitingEntries(): RequestLogEntry[] {
    return this.parked.map((p) => p.entry);
  }

  matches(entry: RequestLogEntry): boolean {
    const s = this.spec;
    const like = (want: RegExp | string | undefined, have: string) => want === undefined || (typeof want === 'string' ? want === have : want.test(have));
    return (
      !this.closed &&
      (s.times === undefined || this.held < s.times) &&
      (!s.method || s.method.toUpperCase() === entry.method) &&
      (!s.area || s.area === entry.area) &&
      like(s.path, entry.path) &&
      like(s.query, entry.query)
    );
  }

  /** Called by the server: resolves when the test lets the request through. */
  park(entry: RequestLogEntry, answered: Promise<void>): Promise<void> {
    this.held += 1;
    entry.held = true;
    return new Promise<void>((go) => {
      this.parked.push({ entry, go, answered });
      this.notify();
    });
  }

  /** Resolves once at least `n` requests wait at the same time. */
  waiting(n: number): Promise<void> {
    if (this.parked.length >= n) return Promise.resolve();
    return new Promise<void>((resolve) => this.watchers.push({ n, resolve }));
  }

  /** Lets the earliest waiting request through; resolves with its log entry once it has been answered. */
  async release(): Promise<RequestLogEntry> {
    const p = this.parked.shift();
    if (!p) throw new Error(`no request is waiting at the hold on ${describe(this.spec)}`);
    p.go();
    await p.answered;
    return p.entry;
  }

  /** Lets every waiting request through, in arrival order, each after the one before it was answered. */
  async releaseAll(): Promise<RequestLogEntry[]> {
    const out: RequestLogEntry[] = [];
    while (this.parked.length > 0) out.push(await this.release());
    return out;
  }

  /** Holds nothing more and lets every waiting request through at once. */
  close(): void {
    this.closed = true;
    for (const p of this.parked.splice(0)) p.go();
  }

  private notify(): void {
    for (const w of [...this.watchers]) {
      if (this.parked.length >= w.n) {
        this.watchers.splice(this.watchers.indexOf(w), 1);
        w.resolve();
      }
    }
  }
}

function describe(spec: HoldSpec): string {
  return [spec.method, spec.area, spec.path?.toString(), spec.query?.toString()].filter(Boolean).join(' ') || 'every request';
}
