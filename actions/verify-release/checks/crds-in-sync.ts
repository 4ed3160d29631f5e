/**
 * crds-in-sync: every CRD generated under the configured folder (WVA:
 * `config/crd/bases/`, controller-gen's output) is in the chart's `crds/` and
 * identical as YAML — the chart installs what the code defines.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareCrds, isCrdFile, readCrds } from '../crds.js';
import type { CheckContext, CheckResult } from '../types.js';

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const dir = ctx.config.crdDir.replace(/\/+$/, '');
  const names = await readdir(join(ctx.run.workspace, dir)).catch(() => undefined);
  if (!names) return { status: 'skipped', detail: `${dir} does not exist: no generated CRDs to compare (configuration key crd-dir)` };
  const generated = new Map<string, string>();
  for (const n of names.filter(isCrdFile).sort()) generated.set(`${dir}/${n}`, await readFile(join(ctx.run.workspace, dir, n), 'utf8'));
  if (generated.size === 0) return { status: 'failed', detail: `${dir} holds no CRD files (*.yaml)` };

  const chart = await ctx.chart();
  const source = readCrds(generated);
  const target = readCrds(chart.crds);
  const problems = [...source.problems, ...target.problems];
  if (problems.length > 0) return { status: 'failed', detail: problems.join('; ') };
  if (source.docs.length === 0) return { status: 'failed', detail: `${dir} holds no CustomResourceDefinition` };

  const c = compareCrds(source.docs, target.docs);
  const issues = [
    ...c.missing.map((n) => `${n} (${source.docs.find((d) => d.name === n)?.file}) is missing from ${chart.dir}/crds/`),
    ...c.different.map((d) => `${d.name}: ${d.actualFile} has ${d.difference.actual} at ${d.difference.path}, ${d.expectedFile} has ${d.difference.expected}`),
  ];
  const extra = c.extra.length > 0 ? `; only in the chart: ${c.extra.join(', ')}` : '';
  if (issues.length > 0) return { status: 'failed', detail: `${issues.join('; ')} (run make manifests and copy the CRDs into the chart)${extra}` };
  return { status: 'passed', detail: `${c.same.length} CRD(s) identical in ${dir}/ and ${chart.dir}/crds/: ${c.same.join(', ')}${extra}` };
}
