// Reading a V8 CPU profile (`node --cpu-prof`): self time by chunk and by function, and the time
// spent with each of an action's phase functions on the stack.

/** Each sample's node id and duration in µs. */
function samples(profile) {
  return profile.samples.map((id, i) => [id, profile.timeDeltas[i] ?? 0]);
}

const ms = (us) => `${(us / 1000).toFixed(1).padStart(7)} ms`;
const pct = (us, total) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;

function top(map, total, n) {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, t]) => `${ms(t)} ${pct(t, total)}  ${k}`)
    .join('\n');
}

/** Self time by script (a bundle chunk, a Node internal, `(native)`: GC, idle, regular expressions) and by function. */
export function summarize(profile, { scripts = 12, functions = 25 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byScript = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const [id, us] of samples(profile)) {
    total += us;
    const cf = byId.get(id).callFrame;
    const script = cf.url.replace(/.*\//, '') || '(native)';
    const fn = `${cf.functionName || '(anonymous)'} ${script}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    byScript.set(script, (byScript.get(script) ?? 0) + us);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  return [`total ${ms(total).trim()} sampled`, '-- self time by script', top(byScript, total, scripts), '-- self time by function', top(byFunction, total, functions)].join('\n');
}

/** The functions that make each action's phases (named as in its sources), in order. */
const PHASES = {
  changelog: ['loadConfig', 'readRefs', 'resolveRange', 'logEach', 'add', 'classify', 'result', 'pullRequestRecords', 'cancelledByReverts', 'chartInstall', 'handWrittenItems', 'renderNotes', 'updateChangelog', 'notesSummary', 'updateSummary', 'stringify', 'setOutputs', 'writeAtomic'],
  'bump-version': ['loadConfig', 'parseConfig', 'validator', 'open', 'assertClean', 'remoteRefs', 'references', 'releaseReferences', 'readAt', 'planBump', 'renderDiff', 'renderSummary', 'commitAndPush', 'commitFiles', 'pushCommitWithRetry', 'setOutputs'],
};

/**
 * Time with each phase function on the stack (a function under another counts in both). An async
 * function is on the stack only while it runs, not while it waits: waiting shows as `(idle)`.
 */
export function phases(profile, action) {
  const names = PHASES[action] ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map();
  const stackOf = (id) => {
    let s = stacks.get(id);
    if (!s) {
      s = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) s.add(byId.get(x).callFrame.functionName);
      stacks.set(id, s);
    }
    return s;
  };
  const time = new Map(names.map((n) => [n, 0]));
  let total = 0;
  for (const [id, us] of samples(profile)) {
    total += us;
    const stack = stackOf(id);
    for (const n of names) if (stack.has(n)) time.set(n, time.get(n) + us);
  }
  return ['-- phases (time with the function on the stack)', ...names.map((n) => `${ms(time.get(n))} ${pct(time.get(n), total)}  ${n}`)].join('\n');
}
