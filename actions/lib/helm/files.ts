import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ActionError } from '../runner/errors.js';
import { parseHelmignore, type HelmignoreRules } from './helmignore.js';

export interface ChartFile {
  /** Path relative to the chart directory, `/`-separated. */
  path: string;
  absolute: string;
  isDir: boolean;
}

export interface ChartFileList {
  /** Every non-ignored file and directory, in the order Go's filepath.Walk visits them (names sorted by bytes, depth first). */
  entries: ChartFile[];
  rules: HelmignoreRules;
}

/** Go sorts directory names by their UTF-8 bytes. */
const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The files of a chart directory as Helm loads them: walked from the root, symbolic links
 * followed (Helm's sympath.Walk), `.helmignore` applied to directories (an ignored directory
 * is not entered) and to files. Irregular files (sockets, devices) are an error, as in Helm.
 */
export function listChartFiles(chartDir: string, displayDir = chartDir): ChartFileList {
  let ignoreText: string | undefined;
  try {
    ignoreText = readFileSync(join(chartDir, '.helmignore'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const rules = parseHelmignore(ignoreText, join(displayDir, '.helmignore'));
  const entries: ChartFile[] = [];
  const visiting = new Set<string>();
  const walk = (absDir: string, relDir: string): void => {
    const real = realpathSync(absDir);
    if (visiting.has(real)) throw new ActionError(`${join(displayDir, relDir)}: symbolic link loop`);
    visiting.add(real);
    const names = readdirSync(absDir).sort(byBytes);
    for (const name of names) {
      const abs = join(absDir, name);
      const rel = relDir ? `${relDir}/${name}` : name;
      const st = statSync(abs);
      if (st.isDirectory()) {
        if (rules.ignores(rel, true)) continue;
        entries.push({ path: rel, absolute: abs, isDir: true });
        walk(abs, rel);
      } else {
        if (rules.ignores(rel, false)) continue;
        if (!st.isFile()) throw new ActionError(`${join(displayDir, rel)}: cannot package an irregular file (socket, device or pipe)`);
        entries.push({ path: rel, absolute: abs, isDir: false });
      }
    }
    visiting.delete(real);
  };
  walk(chartDir, '');
  return { entries, rules };
}
