/**
 * A workflow's `run:` step, run as the Actions runner runs it: the script (its `${{ }}`
 * already substituted by the engine, as GitHub substitutes them before the runner writes the
 * file) in a temp file under RUNNER_TEMP, started with the step's shell (GitHub's table of
 * `shell:` values), in its working directory, under the step's environment and the runner's
 * GITHUB_* / RUNNER_* variables; then the file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STEP_SUMMARY) are read back and the `::error::`-style workflow commands of its output
 * become the step's errors and notes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseCommands } from '../../test/support/harness.js';
import { FileCommandError, parseFileCommand, parsePathFile } from './file-commands.js';

export interface ShellSpec {
  /** The program and its arguments, `{0}` standing for the script file. */
  argv: string[];
  /** The script file's extension (the runner names it `<guid><ext>`). */
  ext: string;
}

/** The command line of a `shell:` value, as GitHub documents it for Linux runners. */
export function shellCommand(shell: string | undefined, path: string = process.env['PATH'] ?? ''): ShellSpec {
  const name = (shell ?? '').trim();
  if (name === '') return onPath('bash', path) ? { argv: ['bash', '-e', '{0}'], ext: '.sh' } : { argv: ['sh', '-e', '{0}'], ext: '.sh' };
  if (name === 'bash') return { argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'], ext: '.sh' };
  if (name === 'sh') return { argv: ['sh', '-e', '{0}'], ext: '.sh' };
  if (name === 'python') return { argv: ['python', '{0}'], ext: '.py' };
  if (name === 'pwsh') return { argv: ['pwsh', '-command', ". '{0}'"], ext: '.ps1' };
  // a template such as `perl {0}`: the first word is the program, the script file goes at {0}
  const words = name.split(/\s+/);
  return { argv: words.includes('{0}') || name.includes('{0}') ? words : [...words, '{0}'], ext: '' };
}

function onPath(program: string, path: string): boolean {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      // next folder
    }
  }
  return false;
}

let buildx: boolean | undefined;
function hasBuildx(): boolean {
  buildx ??= spawnSync('docker', ['buildx', 'version'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  return buildx;
}

/** Programs a script may call that the rehearsal does not run, each with why it cannot. */
const OUTSIDE: Record<string, (present: boolean) => string> = {
  gh: (present) => (present ? 'gh talks to GitHub over https with its own host configuration; the rehearsal does not point it at the emulator' : 'gh CLI not installed'),
  docker: (present) => (!present ? 'docker CLI not installed (a container engine and buildx are needed)' : hasBuildx() ? 'docker buildx would need a docker login and a builder the rehearsal does not set up' : 'docker is installed without the buildx plugin (imagetools is a buildx command)'),
  kubectl: () => 'kubectl needs a Kubernetes cluster',
  kind: () => 'kind needs a container engine to make a cluster',
  trivy: () => 'trivy needs its vulnerability database from the network',
  cosign: () => 'cosign signs through Sigstore (network, OIDC)',
};

/** A word at a command position: line start, after ; & | ( { ! $( or a keyword that starts a command. */
const COMMAND_AT = /(?:^|[;&|({!`]|\$\(|\b(?:then|do|else|elif|if|while|until|exec|command|time)\b)\s*([A-Za-z][A-Za-z0-9_-]*)(?=[\s;)|&]|$)/gm;

/**
 * The programs of OUTSIDE a script calls, each with its reason; comments and single-quoted text
 * are not looked at. Errs towards finding one: a stand-in runs instead of a command that is absent.
 */
export function outsideCommands(script: string, path: string = process.env['PATH'] ?? ''): Array<{ command: string; reason: string }> {
  const text = script
    .split('\n')
    .map((l) => l.replace(/'[^']*'/g, "''").replace(/(^|\s)#.*$/, '$1'))
    .join('\n');
  const found = new Map<string, string>();
  for (const m of text.matchAll(COMMAND_AT)) {
    const command = m[1] ?? '';
    const why = OUTSIDE[command];
    if (why && !found.has(command)) found.set(command, why(onPath(command, path)));
  }
  return [...found.entries()].map(([command, reason]) => ({ command, reason }));
}

export interface ScriptRun {
  script: string;
  shell: ShellSpec;
  cwd: string;
  /** The whole environment of the process: the runner's variables and the step's env. */
  env: Record<string, string>;
  /** RUNNER_TEMP: the script file and the file-command files go there. */
  temp: string;
  /** The step's id, for the file names. */
  id: string;
  /** Secret values: replaced by *** in what is logged and reported, as the runner masks them. */
  masks?: readonly string[];
  timeoutMs?: number;
}

export interface ScriptResult {
  exitCode: number;
  /** Killed at the step's `timeout-minutes`. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_ENV pairs, in file order. */
  env: Array<[string, string]>;
  /** GITHUB_PATH folders, in file order. */
  path: string[];
  summary: string;
  errors: string[];
  warnings: string[];
  notices: string[];
  /** A malformed file command: the runner fails the step with it. */
  fileCommandError?: string;
}

function spawnScript(argv: string[], cwd: string, env: Record<string, string>, timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const [program = '', ...args] = argv;
    // its own process group: a timeout ends the script and what it started, as the runner does
    const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new Error(`${program}: command not found (the step's shell is not installed)`) : e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 + 9 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

/** Runs one script; the file-command files are made empty before and read after, as the runner does. */
export async function runScript(r: ScriptRun): Promise<ScriptResult> {
  const dir = join(r.temp, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  const suffix = randomUUID();
  const files = { output: join(dir, `set_output_${suffix}`), env: join(dir, `set_env_${suffix}`), path: join(dir, `add_path_${suffix}`), summary: join(dir, `step_summary_${suffix}`) };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const scriptFile = join(r.temp, `${randomUUID()}${r.shell.ext}`);
  writeFileSync(scriptFile, r.script);
  if (!existsSync(r.cwd)) throw new Error(`working-directory ${r.cwd} does not exist`);
  const env = { ...r.env, GITHUB_OUTPUT: files.output, GITHUB_ENV: files.env, GITHUB_PATH: files.path, GITHUB_STEP_SUMMARY: files.summary };
  const argv = r.shell.argv.map((a) => a.replaceAll('{0}', scriptFile));
  let ran: { code: number; stdout: string; stderr: string; timedOut: boolean };
  try {
    ran = await spawnScript(argv, r.cwd, env, r.timeoutMs ?? 300_000);
  } finally {
    rmSync(scriptFile, { force: true });
  }
  // the runner masks secrets and ::add-mask:: values in the log, longest first
  const masks = [...(r.masks ?? []), ...parseCommands(ran.stdout).masks].filter((m) => m.length > 0).sort((a, b) => b.length - a.length);
  const mask = (text: string): string => masks.reduce((t, m) => t.split(m).join('***'), text);
  ran = { ...ran, stdout: mask(ran.stdout), stderr: mask(ran.stderr) };
  const result: ScriptResult = { timedOut: ran.timedOut, exitCode: ran.code, stdout: ran.stdout, stderr: ran.stderr, outputs: {}, env: [], path: [], summary: mask(readFileSync(files.summary, 'utf8')), errors: [], warnings: [], notices: [] };
  try {
    for (const [k, v] of parseFileCommand(readFileSync(files.output, 'utf8'), 'GITHUB_OUTPUT')) result.outputs[k] = v;
    result.env = parseFileCommand(readFileSync(files.env, 'utf8'), 'GITHUB_ENV');
  } catch (err) {
    if (!(err instanceof FileCommandError)) throw err;
    result.fileCommandError = err.message;
  }
  result.path = parsePathFile(readFileSync(files.path, 'utf8'));
  for (const a of parseCommands(ran.stdout).annotations) {
    const text = a.title ? `${a.title}: ${a.message}` : a.message;
    (a.level === 'error' ? result.errors : a.level === 'warning' ? result.warnings : result.notices).push(text);
  }
  appendFileSync(join(r.temp, `${r.id.replace(/[^A-Za-z0-9_.-]/g, '_')}.log`), `${ran.stdout}${ran.stderr}`);
  return result;
}
