/**
 * GitHub's published OpenAPI description (the `@octokit/openapi` package):
 * loaded once per process, indexed by method and path template, so that the
 * emulator can tell which documented operation a request is.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** A JSON value from the description; shapes are checked where they are read. */
export type Json = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
  'x-multi-segment'?: boolean;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> };
  responses: Record<string, Json>;
  /** Non-empty when the operation lives on another host (uploads.github.com). */
  servers: string[];
  docsUrl: string;
}

export interface Spec {
  operations: Operation[];
  components: { schemas: Record<string, Json>; responses: Record<string, Json>; parameters: Record<string, Json> };
}

export interface Match {
  operation: Operation;
  params: Record<string, string>;
}

let loading: Promise<SpecIndex> | undefined;

/** The parsed description, shared by every emulator in the process. */
export function loadSpec(): Promise<SpecIndex> {
  loading ??= (async () => {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    return new SpecIndex(JSON.parse(await readFile(file, 'utf8')) as Json);
  })();
  return loading;
}

/** A path segment: text, one parameter, or parameters inside text (`{base}...{head}`). */
type Segment = { literal: string } | { param: string; multi: boolean } | { pattern: RegExp; names: string[] };

interface Compiled {
  operation: Operation;
  segments: Segment[];
}

export class SpecIndex {
  readonly components: Spec['components'];
  private readonly byMethod = new Map<string, Compiled[]>();
  private readonly byId = new Map<string, Operation>();

  constructor(doc: Json) {
    this.components = doc.components as Spec['components'];
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    for (const [template, item] of Object.entries(paths)) {
      const shared = (item.parameters as Json[] | undefined) ?? [];
      for (const [method, raw] of Object.entries(item)) {
        if (method === 'parameters' || typeof raw !== 'object' || raw === null) continue;
        const op = raw as Json;
        const parameters = [...shared, ...((op.parameters as Json[] | undefined) ?? [])].map((p) => this.parameter(p));
        const operation: Operation = {
          operationId: op.operationId as string,
          method: method.toUpperCase(),
          template,
          parameters,
          requestBody: op.requestBody as Operation['requestBody'],
          responses: op.responses as Record<string, Json>,
          servers: ((op.servers as Array<{ url: string }> | undefined) ?? []).map((s) => s.url),
          docsUrl: ((op.externalDocs as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest'),
        };
        const multi = new Set(parameters.filter((p) => p['x-multi-segment']).map((p) => p.name));
        const segments = template
          .split('/')
          .slice(1)
          .map((s): Segment => {
            const whole = /^\{([^{}]+)\}$/.exec(s);
            if (whole) return { param: whole[1]!, multi: multi.has(whole[1]!) };
            if (!s.includes('{')) return { literal: s };
            const names = [...s.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
            const source = s.split(/\{[^{}]+\}/).map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)');
            return { pattern: new RegExp(`^${source}$`), names };
          });
        const list = this.byMethod.get(operation.method) ?? [];
        list.push({ operation, segments });
        this.byMethod.set(operation.method, list);
        this.byId.set(operation.operationId, operation);
      }
    }
  }

  operation(operationId: string): Operation | undefined {
    return this.byId.get(operationId);
  }

  /**
   * The documented operation for a request path (relative to the API root,
   * still percent-encoded). The most literal template wins, so
   * `/releases/latest` beats `/releases/{release_id}`.
   */
  match(method: string, path: string): Match | undefined {
    const parts = path.split('/').slice(1);
    let best: { match: Match; score: number } | undefined;
    for (const c of this.byMethod.get(method.toUpperCase()) ?? []) {
      const params = matchSegments(c.segments, parts);
      if (!params) continue;
      // Text beats a parameter, a parameter beats parameters inside text or spanning segments.
      const score = c.segments.reduce((n, s) => n + ('literal' in s ? 2 : 'pattern' in s ? -1 : s.multi ? -1 : 0), 0);
      if (!best || score > best.score) best = { match: { operation: c.operation, params }, score };
    }
    return best?.match;
  }

  private parameter(p: Json): Parameter {
    const ref = p.$ref as string | undefined;
    if (ref) return this.components.parameters[ref.split('/').pop()!] as unknown as Parameter;
    return p as unknown as Parameter;
  }
}

function matchSegments(segments: Compiled['segments'], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const walk = (si: number, pi: number): boolean => {
    if (si === segments.length) return pi === parts.length;
    const seg = segments[si]!;
    if ('literal' in seg) return parts[pi] === seg.literal && walk(si + 1, pi + 1);
    if ('pattern' in seg) {
      const m = seg.pattern.exec(safeDecode(parts[pi] ?? ''));
      if (!m) return false;
      seg.names.forEach((name, i) => (params[name] = m[i + 1]!));
      return walk(si + 1, pi + 1);
    }
    const last = seg.multi ? parts.length - (segments.length - si - 1) : pi + 1;
    for (let end = last; end > pi; end -= 1) {
      const value = parts.slice(pi, end).join('/');
      if (value === '') continue;
      params[seg.param] = safeDecode(value);
      if (walk(si + 1, end)) return true;
    }
    delete params[seg.param];
    return false;
  };
  return walk(0, 0) ? params : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
