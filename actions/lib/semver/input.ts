import { InputError } from '../runner/errors.js';
import type { Field } from '../runner/inputs.js';
import { stripV, versionProblem } from './version.js';

/**
 * A `version` input: an explicit version (`0.5.0` / `v0.5.0`, returned without
 * `v`), one of `keywords` (returned as written), or — when `fromTag` and the
 * input is empty — the version of the tag that started the run.
 */
export function versionInput(opts: { keywords?: readonly string[]; fromTag?: boolean; required?: boolean; env?: NodeJS.ProcessEnv } = {}): Field<string> {
  return {
    kind: 'version',
    read(name, raw) {
      const env = opts.env ?? process.env;
      if (raw === '') {
        const ref = env['GITHUB_REF'] ?? '';
        if (opts.fromTag && ref.startsWith('refs/tags/')) {
          const tag = ref.slice('refs/tags/'.length);
          const problem = versionProblem(tag);
          if (problem) throw new InputError(name, `not given, and the tag that started the run is not a version: ${problem}`);
          return stripV(tag);
        }
        if (opts.required || opts.fromTag) {
          throw new InputError(name, `required: expected a version like 0.5.0${opts.keywords?.length ? ` or one of ${opts.keywords.join(', ')}` : ''}${opts.fromTag ? ` (the run was not started by a tag: GITHUB_REF=${ref || '(unset)'})` : ''}`);
        }
        return '';
      }
      if (opts.keywords?.includes(raw)) return raw;
      const problem = versionProblem(raw);
      if (problem) throw new InputError(name, `${problem}${opts.keywords?.length ? ` (or one of ${opts.keywords.join(', ')})` : ''}`);
      return stripV(raw);
    },
  };
}
