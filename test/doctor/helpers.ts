/**
 * The trimmed copy of WVA at 56a651b (test/fixtures/doctor/wva/, see its ORIGIN.md) as a real
 * git repository with the shape of its history: lightweight tags v0.0.1 and v0.0.2 on earlier
 * commits, `main` checked out, its GitHub `origin`, no gh-pages branch.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { doctorMain } from '../../src/doctor/cli.js';
import { commit, git, initRepo, tag } from '../support/git.js';
import { projectRoot } from '../support/harness.js';

export const WVA_FIXTURE = join(projectRoot, 'test', 'fixtures', 'doctor', 'wva');
export const WVA_ORIGIN = 'https://github.com/llm-d-incubation/workload-variant-autoscaler.git';

export function buildWva(dir: string): string {
  initRepo(dir);
  for (const entry of readdirSync(WVA_FIXTURE)) {
    if (entry !== 'ORIGIN.md') cpSync(join(WVA_FIXTURE, entry), join(dir, entry), { recursive: true });
  }
  commit(dir, 'Merge pull request #160 from llm-d-incubation/helm-chart');
  tag(dir, 'v0.0.1', { annotated: false });
  commit(dir, 'Merge pull request #222 from Vezio/enhance-charts');
  tag(dir, 'v0.0.2', { annotated: false });
  commit(dir, 'Merge pull request #242 from mamy-CS/security-config');
  git(dir, ['remote', 'add', 'origin', WVA_ORIGIN]);
  return dir;
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function runDoctor(args: string[]): Promise<Run> {
  const r: Run = { code: 0, out: '', err: '' };
  r.code = await doctorMain(args, { out: (t) => void (r.out += t), err: (t) => void (r.err += t) });
  return r;
}

/** Nothing about the repository changed: refs, HEAD, index and work tree. */
export function state(dir: string): string {
  return [
    git(dir, ['for-each-ref', '--format=%(objectname) %(refname)']),
    git(dir, ['symbolic-ref', 'HEAD']),
    git(dir, ['status', '--porcelain', '--untracked-files=all']),
    git(dir, ['ls-files', '-s']),
  ].join('\n');
}
