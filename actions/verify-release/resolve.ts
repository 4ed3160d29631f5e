/**
 * release.yaml's first preflight step (`phase: resolve`): the version and tag of the run, the
 * image and its registry, one build leg per platform, and the preflight checks to run. Pure:
 * the raw inputs in, the job's outputs and the release-plan summary out, or the one refusal.
 * Versions are read by the suite's one SemVer module (`actions/lib/semver`).
 */
import { NO_IMAGE } from '../lib/config/release-image.js';
import { stripV, versionProblem } from '../lib/semver/version.js';

export const MODES = ['release', 'hotfix', 'rollback'] as const;
const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** The preflight checks without tag-signed, for a repository that does not sign its tags. */
const UNSIGNED_CHECKS = ['versions-consistent', 'changelog-entry', 'crds-in-sync', 'tag-on-branch', 'pages-served'];

export interface ResolveInput {
  mode: string;
  /** The `version` input as written ('' when not given). */
  version: string;
  /** GITHUB_REF. */
  ref: string;
  /** owner/name. */
  repository: string;
  image: string;
  /** Comma-, space- or line-separated. */
  platforms: string;
  nativeArm64: boolean;
  requireSignedTag: boolean;
  hasAllowedSigners: boolean;
  reason: string;
}

export type ResolveOutcome = { ok: true; outputs: Record<string, string>; summary: string } | { ok: false; refusal: string };

/** What a refusal may show of a value: no newlines, no workflow commands, 80 characters. */
export const show = (v: string): string => v.replace(/[^A-Za-z0-9._+/:@-]/g, '?').slice(0, 80);
const refuse = (refusal: string): ResolveOutcome => ({ ok: false, refusal });

export function resolveRelease(i: ResolveInput): ResolveOutcome {
  if (!(MODES as readonly string[]).includes(i.mode)) return refuse(`mode must be release, hotfix or rollback, got '${show(i.mode)}'`);
  const refTag = i.ref.startsWith('refs/tags/') ? i.ref.slice('refs/tags/'.length) : '';
  const wanted = i.version || refTag;
  if (!wanted) return refuse('no version: give the version input, or start the run from a tag vX.Y.Z');
  if (versionProblem(wanted)) return refuse(`version '${show(wanted)}' is not a SemVer 2 version such as 0.5.0 or v0.5.0-rc.1 (build metadata is not accepted)`);
  const version = stripV(wanted);
  const tag = `v${version}`;
  if (refTag && i.version && refTag !== tag) return refuse(`the run was started by tag ${show(refTag)} but the version input says ${tag}`);
  if (i.mode === 'rollback') {
    if (!i.reason) return refuse('a rollback needs a reason (the known issue, for the release notes and the announcement)');
  } else if (i.requireSignedTag && !i.hasAllowedSigners) {
    return refuse("require-signed-tag is on but the allowed-signers secret is empty: pass the release signers' public keys, or set require-signed-tag: false");
  }
  const chartOnly = i.image === NO_IMAGE;
  const image = chartOnly ? '' : i.image || `ghcr.io/${i.repository.toLowerCase()}`;
  if (!chartOnly && !IMAGE.test(image)) return refuse(`image '${show(image)}' is not an image name without tag, like ghcr.io/org/name, or \`none\` for a release of the chart alone`);
  const legs = chartOnly ? [] : buildLegs(i.platforms, i.nativeArm64);
  if (typeof legs === 'string') return refuse(legs);
  const platforms = legs.map((l) => l.platform);
  const prerelease = version.includes('-');
  const imageRows = chartOnly ? ['| image | none: the chart alone is released (image: none) |'] : [`| image | ${image} |`, `| platforms | ${platforms.join(' ')} |`];
  const summary = ['### Release plan', '', '| | |', '| --- | --- |', `| mode | ${i.mode} |`, `| version | ${version} (tag ${tag}, prerelease: ${prerelease}) |`, ...imageRows, ''].join('\n');
  return {
    ok: true,
    outputs: {
      version,
      tag,
      prerelease: String(prerelease),
      image,
      registry: chartOnly ? '' : registryOf(image),
      matrix: JSON.stringify({ include: legs }),
      'platform-list': platforms.join('\n'),
      checks: i.requireSignedTag ? '' : UNSIGNED_CHECKS.join('\n'),
    },
    summary,
  };
}

/** The registry host of an image name: Docker Hub when the first part is no host. */
export function registryOf(image: string): string {
  const first = image.split('/')[0] ?? '';
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io';
}

interface Leg {
  platform: string;
  runner: string;
  qemu: string;
  slug: string;
}

/** One build leg per platform: arm64 on an arm64 runner when asked, else under QEMU on amd64. */
function buildLegs(text: string, nativeArm64: boolean): Leg[] | string {
  const platforms = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
  if (platforms.length === 0) return 'platforms is empty';
  const legs: Leg[] = [];
  for (const p of platforms) {
    if (!PLATFORM.test(p)) return `platform '${show(p)}' is not like linux/amd64 or linux/arm64/v8`;
    const arch = p.split('/')[1] ?? '';
    const native = nativeArm64 && arch === 'arm64';
    legs.push({ platform: p, runner: native ? 'ubuntu-24.04-arm' : 'ubuntu-24.04', qemu: String(arch !== 'amd64' && !native), slug: p.replaceAll('/', '-') });
  }
  return legs;
}
