/**
 * Every bench figure's setup, run alone in an empty BENCH_TMP, untimed: a figure run by itself on
 * a fresh clone (`npm run bench -- <figure>`) must create everything it reads. Small sizes keep
 * the generated data quick; the code path is the one `npm run bench` takes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../support/harness.js';
import { tempDir } from '../support/tmp.js';

type Setup = (opts?: Record<string, unknown>) => Promise<Record<string, unknown>>;
const figuresDir = join(projectRoot, 'bench', 'figures');
const figureIds = readdirSync(figuresDir).filter((f) => f.endsWith('.mjs')).map((f) => f.replace(/\.mjs$/, ''));

let tmp: { path: string; cleanup: () => Promise<void> };
const load = async (id: string): Promise<{ setup: Setup; run: unknown }> => (await import(join(figuresDir, `${id}.mjs`))) as { setup: Setup; run: unknown };

beforeAll(async () => {
  tmp = await tempDir('ra-bench-setup-');
  // read by bench/lib/data.mjs when the first figure is imported
  process.env.BENCH_TMP = join(tmp.path, 'bench');
});
afterAll(async () => {
  delete process.env.BENCH_TMP;
  await tmp.cleanup();
});

describe('bench figures run alone from a fresh clone', () => {
  it('every figure exports setup and run', async () => {
    expect(figureIds.sort()).toEqual(['bump-version', 'changelog', 'doctor', 'index-merge', 'multi-chart', 'oci-push', 'packaging', 'rehearsal', 'signatures', 'signing', 'startup', 'verify-polling']);
    for (const id of figureIds) {
      const mod = await load(id);
      expect([id, typeof mod.setup, typeof mod.run]).toEqual([id, 'function', 'function']);
    }
  });

  it('signatures: the bundled entry verifies the corpus bundle against its root', async () => {
    const { entry, trusted, bundle } = (await (await load('signatures')).setup()) as { entry: string; trusted: string; bundle: string };
    expect(entry.startsWith(process.env.BENCH_TMP!)).toBe(true);
    const out = execFileSync(process.execPath, [entry, trusted, bundle, bundle], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ bundles: 2 });
  }, 120_000);

  it('changelog: the data folder is created, with the package file and a history', async () => {
    const { ccPackage, repos } = (await (await load('changelog')).setup({ sizes: [25] })) as { ccPackage: string; repos: Map<number, string> };
    expect(ccPackage.startsWith(process.env.BENCH_TMP!)).toBe(true);
    expect(existsSync(ccPackage)).toBe(true);
    expect(existsSync(join(repos.get(25)!, '.git'))).toBe(true);
  });

  it('bump-version: the repository, its origin and workspace', async () => {
    const { origin, workspace } = (await (await load('bump-version')).setup({ files: 12 })) as { origin: string; workspace: string };
    expect(existsSync(join(origin, 'HEAD'))).toBe(true);
    expect(existsSync(join(workspace, '.github', 'release-actions.yaml'))).toBe(true);
  });

  it('packaging and verify-polling: the bundled entry, the WVA copy and the big chart', async () => {
    const { entry, wva, big } = (await (await load('packaging')).setup({ files: 30 })) as { entry: string; wva: string; big: string };
    for (const p of [entry, join(wva, 'Chart.yaml'), join(big, 'Chart.yaml')]) expect(existsSync(p)).toBe(true);
    const { pack } = (await (await load('verify-polling')).setup()) as { pack: string };
    expect(pack).toBe(entry);
  });

  it('index-merge: the scaled copy of a given index and the bundled merge entry', async () => {
    const index = join(tmp.path, 'index.yaml');
    writeFileSync(index, 'apiVersion: v1\nentries:\n  demo:\n  - name: demo\n    version: 1.0.0\n    urls:\n    - demo-1.0.0.tgz\ngenerated: "2026-01-01T00:00:00Z"\n');
    const { x4, merge } = (await (await load('index-merge')).setup({ index })) as { x4: string; merge: string };
    expect(existsSync(merge)).toBe(true);
    expect(readdirSync(join(x4, '..'))).toContain('index-x4-small.yaml');
    const missing = await (await load('index-merge')).setup({ index: join(tmp.path, 'absent.yaml') });
    expect(String(missing.skipped)).toMatch(/absent\.yaml is missing/);
  });

  it('multi-chart: 50 charts, each tagged, 10 bumped, and a pages branch on the origin', async () => {
    const ready = (await (await load('multi-chart')).setup({ index: null })) as { workspace: string; origin: string; pagesTip: string; bumped: Array<{ name: string; version: string }>; charts: number };
    expect([ready.charts, ready.bumped.length]).toEqual([50, 10]);
    const tags = execFileSync('git', ['-C', ready.workspace, 'tag', '--list'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(tags).toHaveLength(50);
    // a bumped chart's new version has no tag yet; its previous one has
    for (const b of ready.bumped) expect(tags).not.toContain(`${b.name}-${b.version}`);
    expect(execFileSync('git', ['-C', ready.origin, 'rev-parse', 'refs/heads/gh-pages'], { encoding: 'utf8' }).trim()).toBe(ready.pagesTip);
  }, 120_000);

  it('doctor: the WVA repository with its tags', async () => {
    const { dir } = (await (await load('doctor')).setup()) as { dir: string };
    expect(existsSync(join(dir, '.git'))).toBe(true);
    expect(existsSync(join(dir, 'charts', 'workload-variant-autoscaler', 'Chart.yaml'))).toBe(true);
  });

  it('oci-push, startup and rehearsal: what they run is there', async () => {
    const oci = await (await load('oci-push')).setup();
    expect(oci.skipped ?? existsSync(String(oci.entry))).toBeTruthy();
    if (!oci.skipped) expect(existsSync(String(oci.entry))).toBe(true);
    expect((await (await load('startup')).setup()).names).toEqual(['announce', 'bump-version', 'changelog', 'publish-helm', 'verify-release']);
    const rehearsal = await (await load('rehearsal')).setup();
    expect(existsSync(String(rehearsal.cli))).toBe(true);
    // whether the image is built for real is measured, not assumed
    expect(typeof rehearsal.buildah).toBe('boolean');
  });

  it('signing: the rehearsal command, and the figures read from a --json report', async () => {
    const mod = (await load('signing')) as unknown as { setup: Setup; signingFigures: (report: unknown) => Record<string, unknown>; NO_SIGNING_ENV: string };
    const { cli, argv } = (await mod.setup()) as { cli: string; argv: string[] };
    expect(existsSync(cli)).toBe(true);
    expect(argv.slice(1)).toEqual([cli, 'rehearse', '--json']);
    // the switch the figure sets is the one the rehearsal's world reads
    expect(mod.NO_SIGNING_ENV).toBe((await import('../../src/rehearse/world.js')).NO_SIGNING_ENV);
    const step = (uses: string, durationMs: number, note: string) => ({ name: uses, kind: 'stand-in', status: 'passed', durationMs, uses, notes: [note] });
    const report = {
      stages: [
        { name: 'services', detail: 'ready 0.82 s after the start: GitHub emulator http://127.0.0.1:1' },
        { name: 'image', steps: [step('actions/attest-build-provenance@a2bb', 60, 'provenance statement for x signed by http://h/w (local Sigstore) and stored as attestation 7'), step('anchore/sbom-action@e22c', 3, 'SPDX JSON')] },
        { name: 'release', steps: [step('actions/attest@a194', 25, 'SBOM statement for x written unsigned (no Sigstore, no attestation API)')] },
        {
          name: 'verify',
          signatures: [{ check: 'image-signature', status: 'passed' }, { check: 'sbom', status: 'failed' }],
          steps: [{ name: 'Verify the published release', kind: 'suite-action', status: 'passed', durationMs: 719, uses: '$/actions/verify-release' }],
        },
      ],
    };
    expect(mod.signingFigures(report)).toEqual({ readyMs: 820, attestSteps: 2, signed: 1, attestMs: 85, postflightMs: 719, verified: ['image-signature'] });
  });
});
