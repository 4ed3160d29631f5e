/**
 * One definition of the references a release owns: whatever bump-version moves, the
 * preflight's versions-consistent checks, and the reverse — on every fixture and corpus
 * repository, including the real WVA with its drift and llm-d-infra's `v` chart versions.
 */
import { describe, expect, it } from '@jest/globals';
import { bump } from '../../../actions/lib/semver/version.js';
import { currentTag, tagsPrefixed } from '../../../actions/lib/semver/tags.js';
import { planVersionBump } from '../../../actions/lib/version-files/plan.js';
import { referencePaths, releaseReferences, type ReferenceConfig } from '../../../actions/lib/version-files/references.js';
import { checkVersionReferences } from '../../../actions/verify-release/versions.js';
import { fixtureFiles } from '../../support/repos.js';
import { join } from 'node:path';
import { projectRoot } from '../../support/harness.js';
import { readFileSync } from 'node:fs';
import { CORPUS, corpusFiles, folderFiles } from './corpus.js';

const DOCTOR = join(projectRoot, 'test', 'fixtures', 'doctor');

function withoutOrigin(files: Record<string, string>): Record<string, string> {
  const { 'ORIGIN.md': _origin, ...rest } = files;
  return rest;
}

function prefixed(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([p, t]) => [`${prefix}${p}`, t]));
}

interface Repo {
  name: string;
  repository: string;
  files: Record<string, string>;
  tags: string[];
  /** The configuration's images when not `ghcr.io/OWNER/REPO`; `[]`: the chart alone. */
  images?: string[];
}

const REPOS: Repo[] = [
  { name: 'corpus wva (56a651b)', repository: 'llm-d-incubation/workload-variant-autoscaler', files: corpusFiles('wva'), tags: ['v0.0.1', 'v0.0.2'] },
  { name: 'corpus llm-d-infra (4f0f8d0)', repository: 'llm-d-incubation/llm-d-infra', files: corpusFiles('llm-d-infra'), tags: ['v1.3.9', 'v1.4.0'] },
  { name: 'fixture wva', repository: 'llm-d-incubation/workload-variant-autoscaler', files: fixtureFiles('wva'), tags: ['v0.4.0', 'v0.4.1'] },
  { name: 'the embedded example operator', repository: 'example-org/example-operator', files: folderFiles(join(projectRoot, 'examples', 'operator')), tags: ['v0.1.0', 'v0.2.0'] },
  { name: 'fixture wva without tags', repository: 'llm-d-incubation/workload-variant-autoscaler', files: fixtureFiles('wva'), tags: [] },
  // what doctor reads: its trimmed WVA (no config/, a chart with templates) and llm-d-infra's Chart.yaml with its icon
  { name: 'doctor fixture wva (56a651b)', repository: 'llm-d-incubation/workload-variant-autoscaler', files: withoutOrigin(folderFiles(join(DOCTOR, 'wva'))), tags: ['v0.0.1', 'v0.0.2'] },
  { name: 'doctor fixture llm-d-infra', repository: 'llm-d-incubation/llm-d-infra', files: { 'charts/llm-d-infra/Chart.yaml': readFileSync(join(DOCTOR, 'llm-d-infra', 'Chart.yaml'), 'utf8') }, tags: ['v1.3.9', 'v1.4.0'] },
  // llm-d-infra's whole chart folder (Chart.lock, the vendored common-2.27.0.tgz, values.yaml without an image tag)
  { name: 'corpus llm-d-infra chart folder', repository: 'llm-d-incubation/llm-d-infra', files: prefixed('charts/llm-d-infra/', folderFiles(join(CORPUS, 'llm-d-infra', 'llm-d-infra'))), tags: ['v1.3.9', 'v1.4.0'] },
  // as doctor --write configures it: no Dockerfile, `images: []`, the chart released alone
  { name: 'corpus llm-d-infra, chart alone', repository: 'llm-d-incubation/llm-d-infra', files: prefixed('charts/llm-d-infra/', folderFiles(join(CORPUS, 'llm-d-infra', 'llm-d-infra'))), tags: ['v1.3.9', 'v1.4.0'], images: [] },
];

function configOf(repository: string, images?: string[]): ReferenceConfig {
  const [owner = '', repo = ''] = repository.split('/');
  return { images: images ?? [`ghcr.io/${owner}/${repo}`], helmRepoName: repo };
}

function referencesOf(r: Repo, files: Record<string, string>) {
  const paths = Object.keys(files).sort();
  const config = configOf(r.repository, r.images);
  const wanted = referencePaths(paths, config);
  const contents = new Map(wanted.map((p) => [p, files[p]]));
  const refs = releaseReferences({ paths, contents, config, repository: r.repository });
  for (const f of refs.files) contents.set(f.path, files[f.path]);
  return { refs, contents };
}

describe.each(REPOS)('bump-version and the preflight agree on $name', (r) => {
  it('plans a minor bump, and the preflight then finds every reference at the new version and no other', () => {
    const { refs, contents } = referencesOf(r, r.files);
    const tag = currentTag(r.tags);
    const options = { images: refs.images, tagsPrefixed: tagsPrefixed(r.tags), ...(tag ? { current: tag.version } : {}) };
    const current = planVersionBump(refs.files, contents, '0.0.0', { ...options, allowDowngrade: true }).currentVersion;
    const next = bump(current, 'minor');
    const plan = planVersionBump(refs.files, contents, next, options);
    expect(plan.references.length).toBeGreaterThan(0);

    const after = { ...r.files, ...Object.fromEntries(plan.edits.map((e) => [e.path, e.after])) };
    const again = referencesOf(r, after);
    expect(again.refs.files).toEqual(refs.files);
    const check = checkVersionReferences(again.refs.files, again.contents, next, { images: again.refs.images, tagsPrefixed: options.tagsPrefixed });
    expect(check.problems).toEqual([]);
    const key = (path: string, line: number | undefined, name: string): string => `${path}:${line ?? ''} ${name}`;
    const checked = check.rows.filter((row) => row.status === 'agrees').map((row) => key(row.file, row.line, row.name));
    expect(checked.sort()).toEqual(plan.references.map((ref) => key(ref.path, ref.line, ref.name)).sort());
    // and before the bump, the preflight names exactly the references the bump repairs
    const before = checkVersionReferences(refs.files, contents, current, { images: refs.images, tagsPrefixed: options.tagsPrefixed });
    expect(before.problems.map((p) => key(p.file, p.line, p.name)).sort()).toEqual(plan.findings.map((f) => key(f.path, f.line, f.name)).sort());
  });
});

describe('the real WVA at 56a651b', () => {
  const r = REPOS[0] as Repo;
  const { refs, contents } = referencesOf(r, r.files);

  it('finds its image where the repository names it, not under the default owner only', () => {
    expect(refs.images).toEqual(['ghcr.io/llm-d-incubation/workload-variant-autoscaler', 'ghcr.io/llm-d/workload-variant-autoscaler']);
    expect(refs.files.map((f) => `${f.path}${f.key ? `#${f.key}` : ''}${f.variables ? `#${f.variables.join(',')}` : ''}`)).toEqual([
      'charts/workload-variant-autoscaler/Chart.yaml',
      'charts/workload-variant-autoscaler/values.yaml',
      'charts/workload-variant-autoscaler/README.md',
      'Makefile#VERSION',
      'Makefile#IMG_TAG',
      'README.md',
      'config/manager/kustomization.yaml#images.0.newTag',
    ]);
  });

  it('moves every reference from v0.0.2 to 0.1.0 whatever it held, and names the drift it repairs', () => {
    const plan = planVersionBump(refs.files, contents, '0.1.0', { current: '0.0.2', images: refs.images, tagsPrefixed: true });
    const changes = plan.edits.flatMap((e) => e.changes.map((c) => `${e.path}:${c.line} ${c.name} ${c.old} → ${c.new}`));
    expect(changes).toEqual([
      'charts/workload-variant-autoscaler/Chart.yaml:6 appVersion 1.0 → v0.1.0',
      'charts/workload-variant-autoscaler/values.yaml:7 wva.image.tag v0.0.1 → v0.1.0',
      'Makefile:3 IMG_TAG v0.0.2 → v0.1.0',
      'config/manager/kustomization.yaml:9 images.0.newTag v0.0.1 → v0.1.0',
    ]);
    expect(plan.edits[0]?.after).toContain('appVersion: "v0.1.0"\n');
    expect(plan.findings.map((f) => `${f.path}:${f.line} ${f.name} = ${f.value}`)).toEqual([
      'charts/workload-variant-autoscaler/Chart.yaml:5 version = 0.1.0',
      'charts/workload-variant-autoscaler/Chart.yaml:6 appVersion = 1.0',
      'config/manager/kustomization.yaml:9 images.0.newTag = v0.0.1',
      'charts/workload-variant-autoscaler/values.yaml:7 wva.image.tag = v0.0.1',
    ]);
  });

  it('the preflight names each stale reference with its file, line, value and the version expected', () => {
    const check = checkVersionReferences(refs.files, contents, '0.0.2', { images: refs.images, tagsPrefixed: true });
    expect(check.problems.map((p) => `${p.file}:${p.line} ${p.value} ${p.note}`)).toEqual([
      'charts/workload-variant-autoscaler/Chart.yaml:5 0.1.0 expected 0.0.2',
      'charts/workload-variant-autoscaler/Chart.yaml:6 1.0 expected 0.0.2',
      'charts/workload-variant-autoscaler/values.yaml:7 v0.0.1 expected 0.0.2',
      'config/manager/kustomization.yaml:9 v0.0.1 expected 0.0.2',
    ]);
  });
});

describe('llm-d-infra', () => {
  it('keeps the v of its chart version', () => {
    const r = REPOS[1] as Repo;
    const { refs, contents } = referencesOf(r, r.files);
    const plan = planVersionBump(refs.files, contents, '1.4.1', { current: '1.4.0', images: refs.images, tagsPrefixed: true });
    expect(plan.edits.flatMap((e) => e.changes.map((c) => `${c.name} ${c.old} → ${c.new}`))).toEqual(['version v1.4.0 → v1.4.1', 'appVersion v0.4.0 → v1.4.1']);
  });

  it('released as a chart alone (images: []), moves its version and leaves appVersion, llm-d\'s version, to the preflight as it is', () => {
    const r = REPOS.find((x) => x.name === 'corpus llm-d-infra, chart alone') as Repo;
    const { refs, contents } = referencesOf(r, r.files);
    expect(refs.images).toEqual([]);
    expect(refs.files.find((f) => f.type === 'chart')).toMatchObject({ appVersion: false });
    const plan = planVersionBump(refs.files, contents, '1.4.1', { current: '1.4.0', images: refs.images, tagsPrefixed: true });
    expect(plan.edits.flatMap((e) => e.changes.map((c) => `${c.name} ${c.old} → ${c.new}`))).toEqual(['version v1.4.0 → v1.4.1']);
    expect(plan.skipped.map((k) => `${k.path} ${k.name}: ${k.reason}`)).toContain("charts/llm-d-infra/Chart.yaml appVersion: not the release's: the repository publishes no image (images: []), so appVersion names another application");
    // the same configuration through the version-files key: the chart entry follows the same rule
    const configured = releaseReferences({ paths: Object.keys(r.files), contents, config: { images: [], versionFiles: [{ path: 'charts/llm-d-infra/Chart.yaml', type: 'chart' }] }, repository: r.repository });
    expect(configured.files).toEqual([{ path: 'charts/llm-d-infra/Chart.yaml', type: 'chart', appVersion: false }]);
  });
});

describe('README install examples', () => {
  it('keep the alias the README gives the chart repository, and only for our repository URL', () => {
    const files = {
      'charts/workload-variant-autoscaler/Chart.yaml': 'name: workload-variant-autoscaler\nversion: 0.0.2\n',
      'README.md': [
        'helm repo add wva https://llm-d-incubation.github.io/workload-variant-autoscaler/',
        'helm repo add other https://example.org/charts',
        'helm install x wva/wva --version 0.0.2',
        'helm install y other/prometheus-adapter --version 0.0.1',
        '',
      ].join('\n'),
    };
    const paths = Object.keys(files);
    const config: ReferenceConfig = { helmRepoUrl: 'https://llm-d-incubation.github.io/workload-variant-autoscaler' };
    const contents = new Map(referencePaths(paths, config).map((p) => [p, files[p as keyof typeof files]]));
    const refs = releaseReferences({ paths, contents, config, repository: 'llm-d-incubation/workload-variant-autoscaler' });
    expect(refs.files.find((f) => f.path === 'README.md')?.chart).toEqual(['wva']);
    const plan = planVersionBump(refs.files, contents, '0.1.0', { current: '0.0.2' });
    expect(plan.edits.find((e) => e.path === 'README.md')?.after).toBe(files['README.md'].replace('--version 0.0.2', '--version 0.1.0'));
  });
});
