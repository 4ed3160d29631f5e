import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { actionYmlFiles, fixturesDir, workflowFiles } from '../support/workflows/model.js';
import { parseActionText, parseWorkflowText } from '../support/workflows/parser.js';

/** GitHub's own parser (@actions/workflow-parser) on every workflow and action.yml. */
const workflows = workflowFiles();
const tools = join(fixturesDir, 'bad', 'tools');

describe('@actions/workflow-parser', () => {
  it('finds the six workflows', () => {
    expect(workflows.map((f) => basename(f))).toEqual(['charts-release.yaml', 'ci-release.yaml', 'ci.yaml', 'prepare-release.yaml', 'release.yaml', 'self-release.yaml', 'tag-release.yaml']);
  });

  it.each(workflows.map((f) => [basename(f), f]))('%s parses with zero errors', async (name, file) => {
    const result = await parseWorkflowText(name, readFileSync(file, 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.jobs.length).toBeGreaterThan(0);
  });

  it.each(actionYmlFiles().map((f) => [f.split('/').slice(-2).join('/'), f]))('%s parses with zero errors', async (name, file) => {
    expect(await parseActionText(name, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('checks the inputs and secrets ci-release.yaml passes against release.yaml', async () => {
    // the same caller, with a file provider that does not know the suite: the call cannot be checked
    const text = readFileSync(workflows.find((f) => f.endsWith('ci-release.yaml'))!, 'utf8');
    const blind = await parseWorkflowText('ci-release.yaml', text, () => undefined);
    expect(blind.errors.join('\n')).toMatch(/Unable to find reusable workflow/);
  });

  it('reports a misspelt key and a step that both runs and uses', async () => {
    const result = await parseWorkflowText('parser-unknown-key.yaml', readFileSync(join(tools, 'parser-unknown-key.yaml'), 'utf8'));
    expect(result.errors.join('\n')).toMatch(/run-on/);
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
  });

  it('reports an input the called release.yaml does not declare', async () => {
    const result = await parseWorkflowText('parser-unknown-call-input.yaml', readFileSync(join(tools, 'parser-unknown-call-input.yaml'), 'utf8'));
    expect(result.errors.join('\n')).toMatch(/Invalid input, modes is not defined in the referenced workflow/);
  });

  it('reports an action.yml whose node action names no script', async () => {
    const errors = await parseActionText('action.yml', readFileSync(join(tools, 'action-without-main', 'action.yml'), 'utf8'));
    expect(errors.join('\n')).toMatch(/main/);
  });
});
