import { Git } from '../lib/git/git.js';
import { runAction } from '../lib/runner/action.js';
import { workspaceOf } from '../lib/runner/context.js';
import { startRefs } from './refs.js';

// The git processes the history starts from run before the rest of the action loads (semver,
// the configuration, the changelog library): git and the module loading share the two cores
// instead of taking turns. They only read; extract and lint, which need no history, ignore them,
// and a failure (no repository, a shallow one) is reported only by a mode that awaits them.
void runAction('changelog', async () => {
  const git = new Git(workspaceOf());
  const refs = startRefs(git);
  const { main } = await import('./run.js');
  await main({ git, refs });
});
