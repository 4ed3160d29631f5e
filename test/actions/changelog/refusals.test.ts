import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, writeFiles } from '../../support/git.js';
import { buildRepo, readTree, type SampleRepo } from '../../support/repos.js';
import { changelog, expectRefusal, WVA_URL } from './helpers.js';

/**
 * Every refusal: one error that says what is wrong (with the file and line when a file
 * is at fault), no output, no summary, and the work tree byte for byte as it was.
 */
describe('refusals leave the repository untouched', () => {
  let repo: SampleRepo;
  beforeAll(() => {
    repo = buildRepo({ fixture: 'wva' });
  });
  afterAll(() => repo.cleanup());

  async function refused(
    inputs: Record<string, string>,
    message: RegExp | string,
    opts: { setup?: Record<string, string>; where?: { file: string; line?: number }; ref?: string; token?: string } = {},
  ): Promise<void> {
    writeFiles(repo.dir, opts.setup ?? {});
    const before = readTree(repo.dir);
    try {
      const run = await changelog(repo.dir, inputs, { ...(opts.ref ? { ref: opts.ref } : {}), ...(opts.token !== undefined ? { token: opts.token } : {}) });
      expectRefusal(run, message);
      expect(run.summary).toBe('');
      if (opts.where) expect({ file: run.errors[0]!.file, line: run.errors[0]!.line }).toEqual({ line: undefined, ...opts.where });
      expect(readTree(repo.dir)).toEqual(before);
    } finally {
      git(repo.dir, ['checkout', '-q', '--', '.']);
      git(repo.dir, ['clean', '-qfd']);
    }
  }

  it.each([
    ['a heading it cannot place', '# Changelog\n\n## [Unreleased]\n\n## Release notes for the next one\n\n- x\n', 5],
    ['no headings at all', 'Nothing here yet.\n', 1],
  ])('update of a CHANGELOG with %s: the line, and the file unchanged', async (_what, text, line) => {
    await refused({ mode: 'update', version: '0.5.0' }, 'CHANGELOG.md:', { setup: { 'CHANGELOG.md': text }, where: { file: 'CHANGELOG.md', line } });
  });

  it('extract of a CHANGELOG it cannot read names the line', async () => {
    await refused({ mode: 'extract', version: '0.4.1' }, /cannot place the heading/, { setup: { 'CHANGELOG.md': '# Changelog\n\n## Notes\n' }, where: { file: 'CHANGELOG.md', line: 3 } });
  });

  it('extract of a version the file does not have lists the versions it has', async () => {
    await refused({ mode: 'extract', version: '0.3.0' }, 'has no section for 0.3.0; it has Unreleased, 0.4.1, 0.4.0', { where: { file: 'CHANGELOG.md' } });
  });

  it('a missing changelog for extract and lint', async () => {
    await refused({ mode: 'extract', version: '0.4.1', path: 'docs/NOPE.md' }, 'docs/NOPE.md: not found');
    await refused({ mode: 'lint', path: 'docs/NOPE.md' }, 'docs/NOPE.md: not found');
  });

  it('a release.yml that is not YAML: the file and line, the changelog unchanged', async () => {
    await refused({ mode: 'update', version: '0.5.0', categories: 'release.yml' }, 'release.yml:', {
      setup: { 'release.yml': 'changelog:\n  categories:\n    - title: Fixes\n      labels: [bug\n' },
      where: { file: 'release.yml', line: 5 },
    });
  });

  it('a release.yml of the wrong shape', async () => {
    await refused({ mode: 'notes', version: '0.5.0' }, "category 'Fixes' has no 'labels'", {
      setup: { '.github/release.yml': 'changelog:\n  categories:\n    - title: Fixes\n' },
      where: { file: '.github/release.yml', line: 3 },
    });
  });

  it.each([
    [{ mode: 'update', version: '0.5.0', to: 'v9.9.9' }, "input 'to': \"v9.9.9\" is not a commit of this repository (release tags: v0.4.1, v0.4.0)"],
    [{ mode: 'notes', version: '0.5.0', from: 'nope' }, "input 'from': \"nope\" is not a commit"],
    [{ mode: 'update', version: '0.5.0', from: 'v0.4.0..v0.4.1' }, "input 'from': expected a tag, branch or commit SHA"],
    [{ mode: 'update', version: '0.5.0', to: '--output=/tmp/x' }, "input 'to': expected a tag, branch or commit SHA"],
    [{ mode: 'update', version: '0.5.0', date: '2026-02-30' }, "input 'date': expected a calendar date YYYY-MM-DD"],
    [{ mode: 'update', version: '0.5' }, "input 'version'"],
    [{ mode: 'update', version: 'Unreleased' }, "input 'version': 'Unreleased' can only be extracted"],
    [{ mode: 'notes', version: '0.5.0', regenerate: 'true' }, "input 'regenerate': only applies to mode update"],
    [{ mode: 'extract', version: '0.4.1', from: 'v0.4.0' }, "input 'from': is only read by mode update or notes"],
    [{ mode: 'lint', date: '2026-01-01' }, "input 'date': only applies to mode update"],
    [{ mode: 'update', version: '0.5.0', 'notes-template': 'notes.md' }, "input 'notes-template': only applies to mode notes"],
    [{ mode: 'update', version: '0.5.0', path: '../outside.md' }, "input 'path': expected a path inside the repository"],
    [{ mode: 'update', version: '0.5.0', path: '/etc/passwd' }, "input 'path': expected a path inside the repository"],
    [{ mode: 'publish', version: '0.5.0' }, "input 'mode': expected one of update, extract, notes, lint"],
    [{ version: '0.5.0' }, "input 'mode': required"],
    [{ mode: 'update', version: '0.5.0', 'use-pull-requests': 'yes' }, "input 'use-pull-requests': expected true or false"],
    [{ mode: 'update', version: '0.5.0', categories: 'missing.yml' }, 'missing.yml: not found (input categories names it)'],
    [{ mode: 'update', version: '0.5.0', config: 'missing.yaml' }, 'missing.yaml: config file not found'],
    [{ mode: 'notes', version: '0.5.0', 'notes-template': 'missing.md' }, 'missing.md: not found (input notes-template names it)'],
  ])('refuses %j', async (inputs, message) => {
    await refused(inputs as Record<string, string>, message);
  });

  it('no version on a run not started by a tag', async () => {
    await refused({ mode: 'notes' }, /input 'version': required.*not started by a tag: GITHUB_REF=refs\/heads\/main/);
  });

  it('a tag that is not a version', async () => {
    await refused({ mode: 'notes' }, "input 'version': not given, and the tag that started the run is not a version", { ref: 'refs/tags/nightly' });
  });

  it('pull requests without a token', async () => {
    await refused({ mode: 'update', version: '0.5.0', 'use-pull-requests': 'true' }, "input 'token': required to read pull requests", { token: '' });
  });
});

describe('refusals about the checkout', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cl-checkout-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a shallow clone (the range would be cut short)', async () => {
    const repo = buildRepo({ fixture: 'wva' });
    try {
      const shallow = join(root, 'shallow');
      git(root, ['clone', '-q', '--depth=2', `file://${repo.dir}`, shallow]);
      const before = readTree(shallow);
      const run = await changelog(shallow, { mode: 'update', version: '0.5.0' });
      expectRefusal(run, 'the checkout is shallow');
      expect(run.errors[0]!.message).toContain('fetch-depth: 0');
      expect(readTree(shallow)).toEqual(before);
    } finally {
      await repo.cleanup();
    }
  });

  it('a workspace that is not a git repository', async () => {
    const dir = mkdtempSync(join(root, 'plain-'));
    writeFileSync(join(dir, 'CHANGELOG.md'), `# Changelog\n\n## [Unreleased]\n\n[Unreleased]: ${WVA_URL}/compare/v0.1.0...HEAD\n`);
    const before = readTree(dir);
    const run = await changelog(dir, { mode: 'update', version: '0.5.0' }, { env: { GIT_CEILING_DIRECTORIES: root } });
    expectRefusal(run, 'is not a git repository');
    expect(readTree(dir)).toEqual(before);
  });
});
