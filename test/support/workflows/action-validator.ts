/**
 * `@action-validator/cli` (mpalmer/action-validator), run as the binary CI would run it:
 * `node_modules/.bin/action-validator FILE`, exit 0 when the file is valid. It treats a file
 * named `action.yml`/`action.yaml` as an action, anything else as a workflow.
 *
 * Its bundled JSON schemas (0.6.0) predate two things GitHub added since: `runs.using:
 * node24` (2025) and the `attestations` permission scope (2024). The file given to the
 * binary is therefore a normalised copy in which exactly these are rewritten —
 * `node24` → `node20`, and `attestations:` entries of a `permissions:` mapping removed —
 * and nothing else; `schemaLagIn` says what was rewritten so a test can check the
 * workaround is still needed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { isPair, isScalar, parseDocument, visit } from 'yaml';
import { projectRoot } from './model.js';

const run = promisify(execFile);
export const validatorBin = join(projectRoot, 'node_modules', '.bin', 'action-validator');

export interface Normalised {
  text: string;
  /** What was rewritten, e.g. `runs.using node24→node20`, `jobs.image.permissions.attestations`. */
  rewrites: string[];
}

export function normaliseForValidator(text: string): Normalised {
  const doc = parseDocument(text);
  const rewrites: string[] = [];
  visit(doc, {
    Pair(_key, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const parentPair = [...path].reverse().find(isPair);
      const parentKey = parentPair && isScalar(parentPair.key) ? String(parentPair.key.value) : '';
      if (key === 'using' && isScalar(pair.value) && pair.value.value === 'node24' && parentKey === 'runs') {
        pair.value.value = 'node20';
        rewrites.push('runs.using node24→node20');
      }
      if (key === 'attestations' && parentKey === 'permissions') {
        rewrites.push(`permissions.attestations: ${isScalar(pair.value) ? String(pair.value.value) : '?'}`);
        return visit.REMOVE;
      }
      return undefined;
    },
  });
  return { text: rewrites.length > 0 ? doc.toString({ lineWidth: 0 }) : text, rewrites };
}

export interface Validation {
  ok: boolean;
  /** The validator's report (its JSON on stderr) when not ok. */
  report: string;
  rewrites: string[];
}

/** Runs the binary on `text` as the file `name` (its basename decides action or workflow). */
export async function actionValidator(name: string, text: string, opts: { normalise?: boolean } = {}): Promise<Validation> {
  const { text: input, rewrites } = opts.normalise === false ? { text, rewrites: [] } : normaliseForValidator(text);
  const dir = await mkdtemp(join(tmpdir(), 'action-validator-'));
  try {
    const file = join(dir, basename(name));
    await writeFile(file, input);
    try {
      await run(validatorBin, [file], { cwd: projectRoot, timeout: 60_000 });
      return { ok: true, report: '', rewrites };
    } catch (err) {
      const e = err as { code?: number; stderr?: string; stdout?: string };
      if (typeof e.code !== 'number') throw err;
      return { ok: false, report: `${e.stderr ?? ''}${e.stdout ?? ''}`.trim(), rewrites };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
