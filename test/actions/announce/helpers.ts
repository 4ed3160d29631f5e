/**
 * Shared by the announce tests: the WVA sample repository at v0.5.0 (with release artifacts
 * in the workspace), the GitHub emulator holding it with published v0.4.0 and v0.4.1
 * releases, a related repository for update-repos, and the action run against all of it.
 */
import { expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubClient } from '../../../actions/lib/github/client.js';
import { commit, initRepo } from '../../support/git.js';
import { emulatorClient, startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { runAction, type ActionRun, type RunActionOptions } from '../../support/harness.js';
import { createServerCertificate, type ServerCertificate } from '../../support/receivers/cert.js';
import { startSlackReceiver, startWebhookReceiver, type Receiver } from '../../support/receivers/http.js';
import { startMailServer, type MailServer } from '../../support/receivers/smtp.js';
import { tempDir } from '../../support/tmp.js';
import { buildRepo, fixtureFiles, withVersion, type SampleRepo } from '../../support/repos.js';

export const WVA = 'llm-d-incubation/workload-variant-autoscaler';
export const INFRA = 'llm-d/llm-d-infra';
const CHART = 'charts/workload-variant-autoscaler';
export const IMAGE = 'ghcr.io/llm-d-incubation/workload-variant-autoscaler';
const VERSION_FILES = [`${CHART}/Chart.yaml`, `${CHART}/values.yaml`, 'Makefile', 'README.md'];

/** Retry waits a thousand times shorter (the retries themselves still happen). */
export const FAST = { RELEASE_ACTIONS_RETRY_SCALE: '0.001', RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: '10000' };

/** The CHANGELOG with Unreleased released as `version`. */
function changelogFor(text: string, version: string, date: string): string {
  return text
    .replace('## [Unreleased]\n', `## [Unreleased]\n\n## [${version}] - ${date}\n`)
    .replace('[Unreleased]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.4.1...HEAD', `[Unreleased]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v${version}...HEAD\n[${version}]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.4.1...v${version}`);
}

export interface Artifacts {
  /** Workspace-relative path → sha256 */
  files: Record<string, string>;
  globs: string;
}

/** The artifacts a release job builds before announce runs (untracked files in the workspace). */
export function writeArtifacts(dir: string, version: string, salt = ''): Artifacts {
  const files: Record<string, string> = {};
  const put = (rel: string, data: Buffer | string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), data);
    files[rel] = createHash('sha256').update(data).digest('hex');
  };
  const tgz = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from(`workload-variant-autoscaler-${version} chart bytes ${salt}\n`.repeat(300))]);
  put(`.cr-release-packages/workload-variant-autoscaler-${version}.tgz`, tgz);
  put('out/checksums.txt', `${createHash('sha256').update(tgz).digest('hex')}  workload-variant-autoscaler-${version}.tgz\n`);
  put('out/sbom.spdx.json', JSON.stringify({ spdxVersion: 'SPDX-2.3', name: `wva-${version}`, salt }));
  put('out/provenance.intoto.jsonl', `${JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'chart', salt }] })}\n`);
  return { files, globs: ['.cr-release-packages/*.tgz', 'out/checksums.txt', 'out/*.spdx.json', 'out/*.intoto.jsonl'].join('\n') };
}

export interface Wva {
  repo: SampleRepo;
  /** The tag commit of the released version. */
  sha: string;
  version: string;
}

/**
 * The WVA history of the fixture, then `chore: bump version to vX` (version files and the
 * CHANGELOG section) tagged `vX`, plus any commits in `then` before the bump.
 */
export function wvaAt(version: string, then: Array<{ message: string; files?: Record<string, string> }> = []): Wva {
  const fixture = fixtureFiles('wva');
  const bump: Record<string, (before: string | undefined) => string> = {};
  for (const p of VERSION_FILES) bump[p] = (before) => withVersion(before ?? '', '0.4.1', version);
  const repo = buildRepo({
    then: [
      ...then,
      {
        message: `chore: bump version to v${version}\n\nSigned-off-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n`,
        files: {
          ...bump,
          'CHANGELOG.md': changelogFor(fixture['CHANGELOG.md']!, version, '2026-02-03'),
          // WVA's Helm repository alias, as its README and release process write it
          '.github/release-actions.yaml': 'helm-repo-name: wva\n',
        },
        tag: `v${version}`,
      },
    ],
  });
  return { repo, sha: repo.tags[`v${version}`]!, version };
}

export function client(gh: GitHubEmulator): GitHubClient {
  return emulatorClient(gh);
}

/** The emulator repository of WVA with the sample's branches and tags, and published releases for `published` tags. */
export async function emulatedWva(gh: GitHubEmulator, wva: Wva, published: string[] = ['v0.4.0', 'v0.4.1'], opts: { discussionCategories?: string[] } = {}): Promise<void> {
  await gh.createRepo(WVA, { fromDir: wva.repo.dir, ...(opts.discussionCategories ? { discussionCategories: opts.discussionCategories } : {}) });
  const octokit = client(gh);
  for (const t of published) {
    await octokit.rest.repos.createRelease({ owner: 'llm-d-incubation', repo: 'workload-variant-autoscaler', tag_name: t, name: t, body: `## What's New in ${t}\n\n- earlier release\n` });
  }
}

/** llm-d-infra: a README, a values file and a Chart.yaml that pin WVA 0.4.1 next to things that are not WVA. */
export const INFRA_FILES: Record<string, string> = {
  'README.md': `# llm-d-infra

Install the autoscaler:

\`\`\`bash
helm repo add wva https://llm-d-incubation.github.io/workload-variant-autoscaler
helm install workload-variant-autoscaler wva/workload-variant-autoscaler --version 0.4.1
helm install gateway oci://ghcr.io/llm-d/charts/gateway --version 0.4.1
\`\`\`

Images: \`${IMAGE}:v0.4.1\` and \`ghcr.io/llm-d/llm-d-inference-scheduler:v0.4.1\`.
`,
  'charts/llm-d/Chart.yaml': `apiVersion: v2
name: llm-d
version: 1.2.0
dependencies:
  # the autoscaler
  - name: workload-variant-autoscaler
    version: "0.4.1"
    repository: https://llm-d-incubation.github.io/workload-variant-autoscaler
  - name: gateway
    version: 0.4.1
    repository: oci://ghcr.io/llm-d/charts
`,
  'charts/llm-d/values.yaml': `autoscaler:
  image:
    repository: ${IMAGE}
    tag: v0.4.1 # keep in step with the chart
scheduler:
  image:
    repository: ghcr.io/llm-d/llm-d-inference-scheduler
    tag: v0.4.1
`,
  'docs/notes.txt': `${IMAGE}:v0.4.1 is not in a file the glob covers\n`,
};

/** The related repository, in the emulator. */
export async function emulatedInfra(gh: GitHubEmulator, root: string): Promise<void> {
  const dir = initRepo(join(root, 'llm-d-infra'));
  commit(dir, 'feat: llm-d infrastructure', INFRA_FILES);
  await gh.createRepo(INFRA, { fromDir: dir });
}

export interface RunOpts extends Partial<RunActionOptions> {
  env?: Record<string, string>;
}

/** Runs announce in the WVA workspace against the emulator. */
export function announce(gh: GitHubEmulator, wva: Wva, inputs: Record<string, string>, opts: RunOpts = {}): Promise<ActionRun> {
  return runAction({
    action: 'announce',
    workspace: wva.repo.dir,
    repository: WVA,
    ref: `refs/tags/v${wva.version}`,
    sha: wva.sha,
    apiUrl: gh.apiUrl,
    serverUrl: gh.serverUrl,
    graphqlUrl: gh.graphqlUrl,
    ...opts,
    inputs,
    env: { ...FAST, ...opts.env },
  });
}

export function expectSuccess(run: ActionRun): void {
  if (run.exitCode !== 0) throw new Error(`expected success, the action exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
}

export function expectFailure(run: ActionRun, message: RegExp | string): void {
  if (run.exitCode !== 1) throw new Error(`expected a failure, the action exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toHaveLength(1);
  if (typeof message === 'string') expect(run.errors[0]!.message).toContain(message);
  else expect(run.errors[0]!.message).toMatch(message);
}

export interface Announced {
  channel: string;
  status: string;
  id: string | null;
  error?: string;
}

export function announced(run: ActionRun): Announced[] {
  return JSON.parse(run.outputs['announced'] ?? '[]') as Announced[];
}

// ---- the world a test runs in ------------------------------------------------------------


export const SECRET = 'webhook-secret-for-tests';

export interface World {
  gh: GitHubEmulator;
  root: string;
  cert: ServerCertificate;
  slack: Receiver;
  hook: Receiver;
  mail: MailServer;
  /** NODE_EXTRA_CA_CERTS for the action: it trusts the SMTP server's certificate. */
  tls: Record<string, string>;
  /** Every channel of the release process, pointed at the local receivers. */
  channelInputs(): Record<string, string>;
  sample(version: string, then?: Parameters<typeof wvaAt>[1]): Wva;
  stop(): Promise<void>;
}

/** A fresh emulator, receivers and SMTP server for one test. */
export async function world(): Promise<World> {
  const tmp = await tempDir('announce-');
  const cert = createServerCertificate(tmp.path);
  const [gh, slack, hook, mail] = await Promise.all([startGitHubEmulator(), startSlackReceiver(), startWebhookReceiver(SECRET), startMailServer(cert)]);
  const samples: Wva[] = [];
  return {
    gh,
    root: tmp.path,
    cert,
    slack,
    hook,
    mail,
    tls: { NODE_EXTRA_CA_CERTS: cert.pemFile },
    channelInputs: () => ({
      'slack-webhook-url': slack.url,
      'webhook-urls': hook.url,
      'webhook-secret': SECRET,
      'discussion-category': 'Announcements',
      'dispatch-repos': INFRA,
      'update-repos': INFRA,
      'smtp-url': mail.url(),
      'mail-to': 'llm-d-announce@example.org',
      'mail-from': 'WVA releases <releases@example.org>',
    }),
    sample(version, then = []) {
      const wva = wvaAt(version, then);
      samples.push(wva);
      return wva;
    },
    async stop() {
      gh.assertNoViolations();
      await Promise.all([gh.stop(), slack.stop(), hook.stop(), mail.stop()]);
      for (const s of samples) await s.repo.cleanup();
      await tmp.cleanup();
    },
  };
}
