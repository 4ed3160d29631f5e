/**
 * Fault matrix, the signing calls: the rehearsal's attest stand-in (what actions/attest does on
 * a runner) logs the signature in the Rekor-like log (`POST /api/v1/log/entries`, through the
 * fault proxy) and stores the bundle through the emulator's attestations API
 * (`POST /repos/{o}/{r}/attestations`). Run in-process against one emulator, one local Sigstore
 * and one proxy for the file.
 *
 * A `retried` cell signs once and stores once: the fault hit, the call made again (a log entry
 * whose answer was lost is found by Rekor's 409 and fetched; a stored bundle whose answer was
 * lost is found by its subject), or a late answer waited for. A `resumed` cell fails with one
 * line naming the call and the status, stores nothing, and the step run again stores one. Each
 * ends with exactly one attestation for the subject, which verifies against the trusted root.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import type { TrustMaterial } from '@sigstore/verify';
import { subjectDigests } from '../../../actions/lib/signing/statement.js';
import { trustMaterial } from '../../../actions/lib/signing/trust.js';
import { verifyAttestationBundle } from '../../../actions/lib/signing/verify-bundle.js';
import { signAndStore, type Attested } from '../../../src/rehearse/stand-ins/signing.js';
import type { StepContext } from '../../../src/rehearse/types.js';
import { FaultProxy } from '../../support/faults/http-proxy.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { startSigstore, type LocalSigstore } from '../../support/sigstore/index.js';
import { faultSpec, LATE_MS, TRANSPORT_FAULTS } from './github-cells.js';
import { cellTitle, type Fault, type Outcome } from './matrix.js';
import { httpFault } from './services-http-faults.js';

const TOKEN = 'test-token';
const LOG = '/api/v1/log/entries';
/** A stall costs one deadline; a late answer comes well inside it. */
const DEADLINE_MS = '4000';

interface SigningCell {
  fault: Fault;
  outcome: Outcome;
  why?: string;
  /** Until healed: outlasts the four attempts. */
  lasting?: boolean;
}

/** A stall that outlasts the retries meets a shorter deadline, so its four attempts take seconds. */
const SHORT_DEADLINE_MS = '800';

const LOG_CELLS: SigningCell[] = [
  ...(['500', '502', '503', '429', 'stall', 'reset', '500 after write', 'late answer'] as const).map((fault) => ({ fault, outcome: 'retried' as const })),
  { fault: '503', outcome: 'resumed', why: 'outlasts the retries', lasting: true },
  { fault: 'stall', outcome: 'resumed', why: 'outlasts the retries', lasting: true },
];
const STORE_CELLS: SigningCell[] = [
  ...[...TRANSPORT_FAULTS, '500 after write' as const, 'late answer' as const].map((fault) => ({ fault, outcome: 'retried' as const })),
  { fault: '503', outcome: 'resumed', why: 'outlasts the retries', lasting: true },
  { fault: 'stall', outcome: 'resumed', why: 'outlasts the retries', lasting: true },
];

/** The step's one line for a fault that outlasted the retries. */
const LOG_FAILURE: Partial<Record<Fault, RegExp>> = {
  '503': /: the transparency log's POST \/api\/v1\/log\/entries answered HTTP 503 \(Service Unavailable\) \(TLOG_CREATE_ENTRY_ERROR\); nothing was stored: run the job again$/,
  stall: /: the transparency log's POST \/api\/v1\/log\/entries failed: .*timeout.* \(TLOG_CREATE_ENTRY_ERROR\); nothing was stored: run the job again$/,
};
const STORE_FAILURE = (full: string): Partial<Record<Fault, string>> => ({
  '503': `storing the attestation: POST /repos/${full}/attestations answered HTTP 503: Service Unavailable (attempt 4 of 4); nothing was stored: run the job again`,
  stall: `storing the attestation: POST /repos/${full}/attestations did not answer within ${SHORT_DEADLINE_MS} ms (attempt 4 of 4); nothing was stored: run the job again`,
});

/** `run` with the short deadline for a lasting stall, the file's deadline otherwise. */
async function withDeadline<T>(cell: SigningCell, run: () => Promise<T>): Promise<T> {
  if (!(cell.lasting && cell.fault === 'stall')) return run();
  process.env['RELEASE_ACTIONS_REQUEST_TIMEOUT_MS'] = SHORT_DEADLINE_MS;
  try {
    return await run();
  } finally {
    process.env['RELEASE_ACTIONS_REQUEST_TIMEOUT_MS'] = DEADLINE_MS;
  }
}

let gh: GitHubEmulator;
let sig: LocalSigstore;
let proxy: FaultProxy;
let trust: TrustMaterial;
let n = 0;
const saved = { ...process.env };

beforeAll(async () => {
  process.env['RELEASE_ACTIONS_RETRY_SCALE'] = '0.001';
  process.env['RELEASE_ACTIONS_REQUEST_TIMEOUT_MS'] = DEADLINE_MS;
  [gh, sig] = await Promise.all([startGitHubEmulator({ token: TOKEN }), startSigstore()]);
  proxy = await FaultProxy.start(sig.rekorUrl);
  trust = trustMaterial(TrustedRoot.fromJSON(sig.trustedRoot));
});
afterEach(() => {
  proxy.heal();
  gh.clearFaults();
  gh.assertNoViolations();
});
afterAll(async () => {
  process.env = saved;
  await Promise.all([gh?.stop(), sig?.stop(), proxy?.stop()]);
});

/** A repository of its own per cell, and the step context the stand-in signs in. */
async function world(): Promise<{ full: string; digest: string; ctx: StepContext }> {
  const full = `acme/signed-${++n}`;
  await gh.createRepo(full);
  const ctx = {
    repository: full,
    github: { serverUrl: gh.serverUrl, apiUrl: gh.apiUrl, token: TOKEN, barePath: '' },
    event: { name: 'push', ref: 'refs/tags/v0.5.0', sha: '0'.repeat(40) },
    sigstore: { attest: (statement, identity) => sig.attest(statement, identity, { logUrl: proxy.url }) },
  } as Partial<StepContext> as StepContext;
  return { full, digest: (n.toString(16).padStart(2, '0') + 'ab').repeat(16), ctx };
}

const statement = (digest: string) => ({
  subject: [{ name: 'workload-variant-autoscaler-0.5.0.tgz', digest: { sha256: digest } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } },
});

/** The attestations the emulator holds for the repository: exactly one, about `digest`, verified. */
function expectOneVerified(full: string, digest: string, attested: Attested): void {
  const stored = gh.repo(full).attestations ?? [];
  expect(stored.map((a) => String(a.id))).toEqual([attested.id]);
  expect(stored[0]!.subjectDigests).toEqual([`sha256:${digest}`]);
  const verified = verifyAttestationBundle(stored[0]!.bundle, trust);
  expect(subjectDigests(verified.statement)).toEqual([`sha256:${digest}`]);
  expect(verified.logIndex).toBeDefined();
}

function expectAttested(result: Attested | string): Attested {
  if (typeof result === 'string') throw new Error(`expected the stand-in to sign and store, it failed: ${result}`);
  return result;
}

describe('fault matrix: the transparency log when signing', () => {
  it.each(LOG_CELLS.map((c) => [cellTitle('Rekor', 'attest: log the signature', c.fault, c.outcome, c.why), c] as const))(
    '%s',
    async (_title, cell) => {
      const { full, digest, ctx } = await world();
      const entries = sig.entries();
      const from = proxy.log.length;
      const spec = cell.fault === 'late answer' ? { method: 'POST', path: LOG, kind: 'late' as const, delayMs: LATE_MS } : httpFault(cell.fault, { method: 'POST', path: LOG }, cell.lasting ? Number.POSITIVE_INFINITY : 1);
      const fault = proxy.inject(spec);
      const first = await withDeadline(cell, () => signAndStore(ctx, statement(digest)));
      const calls = proxy.since(from);

      if (cell.outcome === 'retried') {
        const attested = expectAttested(first);
        expect(fault.hits).toBe(1);
        expect(calls[0]).toMatchObject({ method: 'POST', path: LOG, fault: fault.kind });
        if (cell.fault === 'late answer') expect(calls).toEqual([expect.objectContaining({ forwarded: true, status: 201 })]);
        // the entry applied before its answer was lost is proposed again and found, not logged twice
        else if (cell.fault === '500 after write') expect(calls.slice(1).map((c) => `${c.method} ${c.status}`)).toEqual(['POST 409', 'GET 200']);
        else expect(calls.slice(1)).toEqual([expect.objectContaining({ method: 'POST', forwarded: true, status: 201 })]);
        expect(sig.entries() - entries).toBe(1);
        expectOneVerified(full, digest, attested);
        return;
      }
      expect(first).toMatch(/^signing the provenance statement for workload-variant-autoscaler-0\.5\.0\.tgz: /);
      expect(first).toMatch(LOG_FAILURE[cell.fault]!);
      // the first attempt and three retries, then given up; nothing logged, nothing stored
      expect(fault.hits).toBe(4);
      expect(sig.entries()).toBe(entries);
      expect(gh.repo(full).attestations ?? []).toEqual([]);
      proxy.heal();
      expectOneVerified(full, digest, expectAttested(await signAndStore(ctx, statement(digest))));
      expect(sig.entries() - entries).toBe(1);
    },
    60_000,
  );
});

describe('fault matrix: the attestations API when the attest step stores', () => {
  it.each(STORE_CELLS.map((c) => [cellTitle('REST', 'attest: store the attestation', c.fault, c.outcome, c.why), c] as const))(
    '%s',
    async (_title, cell) => {
      const { full, digest, ctx } = await world();
      const target = { method: 'POST', path: `/repos/${full}/attestations` };
      const spec = { ...faultSpec(cell.fault, target, { repo: full, branch: 'main' }), ...(cell.lasting ? { times: Number.POSITIVE_INFINITY } : {}) };
      const mark = gh.requests.length;
      const fault = gh.injectFault(spec);
      const first = await withDeadline(cell, () => signAndStore(ctx, statement(digest)));
      const calls = gh.requests.slice(mark).filter((r) => r.path.startsWith(`/repos/${full}/attestations`));

      if (cell.outcome === 'retried') {
        const attested = expectAttested(first);
        expect(fault.hits).toBe(1);
        expect(calls[0]).toMatchObject({ method: 'POST', fault: fault.kind });
        if (cell.fault === 'late answer') expect(calls.map((c) => `${c.method} ${c.status}`)).toEqual(['POST 201']);
        // the write applied before its answer was lost is found by its subject, not stored again
        else if (cell.fault === '500 after write') expect(calls.slice(1).map((c) => `${c.method} ${c.status}`)).toEqual(['GET 200']);
        // looked up (nothing there yet), then stored
        else expect(calls.slice(1).map((c) => `${c.method} ${c.status}`)).toEqual(['GET 200', 'POST 201']);
        expectOneVerified(full, digest, attested);
        return;
      }
      expect(first).toBe(STORE_FAILURE(full)[cell.fault]);
      expect(fault.hits).toBe(4);
      expect(gh.repo(full).attestations ?? []).toEqual([]);
      gh.clearFaults();
      expectOneVerified(full, digest, expectAttested(await signAndStore(ctx, statement(digest))));
    },
    60_000,
  );
});
