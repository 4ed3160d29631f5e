// Absolute targets (0.5 s, 1 s after start-up) judged on a shared, loaded machine: as a multiple of
// bare `node -e 0` measured beside them, the multiple being the target over bare node's start on an
// idle machine of this kind. That start depends on the Node measuring: Node 24, which the actions
// run on and the bench measures with (runtime.mjs), starts in about 34 ms here; Node 20 in about
// 100 ms (hyperfine, load average under 0.5). A multiple written for one is wrong for the other.
const IDLE_NODE_MS = { 20: 100, 22: 45, 24: 34 };

/** Bare node's start on an idle machine for the Node running the bench, in ms. */
export const idleNodeMs = IDLE_NODE_MS[Number(process.versions.node.split('.')[0])] ?? 34;

/** `ms` (a time target on an idle machine) as a multiple of `node -e 0`, rounded down to a tenth. */
export function budget(ms) {
  return Math.floor((ms / idleNodeMs) * 10) / 10;
}

/** The target's text: `< 0.5 s (≤ 14.7× node -e 0)`. */
export function budgetText(ms, label, suffix = '') {
  return `${label} (≤ ${budget(ms)}× node -e 0${suffix})`;
}

/**
 * Whether a median (s) meets a time target of `ms`: met outright, or, on a loaded machine, within
 * the target's multiple of `node -e 0` measured beside it (floor, s). The multiple only forgives
 * load: a quick bare node does not make the target stricter than it is.
 */
export function withinBudget(median, ms, floor) {
  return median * 1000 <= ms || median <= budget(ms) * floor;
}
