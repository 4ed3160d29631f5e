// The multi-chart figure's data: a repository of 50 charts released on their own, chart-releaser
// style (one `<name>-<version>` tag per chart), 10 of them bumped since, and a bare origin whose
// pages branch holds the Helm index. The charts are the 44 prometheus-community charts kept under
// test/corpus/, plus one small chart for each other name the index lists (or generated names when
// the shared index is missing), so that the bumped versions merge into entries the index has.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { root } from '../../scripts/bundle.mjs';
import { dataDir, ensureDataDir } from './data.mjs';

const CORPUS = join(root, 'test', 'corpus', 'prometheus-community-charts', 'charts');
export const CHART_COUNT = 50;
export const BUMPED = 10;

const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });

const chartVersion = (dir) => parse(readFileSync(join(dir, 'Chart.yaml'), 'utf8')).version;
const hasDependencies = (dir) => /^dependencies:/m.test(readFileSync(join(dir, 'Chart.yaml'), 'utf8'));

/** The newest version of each chart the index lists. */
function newestInIndex(indexText) {
  const entries = indexText ? (parse(indexText).entries ?? {}) : {};
  const newest = new Map();
  for (const [name, list] of Object.entries(entries)) {
    const versions = list.map((e) => String(e.version)).filter((v) => semver.valid(v.replace(/^v/, '')));
    if (versions.length) newest.set(name, versions.sort((a, b) => semver.rcompare(a.replace(/^v/, ''), b.replace(/^v/, '')))[0]);
  }
  return newest;
}

function smallChart(dir, name, version) {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\ndescription: A small chart named after an entry of the index.\ntype: application\nversion: ${version}\nappVersion: "1.0.0"\n`);
  writeFileSync(join(dir, 'values.yaml'), 'replicaCount: 1\n');
  writeFileSync(join(dir, 'templates', 'configmap.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  replicas: "{{ .Values.replicaCount }}"\n');
}

/** The charts of the work tree: the corpus, then small ones up to 50 named after the index's other entries. */
function writeCharts(src, newest) {
  const corpus = readdirSync(CORPUS).sort();
  for (const name of corpus) cpSync(join(CORPUS, name), join(src, 'charts', name), { recursive: true });
  const others = [...newest.keys()].filter((n) => !corpus.includes(n)).sort();
  for (let i = 0; corpus.length + i < CHART_COUNT; i++) {
    const name = others[i] ?? `generated-${i}`;
    smallChart(join(src, 'charts', name), name, newest.get(name) ?? '1.0.0');
  }
  return readdirSync(join(src, 'charts')).sort();
}

/** Moves the version of `count` corpus charts that package alone above anything the index or the tags hold. */
function bump(src, names, newest, count) {
  const bumped = [];
  const real = new Set(readdirSync(CORPUS));
  for (const name of names.filter((n) => real.has(n) && !hasDependencies(join(src, 'charts', n))).slice(0, count)) {
    const file = join(src, 'charts', name, 'Chart.yaml');
    const current = chartVersion(join(src, 'charts', name));
    const top = [current, newest.get(name)].filter(Boolean).sort((a, b) => semver.rcompare(a.replace(/^v/, ''), b.replace(/^v/, '')))[0];
    const next = semver.inc(top.replace(/^v/, ''), 'patch');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version:.*$/m, `version: ${next}`));
    bumped.push({ name, version: next });
  }
  return bumped;
}

/**
 * Untimed, made once: `workspace` (HEAD = the 10 bumps on top of the tagged release of all 50
 * charts), `origin` (bare; main, the tags, and the pages branch `gh-pages` with index.yaml),
 * `pagesTip` (the pages commit to reset to before every timed run) and `bumped` (name, version).
 */
export function chartsRepo({ index } = {}) {
  const top = join(ensureDataDir(), index ? 'charts-50' : 'charts-50-no-index');
  const done = join(top, 'ready.json');
  if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8'));
  rmSync(top, { recursive: true, force: true });
  process.stderr.write(`  generating a repository of ${CHART_COUNT} charts in ${top}/\n`);
  const indexText = index ? readFileSync(index, 'utf8') : '';
  const newest = newestInIndex(indexText);
  const src = join(top, 'workspace');
  mkdirSync(src, { recursive: true });
  git(src, 'init', '-q', '-b', 'main');
  const names = writeCharts(src, newest);
  git(src, 'add', '-A');
  git(src, 'commit', '-q', '-m', 'chore: every chart released');
  for (const name of names) git(src, 'tag', '--', `${name}-${chartVersion(join(src, 'charts', name))}`);
  const bumped = bump(src, names, newest, BUMPED);
  git(src, 'commit', '-q', '-am', `chore: bump ${bumped.map((b) => b.name).join(', ')}`);

  const origin = join(top, 'origin.git');
  git(top, 'init', '-q', '--bare', origin);
  const pages = join(top, 'pages');
  mkdirSync(pages);
  git(pages, 'init', '-q', '-b', 'gh-pages');
  writeFileSync(join(pages, 'index.yaml'), indexText || 'apiVersion: v1\nentries: {}\ngenerated: "2026-01-01T00:00:00Z"\n');
  git(pages, 'add', 'index.yaml');
  git(pages, 'commit', '-q', '-m', 'the Helm repository');
  git(pages, 'push', '-q', origin, 'gh-pages');
  git(src, 'remote', 'add', 'origin', origin);
  git(src, 'push', '-q', '--tags', 'origin', 'main');
  git(src, 'fetch', '-q', 'origin', 'gh-pages:refs/remotes/origin/gh-pages');
  const ready = { workspace: src, origin, pagesTip: git(pages, 'rev-parse', 'HEAD').trim(), bumped, charts: names.length };
  rmSync(pages, { recursive: true, force: true });
  writeFileSync(done, JSON.stringify(ready));
  return ready;
}

export { dataDir };
