/**
 * The command line: `release-actions rehearse [--repo PATH [--github OWNER/REPO]] [--version X|major|minor|patch|auto]
 * [--mode release|hotfix|rollback] [--event tag-push|dispatch] [--state DIR] [--json] [--keep] [--without-pages]`.
 *
 * A progress line per stage while it runs (stderr with --json), then the table of stages with
 * status and time, the paths of what the release produced, and the diff of the release pull
 * request; with --json one JSON document on stdout instead. Exit status: 0 every stage passed,
 * 1 a stage failed, 2 a usage error, 3 a stage was skipped (the machine lacks something; the
 * reason and the install command are printed). Ctrl-C stops the local servers and removes the
 * temp dir.
 */
import { githubArgumentProblem } from './github-repo.js';
import { checkVersionArgument, Cleanup, EXIT, rehearse, StateFolderError, type EventKind, type Mode, type RehearsalResult, type Stage } from './rehearse.js';
import { renderStandIns } from './report.js';

export const USAGE = `Usage: release-actions rehearse [options]

The whole release of a repository on this machine, with nothing published: prepare (bump-version
and the changelog; the release pull request opened and merged), a signed tag, and release.yaml for
the tag push (preflight, image, chart, release, verify, announce) against a local GitHub, registry,
Helm repository and receivers. The repository is copied first and never written.

Options:
  --repo PATH        the repository to rehearse (default: the embedded example, examples/operator)
  --github OWNER/REPO
                     the GitHub repository --repo is a clone of, when its origin does not say (a
                     clone of a bundle, no origin); default: the origin URL, else the changelog's
                     compare/release links, else Chart.yaml sources/home, else go.mod's module
  --version V        X.Y.Z, or major, minor, patch, auto (default auto; patch for --mode hotfix)
  --mode M           release (default), hotfix (a patch cherry-picking the latest fix, tagged on its
                     hotfix branch), or rollback (a release, then its rollback)
  --event E          tag-push (default) or dispatch (the workflow_dispatch of ci-release.yaml)
  --state DIR        run in DIR instead of a temp dir, and keep it: the local GitHub, registry, pages
                     and the messages received live there. DIR is created on first use; a re-run
                     with the same DIR (and the same options) after an interrupted run takes up
                     everything it published and resumes it: finished steps are not done again,
                     an unfinished workflow run is re-run whole, as GitHub's "re-run all jobs"
  --json             one JSON document on stdout (progress lines go to stderr)
  --keep             keep the temp dir (the chart, index, notes and announcements are in it)
  --without-pages    a repository without GitHub Pages: the release stops in preflight
                     (pages-served) with the fix, and nothing is published
  -h, --help         this text

Exit status: 0 every stage passed, 1 a stage failed, 2 usage error, 3 a stage was skipped
(something this machine lacks; the reason and the install command are printed).

release-actions doctor [--repo PATH] [--write] [--json]: what would stop or spoil a release of a
repository, with the fixes (release-actions doctor --help).
`;

export interface CliArgs {
  repo?: string;
  github?: string;
  version?: string;
  mode: Mode;
  event: EventKind;
  json: boolean;
  keep: boolean;
  state?: string;
  /** A repository without GitHub Pages: the release must stop in preflight. */
  withoutPages?: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs | 'help' {
  const args = [...argv];
  if (args[0] === '-h' || args[0] === '--help' || args[0] === 'help') return 'help';
  const command = args.shift();
  if (command !== 'rehearse') throw new UsageError(command ? `unknown command '${command}' (the commands are: rehearse, doctor)` : 'no command given (the commands are: rehearse, doctor)');
  const out: CliArgs = { mode: 'release', event: 'tag-push', json: false, keep: false };
  for (let i = 0; i < args.length; i++) {
    let arg = args[i] ?? '';
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const take = (): string => {
      if (value !== undefined) return value;
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i++;
      return next;
    };
    switch (arg) {
      case '-h':
      case '--help':
        return 'help';
      case '--repo':
        out.repo = take();
        break;
      case '--github': {
        const g = take();
        const problem = githubArgumentProblem(g);
        if (problem) throw new UsageError(problem);
        out.github = g;
        break;
      }
      case '--version': {
        const v = take();
        const problem = checkVersionArgument(v);
        if (problem) throw new UsageError(problem);
        out.version = v;
        break;
      }
      case '--mode': {
        const m = take();
        if (m !== 'release' && m !== 'hotfix' && m !== 'rollback') throw new UsageError(`--mode must be release, hotfix or rollback; got '${m}'`);
        out.mode = m;
        break;
      }
      case '--event': {
        const e = take();
        if (e !== 'tag-push' && e !== 'dispatch') throw new UsageError(`--event must be tag-push or dispatch; got '${e}'`);
        out.event = e;
        break;
      }
      case '--state': {
        const dir = take();
        if (dir.trim() === '') throw new UsageError('--state needs a folder');
        out.state = dir;
        break;
      }
      case '--json':
        out.json = true;
        break;
      case '--keep':
        out.keep = true;
        break;
      case '--without-pages':
        out.withoutPages = true;
        break;
      default:
        throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (out.github !== undefined && out.repo === undefined) throw new UsageError('--github names the GitHub repository of --repo PATH: give --repo too (the embedded example knows its own)');
  return out;
}

const MARK: Record<string, string> = { passed: '✓', failed: '✗', skipped: '−', 'not-run': '·' };

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export function progressLine(s: Stage): string {
  const why = s.status === 'passed' ? (s.detail ?? '') : `${s.reason ?? ''}${s.install ? ` — install: ${s.install}` : ''}`;
  return `  ${MARK[s.status] ?? '?'} ${s.name.padEnd(24)} ${seconds(s.durationMs).padStart(8)}  ${why}`.trimEnd();
}

export function renderTable(stages: readonly Stage[]): string {
  const width = Math.max(5, ...stages.map((s) => s.name.length));
  const rows = [`${'stage'.padEnd(width)}  ${'status'.padEnd(8)}  ${'time'.padStart(8)}`, `${'-'.repeat(width)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}`];
  for (const s of stages) rows.push(`${s.name.padEnd(width)}  ${s.status.padEnd(8)}  ${seconds(s.durationMs).padStart(8)}`);
  return rows.join('\n');
}

export function renderReport(r: RehearsalResult): string {
  const lines: string[] = [];
  lines.push('', renderTable(r.stages), `${'total (wall)'.padEnd(Math.max(5, ...r.stages.map((s) => s.name.length)))}  ${''.padEnd(8)}  ${seconds(r.durationMs).padStart(8)}`, '');
  const t = r.timing;
  lines.push(`Time: ${seconds(t.wallMs)} wall; ${seconds(t.actionsMs)} in the suite's actions (${t.actionRuns} runs, each a node process as the runner starts it); ${seconds(t.overheadMs)} the rehearsal's own overhead.`, '');
  const what = r.tag ? `${r.tag} of ${r.source.repository}` : r.source.repository || r.source.path;
  if (r.status === 'passed') lines.push(`Rehearsal of ${what}: every stage passed.`);
  else if (r.status === 'skipped') lines.push(`Rehearsal of ${what}: nothing failed, but some stages were skipped (this is not a pass):`);
  else lines.push(`Rehearsal of ${what}: FAILED.`);
  for (const s of r.stages.filter((x) => x.status === 'failed' || x.status === 'skipped')) {
    lines.push(`  ${s.status} ${s.name}: ${s.reason ?? ''}`);
    for (const e of s.errors ?? []) if (e !== s.reason && !(s.reason ?? '').includes(e)) lines.push(`      ${e}`);
    if (s.install) lines.push(`      install: ${s.install}`);
  }
  const signed = r.stages.flatMap((s) => s.signatures ?? []);
  if (signed.length > 0) {
    lines.push('', 'Signatures proven by postflight (Sigstore bundles from the attestations API, against the local Sigstore\'s trusted root):');
    for (const c of signed) lines.push(`  ${c.status === 'passed' ? '✓' : '✗'} ${c.check}: ${c.detail}`);
    const commands = r.artifacts.verifyCommands ?? [];
    if (commands.length > 0) lines.push('', 'How a user checks for themselves (from the release notes):', ...commands.map((c) => `  $ ${c}`));
  }
  const standIns = renderStandIns(r.stages);
  if (standIns.length > 0) lines.push('', ...standIns);
  const a = r.artifacts;
  const where = r.kept ? `kept in ${r.workDir}` : `in ${r.workDir}, removed at the end — run with --keep to keep them`;
  const produced: Array<[string, string]> = [];
  if (a.chart) produced.push(['chart archive', a.chart]);
  if (a.index) produced.push(['Helm index', a.index]);
  if (a.releaseNotes) produced.push(['release notes', a.releaseNotes]);
  for (const n of a.announcements) produced.push([`announcement (${n.channel})`, n.path]);
  if (a.pullRequest) produced.push(['release PR diff', a.pullRequest.diffPath]);
  if (produced.length > 0) {
    lines.push('', `Produced (${where}):`);
    for (const [k, v] of produced) lines.push(`  ${k.padEnd(24)} ${v}`);
  }
  for (const n of a.announcements) {
    lines.push('', `Announcement sent to ${n.channel}:`, ...n.text.trimEnd().split('\n').slice(0, 12).map((l) => `  | ${l}`));
  }
  if (a.pullRequest) {
    lines.push('', `The release pull request #${a.pullRequest.number} "${a.pullRequest.title}" (${a.pullRequest.branch}) made this change:`, a.pullRequest.stat, '', a.pullRequest.diff.trimEnd());
  }
  if (r.overrides.length > 0 || r.adjustments.length > 0) {
    lines.push('', 'What the rehearsal points at its local stand-ins (GitHub emulator, registry, pages, receivers):');
    for (const o of [...r.adjustments, ...r.overrides]) lines.push(`  - ${o}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };

/** Runs the command; returns the exit status. `cleanup` lets the caller stop everything on a signal. */
export async function main(argv: readonly string[], io: Io = defaultIo, cleanup: Cleanup = new Cleanup()): Promise<number> {
  if (argv[0] === 'doctor') {
    const { doctorMain } = await import('../doctor/cli.js');
    return doctorMain(argv.slice(1), io);
  }
  let args: CliArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`release-actions: ${err.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args === 'help') {
    io.out(USAGE);
    return 0;
  }
  const a = args;
  const progress = a.json ? io.err : io.out;
  progress(`release-actions rehearse: ${a.repo ? `--repo ${a.repo}${a.github ? ` --github ${a.github}` : ''}` : 'the embedded example (examples/operator)'}, mode ${a.mode}, event ${a.event}, version ${a.version ?? (a.mode === 'hotfix' ? 'patch' : 'auto')}${a.state !== undefined ? `, state ${a.state}` : ''}${a.withoutPages ? ', without GitHub Pages' : ''}\n`);
  let result: RehearsalResult;
  try {
    result = await rehearse({
      ...(a.repo !== undefined ? { repo: a.repo } : {}),
      ...(a.github !== undefined ? { github: a.github } : {}),
      ...(a.version !== undefined ? { version: a.version } : {}),
      ...(a.state !== undefined ? { state: a.state } : {}),
      mode: a.mode,
      event: a.event,
      keep: a.keep,
      ...(a.withoutPages ? { pages: false } : {}),
      cleanup,
      onWorkDir: (dir) =>
        progress(a.state !== undefined ? `state folder: ${dir} (kept; a re-run with --state ${a.state} resumes)\n` : `work dir: ${dir}${a.keep ? ' (kept)' : ' (removed at the end; --keep keeps it)'}\n`),
      onStage: (s) => progress(`${progressLine(s)}\n`),
    });
  } catch (err) {
    if (!(err instanceof StateFolderError)) throw err;
    io.err(`release-actions: ${err.message}\n`);
    return EXIT.usage;
  }
  if (a.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
  else io.out(renderReport(result));
  return result.exitCode;
}

/** The process entry: exit status from `main`; Ctrl-C (and SIGTERM) stop the servers and clean up first. */
export async function run(argv: readonly string[]): Promise<void> {
  const cleanup = new Cleanup();
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\nrelease-actions: ${signal}: stopping the local servers and removing the temp dir…\n`);
    void cleanup.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const code = await main(argv, defaultIo, cleanup);
  process.exit(code);
}
