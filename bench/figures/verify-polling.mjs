// Figure 6: verify polling. A local HTTP server (in this process) plays GitHub Pages: it answers
// 404 until a random moment, then serves index.yaml (the WVA chart's versions, 0.5.0 included) and
// the chart archive. The real bundle dist/verify-release/index.js runs as the runner runs it
// (phase postflight, checks helm-repo, timeout 60s, no RELEASE_ACTIONS_RETRY_SCALE: the real waits).
// Measured: the lag from the artifact appearing to the check having it (the server's last 200, the
// archive) and to the step ending, over runs whose delays are spread over 0–15 s; the floor is
// the same step when the artifact is there from the start. Target (benchmark issue): under 10 s.
// Not hyperfine: the server must answer while the action runs, so the runs are spawned async.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundled, prng, WVA_CHART } from '../lib/data.mjs';
import { actionArgv, readOutputs, runnerEnv } from '../lib/runner.mjs';

export const title = 'verify polling';
const MAX_DELAY_MS = Number(process.env.BENCH_VERIFY_MAX_DELAY_MS ?? 15_000);
const NAME = 'workload-variant-autoscaler';

function indexYaml(digest) {
  const versions = [
    ['0.5.0', digest],
    ['0.4.1', 'b'.repeat(64)],
    ['0.4.0', 'c'.repeat(64)],
    ['0.3.0', 'd'.repeat(64)],
  ];
  return [
    'apiVersion: v1',
    'entries:',
    `  ${NAME}:`,
    ...versions.flatMap(([v, d]) => [
      '  - apiVersion: v2',
      `    appVersion: v${v}`,
      '    created: "2026-02-03T10:00:00.000000000Z"',
      `    description: Workload Variant Autoscaler for llm-d`,
      `    digest: ${d}`,
      `    name: ${NAME}`,
      '    type: application',
      '    urls:',
      `    - ${NAME}-${v}.tgz`,
      `    version: ${v}`,
    ]),
    'generated: "2026-02-03T10:00:00.000000000Z"',
    '',
  ].join('\n');
}

/** GitHub Pages before and after a deployment: 404 until `appearAt`, then the files. */
function pagesServer(files) {
  const state = { appearAt: 0, lastServed: 0, requests: 0 };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    state.requests++;
    const body = Date.now() >= state.appearAt ? files.get(path) : undefined;
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': path.endsWith('.yaml') ? 'text/yaml' : 'application/gzip', 'content-length': body.length });
    res.end(body, () => {
      if (path.endsWith('.tgz')) state.lastServed = Date.now();
    });
  });
  return { server, state };
}

/** Runs argv under GNU time (for the peak RSS), without blocking the event loop the server needs. */
function runAction(argv, timeFile) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => {
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
      resolve({ code, out, started, ended: Date.now(), peakMiB: m ? Number(m[1]) / 1024 : undefined });
    });
  });
}

const stats = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};

/** Untimed: the bundled packaging entry (the archive the pages server serves). */
export async function setup() {
  return { pack: await bundled('bench/entries/package.ts', 'package') };
}

export async function run({ runs }) {
  const { pack } = await setup();
  const temp = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  try {
    // the workspace: the chart checked out (its crds/ are compared with the archive's)
    const workspace = join(temp, 'workspace');
    mkdirSync(join(workspace, 'charts'), { recursive: true });
    cpSync(WVA_CHART, join(workspace, 'charts', NAME), { recursive: true });
    const tgz = join(temp, `${NAME}-0.5.0.tgz`);
    const packed = spawnSync(process.execPath, [pack, join(workspace, 'charts', NAME), '--out', tgz], { encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`packaging failed: ${packed.stderr}`);
    const { digest } = JSON.parse(packed.stdout);
    const files = new Map([
      ['/charts/index.yaml', Buffer.from(indexYaml(digest))],
      [`/charts/${NAME}-0.5.0.tgz`, readFileSync(tgz)],
    ]);
    const pages = pagesServer(files);
    await new Promise((r) => pages.server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${pages.server.address().port}/charts`;
    try {
      const env = runnerEnv('verify-release', {
        workspace,
        ref: 'refs/tags/v0.5.0',
        tempDir: join(temp, 'runner'),
        inputs: { phase: 'postflight', checks: 'helm-repo', version: '0.5.0', 'helm-repo-url': url, timeout: '60s', token: '' },
      });
      const argv = actionArgv('verify-release', env);
      const once = async (delayMs) => {
        spawnSync('sh', ['-c', ': > "$0"', env.GITHUB_OUTPUT]);
        pages.state.lastServed = 0;
        pages.state.requests = 0;
        pages.state.appearAt = Date.now() + delayMs;
        const r = await runAction(argv, join(temp, 'time.txt'));
        const outputs = readOutputs(env.GITHUB_OUTPUT);
        if (r.code !== 0 || outputs.passed !== 'true') throw new Error(`verify-release did not pass (exit ${r.code}, passed=${outputs.passed}):\n${r.out.slice(-3000)}`);
        const appeared = Math.max(pages.state.appearAt, r.started);
        return { peakMiB: r.peakMiB, wall: (r.ended - r.started) / 1000, lag: (pages.state.lastServed - appeared) / 1000, exitLag: (r.ended - appeared) / 1000, requests: pages.state.requests, delay: delayMs / 1000 };
      };

      // floor: the artifact is there before the step starts (one look, no wait)
      await once(0); // warm-up
      const floorRuns = [];
      for (let i = 0; i < Math.max(2, Math.min(runs, 3)); i++) floorRuns.push(await once(0));
      // delays spread over [0, MAX_DELAY): one in each of `runs` equal slices, at a random point
      const r = prng(4242);
      const delayed = [];
      for (let i = 0; i < runs; i++) {
        const delay = Math.round(((i + r.next()) * MAX_DELAY_MS) / runs);
        const one = await once(delay);
        process.stderr.write(`  artifact after ${one.delay.toFixed(1)} s → check has it ${one.lag.toFixed(2)} s later, step ends ${one.exitLag.toFixed(2)} s later (${one.requests} requests)\n`);
        delayed.push(one);
      }
      const floor = stats(floorRuns.map((x) => x.wall));
      const lag = stats(delayed.map((x) => x.lag));
      const exitLag = stats(delayed.map((x) => x.exitLag));
      const list = delayed.map((x) => `${x.delay.toFixed(1)}→${x.lag.toFixed(1)}`).join(', ');
      return [
        { name: 'verify-release helm-repo, artifact already served (whole step)', ...floor, runs: floorRuns.length, peakMiB: Math.max(...floorRuns.map((x) => x.peakMiB)), note: `${floorRuns.length} runs, ${floorRuns[0].requests} requests each` },
        { name: `lag: artifact appears → check has it (delays 0–${MAX_DELAY_MS / 1000} s)`, ...lag, runs, peakMiB: Math.max(...delayed.map((x) => x.peakMiB)), ratio: null, target: '< 10 s', met: lag.max < 10, note: `delay→lag s: ${list}` },
        { name: 'lag: artifact appears → step ends', ...exitLag, runs, ratio: null, target: '< 10 s', met: exitLag.max < 10, note: `requests per run: ${delayed.map((x) => x.requests).join(', ')}` },
      ];
    } finally {
      await new Promise((r) => pages.server.close(r));
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
