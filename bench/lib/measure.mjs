// Whole-process measurements: hyperfine for wall time (side by side with the floor,
// in one invocation, so the ratio holds on a noisy machine) and GNU time for peak RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Installs hyperfine and GNU time from Debian when missing, as .ci/run does. */
export function ensureTools() {
  const missing = [];
  if (spawnSync('hyperfine', ['--version']).status !== 0) missing.push('hyperfine');
  if (spawnSync('/usr/bin/time', ['-V']).status !== 0) missing.push('time');
  if (missing.length === 0) return;
  console.error(`installing ${missing.join(' ')} from Debian`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit' });
}

/** Quotes one argument for hyperfine's own splitting (-N runs without a shell). */
function quote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

export function commandLine(argv) {
  return argv.map(quote).join(' ');
}

/**
 * Runs every command of `cases` ({name, argv, prepare?}) with hyperfine in one invocation,
 * interleaving nothing but sharing the same machine state. Returns seconds per case.
 */
export function wallTimes(cases, { runs = 10, warmup = 2, cwd, env, ignoreFailure = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const out = join(dir, 'hyperfine.json');
    const args = ['-N', ...(ignoreFailure ? ['-i'] : []), '--style', 'none', '--warmup', String(warmup), '--runs', String(runs), '--export-json', out];
    // `prepare` (an argv run before every run of its case, untimed): given for one case, hyperfine
    // needs one for each, so the others get `true`.
    if (cases.some((c) => c.prepare)) for (const c of cases) args.push('--prepare', commandLine(c.prepare ?? ['true']));
    for (const c of cases) args.push('--command-name', c.name, commandLine(c.argv));
    const r = spawnSync('hyperfine', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`hyperfine failed: ${r.stderr || r.stdout}`);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    // cpu: user + system seconds a run, children included (hyperfine's means): on a machine shared
    // with other work it moves far less than the wall time does
    return json.results.map((res) => ({ name: res.command, median: res.median, min: res.min, max: res.max, mean: res.mean, cpu: res.user + res.system, runs: res.times.length }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak resident set size in MiB (max over `runs` runs), from GNU time. */
export function peakMiB(argv, { runs = 3, cwd, env } = {}) {
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    // stdout discarded, as hyperfine does (a big output would overflow spawnSync's buffer)
    const r = spawnSync('/usr/bin/time', ['-v', ...argv], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    if (!m) throw new Error(`no peak memory for ${argv.join(' ')}: ${r.stderr.slice(-500)}`);
    peak = Math.max(peak, Number(m[1]) / 1024);
  }
  return peak;
}
