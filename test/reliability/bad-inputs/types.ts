/** One declarative bad-input case: the action, its inputs, the repository state it runs on, and the refusal expected. */
export type ActionName = 'bump-version' | 'changelog' | 'verify-release' | 'announce' | 'publish-helm';

export interface BadInputCase {
  /** Unique over the corpus. */
  id: string;
  action: ActionName;
  inputs: Record<string, string>;
  /** A named repository state (see fixtures.ts); default `base`. */
  fixture?: string;
  /** Overrides of the run (e.g. another repository in the emulator). */
  repository?: string;
  /**
   * Set when the action does not refuse this input today (a gap measured by the suite, not
   * hidden): the case runs as `it.failing`, so it turns red the day the action refuses it and
   * the marker must be removed. The text says what happens instead.
   */
  knownGap?: string;
  expect: {
    /** A fragment of the one `::error::` message (a string is matched as a substring). */
    error: string | RegExp;
    /** The input the message names (`input '<name>': …`, or `the <name> input`). */
    input?: string;
    /** The file the annotation names, and its line. */
    file?: string;
    line?: number;
    /** For a refusal that is about neither an input nor a file: what it must name (e.g. the tag). */
    names?: string;
  };
}
