/**
 * The preflight phase on the WVA sample at 0.5.0: everything passing with a signed tag,
 * then each check failing on its own while the others still run and are reported.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commit, git, refs } from '../../support/git.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { makeGpgKey, type GpgKey } from '../../support/gpg.js';
import type { SampleRepo } from '../../support/repos.js';
import { CHART, CRD_FILE, expectOutcome, tagRelease, verify, WVA, wvaAt050 } from './helpers.js';

describe('verify-release preflight', () => {
  let repo: SampleRepo;
  let key: GpgKey;
  let gh: GitHubEmulator;
  const saved = new Map<string, string>();

  /** Edits a workspace file for one test; afterEach puts it back. */
  const edit = (path: string, change: (text: string) => string): void => {
    const full = join(repo.workspace!, path);
    const before = readFileSync(full, 'utf8');
    if (!saved.has(path)) saved.set(path, before);
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(full, after);
  };

  beforeAll(async () => {
    repo = wvaAt050();
    key = makeGpgKey();
    tagRelease(repo, 'v0.5.0', { kind: 'gpg', gnupgHome: key.home, key: key.fingerprint });
    // the Helm repository's branch, served by GitHub Pages (pages-served)
    const empty = git(repo.dir, ['mktree'], { input: '' });
    git(repo.dir, ['push', '-q', 'origin', `${git(repo.dir, ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit-tree', '-m', 'chore: gh-pages', empty])}:refs/heads/gh-pages`]);
    gh = await startGitHubEmulator({ token: 'test-token' });
    await gh.createRepo(WVA, { fromDir: repo.origin!, pages: { branch: 'gh-pages' } });
  });
  afterEach(() => {
    for (const [path, text] of saved) writeFileSync(join(repo.workspace!, path), text);
    saved.clear();
  });
  afterAll(async () => {
    await gh?.stop();
    key?.cleanup();
    await repo?.cleanup();
  });

  const preflight = (inputs: Record<string, string> = {}) =>
    verify(repo, { phase: 'preflight', 'allowed-signers': key.publicKey, token: 'test-token', ...inputs }, { apiUrl: gh.apiUrl });

  it('passes every preflight check on a consistent, signed release, with the table of references in the summary and nothing written to origin', async () => {
    const originBefore = refs(repo.origin!);
    const run = await preflight();
    const report = expectOutcome(run, true);
    expect(Object.keys(report)).toEqual(['tag-signed', 'versions-consistent', 'changelog-entry', 'crds-in-sync', 'tag-on-branch', 'pages-served']);
    expect(Object.values(report).map((r) => r.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed', 'passed']);
    expect(report['pages-served']!.detail).toBe('https://llm-d-incubation.github.io/workload-variant-autoscaler/ serves the gh-pages branch at / (build built)');
    expect(report['versions-consistent']!.detail).toMatch(/^\d+ reference\(s\) hold 0\.5\.0 \(\(tag\), charts\/workload-variant-autoscaler\/Chart\.yaml, charts\/workload-variant-autoscaler\/values\.yaml, Makefile, README\.md\)$/);
    expect(report['changelog-entry']!.detail).toBe('CHANGELOG.md:10 ## [0.5.0] - 2026-02-03 has 2 entries; lints clean');
    expect(report['crds-in-sync']!.detail).toContain('1 CRD(s) identical in config/crd/bases/ and charts/workload-variant-autoscaler/crds/: variantautoscalings.llmd.ai');
    expect(report['tag-on-branch']!.detail).toMatch(/^v0\.5\.0 \([0-9a-f]{12}\) is on main$/);

    // The summary: one row per check, then every reference with its file and line.
    expect(run.summary).toContain('## verify-release preflight: v0.5.0 ✅');
    for (const check of Object.keys(report)) expect(run.summary).toMatch(new RegExp(`\\| ✅ \\| ${check} \\|`));
    expect(run.summary).toContain(`| ✅ | ${CHART}/Chart.yaml | 11 | version | 0.5.0 |  |`);
    expect(run.summary).toContain(`| ✅ | ${CHART}/Chart.yaml | 14 | appVersion | 0.5.0 |  |`);
    expect(run.summary).toContain('| ✅ | Makefile | 2 | VERSION | 0.5.0 |  |');
    expect(run.summary).toContain('| ✅ | Makefile | 4 | IMG_TAG | v0.5.0 |  |');
    expect(run.summary).toContain(`| ✅ | ${CHART}/values.yaml | 8 | image.tag | v0.5.0 |  |`);
    expect(run.summary).toContain('| ✅ | README.md | 14 | helm --version | 0.5.0 |  |');
    expect(run.summary).toContain('| ✅ | README.md | 22 | helm --version | 0.5.0 |  |');
    expect(run.summary).toContain('| ✅ | README.md | 35 | image ghcr.io/llm-d-incubation/workload-variant-autoscaler | v0.5.0 |  |');
    // The sidecar's own tag and the prometheus-adapter example are not ours.
    expect(run.summary).toMatch(/\| ⏭ \| charts\/workload-variant-autoscaler\/values\.yaml \| \d+ \| kubeRbacProxy\.image\.tag \| v0\.18\.1 \| another image \(quay\.io\/brancz\/kube-rbac-proxy\), not released here \|/);
    expect(run.summary).not.toContain('1.2.3');
    expect(refs(repo.origin!)).toBe(originBefore);
    expect(git(repo.workspace!, ['status', '--porcelain'])).toBe('');
  });

  it('fails versions-consistent listing each file and value that disagrees, and still runs and reports the other checks', async () => {
    edit('Makefile', (t) => t.replace('VERSION ?= 0.5.0', 'VERSION ?= 0.4.9'));
    edit('README.md', (t) => t.replace('--version 0.5.0 \\', '--version 0.4.1 \\'));
    edit(`${CHART}/Chart.yaml`, (t) => t.replace('appVersion: "0.5.0"', 'appVersion: "v0.5.1"'));
    const run = await preflight();
    const report = expectOutcome(run, false);
    expect(report['versions-consistent']!.status).toBe('failed');
    expect(report['versions-consistent']!.detail).toBe(
      `3 reference(s) disagree with 0.5.0: ${CHART}/Chart.yaml:14 appVersion = v0.5.1, expected 0.5.0; Makefile:2 VERSION = 0.4.9, expected 0.5.0; README.md:14 helm --version = 0.4.1, expected 0.5.0; ` +
        'fix: run bump-version (the prepare-release workflow), which moves every reference to the release version',
    );
    expect(run.summary).toContain(`| ❌ | ${CHART}/Chart.yaml | 14 | appVersion | v0.5.1 | expected 0.5.0 |`);
    expect(run.summary).toContain('| ❌ | Makefile | 2 | VERSION | 0.4.9 | expected 0.5.0 |');
    expect(run.summary).toContain('| ❌ | README.md | 14 | helm --version | 0.4.1 | expected 0.5.0 |');
    expect(run.summary).toContain('| ✅ | Makefile | 4 | IMG_TAG | v0.5.0 |  |');
    for (const other of ['tag-signed', 'changelog-entry', 'crds-in-sync', 'tag-on-branch', 'pages-served']) expect(report[other]!.status).toBe('passed');
    expect(run.summary).toContain('## verify-release preflight: v0.5.0 ❌');
  });

  it('accepts appVersion with a v (style-aware) and fails when the tag itself is not the version given', async () => {
    edit(`${CHART}/Chart.yaml`, (t) => t.replace('appVersion: "0.5.0"', 'appVersion: "v0.5.0"'));
    const ok = expectOutcome(await preflight({ checks: 'versions-consistent' }), true);
    expect(ok['versions-consistent']!.status).toBe('passed');
    const other = expectOutcome(await preflight({ checks: 'versions-consistent', version: '0.5.1' }), false);
    expect(other['versions-consistent']!.detail).toMatch(/^\d+ reference\(s\) disagree with 0\.5\.1: \(tag\) GITHUB_REF = v0\.5\.0, expected 0\.5\.1; .*Chart\.yaml:11 version = 0\.5\.0/);
  });

  it('fails changelog-entry without a section for the version, with an empty one, and with a file that does not lint', async () => {
    edit('CHANGELOG.md', (t) => t.replace('## [0.5.0] - 2026-02-03', '## [0.5.1] - 2026-02-03').replace('[0.5.0]: ', '[0.5.1]: '));
    const missing = expectOutcome(await preflight({ checks: 'changelog-entry' }), false);
    expect(missing['changelog-entry']!.detail).toBe('CHANGELOG.md: has no section for 0.5.0; it has Unreleased, 0.5.1, 0.4.1, 0.4.0');
    afterEachRestore();

    edit('CHANGELOG.md', (t) => t.replace(/## \[0\.5\.0\] - 2026-02-03\n[\s\S]*?(?=## \[0\.4\.1\])/, '## [0.5.0] - 2026-02-03\n\n### Added\n\n'));
    const empty = expectOutcome(await preflight({ checks: 'changelog-entry' }), false);
    expect(empty['changelog-entry']!.detail).toBe('CHANGELOG.md:10 the section ## [0.5.0] - 2026-02-03 is empty: list what changed in 0.5.0');
    afterEachRestore();

    edit('CHANGELOG.md', (t) => t.replace('## [0.5.0] - 2026-02-03', '## [0.5.0] - 2026-02-31'));
    const lint = expectOutcome(await preflight({ checks: 'changelog-entry' }), false);
    expect(lint['changelog-entry']!.detail).toMatch(/^CHANGELOG\.md does not lint clean: CHANGELOG\.md:10 .*2026-02-31.* is not a calendar date \(date-format\)$/);
  });

  /** Restores the edited files in the middle of a test (afterEach does it at the end). */
  function afterEachRestore(): void {
    for (const [path, text] of saved) writeFileSync(join(repo.workspace!, path), text);
    saved.clear();
  }

  it('fails crds-in-sync when the chart CRD differs from the generated one as YAML, or is missing; reformatting alone is fine', async () => {
    // Same content, other formatting (key order, quotes, a comment): still in sync.
    edit(`${CHART}/crds/${CRD_FILE}`, (t) =>
      `# copied by make manifests\n${t.replace('apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition', "kind: CustomResourceDefinition\napiVersion: 'apiextensions.k8s.io/v1'")}`,
    );
    const reformatted = expectOutcome(await preflight({ checks: 'crds-in-sync' }), true);
    expect(reformatted['crds-in-sync']!.status).toBe('passed');
    afterEachRestore();

    edit(`config/crd/bases/${CRD_FILE}`, (t) => t.replace(/type: integer/, 'type: string'));
    const differs = expectOutcome(await preflight({ checks: 'crds-in-sync' }), false);
    expect(differs['crds-in-sync']!.detail).toBe(
      `variantautoscalings.llmd.ai: ${CHART}/crds/${CRD_FILE} has "integer" at spec.versions[0].additionalPrinterColumns[1].type, config/crd/bases/${CRD_FILE} has "string" (run make manifests and copy the CRDs into the chart)`,
    );
    afterEachRestore();

    edit(`config/crd/bases/${CRD_FILE}`, (t) => t.replace('name: variantautoscalings.llmd.ai', 'name: variantprofiles.llmd.ai'));
    const missing = expectOutcome(await preflight({ checks: 'crds-in-sync' }), false);
    expect(missing['crds-in-sync']!.detail).toContain(`variantprofiles.llmd.ai (config/crd/bases/${CRD_FILE}) is missing from ${CHART}/crds/`);
    expect(missing['crds-in-sync']!.detail).toContain('only in the chart: variantautoscalings.llmd.ai');
  });

  it('passes tag-on-branch for a tag on a release branch and fails one on a feature branch', async () => {
    const base = repo.head;
    git(repo.dir, ['checkout', '-q', '-b', 'release-v0.5.0', base]);
    const onRelease = commit(repo.dir, 'fix: last-minute fix on the release branch');
    git(repo.dir, ['checkout', '-q', '-b', 'feature/experiment', base]);
    const onFeature = commit(repo.dir, 'feat: an experiment');
    git(repo.dir, ['checkout', '-q', 'main']);
    git(repo.dir, ['push', '-q', 'origin', 'release-v0.5.0', 'feature/experiment']);
    try {
      tagRelease(repo, 'v0.5.0', { kind: 'annotated', target: onRelease });
      const good = expectOutcome(await preflight({ checks: 'tag-on-branch' }), true);
      expect(good['tag-on-branch']!.detail).toBe(`v0.5.0 (${onRelease.slice(0, 12)}) is on release-v0.5.0`);

      tagRelease(repo, 'v0.5.0', { kind: 'annotated', target: onFeature });
      const bad = expectOutcome(await preflight({ checks: 'tag-on-branch' }), false);
      expect(bad['tag-on-branch']!.detail).toBe(
        `v0.5.0 (${onFeature.slice(0, 12)}) is on none of the release branches of origin (main, release-*, hotfix-*, release-v*; looked at main, release-v0.5.0)`,
      );
    } finally {
      git(repo.dir, ['push', '-q', 'origin', '--delete', 'release-v0.5.0', 'feature/experiment']);
      tagRelease(repo, 'v0.5.0', { kind: 'gpg', gnupgHome: key.home, key: key.fingerprint });
    }
  });

  it('reports an unknown check name and a version that is not SemVer as failed checks; the others still run', async () => {
    const unknown = await preflight({ checks: 'crds-in-sync\ntag-sigend' });
    const report = expectOutcome(unknown, false);
    expect(report['crds-in-sync']!.status).toBe('passed');
    expect(report['tag-sigend']).toMatchObject({ status: 'failed', detail: expect.stringMatching(/^unknown check; the checks are tag-signed, versions-consistent, /) });
    expect(unknown.summary).toMatch(/\| ❌ \| tag-sigend \| unknown check/);

    const notSemver = await verify(repo, { phase: 'preflight', 'allowed-signers': key.publicKey }, { ref: 'refs/tags/v0.5' });
    const r = expectOutcome(notSemver, false);
    expect(r['crds-in-sync']!.status).toBe('passed');
    for (const c of ['tag-signed', 'versions-consistent', 'changelog-entry', 'tag-on-branch']) {
      expect(r[c]!.detail).toBe('needs a SemVer version, and the tag v0.5 is not one: expected a SemVer 2 version X.Y.Z (optionally v-prefixed, with a -prerelease), got "v0.5"');
    }
  });
});
