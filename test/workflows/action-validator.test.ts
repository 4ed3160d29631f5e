import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { actionValidator, normaliseForValidator, type Validation } from '../support/workflows/action-validator.js';
import { actionYmlFiles, fixturesDir, projectRoot, workflowFiles } from '../support/workflows/model.js';

/** @action-validator/cli (the binary) on every workflow and every action.yml that exists. */
const files = [...workflowFiles(), ...actionYmlFiles()];
const tools = join(fixturesDir, 'bad', 'tools');

/** One binary run per file, three at a time (each is a node start plus a WebAssembly load). */
async function validateAll(paths: readonly string[]): Promise<Map<string, Validation>> {
  const results = new Map<string, Validation>();
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) results.set(file, await actionValidator(file, readFileSync(file, 'utf8')));
    }),
  );
  return results;
}

let results: Map<string, Validation>;
beforeAll(async () => {
  results = await validateAll(files);
}, 120_000);

describe('action-validator', () => {
  it('has action.yml files to check besides the workflows', () => {
    expect(actionYmlFiles().length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(projectRoot, f), f]))('%s is valid', async (_name, file) => {
    const result = results.get(file)!;
    expect(result.report).toBe('');
    expect(result.ok).toBe(true);
  });

  it('rewrites only what its 0.6.0 schemas do not know yet, and those still fail unrewritten', async () => {
    const release = join(projectRoot, '.github', 'workflows', 'release.yaml');
    const text = readFileSync(release, 'utf8');
    const { rewrites } = normaliseForValidator(text);
    expect(new Set(rewrites)).toEqual(new Set(['permissions.attestations: write', 'permissions.attestations: read']));
    const raw = await actionValidator(release, text, { normalise: false });
    expect(raw.ok).toBe(false);
    expect(raw.report).toMatch(/Additional property 'attestations' is not allowed/);

    const [action] = actionYmlFiles();
    expect(normaliseForValidator(readFileSync(action!, 'utf8')).rewrites).toEqual(['runs.using node24→node20']);
  });

  it('rejects a workflow job without runs-on, an attestations scope next to it notwithstanding', async () => {
    const file = join(tools, 'validator-job-without-runner.yaml');
    const result = await actionValidator(file, readFileSync(file, 'utf8'));
    expect(result.rewrites).toEqual(['permissions.attestations: write']);
    expect(result.ok).toBe(false);
    expect(result.report).toMatch(/runs-on/);
  });

  it('rejects a node24 action.yml without its main script', async () => {
    const file = join(tools, 'action-without-main', 'action.yml');
    const result = await actionValidator(file, readFileSync(file, 'utf8'));
    expect(result.rewrites).toEqual(['runs.using node24→node20']);
    expect(result.ok).toBe(false);
    expect(basename(file)).toBe('action.yml');
  });
});
