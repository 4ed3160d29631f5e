// Peer of the index merge (figure 3): a js-yaml load → dump of a Helm index (what a tool that
// re-serialises the whole index does; comments and quoting are lost).
//   node bench/entries/js-yaml-roundtrip.mjs <index.yaml> [--out file]
// Prints one JSON line (bytes in and out).
import { readFileSync, writeFileSync } from 'node:fs';
import { dump, load } from 'js-yaml';

const [file, flag, out] = process.argv.slice(2);
if (!file) {
  console.error('usage: js-yaml-roundtrip.mjs <index.yaml> [--out file]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const rendered = dump(load(text));
if (flag === '--out' && out) writeFileSync(out, rendered);
console.log(JSON.stringify({ tool: 'js-yaml load/dump', inputBytes: Buffer.byteLength(text), outputBytes: Buffer.byteLength(rendered), rssMiB: Math.round(process.memoryUsage().rss / 1048576) }));
