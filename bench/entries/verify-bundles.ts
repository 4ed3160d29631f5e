/**
 * Benchmark entry (figure: signatures): verify Sigstore bundles as verify-release's signature
 * checks do (`verifyAttestationBundle`: certificate chain and SCT, Rekor inclusion proof and
 * checkpoint, DSSE signature), offline against a TrustedRoot file, once per process.
 *   node .tmp/bench/verify-bundles/index.js <trusted_root.json> <bundle.json>… [--log runs.jsonl]
 * Prints one JSON line (bundles, ms in the process after loading the modules).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { trustMaterial } from '../../actions/lib/signing/trust.js';
import { verifyAttestationBundle } from '../../actions/lib/signing/verify-bundle.js';

const args = process.argv.slice(2);
const logAt = args.indexOf('--log');
const log = logAt >= 0 ? args[logAt + 1] : undefined;
const files = logAt >= 0 ? args.slice(0, logAt) : args;
const [rootFile, ...bundles] = files;
if (!rootFile || bundles.length === 0) {
  console.error('usage: verify-bundles <trusted_root.json> <bundle.json>… [--log runs.jsonl]');
  process.exit(2);
}
const t0 = performance.now();
const trust = trustMaterial(TrustedRoot.fromJSON(JSON.parse(readFileSync(rootFile, 'utf8'))));
const sans = bundles.map((b) => verifyAttestationBundle(JSON.parse(readFileSync(b, 'utf8')), trust).identity.san);
const line = JSON.stringify({ bundles: sans.length, ms: Math.round(performance.now() - t0) });
if (log) appendFileSync(log, `${line}\n`);
console.log(line);
