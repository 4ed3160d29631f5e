/**
 * changelog-entry: the changelog has a section for the version with something in
 * it, and the file lints without errors (warnings are listed, not failed).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError } from '../../lib/runner/errors.js';
import type { CheckContext, CheckResult } from '../types.js';

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const file = ctx.config.changelog;
  const text = await readFile(join(ctx.run.workspace, file), 'utf8').catch(() => undefined);
  if (text === undefined) return { status: 'failed', detail: `${file} does not exist (configuration key changelog)` };
  const { extractSection, lintChangelog, sectionContent } = await import('../../lib/changelog/index.js');

  let section;
  try {
    section = extractSection(text, ctx.version, { file });
  } catch (err) {
    if (err instanceof ActionError) return { status: 'failed', detail: err.message };
    throw err;
  }
  const content = sectionContent(section.body);
  if (content.length === 0) {
    return { status: 'failed', detail: `${file}:${section.line} the section ${section.heading.trim()} is empty: list what changed in ${ctx.version}` };
  }

  const findings = lintChangelog(text, { file });
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  const show = (list: typeof findings) => list.map((f) => `${file}:${f.line} ${f.message} (${f.rule})`).join('; ');
  if (errors.length > 0) return { status: 'failed', detail: `${file} does not lint clean: ${show(errors)}` };
  const items = content.filter((l) => /^\s*[-*+]\s/.test(l)).length;
  const size = items > 0 ? `${items} entr${items === 1 ? 'y' : 'ies'}` : `${content.length} line(s)`;
  return {
    status: 'passed',
    detail: `${file}:${section.line} ${section.heading.trim()} has ${size}${warnings.length ? `; lint warnings: ${show(warnings)}` : '; lints clean'}`,
  };
}
