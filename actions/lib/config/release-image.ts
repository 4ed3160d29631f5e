/**
 * Which image a release publishes — one rule for release.yaml's preflight (verify-release
 * `phase: order`, once the configuration can be read) and the rehearsal: the caller's `image`
 * input when it gave one (`none`: no image), else the configuration's first `images:` entry
 * (`images: []`: none), else ghcr.io/OWNER/REPO. Pure.
 */

/** The `image` input of a repository that releases its chart alone (llm-d-infra): no image. */
export const NO_IMAGE = 'none';

export type ImageSource = 'input' | 'none-input' | 'config' | 'default';

export function chooseReleaseImage(input: string, config: { images: readonly string[]; imagesConfigured: boolean }, repository: string): { image: string; source: ImageSource } {
  if (input === NO_IMAGE) return { image: '', source: 'none-input' };
  if (input) return { image: input, source: 'input' };
  if (config.imagesConfigured) return { image: (config.images[0] ?? '').toLowerCase(), source: 'config' };
  return { image: `ghcr.io/${repository.toLowerCase()}`, source: 'default' };
}
