/**
 * `phase: order`'s look at the registry: the family is decided from git's tags, but the registry
 * can hold a newer release git has lost (a release whose git tag was deleted, an image pushed by
 * hand). The image repository's tags are listed and a family that would move `latest`, `vX` or
 * `vX.Y` back from such a release is refused, before anything is published. Nothing is listed
 * for a release without an image, a prerelease (it moves no family tag) or a rollback (it moves
 * tags back on purpose).
 */
import type { Credentials } from '../lib/oci/auth.js';
import { ActionError, RemoteError } from '../lib/runner/errors.js';
import { backwardsRefusal, familyMovesBack } from '../lib/semver/registry-family.js';
import { stripV } from '../lib/semver/version.js';

export interface RegistryLook {
  /** The release's image without tag; '' for a release of the chart alone. */
  image: string;
  version: string;
  mode: string;
  /** The tags the release would move, its own version tag first. */
  family: readonly string[];
  gitTags: readonly string[];
  credentials?: Credentials;
  /** `check-registry: false`: the registry is not read. */
  skip: boolean;
}

/** Why the registry is not read for this release, or undefined when it is. */
function notListed(i: RegistryLook): string | undefined {
  if (!i.image) return 'no image';
  if (i.skip) return 'check-registry: false';
  if (i.mode === 'rollback') return 'a rollback moves tags back on purpose';
  if (stripV(i.version).includes('-')) return 'a prerelease moves no tag of its family';
  return undefined;
}

/** The image repository's tags; a refusal says what the preflight job's credentials need. */
async function registryTags(image: string, credentials: Credentials | undefined): Promise<string[]> {
  const [{ OciClient }, { parseReference }] = await Promise.all([import('../lib/oci/client.js'), import('../lib/oci/reference.js')]);
  const { registry, repository } = parseReference(image);
  const client = new OciClient({ registry, ...(credentials ? { credentials } : {}), userAgent: 'release-actions-verify-release' });
  try {
    return await client.listTags(repository);
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    const fix =
      error.status === 401 || error.status === 403
        ? `give the preflight job's token packages: read (ghcr.io), or registry-username and registry-password that can pull ${image}`
        : 'run the release again when the registry answers';
    throw new ActionError(`cannot list the tags of ${image}, needed to check that the release moves no image tag back from a newer release: ${error.message}. Fix: ${fix}`, { cause: error });
  }
}

/** The summary row of the look; throws the refusal when a family tag would move back. */
export async function checkRegistryFamily(i: RegistryLook): Promise<string> {
  const skipped = notListed(i);
  if (skipped) return `| newer releases in the registry | not looked for: ${skipped} |`;
  const tags = await registryTags(i.image, i.credentials);
  const back = familyMovesBack({ version: i.version, mode: i.mode, family: i.family, gitTags: i.gitTags, registryTags: tags });
  if (back.length > 0) throw new ActionError(backwardsRefusal(i.image, i.version, back));
  return `| newer releases in the registry | none that holds a tag it moves (${tags.length} tag${tags.length === 1 ? '' : 's'} of ${i.image} read) |`;
}
