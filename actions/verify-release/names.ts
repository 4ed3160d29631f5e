/**
 * The checks verify-release knows, by phase. Pure data, so that inputs.ts can
 * validate and run.ts can select without loading any check.
 */
export const PHASES = ['preflight', 'postflight'] as const;
export type Phase = (typeof PHASES)[number];

export const PREFLIGHT_CHECKS = ['tag-signed', 'versions-consistent', 'changelog-entry', 'crds-in-sync', 'tag-on-branch', 'pages-served'] as const;
export const POSTFLIGHT_CHECKS = ['image', 'helm-repo', 'oci-chart', 'github-release', 'image-signature', 'chart-signature', 'sbom', 'checksums', 'chart-provenance', 'cluster'] as const;
/** Postflight checks of what was signed and by whom: in the default selection only with `signatures: true`. */
export const SIGNATURE_CHECKS: ReadonlySet<string> = new Set(['image-signature', 'chart-signature', 'sbom', 'checksums', 'chart-provenance']);
export type CheckName = (typeof PREFLIGHT_CHECKS)[number] | (typeof POSTFLIGHT_CHECKS)[number];
export const ALL_CHECKS: readonly CheckName[] = [...PREFLIGHT_CHECKS, ...POSTFLIGHT_CHECKS];

/** Postflight checks that poll until the timeout (the artifacts appear with a delay). */
export const POLLED: ReadonlySet<CheckName> = new Set(['image', 'helm-repo', 'oci-chart', 'github-release']);

export function isCheckName(name: string): name is CheckName {
  return (ALL_CHECKS as readonly string[]).includes(name);
}

export function phaseOf(name: CheckName): Phase {
  return (PREFLIGHT_CHECKS as readonly string[]).includes(name) ? 'preflight' : 'postflight';
}

export interface Selection {
  /** Known checks to run, in the documented order. */
  checks: CheckName[];
  /** Names that are no check (reported as failed checks). */
  unknown: string[];
}

/**
 * The checks to run: the `checks` input when given (any phase's), else every check of the
 * phase (the signature checks only with `signatures`: a release made without attestations has none).
 */
export function selectChecks(phase: Phase, requested: readonly string[], signatures = false): Selection {
  if (requested.length === 0) {
    if (phase === 'preflight') return { checks: [...PREFLIGHT_CHECKS], unknown: [] };
    return { checks: POSTFLIGHT_CHECKS.filter((c) => signatures || !SIGNATURE_CHECKS.has(c)), unknown: [] };
  }
  const wanted = new Set(requested.map((r) => r.toLowerCase()));
  return {
    checks: ALL_CHECKS.filter((c) => wanted.has(c)),
    unknown: [...wanted].filter((w) => !isCheckName(w)),
  };
}
