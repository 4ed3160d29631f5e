/**
 * Planted secrets never appear unmasked: announce (release mode, every channel that carries a
 * secret) and publish-helm (pages branch and an OCI registry with basic auth) run with planted
 * values — the GitHub token, a Slack URL and a webhook URL with secret paths, the webhook
 * signing secret, the SMTP password, the registry password — and every log line (stdout and
 * stderr), output, the summary and the env/state/output files the harness returns are grepped
 * for them. The `::add-mask::` lines themselves are the only place they may stand.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FAST, wvaAt, WVA, writeArtifacts, type Wva } from '../../actions/announce/helpers.js';
import { CHART, publish, world as publishHelmWorld, type World as PublishHelmWorld } from '../../actions/publish-helm/helpers.js';
import { emulatorClient, startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { runAction, type ActionRun } from '../../support/harness.js';
import { createServerCertificate } from '../../support/receivers/cert.js';
import { startSlackReceiver, startWebhookReceiver, type Receiver } from '../../support/receivers/http.js';
import { startMailServer, type MailServer } from '../../support/receivers/smtp.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import { tempDir } from '../../support/tmp.js';

const TOKEN = 'ghs_plantedTokenValue0123456789abcdefXYZ';
const SMTP_PASSWORD = 'planted-smtp-Passw0rd-7731';
const WEBHOOK_SECRET = 'planted-webhook-signing-secret-5521';
const WEBHOOK_PATH = 'planted-webhook-path-a7c9e1';

/** Every line of everything the run left behind that contains a planted value, masking commands aside. */
function leaks(run: ActionRun, secrets: string[]): string[] {
  const texts: Array<[string, string]> = [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ['output file', run.files.output],
    ['env file', run.files.env],
    ['state file', run.files.state],
    ['event file', run.files.event],
    ...Object.entries(run.outputs).map(([k, v]): [string, string] => [`output ${k}`, v]),
  ];
  const found: string[] = [];
  for (const [where, text] of texts) {
    for (const line of text.split('\n')) {
      if (line.startsWith('::add-mask::')) continue;
      for (const s of secrets) if (line.includes(s)) found.push(`${where}: ${line}`);
    }
  }
  return found;
}

describe('announce never prints a planted secret', () => {
  let gh: GitHubEmulator;
  let slack: Receiver;
  let hook: Receiver;
  let mail: MailServer;
  let tmp: { path: string; cleanup: () => Promise<void> };
  let wva: Wva;
  let tls: Record<string, string>;
  beforeAll(async () => {
    tmp = await tempDir('secrets-announce-');
    const cert = createServerCertificate(tmp.path);
    tls = { NODE_EXTRA_CA_CERTS: cert.pemFile };
    [gh, slack, hook, mail] = await Promise.all([
      startGitHubEmulator({ token: TOKEN }),
      startSlackReceiver(),
      startWebhookReceiver(WEBHOOK_SECRET),
      startMailServer(cert, { users: { announce: SMTP_PASSWORD } }),
    ]);
    wva = wvaAt('0.5.0');
    await gh.createRepo(WVA, { fromDir: wva.repo.dir });
    const octokit = emulatorClient(gh, TOKEN);
    for (const t of ['v0.4.0', 'v0.4.1']) {
      await octokit.rest.repos.createRelease({ owner: 'llm-d-incubation', repo: 'workload-variant-autoscaler', tag_name: t, name: t, body: `## What's New in ${t}\n` });
    }
  }, 300_000);
  afterAll(async () => {
    await Promise.all([gh?.stop(), slack?.stop(), hook?.stop(), mail?.stop()]);
    await wva?.repo.cleanup();
    await tmp?.cleanup();
  });

  it('releases and announces to Slack, a webhook and the mailing list with the secrets masked', async () => {
    const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
    const slackUrl = slack.url;
    const slackSecret = slackUrl.split('/').pop()!;
    const hookUrl = `${hook.url}/${WEBHOOK_PATH}`;
    const smtpUrl = mail.url('announce', SMTP_PASSWORD);
    const run = await runAction({
      action: 'announce',
      workspace: wva.repo.dir,
      repository: WVA,
      ref: 'refs/tags/v0.5.0',
      sha: wva.sha,
      token: TOKEN,
      apiUrl: gh.apiUrl,
      serverUrl: gh.serverUrl,
      graphqlUrl: gh.graphqlUrl,
      inputs: {
        assets: artifacts.globs,
        'slack-webhook-url': slackUrl,
        'webhook-urls': hookUrl,
        'webhook-secret': WEBHOOK_SECRET,
        'smtp-url': smtpUrl,
        'mail-to': 'llm-d-announce@example.org',
        'mail-from': 'WVA releases <releases@example.org>',
        'next-milestone': 'false',
      },
      env: { ...FAST, ...tls },
    });
    if (run.exitCode !== 0) throw new Error(`announce exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
    // the channels really carried the secrets (so the grep below has something to find)
    expect(slack.delivered.length).toBeGreaterThan(0);
    expect(hook.delivered.some((r) => r.path.includes(WEBHOOK_PATH))).toBe(true);
    expect(mail.messages.length).toBeGreaterThan(0);
    expect(run.masks).toEqual(expect.arrayContaining([TOKEN]));
    expect(leaks(run, [TOKEN, slackSecret, WEBHOOK_PATH, WEBHOOK_SECRET, SMTP_PASSWORD, smtpUrl, slackUrl, hookUrl])).toEqual([]);
  }, 300_000);
});

describe('publish-helm never prints a planted secret', () => {
  let w: PublishHelmWorld;
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
    w = await publishHelmWorld();
  }, 300_000);
  afterAll(async () => {
    await w?.stop();
    await registry?.stop();
  });

  it('publishes to the pages branch and the registry with the token and the registry password masked', async () => {
    const run = await publish(w, { chart: CHART, 'oci-registry': `oci://${registry.host}/charts`, 'registry-username': registry.username, 'registry-password': registry.password });
    if (run.exitCode !== 0) throw new Error(`publish-helm exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
    expect(run.masks).toEqual(expect.arrayContaining([registry.password]));
    expect(leaks(run, ['test-token', registry.password])).toEqual([]);
  }, 300_000);
});
