// Jest's global setup: the tests that run actions run the bundles in dist/, so a test run after
// an edit of the sources first rebuilds them — a green run then means the edit works. dist/
// records the digest of the sources it was built from (scripts/bundle.mjs); CI's check-dist has
// already proved it current, so there nothing is rebuilt.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { builtFromDigest, root, sourcesDigest } from '../../scripts/bundle.mjs';

export default async function globalSetup() {
  if (process.env.RELEASE_ACTIONS_TEST_NO_BUILD === '1') return;
  const [want, have] = await Promise.all([sourcesDigest(), builtFromDigest()]);
  if (want === have) return;
  process.stderr.write(`\ndist/ was built from other sources (${have ? have.slice(0, 12) : 'no record'} ≠ ${want.slice(0, 12)}): npm run build first, so the tests run what the sources say…\n`);
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status}); the tests would run stale bundles`);
}
