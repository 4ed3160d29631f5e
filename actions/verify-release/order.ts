/**
 * release.yaml preflight's `phase: order` (after the checkout of the tag): where the version
 * stands among the repository's releases — whether it is the newest stable release (`:latest`),
 * the previous stable one, and the image tag family it moves (actions/lib/semver/tag-family.ts):
 * the metadata-action lines for the image job and, for a rollback, each tag to move back.
 * Pure: the tags and the tag's commit in, the outputs and the summary rows out.
 */
import { rollbackMoves, tagFamily } from '../lib/semver/tag-family.js';
import { chooseReleaseImage } from '../lib/config/release-image.js';
import { registryOf } from './resolve.js';

const FROM = { 'none-input': 'image: none', input: 'the image input', config: "the configuration's images", default: 'the default, ghcr.io/OWNER/REPO' } as const;

/** The release's image (actions/lib/config/release-image.ts), with where it was read for the summary. */
export function releaseImage(input: string, config: { images: readonly string[]; imagesConfigured: boolean }, repository: string): { image: string; from: string } {
  const { image, source } = chooseReleaseImage(input, config, repository);
  return { image, from: source === 'config' && !image ? "the configuration's images: []" : FROM[source] };
}

export interface OrderInput {
  version: string;
  mode: string;
  /** The tag's commit. */
  commit: string;
  /** Every tag of the repository. */
  tags: readonly string[];
  /** The release's image (releaseImage). */
  image: { image: string; from: string };
}

export function placeRelease(i: OrderInput): { outputs: Record<string, string>; summary: string } {
  const family = tagFamily(i.tags, i.version);
  const back = i.mode === 'rollback' ? rollbackMoves(i.tags, i.version) : [];
  const rows = [
    `| image | ${i.image.image || 'none: the chart alone'} (${i.image.from}) |`,
    `| newest stable release (moves \`:latest\`) | ${family.latest} (previous stable: ${family.previousStable || 'none'}) |`,
    `| image tags it moves | ${family.moves.map((m) => `\`${m.tag}\``).join(' ')} |`,
    ...(family.stays.length > 0 ? [`| image tags it leaves | ${family.stays.map((s) => `\`${s.tag}\` (${s.why})`).join(', ')} |`] : []),
    ...(i.mode === 'rollback' ? [`| rollback moves back | ${back.map((b) => (b.to ? `\`${b.tag}\` → \`${b.to}\`` : `\`${b.tag}\` (no other release of its line: left)`)).join(', ') || 'nothing'} |`] : []),
  ];
  return {
    outputs: {
      image: i.image.image,
      registry: i.image.image ? registryOf(i.image.image) : '',
      commit: i.commit,
      latest: String(family.latest),
      'previous-stable': family.previousStable,
      'image-tags': family.moves.map((m) => `type=raw,value=${m.tag}`).join('\n'),
      family: family.moves.map((m) => m.tag).join(' '),
      'rollback-tags': back.flatMap((b) => (b.to ? [`${b.tag} ${b.to}`] : [])).join('\n'),
    },
    summary: `${rows.join('\n')}\n`,
  };
}
