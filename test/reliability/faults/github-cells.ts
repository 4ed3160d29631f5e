/**
 * The fault matrix on GitHub's remotes (REST, GraphQL, git over HTTP), shared by the
 * github-*.test.ts files: a matrix fault turned into the emulator's fault, the table of cells
 * of a call site, and the one way a cell is judged — whatever the action and the remote.
 *
 * A cell arms its fault for the first matching request only, then:
 * - `retried`: one run exits 0, the fault was hit, and the request log shows the call made
 *   again after it (or, for a create whose answer was lost, the look-up that found it);
 * - `resumed`: the run exits 1 with exactly one `::error::` naming the operation and the
 *   failure, and a plain re-run, the fault gone, exits 0;
 * and in both cases the end state holds each thing once and loses nothing (the caller's check).
 */
import { expect } from '@jest/globals';
import type { ActiveFault, FaultSpec } from '../../support/github/faults.js';
import type { GitHubEmulator, RequestLogEntry } from '../../support/github/index.js';
import type { ActionRun } from '../../support/harness.js';
import { cellTitle, FAULTS, type Fault, type Outcome, type Remote } from './matrix.js';

/** Every wait a thousand times shorter, and a per-attempt timeout a stall runs into quickly. */
export const FAST_FAULTS = { RELEASE_ACTIONS_RETRY_SCALE: '0.001', RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: '4000' };

/** How late a late answer comes: well inside FAST_FAULTS' per-attempt deadline. */
export const LATE_MS = 1500;

/** The requests of one call site. */
export interface Target {
  method: string;
  /** Below the area's root, as the emulator logs it. */
  path: RegExp | string;
  /** GraphQL: the document's operation name. */
  operation?: string;
}

/**
 * The faults a transfer can meet on any remote, before the push-only ones; a late answer is
 * tried only where lateness is the protocol's (the transparency log, attestations).
 */
export const TRANSPORT_FAULTS: readonly Fault[] = FAULTS.filter((f) => f !== '500 after write' && f !== 'late answer' && !f.startsWith('push '));

/** Where a push fault lands: the repository, the branch pushed, and what a concurrent writer starts a new branch from. */
export interface PushScope {
  repo: string;
  branch: string;
  from?: string;
}

/** The emulator's fault for a matrix fault on `target` (push faults: on `repo`, landing on `branch`). */
export function faultSpec(fault: Fault, target: Target, push: PushScope): FaultSpec {
  const on = { method: target.method, path: target.path, ...(target.operation ? { operation: target.operation } : {}) };
  switch (fault) {
    case '500':
    case '502':
    case '503':
      return { ...on, kind: 'status', status: Number(fault) };
    case '403 secondary + retry-after':
      return { ...on, kind: 'secondary-rate-limit', retryAfter: 1 };
    case '403 secondary, no retry-after':
      return { ...on, kind: 'secondary-rate-limit', retryAfter: null };
    case '429':
      return { ...on, kind: '429', retryAfter: 1 };
    case 'ratelimit-remaining 0':
      return { ...on, kind: 'rate-limit-exhausted', resetIn: 1 };
    case 'stall':
      return { ...on, kind: 'stall' };
    case 'reset':
      return { ...on, kind: 'reset' };
    case 'late answer':
      return { ...on, kind: 'late', delayMs: LATE_MS };
    case '500 after write':
      return { ...on, kind: 'after-write', status: 500 };
    case 'push non-fast-forward':
      return { kind: 'reject-push', reason: 'non-fast-forward', repo: push.repo, branch: push.branch, ...(push.from ? { from: push.from } : {}) };
    case 'push protected':
      return { kind: 'reject-push', reason: 'protected-branch', repo: push.repo };
  }
}

export interface Cell {
  remote: Remote;
  site: string;
  fault: Fault;
  outcome: Outcome;
  why?: string;
  title: string;
}

/** The cells of one call site: each fault with its outcome (the default unless `except` says otherwise). */
export function siteCells(
  remote: Remote,
  site: string,
  faults: readonly Fault[],
  outcome: Outcome,
  except: Partial<Record<Fault, Outcome | { outcome: Outcome; why: string }>> = {},
): Cell[] {
  return faults.map((fault) => {
    const x = except[fault];
    const o = typeof x === 'string' ? x : x?.outcome ?? outcome;
    const why = typeof x === 'object' ? x.why : undefined;
    return { remote, site, fault, outcome: o, ...(why ? { why } : {}), title: cellTitle(remote, site, fault, o, why) };
  });
}

export function matches(entry: RequestLogEntry, t: Target): boolean {
  if (entry.method !== t.method.toUpperCase()) return false;
  if (typeof t.path === 'string' ? entry.path !== t.path : !t.path.test(entry.path)) return false;
  return !t.operation || entry.operationId === t.operation;
}

/** A call site of an action, with the cells it is tried under. */
export interface Site {
  cells: Cell[];
  /** Its requests, in the repository of one cell (or group of cells). */
  target(repo: string): Target;
  /** A create whose answer was lost may be found by this look-up instead of being sent again. */
  lookup?(repo: string): Target;
  /** What the one error of a failed run must say about the operation (the failure's words are added per fault). */
  error: RegExp;
}

/** One cell ready to be played: its fault, where it hits, and how its retry shows in the log. */
export interface Play {
  cell: Cell;
  target: Target;
  lookup?: Target;
  spec: FaultSpec;
  error: RegExp;
}

export function play(site: Site, cell: Cell, repo: string, push: PushScope): Play {
  const target = site.target(repo);
  const lookup = site.lookup?.(repo);
  return {
    cell,
    target,
    ...(lookup ? { lookup } : {}),
    spec: faultSpec(cell.fault, target, push),
    error: new RegExp(`${site.error.source}.*(${failureWords(cell.fault).source})`, 'is'),
  };
}

export interface Played {
  run: ActionRun;
  /** The requests of the run (of this repository). */
  log: RequestLogEntry[];
  faults: Map<string, ActiveFault>;
}

/**
 * One run with the faults of `plays` armed together (each for its first matching request,
 * at different call sites, so they do not stand in each other's way), then disarmed — not
 * cleared, so faults of cells running meanwhile stay armed.
 */
export async function playTogether(gh: GitHubEmulator, plays: readonly Play[], run: () => Promise<ActionRun>, scope: (r: RequestLogEntry) => boolean = () => true): Promise<Played> {
  const mark = gh.requests.length;
  const faults = new Map(plays.map((p) => [p.cell.title, gh.injectFault(p.spec)] as const));
  const result = await run();
  for (const f of faults.values()) f.remaining = 0;
  return { run: result, log: gh.requests.slice(mark).filter(scope), faults };
}

/** A `retried` cell: the run succeeded, its fault was hit once, and the call was made again after it. */
export function expectRetried(played: Played, p: Play): void {
  const { run, log } = played;
  if (run.exitCode !== 0) throw new Error(`expected a retry and success, the action exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
  expect(played.faults.get(p.cell.title)!.hits).toBe(1);
  if (p.spec.kind === 'reject-push') {
    const hit = log.findIndex((r) => r.fault === 'reject-push');
    expect(hit).toBeGreaterThanOrEqual(0);
    const pushes = log.slice(hit + 1).filter((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack') && r.status === 200 && r.fault === undefined);
    expect(pushes.length).toBeGreaterThanOrEqual(1);
    return;
  }
  const hit = log.findIndex((r) => r.fault !== undefined && matches(r, p.target));
  if (hit < 0) throw new Error(`the fault on ${p.target.method} ${String(p.target.path)} is not in the log:\n${describeLog(log)}`);
  const again = log.slice(hit + 1).some((r) => r.status > 0 && r.fault === undefined && (matches(r, p.target) || (p.lookup !== undefined && matches(r, p.lookup))));
  if (!again) throw new Error(`no retry of ${p.target.method} ${String(p.target.path)} after the fault:\n${describeLog(log)}`);
}

/**
 * A `resumed` cell: the run failed with one error naming the operation and the failure; with
 * the fault gone (for a protected branch: the protection lifted) a plain re-run completes.
 */
export async function expectResumed(played: Played, p: Play, rerun: () => Promise<ActionRun>): Promise<ActionRun> {
  const { run } = played;
  if (run.exitCode !== 1) throw new Error(`expected a failure, the action exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(played.faults.get(p.cell.title)!.hits).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]!.message).toMatch(p.error);
  const again = await rerun();
  if (again.exitCode !== 0) throw new Error(`the plain re-run did not complete (exit ${again.exitCode}):\n${again.stdout}\n${again.stderr}`);
  expect(again.errors).toEqual([]);
  return again;
}

/** Cells grouped for sharing runs: by fault, the `retried` ones together; each `resumed` one alone. */
export function groupCells(sites: readonly Site[]): { shared: Array<{ fault: Fault; members: Array<{ site: Site; cell: Cell }> }>; alone: Array<{ site: Site; cell: Cell }> } {
  const shared = new Map<Fault, Array<{ site: Site; cell: Cell }>>();
  const alone: Array<{ site: Site; cell: Cell }> = [];
  for (const site of sites) {
    for (const cell of site.cells) {
      if (cell.outcome === 'resumed') alone.push({ site, cell });
      else shared.set(cell.fault, [...(shared.get(cell.fault) ?? []), { site, cell }]);
    }
  }
  return { shared: [...shared].map(([fault, members]) => ({ fault, members })), alone };
}

function describeLog(log: readonly RequestLogEntry[]): string {
  return log.map((r) => `${r.method} ${r.area} ${r.path}${r.operationId ? ` (${r.operationId})` : ''} → ${r.status}${r.fault ? ` [${r.fault}]` : ''}`).join('\n');
}

/** The failure a resumed cell's one error must name: the status, or what a broken connection looks like. */
export function failureWords(fault: Fault): RegExp {
  switch (fault) {
    case '500':
    case '502':
    case '503':
    case '500 after write':
      return new RegExp(`\\b${fault.slice(0, 3)}\\b`);
    case '429':
      return /\b429\b/;
    case '403 secondary + retry-after':
    case '403 secondary, no retry-after':
    case 'ratelimit-remaining 0':
      return /\b403\b|rate limit/i;
    case 'stall':
      return /too slow|timed? ?out|timeout/i;
    case 'reset':
      return /reset|empty reply|hung up|socket|closed|terminated|other side/i;
    case 'late answer':
      return /did not answer|timed? ?out|timeout/i;
    case 'push non-fast-forward':
      return /rejected|fetch first|non-fast-forward/;
    case 'push protected':
      return /GH006|protected branch/i;
  }
}
