/**
 * verify-release: read the inputs → select the checks → run every one of them →
 * report. A check that fails (or throws) never stops the others; the run exits 1
 * when any failed. Nothing is written anywhere: no push, no API write (the only
 * local changes are the re-fetched tag and remote-tracking branches).
 *
 * Preflight checks run one after the other (they share the git repository); the
 * polled postflight checks run side by side, each with the full timeout; the cluster
 * check runs last, once the artifacts it installs had their chance to appear.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../lib/config/config.js';
import { assertRef, Git } from '../lib/git/git.js';
import type { GitHubClient } from '../lib/github/client.js';
import { annotate } from '../lib/runner/commands.js';
import { readContext } from '../lib/runner/context.js';
import { ActionError } from '../lib/runner/errors.js';
import { rawInput } from '../lib/runner/inputs.js';
import { retryScale } from '../lib/runner/tuning.js';
import { stripV, versionProblem } from '../lib/semver/version.js';
import { CHECKS } from './checks/index.js';
import { readVerifyInputs } from './inputs.js';
import { ALL_CHECKS, POLLED, phaseOf, selectChecks, type CheckName } from './names.js';
import { logLine, passed, renderSummary, reportJson, type RunReport } from './report.js';
import type { ChartInfo, CheckContext, CheckReport, CheckResult } from './types.js';

/** Checks that can run without a valid version. */
const VERSIONLESS: ReadonlySet<CheckName> = new Set(['crds-in-sync', 'pages-served']);

export async function main(): Promise<void> {
  // release.yaml's first step, before the checkout: its own inputs and outputs (resolve-run.ts)
  if (rawInput('phase') === 'resolve') return (await import('./resolve-run.js')).main();
  // after the checkout: where the version stands among the releases, and the image tags it moves (order-run.ts)
  if (rawInput('phase') === 'order') return (await import('./order-run.js')).main();
  const inputs = readVerifyInputs();
  const run = readContext();
  const [{ runnerLog, setOutputs, appendSummary }, config] = await Promise.all([
    import('../lib/runner/core.js'),
    loadConfig({ workspace: run.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: run.repository }),
  ]);
  const log = await runnerLog();
  const selection = selectChecks(inputs.phase, inputs.checks, inputs.signatures);

  const problem = versionProblem(inputs.version.raw);
  const version = problem ? '' : stripV(inputs.version.raw);
  const refTag = inputs.version.refTag;
  const tag = problem ? inputs.version.raw : refTag && stripV(refTag) === version ? refTag : `v${version}`;
  const versionFailure = problem
    ? `needs a SemVer version, and the ${inputs.version.from === 'tag' ? `tag ${refTag}` : 'version input'} is not one: ${problem}`
    : undefined;
  if (!problem) assertRef(tag);

  const git = new Git(run.workspace, { ...(inputs.token ? { token: inputs.token } : {}), serverUrl: run.serverUrl });
  let fetched: Promise<void> | undefined;
  let tags: Promise<string[]> | undefined;
  let chart: Promise<ChartInfo> | undefined;
  let client: Promise<GitHubClient | undefined> | undefined;
  const ctx: CheckContext = {
    inputs,
    run,
    config,
    version,
    tag,
    git,
    log,
    poll: { timeoutMs: inputs.timeoutMs, scale: retryScale() },
    ...(inputs.registryUsername ? { credentials: { username: inputs.registryUsername, password: inputs.registryPassword } } : {}),
    fetchTag: () => (fetched ??= fetchTag(git, tag)),
    releaseTags: () => (tags ??= releaseTags(git)),
    chart: () => (chart ??= readChart(run.workspace, inputs.chart || config.chart, config.chartCandidates)),
    published: {},
    github: () =>
      (client ??= inputs.token
        ? import('../lib/github/client.js').then(({ createGitHubClient }) => createGitHubClient({ token: inputs.token, baseUrl: run.apiUrl, log: (m) => log.warning(m) }))
        : Promise.resolve(undefined)),
  };

  log.info(`verify-release ${inputs.phase} of ${tag}: ${[...selection.checks, ...selection.unknown].join(', ')}`);
  const reports = new Map<string, CheckReport>();
  const one = async (name: CheckName): Promise<void> => {
    const start = Date.now();
    let result: CheckResult;
    if (versionFailure && !VERSIONLESS.has(name)) result = { status: 'failed', detail: versionFailure };
    else result = await runCheck(name, ctx);
    const report: CheckReport = { check: name, status: result.status, detail: result.detail, duration: Date.now() - start, ...(result.summary ? { summary: result.summary } : {}) };
    reports.set(name, report);
    log.info(logLine(report));
  };

  const sequential = selection.checks.filter((c) => phaseOf(c) === 'preflight');
  const parallel = selection.checks.filter((c) => POLLED.has(c));
  // the signature checks and the cluster last: they need the artifacts the polled checks waited for
  const last = selection.checks.filter((c) => !sequential.includes(c) && !parallel.includes(c));
  for (const c of sequential) await one(c);
  await Promise.all(parallel.map(one));
  for (const c of last) await one(c);
  for (const name of selection.unknown) {
    const report: CheckReport = { check: name, status: 'failed', detail: `unknown check; the checks are ${ALL_CHECKS.join(', ')}`, duration: 0 };
    reports.set(name, report);
    log.info(logLine(report));
  }

  const report: RunReport = {
    phase: inputs.phase,
    version: inputs.version.raw,
    tag,
    checks: [...selection.checks, ...selection.unknown].map((n) => reports.get(n) as CheckReport),
  };
  const ok = passed(report);
  await setOutputs({ passed: String(ok), report: reportJson(report) });
  await appendSummary(renderSummary(report));
  for (const c of report.checks) if (c.status === 'failed') annotate('error', `${c.check}: ${c.detail}`, { title: 'verify-release' });
  if (!ok) process.exitCode = 1;
}

/** Runs one check; whatever it throws becomes its failure. */
async function runCheck(name: CheckName, ctx: CheckContext): Promise<CheckResult> {
  try {
    const mod = await CHECKS[name]();
    return await mod.run(ctx);
  } catch (err) {
    if (err instanceof ActionError) return { status: 'failed', detail: err.message };
    const e = err instanceof Error ? err : new Error(String(err));
    ctx.log.info(`${name}: unexpected failure\n${e.stack ?? e.message}`);
    return { status: 'failed', detail: `unexpected failure: ${e.message}` };
  }
}

/** The tag again from origin, forced: actions/checkout may have left a lightweight one in the job. */
async function fetchTag(git: Git, tag: string): Promise<void> {
  const r = await git.git(['fetch', '--no-tags', '--force', '--', 'origin', `refs/tags/${tag}:refs/tags/${tag}`], { allowFailure: true });
  if (r.exitCode !== 0) {
    const why = r.stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit ${r.exitCode}`;
    throw new ActionError(`cannot fetch tag ${tag} from origin: ${why}`);
  }
}

/** Release tags of origin (ls-remote: read only), else the local ones, else none. */
async function releaseTags(git: Git): Promise<string[]> {
  const remote = await git.git(['ls-remote', '--tags', '--refs', '--', 'origin'], { allowFailure: true }).catch(() => undefined);
  if (remote && remote.exitCode === 0) {
    return remote.stdout
      .split('\n')
      .map((l) => /\trefs\/tags\/(.+)$/.exec(l)?.[1])
      .filter((t): t is string => t !== undefined);
  }
  return git.tags().catch(() => []);
}

async function readChart(workspace: string, dir: string | undefined, candidates: readonly string[]): Promise<ChartInfo> {
  if (!dir) {
    throw new ActionError(
      candidates.length > 1
        ? `the workspace has several charts (${candidates.join(', ')}): set chart in .github/release-actions.yaml`
        : 'the workspace has no chart (charts/<name>/Chart.yaml): check the repository out first, or set chart in .github/release-actions.yaml',
    );
  }
  const text = await readFile(join(workspace, dir, 'Chart.yaml'), 'utf8').catch(() => undefined);
  if (text === undefined) throw new ActionError(`${dir}/Chart.yaml does not exist`);
  const { parse } = await import('yaml');
  let name: unknown;
  let version: unknown;
  try {
    ({ name, version } = (parse(text) as { name?: unknown; version?: unknown } | null) ?? {});
  } catch (err) {
    throw new ActionError(`${dir}/Chart.yaml is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (typeof name !== 'string' || name === '') throw new ActionError(`${dir}/Chart.yaml has no name`);
  const crds = new Map<string, string>();
  const files = await readdir(join(workspace, dir, 'crds')).catch(() => [] as string[]);
  for (const f of files.filter((n) => /\.(ya?ml|json)$/i.test(n)).sort()) crds.set(`${dir}/crds/${f}`, await readFile(join(workspace, dir, 'crds', f), 'utf8'));
  return { dir, name, crds, ...(typeof version === 'string' && version !== '' ? { version } : {}) };
}
