/**
 * JSON as Go's encoding/json writes it: map keys sorted (objects built by the caller keep their
 * struct field order), no spaces, and `<`, `>`, `&`, U+2028, U+2029 escaped as \u003c etc.
 * (json.Marshal's HTML-safe default). Control characters are escaped as JSON.stringify does
 * since Go 1.22 (\b, \f, \n, \r, \t, else \u00XX in lowercase hex).
 */
const GO_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function goJsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c]!);
}

/** A Go map[string]T: keys sorted by bytes. */
export function goMap<T>(m: Record<string, T>): Record<string, T> {
  const keys = Object.keys(m).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Object.fromEntries(keys.map((k) => [k, m[k]!]));
}

/** Serialises `value` keeping object key order (struct order, or goMap for maps). */
export function goJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goJsonString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${goJsonString(k)}:${goJson(v)}`)
    .join(',')}}`;
}
