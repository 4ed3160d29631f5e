// The results table: one row a measured command, its ratio to the floor of its figure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

const ms = (s) => `${(s * 1000).toFixed(0)} ms`;

export function machine() {
  return { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, cpu: cpus()[0]?.model ?? 'unknown' };
}

export function markdown(figures) {
  const lines = ['| figure | command | median | min | max | peak RSS | × floor | target | met | notes |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  // ratio: undefined → the floor of its figure; null → a row with no floor to compare with.
  for (const f of figures) {
    if (f.skipped) lines.push(`| ${f.title} | skipped: ${f.skipped} |  |  |  |  |  |  |  |  |`);
    for (const row of f.rows) {
      lines.push(
        `| ${f.title} | ${row.name} | ${ms(row.median)} | ${ms(row.min)} | ${ms(row.max)} | ${row.peakMiB === undefined ? '' : `${row.peakMiB.toFixed(0)} MiB`} | ${row.ratio === undefined ? 'floor' : row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`} | ${row.target ?? ''} | ${row.met === undefined ? '' : row.met ? '✅' : '❌'} | ${row.note ?? ''} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function write(path, figures, extra = {}) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), ...extra, figures }, null, 2)}\n`);
}
