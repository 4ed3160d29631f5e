import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { tagPushEvent } from './events.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  errors: Annotation[];
  /** Values the action asked the runner to mask. */
  masks: string[];
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  /** The files the runner gave the action, for tests that grep them for secrets. */
  files: { output: string; summary: string; env: string; state: string; event: string };
}

export interface RunActionOptions {
  /** An action name under actions/ (its action.yml gives defaults and main), or paths for a fixture action. */
  action?: string;
  actionYml?: string;
  main?: string;
  inputs?: Record<string, string>;
  workspace: string;
  repository?: string;
  eventName?: string;
  event?: Record<string, unknown>;
  ref?: string;
  sha?: string;
  token?: string;
  apiUrl?: string;
  serverUrl?: string;
  graphqlUrl?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

/** What the runner does with an input default: `${{ github.token }}` and friends evaluated, others as written. */
function evaluateDefault(value: string, ctx: { token: string; repository: string; ref: string; sha: string; workspace: string }): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    switch (expr) {
      case 'github.token':
        return ctx.token;
      case 'github.repository':
        return ctx.repository;
      case 'github.ref':
        return ctx.ref;
      case 'github.sha':
        return ctx.sha;
      case 'github.workspace':
        return ctx.workspace;
      case 'github.ref_name':
        return ctx.ref.replace(/^refs\/(heads|tags)\//, '');
      default:
        throw new Error(`harness cannot evaluate default expression \${{ ${expr} }}`);
    }
  });
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Parses workflow commands (`::error file=a,line=1::msg`) from the log. */
export function parseCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, propText = '', data = ''] = m;
    if (command === 'add-mask') {
      masks.push(unescapeData(data));
      continue;
    }
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue;
    const props: Record<string, string> = {};
    for (const p of propText.split(',').filter(Boolean)) {
      const i = p.indexOf('=');
      props[p.slice(0, i)] = unescapeProperty(p.slice(i + 1));
    }
    const lineNo = props['line'] ?? props['startLine'];
    annotations.push({ level: command, message: unescapeData(data), title: props['title'], file: props['file'], line: lineNo ? Number(lineNo) : undefined });
  }
  return { annotations, masks };
}

/** Parses the file-command format of GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE: `k=v` and `k<<DELIM` blocks. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key = '', delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`unterminated ${key}<<${delim} block`);
      out[key] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`malformed file command line: ${line}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/**
 * Runs a bundled action in a child process the way the Actions runner does:
 * inputs (with action.yml defaults) as INPUT_<NAME>, the file-command files,
 * the event payload, and the GITHUB_* / RUNNER_* variables; cwd is the workspace.
 */
export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const actionYmlPath = opts.actionYml ?? join(projectRoot, 'actions', opts.action ?? '', 'action.yml');
  const yml = parseYaml(readFileSync(actionYmlPath, 'utf8')) as ActionYml;
  const main = opts.main ?? resolve(dirname(actionYmlPath), yml.runs.main);
  const repository = opts.repository ?? 'owner/repo';
  const [owner = 'owner', repo = 'repo'] = repository.split('/');
  const sha = opts.sha ?? 'a'.repeat(40);
  const ref = opts.ref ?? 'refs/tags/v0.0.0';
  const token = opts.token ?? 'test-token';
  const serverUrl = opts.serverUrl ?? 'https://github.com';
  const eventName = opts.eventName ?? 'push';
  const event = opts.event ?? tagPushEvent({ owner, repo, serverUrl }, ref.replace(/^refs\/tags\//, ''), sha);

  const runnerDir = await mkdtemp(join(tmpdir(), 'runner-'));
  const temp = join(runnerDir, 'temp');
  mkdirSync(temp);
  const files = {
    output: join(runnerDir, 'output'),
    summary: join(runnerDir, 'summary.md'),
    env: join(runnerDir, 'env'),
    state: join(runnerDir, 'state'),
    event: join(runnerDir, 'event.json'),
  };
  for (const f of [files.output, files.summary, files.env, files.state]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(event, null, 2));

  const inputEnv: Record<string, string> = {};
  const ctx = { token, repository, ref, sha, workspace: opts.workspace };
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    if (spec.default !== undefined) inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = evaluateDefault(String(spec.default), ctx);
  }
  for (const [name, value] of Object.entries(opts.inputs ?? {})) {
    if (!(name in (yml.inputs ?? {}))) throw new Error(`input '${name}' is not declared in ${actionYmlPath}`);
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  // A clean environment, as on a runner: nothing leaks in from the test process but PATH and HOME.
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: join(runnerDir, 'path'),
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_SHA: sha,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_ACTOR: 'maintainer',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'release',
    GITHUB_WORKFLOW: 'release',
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_API_URL: opts.apiUrl ?? 'https://api.github.com',
    GITHUB_GRAPHQL_URL: opts.graphqlUrl ?? 'https://api.github.com/graphql',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(runnerDir, 'toolcache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_DEBUG: '0',
    ...inputEnv,
    ...opts.env,
  };

  try {
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((res, rej) => {
      const child = spawn(process.execPath, [main], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        rej(new Error(`action timed out after ${opts.timeoutMs ?? 120_000} ms\n${out}\n${err}`));
      }, opts.timeoutMs ?? 120_000);
      child.on('error', rej);
      child.on('close', (code) => {
        clearTimeout(timer);
        res({ exitCode: code ?? 1, stdout: out, stderr: err });
      });
    });
    const { annotations, masks } = parseCommands(stdout);
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseFileCommand(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      annotations,
      errors: annotations.filter((a) => a.level === 'error'),
      masks,
      exportedEnv: parseFileCommand(readFileSync(files.env, 'utf8')),
      state: parseFileCommand(readFileSync(files.state, 'utf8')),
      files: {
        output: readFileSync(files.output, 'utf8'),
        summary: readFileSync(files.summary, 'utf8'),
        env: readFileSync(files.env, 'utf8'),
        state: readFileSync(files.state, 'utf8'),
        event: readFileSync(files.event, 'utf8'),
      },
    };
  } finally {
    await rm(runnerDir, { recursive: true, force: true });
  }
}
