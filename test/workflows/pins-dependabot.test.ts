import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../support/workflows/model.js';

/**
 * .github/dependabot.yml keeps the pins current: GitHub Actions and npm, weekly, grouped. The
 * option names are GitHub's (docs: "Dependabot options reference"); an unknown one is a typo
 * Dependabot would reject when it reads the file.
 */
interface Group {
  patterns?: string[];
  'dependency-type'?: string;
  [key: string]: unknown;
}
interface Update {
  'package-ecosystem': string;
  directory?: string;
  schedule?: { interval?: string };
  cooldown?: { 'default-days'?: number };
  ignore?: Array<{ 'dependency-name'?: string }>;
  groups?: Record<string, Group>;
  [key: string]: unknown;
}

const UPDATE_KEYS = new Set([
  'package-ecosystem', 'directory', 'directories', 'schedule', 'allow', 'assignees', 'commit-message', 'cooldown', 'exclude-paths', 'groups', 'ignore',
  'insecure-external-code-execution', 'labels', 'milestone', 'open-pull-requests-limit', 'pull-request-branch-name', 'rebase-strategy', 'registries',
  'reviewers', 'target-branch', 'vendor', 'versioning-strategy',
]);
const GROUP_KEYS = new Set(['applies-to', 'dependency-type', 'patterns', 'exclude-patterns', 'update-types', 'group-by']);

const text = readFileSync(join(projectRoot, '.github', 'dependabot.yml'), 'utf8');
const config = parse(text) as { version: number; updates: Update[] };
const update = (ecosystem: string): Update => {
  const found = config.updates.filter((u) => u['package-ecosystem'] === ecosystem);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('.github/dependabot.yml', () => {
  it('is version 2 with exactly the github-actions and npm ecosystems, at the repository root, weekly', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of config.updates) {
      expect([u['package-ecosystem'], u.directory, u.schedule?.interval]).toEqual([u['package-ecosystem'], '/', 'weekly']);
      // a release stays out of a pull request for a week, the time a compromised tag takes to be noticed
      expect(u.cooldown?.['default-days']).toBeGreaterThanOrEqual(7);
    }
  });

  it('groups every GitHub Action into one pull request, and leaves the suite\'s own references alone', () => {
    const actions = update('github-actions');
    expect(Object.values(actions.groups ?? {})).toEqual([{ patterns: ['*'] }]);
    const ignored = (actions.ignore ?? []).map((i) => i['dependency-name'] ?? '');
    // Dependabot's wildcard is `*` for any text, `/` included; it names an action in a subfolder owner/repo/path
    const matches = (name: string): boolean => ignored.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name));
    for (const ours of ['llm-d/release-actions', 'llm-d/release-actions/actions/announce', 'llm-d/release-actions/.github/workflows/release.yaml']) expect([ours, matches(ours)]).toEqual([ours, true]);
    for (const theirs of ['actions/checkout', 'llm-d/release-actions-fork', 'llm-d-incubation/workload-variant-autoscaler']) expect([theirs, matches(theirs)]).toEqual([theirs, false]);
  });

  it('groups npm into a production and a development pull request', () => {
    const npm = update('npm');
    const types = Object.values(npm.groups ?? {}).map((g) => g['dependency-type']);
    expect(types.sort()).toEqual(['development', 'production']);
    for (const g of Object.values(npm.groups ?? {})) expect(g.patterns).toBeUndefined();
  });

  it('uses only option names Dependabot knows', () => {
    for (const u of config.updates) {
      expect(Object.keys(u).filter((k) => !UPDATE_KEYS.has(k))).toEqual([]);
      for (const g of Object.values(u.groups ?? {})) expect(Object.keys(g).filter((k) => !GROUP_KEYS.has(k))).toEqual([]);
    }
  });

  it('would catch a misspelt option (the check can fail)', () => {
    const bad = parse(text.replaceAll('cooldown:', 'cool-down:')) as { updates: Update[] };
    expect(bad.updates.flatMap((u) => Object.keys(u).filter((k) => !UPDATE_KEYS.has(k)))).toEqual(['cool-down', 'cool-down']);
  });
});
