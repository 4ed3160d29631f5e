/**
 * Fault matrix, registry reads: verify-release's postflight image check (a multi-platform
 * image and its `latest`) and oci-chart check, against the real docker-registry through the
 * fault proxy. The registry client retries 5xx, 429, stalls and resets, and the checks poll
 * on top of that; a 503 that lasts past the check's timeout fails the check with one clear
 * error, and a plain re-run passes. The checks only read: the registry is the same after.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { pushHelmChart } from '../../../actions/lib/oci/helm-chart.js';
import { expectOutcome, tagRelease, verify, wvaAt050 } from '../../actions/verify-release/helpers.js';
import { pushMultiPlatformImage, tinyTar } from '../../support/registry/images.js';
import type { SampleRepo } from '../../support/repos.js';
import { cellTitle, type Fault, type Outcome } from './matrix.js';
import { expectClearFailure, expectSuccess } from './services-expect.js';
import { httpFault } from './services-http-faults.js';
import { proxiedRegistry, registryWrites, repositoryState, type ProxiedRegistry, type RepositoryState } from './services-registry.js';

const IMAGE = 'wva/controller';
const CHART_REPO = 'charts/workload-variant-autoscaler';

interface CheckCell {
  fault: Fault;
  outcome: Outcome;
  why?: string;
  /** Until healed: a fault that outlasts the client's retries and the polling. */
  lasting?: boolean;
}

const CELLS: CheckCell[] = [
  { fault: '500', outcome: 'retried' },
  { fault: '502', outcome: 'retried' },
  { fault: '503', outcome: 'retried' },
  { fault: '429', outcome: 'retried' },
  { fault: 'stall', outcome: 'retried' },
  { fault: 'reset', outcome: 'retried' },
  { fault: '503', outcome: 'resumed', why: 'outlasts the poll timeout', lasting: true },
];

const SITES = [
  { site: 'check image', check: 'image', manifests: `/v2/${IMAGE}/manifests/v0.5.0` },
  { site: 'check chart', check: 'oci-chart', manifests: `/v2/${CHART_REPO}/manifests/0.5.0` },
] as const;

let repo: SampleRepo;
let reg: ProxiedRegistry;
let before: Record<string, RepositoryState>;

beforeAll(async () => {
  repo = wvaAt050();
  tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
  reg = await proxiedRegistry();
  const client = new OciClient({ registry: reg.registry.host, credentials: reg.credentials });
  await pushMultiPlatformImage(client, IMAGE, ['v0.5.0', 'v0.5', 'latest']);
  const chartYaml = 'apiVersion: v2\nname: workload-variant-autoscaler\nversion: 0.5.0\nappVersion: "0.5.0"\n';
  await pushHelmChart(
    {
      registry: `oci://${reg.registry.host}/charts`,
      chartName: 'workload-variant-autoscaler',
      version: '0.5.0',
      tgzBytes: new Uint8Array(gzipSync(tinyTar('workload-variant-autoscaler/Chart.yaml', chartYaml))),
      chartYamlMeta: { apiVersion: 'v2', name: 'workload-variant-autoscaler', version: '0.5.0', appVersion: '0.5.0' },
    },
    { credentials: reg.credentials },
  );
  before = { [IMAGE]: await repositoryState(reg.registry, IMAGE), [CHART_REPO]: await repositoryState(reg.registry, CHART_REPO) };
}, 300_000);
// a cell that failed half-way leaves no fault armed for the next
afterEach(() => reg?.proxy.heal());
afterAll(async () => {
  await reg?.stop();
  await repo?.cleanup();
});

const CASES = SITES.flatMap((s) => CELLS.map((c) => [cellTitle('registry', s.site, c.fault, c.outcome, c.why), s, c] as const));

describe('fault matrix: registry checks', () => {
  it.each(CASES)(
    '%s',
    async (_title, site, cell) => {
      const inputs = {
        phase: 'postflight',
        checks: site.check,
        images: `${reg.proxy.host}/${IMAGE}`,
        'oci-registry': `oci://${reg.proxy.host}/charts`,
        'registry-username': reg.credentials.username,
        'registry-password': reg.credentials.password,
        // also the per-request deadline (5 s at the least), which a stall must meet; the
        // polling goes on past it while a request is retried, so a retried cell never fails on it
        timeout: cell.lasting ? '2s' : '5s',
      };
      const env = { RELEASE_ACTIONS_RETRY_SCALE: '0.001' };
      const writes = registryWrites(reg.registry);
      const from = reg.proxy.log.length;
      const fault = reg.proxy.inject(httpFault(cell.fault, { path: site.manifests }, cell.lasting ? Number.POSITIVE_INFINITY : 1));
      const first = await verify(repo, inputs, { env });
      const mine = reg.proxy.since(from).filter((e) => e.path === site.manifests);

      if (cell.outcome === 'retried') {
        expectSuccess(first);
        expectOutcome(first, true);
        expect(fault.hits).toBe(1);
        // the fault, then the same look again (through the registry's 401 challenge when the
        // fault hit the first, unauthenticated request), answered
        expect(mine[0]!.fault).toBe(fault.kind);
        expect(mine.slice(1).every((e) => e.forwarded)).toBe(true);
        expect(mine.at(-1)).toMatchObject({ forwarded: true, status: 200 });
      } else {
        expectClearFailure(first, `${site.check}: still missing after`, `answered HTTP 503 for manifest`, `${site.manifests})`);
        // more than the client's three attempts: the check polled on after them
        expect(fault.hits).toBeGreaterThan(3);
        expect(mine.every((e) => e.fault === fault.kind)).toBe(true);
        reg.proxy.heal();
        expectOutcome(await verify(repo, inputs, { env }), true);
      }

      expect(registryWrites(reg.registry)).toBe(writes);
      expect({ [IMAGE]: await repositoryState(reg.registry, IMAGE), [CHART_REPO]: await repositoryState(reg.registry, CHART_REPO) }).toEqual(before);
    },
    120_000,
  );
});
