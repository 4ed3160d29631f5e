import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Git, LogReader, isNonFastForward } from '../../../actions/lib/git/git.js';
import { pushWithRetry } from '../../../actions/lib/git/push.js';
import { commit, git, initRepo, refs, tag } from '../../support/git.js';
import { makeGpgKey, type GpgKey } from '../../support/gpg.js';
import { tempDir } from '../../support/tmp.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let key: GpgKey;

beforeAll(async () => {
  tmp = await tempDir('git-');
  key = makeGpgKey();
});
afterAll(async () => {
  key.cleanup();
  await tmp.cleanup();
});

function repoWithHistory(name: string): string {
  const dir = initRepo(join(tmp.path, name));
  commit(dir, 'feat: first', { 'a.txt': '1\n' });
  tag(dir, 'v0.1.0');
  commit(dir, 'fix: second\n\nbody line\n\nSigned-off-by: X <x@example.com>', { 'a.txt': '2\n' });
  tag(dir, 'v0.1.1', { annotated: false });
  commit(dir, 'feat!: third', { 'b.txt': 'b\n' });
  return dir;
}

describe('Git', () => {
  it('names the commit of every tag from one for-each-ref: lightweight, annotated, and none for a tag of a tree', async () => {
    const dir = repoWithHistory('tag-commits');
    git(dir, ['tag', '--', 'tree-tag', 'HEAD^{tree}']);
    git(dir, ['tag', '-a', '-m', 'of a tag', '--', 'tag-of-tag', 'v0.1.0']);
    const g = new Git(dir);
    const tags = await g.tagCommits();
    expect(tags.get('v0.1.0')).toBe(git(dir, ['rev-parse', 'v0.1.0^{commit}']));
    expect(tags.get('v0.1.1')).toBe(git(dir, ['rev-parse', 'v0.1.1^{commit}']));
    expect(tags.has('tree-tag')).toBe(true);
    expect(tags.get('tree-tag')).toBeUndefined();
    // peeled one level only: the caller asks rev-parse for what this leaves undefined
    expect(tags.get('tag-of-tag')).toBeUndefined();
    expect([...tags.keys()].sort()).toEqual((await g.tags()).sort());
  });

  it('probes a repository in one rev-parse: not one, empty, full with its HEAD, shallow', async () => {
    const plain = join(tmp.path, 'probe-plain');
    execFileSync('mkdir', ['-p', plain]);
    // GIT_CEILING_DIRECTORIES: the temporary folder must not be found inside some other repository
    expect(await new Git(plain, { env: { GIT_CEILING_DIRECTORIES: tmp.path } }).probe()).toBeNull();
    const empty = initRepo(join(tmp.path, 'probe-empty'));
    expect(await new Git(empty).probe()).toEqual({ shallow: false, head: undefined });
    const full = repoWithHistory('probe-full');
    expect(await new Git(full).probe()).toEqual({ shallow: false, head: git(full, ['rev-parse', 'HEAD']) });
    const shallow = join(tmp.path, 'probe-shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', '--', `file://${full}`, shallow]);
    expect(await new Git(shallow).probe()).toEqual({ shallow: true, head: git(full, ['rev-parse', 'HEAD']) });
  });

  it('reads git log output the same whatever the chunks: records and UTF-8 characters split anywhere', async () => {
    const dir = initRepo(join(tmp.path, 'chunks'));
    for (const m of ['feat: ünïcödé ✓ first', 'fix: 🐛 second\n\nbody ✓ line\n\nSigned-off-by: X <x@example.com>', 'docs: third']) commit(dir, m, { 'f.txt': m });
    const g = new Git(dir);
    const whole = await g.log('HEAD');
    expect(whole.map((c) => c.subject)).toEqual(['docs: third', 'fix: 🐛 second', 'feat: ünïcödé ✓ first']);
    expect(whole[1]!.body).toBe('body ✓ line\n\nSigned-off-by: X <x@example.com>');
    const raw = execFileSync('git', ['-C', dir, 'log', '--format=%H%x1f%P%x1f%s%x1f%b%x1e', 'HEAD']);
    for (const size of [1, 2, 3, 7, 64]) {
      const got: unknown[] = [];
      const reader = new LogReader((c) => void got.push(c));
      for (let i = 0; i < raw.length; i += size) reader.push(raw.subarray(i, i + size));
      reader.end();
      expect({ size, got }).toEqual({ size, got: whole });
    }
    // a failing git log fails the read with what git said, as every other git call does
    await expect(g.log('no-such-ref..HEAD')).rejects.toThrow(/^git log .* exited with 128: .*no-such-ref/s);
  });

  it('cuts each record into its fields as split would: a root, a merge, missing fields, a separator in a body', () => {
    const F = '\x1f';
    const R = '\x1e';
    const records = [`a${F}${F}root${F}body\n\n`, `b${F}p1 p2${F}Merge${F}`, `c${F}p1${F}subject only`, 'd', `e${F}p1${F}s${F}one${F}two`, ''];
    const got: unknown[] = [];
    const reader = new LogReader((c) => void got.push(c));
    reader.push(`${records.join(`${R}\n`)}`);
    reader.end();
    const bySplit = records
      .filter((r) => r !== '')
      .map((r) => {
        const [sha = '', parents = '', subject = '', body = ''] = r.split(F);
        return { sha, parents: parents ? parents.split(' ') : [], subject, body: body.trimEnd() };
      });
    expect(got).toEqual(bySplit);
    expect(got[1]).toEqual({ sha: 'b', parents: ['p1', 'p2'], subject: 'Merge', body: '' });
    expect(got[4]).toEqual({ sha: 'e', parents: ['p1'], subject: 's', body: 'one' });
  });

  it('reads tags, tag kinds, ranges and commit records', async () => {
    const g = new Git(repoWithHistory('read'));
    expect((await g.tags()).sort()).toEqual(['v0.1.0', 'v0.1.1']);
    expect(await g.tagType('v0.1.0')).toBe('annotated');
    expect(await g.tagType('v0.1.1')).toBe('lightweight');
    expect(await g.tagType('v9')).toBeUndefined();
    const log = await g.log('v0.1.0..HEAD');
    expect(log.map((c) => c.subject)).toEqual(['feat!: third', 'fix: second']);
    expect(log[1]!.body).toBe('body line\n\nSigned-off-by: X <x@example.com>');
    expect(log[0]!.parents).toHaveLength(1);
    expect(log[0]!.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await g.resolve('v0.1.0')).toMatch(/^[0-9a-f]{40}$/);
    expect(await g.resolve('--output=/tmp/x')).toBeUndefined();
    expect(await g.isAncestor('v0.1.0', 'HEAD')).toBe(true);
    expect(await g.isAncestor('HEAD', 'v0.1.0')).toBe(false);
  });

  it('never treats a ref as an option', async () => {
    const g = new Git(repoWithHistory('opts'));
    await expect(g.log('--output=/tmp/pwned')).rejects.toThrow(/git log/);
    await expect(g.tagType('--help')).resolves.toBeUndefined();
  });

  it('commits with a sign-off and the bot identity, and tells a dirty tree', async () => {
    const dir = repoWithHistory('commit');
    const g = new Git(dir);
    expect(await g.isClean()).toBe(true);
    writeFileSync(join(dir, 'a.txt'), 'changed\n');
    expect(await g.isClean()).toBe(false);
    await g.commit('chore: bump version to v0.2.0', { paths: ['a.txt'] });
    const body = git(dir, ['log', '-1', '--format=%an <%ae>%n%B']);
    expect(body).toContain('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(body).toContain('Signed-off-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(await g.isClean()).toBe(true);
  });

  it('makes signed annotated tags with a real GnuPG key', async () => {
    const dir = repoWithHistory('sign');
    const g = new Git(dir, { env: { GNUPGHOME: key.home } });
    await g.tag('v0.2.0', 'Release v0.2.0', { signingKey: key.fingerprint });
    const raw = await g.git(['verify-tag', '--raw', '--', 'v0.2.0']);
    expect(raw.stderr).toContain(`VALIDSIG ${key.fingerprint}`);
  });

  it('aborts a conflicting cherry-pick cleanly and names the files', async () => {
    const dir = repoWithHistory('pick');
    const side = commit(dir, 'fix: on main', { 'a.txt': 'main\n' });
    const g = new Git(dir);
    await g.switchNew('hotfix-v0.1.2', 'v0.1.1');
    commit(dir, 'fix: hotfix side', { 'a.txt': 'hotfix\n' });
    const before = refs(dir);
    await expect(g.cherryPick([side])).rejects.toThrow(/cherry-pick of [0-9a-f]{40} failed with conflicts in a.txt/);
    expect(await g.isClean()).toBe(true);
    expect(refs(dir)).toBe(before);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('hotfix\n');
  });

  it('adds an orphan worktree for another branch without touching the checkout', async () => {
    const dir = repoWithHistory('wt');
    const g = new Git(dir);
    const wtDir = join(tmp.path, 'wt-pages');
    const wt = await g.addWorktree(wtDir, '', { orphanBranch: 'gh-pages' });
    writeFileSync(join(wtDir, 'index.yaml'), 'apiVersion: v1\n');
    await wt.commit('Publish chart', { paths: ['index.yaml'] });
    await g.removeWorktree(wtDir);
    expect(git(dir, ['show', 'gh-pages:index.yaml'])).toBe('apiVersion: v1');
    expect(git(dir, ['rev-list', '--count', 'gh-pages'])).toBe('1');
    expect(await g.currentBranch()).toBe('main');
  });
});

describe('pushWithRetry', () => {
  it('re-fetches, re-applies and lands both writers when the branch moved (never force)', async () => {
    const origin = initRepo(join(tmp.path, 'origin.git'), { bare: true });
    const seed = repoWithHistory('seed');
    git(seed, ['push', '-q', origin, 'main']);
    const a = join(tmp.path, 'clone-a');
    const b = join(tmp.path, 'clone-b');
    git(tmp.path, ['clone', '-q', origin, a]);
    git(tmp.path, ['clone', '-q', origin, b]);
    // b lands first: a's push is now a non-fast-forward.
    commit(b, 'concurrent writer', { 'b-entry.txt': 'b\n' });
    git(b, ['push', '-q', 'origin', 'main']);
    commit(a, 'my entry', { 'a-entry.txt': 'a\n' });
    const ga = new Git(a);
    let reapplied = 0;
    const res = await pushWithRetry(ga, {
      remote: 'origin',
      branch: 'main',
      backoffMs: () => 1,
      reapply: async () => {
        reapplied++;
        writeFileSync(join(a, 'a-entry.txt'), 'a\n');
        await ga.commit('my entry', { paths: ['a-entry.txt'] });
        return true;
      },
    });
    expect(res).toEqual({ attempts: 2, pushed: true });
    expect(reapplied).toBe(1);
    const files = git(origin, ['ls-tree', '--name-only', 'main']).split('\n');
    expect(files).toEqual(expect.arrayContaining(['a-entry.txt', 'b-entry.txt']));
  });

  it('fails at once on a refusal that is not a race', async () => {
    const origin = initRepo(join(tmp.path, 'protected.git'), { bare: true });
    const seed = repoWithHistory('seed2');
    git(seed, ['push', '-q', origin, 'main']);
    writeFileSync(join(origin, 'hooks', 'pre-receive'), '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n', { mode: 0o755 });
    commit(seed, 'another', { 'c.txt': 'c\n' });
    git(seed, ['remote', 'add', 'origin', origin]);
    let reapplied = 0;
    await expect(
      pushWithRetry(new Git(seed), { remote: 'origin', branch: 'main', reapply: async () => ++reapplied > 0 }),
    ).rejects.toThrow(/push to main was refused: .*Protected branch/);
    expect(reapplied).toBe(0);
  });

  it('classifies push results', () => {
    expect(isNonFastForward({ exitCode: 1, stdout: '!\trefs/heads/main:refs/heads/main\t[rejected] (fetch first)', stderr: '' })).toBe(true);
    expect(isNonFastForward({ exitCode: 1, stdout: '', stderr: 'remote: error: GH006: Protected branch update failed\n ! [remote rejected] main -> main (pre-receive hook declined)' })).toBe(false);
  });
});
