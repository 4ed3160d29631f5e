/**
 * The journal of a rehearsal run in a state folder (`--state DIR`): what the rehearsal itself
 * did that a re-run must not do again or do differently — the events it started workflow runs
 * with, the stages it finished (with what they produced), and the options it was started
 * with. The world's own state (GitHub records, registry, pages, messages) is kept by the
 * services; this is only the rehearsal's side.
 *
 * Each change is written to a new file renamed over the old one before the rehearsal goes on,
 * so a process killed at any instant leaves either the previous journal or the new one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RehearsalEvent } from './engine.js';

export interface JournalOptions {
  repo?: string;
  github?: string;
  version: string;
  mode: string;
  event: string;
  /** Present (false) only for a rehearsal without GitHub Pages. */
  pages?: false;
}

export interface JournalEntry<T = unknown> {
  /** The stage rows the step reported, as they were. */
  stages: unknown[];
  value?: T;
}

interface JournalData {
  version: 1;
  options: JournalOptions;
  /** How many runs used the folder (1 for the first). */
  attempts: number;
  events: Record<string, RehearsalEvent>;
  done: Record<string, JournalEntry>;
}

export class Journal {
  private constructor(
    readonly file: string,
    private data: JournalData,
    /** Whether an earlier run left this journal (the run resumes). */
    readonly resumed: boolean,
  ) {}

  /** Opens the journal of a state folder; refuses one made with other options. */
  static open(file: string, options: JournalOptions): Journal {
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as JournalData;
      if (data.version !== 1) throw new Error(`${file} is not a rehearsal journal this version can read`);
      const was = JSON.stringify(data.options);
      if (was !== JSON.stringify(options)) {
        throw new Error(`the state folder was made by a rehearsal with other options (${describe(data.options)}); re-run with those, or give a new --state folder`);
      }
      data.attempts += 1;
      const j = new Journal(file, data, true);
      j.save();
      return j;
    }
    mkdirSync(dirname(file), { recursive: true });
    const j = new Journal(file, { version: 1, options, attempts: 1, events: {}, done: {} }, false);
    j.save();
    return j;
  }

  get attempts(): number {
    return this.data.attempts;
  }

  done<T>(name: string): JournalEntry<T> | undefined {
    return this.data.done[name] as JournalEntry<T> | undefined;
  }

  finish<T>(name: string, stages: unknown[], value?: T): void {
    this.data.done[name] = { stages, ...(value !== undefined ? { value } : {}) };
    this.save();
  }

  /**
   * The event a workflow run was started with, when an earlier run wrote it down: a re-run
   * uses it, so that the run is re-run as GitHub's "re-run all jobs" does (the same event, the
   * same commit) and not started anew for whatever the branch holds now.
   */
  known(name: string): RehearsalEvent | undefined {
    return this.data.events[name];
  }

  /** Writes down the event of a workflow run before the run starts. */
  remember(name: string, event: RehearsalEvent): void {
    this.data.events[name] = event;
    this.save();
  }

  private save(): void {
    writeFileSync(`${this.file}.new`, `${JSON.stringify(this.data, null, 2)}\n`);
    renameSync(`${this.file}.new`, this.file);
  }
}

function describe(o: JournalOptions): string {
  return [o.repo ? `--repo ${o.repo}` : 'the embedded example', ...(o.github ? [`--github ${o.github}`] : []), `--mode ${o.mode}`, `--event ${o.event}`, `--version ${o.version}`, ...(o.pages === false ? ['--without-pages'] : [])].join(' ');
}
