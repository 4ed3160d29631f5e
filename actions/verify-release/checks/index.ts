/** Each check's module, loaded only when the check runs (so a preflight never loads the OCI client or tar). */
import type { CheckName } from '../names.js';
import type { CheckModule } from '../types.js';

export const CHECKS: Record<CheckName, () => Promise<CheckModule>> = {
  'tag-signed': () => import('./tag-signed.js'),
  'versions-consistent': () => import('./versions-consistent.js'),
  'changelog-entry': () => import('./changelog-entry.js'),
  'crds-in-sync': () => import('./crds-in-sync.js'),
  'tag-on-branch': () => import('./tag-on-branch.js'),
  'pages-served': () => import('./pages-served.js'),
  image: () => import('./image.js'),
  'helm-repo': () => import('./helm-repo.js'),
  'oci-chart': () => import('./oci-chart.js'),
  'github-release': () => import('./github-release.js'),
  'image-signature': () => import('./image-signature.js'),
  'chart-signature': () => import('./chart-signature.js'),
  sbom: () => import('./sbom.js'),
  checksums: () => import('./checksums.js'),
  'chart-provenance': () => import('./chart-provenance.js'),
  cluster: () => import('./cluster.js'),
};
