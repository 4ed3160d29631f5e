/**
 * A Helm provenance file (`.prov`, `helm package --sign`): a GPG clearsigned message whose
 * text is the chart's Chart.yaml, the YAML end marker `...`, then `files:` mapping the package
 * file name to `sha256:<hex>` (Helm's pkg/provenance messageBlock / ParseMessageBlock). Pure:
 * reads the text GnuPG verified; the signature itself is GnuPG's.
 */
import { parse } from 'yaml';

export interface ProvenanceBody {
  /** Chart.yaml's name and version, as signed. */
  name?: string;
  version?: string;
  /** File name → `sha256:<hex>`. */
  files: Record<string, string>;
}

export function parseProvenanceBody(text: string): ProvenanceBody | string {
  const parts = text.replace(/\r\n/g, '\n').split('\n...\n');
  if (parts.length < 2) return 'the signed message has no "..." line between Chart.yaml and the files (not written by helm package --sign)';
  let meta: { name?: unknown; version?: unknown } | null;
  let sums: { files?: unknown } | null;
  try {
    meta = parse(parts[0] as string) as typeof meta;
    sums = parse(parts.slice(1).join('\n...\n')) as typeof sums;
  } catch (err) {
    return `the signed message is not YAML: ${(err as Error).message.split('\n')[0]}`;
  }
  const files = sums?.files;
  if (typeof files !== 'object' || files === null) return 'the signed message lists no files';
  const out: ProvenanceBody = { files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, String(v)])) };
  if (typeof meta?.name === 'string') out.name = meta.name;
  if (typeof meta?.version === 'string') out.version = meta.version;
  return out;
}

/** Why the signed body does not vouch for `file` with `sha256`, or undefined when it does. */
export function provenanceMismatch(body: ProvenanceBody, file: string, sha256: string): string | undefined {
  const listed = body.files[file];
  if (listed === undefined) return `it signs ${Object.keys(body.files).join(', ') || 'no file'}, not ${file}`;
  if (listed.toLowerCase() !== `sha256:${sha256.toLowerCase()}`) return `it signs ${file} as ${listed}, the served package is sha256:${sha256}`;
  return undefined;
}
