// Writes a scaled copy of a Helm repository index: N renamed copies of every chart
// (chart `x` becomes `x`, `x-copy2`, ...), for the large-index merge benchmark.
// Reads ../shared/bench/prometheus-community-index.yaml (or any index given); plain Node, no build.
//   node bench/helm/scale-index.mjs ../shared/bench/prometheus-community-index.yaml 4 /tmp/index-x4.yaml
import { readFileSync, writeFileSync } from 'node:fs';

const [src, n = '4', out] = process.argv.slice(2);
if (!src || !out) {
  console.error('usage: scale-index.mjs <index.yaml> <N> <out.yaml>');
  process.exit(2);
}
const text = readFileSync(src, 'latin1');
const start = text.indexOf('\nentries:\n') + '\nentries:\n'.length;
const tail = /\n(?=[^\s#-])/g;
tail.lastIndex = start;
const m = tail.exec(text);
const end = m ? m.index + 1 : text.length;
const body = text.slice(start, end);
const copies = [body];
for (let k = 2; k <= Number(n); k++) copies.push(body.replace(/^ {2}([a-z0-9-]+):$/gm, `  $1-copy${k}:`));
writeFileSync(out, text.slice(0, start) + copies.join('') + text.slice(end), 'latin1');
console.log(JSON.stringify({ out, bytes: Buffer.byteLength(text.slice(0, start) + copies.join('') + text.slice(end), 'latin1') }));
