import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fixturesDir, loadWorkflow, readWorkflow, workflowFiles, type Workflow } from '../support/workflows/model.js';
import { crossWorkflowRules, describe as describeFindings, SuiteActions, workflowRules, type RuleName } from '../support/workflows/rules.js';

/**
 * The suite's own rules: pins, permissions, script injection, credentials, the inputs and
 * outputs of the suite's actions, one suite ref, concurrency, caller permissions, :latest.
 * Each rule passes on the real workflows and catches its bad fixture (test/fixtures/workflows/bad/,
 * whose first line names the rule it breaks) and nothing else there.
 */
const real = workflowFiles().map(loadWorkflow);
const byPath = new Map(real.map((wf) => [wf.file, wf]));
const resolve = (path: string): Workflow | undefined => byPath.get(path.replace(/^\.\//, ''));

describe('the workflows keep the rules', () => {
  const actions = new SuiteActions();
  const findings = [...real.flatMap((wf) => workflowRules(wf, { actions, resolve })), ...crossWorkflowRules(real)];

  it('has no findings', () => {
    expect(describeFindings(findings)).toBe('');
  });

  it("checked the inputs of at least one suite action against its action.yml (the others' are not written yet)", () => {
    expect(actions.checked.size).toBeGreaterThan(0);
    // every action the workflows use is either checked or still missing, never silently ignored
    expect(new Set([...actions.checked, ...actions.missing])).toEqual(new Set(['announce', 'bump-version', 'changelog', 'publish-helm', 'verify-release']));
  });
});

const badDir = join(fixturesDir, 'bad');
const bad = readdirSync(badDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(badDir, f), 'utf8');
    const rule = /^# ([a-z-]+):/.exec(text)?.[1] as RuleName | undefined;
    return { name: f, rule, wf: readWorkflow(`test/fixtures/workflows/bad/${f}`, text) };
  });

/** Rules the untrusted-input fixtures also break: any expression in run: is already against the house rule. */
const ALSO: Partial<Record<string, RuleName[]>> = {
  'event-in-run.yaml': ['expression-in-run'],
  'input-in-run.yaml': ['expression-in-run'],
  'head-ref-in-run.yaml': ['expression-in-run'],
};

describe.each(bad.map((b) => [b.name, b] as const))('bad fixture %s', (_name, b) => {
  it('is caught by the rule it names, and only by that rule', () => {
    expect(b.rule).toBeDefined();
    const findings = [...workflowRules(b.wf, { actions: new SuiteActions(), resolve }), ...crossWorkflowRules([b.wf])];
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    expect(rules).toEqual([b.rule!, ...(ALSO[b.name] ?? [])].sort());
    for (const f of findings) expect(f.line).toBeGreaterThan(0);
  });
});

describe('bad fixtures', () => {
  it('cover every rule', () => {
    const covered = new Set(bad.map((b) => b.rule));
    const all: RuleName[] = [
      'pinned-third-party',
      'consistent-pins',
      'untrusted-in-run',
      'expression-in-run',
      'top-permissions-empty',
      'job-permissions',
      'no-secrets-inherit',
      'checkout-credentials',
      'suite-inputs',
      'suite-outputs',
      'suite-refs-agree',
      'concurrency',
      'caller-permissions',
      'latest-tag',
      'self-refs',
    ];
    expect(all.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('catch a reference to the suite across files (one workflow at v1, another at v2)', () => {
    const [a] = bad.filter((b) => b.name === 'unknown-suite-output.yaml');
    const v2 = readWorkflow('v2.yaml', readFileSync(join(badDir, 'unknown-suite-output.yaml'), 'utf8').replace('@v1', '@v2'));
    const rules = crossWorkflowRules([a!.wf, v2]).map((f) => f.rule);
    expect(rules).toEqual(['suite-refs-agree']);
  });

  it('name a file and line for each finding', () => {
    const [f] = workflowRules(bad.find((b) => b.name === 'unpinned-action.yaml')!.wf, { actions: new SuiteActions(), resolve });
    expect(f).toMatchObject({ file: 'test/fixtures/workflows/bad/unpinned-action.yaml', line: 11, rule: 'pinned-third-party' });
    expect(basename(f!.file)).toBe('unpinned-action.yaml');
  });
});
