/**
 * The runner's file commands, read back after a step as actions/runner reads them
 * (src/Runner.Worker/FileCommandManager.cs, SetEnvFileCommand and SetOutputFileCommand):
 * `NAME=VALUE` lines and `NAME<<DELIMITER` blocks, whichever of `=` and `<<` comes first on the
 * line deciding; empty lines skipped; a block's value is every line up to the delimiter line,
 * without the last line break; LF line breaks (CRLF is Windows-only in the runner, so a `\r`
 * stays part of the line). An error here fails the step, as the runner fails it.
 */

export class FileCommandError extends Error {}

/** The next line from `index` and the index after its line break; null at the end. */
function readLine(text: string, index: number): { line: string | null; next: number; newline: number } {
  if (index >= text.length) return { line: null, next: index, newline: 0 };
  const lf = text.indexOf('\n', index);
  if (lf < 0) return { line: text.slice(index), next: text.length, newline: 0 };
  return { line: text.slice(index, lf), next: lf + 1, newline: 1 };
}

/**
 * `GITHUB_OUTPUT` / `GITHUB_ENV` text → name/value pairs in file order (a later pair wins).
 * `file` names the file in errors (`GITHUB_OUTPUT`).
 */
export function parseFileCommand(text: string, file: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  let at = 0;
  for (let r = readLine(text, at); r.line !== null; r = readLine(text, at)) {
    at = r.next;
    const line = r.line;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      pairs.push([line.slice(0, eq), line.slice(eq + 1)]);
      continue;
    }
    if (heredoc < 0) throw new FileCommandError(`${file}: invalid format '${line}': expected NAME=VALUE or NAME<<DELIMITER`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (!name || !delimiter) throw new FileCommandError(`${file}: invalid format '${line}': the name and the delimiter must not be empty`);
    const start = at;
    let end = at;
    let v = readLine(text, at);
    while (v.line !== delimiter) {
      if (v.line === null) throw new FileCommandError(`${file}: matching delimiter not found '${delimiter}' (the block of ${name} is not closed)`);
      end = v.next - v.newline;
      at = v.next;
      v = readLine(text, at);
    }
    at = v.next;
    pairs.push([name, end > start ? text.slice(start, end) : '']);
  }
  return pairs;
}

/** `GITHUB_PATH` text → the folders to put in front of PATH, in file order (empty lines skipped). */
export function parsePathFile(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/**
 * The runner's PATH after `GITHUB_PATH` additions: each addition moves to the end of its list,
 * and the list goes in front of PATH newest first.
 */
export function prependPath(list: string[], added: readonly string[]): string[] {
  const out = [...list];
  for (const dir of added) {
    const i = out.indexOf(dir);
    if (i >= 0) out.splice(i, 1);
    out.push(dir);
  }
  return out;
}

export function pathWith(prepend: readonly string[], path: string): string {
  return [...[...prepend].reverse(), path].filter(Boolean).join(':');
}
