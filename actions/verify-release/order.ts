/**
 * release.yaml preflight's `phase: order` (after the checkout of the tag): where the version
 * stands among the repository's releases — whether it is the newest stable release (`:latest`),
 * the previous stable one, and the image tag family it moves (actions/lib/semver/tag-family.ts):
 * the metadata-action lines for the image job and, for a rollback, each tag to move back.
 * Pure: the tags and the tag's commit in, the outputs and the summary rows out.
 */
import { rollbackMoves, tagFamily } from '../lib/semver/tag-family.js';

export interface OrderInput {
  version: string;
  mode: string;
  /** The tag's commit. */
  commit: string;
  /** Every tag of the repository. */
  tags: readonly string[];
}

export function placeRelease(i: OrderInput): { outputs: Record<string, string>; summary: string } {
  const family = tagFamily(i.tags, i.version);
  const back = i.mode === 'rollback' ? rollbackMoves(i.tags, i.version) : [];
  const rows = [
    `| newest stable release (moves \`:latest\`) | ${family.latest} (previous stable: ${family.previousStable || 'none'}) |`,
    `| image tags it moves | ${family.moves.map((m) => `\`${m.tag}\``).join(' ')} |`,
    ...(family.stays.length > 0 ? [`| image tags it leaves | ${family.stays.map((s) => `\`${s.tag}\` (${s.why})`).join(', ')} |`] : []),
    ...(i.mode === 'rollback' ? [`| rollback moves back | ${back.map((b) => (b.to ? `\`${b.tag}\` → \`${b.to}\`` : `\`${b.tag}\` (no other release of its line: left)`)).join(', ') || 'nothing'} |`] : []),
  ];
  return {
    outputs: {
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
