/**
 * loadRepositoryIndex reads a repository we do not own as Helm's loadIndex does: Helm's own test
 * indexes (digests that are not sha256 hex, an entry without urls, chartmuseum's extra key) load
 * with Helm's TestLoadIndex results; entries Helm skips are skipped with a warning.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readIndex } from '../../../actions/lib/helm/index-file.js';
import { loadRepositoryIndex } from '../../../actions/lib/helm/index-load.js';
import { resolveChart } from '../../../actions/lib/helm/resolve.js';
import { FileError } from '../../../actions/lib/runner/errors.js';

const corpus = (name: string): string => readFileSync(fileURLToPath(new URL(`../../corpus/helm-index/${name}`, import.meta.url)), 'utf8');

describe('loadRepositoryIndex', () => {
  it.each(['helm-local-index.yaml', 'helm-chartmuseum-index.yaml'])("loads Helm's %s with TestLoadIndex's results, where the strict reader refuses it", (file) => {
    const text = corpus(file);
    expect(() => readIndex(text, file)).toThrow(FileError);
    const index = loadRepositoryIndex(text, file);
    expect(index.charts.map((c) => [c.name, c.versions.map((v) => v.version)])).toEqual([
      ['nginx', ['0.2.0', '0.1.0']],
      ['alpine', ['1.0.0']],
      ['chartWithNoURL', ['1.0.0']],
    ]);
    expect(index.charts[1]!.versions[0]).toMatchObject({ digest: 'sha256:1234567890abcdef', urls: ['https://charts.helm.sh/stable/alpine-1.0.0.tgz', 'http://storage2.googleapis.com/kubernetes-charts/alpine-1.0.0.tgz'] });
    expect(index.charts[2]!.versions[0]!.urls).toEqual([]);
    expect(resolveChart(index, 'nginx')?.version).toBe('0.2.0');
    expect(index.warnings).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/\./g, '\\.')} is not strictly valid \\(line \\d+: chart '\\w+' version [\\d.]+: digest 'sha256:1234567890abcdef' is not a sha256 digest`))]);
  });

  it('keeps the strict reading of a valid index (no warnings, lines kept)', () => {
    const text = corpus('llm-d-infra-index.yaml');
    const index = loadRepositoryIndex(Buffer.from(text));
    expect(index.warnings).toEqual([]);
    expect(index.shape).toBe('canonical');
    expect(index.charts[0]!.versions[0]).toMatchObject({ version: 'v1.4.0', line: 4 });
  });

  it('skips the entries Helm skips, with a warning each, and still refuses what Helm refuses', () => {
    const text = ['apiVersion: v1', 'entries:', '  a:', '  - name: a', '    version: not-a-version', '    urls: [a.tgz]', '  - version: 1.0.0', '    urls: [a-1.0.0.tgz]', '  - name: a', '    version: 0.9.0', '    urls: [a-0.9.0.tgz]', ''].join('\n');
    const index = loadRepositoryIndex(text, 'r/index.yaml');
    expect(index.charts[0]!.versions.map((v) => v.version)).toEqual(['0.9.0']);
    expect(index.warnings.slice(1)).toEqual([
      `line 4: chart 'a' version "not-a-version" is not SemVer; skipped, as Helm skips it`,
      "line 7: an entry of chart 'a' has no name; skipped, as Helm skips it",
    ]);
    expect(() => loadRepositoryIndex('entries: {}\n', 'r/index.yaml')).toThrow('r/index.yaml:1: no apiVersion');
    expect(() => loadRepositoryIndex('apiVersion: v1\nentries: [\n', 'r/index.yaml')).toThrow(/r\/index\.yaml:\d+: not valid YAML/);
  });
});
