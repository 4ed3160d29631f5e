import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { asMap, classifyUses, loadWorkflow, projectRoot, workflowFiles, workflowsDir, type JsonMap } from '../support/workflows/model.js';

/** docs/workflows.md and docs/migration-from-ci-release.md kept in step with the workflows. */
const docs = readFileSync(join(projectRoot, 'docs', 'workflows.md'), 'utf8');
const migration = readFileSync(join(projectRoot, 'docs', 'migration-from-ci-release.md'), 'utf8');
const release = loadWorkflow(join(workflowsDir, 'release.yaml'));
const caller = loadWorkflow(join(workflowsDir, 'ci-release.yaml'));
const prepare = loadWorkflow(join(workflowsDir, 'prepare-release.yaml'));

const on = (wf: { raw: JsonMap }, event: string): JsonMap => asMap(asMap(wf.raw['on'])?.[event]) ?? {};
/** Names written as table cells: `| \`name\` |`. */
const tableNames = (text: string): Set<string> => new Set([...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!));

describe('docs/workflows.md', () => {
  it('documents every input and secret of release.yaml, and no other', () => {
    const call = on(release, 'workflow_call');
    const names = tableNames(docs);
    const declared = [...Object.keys(asMap(call['inputs']) ?? {}), ...Object.keys(asMap(call['secrets']) ?? {})];
    expect(declared.filter((n) => !names.has(n))).toEqual([]);
    const section = docs.slice(docs.indexOf('## release.yaml inputs'), docs.indexOf('## release.yaml outputs'));
    expect([...tableNames(section)].filter((n) => !declared.includes(n))).toEqual([]);
  });

  it('documents every output of release.yaml', () => {
    for (const name of Object.keys(asMap(on(release, 'workflow_call')['outputs']) ?? {})) expect(docs).toContain(`\`${name}\``);
  });

  it('documents the dispatch inputs of ci-release.yaml and prepare-release.yaml', () => {
    for (const wf of [caller, prepare]) {
      for (const name of Object.keys(asMap(on(wf, 'workflow_dispatch')['inputs']) ?? {})) expect(docs).toContain(`\`${name}\``);
    }
  });

  it("lists each job of release.yaml with its needs", () => {
    const needsTable = tableNames(docs.slice(docs.indexOf('The `needs:` edges'), docs.indexOf('### What each job does')));
    expect([...needsTable].sort()).toEqual(release.jobs.map((j) => j.id).sort());
  });

  it('lists exactly the third-party pins the workflows use', () => {
    const used = new Set<string>();
    for (const wf of workflowFiles().map(loadWorkflow)) {
      for (const s of wf.jobs.flatMap((j) => j.steps)) {
        const ref = s.uses ? classifyUses(s.uses) : undefined;
        if (ref?.kind === 'third-party') used.add(`${ref.action} ${s.usesComment} ${ref.ref}`);
      }
    }
    const table = new Set([...docs.matchAll(/^\| ([\w.-]+\/[\w.-]+) \| (v[\d.]+) \| `([0-9a-f]{40})` \|$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`));
    expect([...table].sort()).toEqual([...used].sort());
  });
});

describe('docs/migration-from-ci-release.md', () => {
  it('shows the caller file as it is (without the template guard)', () => {
    const block = /```yaml\n(name: CI - Release[\s\S]*?)```/.exec(migration)?.[1];
    expect(block).toBeDefined();
    const shown = parse(block!) as JsonMap;
    const actual = structuredClone(caller.raw);
    delete (asMap(asMap(actual['jobs'])?.['release']) ?? {})['if'];
    expect(shown).toEqual(actual);
  });

  it('names every secret the templates read, and the permissions the caller grants', () => {
    for (const wf of [caller, prepare]) {
      for (const m of wf.text.matchAll(/secrets\.([A-Z][A-Z0-9_]*)/g)) expect(tableNames(migration)).toContain(m[1]);
    }
    const granted = asMap(caller.jobs[0]!.raw['permissions']) ?? {};
    for (const [scope, level] of Object.entries(granted)) expect(migration).toContain(`\`${scope}: ${String(level)}\``);
  });

  it('says why the release: published trigger is gone', () => {
    expect(migration).toMatch(/## Why the `release: published` trigger is dropped/);
    expect(migration).toMatch(/starts? no\s+workflow/);
  });
});
