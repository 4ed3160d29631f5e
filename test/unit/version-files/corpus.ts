/**
 * The trimmed copies of real repositories under test/corpus/ as git repositories with
 * their release tags, for the tests that must meet them as they are.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from '../../support/harness.js';
import { buildRepo, type BuildRepoOptions, type HistoryCommit, type SampleRepo } from '../../support/repos.js';

export const CORPUS = join(projectRoot, 'test', 'corpus');

/** The files of test/corpus/<name>/ (ORIGIN.md left out), repository-relative path → text. */
export function corpusFiles(name: string): Record<string, string> {
  const out = folderFiles(join(CORPUS, name));
  delete out['ORIGIN.md'];
  return out;
}

/** Every file under `root`, repository-relative path → text. */
export function folderFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}

function pick(files: Record<string, string>, keep: (path: string) => boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([p]) => keep(p)));
}

/**
 * Four commits with real subjects of WVA's history: the merges tagged v0.0.1 and v0.0.2,
 * then 080ffe8 (a commit that is not a conventional one, as most of WVA's are) and the
 * merge at 56a651b, which leaves every file as the corpus has it.
 */
export function wvaHistory(): HistoryCommit[] {
  const files = corpusFiles('wva');
  const late = (p: string): boolean => p.includes('/crds/') || p.startsWith('config/crd/');
  return [
    { message: 'Merge pull request #180 from llm-d-incubation/upd_docs', files: pick(files, (p) => !late(p) && p !== 'Dockerfile'), tag: 'v0.0.1' },
    { message: 'Merge pull request #222 from Vezio/enhance-charts', files: pick(files, (p) => p === 'Dockerfile'), tag: 'v0.0.2' },
    { message: 'update helm config', files: pick(files, (p) => p.startsWith('config/crd/')) },
    { message: 'Merge pull request #242 from mamy-CS/security-config', files: pick(files, (p) => p.includes('/crds/')) },
  ];
}

/** llm-d-infra's version files, tagged v1.3.9 then v1.4.0 (HEAD). */
export function infraHistory(): HistoryCommit[] {
  const files = corpusFiles('llm-d-infra');
  return [
    { message: 'Add agentgateway gateway support (#272)', files: pick(files, (p) => p === 'README.md'), tag: 'v1.3.9' },
    { message: 'Add OpenShift SCC support for kgateway 2.1.1 deployments (#251)', files: pick(files, (p) => p !== 'README.md'), tag: 'v1.4.0' },
  ];
}

export function buildCorpusRepo(name: 'wva' | 'llm-d-infra', opts: Omit<BuildRepoOptions, 'history'> = {}): SampleRepo {
  return buildRepo({ ...opts, history: name === 'wva' ? wvaHistory() : infraHistory() });
}
