/** Shared by the emulator's own tests: real git as a client, with the emulator's token. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitResult } from '../../support/github/git.js';
import { runGit } from '../../support/github/git.js';

export const IDENTITY = ['-c', 'user.name=Release Tester', '-c', 'user.email=tester@example.invalid'];

/** git as a client; `env` carries credentials (GIT_CONFIG_*), never the remote URL. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): Promise<GitResult> {
  return runGit([...IDENTITY, ...args], { cwd, env });
}

export async function gitOk(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await git(cwd, args, env);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.toString('utf8').trim();
}

export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A work tree with one commit on `main` and a tag `v0.1.0`. */
export async function makeLocalRepo(dir: string): Promise<void> {
  await gitOk(dir, ['init', '--quiet', '--initial-branch=main']);
  await writeFile(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: operator\nversion: 0.1.0\n');
  await gitOk(dir, ['add', 'Chart.yaml']);
  await gitOk(dir, ['commit', '--quiet', '-m', 'feat: first chart']);
  await gitOk(dir, ['tag', 'v0.1.0']);
}
