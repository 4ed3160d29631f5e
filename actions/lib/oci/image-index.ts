import { ActionError } from '../runner/errors.js';
import { type Digest, validateDigest } from './digest.js';
import { INDEX_TYPES } from './media-types.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  osVersion?: string;
}

export interface PlatformManifest extends Platform {
  digest: Digest;
  mediaType: string;
  size: number;
}

interface IndexEntry {
  mediaType?: unknown;
  digest?: unknown;
  size?: unknown;
  platform?: { os?: unknown; architecture?: unknown; variant?: unknown; 'os.version'?: unknown };
  annotations?: Record<string, unknown>;
}

/**
 * The platforms of an image index (OCI) or manifest list (Docker), from its parsed JSON.
 * Entries without a platform and BuildKit attestation manifests (`unknown/unknown`) are left out.
 */
export function imagePlatforms(index: unknown): PlatformManifest[] {
  if (!index || typeof index !== 'object') throw new ActionError('image index: expected a JSON object');
  const { mediaType, manifests, config } = index as { mediaType?: unknown; manifests?: unknown; config?: unknown };
  if (!Array.isArray(manifests)) {
    const kind = config !== undefined ? 'a single-platform image manifest' : 'not an image index';
    throw new ActionError(`image index: this is ${kind}${typeof mediaType === 'string' ? ` (${mediaType})` : ''}, it lists no platforms`);
  }
  if (typeof mediaType === 'string' && !INDEX_TYPES.includes(mediaType)) {
    throw new ActionError(`image index: media type '${mediaType}' is not an image index or manifest list`);
  }
  const platforms: PlatformManifest[] = [];
  manifests.forEach((raw: IndexEntry, i) => {
    const platform = raw?.platform;
    if (!platform || typeof platform.os !== 'string' || typeof platform.architecture !== 'string') return;
    if (platform.os === 'unknown' && platform.architecture === 'unknown') return;
    if (raw.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') return;
    if (typeof raw.digest !== 'string') throw new ActionError(`image index: manifests[${i}] has no digest`);
    const entry: PlatformManifest = {
      os: platform.os,
      architecture: platform.architecture,
      digest: validateDigest(raw.digest, `image index manifests[${i}].digest`),
      mediaType: typeof raw.mediaType === 'string' ? raw.mediaType : '',
      size: typeof raw.size === 'number' ? raw.size : 0,
    };
    if (typeof platform.variant === 'string' && platform.variant) entry.variant = platform.variant;
    if (typeof platform['os.version'] === 'string' && platform['os.version']) entry.osVersion = platform['os.version'];
    platforms.push(entry);
  });
  return platforms;
}

/** `linux/amd64`, `linux/arm64/v8`. */
export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
