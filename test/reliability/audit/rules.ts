/**
 * Workflow audit rules the suite's own rules (test/support/workflows/rules.ts) do not have yet,
 * for the zizmor / OpenSSF Scorecard classes they cover: dangerous triggers
 * (`pull_request_target`, `workflow_run`), a cache restored in a release job (cache poisoning),
 * and a decision made on `github.actor` (spoofable: the actor of a re-run or of a bot-made
 * event is not who wrote the change). Pure functions over the workflow model.
 */
import type { Json, Workflow } from '../../support/workflows/model.js';
import { asMap } from '../../support/workflows/model.js';

export type AuditRule = 'dangerous-triggers' | 'cache-in-release' | 'actor-decision';

export interface AuditFinding {
  rule: AuditRule;
  file: string;
  line: number;
  message: string;
}

/** 1-based line of the first line matching `re` (0 when none). */
function lineOf(wf: Workflow, re: RegExp): number {
  const i = wf.text.split('\n').findIndex((l) => re.test(l));
  return i + 1;
}

function triggers(wf: Workflow): string[] {
  const on: Json | undefined = wf.raw['on'] ?? (wf.raw as Record<string, Json>)['true'];
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((t): t is string => typeof t === 'string');
  return Object.keys(asMap(on) ?? {});
}

const DANGEROUS = ['pull_request_target', 'workflow_run'];

/** zizmor `dangerous-triggers`, Scorecard Dangerous-Workflow: privileged triggers that run on untrusted changes. */
export function dangerousTriggers(wf: Workflow): AuditFinding[] {
  return triggers(wf)
    .filter((t) => DANGEROUS.includes(t))
    .map((t) => ({ rule: 'dangerous-triggers' as const, file: wf.file, line: lineOf(wf, new RegExp(`\\b${t}\\b`)), message: `triggered by ${t}, which runs with write access on changes nobody reviewed` }));
}

/** A job that releases: it is in a workflow started by a tag or a release, or its id says so. */
function isReleaseJob(wf: Workflow, jobId: string): boolean {
  const on = asMap(wf.raw['on']);
  const tagPush = asMap(on?.['push'])?.['tags'] !== undefined;
  return tagPush || triggers(wf).includes('release') || /release|publish|announce/i.test(jobId);
}

/** zizmor `cache-poisoning`: a release job restores a cache (actions/cache, or a setup action with `cache:`). */
export function cacheInRelease(wf: Workflow): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const job of wf.jobs) {
    if (!isReleaseJob(wf, job.id)) continue;
    for (const s of job.steps) {
      const restores = /^actions\/cache(\/restore)?@/i.test(s.uses ?? '') || (s.uses !== undefined && /^actions\/setup-/i.test(s.uses) && (s.with['cache'] ?? '') !== '' && s.with['cache'] !== 'false');
      if (restores) out.push({ rule: 'cache-in-release', file: wf.file, line: s.line, message: `${job.id} step ${s.index + 1}: a release job restores a cache (${s.uses}), which an earlier untrusted run could have written` });
    }
  }
  return out;
}

/** zizmor `bot-conditions` / spoofable actor checks: an `if:` that decides on github.actor or github.triggering_actor. */
export function actorDecision(wf: Workflow): AuditFinding[] {
  const out: AuditFinding[] = [];
  wf.text.split('\n').forEach((l, i) => {
    if (/^\s*(-\s+)?if:.*\bgithub\.(triggering_)?actor\b/.test(l)) out.push({ rule: 'actor-decision', file: wf.file, line: i + 1, message: 'a condition on github.actor: the actor is whoever triggered the run (a re-run, a bot), not who wrote the change' });
  });
  return out;
}

export function auditRules(wf: Workflow): AuditFinding[] {
  return [...dangerousTriggers(wf), ...cacheInRelease(wf), ...actorDecision(wf)];
}
