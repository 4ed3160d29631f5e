import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Test-side git: synchronous, argument arrays, a fixed identity and dates so histories are reproducible. */
export function git(cwd: string, args: string[], opts: { input?: string; env?: Record<string, string> } = {}): string {
  return execFileSync('git', args, {
    cwd,
    input: opts.input,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test Author',
      GIT_AUTHOR_EMAIL: 'author@example.com',
      GIT_COMMITTER_NAME: 'Test Committer',
      GIT_COMMITTER_EMAIL: 'committer@example.com',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
      GIT_CONFIG_NOSYSTEM: '1',
      ...opts.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  }).trimEnd();
}

export function initRepo(dir: string, opts: { branch?: string; bare?: boolean } = {}): string {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', `--initial-branch=${opts.branch ?? 'main'}`, ...(opts.bare ? ['--bare'] : [])]);
  if (!opts.bare) {
    git(dir, ['config', 'user.name', 'Test Author']);
    git(dir, ['config', 'user.email', 'author@example.com']);
    git(dir, ['config', 'commit.gpgsign', 'false']);
    git(dir, ['config', 'tag.gpgsign', 'false']);
  }
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Writes files and commits them (all changes staged); returns the commit SHA. */
export function commit(dir: string, message: string, files: Record<string, string> = {}): string {
  writeFiles(dir, files);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-F', '-'], { input: message });
  return git(dir, ['rev-parse', 'HEAD']);
}

export function tag(dir: string, name: string, opts: { annotated?: boolean; message?: string } = {}): void {
  if (opts.annotated === false) git(dir, ['tag', '--', name]);
  else git(dir, ['tag', '-a', '-m', opts.message ?? `Release ${name}`, '--', name]);
}

/** Every ref and its target: a cheap fingerprint for "nothing changed" assertions. */
export function refs(dir: string): string {
  return git(dir, ['for-each-ref', '--format=%(objectname) %(refname)']);
}
