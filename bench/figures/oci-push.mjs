// Figure 5: OCI push. The real local registry (CNCF Distribution, Debian's `docker-registry`,
// started here on 127.0.0.1 with filesystem storage in a temp dir and no auth, as
// test/support/registry/registry.ts starts it) and bench/entries/oci-push.ts (bundled): package
// the WVA-sized fixture chart and push it as Helm 3.8+ does. A first push goes to a new repository
// path every run; a re-push goes to a repository that holds the chart already, so it must upload
// no blob: the figure counts the blobs each run reported and the upload requests the registry logged.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundled, WVA_CHART } from '../lib/data.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';

export const title = 'OCI push';
const REGISTRY_BIN = process.env.RELEASE_ACTIONS_REGISTRY_BIN ?? '/usr/bin/docker-registry';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startRegistry() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-registry-'));
  const port = await freePort();
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      '  formatter: text',
      '  accesslog:',
      '    disabled: false',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${JSON.stringify(join(dir, 'storage'))}`,
      '  maintenance:',
      '    uploadpurging:',
      '      enabled: false',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      `  secret: ${randomBytes(16).toString('hex')}`,
      'health:',
      '  storagedriver:',
      '    enabled: false',
      '',
    ].join('\n'),
  );
  // The registry logs to a file, not a pipe: hyperfine runs under spawnSync, which blocks this
  // event loop, and a pipe nobody reads would fill and stall the registry.
  const logFile = join(dir, 'registry.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(REGISTRY_BIN, ['serve', config], { cwd: dir, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const log = () => readFileSync(logFile, 'utf8');
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${log()}`);
    try {
      const r = await fetch(`${url}/v2/`);
      await r.arrayBuffer();
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`docker-registry did not answer within 20 s: ${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host: `127.0.0.1:${port}`,
    log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Upload requests in the registry's access log for repositories whose path contains `part`. */
function uploads(log, part) {
  let starts = 0;
  let puts = 0;
  let requests = 0;
  for (const m of log.matchAll(/"(GET|HEAD|POST|PUT|PATCH|DELETE) (\/v2\/[^ ?"]*)[^ "]* HTTP\/[0-9.]+" (\d{3}) /g)) {
    if (!m[2].includes(part)) continue;
    requests++;
    if (!m[2].includes('/blobs/uploads/')) continue;
    if (m[1] === 'POST') starts++;
    if (m[1] === 'PUT') puts++;
  }
  return { starts, puts, requests };
}

/** Untimed: the registry binary checked and the bundled push entry. */
export async function setup() {
  if (!existsSync(REGISTRY_BIN)) return { skipped: `${REGISTRY_BIN} is missing (apt-get install -y docker-registry)` };
  return { entry: await bundled('bench/entries/oci-push.ts', 'oci-push') };
}

export async function run({ runs }) {
  const ready = await setup();
  if (ready.skipped) {
    process.stderr.write(`  OCI push: skipped, ${ready.skipped}\n`);
    return { skipped: ready.skipped };
  }
  const { entry } = ready;
  const registry = await startRegistry();
  const temp = mkdtempSync(join(tmpdir(), 'bench-oci-'));
  try {
    const base = `oci://${registry.host}/bench`;
    const firstLog = join(temp, 'first.jsonl');
    const againLog = join(temp, 'again.jsonl');
    const node0 = { name: 'node -e 0', argv: [process.execPath, '-e', '0'] };
    const first = { name: 'package + first push (new repository each run)', argv: [process.execPath, entry, WVA_CHART, base, '--fresh', '--log', firstLog] };
    const again = { name: 'package + re-push (same chart, same repository)', argv: [process.execPath, entry, WVA_CHART, `${base}/again`, '--log', againLog] };
    // the chart the re-push finds: pushed once before the timing
    const seed = spawnSync(process.execPath, [entry, WVA_CHART, `${base}/again`], { encoding: 'utf8' });
    if (seed.status !== 0) throw new Error(`first push failed: ${seed.stderr}`);
    const seeded = JSON.parse(seed.stdout);
    if (seeded.status !== 'published' || seeded.blobsUploaded !== 2) throw new Error(`unexpected first push: ${seed.stdout}`);
    const logBefore = registry.log().length;

    const [floor, tFirst, tAgain] = wallTimes([node0, first, again], { runs, warmup: 2 });
    const read = (f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const firstRuns = read(firstLog);
    const againRuns = read(againLog);
    const timedLog = registry.log().slice(logBefore);
    const upFirst = uploads(timedLog, '/bench/first-');
    const upAgain = uploads(timedLog, '/bench/again/');
    const sum = (list) => list.reduce((n, r) => n + r.blobsUploaded, 0);
    const statuses = (list) => [...new Set(list.map((r) => r.status))].join(', ');
    const digests = new Set([...firstRuns, ...againRuns, seeded].map((r) => r.digest));
    const againOk = againRuns.every((r) => r.status === 'unchanged' && r.blobsUploaded === 0) && upAgain.starts === 0;
    const firstOk = firstRuns.every((r) => r.status === 'published' && r.blobsUploaded === 2);
    const median = (list, key) => list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
    return [
      { ...floor, peakMiB: peakMiB(node0.argv) },
      {
        ...tFirst,
        peakMiB: peakMiB(first.argv, { runs: 1 }),
        ratio: tFirst.median / floor.median,
        target: '2 blobs a run',
        met: firstOk,
        note: `${firstRuns.length} runs: ${statuses(firstRuns)}, ${sum(firstRuns)} blobs uploaded (registry log: ${upFirst.requests} requests, ${upFirst.starts} uploads started, ${upFirst.puts} completed); push ${median(firstRuns, 'pushMs')} ms, packaging ${median(firstRuns, 'packageMs')} ms in-process`,
      },
      {
        ...tAgain,
        peakMiB: peakMiB(again.argv, { runs: 1 }),
        ratio: tAgain.median / floor.median,
        target: 'no blob uploaded',
        met: againOk,
        note: `${againRuns.length} runs: ${statuses(againRuns)}, ${sum(againRuns)} blobs uploaded (registry log: ${upAgain.requests} requests, ${upAgain.starts} uploads started); push ${median(againRuns, 'pushMs')} ms in-process; ${digests.size} manifest digest${digests.size === 1 ? '' : 's'} over all pushes`,
      },
    ];
  } finally {
    await registry.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}
