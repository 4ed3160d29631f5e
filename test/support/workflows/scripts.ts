/**
 * Runs a workflow step's `run:` script the way the runner does (`bash --noprofile --norc -eo
 * pipefail FILE`), with the step's `env:` evaluated by GitHub's expression evaluator from the
 * contexts given, and `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` as files. The scripts carry no
 * `${{ }}` (a rule of the suite), so the text that runs here is the text that runs on GitHub.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interpolate, type Contexts } from './expressions.js';
import type { Step } from './model.js';

export interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The step's env: as evaluated. */
  env: Record<string, string>;
}

/** Parses GITHUB_OUTPUT: `name=value` lines and `name<<DELIM` … `DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) body.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: ${name} is not closed by ${delim}`);
      out[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export function runStep(step: Step, contexts: Contexts, opts: { cwd: string; extraEnv?: Record<string, string> }): StepRun {
  if (step.run === undefined) throw new Error(`${step.job} step ${step.index + 1} has no run:`);
  const dir = mkdtempSync(join(tmpdir(), 'step-'));
  try {
    const script = join(dir, 'script.sh');
    const output = join(dir, 'output');
    const summary = join(dir, 'summary');
    writeFileSync(script, step.run);
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const stepEnv = Object.fromEntries(Object.entries((step.raw['env'] as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, interpolate(String(v), contexts)]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: opts.cwd,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: dir,
        LC_ALL: 'C',
        GIT_CONFIG_NOSYSTEM: '1',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: dir,
        ...opts.extraEnv,
        ...stepEnv,
      },
    });
    return {
      code: r.status ?? -1,
      stdout: r.stdout,
      stderr: r.stderr,
      outputs: parseOutputFile(readFileSync(output, 'utf8')),
      summary: readFileSync(summary, 'utf8'),
      env: stepEnv,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
