/**
 * Fault matrix, the verification call: verify-release postflight's chart-signature check reads
 * the chart package's attestations (`GET /repos/{o}/{r}/attestations/{digest}`) from the
 * emulator, which holds one signed by the local Sigstore, and verifies it. One emulator, one
 * Sigstore and one Helm repository for the file; the check only reads, so every cell runs
 * against the same release and ends with the same state.
 *
 * `retried`: the run passes, the fault hit once, and the read made again after it (a late
 * answer: waited for, one read). `resumed`: a 503 that outlasts the client's retries fails the
 * check with one error naming the call and the status, and a plain re-run passes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { addAttestation } from '../../support/github/routes/attestations.js';
import type { ActionRun } from '../../support/harness.js';
import type { SampleRepo } from '../../support/repos.js';
import { startSigstore, type LocalSigstore } from '../../support/sigstore/index.js';
import { CHART_NAME, chartArchive, expectOutcome, HelmRepoServer, indexYaml, sha256, tagRelease, verify, wvaAt050 } from '../../actions/verify-release/helpers.js';
import { expectRetried, FAST_FAULTS, play, playTogether, siteCells, TRANSPORT_FAULTS, type Site } from './github-cells.js';
import { cellTitle } from './matrix.js';

const TOKEN = 'test-token';
const FULL = 'acme/wva-signed';
const PACKAGE = `${CHART_NAME}-0.5.0.tgz`;

let repo: SampleRepo;
let gh: GitHubEmulator;
let sig: LocalSigstore;
let helm: HelmRepoServer;
let work: string;
let rootFile: string;
let digest: string;

const SITE: Site = {
  cells: siteCells('REST', 'verify: list attestations', [...TRANSPORT_FAULTS, 'late answer'], 'retried'),
  target: (full) => ({ method: 'GET', path: new RegExp(`^/repos/${full}/attestations/sha256(?::|%3A)[0-9a-f]{64}$`) }),
  error: /chart-signature: reading the attestations of sha256:[0-9a-f]{64} failed.*GET \/repos\/acme\/wva-signed\/attestations\/sha256:[0-9a-f]{64}/,
};

beforeAll(async () => {
  repo = wvaAt050();
  tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
  work = mkdtempSync(join(tmpdir(), 'faults-att-'));
  helm = new HelmRepoServer();
  [gh, sig] = await Promise.all([startGitHubEmulator({ token: TOKEN }), startSigstore(), helm.start()]);
  const tgz = chartArchive(repo.workspace!, work);
  digest = `sha256:${sha256(tgz)}`;
  helm.files.set('/charts/index.yaml', { body: indexYaml([{ version: '0.5.0', digest: sha256(tgz), url: PACKAGE }]) });
  helm.files.set(`/charts/${PACKAGE}`, { body: tgz });
  rootFile = join(work, 'trusted_root.json');
  writeFileSync(rootFile, JSON.stringify(sig.trustedRoot));
  await gh.createRepo(FULL, { fromDir: repo.dir });
  const statement = { subject: [{ name: PACKAGE, digest: { sha256: digest.slice(7) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} };
  addAttestation(gh.repo(FULL), 1, await sig.attest(statement, { serverUrl: gh.serverUrl, repository: FULL, ref: 'refs/tags/v0.5.0' }));
}, 120_000);
afterEach(() => {
  gh.clearFaults();
  gh.assertNoViolations();
});
afterAll(async () => {
  await Promise.all([gh?.stop(), sig?.stop(), helm?.stop()]);
  rmSync(work, { recursive: true, force: true });
  await repo?.cleanup();
});

const postflight = (): Promise<ActionRun> =>
  verify(repo, { phase: 'postflight', checks: 'chart-signature', 'helm-repo-url': helm.url, token: TOKEN, 'trusted-root': rootFile, timeout: '5s' }, { repository: FULL, apiUrl: gh.apiUrl, serverUrl: gh.serverUrl, env: FAST_FAULTS });

/** The state a read must leave as it was: the one attestation, and nothing written to the emulator. */
function expectUnchanged(log: ReadonlyArray<{ method: string }>): void {
  expect((gh.repo(FULL).attestations ?? []).map((a) => a.id)).toEqual([1]);
  expect(log.filter((r) => r.method !== 'GET')).toEqual([]);
}

describe('fault matrix: reading the attestations in postflight', () => {
  it.each(SITE.cells.map((c) => [c.title, c] as const))(
    '%s',
    async (_title, cell) => {
      const p = play(SITE, cell, FULL, { repo: FULL, branch: 'main' });
      const played = await playTogether(gh, [p], postflight);
      const report = expectOutcome(played.run, true);
      expect(report['chart-signature']!.detail).toContain(`: signed by ${gh.serverUrl}/${FULL}/.github/workflows/release.yaml@refs/tags/v0.5.0`);
      if (cell.fault === 'late answer') {
        expect(played.faults.get(cell.title)!.hits).toBe(1);
        expect(played.log.filter((r) => r.path.includes('/attestations/')).map((r) => `${r.status} ${r.fault ?? ''}`)).toEqual(['200 late']);
      } else {
        expectRetried(played, p);
      }
      expectUnchanged(played.log);
    },
    60_000,
  );

  it(
    cellTitle('REST', 'verify: list attestations', '503', 'resumed', 'outlasts the retries'),
    async () => {
      const p = play(SITE, { ...SITE.cells[2]!, outcome: 'resumed' }, FULL, { repo: FULL, branch: 'main' });
      expect(p.cell.fault).toBe('503');
      const mark = gh.requests.length;
      const down = gh.injectFault({ ...p.spec, times: Number.POSITIVE_INFINITY });
      const failed = await postflight();
      const report = expectOutcome(failed, false);
      expect(report['chart-signature']!.detail).toBe(
        `reading the attestations of ${digest} failed: GET /repos/${FULL}/attestations/${digest} answered HTTP 503 (Service Unavailable)`,
      );
      expect(failed.errors[0]!.message).toMatch(p.error);
      // the first read and the client's three retries, then the clean failure
      expect(down.hits).toBe(4);
      gh.clearFaults();
      expectOutcome(await postflight(), true);
      expectUnchanged(gh.requests.slice(mark));
    },
    60_000,
  );
});
