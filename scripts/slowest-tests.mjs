// node scripts/slowest-tests.mjs <jest --json result> [N]: the N slowest test files, slowest first,
// so that a CI run shows where its time goes.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [file, n = '10'] = process.argv.slice(2);
if (!file) {
  console.error('usage: slowest-tests.mjs <jest-result.json> [N]');
  process.exit(2);
}
const result = JSON.parse(readFileSync(file, 'utf8'));
const rows = result.testResults
  .map((r) => ({ path: relative(process.cwd(), r.name), ms: (r.perfStats?.end ?? r.endTime) - (r.perfStats?.start ?? r.startTime), tests: r.assertionResults?.length ?? 0 }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, Number(n));
console.log(`slowest ${rows.length} test files:`);
for (const r of rows) console.log(`  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${String(r.tests).padStart(4)} tests  ${r.path}`);
