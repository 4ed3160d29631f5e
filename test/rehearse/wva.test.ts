/**
 * The adoption of WVA end to end, on its trimmed copy (test/corpus/wva: the files at 56a651b,
 * drift included) over its real history (test/corpus/wva-history: v0.0.1, v0.0.2 and the pull
 * request merges after them): `release-actions doctor --write`, the adopt branch checked out as
 * a maintainer would merge it, nothing else — then one rehearsal of the whole release, and what
 * it published read back from the local world: the chart on the pages branch deploys
 * ghcr.io/llm-d/workload-variant-autoscaler at the released tag, the registry holds the image
 * under that same name, the CHANGELOG got a dated section of the pull requests' titles, and
 * the version after v0.0.2 is 0.1.0.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readChartArchive } from '../../actions/lib/helm/archive-read.js';
import { rehearse, type RehearsalResult } from '../../src/rehearse/rehearse.js';
import { runDoctor } from '../doctor/helpers.js';
import { explainStages, originGit } from './helpers.js';
import { git, initRepo } from '../support/git.js';
import { importWvaHistory } from '../unit/changelog/wva-history.js';
import { corpusFiles } from '../unit/version-files/corpus.js';

const REPO = 'llm-d-incubation/workload-variant-autoscaler';
const IMAGE = 'ghcr.io/llm-d/workload-variant-autoscaler';
const CHART = 'charts/workload-variant-autoscaler';
const LONG = 600_000;

let root: string;
let dir: string;
let state: string;
let doctor: Awaited<ReturnType<typeof runDoctor>>;
let result: RehearsalResult;


/** Every `repository:tag` of the local registry's storage. */
function registryTags(): string[] {
  const repos = join(state, 'world', 'registry', 'storage', 'docker', 'registry', 'v2', 'repositories');
  const out: string[] = [];
  const walk = (at: string, name: string): void => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      if (e.name === '_manifests') {
        const tags = join(at, '_manifests', 'tags');
        if (existsSync(tags)) out.push(...readdirSync(tags).map((t) => `${name}:${t}`));
      } else if (!e.name.startsWith('_')) walk(join(at, e.name), name ? `${name}/${e.name}` : e.name);
    }
  };
  walk(repos, '');
  return out.sort();
}


beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rehearse-wva-'));
  dir = initRepo(join(root, 'workload-variant-autoscaler'));
  importWvaHistory(dir, { files: corpusFiles('wva') });
  git(dir, ['remote', 'add', 'origin', `https://github.com/${REPO}.git`]);
  doctor = await runDoctor(['--repo', dir, '--write']);
  git(dir, ['switch', '-q', 'release-actions/adopt']);
  state = join(root, 'state');
  result = await rehearse({ repo: dir, state, tmpRoot: root });
}, LONG);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('WVA at 56a651b: doctor --write, then a rehearsal of its next release', () => {
  it('doctor names the stops and writes their fixes on release-actions/adopt', () => {
    expect(doctor.err).toBe('');
    expect(doctor.out).toContain('2 problems would stop a release (exit 1).');
    expect(doctor.out).toMatch(/\[signing-not-configured\][\s\S]*\[no-release-caller\]/);
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('chore: adopt release-actions');
  });

  it('passes every stage', () => {
    const bad = result.stages.filter((s) => s.status !== 'passed' && !(s.status === 'not-run' && s.name === 'rollback'));
    if (bad.length > 0 || result.status !== 'passed') throw new Error(`not every stage passed:\n${explainStages(result)}`);
    expect(result.source.repository).toBe(REPO);
  });

  it('releases 0.1.0 after v0.0.2 by default (WVA has no conventional commits: a minor)', () => {
    expect(result.version).toBe('0.1.0');
    expect(result.tag).toBe('v0.1.0');
  });

  it('publishes a chart whose values.yaml deploys ghcr.io/llm-d/workload-variant-autoscaler at the released tag', () => {
    const index = parseYaml(originGit(state, root, REPO, ['show', 'refs/heads/gh-pages:index.yaml']).toString('utf8')) as { entries: Record<string, Array<{ version: string; appVersion: string }>> };
    expect(index.entries['workload-variant-autoscaler']?.map((e) => [e.version, e.appVersion])).toEqual([['0.1.0', 'v0.1.0']]);
    const archive = originGit(state, root, REPO, ['show', 'refs/heads/gh-pages:workload-variant-autoscaler-0.1.0.tgz']);
    // the files relative to the chart folder, as Helm's LoadArchive gives them
    const values = readChartArchive(archive, 'workload-variant-autoscaler-0.1.0.tgz').find((f) => f.name === 'values.yaml');
    expect(values).toBeDefined();
    const image = (parseYaml(values!.data.toString('utf8')) as { wva: { image: { repository: string; tag: string } } }).wva.image;
    expect(image).toEqual({ repository: IMAGE, tag: 'v0.1.0' });
  });

  it('pushes the image under the name the chart deploys, not under the GitHub owner', () => {
    expect(result.image).toMatchObject({ name: IMAGE, from: expect.stringMatching(/^\.github\/workflows\/ci-release\.yaml:\d+ image input$/) });
    const tags = registryTags();
    expect(tags).toEqual(expect.arrayContaining(['llm-d/workload-variant-autoscaler:v0.1.0', 'llm-d/workload-variant-autoscaler:latest', 'charts/workload-variant-autoscaler:0.1.0']));
    expect(tags.filter((t) => t.startsWith('llm-d-incubation/'))).toEqual([]);
  });

  it('creates CHANGELOG.md with a dated 0.1.0 section of the pull requests merged since v0.0.2', () => {
    const changelog = originGit(state, root, REPO, ['show', 'refs/tags/v0.1.0:CHANGELOG.md']).toString('utf8');
    expect(changelog).toMatch(/^## \[0\.1\.0\] - \d{4}-\d{2}-\d{2}$/m);
    const section = changelog.slice(changelog.indexOf('## [0.1.0]'), changelog.indexOf('\n[Unreleased]:'));
    for (const [title, pr] of [
      ['Add prom queries for avg input tokens and ttft', 194],
      ['Enhance Helm chart security configuration and add development values', 242],
      ['Refactoring deployment scripts for Kubernetes and Kind', 226],
    ] as const) {
      expect(section).toContain(`- ${title} ([#${pr}](`);
    }
  });

  it('moved every reference the release owns in the release pull request', () => {
    const stat = result.artifacts.pullRequest?.stat ?? '';
    for (const file of ['CHANGELOG.md', 'Makefile', `${CHART}/Chart.yaml`, `${CHART}/values.yaml`, 'config/manager/kustomization.yaml']) expect(stat).toContain(file);
    const chart = originGit(state, root, REPO, ['show', `refs/tags/v0.1.0:${CHART}/Chart.yaml`]).toString('utf8');
    expect(chart).toContain('version: 0.1.0\n');
    expect(chart).toContain('appVersion: "v0.1.0"\n');
  });
});
