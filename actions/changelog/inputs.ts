/**
 * The one place the changelog action's inputs are read and validated. Nothing heavy is
 * loaded here (no @actions/core, no yaml, no changelog library): a refusal costs about
 * the start-up of bare node.
 */
import { InputError } from '../lib/runner/errors.js';
import { bool, oneOf, readInputs, secret, str, withCheck, type Env, type Field } from '../lib/runner/inputs.js';
import { versionInput } from '../lib/semver/input.js';

export const MODES = ['update', 'extract', 'notes', 'lint'] as const;
export type Mode = (typeof MODES)[number];

/** A file inside the repository: relative, no `..` segment, no NUL. */
function repoPath(): Field<string> {
  return withCheck(str(), (v) => {
    if (v === '') return undefined;
    if (v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v) || v.split(/[\\/]/).includes('..') || v.includes('\0')) {
      return `expected a path inside the repository, got ${JSON.stringify(v)}`;
    }
    return undefined;
  });
}

/**
 * A git revision: a tag, branch or SHA, optionally with `~N` / `^N` suffixes. It is
 * passed to git after `--end-of-options`; this check keeps it from being a range, an
 * option or a reflog expression.
 */
const REVISION = /^(?!-)(?!.*\.\.)(?!.*@\{)(?!.*\/\/)[A-Za-z0-9._/@+-]+(?:[~^]\d*)*$/;
function revision(): Field<string> {
  return str({ pattern: REVISION, expected: 'a tag, branch or commit SHA such as v0.4.1, main or 1a2b3c4 (a single revision, not a range)' });
}

/** `YYYY-MM-DD`, a real calendar date. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const UNRELEASED = ['Unreleased', 'unreleased'] as const;

export const spec = {
  mode: oneOf(MODES),
  version: versionInput({ keywords: UNRELEASED }),
  from: revision(),
  to: revision(),
  path: repoPath(),
  date: withCheck(str(), (v) => (v === '' || isCalendarDate(v) ? undefined : `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(v)}`)),
  categories: repoPath(),
  'use-pull-requests': bool(true),
  token: secret(),
  config: repoPath(),
  regenerate: bool(false),
  'notes-template': repoPath(),
} as const;

export interface ChangelogInputs {
  mode: Mode;
  /** Without `v` (`0.5.0`), or `Unreleased` (extract only); '' for lint. */
  version: string;
  from: string;
  to: string;
  /** '' → the configuration's `changelog`, else CHANGELOG.md. */
  path: string;
  /** '' → today (UTC; SOURCE_DATE_EPOCH fixes it). */
  date: string;
  /** '' → `.github/release.yml` (or `.yaml`) when present. */
  categories: string;
  usePullRequests: boolean;
  token: string;
  config: string;
  regenerate: boolean;
  notesTemplate: string;
}

/** Reads every input, then checks the ones that only make sense together. */
export function readChangelogInputs(env: Env = process.env): ChangelogInputs {
  const v = readInputs(spec, env);
  const inputs: ChangelogInputs = {
    mode: v.mode,
    version: v.version,
    from: v.from,
    to: v.to,
    path: v.path,
    date: v.date,
    categories: v.categories,
    usePullRequests: v['use-pull-requests'],
    token: v.token,
    config: v.config,
    regenerate: v.regenerate,
    notesTemplate: v['notes-template'],
  };
  const history = inputs.mode === 'update' || inputs.mode === 'notes';

  if (inputs.version === '' && inputs.mode !== 'lint') {
    // the version of the tag that started the run (refused with the reason when there is none)
    inputs.version = versionInput({ fromTag: true, env: env as NodeJS.ProcessEnv }).read('version', '');
  }
  if (/^unreleased$/i.test(inputs.version)) {
    if (inputs.mode !== 'extract') throw new InputError('version', `'Unreleased' can only be extracted; mode ${inputs.mode} needs a version like 0.5.0`);
    inputs.version = 'Unreleased';
  }
  if (!history) {
    for (const name of ['from', 'to', 'categories'] as const) {
      if (inputs[name] !== '') throw new InputError(name, `is only read by mode update or notes, which read the history (mode is ${inputs.mode})`);
    }
  }
  if (inputs.regenerate && inputs.mode !== 'update') throw new InputError('regenerate', `only applies to mode update (mode is ${inputs.mode})`);
  if (inputs.notesTemplate !== '' && inputs.mode !== 'notes') throw new InputError('notes-template', `only applies to mode notes (mode is ${inputs.mode})`);
  if (inputs.date !== '' && inputs.mode !== 'update') throw new InputError('date', `only applies to mode update (mode is ${inputs.mode})`);
  if (history && inputs.usePullRequests && inputs.token === '') {
    throw new InputError('token', 'required to read pull requests (the default is the job token, github.token); or set use-pull-requests: false');
  }
  return inputs;
}
