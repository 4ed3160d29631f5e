/** Shared by the verify-release tests: a WVA-shaped repository at 0.5.0, tags, and running the action. */
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import * as tar from 'tar';
import { git } from '../../support/git.js';
import { runAction, type ActionRun, type RunActionOptions } from '../../support/harness.js';
import { buildRepo, withVersion, type SampleRepo } from '../../support/repos.js';

export const WVA = 'llm-d-incubation/workload-variant-autoscaler';
export const CHART = 'charts/workload-variant-autoscaler';
export const CRD_FILE = 'llmd.ai_variantautoscalings.yaml';
export const CHART_NAME = 'workload-variant-autoscaler';
const REPO_URL = `https://github.com/${WVA}`;

/** The release commit of 0.5.0: every version file moved, the Unreleased entries in a 0.5.0 section with its link. */
export function release050(): { message: string; files: Record<string, (before: string | undefined) => string> } {
  const bump = (before: string | undefined): string => withVersion(before ?? '', '0.4.1', '0.5.0');
  return {
    message: 'chore: bump version to v0.5.0',
    files: {
      [`${CHART}/Chart.yaml`]: bump,
      [`${CHART}/values.yaml`]: bump,
      Makefile: bump,
      'README.md': bump,
      'CHANGELOG.md': (before) =>
        (before ?? '')
          .replace('## [Unreleased]\n', '## [Unreleased]\n\n## [0.5.0] - 2026-02-03\n')
          .replace(`[Unreleased]: ${REPO_URL}/compare/v0.4.1...HEAD`, `[Unreleased]: ${REPO_URL}/compare/v0.5.0...HEAD\n[0.5.0]: ${REPO_URL}/compare/v0.4.1...v0.5.0`),
    },
  };
}

/** The WVA sample with the 0.5.0 release commit on main, an origin and a workspace checked out at it (no v0.5.0 tag yet). */
export function wvaAt050(): SampleRepo {
  return buildRepo({ workspace: true, then: [release050()] });
}

export interface TagOptions {
  /** Default: the repository's main head. */
  target?: string;
  kind: 'gpg' | 'ssh' | 'annotated' | 'lightweight';
  /** gpg: GNUPGHOME and key; ssh: the private key file. */
  gnupgHome?: string;
  key?: string;
}

function pushTag(repo: SampleRepo, name: string, target: string, opts: TagOptions): void {
  const args: string[] =
    opts.kind === 'lightweight'
      ? ['tag', '-f', '--', name, target]
      : opts.kind === 'annotated'
        ? ['tag', '-f', '-a', '-m', `Release ${name}`, '--', name, target]
        : opts.kind === 'gpg'
          ? ['-c', `user.signingkey=${opts.key}`, 'tag', '-f', '-s', '-m', `Release ${name}`, '--', name, target]
          : ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${opts.key}`, 'tag', '-f', '-s', '-m', `Release ${name}`, '--', name, target];
  git(repo.dir, args, { env: opts.gnupgHome ? { GNUPGHOME: opts.gnupgHome } : {} });
  git(repo.dir, ['push', '-q', '--force', 'origin', `refs/tags/${name}:refs/tags/${name}`]);
}

/** (Re)creates tag `name` in the build repository and force-pushes it to origin. */
export function tagRelease(repo: SampleRepo, name: string, opts: TagOptions): void {
  try {
    git(repo.dir, ['tag', '-d', name]);
  } catch {
    // no such tag yet
  }
  pushTag(repo, name, opts.target ?? repo.head, opts);
}

/** An SSH signing key made with ssh-keygen: its private key path, public key line and fingerprint. */
export function makeSshKey(dir: string, name: string): { key: string; publicKey: string; fingerprint: string } {
  const key = `${dir}/${name}`;
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', key]);
  const publicKey = execFileSync('cat', [`${key}.pub`], { encoding: 'utf8' }).trim();
  const fingerprint = execFileSync('ssh-keygen', ['-lf', `${key}.pub`], { encoding: 'utf8' }).split(' ')[1] ?? '';
  return { key, publicKey, fingerprint };
}

/** Runs verify-release in the workspace, as a run started by pushing tag `v0.5.0` (unless `ref` says otherwise). */
export function verify(repo: SampleRepo, inputs: Record<string, string>, opts: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  return runAction({
    action: 'verify-release',
    workspace: repo.workspace!,
    repository: WVA,
    ref: 'refs/tags/v0.5.0',
    sha: repo.head,
    ...opts,
    inputs: { token: '', ...inputs },
    env: { RELEASE_ACTIONS_RETRY_SCALE: '0.01', ...opts.env },
  });
}

export interface ReportEntry {
  check: string;
  status: 'passed' | 'failed' | 'skipped';
  detail: string;
  duration: number;
}

/** The `report` output, by check name; also checks its shape. */
export function reportOf(run: ActionRun): Record<string, ReportEntry> {
  const entries = JSON.parse(run.outputs['report'] ?? 'null') as ReportEntry[];
  expect(Array.isArray(entries)).toBe(true);
  for (const e of entries) {
    expect(Object.keys(e).sort()).toEqual(['check', 'detail', 'duration', 'status']);
    expect(typeof e.duration).toBe('number');
  }
  return Object.fromEntries(entries.map((e) => [e.check, e]));
}

/** The run's outcome must be `passed` (exit 0) or failed (exit 1) as expected, with one error per failed check. */
export function expectOutcome(run: ActionRun, passed: boolean): Record<string, ReportEntry> {
  if ((run.exitCode === 0) !== passed) throw new Error(`expected the run to ${passed ? 'pass' : 'fail'}, it exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.outputs['passed']).toBe(String(passed));
  const report = reportOf(run);
  const failed = Object.values(report).filter((e) => e.status === 'failed');
  expect(run.errors.map((e) => e.message)).toEqual(failed.map((e) => `${e.check}: ${e.detail}`));
  return report;
}

// ---- a Helm repository on 127.0.0.1 ----------------------------------------

interface Served {
  status?: number;
  body: string | Buffer;
}

/**
 * A static server: `files` by path. With `delayMs`, it answers 404 to everything from its
 * first request until `delayMs` later (as GitHub Pages does before a deployment lands).
 */
export class HelmRepoServer {
  files = new Map<string, Served>();
  delayMs = 0;
  private readyAt: number | undefined;
  requests: Array<{ path: string; status: number }> = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      this.readyAt ??= Date.now() + this.delayMs;
      const file = Date.now() < this.readyAt ? undefined : this.files.get(path);
      const status = file ? (file.status ?? 200) : 404;
      this.requests.push({ path, status });
      res.writeHead(status, { 'content-type': path.endsWith('.yaml') ? 'text/yaml' : 'application/gzip' });
      res.end(file ? file.body : 'not found');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/charts`;
  }

  reset(): void {
    this.files.clear();
    this.requests = [];
    this.delayMs = 0;
    this.readyAt = undefined;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export function indexYaml(entries: Array<{ version: string; digest: string; url: string }>): string {
  return [
    'apiVersion: v1',
    'entries:',
    `  ${CHART_NAME}:`,
    ...entries.flatMap((e) => [
      '  - apiVersion: v2',
      `    appVersion: ${e.version}`,
      '    created: "2026-02-03T10:00:00.000000000Z"',
      `    digest: ${e.digest}`,
      `    name: ${CHART_NAME}`,
      '    urls:',
      `    - ${e.url}`,
      `    version: ${e.version}`,
    ]),
    'generated: "2026-02-03T10:00:00.000000000Z"',
    '',
  ].join('\n');
}

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');


/** A `helm package`-like archive (`<chart>/…`, gzipped) of the workspace chart, optionally changed first. */
export function chartArchive(workspace: string, workDir: string, change?: (chartDir: string) => void): Buffer {
  const dir = mkdtempSync(join(workDir, 'chart-'));
  cpSync(join(workspace, CHART), join(dir, CHART_NAME), { recursive: true });
  change?.(join(dir, CHART_NAME));
  const file = join(dir, 'chart.tgz');
  tar.c({ gzip: true, cwd: dir, file, sync: true, portable: true }, [CHART_NAME]);
  return readFileSync(file);
}
