/**
 * The workflow audit: the real workflows have zero findings under the suite's rules
 * (test/workflows/rules.test.ts proves those) and under the rules added here, and each rule
 * added here catches its bad fixture (bad/*.yaml, whose first line names the rule) and only it.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkflow, readWorkflow, workflowFiles } from '../../support/workflows/model.js';
import { crossWorkflowRules, SuiteActions, workflowRules } from '../../support/workflows/rules.js';
import { auditRules, type AuditRule } from './rules.js';

const here = dirname(fileURLToPath(import.meta.url));
const real = workflowFiles().map(loadWorkflow);
const byPath = new Map(real.map((wf) => [wf.file, wf]));
const resolve = (path: string) => byPath.get(path.replace(/^\.\//, ''));

describe('the audit of .github/workflows', () => {
  it('reads every workflow', () => {
    expect(real.length).toBeGreaterThan(0);
  });

  it('has zero findings, under the suite rules and the audit rules', () => {
    const findings = [...real.flatMap((wf) => [...workflowRules(wf, { actions: new SuiteActions(), resolve }), ...auditRules(wf)]), ...crossWorkflowRules(real)];
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`)).toEqual([]);
  });
});

const bad = readdirSync(join(here, 'bad'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(here, 'bad', f), 'utf8');
    return { name: f, rule: /^# ([a-z-]+):/.exec(text)?.[1] as AuditRule | undefined, wf: readWorkflow(`test/reliability/audit/bad/${f}`, text) };
  });

describe.each(bad.map((b) => [b.name, b] as const))('bad fixture %s', (_name, b) => {
  it('is caught by the rule it names, and only by that rule, on a line', () => {
    const findings = auditRules(b.wf);
    expect([...new Set(findings.map((f) => f.rule))]).toEqual([b.rule]);
    for (const f of findings) expect(f.line).toBeGreaterThan(0);
  });
});

it('the bad fixtures cover every audit rule', () => {
  expect(new Set(bad.map((b) => b.rule))).toEqual(new Set<AuditRule>(['dangerous-triggers', 'cache-in-release', 'actor-decision']));
});
