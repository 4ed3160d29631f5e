/**
 * The configuration's validator is ajv's standalone code, generated at build time
 * (scripts/config-validator.mjs): the committed module is what the schema gives, and it judges
 * every configuration as ajv compiling the schema at start-up did — the same verdict and the same
 * error objects, so the same messages.
 */
import { describe, expect, it } from '@jest/globals';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../../actions/lib/config/config.js';
import { configSchema } from '../../../actions/lib/config/schema.js';
import { validator } from '../../../actions/lib/config/validate.js';
import { projectRoot } from '../../support/harness.js';

interface Generator {
  validatorSource(schema: unknown): string;
  VALIDATOR_FILE: string;
}
const generator = async (): Promise<Generator> => (await import(join(projectRoot, 'scripts', 'config-validator.mjs'))) as Generator;

/** What actions/lib/config/validate.ts compiled on first use before. */
function compiledAtStartUp() {
  const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['uri', 'email']);
  return ajv.compile(configSchema);
}

const CONFIGS: unknown[] = [
  {},
  { chart: 'charts/a', images: ['ghcr.io/llm-d/wva', 'ghcr.io/llm-d/wva-sidecar'], 'pages-branch': 'pages', 'version-files': [{ path: 'Makefile', type: 'makefile', variables: ['VERSION', 'IMG_TAG'] }], announce: { 'dispatch-repos': ['llm-d/llm-d-infra'] } },
  { 'helm-repo-name': 'wva', 'bogus-key': 1 },
  { 'helm-repo-name': 'wva', platforms: 5 },
  { chart: '' },
  { chart: 7 },
  { images: ['GHCR.io/Upper'] },
  { platforms: ['linux'] },
  { 'helm-repo-url': 'not a url' },
  { 'version-files': [{ path: 'Makefile', type: 'nope' }] },
  { 'version-files': [{ type: 'makefile' }] },
  { announce: { 'mail-to': ['not-an-address'] } },
  { announce: { 'next-milestone': 'yes', bogus: 1 } },
  [],
  'text',
];

describe('the configuration validator', () => {
  it('is the module the schema gives (scripts/config-validator.mjs), and would differ for another schema', async () => {
    const { validatorSource, VALIDATOR_FILE } = await generator();
    const committed = readFileSync(VALIDATOR_FILE, 'utf8');
    expect(committed).toBe(validatorSource(configSchema));
    expect(validatorSource({ ...configSchema, properties: { ...configSchema.properties, chart: { type: 'integer' } } })).not.toBe(committed);
    expect(committed).not.toMatch(/\brequire\(/);
  });

  it.each(CONFIGS.map((c) => [JSON.stringify(c), c] as const))('judges %s as compiling the schema at start-up did', (_name, config) => {
    const before = compiledAtStartUp();
    const now = validator();
    expect(now(config)).toBe(before(config));
    expect(now.errors ?? null).toEqual(before.errors ?? null);
  });

  it('reads a file with the same messages: the unknown key, a wrong type, a pattern, a format', async () => {
    await expect(parseConfig('helm-repo-name: wva\nbogus-key: 1\n', 'cfg.yaml')).rejects.toThrow(/^cfg\.yaml:2: key 'bogus-key': unknown key \(expected one of chart, charts, images, /);
    await expect(parseConfig('helm-repo-name: wva\nplatforms: 5\n', 'cfg.yaml')).rejects.toThrow("cfg.yaml:2: key 'platforms': expected array");
    await expect(parseConfig('images: [GHCR.io/Upper]\n', 'cfg.yaml')).rejects.toThrow(/^cfg\.yaml:1: key 'images\.0': does not match the expected form \^\[a-z0-9\]/);
    await expect(parseConfig('helm-repo-url: not a url\n', 'cfg.yaml')).rejects.toThrow(/^cfg\.yaml:1: key 'helm-repo-url': must match format "uri"/);
  });
});
