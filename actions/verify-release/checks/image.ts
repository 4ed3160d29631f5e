/**
 * image: for each configured image, `:vX.Y.Z` exists through the OCI distribution
 * API (anonymous, or the token flow ghcr.io uses, with the registry credentials
 * when given); an index's platforms include the configured ones; and for the newest
 * stable release `:latest` exists and points at the same digest.
 *
 * Polled: a tag that is not there yet, or a `latest` that still points at the
 * previous release, is waited for. What waiting cannot fix fails at once: missing
 * platforms, a single-platform image where several are expected, refused credentials.
 */
import type { OciClient } from '../../lib/oci/client.js';
import type { CheckContext, CheckResult } from '../types.js';
import { poll, type Attempt } from '../poll.js';
import { releaseImages, remoteVerdict, registryClients } from '../registry.js';

interface ImageOutcome {
  image: string;
  ok: boolean;
  detail: string;
}

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const images = releaseImages(ctx);
  const platforms = ctx.inputs.platforms.length > 0 ? ctx.inputs.platforms : ctx.config.platforms;
  if (images.length === 0) return { status: 'skipped', detail: ctx.inputs.images[0] === 'none' ? 'images: none, the release publishes the chart alone' : 'no images configured' };
  const [{ parseReference }, { imagePlatforms, formatPlatform }, { tagFamily }] = await Promise.all([
    import('../../lib/oci/reference.js'),
    import('../../lib/oci/image-index.js'),
    import('../../lib/semver/tag-family.js'),
  ]);
  const tag = `v${ctx.version}`;
  // the tags this release moved (vX.Y, vX, latest) must name the same index as vX.Y.Z
  const family = tagFamily(await ctx.releaseTags(), ctx.version);
  const moved = family.moves.slice(1).map((m) => m.tag);
  const clients = registryClients(ctx);

  const one = async (image: string): Promise<ImageOutcome> => {
    let ref;
    try {
      ref = parseReference(image);
    } catch (err) {
      return { image, ok: false, detail: (err as Error).message };
    }
    if (ref.tag || ref.digest) return { image, ok: false, detail: `${image}: give the image without tag or digest` };
    const client: OciClient = await clients.get(ref.registry);
    const name = `${ref.registry}/${ref.repository}`;

    const attempt = async (): Promise<Attempt<ImageOutcome>> =>
      remoteVerdict(
        async () => {
          const manifest = await client.getManifest(ref.repository, tag);
          if (!manifest) return { done: false, missing: `${name}:${tag} not found` };
          let present: string[];
          const json = manifest.json as { manifests?: unknown; config?: { digest?: string } };
          if (Array.isArray(json.manifests)) {
            present = imagePlatforms(manifest.json).map(formatPlatform);
          } else {
            const single = await singlePlatform(client, ref.repository, json.config?.digest);
            const wanted = platforms.map(normalisePlatform);
            const ok = wanted.length === 1 && matches(wanted[0] as string, single);
            if (!ok) {
              return done(image, false, `${name}:${tag} is a single-platform image (${single || 'platform unknown'}), expected an image index with ${platforms.join(', ')}`);
            }
            present = [single];
          }
          const missing = platforms.filter((p) => !present.some((q) => matches(normalisePlatform(p), q)));
          if (missing.length > 0) return done(image, false, `${name}:${tag} lacks ${missing.join(', ')} (it has ${present.join(', ') || 'no platform'})`);
          for (const t of moved) {
            const at = await client.resolve(ref.repository, t);
            if (!at) return { done: false, missing: `${name}:${t} not found` };
            if (at !== manifest.digest) return { done: false, missing: `${name}:${t} is ${short(at)}, ${tag} is ${short(manifest.digest)}` };
          }
          const sameNote = moved.length > 0 ? `; ${moved.join(', ')} = same digest` : '';
          const leftNote = family.latest ? '' : '; latest not checked (not the newest stable release)';
          return done(image, true, `${name}:${tag} ${short(manifest.digest)} (${present.join(', ')})${sameNote}${leftNote}`);
        },
        (message) => done(image, false, message),
      );

    const outcome = await poll(attempt, { ...ctx.poll, onWait: (missing, wait) => ctx.log.info(`image: ${missing}; looking again in ${Math.round(wait)} ms`) });
    return outcome.value ?? { image, ok: false, detail: `still missing after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
  };

  const outcomes = await Promise.all(images.map(one));
  const bad = outcomes.filter((o) => !o.ok);
  if (bad.length > 0) return { status: 'failed', detail: [...bad, ...outcomes.filter((o) => o.ok)].map((o) => o.detail).join('; ') };
  return { status: 'passed', detail: outcomes.map((o) => o.detail).join('; ') };
}

function done(image: string, ok: boolean, detail: string): Attempt<ImageOutcome> {
  return { done: true, value: { image, ok, detail } };
}

function short(digest: string): string {
  return `${digest.slice(0, 19)}…`;
}

/** `linux/arm64` matches `linux/arm64/v8`; a variant in the configuration must match exactly. */
function matches(wanted: string, present: string): boolean {
  return present === wanted || (wanted.split('/').length === 2 && present.startsWith(`${wanted}/`));
}

function normalisePlatform(p: string): string {
  return p.trim().toLowerCase();
}

/** `os/arch[/variant]` from a single-platform image's config blob, or '' when it cannot be read. */
async function singlePlatform(client: OciClient, repository: string, configDigest: string | undefined): Promise<string> {
  if (!configDigest) return '';
  try {
    const config = JSON.parse(Buffer.from(await client.getBlob(repository, configDigest)).toString('utf8')) as { os?: string; architecture?: string; variant?: string };
    return [config.os, config.architecture, config.variant].filter(Boolean).join('/');
  } catch {
    return '';
  }
}
