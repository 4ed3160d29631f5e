// Figure: signatures. verify-release's bundle verification (bench/entries/verify-bundles.ts,
// bundled; @sigstore/verify under actions/lib/signing) of four bundles — a real public-good
// GitHub attestation of a reusable workflow (test/corpus/gh-attestation), four times — offline
// against the real public-good trusted root, beside `node -e 0` and one bundle.
// Target (issue 18): four bundles verified in under 1 s after start-up.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/bundle.mjs';
import { bundled } from '../lib/data.mjs';
import { peakMiB, wallTimes } from '../lib/measure.mjs';

export const title = 'signature verification';

const CORPUS = join(root, 'test', 'corpus', 'gh-attestation');

/** Untimed: the bundled entry and the corpus files it reads. */
export async function setup() {
  const entry = await bundled('bench/entries/verify-bundles.ts', 'verify-bundles');
  return { entry, trusted: join(CORPUS, 'trusted_root.json'), bundle: join(CORPUS, 'reusable-workflow-attestation.sigstore.json') };
}

export async function run({ runs }) {
  const { entry, trusted, bundle } = await setup();
  const temp = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  try {
    const verify = (n) => ({ name: `verify ${n} bundle${n === 1 ? '' : 's'}`, log: join(temp, `${n}.jsonl`), argv: [process.execPath, entry, trusted, ...Array(n).fill(bundle), '--log', join(temp, `${n}.jsonl`)] });
    const node0 = { name: 'node -e 0', argv: [process.execPath, '-e', '0'] };
    const cases = [node0, verify(1), verify(4)];
    const times = wallTimes(cases, { runs, warmup: 2 });
    const floor = times[0];
    return times.map((t, i) => {
      const row = { ...t, peakMiB: peakMiB(cases[i].argv) };
      if (i === 0) return row;
      const inProcess = readFileSync(cases[i].log, 'utf8').trim().split('\n').map((l) => JSON.parse(l).ms).sort((a, b) => a - b);
      const afterStart = t.median - floor.median;
      row.ratio = t.median / floor.median;
      row.note = `${Math.round(afterStart * 1000)} ms after start-up; in-process median ${inProcess[Math.floor(inProcess.length / 2)]} ms (loading excluded)`;
      if (i === 2) {
        row.target = 'four bundles < 1 s after start-up';
        row.met = afterStart < 1;
      }
      return row;
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
