#!/usr/bin/env node
// The fault matrix's figures from a jest JSON result:
//
//   npm run test:reliability -- --json --outputFile=results.json
//   node scripts/reliability-figures.mjs results.json [--remotes REST,GraphQL,git] [--na FILE]…
//
// Every test whose title is a cell title (`REST create release × 500 after write → retried`,
// see test/reliability/faults/matrix.ts) is counted for its remote: tried (passed or failed),
// retried and resumed (passed with that outcome), failed. The remote × fault pairs declared
// not applicable are read from test/reliability/faults/na-*.ts (or the --na files: .ts, or
// .json holding [{ remote, fault, why }]), and the pairs neither tried nor declared are listed.
// Prints a markdown table; exits 1 when the result file holds no cell at all.
//
// The grammar below is matrix.ts's, written again (a script cannot import TypeScript);
// test/reliability/faults/figures.test.ts keeps the two equal.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FAULTS = [
  '500',
  '502',
  '503',
  '403 secondary + retry-after',
  '403 secondary, no retry-after',
  '429',
  'ratelimit-remaining 0',
  'stall',
  'reset',
  '500 after write',
  'push non-fast-forward',
  'push protected',
  'late answer',
];
export const REMOTES = ['REST', 'GraphQL', 'git', 'registry', 'Slack', 'webhook', 'SMTP', 'Rekor'];

const TITLE = /^(REST|GraphQL|git|registry|Slack|webhook|SMTP|Rekor) (.+) × (.+) → (retried|resumed)(?: \((.*)\))?$/;

/** The cell a test title names, or undefined for a test that is not a cell. */
export function parseCellTitle(title) {
  const m = TITLE.exec(title);
  if (!m || !FAULTS.includes(m[3])) return undefined;
  return { remote: m[1], site: m[2], fault: m[3], outcome: m[4], ...(m[5] ? { why: m[5] } : {}) };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The NOT_APPLICABLE_* arrays of a .ts file (transpiled by the project's TypeScript), or a .json list. */
async function readNotApplicable(file) {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) return JSON.parse(text);
  const { default: ts } = await import('typescript');
  const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
  return Object.entries(mod)
    .filter(([name, value]) => name.startsWith('NOT_APPLICABLE') && Array.isArray(value))
    .flatMap(([, value]) => value);
}

export function figures(results, notApplicable, remotes = REMOTES) {
  const rows = new Map(remotes.map((r) => [r, { tried: 0, retried: 0, resumed: 0, failed: 0, na: 0 }]));
  const tried = new Set();
  for (const file of results.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      const cell = parseCellTitle(test.title);
      if (!cell || !rows.has(cell.remote) || (test.status !== 'passed' && test.status !== 'failed')) continue;
      const row = rows.get(cell.remote);
      row.tried += 1;
      if (test.status === 'failed') row.failed += 1;
      else row[cell.outcome] += 1;
      tried.add(`${cell.remote}\0${cell.fault}`);
    }
  }
  const declared = new Set();
  for (const na of notApplicable) {
    if (!rows.has(na.remote)) continue;
    rows.get(na.remote).na += 1;
    declared.add(`${na.remote}\0${na.fault}`);
  }
  const missing = [];
  for (const remote of remotes) for (const fault of FAULTS) if (!tried.has(`${remote}\0${fault}`) && !declared.has(`${remote}\0${fault}`)) missing.push(`${remote} × ${fault}`);
  return { rows, missing };
}

export function markdown({ rows, missing }) {
  const lines = ['| remote | cells tried | retried | resumed | failed | n/a |', '| --- | --- | --- | --- | --- | --- |'];
  const total = { tried: 0, retried: 0, resumed: 0, failed: 0, na: 0 };
  for (const [remote, row] of rows) {
    lines.push(`| ${remote} | ${row.tried} | ${row.retried} | ${row.resumed} | ${row.failed} | ${row.na} |`);
    for (const k of Object.keys(total)) total[k] += row[k];
  }
  lines.push(`| **all** | **${total.tried}** | **${total.retried}** | **${total.resumed}** | **${total.failed}** | **${total.na}** |`);
  lines.push('', `Remote × fault pairs neither tried nor declared n/a: ${missing.length === 0 ? 'none' : ''}`);
  for (const m of missing) lines.push(`- ${m}`);
  return `${lines.join('\n')}\n`;
}

async function main(argv) {
  const files = [];
  const naFiles = [];
  let remotes = REMOTES;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--na') naFiles.push(argv[++i]);
    else if (argv[i] === '--remotes') remotes = argv[++i].split(',').map((r) => r.trim()).filter(Boolean);
    else files.push(argv[i]);
  }
  if (files.length !== 1) {
    process.stderr.write('usage: node scripts/reliability-figures.mjs RESULTS.json [--remotes REST,GraphQL,git] [--na FILE]…\n');
    return 2;
  }
  for (const r of remotes) if (!REMOTES.includes(r)) throw new Error(`unknown remote ${r} (remotes: ${REMOTES.join(', ')})`);
  if (naFiles.length === 0) {
    const dir = join(root, 'test', 'reliability', 'faults');
    for (const f of (await readdir(dir)).sort()) if (/^na-.*\.ts$/.test(f)) naFiles.push(join(dir, f));
  }
  const notApplicable = (await Promise.all(naFiles.map(readNotApplicable))).flat();
  const results = JSON.parse(await readFile(files[0], 'utf8'));
  const f = figures(results, notApplicable, remotes);
  process.stdout.write(markdown(f));
  return [...f.rows.values()].some((r) => r.tried > 0) ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
