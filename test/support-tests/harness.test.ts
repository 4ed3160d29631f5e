import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { bundle } from '../../scripts/bundle.mjs';
import { projectRoot, runAction } from '../support/harness.js';

const fixture = join(projectRoot, 'test', 'fixtures', 'actions', 'echo');

beforeAll(async () => {
  await bundle(join(fixture, 'index.ts'), join(projectRoot, '.tmp', 'echo-bundle'));
}, 120_000);

describe('runner harness', () => {
  it('runs a bundled action as the runner does and reads back outputs, summary and annotations', async () => {
    const run = await runAction({ actionYml: join(fixture, 'action.yml'), workspace: projectRoot, inputs: { greeting: 'hello', loud: 'true' }, token: 's3cr3t-token' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ said: 'HELLO', multiline: 'HELLO\nsecond line', json: '{"n":1}' });
    expect(run.summary).toContain('## Echo');
    expect(run.summary).toContain('| HELLO |');
    expect(run.annotations).toEqual([{ level: 'warning', message: 'a warning with a place', title: undefined, file: 'README.md', line: 3 }]);
    // The default `${{ github.token }}` reached the action, which masked it before logging it.
    expect(run.masks).toContain('s3cr3t-token');
    expect(run.stdout.indexOf('::add-mask::s3cr3t-token')).toBeLessThan(run.stdout.indexOf('token is'));
  });

  it('reports a failure as one error annotation with file and line, and exit 1', async () => {
    const run = await runAction({ actionYml: join(fixture, 'action.yml'), workspace: projectRoot, inputs: { greeting: 'x', 'fail-at': 'charts/a/Chart.yaml:7' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([{ level: 'error', message: 'charts/a/Chart.yaml:7: failing as asked', title: 'echo', file: 'charts/a/Chart.yaml', line: 7 }]);
    expect(run.outputs).toEqual({});
  });

  it('refuses bad input before anything else, naming the input', async () => {
    const run = await runAction({ actionYml: join(fixture, 'action.yml'), workspace: projectRoot, inputs: { greeting: 'x', loud: 'yes' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.message)).toEqual([`input 'loud': expected true or false, got "yes"`]);
    expect(run.summary).toBe('');
  });

  it('refuses to pass an input the action does not declare', async () => {
    await expect(runAction({ actionYml: join(fixture, 'action.yml'), workspace: projectRoot, inputs: { greting: 'typo' } })).rejects.toThrow("input 'greting' is not declared");
  });
});
