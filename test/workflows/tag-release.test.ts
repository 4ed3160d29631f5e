/**
 * tag-release.yaml, the optional tagging of a merged release pull request: its bump-version step
 * (the bundled action, `with:` as the workflow writes it) finds the release waiting for its tag,
 * and its shell step, run with bash as written, signs the tag with a real ssh-keygen key and
 * pushes it; verify-release's tag-signed check accepts it with that key in allowed-signers, and
 * refuses it without. The key file is gone after the step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../support/git.js';
import { runAction, type ActionRun } from '../support/harness.js';
import { buildRepo, fixtureHistory, type SampleRepo } from '../support/repos.js';
import { evaluate, type Contexts } from '../support/workflows/expressions.js';
import { loadWorkflow, workflowsDir, type Step } from '../support/workflows/model.js';
import { runStep } from '../support/workflows/scripts.js';
import { expectOutcome, makeSshKey, verify } from '../actions/verify-release/helpers.js';

const WVA = 'llm-d-incubation/workload-variant-autoscaler';
const workflow = loadWorkflow(join(workflowsDir, 'tag-release.yaml'));
const steps = workflow.jobs.find((j) => j.id === 'tag')!.steps;
const pending = steps.find((s) => s.id === 'pending')!;
const sign = steps.find((s) => s.name === 'Sign the tag with the release SSH key and push it')!;

let repo: SampleRepo;
let keys: string;
let key: ReturnType<typeof makeSshKey>;
let other: ReturnType<typeof makeSshKey>;
let releaseCommit: string;

/** WVA after v0.4.1, a fix, and the 0.4.2 release pull request merged (made by bump-version itself); no tag yet. */
beforeAll(async () => {
  repo = buildRepo({ history: fixtureHistory('wva').slice(0, 3), workspace: true, then: [{ message: 'fix(collector): keep the last sample (#220)', files: { 'internal/collector/samples.go': 'package collector\n' } }] });
  git(repo.dir, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
  git(repo.workspace!, ['pull', '-q', '--ff-only']);
  const bumped = await runAction({ action: 'bump-version', workspace: repo.workspace!, repository: WVA, inputs: { version: 'patch', 'open-pr': 'false' }, env: { SOURCE_DATE_EPOCH: '1770120000' } });
  expect(bumped.outputs['status']).toBe('created');
  // the merge: main fast-forwarded to the release branch, as a rebase merge leaves it
  git(repo.workspace!, ['push', '-q', 'origin', `${bumped.outputs['commit']}:refs/heads/main`]);
  git(repo.workspace!, ['fetch', '-q', 'origin']);
  git(repo.workspace!, ['reset', '-q', '--hard', 'origin/main']);
  releaseCommit = bumped.outputs['commit']!;
  keys = mkdtempSync(join(tmpdir(), 'tag-release-keys-'));
  key = makeSshKey(keys, 'release-bot');
  other = makeSshKey(keys, 'someone-else');
});
afterAll(async () => {
  rmSync(keys, { recursive: true, force: true });
  await repo?.cleanup();
});

/** The bump-version step with its `with:` as written; what the next step's `if:` and `env:` read. */
async function findPending(): Promise<ActionRun> {
  return runAction({ action: 'bump-version', workspace: repo.workspace!, repository: WVA, inputs: { ...pending.with, token: '' } });
}

function signStep(outputs: Record<string, string>, secrets: Record<string, string>, temp: string) {
  const contexts: Contexts = { steps: { pending: { outputs } }, secrets };
  return { runs: evaluate(String(sign.raw['if']), contexts) === true, result: runStep(sign as Step, contexts, { cwd: repo.workspace!, extraEnv: { RUNNER_TEMP: temp, GITHUB_SERVER_URL: 'http://127.0.0.1:9' } }) };
}

describe('tag-release.yaml', () => {
  it('reads only, then signs the tag of the merged release with the SSH key and pushes it; verify-release accepts it with the key allowed', async () => {
    expect(pending.uses).toBe('llm-d/release-actions/actions/bump-version@v1');
    expect(pending.with).toMatchObject({ 'pull-request': 'current', 'dry-run': 'true', 'open-pr': 'false' });
    const found = await findPending();
    expect(found.exitCode).toBe(0);
    expect(found.outputs).toMatchObject({ status: 'awaiting-tag', tag: 'v0.4.2', version: '0.4.2', commit: releaseCommit });

    const temp = mkdtempSync(join(tmpdir(), 'tag-release-temp-'));
    const { runs, result } = signStep(found.outputs, { RELEASE_TAG_SSH_KEY: readFileSync(key.key, 'utf8'), RELEASE_PR_TOKEN: 'tkn' }, temp);
    expect(runs).toBe(true);
    expect(result.stderr + result.stdout).not.toContain('tkn');
    expect(result.code).toBe(0);
    expect(readdirSync(temp)).toEqual([]); // the key file was removed
    rmSync(temp, { recursive: true, force: true });
    expect(git(repo.origin!, ['rev-parse', 'refs/tags/v0.4.2^{commit}'])).toBe(releaseCommit);
    expect(git(repo.origin!, ['cat-file', '-p', 'refs/tags/v0.4.2'])).toContain('-----BEGIN SSH SIGNATURE-----');

    const tagged = { ref: 'refs/tags/v0.4.2', sha: releaseCommit };
    const allowed = await verify(repo, { phase: 'preflight', checks: 'tag-signed', 'allowed-signers': `release@example.com ${key.publicKey}` }, tagged);
    expect(expectOutcome(allowed, true)['tag-signed']!.detail).toContain(key.fingerprint);
    const refused = await verify(repo, { phase: 'preflight', checks: 'tag-signed', 'allowed-signers': `release@example.com ${other.publicKey}` }, tagged);
    expect(expectOutcome(refused, false)['tag-signed']!.detail).toContain(`SSH key ${key.fingerprint}, which is not in allowed-signers`);

    // the next push to main: the tag is there, nothing is waiting, the step does not run
    const after = await findPending();
    expect(after.outputs['status']).not.toBe('awaiting-tag');
    expect(signStep(after.outputs, {}, keys).runs).toBe(false);
  });

  it('refuses, naming the secrets, when the key or the token is missing; and a tag or commit that is not one', () => {
    const outputs = { status: 'awaiting-tag', tag: 'v0.4.3', commit: releaseCommit };
    const missing = signStep(outputs, { RELEASE_PR_TOKEN: 'tkn' }, keys).result;
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('set the secrets RELEASE_TAG_SSH_KEY');
    const injected = signStep({ ...outputs, tag: 'v0.4.3$(touch pwned)' }, { RELEASE_TAG_SSH_KEY: 'k', RELEASE_PR_TOKEN: 'tkn' }, keys).result;
    expect(injected.code).toBe(1);
    expect(injected.stdout).toContain('gave no release tag and commit to sign');
    expect(git(repo.workspace!, ['tag', '--list', 'v0.4.3*'])).toBe('');
  });
});
