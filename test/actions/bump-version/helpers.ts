/** Shared by the bump-version tests: running the action on a sample repository and reading back what it did. */
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { git, refs } from '../../support/git.js';
import { runAction, type ActionRun, type RunActionOptions } from '../../support/harness.js';
import { readTree, type SampleRepo } from '../../support/repos.js';

export const WVA = 'llm-d-incubation/workload-variant-autoscaler';
export const CHART = 'charts/workload-variant-autoscaler';
export const VERSION_FILES = [`${CHART}/Chart.yaml`, `${CHART}/values.yaml`, 'Makefile', 'README.md'];
/** 2026-02-03, through SOURCE_DATE_EPOCH, so changelog headings are known. */
export const DATE = '2026-02-03';
export const EPOCH = '1770120000';

/** Runs bump-version in the repository's workspace; a local origin, no pull request unless asked. */
export function bump(repo: SampleRepo, inputs: Record<string, string>, opts: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  return runAction({
    action: 'bump-version',
    workspace: repo.workspace!,
    repository: WVA,
    ...opts,
    inputs: { 'open-pr': 'false', ...inputs },
    env: { SOURCE_DATE_EPOCH: EPOCH, ...opts.env },
  });
}

/** A file at a ref of a repository (bare or not); undefined when missing. */
export function show(dir: string, ref: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:${path}`], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Work tree bytes and refs of the workspace, and refs of origin: equal before and after means nothing was written. */
export function fingerprint(repo: SampleRepo): { tree: Record<string, string>; refs: string; origin: string; status: string } {
  return { tree: readTree(repo.workspace!), refs: refs(repo.workspace!), origin: refs(repo.origin!), status: git(repo.workspace!, ['status', '--porcelain']) };
}

/** The run failed with exactly one error whose message matches. */
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
