/** Shared by the changelog action's tests: running it on real repositories and reading back what it did. */
import { expect } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GitHubEmulator } from '../../support/github/index.js';
import type { IssueRecord, PullRecord } from '../../support/github/state.js';
import { runAction, type ActionRun, type RunActionOptions } from '../../support/harness.js';

export const WVA = 'llm-d-incubation/workload-variant-autoscaler';
export const WVA_URL = `https://github.com/${WVA}`;
/** 2026-02-03, through SOURCE_DATE_EPOCH, so section headings are known. */
export const DATE = '2026-02-03';
export const EPOCH = '1770120000';

export const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/**
 * Compares `actual` with `test/actions/changelog/golden/<name>` byte for byte;
 * `UPDATE_GOLDEN=1 npm test -- test/actions/changelog` rewrites them instead.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing; run with UPDATE_GOLDEN=1 to write it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Runs the changelog action in `workspace` as the runner would (no pull requests unless asked). */
export function changelog(workspace: string, inputs: Record<string, string>, opts: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  return runAction({
    action: 'changelog',
    workspace,
    repository: WVA,
    ref: 'refs/heads/main',
    ...opts,
    inputs: { 'use-pull-requests': 'false', ...inputs },
    env: { SOURCE_DATE_EPOCH: EPOCH, RELEASE_ACTIONS_RETRY_SCALE: '0.001', ...opts.env },
  });
}

/** The run failed with exactly one error whose message matches, and set no output. */
export function expectRefusal(run: ActionRun, message: RegExp | string): void {
  if (run.exitCode !== 1) throw new Error(`expected a refusal, the action exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toHaveLength(1);
  if (typeof message === 'string') expect(run.errors[0]!.message).toContain(message);
  else expect(run.errors[0]!.message).toMatch(message);
  expect(run.outputs).toEqual({});
}

export function expectSuccess(run: ActionRun): void {
  if (run.exitCode !== 0) throw new Error(`expected success, the action exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
}

export interface Entry {
  sha: string;
  type: string | null;
  scope: string | null;
  subject: string;
  breaking: boolean;
  pr: number | null;
  author: string | null;
  labels: string[];
  section: string;
}

export function entriesOf(run: ActionRun): Entry[] {
  return JSON.parse(run.outputs['entries'] ?? 'null') as Entry[];
}

export function read(dir: string, path = 'CHANGELOG.md'): string {
  return readFileSync(join(dir, path), 'utf8');
}

export function readBytes(dir: string, path = 'CHANGELOG.md'): Buffer {
  return readFileSync(join(dir, path));
}

/**
 * A merged pull request in the emulator's records, as GitHub keeps one after the merge:
 * author, labels (created in the repository when missing), the merge commit and the
 * commits it brought.
 */
export function seedMergedPull(
  gh: GitHubEmulator,
  fullName: string,
  pr: { number: number; title: string; author: string; labels?: string[]; mergeCommitSha: string; commitShas?: string[] },
): void {
  const repo = gh.repo(fullName);
  for (const name of pr.labels ?? []) {
    if (repo.labels.some((l) => l.name === name)) continue;
    const id = gh.nextId();
    repo.labels.push({ id, nodeId: `LA_${id}`, name, color: 'ededed', description: null, default: false });
  }
  const at = '2026-01-15T12:00:00Z';
  const issue: IssueRecord = {
    id: gh.nextId(),
    nodeId: `PR_issue_${pr.number}`,
    number: pr.number,
    title: pr.title,
    body: null,
    state: 'closed',
    stateReason: null,
    labels: pr.labels ?? [],
    milestone: null,
    assignees: [],
    user: pr.author,
    locked: false,
    createdAt: at,
    updatedAt: at,
    closedAt: at,
    comments: [],
    isPullRequest: true,
  };
  const id = gh.nextId();
  const pull: PullRecord = {
    number: pr.number,
    id,
    nodeId: `PR_${id}`,
    head: `topic-${pr.number}`,
    base: 'main',
    headSha: pr.commitShas?.[0] ?? pr.mergeCommitSha,
    baseSha: pr.mergeCommitSha,
    draft: false,
    merged: true,
    mergedAt: at,
    mergedBy: 'maintainer',
    mergeCommitSha: pr.mergeCommitSha,
    commitShas: pr.commitShas ?? [],
  };
  repo.issues.push(issue);
  repo.pulls.push(pull);
  repo.nextNumber = Math.max(repo.nextNumber, pr.number + 1);
}
