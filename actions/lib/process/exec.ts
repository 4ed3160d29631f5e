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

export async function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const { getExecOutput } = await import('@actions/exec');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...opts.env })) if (v !== undefined) env[k] = v;
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
