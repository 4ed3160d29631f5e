/**
 * Errors that know where the problem is, so that the runner can print one
 * `::error::` annotation that names the input, or the file and line.
 */
export class ActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A workflow input has a value the action cannot use. */
export class InputError extends ActionError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`input '${input}': ${message}`);
  }
}

/** A file in the repository has content the action cannot use; line is 1-based. */
export class FileError extends ActionError {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

/** A remote (GitHub, registry, webhook) refused or failed; what was asked is in the message. */
export class RemoteError extends ActionError {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
