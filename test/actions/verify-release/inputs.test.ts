/**
 * Inputs that cannot be read refuse the run with exactly one `::error::` naming the input,
 * no outputs and no summary; the in-process reader is checked for the values it derives.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readVerifyInputs } from '../../../actions/verify-release/inputs.js';
import { runAction } from '../../support/harness.js';
import { tempDir } from '../../support/tmp.js';

describe('verify-release inputs', () => {
  let ws: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    ws = await tempDir('vr-inputs-');
  });
  afterAll(async () => {
    await ws?.cleanup();
  });

  const refusal = async (inputs: Record<string, string>, ref = 'refs/tags/v0.5.0'): Promise<string> => {
    const run = await runAction({ action: 'verify-release', workspace: ws.path, inputs, ref });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
    expect(run.stderr).toBe('');
    return run.errors[0]!.message;
  };

  it.each([
    [{ phase: 'postflight', checks: 'image, helm-repo' }, /^input 'checks': line 1: expected one check name a line \(letters, digits and -\), got "image, helm-repo"$/],
    [{ phase: 'during' }, /^input 'phase': expected one of preflight, postflight, got "during"$/],
    [{ phase: 'postflight', timeout: 'ten minutes' }, /^input 'timeout': expected a duration like 90s, 10m or 1h30m/],
    [{ phase: 'postflight', kind: 'yes' }, /^input 'kind': expected true or false, got "yes"$/],
    [{ phase: 'postflight', platforms: 'linux-amd64' }, /^input 'platforms': line 1: expected a platform like linux\/amd64/],
    [{ phase: 'postflight', images: 'ghcr.io/acme/op:v1' }, /^input 'images': line 1: expected an image without tag/],
    [{ phase: 'postflight', 'oci-registry': 'ghcr.io/acme/charts' }, /^input 'oci-registry': expected a location like oci:\/\/ghcr\.io\/org\/charts/],
    [{ phase: 'postflight', 'registry-username': 'bot' }, /^input 'registry-password': registry-username and registry-password go together/],
    [{ phase: 'preflight', config: '../elsewhere.yaml' }, /^input 'config': expected a path inside the repository/],
  ])('refuses %j', async (inputs, message) => {
    expect(await refusal(inputs)).toMatch(message);
  });

  it('needs a version when the run was not started by a tag', async () => {
    expect(await refusal({ phase: 'preflight' }, 'refs/heads/main')).toBe(
      "input 'version': required when the run was not started by a tag (GITHUB_REF=refs/heads/main): expected a version like 0.5.0",
    );
  });

  it('reads the version from the tag, or the input; lists and durations as typed values', () => {
    const base = { GITHUB_REF: 'refs/tags/v0.5.0', INPUT_PHASE: 'postflight' };
    expect(readVerifyInputs(base)).toMatchObject({ phase: 'postflight', version: { raw: 'v0.5.0', from: 'tag', refTag: 'v0.5.0' }, timeoutMs: 600_000, kind: false, checks: [] });
    const given = readVerifyInputs({
      ...base,
      INPUT_VERSION: '0.5.1',
      INPUT_TIMEOUT: '1m30s',
      INPUT_CHECKS: 'Image\n# a comment\nhelm-repo\nimage\n',
      'INPUT_HELM-REPO-URL': 'https://acme.github.io/op/',
    });
    expect(given).toMatchObject({ version: { raw: '0.5.1', from: 'input', refTag: 'v0.5.0' }, timeoutMs: 90_000, checks: ['image', 'helm-repo'], helmRepoUrl: 'https://acme.github.io/op' });
  });
});
