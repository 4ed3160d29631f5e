import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { truthy as truthyWithStatus } from '../../src/rehearse/expressions.js';
import { evaluate, interpolate, truthy } from '../support/workflows/expressions.js';
import { asMap, classifyUses, loadWorkflow, workflowsDir, type Job, type Workflow } from '../support/workflows/model.js';

/**
 * release.yaml's shape: the job graph of the design, which jobs each mode runs (the `if:`
 * conditions evaluated with GitHub's expression evaluator), the concurrency key, and how
 * ci-release.yaml calls it for a tag push and for a dispatch.
 */
const release = loadWorkflow(join(workflowsDir, 'release.yaml'));
const caller = loadWorkflow(join(workflowsDir, 'ci-release.yaml'));

const needsOf = (job: Job): string[] => {
  const n = job.raw['needs'];
  return n === undefined ? [] : Array.isArray(n) ? n.map(String) : [String(n)];
};

/** The workflow_call inputs with their defaults, overridden by `given`. */
function inputs(wf: Workflow, given: Record<string, unknown> = {}): Record<string, unknown> {
  const defs = asMap(asMap(asMap(wf.raw['on'])?.['workflow_call'])?.['inputs']) ?? {};
  return { ...Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, asMap(v)?.['default'] ?? ''])), ...given };
}

/** Every job the job depends on, directly or not. */
function ancestorsOf(wf: Workflow, job: Job): string[] {
  const seen = new Set<string>();
  const visit = (j: Job): void => {
    for (const n of needsOf(j)) {
      if (seen.has(n)) continue;
      seen.add(n);
      visit(wf.jobs.find((x) => x.id === n)!);
    }
  };
  visit(job);
  return [...seen];
}

/**
 * Jobs that run: `if:` true with the needed jobs' results and outputs (preflight plans an image
 * unless `outputs` says otherwise), and — for an `if:` without a status function, GitHub's
 * implicit success() — every job up the chain ran. Jobs are in needs order in the file.
 */
function runningJobs(wf: Workflow, given: Record<string, unknown>, outputs: Record<string, Record<string, string>> = {}): string[] {
  const ran = new Map<string, boolean>();
  const contexts = { inputs: inputs(wf, given), github: { repository: 'llm-d-incubation/workload-variant-autoscaler', ref: 'refs/tags/v0.5.0', ref_name: 'v0.5.0' } };
  const given_ = { preflight: { image: 'ghcr.io/llm-d-incubation/workload-variant-autoscaler', ...outputs['preflight'] }, ...Object.fromEntries(Object.entries(outputs).filter(([k]) => k !== 'preflight')) };
  for (const job of wf.jobs) {
    const needs = Object.fromEntries(needsOf(job).map((n) => [n, { result: ran.get(n) ? 'success' : 'skipped', outputs: given_[n as keyof typeof given_] ?? {} }]));
    const written = job.raw['if'] === undefined ? 'success()' : String(job.raw['if']).replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    const cond = /\b(?:success|failure|always|cancelled)\(\)/.test(written) ? written : `success() && (${written})`;
    const incomplete = ancestorsOf(wf, job).some((a) => !ran.get(a));
    ran.set(job.id, truthyWithStatus(cond, { ...contexts, needs }, { failed: false, incomplete }));
  }
  return wf.jobs.map((j) => j.id).filter((id) => ran.get(id));
}

function stepsRunning(job: Job, given: Record<string, unknown>): string[] {
  const contexts = { inputs: inputs(release, given), steps: {}, needs: {}, github: {} };
  return job.steps.filter((s) => s.raw['if'] === undefined || truthy(String(s.raw['if']), contexts)).map((s) => s.name ?? s.id ?? String(s.index));
}

describe('release.yaml', () => {
  it('waits in the environment on a dispatch only, and every other job needs the guard', () => {
    const guard = release.jobs.find((j) => j.id === 'guard')!;
    const env = (event: string, given: Record<string, unknown> = {}) => evaluate(String(guard.raw['environment']).replace(/^\$\{\{\s*|\s*\}\}$/g, ''), { inputs: inputs(release, given), github: { event_name: event } });
    expect(env('workflow_dispatch')).toBe('release');
    expect(env('workflow_dispatch', { environment: 'production' })).toBe('production');
    expect(env('push')).toBe('');
    for (const job of release.jobs.filter((j) => j.id !== 'guard')) expect([job.id, needsOf(job)]).toEqual([job.id, expect.arrayContaining(['guard'])]);
  });

  it('keeps the artifacts a re-run of failed jobs downloads for GitHub\'s 30-day re-run window', () => {
    const uploads = release.jobs.flatMap((j) => j.steps.filter((s) => (s.uses ?? '').startsWith('actions/upload-artifact@')));
    expect(uploads.length).toBe(2);
    for (const u of uploads) expect(u.with['retention-days']).toBe('30');
  });

  it('attests only when the repository can have attestations, and then lists the provenance asset', () => {
    const attest = release.jobs.flatMap((j) => j.steps.filter((s) => (s.uses ?? '').startsWith('actions/attest-build-provenance@') || s.id === 'assets'));
    expect(attest.length).toBe(3);
    for (const s of attest) expect(s.raw['if']).toBe("needs.preflight.outputs.attest == 'true'");
    const sbom = release.jobs.flatMap((j) => j.steps.filter((s) => /^(actions\/attest|anchore\/sbom-action)@/.test(s.uses ?? '')));
    expect(sbom.map((s) => s.raw['if'])).toEqual(["needs.preflight.outputs.attest == 'true'", "needs.preflight.outputs.attest == 'true'"]);
    const publish = release.jobs.find((j) => j.id === 'release')!.steps.find((s) => s.id === 'publish')!;
    const assets = (attest: string) => interpolate(publish.with['assets']!, { needs: { preflight: { outputs: { attest } } } }).split('\n').filter(Boolean);
    expect(assets('true')).toContain('release-assets/*.intoto.jsonl');
    expect(assets('false')).toEqual(['release-assets/*.tgz', 'release-assets/SHA256SUMS']);
  });

  it('signs before anything is published: the image job before the chart, the sums before the release', () => {
    const steps = (id: string) => release.jobs.find((j) => j.id === id)!.steps.map((s) => s.name ?? s.uses ?? '');
    expect(steps('image').slice(-3)).toEqual(['Attest the image provenance', 'SBOM of the image (SPDX JSON)', 'Attest the SBOM against the image digest']);
    const rel = steps('release');
    expect(rel.indexOf('Checksums')).toBeLessThan(rel.indexOf('Attest the chart provenance and SHA256SUMS'));
    expect(rel.indexOf('Attest the chart provenance and SHA256SUMS')).toBeLessThan(rel.indexOf('Publish the GitHub release'));
    // no continue-on-error anywhere a signature is made: a failed signing fails its job
    const signing = release.jobs.flatMap((j) => j.steps.filter((s) => /^(actions\/attest|actions\/attest-build-provenance|anchore\/sbom-action)@/.test(s.uses ?? '')));
    expect(signing.length).toBe(4);
    for (const s of signing) expect(s.raw['continue-on-error']).toBeUndefined();
    const attestPath = release.jobs.find((j) => j.id === 'release')!.steps.find((s) => s.id === 'attest')!.with['subject-path']!;
    expect(attestPath.split('\n').filter(Boolean)).toEqual(['release-assets/${{ needs.chart.outputs.package }}', 'release-assets/SHA256SUMS']);
  });

  it("ends the release notes with the user's verification commands, filled in, only when the release is attested", () => {
    const publish = release.jobs.find((j) => j.id === 'release')!.steps.find((s) => s.id === 'publish')!;
    const env = asMap(publish.raw['env'])!;
    const digest = `sha256:${'a'.repeat(64)}`;
    const contexts = (attest: string) => ({
      inputs: inputs(release),
      github: { repository: 'llm-d-incubation/workload-variant-autoscaler' },
      needs: {
        preflight: { outputs: { attest, tag: 'v0.5.0', image: 'ghcr.io/llm-d-incubation/workload-variant-autoscaler', notes: "## What's New\n" } },
        image: { outputs: { digest } },
        chart: { outputs: { package: 'workload-variant-autoscaler-0.5.0.tgz' } },
      },
    });
    const notes = (attest: string) => {
      const c = contexts(attest);
      return interpolate(publish.with['notes']!, { ...c, env: { VERIFY_SECTION: interpolate(String(env['VERIFY_SECTION']), c) } });
    };
    const signed = notes('true');
    expect(signed.startsWith("## What's New\n\n\n### Verify this release\n")).toBe(true);
    const tail = '--repo llm-d-incubation/workload-variant-autoscaler --signer-workflow llm-d/release-actions/.github/workflows/release.yaml --source-ref refs/tags/v0.5.0';
    expect(signed).toContain(`gh attestation verify oci://ghcr.io/llm-d-incubation/workload-variant-autoscaler@${digest} ${tail}\n`);
    expect(signed).toContain(`${tail} --predicate-type https://spdx.dev/Document/v2.3\n`);
    expect(signed).toContain(`sha256sum -c SHA256SUMS\ngh attestation verify workload-variant-autoscaler-0.5.0.tgz ${tail}\ngh attestation verify SHA256SUMS ${tail}\n\`\`\``);
    expect(notes('false')).toBe("## What's New\n");
  });

  it('has the job graph of the design', () => {
    expect(Object.fromEntries(release.jobs.map((j) => [j.id, needsOf(j)]))).toEqual({
      guard: [],
      preflight: ['guard'],
      'image-build': ['guard', 'preflight'],
      image: ['guard', 'preflight', 'image-build'],
      chart: ['guard', 'preflight', 'image'],
      release: ['guard', 'preflight', 'image', 'chart'],
      verify: ['guard', 'preflight', 'chart', 'release'],
      announce: ['guard', 'preflight', 'verify'],
      rollback: ['guard', 'preflight'],
    });
  });

  it.each(['release', 'hotfix'])('mode %s runs the whole release path and not the rollback', (mode) => {
    expect(runningJobs(release, { mode })).toEqual(['guard', 'preflight', 'image-build', 'image', 'chart', 'release', 'verify', 'announce']);
  });

  it('image: none (preflight plans no image) skips the image jobs and runs the rest of the release path', () => {
    expect(runningJobs(release, { mode: 'release', image: 'none' }, { preflight: { image: '' } })).toEqual(['guard', 'preflight', 'chart', 'release', 'verify', 'announce']);
  });

  it('runs no job below a failed or skipped image build when an image was planned', () => {
    const image = release.jobs.find((j) => j.id === 'image')!;
    const chart = release.jobs.find((j) => j.id === 'chart')!;
    const cond = String(chart.raw['if']).replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    const ctx = (result: string, planned: string) => ({ inputs: inputs(release, {}), needs: { preflight: { result: 'success', outputs: { image: planned } }, image: { result, outputs: {} } } });
    expect(truthyWithStatus(cond, ctx('skipped', 'ghcr.io/org/op'), { failed: true, incomplete: true })).toBe(false);
    expect(truthyWithStatus(cond, ctx('skipped', ''), { failed: false, incomplete: true })).toBe(true);
    expect(truthyWithStatus(cond, ctx('success', 'ghcr.io/org/op'), { failed: false })).toBe(true);
    expect(truthyWithStatus(cond, ctx('success', 'ghcr.io/org/op'), { failed: false, cancelled: true })).toBe(false);
    expect(needsOf(image)).toContain('image-build');
  });

  it('mode rollback runs only the rollback path', () => {
    expect(runningJobs(release, { mode: 'rollback', version: '0.5.0', reason: 'broken' })).toEqual(['guard', 'preflight', 'rollback']);
  });

  it('announce: false stops after verify', () => {
    expect(runningJobs(release, { mode: 'release', announce: false })).toEqual(['guard', 'preflight', 'image-build', 'image', 'chart', 'release', 'verify']);
  });

  it('runs the preflight checks and notes for a release, and none of them for a rollback', () => {
    const preflight = release.jobs.find((j) => j.id === 'preflight')!;
    const suite = (names: string[]) =>
      names.filter((n) => {
        const step = preflight.steps.find((s) => s.name === n);
        return step?.uses !== undefined && classifyUses(step.uses).kind === 'suite-action';
      });
    const resolve = 'Resolve version, tag, image and build plan';
    const order = 'Place the version among the releases';
    expect(suite(stepsRunning(preflight, { mode: 'release' }))).toEqual([resolve, order, 'Verify the release before publishing anything', 'Release notes from the changelog']);
    expect(suite(stepsRunning(preflight, { mode: 'rollback' }))).toEqual([resolve, order]);
    expect(stepsRunning(preflight, { mode: 'rollback' })).toContain('Check there is a release to roll back');
    expect(stepsRunning(preflight, { mode: 'hotfix' })).not.toContain('Check the hotfix carries the cherry-picked commits');
    expect(stepsRunning(preflight, { mode: 'hotfix', 'cherry-pick': 'abc1234' })).toContain('Check the hotfix carries the cherry-picked commits');
  });

  it('moves image tags back in a rollback only when preflight named some, and never without an image', () => {
    const rollback = release.jobs.find((j) => j.id === 'rollback')!;
    const retag = rollback.steps.find((s) => s.name === 'Point the image tags back at the previous releases')!;
    const when = (moves: string, image = 'ghcr.io/org/op') => truthy(String(retag.raw['if']), { needs: { preflight: { outputs: { 'rollback-tags': moves, image } } } });
    expect([when('latest v0.4.1'), when(''), when('latest v0.4.1', '')]).toEqual([true, false, false]);
  });

  it('keys its concurrency by repository and version, the same for a tag push and a dispatch of 0.5.0 or v0.5.0', () => {
    const group = String(asMap(release.raw['concurrency'])?.['group']);
    const key = (version: string, refName: string) => interpolate(group, { inputs: { version }, github: { repository: 'org/op', ref_name: refName } });
    expect(key('', 'v0.5.0')).toBe('release-actions-release-org/op-v0.5.0');
    expect(key('0.5.0', 'main')).toBe('release-actions-release-org/op-v0.5.0');
    expect(key('v0.5.0', 'main')).toBe('release-actions-release-org/op-v0.5.0');
    expect(key('0.5.1', 'v0.5.0')).not.toBe(key('', 'v0.5.0'));
    expect(asMap(release.raw['concurrency'])?.['cancel-in-progress']).toBe(false);
  });

  it('tags the image with the family preflight decided, and latest only from there', () => {
    const image = release.jobs.find((j) => j.id === 'image')!;
    const meta = image.steps.find((s) => s.uses?.startsWith('docker/metadata-action@'))!;
    expect(meta.with['tags']).toBe('${{ needs.preflight.outputs.image-tags }}');
    expect(meta.with['flavor']).toBe('latest=false');
    const preflight = release.jobs.find((j) => j.id === 'preflight')!;
    expect(asMap(preflight.raw['outputs'])?.['image-tags']).toBe('${{ steps.order.outputs.image-tags }}');
    expect(asMap(preflight.raw['outputs'])?.['latest']).toBe('${{ steps.order.outputs.latest }}');
  });
});

describe('ci-release.yaml calling release.yaml', () => {
  const job = caller.jobs.find((j) => j.uses !== undefined)!;
  const withFor = (inputsCtx: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(asMap(job.raw['with']) ?? {}).map(([k, v]) => [k, typeof v === 'string' ? interpolate(v, { inputs: inputsCtx }) : v]));

  it('on a tag push passes mode release and no version (release.yaml takes it from the tag)', () => {
    expect(withFor({})).toMatchObject({ mode: 'release', version: '', reason: '', 'cherry-pick': '' });
  });

  it('on a dispatch passes the mode, version, reason and cherry-picks through', () => {
    expect(withFor({ mode: 'rollback', version: '0.5.0', reason: 'crash loop', 'cherry-pick': '' })).toMatchObject({ mode: 'rollback', version: '0.5.0', reason: 'crash loop' });
    expect(withFor({ mode: 'hotfix', version: '0.4.2', reason: '', 'cherry-pick': 'abc1234 def5678' })).toMatchObject({ mode: 'hotfix', 'cherry-pick': 'abc1234 def5678' });
  });

  it('triggers on v* tags and workflow_dispatch only (no release: published)', () => {
    const on = asMap(caller.raw['on'])!;
    expect(Object.keys(on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(asMap(on['push'])).toEqual({ tags: ['v*'] });
    expect(evaluate("inputs.mode || 'release'", { inputs: {} })).toBe('release');
  });

  it('passes every secret by name', () => {
    expect(Object.keys(asMap(job.raw['secrets']) ?? {}).sort()).toEqual(['allowed-signers', 'dispatch-token', 'slack-webhook-url']);
  });
});
