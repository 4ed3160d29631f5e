// Running a bundled action as the GitHub runner does: `node dist/<name>/index.js` with every input of
// action.yml as INPUT_<NAME> (its default unless given), the GITHUB_* context and fresh command files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../../scripts/bundle.mjs';

export const BENCH_TOKEN = 'ghs_bench000000000000000000000000000000';

/** The environment the runner gives action `name`: inputs with defaults, GITHUB_*, RUNNER_TEMP and the command files in `tempDir`. */
export function runnerEnv(name, { inputs = {}, workspace, repository = 'llm-d-incubation/workload-variant-autoscaler', ref = 'refs/heads/main', tempDir, extra = {} }) {
  const yml = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
  const env = {};
  for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
    const value = inputs[input] ?? String(spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, BENCH_TOKEN);
    env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [input, value] of Object.entries(inputs)) env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
  mkdirSync(tempDir, { recursive: true });
  const files = { GITHUB_OUTPUT: join(tempDir, 'output'), GITHUB_STEP_SUMMARY: join(tempDir, 'summary'), GITHUB_ENV: join(tempDir, 'env'), GITHUB_STATE: join(tempDir, 'state') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return {
    ...env,
    ...files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_REF: ref,
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    RUNNER_TEMP: tempDir,
    // every run as an action's first in its job: the runner empties RUNNER_TEMP before each job,
    // so the compile cache the action keeps there (actions/lib/runner/compile-cache.ts) starts
    // cold; a figure's runs share one RUNNER_TEMP and would otherwise measure it warm
    NODE_DISABLE_COMPILE_CACHE: '1',
    ...extra,
  };
}

/** `env K=V … node <bundle>`: one argv for hyperfine and GNU time (hyperfine -N runs no shell). */
export function actionArgv(name, env) {
  return ['env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), process.execPath, join(root, 'dist', name, 'index.js')];
}

/** The outputs an action wrote to GITHUB_OUTPUT (`name<<DELIM` blocks and `name=value` lines). */
export function readOutputs(file) {
  const text = readFileSync(file, 'utf8');
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, key, delim] = heredoc;
      const body = [];
      while (++i < lines.length && lines[i] !== delim) body.push(lines[i]);
      out[key] = body.join('\n');
    } else {
      const eq = /^([^=]+)=(.*)$/.exec(lines[i]);
      if (eq) out[eq[1]] = eq[2];
    }
  }
  return out;
}
