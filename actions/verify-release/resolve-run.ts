/**
 * `phase: resolve`: reads the inputs it needs, resolves the release (resolve.ts) and writes
 * the outputs and the release plan to the job summary; a refusal is one ActionError and no
 * output. Runs before the checkout: it reads no file and loads nothing heavy.
 */
import { ActionError } from '../lib/runner/errors.js';
import { bool, readInputs, secret, str, type Env } from '../lib/runner/inputs.js';
import { resolveRelease } from './resolve.js';

const spec = {
  mode: str({ default: 'release' }),
  version: str(),
  reason: str(),
  image: str(),
  platforms: str({ default: 'linux/amd64,linux/arm64' }),
  'native-arm64': bool(false),
  'require-signed-tag': bool(true),
  'allowed-signers': secret(),
} as const;

export async function main(env: Env = process.env): Promise<void> {
  const v = readInputs(spec, env);
  const outcome = resolveRelease({
    mode: v.mode,
    version: v.version,
    ref: env['GITHUB_REF'] ?? '',
    repository: env['GITHUB_REPOSITORY'] ?? '',
    image: v.image,
    platforms: v.platforms,
    nativeArm64: v['native-arm64'],
    requireSignedTag: v['require-signed-tag'],
    hasAllowedSigners: v['allowed-signers'] !== '',
    reason: v.reason,
  });
  if (!outcome.ok) throw new ActionError(outcome.refusal);
  const { setOutputs, appendSummary } = await import('../lib/runner/core.js');
  await setOutputs(outcome.outputs);
  await appendSummary(outcome.summary);
}
