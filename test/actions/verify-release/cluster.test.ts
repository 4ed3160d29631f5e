/**
 * The cluster check's command sequence. No cluster runs on these machines, so `helm`,
 * `kubectl` and `kind` are recording stand-ins put first on PATH (which also keeps
 * @actions/tool-cache from downloading anything): each appends its argv and the
 * KUBECONFIG it was given to a file, and fails on request.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SampleRepo } from '../../support/repos.js';
import { expectOutcome, tagRelease, verify, wvaAt050 } from './helpers.js';

const STAND_IN = `#!/bin/sh
# Recording stand-in: one line per call, tab-separated: tool, KUBECONFIG, argv.
line="$(basename "$0")\t$KUBECONFIG"
for a in "$@"; do line="$line\t$a"; done
printf '%b\\n' "$line" >> "$RECORD_FILE"
case "$(basename "$0") $1" in
  "helm install") [ -n "$FAIL_INSTALL" ] && { echo "Error: INSTALLATION FAILED: context deadline exceeded" >&2; exit 1; } ;;
  "kubectl wait") case "$*" in *pod*) [ -n "$FAIL_PODS" ] && { echo "error: timed out waiting for the condition on pods/wva-controller-6d5f" >&2; exit 1; } ;; esac ;;
  "kubectl get") echo "NAME READY STATUS"; echo "wva-controller-6d5f 0/1 CrashLoopBackOff" ;;
esac
exit 0
`;

describe('verify-release cluster (recording stand-ins for helm, kubectl and kind)', () => {
  let repo: SampleRepo;
  let dir: string;
  let bin: string;
  let record: string;
  let home: string;
  let kubeconfig: string;

  beforeAll(() => {
    repo = wvaAt050();
    tagRelease(repo, 'v0.5.0', { kind: 'annotated' });
    dir = mkdtempSync(join(tmpdir(), 'vr-cluster-'));
    bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const tool of ['helm', 'kubectl', 'kind']) {
      writeFileSync(join(bin, tool), STAND_IN);
      chmodSync(join(bin, tool), 0o755);
    }
    home = join(dir, 'home');
    mkdirSync(home);
    kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\nclusters: []\n');
    record = join(dir, 'calls.tsv');
  });
  beforeEach(() => rmSync(record, { force: true }));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await repo?.cleanup();
  });

  /** The recorded calls: [tool, KUBECONFIG, ...argv]. */
  const calls = (): string[][] => (existsSync(record) ? readFileSync(record, 'utf8').trimEnd().split('\n').map((l) => l.split('\t')) : []);

  const cluster = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
    verify(repo, { phase: 'postflight', checks: 'cluster', 'helm-repo-url': 'https://charts.example.com/wva', timeout: '2m', ...inputs }, {
      env: { PATH: `${bin}:${process.env['PATH']}`, HOME: home, RECORD_FILE: record, ...env },
    });

  it('installs the published chart into a fresh namespace with --wait, waits for the CRD and the pods, then uninstalls', async () => {
    const run = await cluster({}, { KUBECONFIG: kubeconfig });
    const report = expectOutcome(run, true);
    const c = calls();
    const namespace = c[0]![c[0]!.indexOf('--namespace') + 1]!;
    const release = c[0]![3]!;
    expect(namespace).toMatch(/^verify-release-0-5-0-[0-9a-f]{6}$/);
    expect(release).toMatch(/^vr-[0-9a-f]{6}$/);
    expect(c).toEqual([
      ['helm', kubeconfig, 'install', release, 'workload-variant-autoscaler', '--repo', 'https://charts.example.com/wva', '--version', '0.5.0', '--namespace', namespace, '--create-namespace', '--wait', '--timeout', '120s'],
      ['kubectl', kubeconfig, 'wait', '--for=condition=Established', '--timeout=120s', 'crd/variantautoscalings.llmd.ai'],
      ['kubectl', kubeconfig, 'wait', '--for=condition=Ready', 'pod', '--all', '--namespace', namespace, '--timeout=120s'],
      ['helm', kubeconfig, 'uninstall', release, '--namespace', namespace, '--wait', '--timeout', '120s'],
      ['kubectl', kubeconfig, 'delete', 'namespace', namespace, '--ignore-not-found', '--wait=false'],
    ]);
    expect(report['cluster']!.detail).toBe(
      `workload-variant-autoscaler 0.5.0 installed into ${namespace} (✓ helm install workload-variant-autoscaler 0.5.0 into ${namespace}, ✓ CRD variantautoscalings.llmd.ai established, ✓ pods of ${namespace} ready), then uninstalled`,
    );
  });

  it('fails when the pods do not become ready, shows them, and still uninstalls', async () => {
    const report = expectOutcome(await cluster({}, { KUBECONFIG: kubeconfig, FAIL_PODS: '1' }), false);
    expect(report['cluster']!.detail).toMatch(/^pods not ready: error: timed out waiting for the condition on pods\/wva-controller-6d5f — NAME READY STATUS \/ wva-controller-6d5f 0\/1 CrashLoopBackOff, then uninstalled$/);
    expect(calls().map((c) => `${c[0]} ${c[2]}`)).toEqual(['helm install', 'kubectl wait', 'kubectl wait', 'kubectl get', 'helm uninstall', 'kubectl delete']);
  });

  it('fails when helm install fails, and still removes what it may have left', async () => {
    const report = expectOutcome(await cluster({}, { KUBECONFIG: kubeconfig, FAIL_INSTALL: '1' }), false);
    expect(report['cluster']!.detail).toBe(
      'helm install of workload-variant-autoscaler 0.5.0 from https://charts.example.com/wva failed: Error: INSTALLATION FAILED: context deadline exceeded, then uninstalled',
    );
    expect(calls().map((c) => `${c[0]} ${c[2]}`)).toEqual(['helm install', 'helm uninstall', 'kubectl delete']);
  });

  it('uses ~/.kube/config when KUBECONFIG is not set', async () => {
    mkdirSync(join(home, '.kube'), { recursive: true });
    writeFileSync(join(home, '.kube', 'config'), 'apiVersion: v1\nkind: Config\n');
    try {
      expectOutcome(await cluster(), true);
      expect(calls().map((c) => c[0])).toEqual(['helm', 'kubectl', 'kubectl', 'helm', 'kubectl']);
    } finally {
      rmSync(join(home, '.kube'), { recursive: true, force: true });
    }
  });

  it('is skipped without a kubeconfig when kind is false, calling no tool', async () => {
    const report = expectOutcome(await cluster(), true);
    expect(report['cluster']).toMatchObject({ status: 'skipped', detail: 'no kubeconfig (KUBECONFIG or ~/.kube/config) and kind: false; nothing to install into' });
    expect(calls()).toEqual([]);
  });

  it('with kind: true and no kubeconfig, makes a throwaway kind cluster, installs into it, and deletes it', async () => {
    const report = expectOutcome(await cluster({ kind: 'true' }), true);
    const c = calls();
    const [create] = c;
    expect([create![0], ...create!.slice(2, 5)]).toEqual(['kind', 'create', 'cluster', '--name']);
    const name = create![5]!;
    const config = create![create!.indexOf('--kubeconfig') + 1]!;
    expect(name).toMatch(/^verify-release-[0-9a-f]{6}$/);
    expect(c.map((x) => `${x[0]} ${x[2]}`)).toEqual(['kind create', 'helm install', 'kubectl wait', 'kubectl wait', 'helm uninstall', 'kubectl delete', 'kind delete']);
    // Every tool talked to the kind cluster's kubeconfig, a temporary file.
    expect(config).toMatch(/\/kubeconfig$/);
    expect(c.every((x) => x[1] === config)).toBe(true);
    expect(existsSync(config)).toBe(false);
    expect(c.at(-1)).toEqual(['kind', config, 'delete', 'cluster', '--name', name, '--kubeconfig', config]);
    expect(report['cluster']!.status).toBe('passed');
  });
});
