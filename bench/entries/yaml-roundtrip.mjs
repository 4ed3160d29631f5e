// Peer of the index merge (figure 3): the `yaml` package's Document round trip of a Helm index,
// parseDocument → toString, the way a comment-keeping edit with `yaml` would rewrite the file.
//   node bench/entries/yaml-roundtrip.mjs <index.yaml> [--out file]
// Prints one JSON line (bytes in and out).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const [file, flag, out] = process.argv.slice(2);
if (!file) {
  console.error('usage: yaml-roundtrip.mjs <index.yaml> [--out file]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const doc = parseDocument(text, { maxAliasCount: -1 });
if (doc.errors.length > 0) throw doc.errors[0];
const rendered = doc.toString();
if (flag === '--out' && out) writeFileSync(out, rendered);
console.log(JSON.stringify({ tool: 'yaml parseDocument/toString', inputBytes: Buffer.byteLength(text), outputBytes: Buffer.byteLength(rendered), rssMiB: Math.round(process.memoryUsage().rss / 1048576) }));
