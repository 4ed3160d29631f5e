// Figure 11: several charts in one repository, chart-releaser style. A repository of 50 charts, each
// released on its own under a `<name>-<version>` tag, 10 of them bumped since (bench/lib/charts-data.mjs:
// the 44 prometheus-community charts of test/corpus plus one small chart for each other name of the
// index), a bare origin whose gh-pages branch holds ../shared/bench/prometheus-community-index.yaml
// (6.3 MB; a near-empty index when it is missing, said in the notes). The real bundle
// dist/publish-helm/index.js, run as the runner runs it with `charts: changed`:
// - plan-only: which of the 50 charts changed (git tags, tree ids, every Chart.yaml read);
// - the release: the 10 packaged, merged into the index in one commit and pushed with their tags
//   (before every run the pages branch and the 10 tags are put back where they were).
// Beside `node -e 0` and `git log` in the same hyperfine run.
// Targets (issue #19): deciding under 1 s; packaging and merging 10 charts into the 6.3 MB index
// under 3 s wall. Judged as multiples of `node -e 0` (lib/budget.mjs), since these machines are
// loaded and absolute times drift.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUMPED, chartsRepo } from '../lib/charts-data.mjs';
import { SHARED_INDEX } from '../lib/data.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';
import { actionArgv, readOutputs, runnerEnv } from '../lib/runner.mjs';
import { budgetText, withinBudget } from '../lib/budget.mjs';

export const title = 'multi-chart';
const REPO = 'prometheus-community/helm-charts';

/** Untimed: the 50-chart repository (the shared index when it is there, or `index` when given). */
export async function setup({ index = existsSync(SHARED_INDEX) ? SHARED_INDEX : undefined } = {}) {
  return { ...chartsRepo({ index }), index };
}

/** Before every timed release: the pages branch at its first commit, none of the bumped charts' tags anywhere. */
function resetArgv({ workspace, origin, pagesTip, bumped }, env) {
  const tags = bumped.map((b) => `${b.name}-${b.version}`);
  const script = [
    'ws="$1"; origin="$2"; tip="$3"; out="$4"; sum="$5"; shift 5',
    'git -C "$origin" update-ref refs/heads/gh-pages "$tip"',
    'git -C "$ws" update-ref refs/remotes/origin/gh-pages "$tip"',
    'for t in "$@"; do git -C "$origin" update-ref -d "refs/tags/$t" 2>/dev/null; git -C "$ws" update-ref -d "refs/tags/$t" 2>/dev/null; done',
    ': > "$out"; : > "$sum"',
  ].join('\n');
  return ['sh', '-c', script, 'reset', workspace, origin, pagesTip, env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY, ...tags];
}

function once(c) {
  if (c.prepare) spawnSync(c.prepare[0], c.prepare.slice(1));
  const r = spawnSync(c.argv[0], c.argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
  const out = readOutputs(c.env.GITHUB_OUTPUT);
  if (r.status !== 0) throw new Error(`${c.name}: exit ${r.status}:\n${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
  return out;
}

export async function run({ runs }) {
  const data = await setup();
  const temp = mkdtempSync(join(tmpdir(), 'bench-charts-'));
  try {
    const common = { workspace: data.workspace, repository: REPO, ref: 'refs/heads/main', extra: { GITHUB_SHA: spawnSync('git', ['-C', data.workspace, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim() } };
    const inputs = { charts: 'changed', 'pages-branch': 'gh-pages', 'repo-url': 'https://prometheus-community.github.io/helm-charts' };
    const planEnv = runnerEnv('publish-helm', { ...common, tempDir: join(temp, 'plan'), inputs: { ...inputs, 'plan-only': 'true' } });
    const releaseEnv = runnerEnv('publish-helm', { ...common, tempDir: join(temp, 'release'), inputs });
    const node0 = { name: 'node -e 0', argv: [process.execPath, '-e', '0'] };
    const gitLog = { name: 'git log', argv: ['git', '-C', data.workspace, 'log', '--format=%H %s'] };
    const plan = { name: `decide: which of ${data.charts} charts changed`, argv: actionArgv('publish-helm', planEnv), env: planEnv, prepare: ['sh', '-c', ': > "$0"', planEnv.GITHUB_OUTPUT] };
    const release = { name: `package and merge ${BUMPED} charts, one commit + push`, argv: actionArgv('publish-helm', releaseEnv), env: releaseEnv, prepare: resetArgv(data, releaseEnv) };

    // once, untimed: each decides and publishes exactly the bumped charts
    const planned = JSON.parse(once(plan)['released-charts'] ?? '[]');
    const released = JSON.parse(once(release)['released-charts'] ?? '[]');
    const want = data.bumped.map((b) => `${b.name}-${b.version}`).sort();
    for (const [what, list] of [['planned', planned], ['released', released]]) {
      const got = list.map((c) => c.tag).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${what} ${got.join(', ')}; expected ${want.join(', ')}`);
    }

    const [floor, tLog, tPlan, tRelease] = wallTimes([node0, gitLog, plan, release], { runs, warmup: 2 });
    const indexNote = data.index ? 'the 6.3 MB index' : 'a near-empty index (the shared 6.3 MB index is missing)';
    const row = (c, t, limit, target) => {
      const after = t.median - floor.median;
      return { ...t, peakMiB: peakMiB(c.argv, { runs: 1 }), ratio: t.median / floor.median, target, met: withinBudget(t.median, limit, floor.median), note: `${Math.round(after * 1000)} ms after start-up; ${indexNote}; CPU ${Math.round(t.cpu * 1000)} ms` };
    };
    const rows = [
      { ...floor, peakMiB: peakMiB(node0.argv) },
      { ...tLog, ratio: tLog.median / floor.median, note: 'the floor of one git process' },
      row(plan, tPlan, 1000, budgetText(1000, '< 1 s wall')),
    ];
    spawnSync(release.prepare[0], release.prepare.slice(1));
    rows.push(row(release, tRelease, 3000, budgetText(3000, '< 3 s wall')));
    spawnSync(release.prepare[0], release.prepare.slice(1));
    return rows;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
