/**
 * Checks requests and responses against GitHub's OpenAPI description with
 * ajv. Only the schemas of operations actually hit are compiled; components
 * are added to ajv once (by id) and shared between validators.
 *
 * The description is OpenAPI 3.0: `nullable` is rewritten into
 * `anyOf: [{type: 'null'}, ...]` because ajv only understands it next to
 * `type` and GitHub also puts it next to `allOf`, `$ref` and `enum`.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Json, Operation, SpecIndex } from './openapi.js';

export type ViolationPlace = 'route' | 'params' | 'query' | 'body' | 'response' | 'graphql';

export interface Violation {
  operationId: string | null;
  method: string;
  path: string;
  where: ViolationPlace;
  status?: number;
  /** JSON pointer into the request or response body (or the parameter name). */
  pointer: string;
  message: string;
  /** The name of the grant of the token that made the request (see `gh.issueToken`). */
  token?: string;
}

export type Finding = Pick<Violation, 'where' | 'pointer' | 'message'> & { status?: number };

const COMPONENT_ID = 'https://github-emulator.invalid/components/';
/** Statuses GitHub answers on any operation whether documented or not. */
const UNIVERSAL_STATUSES = new Set([401, 403, 404, 422, 500, 502, 503]);

let shared: Contract | undefined;

export function contractFor(spec: SpecIndex): Contract {
  shared ??= new Contract(spec);
  return shared;
}

export class Contract {
  private readonly bodies = newAjv(false);
  private readonly params = newAjv(true);
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly added = new WeakMap<Ajv, Set<string>>();

  constructor(private readonly spec: SpecIndex) {}

  checkRequest(
    op: Operation,
    params: Record<string, string>,
    query: URLSearchParams,
    body: { present: boolean; json?: unknown; parseError?: string; contentType: string },
  ): Finding[] {
    const findings: Finding[] = [];
    for (const place of ['path', 'query'] as const) {
      const declared = op.parameters.filter((p) => p.in === place);
      const values: Record<string, string> = {};
      for (const p of declared) {
        const v = place === 'path' ? params[p.name] : (query.get(p.name) ?? undefined);
        if (v !== undefined) values[p.name] = v;
      }
      const key = `${op.operationId} ${place}`;
      const validate = this.compile(this.params, key, () => ({
        type: 'object',
        properties: Object.fromEntries(declared.map((p) => [p.name, p.schema ?? {}])),
        required: declared.filter((p) => p.required).map((p) => p.name),
      }));
      if (!validate(values)) findings.push(...toFindings(place === 'path' ? 'params' : 'query', validate.errors));
    }
    const content = op.requestBody?.content ?? {};
    const jsonSchema = content['application/json']?.schema;
    if (op.requestBody?.required && !body.present) {
      findings.push({ where: 'body', pointer: '', message: 'request body is required' });
    } else if (body.present && jsonSchema) {
      if (body.parseError !== undefined) {
        findings.push({ where: 'body', pointer: '', message: `body is not JSON: ${body.parseError}` });
      } else {
        const validate = this.compile(this.bodies, `${op.operationId} body`, () => jsonSchema);
        if (!validate(body.json)) findings.push(...toFindings('body', validate.errors));
      }
    } else if (body.present && Object.keys(content).length === 0 && op.method !== 'DELETE') {
      findings.push({ where: 'body', pointer: '', message: 'operation takes no request body' });
    }
    return findings;
  }

  checkResponse(op: Operation, status: number, contentType: string | undefined, body: unknown): Finding[] {
    let response = op.responses[String(status)];
    if (!response && UNIVERSAL_STATUSES.has(status)) response = { content: { 'application/json': { schema: { $ref: '#/components/schemas/basic-error' } } } };
    if (!response) return [{ where: 'response', status, pointer: '', message: `status ${status} is not documented for ${op.operationId}` }];
    const ref = response.$ref as string | undefined;
    if (ref) response = this.spec.components.responses[ref.split('/').pop()!] ?? {};
    const content = (response.content ?? {}) as Record<string, { schema?: Json }>;
    const mediaType = (contentType ?? '').split(';')[0]!.trim();
    if (!/json/.test(mediaType) || body === undefined) return [];
    const chosen = content[mediaType] ?? Object.entries(content).find(([type]) => /json|vnd\.github\.object/.test(type))?.[1];
    if (!chosen?.schema) return [];
    const validate = this.compile(this.bodies, `${op.operationId} ${status} ${mediaType}`, () => chosen.schema!);
    if (validate(body)) return [];
    return toFindings('response', validate.errors).map((f) => ({ ...f, status }));
  }

  private compile(ajv: Ajv, key: string, schema: () => Json): ValidateFunction {
    const cacheKey = `${ajv === this.params ? 'p' : 'b'} ${key}`;
    const cached = this.validators.get(cacheKey);
    if (cached) return cached;
    const refs = new Set<string>();
    const converted = convert(schema(), refs) as Json;
    this.addComponents(ajv, refs);
    const validate = ajv.compile(converted);
    this.validators.set(cacheKey, validate);
    return validate;
  }

  private addComponents(ajv: Ajv, refs: Set<string>): void {
    let added = this.added.get(ajv);
    if (!added) this.added.set(ajv, (added = new Set()));
    const queue = [...refs];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (added.has(name)) continue;
      added.add(name);
      const more = new Set<string>();
      const schema = convert(this.spec.components.schemas[name] ?? {}, more) as Json;
      ajv.addSchema({ ...schema, $id: COMPONENT_ID + name });
      queue.push(...more);
    }
  }
}

function newAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerce, logger: false });
  addFormats(ajv);
  return ajv;
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not', 'contains', 'propertyNames']);
const DROPPED = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly']);

/** OpenAPI schema -> JSON Schema ajv can compile; collects the component names it references. */
function convert(node: unknown, refs: Set<string>): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const schema = node as Json;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    refs.add(name);
    return { $ref: COMPONENT_ID + name };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, refs)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      // GitHub writes oneOf between schemas that overlap (every error body matches both
      // basic-error and repository-rule-violation-error); what it means is anyOf.
      out[key === 'oneOf' ? 'anyOf' : key] = value.map((v) => convert(v, refs));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = convert(value, refs);
    } else {
      out[key] = value;
    }
  }
  return schema.nullable === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** ajv reports every failed branch of anyOf/oneOf; keep the most specific messages. */
function toFindings(where: ViolationPlace, errors: ErrorObject[] | null | undefined): Finding[] {
  const list = (errors ?? []).filter((e) => !(e.keyword === 'type' && (e.params as { type?: string }).type === 'null'));
  const deepest = Math.max(0, ...list.map((e) => e.instancePath.length));
  const chosen = list.filter((e) => e.instancePath.length === deepest && e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const picked = chosen.length > 0 ? chosen : list;
  return picked.slice(0, 20).map((e) => ({
    where,
    pointer: e.instancePath || '/',
    message: `${e.message ?? 'is invalid'}${e.keyword === 'additionalProperties' ? `: '${(e.params as { additionalProperty?: string }).additionalProperty}'` : ''}`,
  }));
}
