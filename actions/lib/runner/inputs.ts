import { InputError } from './errors.js';
import { mask } from './commands.js';

/**
 * Declarative, typed inputs. Each action lists its inputs once (in its own
 * inputs.ts); `readInputs` reads them the way the runner passes them
 * (`INPUT_<NAME>` environment variables) and fails on the first bad one with an
 * InputError naming it. Nothing here loads @actions/core.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export interface Field<T> {
  readonly kind: string;
  read(name: string, raw: string): T;
}

export type InputValues<S extends Record<string, Field<unknown>>> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

/** The value of input `name` as the runner passes it: trimmed, '' when absent. */
export function rawInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readInputs<S extends Record<string, Field<unknown>>>(spec: S, env: Env = process.env): InputValues<S> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec)) out[name] = field.read(name, rawInput(name, env));
  return out as InputValues<S>;
}

function show(raw: string): string {
  return JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);
}

export function str(opts: { required?: boolean; default?: string; pattern?: RegExp; expected?: string } = {}): Field<string> {
  return {
    kind: 'string',
    read(name, raw) {
      if (raw === '') {
        if (opts.required) throw new InputError(name, `required and not supplied${opts.expected ? ` (expected ${opts.expected})` : ''}`);
        return opts.default ?? '';
      }
      if (opts.pattern && !opts.pattern.test(raw)) throw new InputError(name, `expected ${opts.expected ?? `a value matching ${opts.pattern}`}, got ${show(raw)}`);
      return raw;
    },
  };
}

/** Only the YAML 1.2 core booleans the runner documents; anything else is refused, not guessed. */
export function bool(defaultValue: boolean): Field<boolean> {
  return {
    kind: 'boolean',
    read(name, raw) {
      if (raw === '') return defaultValue;
      if (['true', 'True', 'TRUE'].includes(raw)) return true;
      if (['false', 'False', 'FALSE'].includes(raw)) return false;
      throw new InputError(name, `expected true or false, got ${show(raw)}`);
    },
  };
}

export function oneOf<const T extends string>(values: readonly T[], defaultValue?: T): Field<T> {
  return {
    kind: 'enum',
    read(name, raw) {
      if (raw === '') {
        if (defaultValue === undefined) throw new InputError(name, `required and not supplied (expected one of ${values.join(', ')})`);
        return defaultValue;
      }
      if (!(values as readonly string[]).includes(raw)) throw new InputError(name, `expected one of ${values.join(', ')}, got ${show(raw)}`);
      return raw as T;
    },
  };
}

/** A newline (or comma-free) list: one item a line, blank lines and `#` comments dropped. */
export function list(opts: { required?: boolean; item?: (value: string) => string | undefined } = {}): Field<string[]> {
  return {
    kind: 'list',
    read(name, raw) {
      const items = raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
      if (items.length === 0 && opts.required) throw new InputError(name, 'required and not supplied (expected one item a line)');
      for (const [i, item] of items.entries()) {
        const problem = opts.item?.(item);
        if (problem) throw new InputError(name, `line ${i + 1}: ${problem}`);
      }
      return items;
    },
  };
}

export function int(opts: { default: number; min?: number; max?: number }): Field<number> {
  return {
    kind: 'integer',
    read(name, raw) {
      if (raw === '') return opts.default;
      if (!/^\d+$/.test(raw)) throw new InputError(name, `expected a whole number, got ${show(raw)}`);
      const n = Number(raw);
      if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
        throw new InputError(name, `expected a number from ${opts.min ?? '-'} to ${opts.max ?? '-'}, got ${n}`);
      }
      return n;
    },
  };
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration like `90s`, `10m`, `1h30m`, in milliseconds. */
export function duration(defaultValue: string): Field<number> {
  const parse = (name: string, raw: string): number => {
    const parts = [...raw.matchAll(/(\d+)(ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== raw) throw new InputError(name, `expected a duration like 90s, 10m or 1h30m, got ${show(raw)}`);
    return parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2] as string] ?? 0), 0);
  };
  return { kind: 'duration', read: (name, raw) => parse(name, raw === '' ? defaultValue : raw) };
}

/** A secret: masked in the log as soon as it is read. */
export function secret(opts: { required?: boolean } = {}): Field<string> {
  const inner = str({ required: opts.required });
  return {
    kind: 'secret',
    read(name, raw) {
      const value = inner.read(name, raw);
      mask(value);
      return value;
    },
  };
}

/** A field with an extra check; the check returns what was expected, or undefined. */
export function withCheck<T>(field: Field<T>, check: (value: T) => string | undefined): Field<T> {
  return {
    kind: field.kind,
    read(name, raw) {
      const value = field.read(name, raw);
      const problem = check(value);
      if (problem) throw new InputError(name, problem);
      return value;
    },
  };
}
