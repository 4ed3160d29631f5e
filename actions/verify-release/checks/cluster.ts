/**
 * cluster: the published chart installs on a clean cluster. Runs only when a
 * kubeconfig is available (KUBECONFIG, ~/.kube/config), or with `kind: true`, which
 * makes a throwaway kind cluster for the check and deletes it afterwards.
 *
 *   helm install <release> <chart> --repo <helm repo> --version <v> --namespace <fresh> --create-namespace --wait
 *   kubectl wait --for=condition=Established crd/<each CRD>
 *   kubectl wait --for=condition=Ready pod --all --namespace <fresh>
 *   helm uninstall, kubectl delete namespace          (always, also after a failure)
 *
 * `helm`, `kubectl` (and `kind`) come from PATH, else pinned versions from the tool cache.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayCommand, run as exec, stderrTail } from '../../lib/process/exec.js';
import { readCrds } from '../crds.js';
import { ensureTool } from '../tools.js';
import type { CheckContext, CheckResult } from '../types.js';

/** The kubeconfig the tools would use, or undefined when there is none. */
export function findKubeconfig(env: NodeJS.ProcessEnv = process.env, home = homedir()): string | undefined {
  const fromEnv = env['KUBECONFIG'];
  if (fromEnv && fromEnv.split(':').some((p) => p !== '' && existsSync(p))) return fromEnv;
  const file = join(home, '.kube', 'config');
  return existsSync(file) ? file : undefined;
}

export async function run(ctx: CheckContext): Promise<CheckResult> {
  let kubeconfig = findKubeconfig();
  if (!kubeconfig && !ctx.inputs.kind) {
    return { status: 'skipped', detail: 'no kubeconfig (KUBECONFIG or ~/.kube/config) and kind: false; nothing to install into' };
  }
  const chart = await ctx.chart();
  const crdNames = ctx.config.crdNames.length > 0 ? ctx.config.crdNames : readCrds(chart.crds).docs.map((d) => d.name);
  const repoUrl = (ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl).replace(/\/+$/, '');
  const log = (m: string): void => ctx.log.info(`cluster: ${m}`);
  const [helm, kubectl] = [await ensureTool('helm', log), await ensureTool('kubectl', log)];

  const id = randomBytes(3).toString('hex');
  const namespace = `verify-release-${ctx.version.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${id}`.slice(0, 63).replace(/-+$/, '');
  const release = `vr-${id}`;
  const seconds = `${Math.max(60, Math.ceil(ctx.inputs.timeoutMs / 1000))}s`;
  const steps: string[] = [];
  let temp: string | undefined;
  let kind: { bin: string; name: string } | undefined;
  let installing = false;

  const step = async (cmd: string, args: string[], what: string): Promise<{ ok: boolean; output: string }> => {
    const r = await exec(cmd, args, { allowFailure: true, env: { KUBECONFIG: kubeconfig } });
    const output = stderrTail(r.stderr || r.stdout, 6, 800);
    steps.push(`${r.exitCode === 0 ? '✓' : '✗'} ${what}`);
    log(`${displayCommand(cmd.split('/').pop() ?? cmd, args)} → exit ${r.exitCode}`);
    return { ok: r.exitCode === 0, output };
  };

  const install = async (): Promise<CheckResult> => {
    if (!kubeconfig) {
      temp = await mkdtemp(join(tmpdir(), 'vr-kind-'));
      kubeconfig = join(temp, 'kubeconfig');
      kind = { bin: await ensureTool('kind', log), name: `verify-release-${id}` };
      const made = await step(kind.bin, ['create', 'cluster', '--name', kind.name, '--kubeconfig', kubeconfig, '--wait', seconds], `kind cluster ${kind.name}`);
      if (!made.ok) return { status: 'failed', detail: `kind create cluster failed: ${made.output}` };
    }
    installing = true;
    const installed = await step(
      helm,
      ['install', release, chart.name, '--repo', repoUrl, '--version', ctx.version, '--namespace', namespace, '--create-namespace', '--wait', '--timeout', seconds],
      `helm install ${chart.name} ${ctx.version} into ${namespace}`,
    );
    if (!installed.ok) return { status: 'failed', detail: `helm install of ${chart.name} ${ctx.version} from ${repoUrl} failed: ${installed.output}` };
    const problems: string[] = [];
    for (const crd of crdNames) {
      const established = await step(kubectl, ['wait', '--for=condition=Established', `--timeout=${seconds}`, `crd/${crd}`], `CRD ${crd} established`);
      if (!established.ok) problems.push(`CRD ${crd} not established: ${established.output}`);
    }
    const ready = await step(kubectl, ['wait', '--for=condition=Ready', 'pod', '--all', '--namespace', namespace, `--timeout=${seconds}`], `pods of ${namespace} ready`);
    if (!ready.ok) {
      const pods = await exec(kubectl, ['get', 'pods', '--namespace', namespace, '-o', 'wide'], { allowFailure: true, env: { KUBECONFIG: kubeconfig } });
      problems.push(`pods not ready: ${ready.output}${pods.stdout.trim() ? ` — ${pods.stdout.trim().split('\n').join(' / ')}` : ''}`);
    }
    if (problems.length > 0) return { status: 'failed', detail: problems.join('; ') };
    return { status: 'passed', detail: `${chart.name} ${ctx.version} installed into ${namespace} (${steps.join(', ')})` };
  };

  let result: CheckResult;
  const cleanup: string[] = [];
  try {
    result = await install();
  } finally {
    // Also after a failure or an exception: leave nothing behind in someone's cluster.
    if (installing) {
      const removed = await step(helm, ['uninstall', release, '--namespace', namespace, '--wait', '--timeout', seconds], `helm uninstall ${release}`);
      if (!removed.ok) cleanup.push(`helm uninstall ${release} failed: ${removed.output}`);
      const deleted = await step(kubectl, ['delete', 'namespace', namespace, '--ignore-not-found', '--wait=false'], `namespace ${namespace} deleted`);
      if (!deleted.ok) cleanup.push(`kubectl delete namespace ${namespace} failed: ${deleted.output}`);
    }
    if (kind) {
      const gone = await step(kind.bin, ['delete', 'cluster', '--name', kind.name, '--kubeconfig', kubeconfig ?? ''], `kind cluster ${kind.name} deleted`);
      if (!gone.ok) cleanup.push(`kind delete cluster ${kind.name} failed: ${gone.output}`);
    }
    if (temp) await rm(temp, { recursive: true, force: true });
  }
  for (const c of cleanup) ctx.log.warning(`cluster: ${c}`);
  const after = installing ? (cleanup.length > 0 ? `; cleanup incomplete: ${cleanup.join('; ')}` : ', then uninstalled') : '';
  return { ...result, detail: `${result.detail}${after}` };
}
