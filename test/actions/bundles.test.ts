import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionNames } from '../../scripts/bundle.mjs';
import { projectRoot, runAction } from '../support/harness.js';
import { tempDir } from '../support/tmp.js';

/**
 * Every action, as the runner sees it: its action.yml, its committed bundle run
 * with `node`, and the inputs its code reads kept in step with the ones it declares.
 */
const names = await actionNames();

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

describe('bundled actions', () => {
  it('finds the actions of the suite', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  describe.each(names)('%s', (name) => {
    const yml = parse(readFileSync(join(projectRoot, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;

    it('declares node24 and points at its committed bundle', () => {
      expect(yml.runs.using).toBe('node24');
      expect(yml.runs.main).toBe(`../../dist/${name}/index.js`);
      expect(existsSync(join(projectRoot, 'dist', name, 'index.js'))).toBe(true);
      expect(existsSync(join(projectRoot, 'dist', name, 'licenses.txt'))).toBe(true);
      expect(yml.description.length).toBeGreaterThan(10);
      for (const [input, spec] of Object.entries(yml.inputs ?? {})) expect([input, spec.description?.length ?? 0]).not.toEqual([input, 0]);
    });

    it('reads exactly the inputs its action.yml declares', async () => {
      const mod = (await import(`../../actions/${name}/inputs.js`)) as { spec: Record<string, unknown> };
      expect(Object.keys(mod.spec).sort()).toEqual(Object.keys(yml.inputs ?? {}).sort());
    });

    it('runs under node as the runner would and refuses malformed inputs with one error naming an input, writing nothing', async () => {
      const inputs = Object.fromEntries(
        Object.entries(yml.inputs ?? {})
          .filter(([, s]) => s.default === 'true' || s.default === 'false')
          .map(([n]) => [n, 'maybe']),
      );
      expect(Object.keys(inputs).length).toBeGreaterThan(0);
      const ws = await tempDir('smoke-');
      try {
        const run = await runAction({ action: name, workspace: ws.path, inputs });
        expect(run.exitCode).toBe(1);
        expect(run.errors).toHaveLength(1);
        const named = /^input '([^']+)'/.exec(run.errors[0]?.message ?? '')?.[1];
        expect(Object.keys(yml.inputs ?? {})).toContain(named);
        expect(run.outputs).toEqual({});
        expect(run.summary).toBe('');
        expect(run.stderr).toBe('');
      } finally {
        await ws.cleanup();
      }
    });
  });
});
