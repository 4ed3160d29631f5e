/**
 * GitHub's expression language, evaluated by GitHub's own implementation (npm
 * `@actions/expressions`) over plain JSON contexts, with the job-status functions the runner
 * adds (`success()`, `failure()`, `always()`, `cancelled()`).
 *
 * Workflow values reach this module as `Value`s (see ./workflow.ts): JSON with `{ $expr }`
 * leaves where the workflow parser found an expression (`release-${{ x }}` arrives already
 * rewritten by the parser as `format('release-{0}', x)`).
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface Expr {
  readonly $expr: string;
}
export type Value = null | boolean | number | string | Expr | Value[] | { [key: string]: Value };
export type Contexts = Record<string, unknown>;

/** What the status functions answer: the state of the job (steps) or of its needs (jobs). */
export interface Status {
  failed: boolean;
  cancelled?: boolean;
  /**
   * Jobs: a job of the dependency chain — direct or not — was skipped. GitHub then answers
   * `success()` false although nothing failed (actions/runner#2205), so a job below a skipped
   * one runs only when its `if:` holds a status function such as `!cancelled()`.
   */
  incomplete?: boolean;
}

export class ExpressionProblem extends Error {
  constructor(
    readonly expression: string,
    message: string,
  ) {
    super(`\${{ ${expression} }}: ${message}`);
    this.name = 'ExpressionProblem';
  }
}

export function isExpr(v: unknown): v is Expr {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { $expr?: unknown }).$expr === 'string' && Object.keys(v).length === 1;
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];

function statusFunctions(status: Status): Map<string, { name: string; minArgs: number; maxArgs: number; call: () => data.ExpressionData }> {
  const answer: Record<string, boolean> = {
    success: !status.failed && !status.incomplete && !status.cancelled,
    failure: status.failed,
    always: true,
    cancelled: status.cancelled ?? false,
  };
  return new Map(STATUS_FUNCTIONS.map((name) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answer[name] ?? false) }]));
}

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function evaluateData(expr: string, contexts: Contexts, status: Status): data.ExpressionData {
  try {
    const lexed = new Lexer(expr).lex();
    const functions = statusFunctions(status);
    const parsed = new Parser(lexed.tokens, Object.keys(contexts), [...functions.values()]).parse();
    const dictionary = new data.Dictionary(...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })));
    return new Evaluator(parsed, dictionary, functions).evaluate();
  } catch (err) {
    throw new ExpressionProblem(expr, err instanceof Error ? err.message : String(err));
  }
}

function unwrap(expr: string): string {
  return /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(expr)?.[1]?.trim() ?? expr.trim();
}

/** The value of an expression (with or without `${{ }}`) as JSON. */
export function evaluate(expr: string, contexts: Contexts, status: Status = { failed: false }): Json {
  const result = evaluateData(unwrap(expr), contexts, status);
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as Json;
}

/** Truthiness as the runner decides an `if:`. */
export function truthy(expr: string, contexts: Contexts, status: Status = { failed: false }): boolean {
  const v = evaluateData(unwrap(expr), contexts, status);
  switch (v.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (v as data.BooleanData).value;
    case data.Kind.Number: {
      const n = (v as data.NumberData).value;
      return n !== 0 && !Number.isNaN(n);
    }
    case data.Kind.String:
      return (v as data.StringData).value !== '';
    default:
      return true;
  }
}

/** A workflow value with every expression evaluated, as JSON. */
export function resolveValue(v: Value | undefined, contexts: Contexts, status: Status = { failed: false }): Json {
  if (v === undefined) return null;
  if (isExpr(v)) return evaluate(v.$expr, contexts, status);
  if (Array.isArray(v)) return v.map((x) => resolveValue(x, contexts, status));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveValue(x, contexts, status)]));
  return v;
}

/** How the runner turns a value into the text an action input or an env variable holds. */
export function asText(v: Json): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** A workflow value evaluated to the text an input gets. */
export function resolveText(v: Value | undefined, contexts: Contexts, status: Status = { failed: false }): string {
  return asText(resolveValue(v, contexts, status));
}

/** Every expression inside a value (for reports and validation). */
export function expressionsIn(v: Value | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (isExpr(v)) return [v.$expr];
  if (Array.isArray(v)) return v.flatMap(expressionsIn);
  if (typeof v === 'object') return Object.values(v).flatMap(expressionsIn);
  return [];
}
