import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitFiles, withSignOff } from '../../../actions/lib/git/commit-files.js';
import { Git } from '../../../actions/lib/git/git.js';
import { pushCommitWithRetry } from '../../../actions/lib/git/push.js';
import { commit, git, initRepo } from '../../support/git.js';
import { makeGpgKey, type GpgKey } from '../../support/gpg.js';
import { tempDir } from '../../support/tmp.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let key: GpgKey;
const identity = { name: 'Release Bot', email: 'bot@example.com' };
const fixedDates = { GIT_AUTHOR_DATE: '2026-02-02T00:00:00Z', GIT_COMMITTER_DATE: '2026-02-02T00:00:00Z' };

beforeAll(async () => {
  tmp = await tempDir('commit-files-');
  key = makeGpgKey();
});
afterAll(async () => {
  key.cleanup();
  await tmp.cleanup();
});

function repo(name: string): string {
  const dir = initRepo(join(tmp.path, name));
  commit(dir, 'feat: start', { 'charts/app/Chart.yaml': 'version: 0.4.1\n', 'README.md': 'v0.4.1\n', 'hack/run.sh': '#!/bin/sh\necho 0.4.1\n' });
  chmodSync(join(dir, 'hack/run.sh'), 0o755);
  git(dir, ['add', 'hack/run.sh']);
  git(dir, ['commit', '-q', '-m', 'chore: executable']);
  return dir;
}

const edits = [
  { path: 'charts/app/Chart.yaml', text: 'version: 0.5.0\n' },
  { path: 'hack/run.sh', text: '#!/bin/sh\necho 0.5.0\n' },
  { path: 'docs/new/notes.md', text: '# 0.5.0\n' },
];

describe('commitFiles (plumbing, no work tree)', () => {
  it('makes the commit `git commit --signoff` makes: same tree, same message, same parent', async () => {
    const dir = repo('same');
    const parent = git(dir, ['rev-parse', 'HEAD']);
    const g = new Git(dir, { identity, env: fixedDates });
    const sha = await commitFiles(g, { parent, files: edits, message: 'chore(release): v0.5.0\n' });

    // the same change the usual way, in a second clone
    const other = join(tmp.path, 'same-usual');
    git(tmp.path, ['clone', '-q', '--', dir, other]);
    for (const e of edits) git(other, ['hash-object', '-w', '--stdin'], { input: e.text });
    const usual = new Git(other, { identity, env: fixedDates });
    for (const e of edits) {
      mkdirSync(join(other, e.path, '..'), { recursive: true });
      writeFileSync(join(other, e.path), e.text);
    }
    const usualSha = await usual.commit('chore(release): v0.5.0\n', { paths: edits.map((e) => e.path), signOff: true });
    git(dir, ['fetch', '-q', '--', other, usualSha]);

    expect(git(dir, ['rev-parse', `${sha}^{tree}`])).toBe(git(dir, ['rev-parse', `${usualSha}^{tree}`]));
    expect(git(dir, ['cat-file', 'commit', sha])).toBe(git(dir, ['cat-file', 'commit', usualSha]));
    expect(sha).toBe(usualSha);
    expect(git(dir, ['ls-tree', sha, '--', 'hack/run.sh'])).toMatch(/^100755 /);
  });

  it('leaves the work tree, the index, HEAD and the worktree list as they were', async () => {
    const dir = repo('untouched');
    const head = git(dir, ['rev-parse', 'HEAD']);
    const sha = await commitFiles(new Git(dir, { identity }), { parent: head, files: edits, message: 'chore(release): v0.5.0' });
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(head);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(readFileSync(join(dir, 'charts/app/Chart.yaml'), 'utf8')).toBe('version: 0.4.1\n');
    expect(git(dir, ['worktree', 'list']).split('\n')).toHaveLength(1);
    expect(git(dir, ['show', `${sha}:charts/app/Chart.yaml`])).toBe('version: 0.5.0');
    expect(git(dir, ['rev-parse', `${sha}^`])).toBe(head);
  });

  it('fails on a parent that is not a commit once every step has ended, and leaves no staging folder', async () => {
    const dir = repo('bad-parent');
    const staging = join(tmp.path, 'bad-parent-staging');
    mkdirSync(staging);
    const missing = 'f'.repeat(40);
    await expect(commitFiles(new Git(dir, { identity }), { parent: missing, files: edits, message: 'chore(release): v0.5.0', tempDir: staging })).rejects.toThrow(missing);
    expect(readdirSync(staging)).toEqual([]);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('signs with the given GnuPG key, and the signature verifies', async () => {
    const dir = repo('signed');
    const parent = git(dir, ['rev-parse', 'HEAD']);
    const sha = await commitFiles(new Git(dir, { identity, env: { GNUPGHOME: key.home } }), { parent, files: edits.slice(0, 1), message: 'chore(release): v0.5.0', signingKey: key.fingerprint });
    const verified = git(dir, ['verify-commit', '--raw', sha], { env: { GNUPGHOME: key.home } });
    expect(verified).toBe('');
    expect(git(dir, ['cat-file', 'commit', sha])).toMatch(/^gpgsig -----BEGIN PGP SIGNATURE-----/m);
  });

  it('without sign-off, the message is kept as given (cleaned of trailing space)', async () => {
    const dir = repo('plain');
    const parent = git(dir, ['rev-parse', 'HEAD']);
    const sha = await commitFiles(new Git(dir, { identity }), { parent, files: edits.slice(0, 1), message: 'chore: x  \n\n', signOff: false });
    expect(git(dir, ['log', '-1', '--format=%B', sha])).toBe('chore: x');
  });
});

describe('pushCommitWithRetry', () => {
  it('pushes the commit; when the branch moved on, makes it again on the new tip and keeps the other commit', async () => {
    const dir = repo('push');
    const origin = join(tmp.path, 'push-origin.git');
    git(tmp.path, ['clone', '-q', '--bare', '--', dir, origin]);
    git(dir, ['remote', 'add', 'origin', origin]);
    const start = git(dir, ['rev-parse', 'HEAD']);
    git(dir, ['push', '-q', 'origin', `${start}:refs/heads/release-v0.5.0`]);
    // someone else pushes to the branch first
    const other = join(tmp.path, 'push-other');
    git(tmp.path, ['clone', '-q', '--branch', 'release-v0.5.0', '--', origin, other]);
    commit(other, 'docs: a concurrent change', { 'NOTES.md': 'x\n' });
    git(other, ['push', '-q', 'origin', 'HEAD:refs/heads/release-v0.5.0']);
    const theirs = git(other, ['rev-parse', 'HEAD']);

    const g = new Git(dir, { identity });
    const make = (parent: string): Promise<string> => commitFiles(g, { parent, files: edits.slice(0, 1), message: 'chore(release): v0.5.0' });
    const tips: string[] = [];
    const pushed = await pushCommitWithRetry(g, { remote: 'origin', branch: 'release-v0.5.0', commit: await make(start), backoffMs: () => 0, rebuild: async (tip) => (tips.push(tip), make(tip)) });
    expect(tips).toEqual([theirs]);
    expect(pushed.pushed).toBe(true);
    expect(pushed.attempts).toBe(2);
    expect(git(origin, ['rev-parse', 'refs/heads/release-v0.5.0'])).toBe(pushed.commit);
    expect(git(origin, ['rev-parse', `${pushed.commit}^`])).toBe(theirs);
    expect(git(dir, ['status', '--porcelain'])).toBe('');

    // a re-run whose change is already there pushes nothing
    const again = await pushCommitWithRetry(g, { remote: 'origin', branch: 'release-v0.5.0', commit: await make(start), backoffMs: () => 0, rebuild: async () => undefined });
    expect(again.pushed).toBe(false);
    expect(git(origin, ['rev-parse', 'refs/heads/release-v0.5.0'])).toBe(pushed.commit);
  });
});

describe('withSignOff', () => {
  const sob = 'Release Bot <bot@example.com>';
  it.each([
    ['subject only', 'chore: v1', 'chore: v1\n\nSigned-off-by: Release Bot <bot@example.com>\n'],
    ['after a trailer block', 'chore: v1\n\nbody\n\nCo-authored-by: A <a@x>', 'chore: v1\n\nbody\n\nCo-authored-by: A <a@x>\nSigned-off-by: Release Bot <bot@example.com>\n'],
    ['already signed off last', 'chore: v1\n\nSigned-off-by: Release Bot <bot@example.com>', 'chore: v1\n\nSigned-off-by: Release Bot <bot@example.com>\n'],
    ['a last paragraph of trailer-shaped lines', 'chore: v1\n\nSee: the notes', 'chore: v1\n\nSee: the notes\nSigned-off-by: Release Bot <bot@example.com>\n'],
    ['a prose body', 'chore: v1\n\nThe release of v1.', 'chore: v1\n\nThe release of v1.\n\nSigned-off-by: Release Bot <bot@example.com>\n'],
  ])('%s', (_name, message, expected) => {
    expect(withSignOff(message, sob)).toBe(expected);
  });
});
