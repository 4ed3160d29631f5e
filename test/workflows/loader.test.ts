import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../support/workflows/model.js';

/**
 * Plain Node (outside jest) cannot import @actions/workflow-parser: its JSON schemas are
 * imported without `with { type: "json" }`. test/support/workflows/register.mjs fixes that.
 */
const script = `
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { readFileSync } from 'node:fs';
const r = parseWorkflow({ name: 'release.yaml', content: readFileSync('.github/workflows/release.yaml', 'utf8') }, new NoOperationTraceWriter());
console.log(JSON.stringify({ errors: r.context.errors.getErrors().length, parsed: r.value !== undefined }));
`;

function node(args: string[]) {
  return spawnSync(process.execPath, [...args, '--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
}

describe('the JSON loader hook for plain Node', () => {
  it('lets a plain Node script parse a workflow', () => {
    const r = node(['--import', join(projectRoot, 'test', 'support', 'workflows', 'register.mjs')]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ errors: 0, parsed: true });
  });

  it('is needed: without it Node refuses the package', () => {
    const r = node([]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/import attribute|assertion/i);
  });
});
