/**
 * GitHub's own workflow and action.yml parser (npm `@actions/workflow-parser`, from
 * actions/languageservices): schema validation, expression syntax, and — through the
 * file provider below — the inputs and secrets a caller passes to a reusable workflow.
 *
 * The package imports its JSON schemas without import attributes. Under jest that works
 * (jest-runtime turns an imported `.json` into a synthetic module); under plain Node it does
 * not, and `./json-hooks.mjs` is the loader hook for that case (see `./register.mjs`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type * as WorkflowParser from '@actions/workflow-parser';
import type * as ActionParserModule from '@actions/workflow-parser/actions/index';
import { projectRoot, SUITE_REPO } from './model.js';

type Parser = typeof WorkflowParser;
type ActionParser = typeof ActionParserModule;

let loaded: Promise<[Parser, ActionParser]> | undefined;
function load(): Promise<[Parser, ActionParser]> {
  // one after the other: jest's ESM loader fails ("not in cache") on two concurrent imports sharing modules
  loaded ??= (async () => {
    const parser = await import('@actions/workflow-parser');
    const actions = await import('@actions/workflow-parser/actions/index');
    return [parser, actions] as [Parser, ActionParser];
  })();
  return loaded;
}

export interface FileRef {
  /** `owner/repo` for a remote reference, undefined for `./…`. */
  repo?: string;
  path: string;
  version?: string;
}

/**
 * The default file provider: the suite's reusable workflows, referenced as
 * `llm-d/release-actions/.github/workflows/<file>@<ref>` or `./.github/workflows/<file>`, are
 * read from this checkout (whatever the ref: the refs themselves are checked by the rules).
 */
export function suiteFiles(ref: FileRef): string | undefined {
  if (ref.repo !== undefined && ref.repo.toLowerCase() !== SUITE_REPO) return undefined;
  const path = normalize(ref.path.replace(/^\.\//, ''));
  if (path.startsWith('..') || !path.startsWith(join('.github', 'workflows'))) return undefined;
  const file = join(projectRoot, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export interface ParseResult {
  errors: string[];
  /** Job ids as the parser converted them (empty when it stopped at errors). */
  jobs: string[];
}

/** Parses and converts a workflow; called reusable workflows are fetched (one level) through `files`. */
export async function parseWorkflowText(name: string, content: string, files: (ref: FileRef) => string | undefined = suiteFiles): Promise<ParseResult> {
  const [parser] = await load();
  const parsed = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return { errors: errors.length > 0 ? errors : [`${name}: nothing parsed`], jobs: [] };
  const provider = {
    getFileContent: async (ref: { path: string; owner?: string; repository?: string; version?: string }) => {
      const fileRef: FileRef = { path: ref.path };
      if (ref.owner !== undefined && ref.repository !== undefined) fileRef.repo = `${ref.owner}/${ref.repository}`;
      if (ref.version !== undefined) fileRef.version = ref.version;
      const text = files(fileRef);
      if (text === undefined) throw new Error(`no such workflow: ${JSON.stringify(fileRef)}`);
      return { name: ref.path, content: text };
    },
  };
  const template = await parser.convertWorkflowTemplate(parsed.context, parsed.value, provider, { fetchReusableWorkflowDepth: 1 });
  return {
    errors: parsed.context.errors.getErrors().map((e) => e.message),
    jobs: (template.jobs ?? []).map((j) => j.id.value),
  };
}

/** Parses an action.yml against GitHub's action schema. */
export async function parseActionText(name: string, content: string): Promise<string[]> {
  const [parser, actions] = await load();
  const parsed = actions.parseAction({ name, content }, new parser.NoOperationTraceWriter());
  return parsed.context.errors.getErrors().map((e) => e.message);
}
