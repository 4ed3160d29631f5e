import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, parseConfig } from '../../../actions/lib/config/config.js';
import { configSchema } from '../../../actions/lib/config/schema.js';
import { FileError } from '../../../actions/lib/runner/errors.js';
import { writeFiles } from '../../support/git.js';
import { tempDir } from '../../support/tmp.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir('config-');
});
afterEach(async () => tmp.cleanup());

describe('loadConfig', () => {
  it('needs no file for a repository laid out like WVA', async () => {
    writeFiles(tmp.path, { 'charts/workload-variant-autoscaler/Chart.yaml': 'name: workload-variant-autoscaler\n', Makefile: '', 'README.md': '' });
    const c = await loadConfig({ workspace: tmp.path, repository: 'llm-d-incubation/workload-variant-autoscaler' });
    expect(c.source).toBeUndefined();
    expect(c.chart).toBe('charts/workload-variant-autoscaler');
    expect(c.images).toEqual(['ghcr.io/llm-d-incubation/workload-variant-autoscaler']);
    expect(c.helmRepoUrl).toBe('https://llm-d-incubation.github.io/workload-variant-autoscaler');
    expect(c.namespace).toBe('workload-variant-autoscaler-system');
    expect(c.pagesBranch).toBe('gh-pages');
    expect(c.changelog).toBe('CHANGELOG.md');
    expect(c.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('leaves the chart undecided when there are several', async () => {
    writeFiles(tmp.path, { 'charts/a/Chart.yaml': '', 'charts/b/Chart.yaml': '' });
    const c = await loadConfig({ workspace: tmp.path, repository: 'o/r' });
    expect(c.chart).toBeUndefined();
    expect(c.chartCandidates).toEqual(['charts/a', 'charts/b']);
  });

  it('reads the file and lets it override the layout', async () => {
    writeFiles(tmp.path, {
      'charts/a/Chart.yaml': '',
      '.github/release-actions.yaml': [
        'chart: charts/a',
        'images: [ghcr.io/llm-d/wva, ghcr.io/llm-d/wva-sidecar]',
        'pages-branch: pages',
        'version-files:',
        '  - { path: Makefile, type: makefile, variables: [VERSION, IMG_TAG] }',
        'announce:',
        '  dispatch-repos: [llm-d/llm-d-infra]',
        '',
      ].join('\n'),
    });
    const c = await loadConfig({ workspace: tmp.path, repository: 'o/r' });
    expect(c.source).toBe('.github/release-actions.yaml');
    expect(c.images).toHaveLength(2);
    expect(c.pagesBranch).toBe('pages');
    expect(c.versionFiles).toEqual([{ path: 'Makefile', type: 'makefile', variables: ['VERSION', 'IMG_TAG'] }]);
    expect(c.announce.dispatchRepos).toEqual(['llm-d/llm-d-infra']);
    expect(c.announce.nextMilestone).toBe(true);
  });

  it('fails when an explicitly named config is missing', async () => {
    await expect(loadConfig({ workspace: tmp.path, path: 'nope.yaml' })).rejects.toThrow('nope.yaml: config file not found');
  });
});

describe('parseConfig errors name the file, line and key', () => {
  const cases: [string, string, number | undefined, string][] = [
    ['chart: x\ncolour: blue\n', 'cfg.yaml', 2, "key 'colour': unknown key (expected one of chart"],
    ['chart: x\nimages: ghcr.io/a/b\n', 'cfg.yaml', 2, "key 'images': expected array"],
    ['version-files:\n  - path: a\n    type: toml\n', 'cfg.yaml', 3, "key 'version-files.0.type': expected one of chart, values"],
    ['version-files:\n  - path: a\n    type: chart\n    keys: x\n', 'cfg.yaml', 4, "key 'version-files.0.keys': unknown key (expected one of path, type"],
    ['announce:\n  next-milestone: "yes"\n', 'cfg.yaml', 2, "key 'announce.next-milestone': expected boolean"],
    ['git-identity:\n  name: bot\n', 'cfg.yaml', 2, "key 'git-identity.email': required and missing"],
    ['chart: a\nchart: b\n', 'cfg.yaml', 2, 'not valid YAML: Map keys must be unique'],
    ['chart: [\n', 'cfg.yaml', undefined, 'not valid YAML'],
  ];
  it.each(cases)('%j', async (text, file, line, fragment) => {
    const err = await parseConfig(text, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileError);
    const fe = err as FileError;
    expect(fe.file).toBe(file);
    if (line !== undefined) expect(fe.line).toBe(line);
    expect(fe.message).toContain(fragment);
  });

  it('accepts an empty file', async () => {
    await expect(parseConfig('', 'cfg.yaml')).resolves.toEqual({});
  });
});

describe('schema', () => {
  it('publishes the same schema the code validates with', () => {
    const path = join(process.cwd(), 'schema', 'release-actions.schema.json');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(configSchema, null, 2)}\n`);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(configSchema);
  });
});
