import { ActionError } from '../runner/errors.js';

/**
 * Child processes, on @actions/exec, with argument arrays only: there is no way
 * to pass a shell string, so nothing from a tag, branch or commit message is
 * ever interpreted by a shell.
 */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Bytes for standard input. */
  input?: string | Buffer;
  /** Return the result instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
  /** Print the command and its output to the log (default: quiet). */
  echo?: boolean;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class ProcessError extends ActionError {
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly stderr: string,
    readonly stdout: string,
  ) {
    super(`${command} exited with ${exitCode}${stderrTail(stderr || stdout) ? `: ${stderrTail(stderr || stdout)}` : ''}`);
  }
}

/** The last lines of a stream, enough to say why a command failed without flooding the log. */
export function stderrTail(text: string, lines = 8, chars = 2000): string {
  const tail = text.trimEnd().split('\n').slice(-lines).join('\n');
  return tail.length > chars ? `...${tail.slice(-chars)}` : tail;
}

/** How a command is shown in errors: arguments quoted where needed, never evaluated. */
export function displayCommand(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

/** This process's environment with `extra` on top; an undefined value removes a variable. */
function childEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...extra })) if (v !== undefined) env[k] = v;
  return env;
}

export async function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const { getExecOutput } = await import('@actions/exec');
  const env = childEnv(opts.env);
  const result = await getExecOutput(cmd, [...args], {
    cwd: opts.cwd,
    env,
    input: opts.input === undefined ? undefined : Buffer.from(opts.input),
    ignoreReturnCode: true,
    silent: !opts.echo,
  });
  if (result.exitCode !== 0 && !opts.allowFailure) {
    throw new ProcessError(displayCommand(cmd, args), result.exitCode, result.stderr, result.stdout);
  }
  return result;
}

export interface StreamOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Each chunk of standard output as it arrives. */
  onData(chunk: Buffer): void;
}

/**
 * A command whose standard output is megabytes (`git log` over a long history), read as
 * it arrives so the caller can work while the command still runs. Not through
 * @actions/exec, which splits every chunk into lines and decodes it twice. Argument
 * array only, no shell; a non-zero exit throws the same ProcessError as {@link run}.
 */
export async function stream(cmd: string, args: readonly string[], opts: StreamOptions): Promise<void> {
  const { spawn } = await import('node:child_process');
  const child = spawn(cmd, [...args], { cwd: opts.cwd, env: childEnv(opts.env), shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: Buffer[] = [];
  let stderrBytes = 0;
  child.stdout.on('data', (chunk: Buffer) => opts.onData(chunk));
  child.stderr.on('data', (chunk: Buffer) => {
    // enough to say why it failed; a chatty command cannot fill memory
    if (stderrBytes < 64 * 1024) stderr.push(chunk);
    stderrBytes += chunk.length;
  });
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }).catch((err: NodeJS.ErrnoException) => {
    throw new ProcessError(displayCommand(cmd, args), 127, err.message, '');
  });
  if (exitCode !== 0) throw new ProcessError(displayCommand(cmd, args), exitCode, Buffer.concat(stderr).toString('utf8'), '');
}

/**
 * A short command's whole output, spawned at once. {@link run} goes through @actions/exec, whose
 * chunk is loaded on first use and which looks the command up in PATH with asynchronous file
 * checks before it spawns: while an action's modules compile, those wait, and so does the
 * command. The reads an action starts before its modules load (the changelog's refs) use this,
 * so git runs while they compile. Argument array only, no shell; failures as {@link run}'s.
 */
export async function capture(cmd: string, args: readonly string[], opts: Pick<RunOptions, 'cwd' | 'env' | 'allowFailure'> = {}): Promise<RunResult> {
  const out: Buffer[] = [];
  const stdout = (): string => Buffer.concat(out).toString('utf8');
  try {
    await stream(cmd, args, { cwd: opts.cwd, env: opts.env, onData: (chunk) => void out.push(chunk) });
  } catch (err) {
    if (!(err instanceof ProcessError)) throw err;
    if (opts.allowFailure && err.exitCode !== 127) return { exitCode: err.exitCode, stdout: stdout(), stderr: err.stderr };
    throw new ProcessError(err.command, err.exitCode, err.stderr, stdout());
  }
  return { exitCode: 0, stdout: stdout(), stderr: '' };
}
