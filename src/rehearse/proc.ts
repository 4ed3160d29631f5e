/**
 * Child processes for the rehearsal: argument arrays only, never a shell. (The actions use
 * `actions/lib/process`, built on @actions/exec; the rehearsal also needs raw bytes — chart
 * archives read from a pages branch — so it calls `execFile` directly.)
 */
import { execFile } from 'node:child_process';

export interface ProcResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export function proc(cmd: string, args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string | Buffer; timeoutMs?: number } = {}): Promise<ProcResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, ...opts.env })) if (v !== undefined) env[k] = v;
    const child = execFile(
      cmd,
      [...args],
      { cwd: opts.cwd, env, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: opts.timeoutMs ?? 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : -1) : 0;
        if (err && code === -1 && (err as NodeJS.ErrnoException).code === 'ENOENT') return reject(new Error(`${cmd} is not installed`));
        resolve({ code, stdout, stderr: stderr.toString('utf8') });
      },
    );
    if (opts.input !== undefined) child.stdin?.end(opts.input);
    else child.stdin?.end();
  });
}

/** The environment git gets from the rehearsal: no user or system configuration, no prompts. */
export function gitEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    LC_ALL: 'C',
    ...extra,
  };
}

/** git with argument arrays; throws with git's message unless `allowFailure`. */
export async function git(cwd: string, args: readonly string[], opts: { env?: Record<string, string>; input?: string; allowFailure?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  const r = await proc('git', args, { cwd, env: opts.env, ...(opts.input !== undefined ? { input: opts.input } : {}) });
  const out = r.stdout.toString('utf8');
  if (r.code !== 0 && !opts.allowFailure) {
    const why = (r.stderr || out).trim().split('\n').slice(-3).join(' ');
    throw new Error(`git ${args.filter((a) => !a.startsWith('-c')).slice(0, 3).join(' ')} failed: ${why}`);
  }
  return { code: r.code, out, err: r.stderr };
}
