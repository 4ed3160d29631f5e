/**
 * A local Sigstore for tests and the rehearsal: a Fulcio-like CA (with a CT log, whose SCT
 * goes into each certificate), a Rekor-like transparency log served over HTTP on 127.0.0.1,
 * and the `TrustedRoot` that names them. Built from `@sigstore/mock` (the Sigstore project's
 * own stand-ins; the CT log is ours, see ctLog) and signed through `@sigstore/sign`'s bundle builder, the code path
 * `actions/attest` uses: a signature made here verifies with `@sigstore/verify` exactly as a
 * public-good one does, and nothing leaves the machine.
 */
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { initializeCA, initializeTLog, rekorHandler } from '@sigstore/mock';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';
import { DSSEBundleBuilder, RekorWitness, type Signer } from '@sigstore/sign';
import { createHash, generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestTimeoutMs, retryScale } from '../../../actions/lib/runner/tuning.js';
import { githubIdentity, type WorkflowIdentity } from './identity.js';

export { githubIdentity, type WorkflowIdentity } from './identity.js';

export interface SigstoreOptions {
  /** The CA's and log's clock (default: now). */
  clock?: Date;
  /** Validity of the CA and logs in the trusted root (default: from a day before `clock`, open-ended). */
  validFor?: { start: Date; end?: Date };
}

export interface InTotoSubject {
  name: string;
  digest: { sha256: string };
}

export interface LocalSigstore {
  /** The Rekor-like log's base URL (http://127.0.0.1:PORT). */
  rekorUrl: string;
  /** The TrustedRoot JSON naming this CA and these logs. */
  trustedRoot: Record<string, unknown>;
  /**
   * An in-toto statement signed as `identity`, logged, and bundled (bundle v0.3 JSON); the log is
   * reached at `via.logUrl` when given (a fault proxy in front of `rekorUrl`).
   */
  attest(statement: InTotoStatement, identity: WorkflowIdentity, via?: { logUrl?: string }): Promise<SerializedBundle>;
  /** How many entries the log holds. */
  entries(): number;
  stop(): Promise<void>;
}

export interface InTotoStatement {
  subject: InTotoSubject[];
  predicateType: string;
  predicate: unknown;
}

type CA = Awaited<ReturnType<typeof initializeCA>>;

function keyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

export async function startSigstore(opts: SigstoreOptions = {}): Promise<LocalSigstore> {
  const clock = opts.clock;
  const ctKeys = keyPair();
  const ctlog = ctLog(ctKeys, clock);
  const ca = await initializeCA(keyPair(), ctlog, clock);
  const tlogKeys = keyPair();
  const log = await serveRekor(tlogKeys, clock);
  const { url } = log;
  const start = opts.validFor?.start ?? new Date((clock ?? new Date()).getTime() - 86_400_000);
  const validFor = { start, ...(opts.validFor?.end ? { end: opts.validFor.end } : {}) };
  const trustedRoot = trustedRootJson(ca, tlogKeys.publicKey, ctlog, validFor, url);
  return {
    rekorUrl: url,
    trustedRoot,
    entries: () => log.entries,
    async attest(statement, identity, via = {}) {
      const witness = new RekorWitness({ rekorBaseURL: via.logUrl ?? url, entryType: 'intoto', fetchOnConflict: true, ...logClient() });
      const builder = new DSSEBundleBuilder({ signer: fulcioSigner(ca, identity), witnesses: [witness] });
      const payload = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', ...statement }));
      const bundle = await builder.create({ data: payload, type: 'application/vnd.in-toto+json' });
      return bundleToJSON(bundle);
    },
    stop: () => new Promise((resolve) => log.server.close(() => resolve())),
  };
}

interface CTLog {
  publicKey: Buffer;
  logID: Buffer;
  log(precert: ArrayBuffer, issuerID: ArrayBuffer): Promise<ArrayBuffer>;
}

/**
 * A certificate transparency log that answers with an RFC 6962 v1 SCT (§3.2) over the
 * precertificate's TBS. Written here because @sigstore/mock's CT log hands pkijs an
 * asn1js object where pkijs 3.4 wants bytes, and so writes an SCT of length 0.
 */
function ctLog(keys: { publicKey: KeyObject; privateKey: KeyObject }, clock?: Date): CTLog {
  const publicKey = keys.publicKey.export({ format: 'der', type: 'spki' });
  const logID = createHash('sha256').update(publicKey).digest();
  return {
    publicKey,
    logID,
    async log(precert, issuerID) {
      const tbs = X509Certificate.parse(Buffer.from(precert)).tbsCertificate.toDER();
      const time = Buffer.alloc(8);
      time.writeBigUInt64BE(BigInt((clock ?? new Date()).getTime()));
      const tbsLength = Buffer.alloc(3);
      tbsLength.writeUIntBE(tbs.length, 0, 3);
      // version v1, certificate_timestamp, timestamp, precert_entry, issuer key hash, TBS, no extensions
      const signed = Buffer.concat([Buffer.from([0, 0]), time, Buffer.from([0, 1]), Buffer.from(issuerID), tbsLength, tbs, Buffer.from([0, 0])]);
      const sig = cryptoSign('sha256', signed, keys.privateKey);
      const sigLength = Buffer.alloc(2);
      sigLength.writeUInt16BE(sig.length);
      // version, log id, timestamp, no extensions, sha256 (4), ecdsa (3), the signature
      const sct = Buffer.concat([Buffer.from([0]), logID, time, Buffer.from([0, 0, 4, 3]), sigLength, sig]);
      const length = Buffer.alloc(2);
      length.writeUInt16BE(sct.length);
      const out = Buffer.concat([length, sct]);
      return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
    },
  };
}

/** An ephemeral key per signature, certified by the CA for the identity, as Fulcio does for an OIDC token. */
function fulcioSigner(ca: CA, identity: WorkflowIdentity): Signer {
  return {
    async sign(data) {
      const { privateKey, publicKey } = keyPair();
      const id = githubIdentity(identity);
      const der = await ca.issueCertificate({ publicKey: publicKey.export({ format: 'der', type: 'spki' }), subjectAltName: id.san, extensions: id.extensions });
      const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
      return { signature: cryptoSign('sha256', data, privateKey), key: { $case: 'x509Certificate', certificate: pem } };
    },
  };
}

/**
 * The log's client settings, as a signer on a runner needs them: a deadline per attempt
 * (RELEASE_ACTIONS_REQUEST_TIMEOUT_MS) and three retries of a 5xx, 408, 429 or broken
 * connection, 1 s then 2 s then 4 s apart (times RELEASE_ACTIONS_RETRY_SCALE).
 */
function logClient(): { timeout: number; retry: { retries: number; factor: number; minTimeout: number; maxTimeout: number } } {
  const scale = retryScale();
  return { timeout: requestTimeoutMs(), retry: { retries: 3, factor: 2, minTimeout: 1000 * scale, maxTimeout: 4000 * scale } };
}

interface RekorServer {
  server: Server;
  url: string;
  /** How many entries were logged. */
  entries: number;
}

const ENTRIES = '/api/v1/log/entries';

/**
 * `@sigstore/mock`'s log behind Rekor v1's two routes a signer uses: `POST /api/v1/log/entries`
 * (201 with the entry) and `GET /api/v1/log/entries/{uuid}`. An entry proposed again (a retry
 * whose first answer was lost) is not logged twice: Rekor answers 409 Conflict with the
 * existing entry's `Location`, as rekor's `createLogEntryHandler` does.
 */
async function serveRekor(keys: { publicKey: KeyObject; privateKey: KeyObject }, clock?: Date): Promise<RekorServer> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const handler = rekorHandler(await initializeTLog(url, keys, clock));
  const byProposal = new Map<string, string>();
  const byUuid = new Map<string, string>();
  const state: RekorServer = { server, url, entries: 0 };
  const answer = async (method: string, path: string, body: string): Promise<{ status: number; headers: Record<string, string>; body: string }> => {
    if (method === 'GET' && path.startsWith(`${ENTRIES}/`)) {
      const entry = byUuid.get(path.slice(ENTRIES.length + 1));
      return entry ? { status: 200, headers: { 'content-type': 'application/json' }, body: entry } : { status: 404, headers: {}, body: '' };
    }
    if (method !== 'POST' || path !== handler.path) return { status: 404, headers: {}, body: '' };
    const key = createHash('sha256').update(body).digest('hex');
    const uuid = byProposal.get(key);
    if (uuid) return { status: 409, headers: { 'content-type': 'application/json', location: `${ENTRIES}/${uuid}` }, body: JSON.stringify({ code: 409, message: 'an equivalent entry already exists in the transparency log' }) };
    const r = await handler.fn(body);
    const text = r.response.toString();
    if (r.statusCode === 201) {
      const created = Object.keys(JSON.parse(text) as Record<string, unknown>)[0]!;
      byProposal.set(key, created);
      byUuid.set(created, text);
      state.entries += 1;
    }
    return { status: r.statusCode, headers: { 'content-type': r.contentType ?? 'text/plain' }, body: text };
  };
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void answer(req.method ?? 'GET', (req.url ?? '/').split('?')[0]!, Buffer.concat(chunks).toString('utf8')).then((r) => res.writeHead(r.status, r.headers).end(r.body));
    });
  });
  return state;
}

function trustedRootJson(ca: CA, tlogKey: KeyObject, ctlog: { publicKey: Buffer; logID: Buffer }, validFor: { start: Date; end?: Date }, rekorUrl: string): Record<string, unknown> {
  const tlogDer = tlogKey.export({ format: 'der', type: 'spki' });
  const root: TrustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [
      { subject: { commonName: 'sigstore', organization: 'sigstore.mock' }, uri: 'http://127.0.0.1/fulcio', certChain: { certificates: [{ rawBytes: ca.rootCertificate }] }, validFor, operator: 'local' },
    ],
    tlogs: [
      {
        baseUrl: rekorUrl,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: { rawBytes: tlogDer, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor },
        logId: { keyId: createHash('sha256').update(tlogDer).digest() },
        checkpointKeyId: undefined,
        operator: 'local',
      },
    ],
    ctlogs: [
      {
        baseUrl: 'http://127.0.0.1/ctlog',
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: { rawBytes: ctlog.publicKey, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor },
        logId: { keyId: ctlog.logID },
        checkpointKeyId: undefined,
        operator: 'local',
      },
    ],
    timestampAuthorities: [],
  };
  return TrustedRoot.toJSON(root) as Record<string, unknown>;
}
