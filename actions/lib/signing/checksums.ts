/**
 * `SHA256SUMS` as `sha256sum` writes it and `sha256sum -c` reads it: `HEX  NAME` (text mode)
 * or `HEX *NAME` (binary mode), one file a line. Pure.
 */

export interface ChecksumLine {
  name: string;
  sha256: string;
  line: number;
}

export interface ParsedSums {
  entries: ChecksumLine[];
  /** `SHA256SUMS:3: …` for each line sha256sum would not read. */
  problems: string[];
}

const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;

export function parseSha256Sums(text: string, file = 'SHA256SUMS'): ParsedSums {
  const entries: ChecksumLine[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const m = LINE.exec(line);
    if (!m) problems.push(`${file}:${i + 1}: expected "<64 hex digits>  <file name>", got ${JSON.stringify(line.slice(0, 80))}`);
    else entries.push({ sha256: (m[1] as string).toLowerCase(), name: m[2] as string, line: i + 1 });
  });
  return { entries, problems };
}

/** The text of a `SHA256SUMS` for these files, sorted by name, as `sha256sum` prints it. */
export function formatSha256Sums(files: ReadonlyArray<{ name: string; sha256: string }>): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('');
}

export interface SumsComparison {
  matched: string[];
  /** Each mismatch named: a listed file the release lacks, a digest that differs, an asset not listed. */
  problems: string[];
}

/** Every listed file is an asset with that sha256, and every asset (but the ones `exempt`) is listed. */
export function compareSums(sums: ParsedSums, assets: ReadonlyMap<string, string>, exempt: ReadonlySet<string>, file = 'SHA256SUMS'): SumsComparison {
  const problems = [...sums.problems];
  const matched: string[] = [];
  for (const e of sums.entries) {
    const actual = assets.get(e.name);
    if (actual === undefined) problems.push(`${file}:${e.line} lists ${e.name}, which the release does not carry`);
    else if (actual !== e.sha256) problems.push(`${e.name}: sha256 is ${actual}, ${file}:${e.line} says ${e.sha256} (the asset was changed after it was summed)`);
    else matched.push(e.name);
  }
  const listed = new Set(sums.entries.map((e) => e.name));
  for (const name of assets.keys()) if (!listed.has(name) && !exempt.has(name)) problems.push(`${name} is a release asset that ${file} does not list`);
  return { matched, problems };
}
