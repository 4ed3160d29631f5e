/**
 * Refusals: every bad input is refused before anything is loaded or sent, with one error
 * naming the input; secrets in inputs (the Slack URL, a webhook URL with credentials, the
 * SMTP password) are masked before any line could print them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../support/harness.js';
import { tempDir } from '../../support/tmp.js';

let ws: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  ws = await tempDir('announce-inputs-');
});
afterAll(() => ws.cleanup());

/** Nothing listens there: a run that got past validation would fail differently. */
const NOWHERE = 'http://127.0.0.1:9';

function run(inputs: Record<string, string>, opts: { ref?: string } = {}): Promise<ActionRun> {
  return runAction({ action: 'announce', workspace: ws.path, repository: 'llm-d-incubation/workload-variant-autoscaler', ref: opts.ref ?? 'refs/tags/v0.5.0', inputs, apiUrl: NOWHERE, serverUrl: NOWHERE, graphqlUrl: `${NOWHERE}/graphql` });
}

function expectRefused(r: ActionRun, input: string, message: string): void {
  if (r.exitCode !== 1) throw new Error(`expected a refusal, exit ${r.exitCode}:\n${r.stdout}\n${r.stderr}`);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]!.message).toBe(`input '${input}': ${message}`);
  expect(r.outputs).toEqual({});
  expect(r.summary).toBe('');
  expect(r.stderr).toBe('');
}

/** Lines other than the masking commands never contain `secret`. */
function expectNotPrinted(r: ActionRun, secret: string): void {
  expect(r.masks).toContain(secret);
  expect(r.stdout.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'))).toEqual([]);
}

describe('announce inputs', () => {
  it.each([
    [{ 'webhook-urls': 'http://hooks.example.org/release' }, 'webhook-urls', 'line 1: expected an https:// URL (plain http:// only to a loopback address), got http://hooks.example.org/…'],
    [{ 'webhook-urls': 'https://a.example.org/x\nftp://b.example.org/y' }, 'webhook-urls', 'line 2: expected an https:// URL, got a ftp: URL'],
    [{ 'webhook-urls': 'https://a.example.org/x\nhttps://a.example.org/x' }, 'webhook-urls', 'lists the same URL twice'],
    [{ 'slack-webhook-url': 'http://hooks.slack.com/services/T/B/x' }, 'slack-webhook-url', 'expected an https:// URL (plain http:// only to a loopback address), got http://hooks.slack.com/…'],
    [{ mode: 'rollback' }, 'reason', 'required for a rollback: the known issue, for the release notes and the announcement'],
    [{ mode: 'rollback', reason: 'x', assets: 'dist/*.tgz' }, 'assets', "only release mode publishes a release; mode rollback leaves the release's assets as it is"],
    [{ mode: 'channels-only', 'make-latest': 'true' }, 'make-latest', "only release mode publishes a release; mode channels-only leaves the release's make-latest as it is"],
    [{ reason: 'why' }, 'reason', 'only a rollback has a reason (mode is release)'],
    [{ force: 'true' }, 'force', 'only a rollback can be forced (mode is release)'],
    [{ notes: 'n', 'notes-file': 'NOTES.md' }, 'notes-file', 'set either notes or notes-file, not both'],
    [{ 'notes-file': '../NOTES.md' }, 'notes-file', 'expected a path inside the repository, got "../NOTES.md"'],
    [{ version: '0.5.0-rc.1', 'make-latest': 'true' }, 'make-latest', 'a prerelease cannot be the latest release (version 0.5.0-rc.1 has a prerelease part)'],
    [{ prerelease: 'true', 'make-latest': 'true' }, 'make-latest', 'a prerelease cannot be the latest release (prerelease: true)'],
    [{ prerelease: 'maybe' }, 'prerelease', 'expected true or false, got "maybe"'],
    [{ mode: 'publish' }, 'mode', 'expected one of release, rollback, channels-only, got "publish"'],
    [{ 'mail-to': 'list@example.org' }, 'smtp-url', 'required to send to mail-to'],
    [{ 'mail-to': 'not an address' }, 'mail-to', 'line 1: expected an e-mail address, got "not an address"'],
    [{ 'dispatch-repos': 'llm-d/llm-d-infra:docs/**' }, 'dispatch-repos', 'line 1: expected owner/repo, got "llm-d/llm-d-infra:docs/**"'],
    [{ 'update-repos': 'llm-d/llm-d-infra:../**' }, 'update-repos', 'line 1: expected a glob inside the repository, got "llm-d/llm-d-infra:../**"'],
    [{ 'update-repos': 'llm-d' }, 'update-repos', 'line 1: expected owner/repo or owner/repo:path-glob, got "llm-d"'],
    [{ 'update-repos': 'llm-d/infra:docs/**\nLLM-D/infra:charts/**' }, 'update-repos', 'lists llm-d/infra twice (one line a repository; braces in the glob match several kinds of files)'],
    [{ token: '' }, 'token', 'required: a token that can write releases (contents: write), e.g. ${{ github.token }}'],
    [{ channels: 'some' }, 'channels', 'expected one of all, none, got "some"'],
    [{ channels: 'none', mode: 'channels-only' }, 'channels', 'none contradicts mode channels-only: set channels: all, or mode release or rollback'],
    [{ channels: 'none', 'discussion-category': 'Announcements' }, 'discussion-category', 'is set but channels is none (no announcement from this step): leave discussion-category empty here, or set channels: all'],
    [{ channels: 'none', mode: 'rollback', reason: 'x', 'dispatch-repos': 'llm-d/llm-d-infra' }, 'dispatch-repos', 'is set but channels is none (no announcement from this step): leave dispatch-repos empty here, or set channels: all'],
    [{ version: 'v0.5' }, 'version', 'expected a SemVer 2 version X.Y.Z (optionally v-prefixed, with a -prerelease), got "v0.5"'],
  ])('refuses %j', async (inputs, input, message) => {
    expectRefused(await run(inputs), input, message);
  });

  it('needs the version when the run was not started by a tag (a rollback from workflow_dispatch)', async () => {
    const r = await run({ mode: 'rollback', reason: 'broken' }, { ref: 'refs/heads/main' });
    expectRefused(r, 'version', 'required: expected a version like 0.5.0 (the run was not started by a tag: GITHUB_REF=refs/heads/main)');
  });

  it('masks a webhook URL with credentials and the Slack URL as soon as they are read, and refuses the credentials', async () => {
    const hook = 'https://bot:s3cr3t-pass@hooks.example.org/release?token=abcdef123';
    const slackUrl = 'https://hooks.slack.com/services/T0001/B0002/slackSecretXyz';
    const r = await run({ 'slack-webhook-url': slackUrl, 'webhook-urls': `${hook}\nhttp://plain.example.org/x`, 'smtp-url': 'smtp://announce:mail-pass-42@smtp.example.org:587' });
    expectRefused(r, 'webhook-urls', 'line 1: expected a URL without user:password@ (use the secret path of the webhook, or webhook-secret)');
    for (const secret of [slackUrl, hook, 's3cr3t-pass', 'abcdef123']) expectNotPrinted(r, secret);
    // read before the refusing input: masked too
    expect(r.masks).not.toContain('mail-pass-42');
  });

  it('masks the SMTP URL and its password, and refuses a scheme other than smtp or smtps', async () => {
    const r = await run({ 'smtp-url': 'https://announce:mail-pass-42@smtp.example.org' });
    expectRefused(r, 'smtp-url', 'expected an smtp:// (STARTTLS) or smtps:// URL, got a https: URL');
    expectNotPrinted(r, 'mail-pass-42');
  });

  it('a webhook URL without credentials is not a secret, and plain http to loopback is accepted', async () => {
    const r = await run({ 'webhook-urls': 'http://127.0.0.1:8080/hook\nhttps://hooks.example.org/public', mode: 'channels-only', prerelease: 'x' });
    // past both URLs, refused at the next input read
    expectRefused(r, 'prerelease', 'expected true or false, got "x"');
    expect(r.masks).not.toContain('https://hooks.example.org/public');
  });
});
