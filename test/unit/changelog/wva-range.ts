import { classifyCommits, type CommitRecord, type Entry } from '../../../actions/lib/changelog/index.js';

export const REPO = 'https://github.com/llm-d-incubation/workload-variant-autoscaler';
export const sha = (n: number): string => n.toString(16).padStart(40, 'c');

/** The commits of v0.4.1..HEAD in a WVA-shaped history (newest first, as git log gives them). */
export const RANGE: CommitRecord[] = [
  { sha: sha(1), subject: 'feat(controller)!: scale on queue depth by default (#230)', body: 'BREAKING CHANGE: the `saturation` policy is no longer the default', author: 'alice' },
  { sha: sha(2), subject: 'Merge pull request #229 from bob/docs' },
  { sha: sha(3), subject: 'docs: installation guide for OpenShift (#228)', author: 'bob' },
  { sha: sha(4), subject: 'fix(metrics): handle empty Prometheus vectors (#227)', author: 'carol' },
  { sha: sha(5), subject: 'chore(deps): bump sigs.k8s.io/controller-runtime (#226)', author: 'dependabot[bot]' },
  { sha: sha(6), subject: 'feat: queue-depth based scale-out for vLLM backends (#210)', author: 'dave' },
  { sha: sha(7), subject: 'fix: reconcile no longer double counts replicas (#215)', author: 'erin' },
  { sha: sha(8), subject: 'Revert "feat: experimental burst mode (#220)"', body: `This reverts commit ${sha(9)}.` },
  { sha: sha(9), subject: 'feat: experimental burst mode (#220)' },
  { sha: sha(10), subject: 'deprecate(api): the spec.modelID field (#218)', author: 'frank' },
  { sha: sha(11), subject: 'security: run the controller as non-root (#217)', author: 'grace' },
  { sha: sha(12), subject: 'Tidy up the e2e harness', author: 'heidi' },
  { sha: sha(13), subject: 'fix(webhook): reject <script> in annotations, thanks @mallory (#216)', author: 'ivan' },
];

export const ENTRIES: Entry[] = classifyCommits(RANGE).entries;

