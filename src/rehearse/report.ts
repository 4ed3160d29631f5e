/**
 * What ran for real in a rehearsal and what stand-ins did instead, from the steps of its stages:
 * the counts for each job's line and the closing list, so that no reader takes a scan, a
 * signature or a container build for done when a stand-in only played its part.
 */
import type { Stage } from './rehearse.js';
import type { StandInReport, StepKind, Status } from './types.js';

interface StepLike {
  name: string;
  kind: StepKind;
  status: Status;
  standIn?: StandInReport;
}

const RAN: ReadonlySet<Status> = new Set(['passed', 'failed']);
const isStandIn = (s: StepLike): boolean => s.kind === 'stand-in' || s.kind === 'script-stand-in';

/** Steps that ran: for real (the suite's actions and `run:` scripts) and as stand-ins. */
export function stepCounts(steps: readonly StepLike[]): { real: number; standIns: number } {
  const ran = steps.filter((s) => RAN.has(s.status));
  return { real: ran.filter((s) => s.kind === 'suite-action' || s.kind === 'script').length, standIns: ran.filter(isStandIn).length };
}

export function countsText(c: { real: number; standIns: number }): string {
  return `${c.real} step${c.real === 1 ? '' : 's'} ran for real, ${c.standIns} stand-in${c.standIns === 1 ? '' : 's'}`;
}

export interface StandInLine {
  /** The stages (jobs) the step ran in as a stand-in, in order. */
  stages: string[];
  step: string;
  instead: string;
  reason?: string;
  didNot: string;
}

/** Each stand-in step once, with the jobs it stood in for (the legs of a matrix share a line). */
export function standInLines(stages: readonly Stage[]): StandInLine[] {
  const lines: StandInLine[] = [];
  for (const stage of stages) {
    for (const s of (stage.steps ?? []) as StepLike[]) {
      if (!isStandIn(s) || !RAN.has(s.status) || !s.standIn) continue;
      const same = lines.find((l) => l.step === s.name && l.instead === s.standIn!.instead && l.didNot === s.standIn!.didNot);
      if (same) {
        if (!same.stages.includes(stage.name)) same.stages.push(stage.name);
        continue;
      }
      lines.push({ stages: [stage.name], step: s.name, instead: s.standIn.instead, ...(s.standIn.reason ? { reason: s.standIn.reason } : {}), didNot: s.standIn.didNot });
    }
  }
  return lines;
}

/** The closing section of the report: the counts, then what each stand-in did not do. */
export function renderStandIns(stages: readonly Stage[]): string[] {
  const all = stages.flatMap((s) => (s.steps ?? []) as StepLike[]);
  const lines = standInLines(stages);
  if (all.length === 0) return [];
  const out = [`Steps: ${countsText(stepCounts(all))}. What each stand-in did NOT do:`];
  for (const l of lines) out.push(`  - ${l.stages.join(', ')} / ${l.step} [${l.instead}${l.reason ? `; ${l.reason}` : ''}]: ${l.didNot}`);
  return out;
}
