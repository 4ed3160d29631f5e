/**
 * Fault matrix, registry push: publish-helm's OCI push of the chart to the real
 * docker-registry through the fault proxy. Each cell pushes to a repository of its own, after
 * a first push straight to the registry gave the digest every push must end with. The
 * faults hit the manifest PUT (the write that publishes the tag) or a blob upload; the
 * client retries 5xx, 429, stalls and resets, and a PUT of the same manifest or blob is
 * idempotent, so a write applied before its 500 is not made twice. In the end each
 * repository holds the tag once, on that digest, with one manifest and its two blobs.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { CHART, CHART_NAME, LONG, publish, show, world, type World } from '../../actions/publish-helm/helpers.js';
import type { HttpFaultSpec } from '../../support/faults/http-proxy.js';
import { cellTitle, type Fault, type Outcome } from './matrix.js';
import { slug } from './services-announce.js';
import { expectClearFailure, expectSuccess, faultEnv } from './services-expect.js';
import { httpFault } from './services-http-faults.js';
import { proxiedRegistry, repositoryState, type ProxiedRegistry, type RepositoryState } from './services-registry.js';

interface PushCell {
  fault: Fault;
  outcome: Outcome;
  why?: string;
  /** Which write the fault hits. */
  on: 'manifest' | 'blob';
  times?: number;
  /** `resumed`: what the one error says besides the registry. */
  says?: RegExp;
}

const CELLS: PushCell[] = [
  { fault: '500', outcome: 'retried', on: 'manifest' },
  { fault: '502', outcome: 'retried', on: 'manifest' },
  { fault: '503', outcome: 'retried', on: 'manifest' },
  { fault: '429', outcome: 'retried', on: 'manifest' },
  { fault: 'stall', outcome: 'retried', on: 'manifest' },
  { fault: 'reset', outcome: 'retried', on: 'manifest' },
  { fault: '503', outcome: 'resumed', why: 'outlasts the 3 attempts', on: 'manifest', times: 3, says: /answered HTTP 503 for manifest 0\.5\.0 \(PUT http:\/\/127\.0\.0\.1:\d+\/v2\/[a-z0-9-]+\/workload-variant-autoscaler\/manifests\/0\.5\.0\)/ },
  { fault: '500 after write', outcome: 'retried', on: 'manifest' },
  { fault: '500 after write', outcome: 'retried', on: 'blob' },
];

let w: World;
let reg: ProxiedRegistry;
let baseline: RepositoryState;
let digest: string;

beforeAll(async () => {
  [w, reg] = await Promise.all([world(), proxiedRegistry()]);
  // the push every cell must match, made without a fault and without the proxy; it also
  // puts the chart on the pages branch, so the cells' runs write only to the registry
  const run = await publish(w, { chart: CHART, 'oci-registry': `oci://${reg.registry.host}/baseline`, 'registry-username': reg.credentials.username, 'registry-password': reg.credentials.password });
  expectSuccess(run);
  digest = /@(sha256:[0-9a-f]{64})$/.exec(run.outputs['oci-ref'] ?? '')![1]!;
  baseline = await repositoryState(reg.registry, `baseline/${CHART_NAME}`);
  expect([baseline.tags, baseline.manifests, baseline.blobs.length]).toEqual([{ '0.5.0': digest }, [digest], 2]);
}, LONG);
// a cell that failed half-way leaves no fault armed for the next
afterEach(() => reg?.proxy.heal());
afterAll(async () => {
  await reg?.stop();
  await w?.stop();
});

const title = (c: PushCell) => cellTitle('registry', c.on === 'blob' ? 'push chart blob' : 'push chart', c.fault, c.outcome, c.why);

describe('fault matrix: registry push', () => {
  it.each(CELLS.map((c) => [title(c), c] as const))(
    '%s',
    async (name, cell) => {
      const location = slug(name);
      const repository = `${location}/${CHART_NAME}`;
      const inputs = { chart: CHART, 'oci-registry': `oci://${reg.proxy.host}/${location}`, 'registry-username': reg.credentials.username, 'registry-password': reg.credentials.password };
      const env = faultEnv(cell.fault);
      const match: Pick<HttpFaultSpec, 'method' | 'path'> =
        cell.on === 'manifest' ? { method: 'PUT', path: `/v2/${repository}/manifests/0.5.0` } : { method: 'PUT', path: new RegExp(`^/v2/${repository}/blobs/uploads/`) };
      const times = cell.times ?? 1;

      const from = reg.proxy.log.length;
      const fault = reg.proxy.inject(httpFault(cell.fault, match, times));
      const first = await publish(w, inputs, { env });
      expect(fault.hits).toBe(times);
      const hit = reg.proxy.since(from).filter((e) => e.method === match.method && (typeof match.path === 'string' ? e.path === match.path : match.path!.test(e.path)));

      if (cell.outcome === 'retried') {
        expectSuccess(first);
        // the fault, then the same request again, forwarded
        const faulted = hit.findIndex((e) => e.fault === fault.kind);
        const retry = hit.slice(faulted + 1).find((e) => e.path === hit[faulted]!.path);
        if (cell.on === 'manifest') expect(retry).toMatchObject({ forwarded: true, status: 201 });
        else {
          // the upload the lost answer belonged to is closed, so the retry is told 404; the
          // blob is then found by its digest
          expect(retry).toMatchObject({ forwarded: true, status: 404 });
          const head = reg.proxy.since(from).filter((e) => e.method === 'HEAD' && e.path.startsWith(`/v2/${repository}/blobs/sha256:`));
          expect(head.map((e) => e.status)).toContain(200);
        }
        expect(first.outputs['oci-ref']).toBe(`${reg.proxy.host}/${repository}:0.5.0@${digest}`);
      } else {
        expectClearFailure(first, `registry ${reg.proxy.host}`, ...(cell.says ? [cell.says] : []));
        expect(hit.map((e) => e.fault)).toEqual(Array(times).fill(fault.kind));
        expect((await repositoryState(reg.registry, repository)).tags).toEqual({});
        reg.proxy.heal();
        const again = await publish(w, inputs, { env });
        expectSuccess(again);
        expect(again.outputs['oci-ref']).toBe(`${reg.proxy.host}/${repository}:0.5.0@${digest}`);
      }

      expect(await repositoryState(reg.registry, repository)).toEqual(baseline);
      // the pages branch keeps the one entry the baseline push made
      const index = (await show(w.bare, 'gh-pages', 'index.yaml')) ?? '';
      expect(index.match(/^ {4}version: 0\.5\.0$/gm)).toHaveLength(1);
    },
    LONG,
  );
});
