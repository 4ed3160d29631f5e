/** What every step of a run shares: the validated inputs, the run context and the settings resolved from the configuration. */
import type { ReleaseConfig } from '../lib/config/config.js';
import type * as Helm from '../lib/helm/index.js';
import type { Log } from '../lib/runner/core.js';
import type { RunContext } from '../lib/runner/context.js';
import { ActionError, FileError } from '../lib/runner/errors.js';
import type { PublishInputs } from './inputs.js';
import type { PagesOptions } from './pages.js';

export interface Settings {
  /** The chart folder, relative to the workspace. */
  chart: string;
  pagesBranch: string;
  /** Where the pages branch is served, without a trailing slash. */
  repoUrl: string;
  /** `oci://…`, or '' for none. */
  ociRegistry: string;
}

export interface Env {
  inputs: PublishInputs;
  ctx: RunContext;
  config: ReleaseConfig;
  settings: Settings;
  helm: typeof Helm;
  log: Log;
}

export type Outputs = Partial<Record<'package-path' | 'digest' | 'chart-url' | 'index-url' | 'oci-ref' | 'status' | 'charts' | 'released-charts' | 'released-count', string>>;

export function pagesOptions(env: Env): PagesOptions {
  return {
    workspace: env.ctx.workspace,
    serverUrl: env.ctx.serverUrl,
    repository: env.ctx.repository,
    token: env.inputs.token,
    branch: env.settings.pagesBranch,
    tempRoot: env.ctx.runnerTemp,
    ...(env.config.gitIdentity ? { identity: env.config.gitIdentity } : {}),
  };
}

/**
 * An error about the index, said to be on the pages branch, with what happened: nothing
 * written. A FileError keeps its file and line (the annotation points at the index).
 */
export function onBranch(err: unknown, branch: string, file: string): unknown {
  if (err instanceof FileError) {
    const prefix = `${err.file}${err.line ? `:${err.line}` : ''}: `;
    const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    return new FileError(err.file, `${message} (${file} on branch ${branch}; nothing was written)`, err.line, err.column);
  }
  if (err instanceof ActionError && !/nothing was written/i.test(err.message)) {
    return new ActionError(`${err.message} (${file} on branch ${branch}; nothing was written)`, { cause: err });
  }
  return err;
}

/** A chart warning (`file:line: message`) as a log annotation on that file and line. */
export function warnAt(log: Log, warning: string): void {
  const m = /^([^:\s][^:]*?):(\d+): ([\s\S]*)$/.exec(warning) ?? /^([^:\s][^:]*?): ([\s\S]*)$/.exec(warning);
  if (!m) return log.warning(warning);
  if (m.length === 4) return log.warning(m[3]!, { file: m[1]!, line: Number(m[2]) });
  return log.warning(m[2]!, { file: m[1]! });
}
