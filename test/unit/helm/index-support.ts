/** Helpers for the index tests: a line diff written independently of the code under test, and index generators. */
import { createHash } from 'node:crypto';
import type { IndexEntry } from '../../../actions/lib/helm/index-entry.js';

export interface LineDiff {
  removed: string[];
  added: string[];
  /** 1-based line numbers in the new text of the added lines. */
  addedAt: number[];
}

/** Myers' O(ND) line diff: fast when the texts differ in few lines, whatever their size. */
export function lineDiff(a: string, b: string): LineDiff {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[max + k] = i;
      if (i >= n && j >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the trace to list the edits.
  const removed: string[] = [];
  const added: string[] = [];
  const addedAt: number[] = [];
  let i = n;
  let j = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d]!;
    const k = i - j;
    const prevK = k === -d || (k !== d && vd[max + k - 1]! < vd[max + k + 1]!) ? k + 1 : k - 1;
    const prevI = vd[max + prevK]!;
    const prevJ = prevI - prevK;
    while (i > prevI && j > prevJ) {
      i--;
      j--;
    }
    if (i === prevI) {
      added.unshift(y[prevJ]!);
      addedAt.unshift(prevJ + 1);
    } else {
      removed.unshift(x[prevI]!);
    }
    i = prevI;
    j = prevJ;
  }
  return { removed, added, addedAt };
}

export function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export function entry(name: string, version: string, extra: Partial<IndexEntry['metadata']> = {}, digest = sha(`${name}-${version}`)): IndexEntry {
  return {
    metadata: { apiVersion: 'v2', name, version, appVersion: `v${version}`, description: `The ${name} chart.`, type: 'application', ...extra },
    urls: [`https://example.com/charts/${name}-${version}.tgz`],
    digest,
  };
}

/**
 * A big canonical index written the way Helm writes it, with the shapes real indexes have:
 * folded descriptions, block-scalar annotations, quoted values, nested maintainers and
 * dependencies (whose own `version:` keys must not be taken for the entry's), v-prefixed
 * versions, unknown fields. Versions are listed newest first.
 */
export function generateIndex(charts: string[], versionsPerChart: number): { text: string; count: number } {
  const out: string[] = ['apiVersion: v1', 'entries:'];
  let count = 0;
  for (const [ci, name] of charts.entries()) {
    out.push(`  ${name}:`);
    for (let v = versionsPerChart - 1; v >= 0; v--) {
      const version = `${Math.floor(v / 100)}.${Math.floor(v / 10) % 10}.${v % 10}`;
      const spelled = ci === 1 && v % 7 === 0 ? `v${version}` : version;
      const lines: string[] = [];
      if (v % 3 === 0) {
        lines.push('annotations:', '  artifacthub.io/changes: |', `    - kind: changed`, `      description: "bump to ${version}: see #${v}"`, '  artifacthub.io/license: Apache-2.0');
      }
      lines.push('apiVersion: v2', `appVersion: "${v % 10}.${v % 4}"`, `created: "2024-0${(v % 9) + 1}-1${v % 10}T10:11:12.${String(123456789 + v).slice(0, 9)}Z"`);
      if (v % 5 === 0) {
        lines.push('dependencies:', '- condition: redis.enabled', '  name: redis', '  repository: https://charts.example.com', `  version: ${v}.0.0`);
      }
      if (v % 2 === 0) {
        lines.push(`description: The ${name} chart deploys the ${name} service with the options most people want, and`, '  then some more text that goes on a folded line.');
      } else {
        lines.push(`description: 'The ${name} chart: short'`);
      }
      lines.push(`digest: ${sha(`${name}-${spelled}`)}`, 'home: https://example.com', 'keywords:', '- monitoring', `- ${name}`, "kubeVersion: '>=1.25.0-0'");
      lines.push('maintainers:', '- email: someone@example.com', '  name: Jan-Otto Kröpke', `name: ${name}`);
      if (v % 11 === 0) lines.push('tillerVersion: ">=2.10.0"');
      lines.push('type: application', 'urls:', `- https://example.com/charts/${name}-${version}.tgz`, `version: ${spelled}`);
      lines.forEach((l, i) => out.push(`${i === 0 ? '  - ' : '    '}${l}`));
      count++;
    }
  }
  out.push('generated: "2024-09-01T00:00:00.000000001Z"', '');
  return { text: out.join('\n'), count };
}
