/**
 * Stand-ins for the signing steps release.yaml adds: the SBOM of the image (anchore/sbom-action)
 * and its attestation (actions/attest with `sbom-path`), and — shared with the provenance
 * stand-in — how a statement is signed. With the world's local Sigstore (world.ts) the
 * statement is signed keylessly as the job's workflow identity and stored through the
 * emulator's attestations API with the job's token, as actions/attest does on GitHub, so the
 * verify job proves it; without one (a resumable rehearsal) the bundle is unsigned, stored
 * nowhere, and the report says so.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import type { AttestStatement, StandInSpec, StepContext, StepOutcome } from '../types.js';
import type { ActionModel } from './models.js';
import { expandPath } from './artifacts.js';
import { storeAttestation } from './store-attestation.js';

const ok = (outputs: Record<string, string> = {}, notes: string[] = []): StepOutcome => ({ status: 'passed', outputs, notes });
const fail = (reason: string): StepOutcome => ({ status: 'failed', reason });
const abs = (ctx: StepContext, path: string): string => (isAbsolute(path) ? path : join(ctx.workspace, path));

/** anchore/sbom-action: an SPDX 2.3 JSON document naming the image (Syft is not run: the synthetic image has no packages). */
async function sbomAction(ctx: StepContext): Promise<StepOutcome> {
  const image = ctx.inputs['image'] ?? '';
  if (!image) return fail('the rehearsal models anchore/sbom-action for an image (input image)');
  const format = ctx.inputs['format'] || 'spdx-json';
  if (format !== 'spdx-json') return fail(`the rehearsal writes SPDX JSON only, not ${format}`);
  const output = abs(ctx, ctx.inputs['output-file'] || `${ctx.temp}/sbom.spdx.json`);
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: image,
    documentNamespace: `https://anchore.com/syft/image/rehearsal-${randomUUID()}`,
    creationInfo: { created: new Date().toISOString(), creators: ['Tool: release-actions rehearsal (no Syft)'] },
    packages: [{ name: image, SPDXID: 'SPDXRef-image', downloadLocation: 'NOASSERTION' }],
  };
  mkdirSync(join(output, '..'), { recursive: true });
  writeFileSync(output, `${JSON.stringify(doc, null, 2)}\n`);
  return ok({}, [`SPDX JSON of ${image} written to ${basename(output)} (Syft is not run; the synthetic image has no packages)`]);
}

interface Subject {
  name: string;
  digest: string;
}

function subjectsFromPath(ctx: StepContext, name: string): Subject[] | string {
  const subjects: Subject[] = [];
  for (const pattern of ctx.inputs['subject-path']!.split(/[\n,]/).map((p) => p.trim()).filter(Boolean)) {
    for (const f of expandPath(ctx, pattern).filter((p) => statSync(p).isFile())) subjects.push({ name: name || basename(f), digest: createHash('sha256').update(readFileSync(f)).digest('hex') });
  }
  return subjects.length > 0 ? subjects : `Could not find subject at path ${ctx.inputs['subject-path']}`;
}

/** `<sha256 hex> [*| ]<name>` lines, from a file or the input's own text, as actions/attest reads them. */
function subjectsFromChecksums(ctx: StepContext): Subject[] | string {
  const input = ctx.inputs['subject-checksums']!;
  const file = abs(ctx, input);
  const text = existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : input;
  const subjects: Subject[] = [];
  for (const record of text.split('\n').filter(Boolean)) {
    const delim = record.indexOf(' ');
    if (delim < 0) continue;
    const rest = record.slice(delim + 1);
    const digest = record.slice(0, delim);
    if (!/^[0-9a-fA-F]{64}$/.test(digest)) return `Invalid digest: ${digest} (the stand-in reads sha256 checksums)`;
    subjects.push({ name: rest.startsWith('*') || rest.startsWith(' ') ? rest.slice(1) : rest, digest });
  }
  return subjects;
}

/** The subjects of actions/attest (what attest-build-provenance v4 wraps): exactly one of path, digest or checksums. */
export function attestSubjects(ctx: StepContext): Subject[] | string {
  const given = ['subject-path', 'subject-digest', 'subject-checksums'].filter((k) => ctx.inputs[k]);
  if (given.length === 0) return 'One of subject-path, subject-digest, or subject-checksums must be provided';
  if (given.length > 1) return 'Only one of subject-path, subject-digest, or subject-checksums may be provided';
  const name = ctx.inputs['subject-name'] ?? '';
  if (ctx.inputs['subject-path']) return subjectsFromPath(ctx, name);
  if (ctx.inputs['subject-checksums']) return subjectsFromChecksums(ctx);
  if (!name) return 'subject-name must be provided when using subject-digest';
  const digest = ctx.inputs['subject-digest']!;
  if (!/^sha256:[A-Za-z0-9]{64}$/.test(digest)) return 'subject-digest must be in the format "sha256:<hex-digest>"';
  return [{ name, digest: digest.slice('sha256:'.length) }];
}

/** actions/attest: an SBOM statement when `sbom-path` is given (SPDX: `https://spdx.dev/Document/<version>`), else a provenance one. */
async function attest(ctx: StepContext): Promise<StepOutcome> {
  const subs = attestSubjects(ctx);
  if (typeof subs === 'string') return fail(subs);
  const sbomPath = ctx.inputs['sbom-path'] ? abs(ctx, ctx.inputs['sbom-path']) : '';
  if (sbomPath && !existsSync(sbomPath)) return fail(`sbom-path ${ctx.inputs['sbom-path']} does not exist`);
  const sbom = sbomPath ? (JSON.parse(readFileSync(sbomPath, 'utf8')) as { spdxVersion?: string }) : undefined;
  if (sbom && !sbom.spdxVersion) return fail('the rehearsal reads SPDX JSON SBOMs only (no spdxVersion)');
  const statement: AttestStatement = {
    subject: subs.map((s) => ({ name: s.name, digest: { sha256: s.digest } })),
    predicateType: sbom ? `https://spdx.dev/Document/${(sbom.spdxVersion ?? '').replace(/^SPDX-/, 'v')}` : 'https://slsa.dev/provenance/v1',
    predicate: sbom ?? { runDetails: { builder: { id: 'release-actions rehearsal' }, metadata: { invocationId: `rehearsal-${randomUUID()}` } } },
  };
  const attested = await signAndStore(ctx, statement);
  if (typeof attested === 'string') return fail(attested);
  const { bundle } = attested;
  const dir = join(ctx.temp, 'attestations');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${sbom ? 'sbom-' : ''}${createHash('sha256').update(JSON.stringify(subs)).digest('hex').slice(0, 16)}.jsonl`);
  writeFileSync(path, `${JSON.stringify(bundle)}\n`);
  return { ...ok({ 'bundle-path': path, 'attestation-id': attested.id, 'attestation-url': attested.id ? `${ctx.github.serverUrl}/${ctx.repository}/attestations/${attested.id}` : '' }, attested.notes), ...(attested.didNot ? { didNot: attested.didNot } : {}) };
}

/**
 * The reusable workflow whose identity signs: what ci-release.yaml calls (`…/release.yaml@v1`),
 * as GitHub writes a reusable workflow's own file and ref into the certificate (job_workflow_ref).
 */
const SIGNER = 'llm-d/release-actions/.github/workflows/release.yaml@refs/tags/v1';

export interface Attested {
  bundle: unknown;
  /** The attestation's id in the emulator, '' when unsigned. */
  id: string;
  notes: string[];
  /** What the step did not do, when it differs from the spec's. */
  didNot?: string;
}

/** A bundle without a signature: the statement alone, where Sigstore puts nothing. */
function unsigned(statement: AttestStatement): unknown {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    // where Sigstore puts its short-lived certificate and the log's timestamp, both new on every run
    verificationMaterial: { tlogEntries: [{ integratedTime: String(Math.floor(Date.now() / 1000)) }] },
    dsseEnvelope: { payload: Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', ...statement })).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] },
  };
}

/**
 * What a signing failure says, from `@sigstore/sign`'s error down to its cause: the log's
 * status (an HTTPError) or the transport's failure (a deadline, a reset), with Sigstore's code.
 */
export function describeSigningError(err: unknown): string {
  type Link = { message?: string; code?: string; statusCode?: number; cause?: unknown } | undefined;
  const top = err as Link;
  let deepest = top;
  for (let e = top; e; e = e.cause as Link) {
    if (e.statusCode) return `answered HTTP ${e.statusCode} (${String(e.message).replace(/^\(\d+\) /, '')})${top?.code ? ` (${top.code})` : ''}`;
    deepest = e;
  }
  return `failed: ${deepest?.message ?? String(err)}${top?.code ? ` (${top.code})` : ''}`;
}

/** The statement signed with the local Sigstore and stored as GitHub stores an attestation; unsigned without one. */
export async function signAndStore(ctx: StepContext, statement: AttestStatement): Promise<Attested | string> {
  const what = `${statement.predicateType.includes('spdx') ? 'SBOM' : 'provenance'} statement for ${statement.subject.map((s) => s.name).join(', ')}`;
  if (!ctx.sigstore) return { bundle: unsigned(statement), id: '', notes: [`${what} written unsigned (no Sigstore, no attestation API)`] };
  const identity = { serverUrl: ctx.github.serverUrl, repository: ctx.repository, ref: ctx.event.ref, workflow: SIGNER };
  let bundle: unknown;
  try {
    bundle = await ctx.sigstore.attest(statement, identity);
  } catch (err) {
    return `signing the ${what}: the transparency log's POST /api/v1/log/entries ${describeSigningError(err)}; nothing was stored: run the job again`;
  }
  const first = statement.subject[0];
  const stored = await storeAttestation({ apiUrl: ctx.github.apiUrl, token: ctx.github.token, repository: ctx.repository }, bundle, first ? `sha256:${first.digest.sha256}` : undefined);
  if (typeof stored === 'string') return stored;
  return {
    bundle,
    id: stored.id,
    notes: [`${what} signed by ${ctx.github.serverUrl}/${SIGNER} (local Sigstore: Fulcio-like CA, Rekor-like log) and stored as attestation ${stored.id}`],
    didNot: 'signed by the local Sigstore, not Sigstore\'s public-good instance; not pushed to the registry',
  };
}

export const SIGNING_STAND_INS: Record<string, StandInSpec> = {
  'anchore/sbom-action': { description: 'an SPDX JSON document naming the image (no Syft)', didNot: 'Syft did not run: the SBOM lists no package of the image, only names it', run: sbomAction },
  'actions/attest': { description: 'an in-toto statement (SBOM or provenance) signed with the local Sigstore and stored through the attestations API (unsigned in a resumable rehearsal)', didNot: 'no Sigstore signature, no attestation stored on GitHub or pushed to the registry: the statement is unsigned', run: attest },
};

/** The releases these stand-ins model (see models.ts). */
export const SIGNING_MODELS: Readonly<Record<string, ActionModel>> = {
  'actions/attest': {
    version: 'v4.1.1',
    sha: 'a1948c3f048ba23858d222213b7c278aabede763',
    inputs: ['subject-path', 'subject-digest', 'subject-name', 'subject-checksums', 'sbom-path', 'predicate-type', 'predicate', 'predicate-path', 'push-to-registry', 'create-storage-record', 'show-summary', 'github-token'],
  },
  'anchore/sbom-action': {
    version: 'v0.24.0',
    sha: 'e22c389904149dbc22b58101806040fa8d37a610',
    // read: image, format, output-file; the others change where Syft's output goes, which the stand-in does not run
    inputs: ['image', 'path', 'file', 'format', 'output-file', 'upload-artifact', 'upload-release-assets', 'artifact-name', 'syft-version'],
  },
};
