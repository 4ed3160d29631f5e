/**
 * A re-run of the release job attests the same chart again, and a Sigstore bundle never has
 * the same bytes twice (fresh certificate, log timestamp, run attempt in the statement). The
 * re-run must pass and keep the published provenance — one asset, its bytes unchanged —
 * while a bundle that attests anything else is still refused, with or without
 * replace-assets.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attestedSubjects, isProvenanceName } from '../../../actions/announce/provenance.js';
import { announce, emulatedWva, expectFailure, expectSuccess, WVA, world, type World } from './helpers.js';

let w: World;
afterEach(async () => w?.stop());

const CHART = 'workload-variant-autoscaler-0.5.0.tgz';
const PROVENANCE = 'workload-variant-autoscaler-0.5.0.intoto.jsonl';
const GLOBS = ['release-assets/*.tgz', 'release-assets/*.intoto.jsonl'].join('\n');

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

/** A bundle shaped like attest-build-provenance's: a DSSE envelope with a fresh signature each time. */
function bundle(subjects: Array<{ name: string; sha256: string }>, attempt: number, predicateType = 'https://slsa.dev/provenance/v1'): string {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
    predicateType,
    predicate: { runDetails: { metadata: { invocationId: `https://github.com/${WVA}/actions/runs/42/attempts/${attempt}` } } },
  };
  return `${JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: randomBytes(32).toString('base64') }, tlogEntries: [{ integratedTime: String(1_700_000_000 + attempt) }] },
    dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: randomBytes(64).toString('base64') }] },
  })}\n`;
}

/** The release job's folder: the chart package and its provenance bundle. */
function releaseAssets(dir: string, provenance: string): { chart: string; provenance: string } {
  mkdirSync(join(dir, 'release-assets'), { recursive: true });
  const chart = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('chart bytes\n'.repeat(100))]);
  writeFileSync(join(dir, 'release-assets', CHART), chart);
  writeFileSync(join(dir, 'release-assets', PROVENANCE), provenance);
  return { chart: sha256(chart), provenance: sha256(provenance) };
}

function assetsOf(w: World): Array<{ name: string; sha256: string }> {
  const releases = w.gh.repo(WVA).releases.filter((r) => r.tagName === 'v0.5.0');
  expect(releases).toHaveLength(1);
  return releases[0]!.assets.map((a) => ({ name: a.name, sha256: a.sha256 }));
}

describe('provenance on a re-run of the release job', () => {
  it('keeps the published bundle when the new one attests the same subjects, and says so', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const chartSha = sha256(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('chart bytes\n'.repeat(100))]));
    const first = releaseAssets(wva.repo.dir, bundle([{ name: CHART, sha256: chartSha }], 1));
    expectSuccess(await announce(w.gh, wva, { assets: GLOBS }));
    expect(assetsOf(w)).toEqual([
      { name: CHART, sha256: first.chart },
      { name: PROVENANCE, sha256: first.provenance },
    ]);

    // the re-run's bundle: same subject, new signature, new attempt
    const second = releaseAssets(wva.repo.dir, bundle([{ name: CHART, sha256: chartSha }], 2));
    expect(second.provenance).not.toBe(first.provenance);
    const rerun = await announce(w.gh, wva, { assets: GLOBS });
    expectSuccess(rerun);
    expect(assetsOf(w)).toEqual([
      { name: CHART, sha256: first.chart },
      { name: PROVENANCE, sha256: first.provenance },
    ]);
    const notices = rerun.annotations.filter((a) => a.level === 'notice').map((a) => a.message);
    expect(notices).toEqual([expect.stringContaining(`asset ${PROVENANCE}: the release already has provenance for the same subject (${CHART} sha256:${chartSha}); the published bundle is kept`)]);
    expect(rerun.stdout).toContain(`asset ${PROVENANCE}: already on the release with the same sha256, kept`);

    // replace-assets does not swap published evidence for evidence of the same thing either
    releaseAssets(wva.repo.dir, bundle([{ name: CHART, sha256: chartSha }], 3));
    expectSuccess(await announce(w.gh, wva, { assets: GLOBS, 'replace-assets': 'true' }));
    expect(assetsOf(w).find((a) => a.name === PROVENANCE)?.sha256).toBe(first.provenance);
  });

  it('still refuses a bundle that attests another digest, another subject or another predicate', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const chartSha = sha256(Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('chart bytes\n'.repeat(100))]));
    const first = releaseAssets(wva.repo.dir, bundle([{ name: CHART, sha256: chartSha }], 1));
    expectSuccess(await announce(w.gh, wva, { assets: GLOBS }));

    const other = 'f'.repeat(64);
    for (const provenance of [
      bundle([{ name: CHART, sha256: other }], 2),
      bundle([{ name: CHART, sha256: chartSha }, { name: 'extra.tgz', sha256: other }], 2),
      bundle([{ name: CHART, sha256: chartSha }], 2, 'https://spdx.dev/Document'),
      'not provenance at all\n',
    ]) {
      releaseAssets(wva.repo.dir, provenance);
      const run = await announce(w.gh, wva, { assets: GLOBS });
      expectFailure(run, `already has an asset of the same name with different content: ${PROVENANCE}`);
      expect(assetsOf(w).find((a) => a.name === PROVENANCE)?.sha256).toBe(first.provenance);
    }
    // with replace-assets a different attestation does replace: that is what the input is for
    const replaced = releaseAssets(wva.repo.dir, bundle([{ name: CHART, sha256: other }], 3));
    expectSuccess(await announce(w.gh, wva, { assets: GLOBS, 'replace-assets': 'true' }));
    expect(assetsOf(w).find((a) => a.name === PROVENANCE)?.sha256).toBe(replaced.provenance);
    expect(readFileSync(join(wva.repo.dir, 'release-assets', PROVENANCE), 'utf8')).toContain('dsseEnvelope');
  });
});

describe('attestedSubjects', () => {
  const statement = { _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1', subject: [{ name: 'a.tgz', digest: { sha256: 'AB' } }] };
  it('reads a plain statement, a DSSE envelope and a Sigstore bundle alike', () => {
    const envelope = { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from(JSON.stringify(statement)).toString('base64'), signatures: [] };
    const want = ['https://slsa.dev/provenance/v1 a.tgz sha256:ab'];
    expect(attestedSubjects(JSON.stringify(statement))).toEqual(want);
    expect(attestedSubjects(JSON.stringify(envelope))).toEqual(want);
    expect(attestedSubjects(`${JSON.stringify({ dsseEnvelope: envelope })}\n\n`)).toEqual(want);
  });
  it('reads nothing from what is not an in-toto statement with digests', () => {
    expect(attestedSubjects('')).toBeUndefined();
    expect(attestedSubjects('{"_type":"x","subject":[]}')).toBeUndefined();
    expect(attestedSubjects(JSON.stringify({ ...statement, subject: [{ name: 'a.tgz', digest: {} }] }))).toBeUndefined();
    expect(attestedSubjects(JSON.stringify({ payloadType: 'text/plain', payload: 'eA==' }))).toBeUndefined();
    expect(attestedSubjects(`${JSON.stringify(statement)}\nnot json`)).toBeUndefined();
  });
  it('knows the names provenance bundles are published under', () => {
    expect(['x.intoto.jsonl', 'x.sigstore.json', 'x.sigstore'].map(isProvenanceName)).toEqual([true, true, true]);
    expect(['x.tgz', 'SHA256SUMS', 'x.jsonl'].map(isProvenanceName)).toEqual([false, false, false]);
  });
});
