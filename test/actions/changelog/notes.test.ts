import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commit, initRepo, tag, writeFiles } from '../../support/git.js';
import { buildRepo, type SampleRepo } from '../../support/repos.js';
import { changelog, entriesOf, expectGolden, expectSuccess, WVA_URL } from './helpers.js';

describe('notes on the WVA sample repository', () => {
  let repo: SampleRepo;
  let temp: string;
  beforeAll(() => {
    repo = buildRepo({ fixture: 'wva' });
    temp = mkdtempSync(join(tmpdir(), 'cl-runner-temp-'));
  });
  afterAll(async () => {
    await repo.cleanup();
    rmSync(temp, { recursive: true, force: true });
  });

  it('renders the documented shape, with the hand-written Unreleased lines and the Installation block from the configuration (golden)', async () => {
    writeFiles(repo.dir, { '.github/release-actions.yaml': 'helm-repo-name: wva\nnamespace: wva-system\n' });
    const run = await changelog(repo.dir, { mode: 'notes', version: '0.5.0' }, { env: { RUNNER_TEMP: temp } });
    expectSuccess(run);
    const notes = run.outputs['notes']!;
    expectGolden('notes-wva-0.5.0.md', notes);
    expect(run.outputs['notes-file']).toBe(join(temp, 'release-notes-v0.5.0.md'));
    expect(readFileSync(run.outputs['notes-file']!, 'utf8')).toBe(notes);
    expect(run.outputs['previous-version']).toBe('0.4.1');
    expect(notes).toContain('helm repo add wva https://llm-d-incubation.github.io/workload-variant-autoscaler');
    expect(notes).toContain('  --version 0.5.0 \\\n  --namespace wva-system \\');
    expect(notes).toContain(`**Full Changelog**: ${WVA_URL}/compare/v0.4.1...v0.5.0`);
    // the hand-written lines win over the generated ones for #210 and #215, and the overview counts them
    expect(notes).not.toContain('[#210]');
    expect(notes).not.toContain('[#215]');
    expect(notes).toContain('This release brings 1 new feature, 1 bug fix and 1 documentation update.');
    expect(notes.split('\n').filter((l) => l === '- Queue-depth based scale-out for vLLM backends (#210)')).toHaveLength(2); // highlight and section
    expect(run.summary).toContain('Hand-written CHANGELOG lines included: 2 (from the Unreleased section)');
    expect(run.summary).toContain("## What's New in v0.5.0");
  });

  it('after update, the notes read the version section: generated lines are not doubled, hand-written ones kept', async () => {
    commit(repo.dir, 'feat(api): a status subresource for VariantAutoscaling (#240)');
    const update = await changelog(repo.dir, { mode: 'update', version: '0.5.0' });
    expectSuccess(update);
    const run = await changelog(repo.dir, { mode: 'notes', version: '0.5.0' });
    expectSuccess(run);
    const notes = run.outputs['notes']!;
    expect(notes.match(/#240/g)).toHaveLength(1);
    expect(notes).toContain(`- **api:** a status subresource for VariantAutoscaling ([#240](${WVA_URL}/pull/240))`);
    expect(notes).toContain('- Queue-depth based scale-out for vLLM backends (#210)');
    expect(run.summary).toContain('(from the 0.5.0 section)');
  });

  it('a notes template from the repository replaces the layout', async () => {
    writeFiles(repo.dir, { '.github/notes.md': '# {tag}\n\n{sections}\n\nSince {previous_tag}: {compare_url}\n\n{install}\n' });
    const run = await changelog(repo.dir, { mode: 'notes', version: '0.5.0', 'notes-template': '.github/notes.md' });
    expectSuccess(run);
    const notes = run.outputs['notes']!;
    expect(notes.startsWith('# v0.5.0\n\n### 🎉 New Features\n')).toBe(true);
    expect(notes).toContain(`Since v0.4.1: ${WVA_URL}/compare/v0.4.1...v0.5.0`);
    expect(notes).toContain('helm install workload-variant-autoscaler wva/workload-variant-autoscaler \\');
    expect(notes).not.toContain("What's New");
  });
});

describe('notes: escaping and the shape without a chart', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cl-notes-'));
    initRepo(dir);
    commit(dir, 'feat: first', { 'a.txt': '1' });
    tag(dir, 'v1.0.0');
    commit(dir, 'fix: thanks @mallory and @org/team for the report (#12)');
    commit(dir, 'feat: say <!channel> and <img src=x onerror=alert(1)> in the UI');
    commit(dir, 'docs: # not a heading &#64;encoded');
    commit(dir, 'feat(api)!: remove v1\n\nBREAKING CHANGE: use `v2` — ask @admins');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('neutralises mentions, HTML and channel pings; breaking changes lead (golden)', async () => {
    const run = await changelog(dir, { mode: 'notes', version: '1.1.0' }, { repository: 'acme/operator' });
    expectSuccess(run);
    const notes = run.outputs['notes']!;
    expectGolden('notes-escaping.md', notes.replace(/[0-9a-f]{40}/g, 'SHA').replace(/\[[0-9a-f]{7}\]/g, '[sha]'));
    expect(notes).not.toMatch(/(^|[^`])@(mallory|org|admins)/m);
    expect(notes).not.toContain('<');
    expect(notes).toContain('`@mallory`');
    expect(notes).toContain('&lt;!channel&gt;');
    expect(notes).toContain('&amp;#64;encoded');
    expect(notes).not.toContain('📦 Installation');
    expect(notes).toContain('**Full Changelog**: https://github.com/acme/operator/compare/v1.0.0...v1.1.0');
    // the entries output is data: the commit text as written
    expect(entriesOf(run).find((e) => e.pr === 12)?.subject).toBe('thanks @mallory and @org/team for the report');
  });

  it('a first release compares nothing: the commit list of its tag', async () => {
    const run = await changelog(dir, { mode: 'notes', version: '1.0.0' }, { repository: 'acme/operator' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('');
    expect(run.outputs['notes']).toContain('**Full Changelog**: https://github.com/acme/operator/commits/v1.0.0');
    expect(entriesOf(run).map((e) => e.subject)).toEqual(['first']);
  });

  it('a malformed CHANGELOG does not stop the notes: one warning on its line', async () => {
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## Next\n');
    const run = await changelog(dir, { mode: 'notes', version: '1.1.0' }, { repository: 'acme/operator' });
    expectSuccess(run);
    expect(run.annotations.map((a) => [a.level, a.file, a.line])).toEqual([['warning', 'CHANGELOG.md', 3]]);
    expect(run.annotations[0]!.message).toContain('left out of the notes');
    expect(run.outputs['notes']).toContain('### ⚠️ Breaking Changes');
  });
});
