// npm run bench [-- FIGURE…]: measures the suite side by side with its floors and
// writes bench/results.json and bench/results.md. No timing is ever asserted in tests.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from '../scripts/bundle.mjs';
import { ensureTools } from './lib/measure.mjs';
import { markdown, machine, write } from './lib/report.mjs';
import { onDeclaredNode } from './lib/runtime.mjs';

const available = ['startup', 'changelog', 'index-merge', 'packaging', 'multi-chart', 'oci-push', 'verify-polling', 'signatures', 'bump-version', 'doctor', 'rehearsal', 'signing'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(process.env.BENCH_RUNS ?? 10);
for (const w of wanted) if (!available.includes(w)) throw new Error(`unknown figure ${w} (figures: ${available.join(', ')})`);

// measured on the Node the actions declare (node24), fetched from the npm registry when missing
onDeclaredNode(fileURLToPath(import.meta.url), process.argv.slice(2));
ensureTools();
const figures = [];
for (const id of wanted.length ? wanted : available) {
  const mod = await import(`./figures/${id}.mjs`);
  process.stderr.write(`measuring ${mod.title}…\n`);
  // a figure returns its rows, or { skipped: reason } when its data is missing
  const result = await mod.run({ runs });
  figures.push(Array.isArray(result) ? { id, title: mod.title, rows: result } : { id, title: mod.title, rows: [], skipped: result.skipped });
}
const table = markdown(figures);
write(join(root, 'bench', 'results.json'), figures);
writeFileSync(join(root, 'bench', 'results.md'), `Machine: ${JSON.stringify(machine())}\n\n${table}`);
process.stdout.write(table);
