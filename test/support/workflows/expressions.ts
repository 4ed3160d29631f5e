/**
 * GitHub's expression language evaluated with GitHub's own implementation (npm
 * `@actions/expressions`), over plain JSON contexts: `evaluate("inputs.mode != 'rollback'",
 * { inputs: { mode: 'release' } })`. A `${{ }}` wrapper is accepted and removed; text around
 * several `${{ }}` is interpolated as the runner does it.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

export type Contexts = Record<string, unknown>;

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function evaluateExpression(expr: string, contexts: Contexts): data.ExpressionData {
  const lexed = new Lexer(expr).lex();
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const dictionary = new data.Dictionary(...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })));
  return new Evaluator(parsed, dictionary).evaluate();
}

/** The value of an expression (`if:` style, with or without `${{ }}`) as JSON. */
export function evaluate(expr: string, contexts: Contexts): unknown {
  const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(expr)?.[1] ?? expr;
  return JSON.parse(JSON.stringify(evaluateExpression(inner, contexts), data.replacer)) as unknown;
}

/** A value with `${{ }}` parts, interpolated to a string as the runner does (`release-${{ github.ref_name }}`). */
export function interpolate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => evaluateExpression(expr, contexts).coerceString());
}

/** Truthiness as GitHub decides it for `if:`. */
export function truthy(expr: string, contexts: Contexts): boolean {
  const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(expr)?.[1] ?? expr;
  const v = evaluateExpression(inner, contexts);
  switch (v.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (v as data.BooleanData).value;
    case data.Kind.Number:
      return (v as data.NumberData).value !== 0 && !Number.isNaN((v as data.NumberData).value);
    case data.Kind.String:
      return (v as data.StringData).value !== '';
    default:
      return true;
  }
}
