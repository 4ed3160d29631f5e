import { readFileSync } from 'node:fs';
import { ActionError } from './errors.js';
import type { Env } from './inputs.js';

/** What the runner tells an action about where it runs, read once from the environment. */
export interface RunContext {
  owner: string;
  repo: string;
  repository: string;
  ref: string;
  /** The tag name when the run was started by a tag push, else undefined. */
  tag?: string;
  sha: string;
  workspace: string;
  eventName: string;
  event: Record<string, unknown>;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  runnerTemp: string;
  runUrl?: string;
}

/** The checkout the action works in: GITHUB_WORKSPACE, else the current directory. */
export function workspaceOf(env: Env = process.env): string {
  return env['GITHUB_WORKSPACE'] ?? process.cwd();
}

export function readContext(env: Env = process.env): RunContext {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new ActionError('GITHUB_REPOSITORY is not set to OWNER/REPO: run this action from a workflow');
  const ref = env['GITHUB_REF'] ?? '';
  let event: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      event = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch {
      // Some events (e.g. a local run) have no payload; nothing in the suite needs one.
    }
  }
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/$/, '');
  const runId = env['GITHUB_RUN_ID'];
  return {
    owner,
    repo,
    repository,
    ref,
    tag: ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined,
    sha: env['GITHUB_SHA'] ?? '',
    workspace: workspaceOf(env),
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    event,
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/$/, ''),
    graphqlUrl: env['GITHUB_GRAPHQL_URL'] ?? 'https://api.github.com/graphql',
    runnerTemp: env['RUNNER_TEMP'] ?? '/tmp',
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
  };
}
