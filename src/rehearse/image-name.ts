/**
 * The image a repository's release publishes, as the repository itself says it, and the same
 * name in the rehearsal's local registry. The release pushes what its call of release.yaml
 * names (`image:`), else — as the actions read it — the configuration's first `images:` entry
 * (`ghcr.io/OWNER/REPO` without one). The rehearsal runs the suite's own caller, so it must find
 * that name here, or it would push one image while the chart it packages deploys another.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseConfig } from '../../actions/lib/config/config.js';
import { chooseReleaseImage } from '../../actions/lib/config/release-image.js';
import { summariseWorkflows } from '../doctor/workflows.js';

export interface ReleaseImage {
  /** `registry/path` without tag: `ghcr.io/llm-d/workload-variant-autoscaler`; '' for a release of the chart alone. */
  name: string;
  /** Where the name was read. */
  from: string;
}

function workflows(dir: string): Map<string, string> {
  const folder = join(dir, '.github', 'workflows');
  if (!existsSync(folder)) return new Map();
  const files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort();
  return new Map(files.map((f) => [`.github/workflows/${f}`, readFileSync(join(folder, f), 'utf8')]));
}

/** The caller's literal `image:` input, else the configuration's first image; none (`image: none`, `images: []`) is '' — release.yaml's rule. */
export function releaseImage(dir: string, config: Pick<ReleaseConfig, 'images' | 'imagesConfigured' | 'source' | 'owner' | 'repo'>): ReleaseImage {
  // a name computed when the workflow runs cannot be known here
  const caller = summariseWorkflows(workflows(dir))
    .callers.map((c) => ({ c, input: c.with['image']?.trim() ?? '' }))
    .find((x) => x.input && !x.input.includes('${{'));
  const { image, source } = chooseReleaseImage(caller?.input ?? '', config, `${config.owner}/${config.repo}`);
  const from =
    caller && source === 'none-input'
      ? `${caller.c.path}:${caller.c.line} image: none`
      : caller
        ? `${caller.c.path}:${caller.c.line} image input`
        : source === 'config'
          ? `${config.source ?? 'the configuration'} images${image ? '' : ': []'}`
          : "the actions' default (ghcr.io/OWNER/REPO)";
  return { name: image.toLowerCase(), from };
}

/** The image's path under the local registry's host: `ghcr.io/llm-d/x` → `127.0.0.1:5000/llm-d/x`. */
export function localImage(image: string, host: string): string {
  const [first = '', ...rest] = image.split('/');
  const hasRegistry = rest.length > 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  return `${host}/${hasRegistry ? rest.join('/') : image}`;
}
