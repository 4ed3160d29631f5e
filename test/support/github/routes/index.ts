/** Every REST operation the emulator implements, by GitHub operationId. */
import type { Routes } from '../context.js';
import { assetRoutes } from './assets.js';
import { attestationRoutes } from './attestations.js';
import { commitRoutes } from './commits.js';
import { contentRoutes } from './contents.js';
import { gitRoutes } from './git.js';
import { issueRoutes } from './issues.js';
import { pageRoutes } from './pages.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import { repoRoutes } from './repos.js';
import { userRoutes } from './users.js';

export const routes: Routes = {
  ...repoRoutes,
  ...gitRoutes,
  ...commitRoutes,
  ...contentRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...releaseRoutes,
  ...assetRoutes,
  ...userRoutes,
  ...pageRoutes,
  ...attestationRoutes,
};

/** Operations served on the uploads root rather than the API root. */
export const UPLOAD_OPERATIONS = new Set(['repos/upload-release-asset']);
