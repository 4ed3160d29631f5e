/**
 * scripts/reliability-figures.mjs reads cell titles with its own copy of matrix.ts's grammar.
 * Here both read the same fabricated jest result: the script's table must be the one
 * matrix.ts's parseCellTitle gives, for every remote × fault, for titles that are not cells,
 * and for the n/a lists (a fabricated one, and the real na-*.ts files).
 */
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../support/harness.js';
import { tempDir } from '../../support/tmp.js';
import { cellTitle, FAULTS, NOT_APPLICABLE_GITHUB, NOT_APPLICABLE_SERVICES, NOT_APPLICABLE_SIGNING, parseCellTitle, REMOTES, type Fault, type Remote } from './matrix.js';

const execFileAsync = promisify(execFile);
const SCRIPT = join(projectRoot, 'scripts', 'reliability-figures.mjs');

interface Assertion {
  title: string;
  status: 'passed' | 'failed' | 'pending';
}

/** Every remote × fault as a cell (alternating outcomes and statuses), and titles that are not cells. */
function fabricated(): Assertion[] {
  const out: Assertion[] = [];
  let n = 0;
  for (const remote of REMOTES) {
    for (const fault of FAULTS) {
      n += 1;
      // every fifth pair is left untried, so the "neither tried nor n/a" list has entries
      if (n % 5 === 0) continue;
      const outcome = n % 2 === 0 ? 'retried' : 'resumed';
      out.push({ title: cellTitle(remote, `site ${n} × with a cross`, fault, outcome, n % 3 === 0 ? 'a reason (nested)' : undefined), status: n % 7 === 0 ? 'failed' : 'passed' });
    }
  }
  out.push(
    { title: cellTitle('REST', 'skipped site', '500', 'retried'), status: 'pending' },
    { title: 'REST create release × 404 → retried', status: 'passed' },
    { title: 'FTP create release × 500 → retried', status: 'passed' },
    { title: 'REST create release × 500 → ignored', status: 'passed' },
    { title: 'REST create release × 500 → retried (unclosed', status: 'passed' },
    { title: 'a test that is not a cell', status: 'passed' },
  );
  return out;
}

/** The table and the missing pairs as matrix.ts reads the same titles. */
function expected(assertions: Assertion[], na: ReadonlyArray<{ remote: Remote; fault: Fault }>): { rows: string[]; missing: string[] } {
  const rows = new Map(REMOTES.map((r) => [r, { tried: 0, retried: 0, resumed: 0, failed: 0, na: 0 }]));
  const tried = new Set<string>();
  for (const a of assertions) {
    const cell = parseCellTitle(a.title);
    if (!cell || a.status === 'pending') continue;
    const row = rows.get(cell.remote)!;
    row.tried += 1;
    if (a.status === 'failed') row.failed += 1;
    else row[cell.outcome] += 1;
    tried.add(`${cell.remote} × ${cell.fault}`);
  }
  for (const x of na) rows.get(x.remote)!.na += 1;
  const declared = new Set(na.map((x) => `${x.remote} × ${x.fault}`));
  const missing = REMOTES.flatMap((r) => FAULTS.map((f) => `${r} × ${f}`)).filter((p) => !tried.has(p) && !declared.has(p));
  return { rows: [...rows].map(([r, x]) => `| ${r} | ${x.tried} | ${x.retried} | ${x.resumed} | ${x.failed} | ${x.na} |`), missing };
}

async function figures(assertions: Assertion[], extra: string[]): Promise<string> {
  const tmp = await tempDir('figures-');
  try {
    const file = join(tmp.path, 'results.json');
    await writeFile(file, JSON.stringify({ testResults: [{ assertionResults: assertions.slice(0, 40) }, { assertionResults: assertions.slice(40) }] }));
    const args = extra.map((a) => (a === 'NA_FILE' ? join(tmp.path, 'na.json') : a));
    if (extra.includes('NA_FILE')) await writeFile(join(tmp.path, 'na.json'), JSON.stringify(NA));
    const { stdout } = await execFileAsync(process.execPath, [SCRIPT, file, ...args], { cwd: projectRoot });
    return stdout;
  } finally {
    await tmp.cleanup();
  }
}

const NA: Array<{ remote: Remote; fault: Fault; why: string }> = [
  { remote: 'SMTP', fault: 'ratelimit-remaining 0', why: 'no headers' },
  { remote: 'git', fault: '403 secondary + retry-after', why: 'git reads no body' },
];

describe('scripts/reliability-figures.mjs', () => {
  it('counts what matrix.ts parses, and lists the pairs neither tried nor declared n/a', async () => {
    const assertions = fabricated();
    const out = await figures(assertions, ['--na', 'NA_FILE']);
    const want = expected(assertions, NA);
    for (const row of want.rows) expect(out).toContain(`${row}\n`);
    expect(want.missing.length).toBeGreaterThan(0);
    const listed = out.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    expect(listed).toEqual(want.missing);
    // the titles that are no cells were read as none by both
    expect(assertions.filter((a) => parseCellTitle(a.title) === undefined)).toHaveLength(5);
  });

  it('reads the n/a lists from the na-*.ts files by default', async () => {
    const assertions = fabricated();
    const out = await figures(assertions, []);
    const want = expected(assertions, [...NOT_APPLICABLE_GITHUB, ...NOT_APPLICABLE_SERVICES, ...NOT_APPLICABLE_SIGNING]);
    for (const row of want.rows) expect(out).toContain(`${row}\n`);
    expect(NOT_APPLICABLE_GITHUB.length).toBeGreaterThan(0);
  });

  it('restricts the table to the remotes asked for', async () => {
    const out = await figures(fabricated(), ['--na', 'NA_FILE', '--remotes', 'REST,git']);
    expect(out.split('\n').filter((l) => /^\| [A-Za-z]+ \|/.test(l) && !l.startsWith('| remote')).map((l) => l.split(' | ')[0])).toEqual(['| REST', '| git']);
    expect(out).not.toContain('SMTP ×');
  });
});
