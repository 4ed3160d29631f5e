/**
 * `phase: order`: reads the tags of the checked-out repository (actions/checkout with
 * fetch-depth 0 brings them all) and the tag's commit, and the image repository's tags in the
 * registry, then writes order.ts's outputs and rows. Refused, before any output: a tag that does
 * not exist, and a family that would move back from a newer release the registry holds.
 */
import { Git } from '../lib/git/git.js';
import { ActionError, InputError } from '../lib/runner/errors.js';
import { bool, readInputs, secret, str, type Env } from '../lib/runner/inputs.js';
import { stripV, versionProblem } from '../lib/semver/version.js';
import { placeRelease, releaseImage } from './order.js';
import { checkRegistryFamily } from './order-registry.js';

const spec = {
  mode: str({ default: 'release' }),
  version: str(),
  image: str(),
  'check-registry': bool(true),
  'registry-username': str(),
  'registry-password': secret(),
} as const;

export async function main(env: Env = process.env): Promise<void> {
  const v = readInputs(spec, env);
  if ((v['registry-username'] === '') !== (v['registry-password'] === '')) {
    throw new InputError(v['registry-username'] === '' ? 'registry-username' : 'registry-password', 'registry-username and registry-password go together: give both, or neither for anonymous pulls');
  }
  if (!v.version || versionProblem(v.version)) throw new ActionError(`phase order needs the resolved version (the resolve step's output), got '${v.version.replace(/[^A-Za-z0-9.+-]/g, '?').slice(0, 40)}'`);
  const tag = `v${stripV(v.version)}`;
  const git = new Git(env['GITHUB_WORKSPACE'] ?? process.cwd());
  const commit = await git.git(['rev-parse', '--verify', '-q', '--end-of-options', `refs/tags/${tag}^{commit}`], { allowFailure: true });
  if (commit.exitCode !== 0) throw new ActionError(`tag ${tag} does not exist in the checkout: check out the repository with its tags (actions/checkout fetch-depth: 0)`);
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const { loadConfig } = await import('../lib/config/config.js');
  const config = await loadConfig({ workspace: git.cwd, repository });
  const image = releaseImage(v.image, config, repository);
  const tags = await git.tags();
  const placed = placeRelease({ version: v.version, mode: v.mode, commit: commit.stdout.trim(), tags, image });
  const credentials = v['registry-username'] ? { username: v['registry-username'], password: v['registry-password'] } : undefined;
  const family = placed.outputs['family']!.split(' ');
  const looked = await checkRegistryFamily({ image: image.image, version: v.version, mode: v.mode, family, gitTags: tags, skip: !v['check-registry'], ...(credentials ? { credentials } : {}) });
  const { setOutputs, appendSummary } = await import('../lib/runner/core.js');
  await setOutputs(placed.outputs);
  await appendSummary(`${placed.summary}${looked}\n`);
}
