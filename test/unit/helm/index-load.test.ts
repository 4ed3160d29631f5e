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
    expect(index.warnings).toHaveLength(4);
    for (const w of index.warnings) expect(w).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+: chart '\\w+' version [\\d.]+: digest 'sha256:1234567890abcdef' is not a sha256 digest .*; kept, as Helm keeps it$`));
  });

  it('keeps the strict reading of a valid index (no warnings, lines kept)', () => {
    const text = corpus('llm-d-infra-index.yaml');
    const index = loadRepositoryIndex(Buffer.from(text));
    expect(index.warnings).toEqual([]);
    expect(index.shape).toBe('canonical');
    expect(index.charts[0]!.versions[0]).toMatchObject({ version: 'v1.4.0', line: 4 });
  });

  it('skips the entries Helm skips, keeps what Helm keeps, each noted with its line, and refuses what Helm refuses', () => {
    const text = ['apiVersion: v1', 'entries:', '  a:', '  - name: a', '    urls: [a.tgz]', '    version: not-a-version', '  - name: a', '    urls: [a-1.0.0.tgz]', '  - name: a', '    urls: [a-0.9.0.tgz]', '    version: 0.9.0', '  - name: a', '    urls: [a-0.9.0.tgz]', '    version: 0.9.0', ''].join('\n');
    const index = loadRepositoryIndex(text, 'r/index.yaml');
    expect(index.charts[0]!.versions.map((v) => v.version)).toEqual(['0.9.0', '0.9.0']);
    expect(index.warnings).toEqual([
      "r/index.yaml:6: chart 'a': version 'not-a-version' is not a SemVer 2 version; skipped, as Helm skips it",
      "r/index.yaml:7: an entry of chart 'a' has no version; skipped, as Helm skips it",
      "r/index.yaml:14: chart 'a' lists version 0.9.0 twice (lines 11 and 14); kept, as Helm keeps it",
    ]);
    expect(() => loadRepositoryIndex('entries: {}\n', 'r/index.yaml')).toThrow(/^r\/index\.yaml:1: /);
    expect(() => loadRepositoryIndex('apiVersion: v1\nentries: [\n', 'r/index.yaml')).toThrow(/^r\/index\.yaml:\d+: /);
  });
});
