/**
 * The pure parts of doctor on real data: Chart.yaml judged by Helm's rules (the cases of Helm's
 * own lint tests, llm-d-infra's `v`-prefixed chart), image names read from WVA's Makefile,
 * values.yaml and workflows, the suite's own workflows recognised as a release caller, and the
 * caller workflows `--write` adds held to the suite's own files.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmChartNotes, helmChartProblems, judgeChart } from '../../src/doctor/chart.js';
import { githubRepository } from '../../src/doctor/facts.js';
import { makefileImages, normaliseImage, resolveExpressions, valuesImages, withoutTag, workflowImages } from '../../src/doctor/images.js';
import { ciReleaseBody, prepareReleaseBody, suiteRoot, workflowBody } from '../../src/doctor/templates.js';
import { FINDING_IDS } from '../../src/doctor/types.js';
import { summariseWorkflows } from '../../src/doctor/workflows.js';
import { projectRoot } from '../support/harness.js';
import { WVA_FIXTURE } from './helpers.js';

const CHART = 'charts/workload-variant-autoscaler';
const chartYaml = (version: string, extra = ''): string => `apiVersion: v2\nname: demo\nversion: ${version}\n${extra}`;

describe('Chart.yaml by Helm’s rules', () => {
  // The cases of TestValidateChartVersion in helm/pkg/chart/v2/lint/rules/chartfile_test.go.
  it.each(['1.2.3.4', 'waps', '-3', '7.2445e+06', '0.0.0.0'])('refuses version %s as Helm does', (version) => {
    const problems = helmChartProblems(chartYaml(version), 'charts/demo/Chart.yaml', 'demo');
    expect(problems).toEqual([{ file: 'charts/demo/Chart.yaml', line: 3, message: `version "${version}" is not SemVer (Helm: "chart.metadata.version is invalid")`, fix: 'write the chart version as X.Y.Z, e.g. 0.1.0' }]);
  });

  it.each(['0.0.1', '0.0.1+build', '0.0.1-beta', 'v1.4.0', '1.1'])('accepts version %s as Helm does', (version) => {
    expect(helmChartProblems(chartYaml(version), 'Chart.yaml', 'demo')).toEqual([]);
  });

  it('names a missing apiVersion, name and version, and a type Helm does not know', () => {
    const problems = helmChartProblems('description: x\ntype: service\n', 'charts/demo/Chart.yaml', 'demo');
    expect(problems.map((p) => [p.message, p.fix])).toEqual([
      ['no apiVersion (helm lint: "apiVersion is required")', 'add `apiVersion: v2` as the first line of charts/demo/Chart.yaml'],
      ['no name (Helm: "chart.metadata.name is required")', 'add `name: demo` to charts/demo/Chart.yaml'],
      ['no version (Helm: "chart.metadata.version is required")', 'add `version: 0.1.0` (SemVer 2) to charts/demo/Chart.yaml'],
      ['type "service" (Helm: "chart.metadata.type must be application or library")', 'set `type: application`'],
    ]);
    expect(helmChartProblems('name: .\nversion: 1.0.0\napiVersion: v2\n', 'Chart.yaml', 'demo')[0]?.message).toBe('name "." is not a chart name');
  });

  it('notes what Helm accepts but leaves the chart saying less: no appVersion; a v is kept, not noted', () => {
    expect(helmChartNotes(chartYaml('v0.3.0'), 'Chart.yaml').map((n) => [n.line, n.message])).toEqual([[undefined, 'no appVersion: Helm accepts it, but then nothing says which image the chart deploys']]);
    expect(helmChartNotes(chartYaml('0.3.0', 'appVersion: anything goes\n'), 'Chart.yaml')).toEqual([]);
  });

  describe("llm-d-infra's chart (v1.4.0, Bitnami's common as a dependency), as publish-helm meets it", () => {
    const CORPUS = join(projectRoot, 'test', 'corpus', 'llm-d-infra', 'llm-d-infra');
    const DIR = 'charts/llm-d-infra';
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'ra-doctor-chart-'));
      cpSync(CORPUS, join(root, DIR), { recursive: true });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('passes as it is in the repository: common vendored as charts/common-2.27.0.tgz, the v accepted', () => {
      expect(judgeChart(root, DIR)).toEqual({ path: DIR, helm: [], suite: [], notes: [] });
    });

    it('notes a dependency left to Chart.lock, with where publish-helm fetches it', () => {
      rmSync(join(root, DIR, 'charts', 'common-2.27.0.tgz'));
      const verdict = judgeChart(root, DIR);
      expect(verdict.helm).toEqual([]);
      expect(verdict.suite).toEqual([]);
      expect(verdict.notes).toEqual([
        {
          file: `${DIR}/Chart.lock`,
          line: 2,
          message: 'dependency common 2.27.0 is not vendored under charts/: publish-helm fetches it from https://charts.bitnami.com/bitnami (Chart.lock) when it publishes',
          fix: `nothing; or vendor it with \`helm dependency build ${DIR}\` and commit ${DIR}/charts/common-2.27.0.tgz`,
        },
      ]);
    });

    it('notes a dependency neither vendored nor locked (resolved when publishing), and refuses a lock out of step with Chart.yaml', () => {
      rmSync(join(root, DIR, 'charts', 'common-2.27.0.tgz'));
      const lock = join(root, DIR, 'Chart.lock');
      const locked = readFileSync(lock, 'utf8');
      writeFileSync(lock, locked.replace('version: 2.27.0', 'version: 2.26.0'));
      expect(judgeChart(root, DIR).suite).toEqual([
        { file: `${DIR}/Chart.lock`, line: expect.any(Number), message: expect.stringMatching(/^digest sha256:19b8483e\w+ does not match Chart\.yaml's dependencies/), fix: expect.stringMatching(/^run `helm dependency update`/) },
      ]);
      rmSync(lock);
      const verdict = judgeChart(root, DIR);
      expect(verdict.suite).toEqual([]);
      expect(verdict.notes).toEqual([
        {
          file: `${DIR}/Chart.yaml`,
          line: expect.any(Number),
          message: expect.stringMatching(/^dependency common 2\.27\.0 is not vendored under charts\/ and there is no Chart\.lock: publish-helm resolves it from https:\/\/charts\.bitnami\.com\/bitnami when it publishes/),
          fix: `nothing; or pin the versions with \`helm dependency update ${DIR}\` and commit ${DIR}/Chart.lock`,
        },
      ]);
    });
  });

  it("passes WVA's chart, and reports what publish-helm refuses beyond Helm with the file and line", () => {
    const root = mkdtempSync(join(tmpdir(), 'ra-doctor-chart-'));
    try {
      cpSync(join(WVA_FIXTURE, 'charts'), join(root, 'charts'), { recursive: true });
      expect(judgeChart(root, CHART)).toEqual({ path: CHART, helm: [], suite: [], notes: [] });
      const values = join(root, CHART, 'values.yaml');
      writeFileSync(values, readFileSync(values, 'utf8').replace('  imagePullPolicy: Always\n', '  imagePullPolicy: [Always\n'));
      const verdict = judgeChart(root, CHART);
      expect(verdict.helm).toEqual([]);
      expect(verdict.suite).toEqual([{ file: `${CHART}/values.yaml`, line: expect.any(Number), message: expect.stringMatching(/^not valid YAML/), fix: 'correct the syntax at that line' }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('image names', () => {
  it('drops the tag or digest, keeps a registry port, lowercases all but ${{ }}', () => {
    expect(withoutTag('ghcr.io/llm-d/wva:v0.0.2')).toBe('ghcr.io/llm-d/wva');
    expect(withoutTag('localhost:5000/org/app@sha256:abc')).toBe('localhost:5000/org/app');
    expect(withoutTag('ghcr.io/llm-d/${{ steps.v.outputs.name }}:${{ steps.tag.outputs.tag }}')).toBe('ghcr.io/llm-d/${{ steps.v.outputs.name }}');
    expect(normaliseImage('GHCR.io/LLM-D/${{ steps.Version.outputs.Name }}')).toBe('ghcr.io/llm-d/${{ steps.Version.outputs.Name }}');
    expect(resolveExpressions('ghcr.io/${{ github.repository }}-${{ github.sha }}', 'llm-d/wva')).toBe('ghcr.io/llm-d/wva-${{ github.sha }}');
  });

  it("reads WVA's Makefile, values.yaml and release workflow", () => {
    const read = (p: string): string => readFileSync(join(WVA_FIXTURE, p), 'utf8');
    expect(makefileImages(read('Makefile'), 'Makefile')).toEqual([{ path: 'Makefile', line: 4, name: 'IMG', image: 'ghcr.io/llm-d/workload-variant-autoscaler' }]);
    expect(valuesImages(read(`${CHART}/values.yaml`), 'values.yaml')).toEqual([{ path: 'values.yaml', line: 6, name: 'wva.image.repository', image: 'ghcr.io/llm-d/workload-variant-autoscaler' }]);
    expect(workflowImages(read('.github/workflows/ci-release.yaml'), 'ci.yaml', undefined)).toEqual([{ path: 'ci.yaml', line: 49, name: 'workflow', image: 'ghcr.io/llm-d/${{ steps.version.outputs.project_name }}' }]);
  });

  it("takes operator-sdk's IMAGE_TAG_BASE and skips kubebuilder's registry-less default", () => {
    expect(makefileImages('IMAGE_TAG_BASE ?= quay.io/example/memcached-operator\nIMG ?= $(IMAGE_TAG_BASE):v$(VERSION)\n', 'Makefile')).toEqual([
      { path: 'Makefile', line: 2, name: 'IMG', image: 'quay.io/example/memcached-operator' },
    ]);
    expect(makefileImages('IMG ?= controller:latest\n', 'Makefile')).toEqual([]);
  });

  it('reads owner/repo from GitHub remotes only', () => {
    expect(githubRepository('https://github.com/llm-d-incubation/workload-variant-autoscaler.git')).toBe('llm-d-incubation/workload-variant-autoscaler');
    expect(githubRepository('git@github.com:llm-d/release-actions.git')).toBe('llm-d/release-actions');
    expect(githubRepository('/srv/mirror/wva.git')).toBeUndefined();
  });
});

describe('workflows', () => {
  const dir = (root: string): Map<string, string> => new Map(readdirSync(root).map((f) => [`.github/workflows/${f}`, readFileSync(join(root, f), 'utf8')]));

  it("recognises the suite's own ci-release.yaml as a caller passing the signers, and prepare-release.yaml", () => {
    const s = summariseWorkflows(dir(join(projectRoot, '.github', 'workflows')));
    expect(s.callers.map((c) => [c.path, c.job, c.with['chart'], c.secrets === 'inherit' ? 'inherit' : c.secrets['allowed-signers']])).toEqual([
      ['.github/workflows/ci-release.yaml', 'release', CHART, '${{ secrets.RELEASE_ALLOWED_SIGNERS }}'],
    ]);
    // ci.yaml's bump-version (its smoke test) and tag-release.yaml's are dry runs: they prepare nothing
    expect(s.preparers).toEqual(['.github/workflows/prepare-release.yaml']);
    expect(s.tagPublishers).toEqual([]);
  });

  it("finds WVA's ci-release.yaml publishing the image on a tag push itself", () => {
    const s = summariseWorkflows(dir(join(WVA_FIXTURE, '.github', 'workflows')));
    expect(s.callers).toEqual([]);
    expect(s.tagPublishers).toEqual([{ path: '.github/workflows/ci-release.yaml', line: 52 }]);
  });
});

describe('the caller workflows --write adds', () => {
  const own = (name: string): string => readFileSync(join(projectRoot, '.github', 'workflows', name), 'utf8');

  it("are the suite's own files from their name: line, without the two lines that keep them from running here", () => {
    expect(suiteRoot()).toBe(projectRoot);
    const ci = ciReleaseBody({ chart: CHART, image: 'ghcr.io/llm-d/workload-variant-autoscaler' });
    const lines = own('ci-release.yaml').split('\n');
    const kept = lines.slice(lines.findIndex((l) => l.startsWith('name:'))).filter((l) => !l.includes('release-actions ships this file') && l !== "    if: github.repository != 'llm-d/release-actions'");
    expect(ci.split('\n')).toEqual(kept);
    const other = ciReleaseBody({ chart: 'charts/op', image: 'quay.io/acme/op' });
    expect(other).toContain('      chart: charts/op\n      image: quay.io/acme/op\n    secrets:');
    expect(other).not.toContain('workload-variant-autoscaler');
    expect(prepareReleaseBody()).not.toContain('llm-d/release-actions\'');
    expect(prepareReleaseBody()).toContain(own('prepare-release.yaml').split('\n').find((l) => l.includes('uses: actions/checkout@')));
  });

  it('leave out the chart and image a repository does not have, and say which file lacks a name: line', () => {
    expect(ciReleaseBody({})).not.toMatch(/^ {6}(?:chart|image):/m);
    expect(() => workflowBody('on: push\n', '.github/workflows/x.yaml')).toThrow('.github/workflows/x.yaml: no top-level name: line to start the template at');
  });
});

describe('docs/doctor.md', () => {
  it('documents every finding doctor can report', () => {
    const docs = readFileSync(join(projectRoot, 'docs', 'doctor.md'), 'utf8');
    expect(FINDING_IDS.filter((id) => !docs.includes(`| \`${id}\``) && !docs.includes(`, \`${id}\``))).toEqual([]);
  });
});
