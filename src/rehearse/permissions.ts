/**
 * The permissions of a job's GITHUB_TOKEN, as GitHub computes them: the job's `permissions:`,
 * else the workflow's, else the repository's default; in a called reusable workflow, capped by
 * the calling job's (a called workflow can only lower them). Pure: no emulator, no I/O.
 *
 * The default modelled is GitHub's restricted one (the setting of every organisation and
 * repository created since February 2023): contents read, packages read, metadata read.
 */
import type { Value } from './expressions.js';

export type Level = 'read' | 'write';
/** Workflow spelling (`pull-requests`, `id-token`) → level; a permission absent is `none`. */
export type PermissionMap = Record<string, Level>;

/** Every permission a workflow's `permissions:` may name (GitHub's workflow syntax reference). */
export const WORKFLOW_PERMISSIONS = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

/** `read-all` is read on everything but id-token, which has no read level. */
const ALL = (level: Level): PermissionMap =>
  Object.fromEntries(WORKFLOW_PERMISSIONS.filter((p) => level === 'write' || p !== 'id-token').map((p) => [p, level]));

export const RESTRICTED_DEFAULT: PermissionMap = { contents: 'read', packages: 'read', metadata: 'read' };

/** A `permissions:` value as written → the map; undefined when there is none. Throws on what GitHub refuses. */
export function readPermissions(value: Value | undefined, where: string): PermissionMap | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'read-all' || value === 'write-all') return ALL(value === 'read-all' ? 'read' : 'write');
  if (typeof value !== 'object' || Array.isArray(value) || '$expr' in value) throw new Error(`${where}: permissions must be read-all, write-all or a mapping, got ${JSON.stringify(value)}`);
  const out: PermissionMap = {};
  for (const [name, level] of Object.entries(value)) {
    if (!(WORKFLOW_PERMISSIONS as readonly string[]).includes(name)) throw new Error(`${where}: permissions: '${name}' is not a GitHub token permission (${WORKFLOW_PERMISSIONS.join(', ')})`);
    if (level === 'none') continue;
    if (level !== 'read' && level !== 'write') throw new Error(`${where}: permissions.${name} must be read, write or none, got ${JSON.stringify(level)}`);
    if (name === 'id-token' && level === 'read') throw new Error(`${where}: permissions.id-token can only be write or none`);
    out[name] = level;
  }
  return out;
}

/** The lower of each permission in `perms` and `cap`. */
export function capPermissions(perms: PermissionMap, cap: PermissionMap): PermissionMap {
  const out: PermissionMap = {};
  for (const [name, level] of Object.entries(perms)) {
    const limit = cap[name];
    if (limit === 'write') out[name] = level;
    else if (limit === 'read') out[name] = 'read';
  }
  return out;
}

/**
 * A job's token permissions: its own, else its workflow's, else (in a called workflow) the
 * calling job's, else the default; then capped by the calling job's.
 */
export function jobPermissions(job: Value | undefined, workflow: Value | undefined, where: string, caller?: PermissionMap, fallback: PermissionMap = RESTRICTED_DEFAULT): PermissionMap {
  const own = readPermissions(job, where) ?? readPermissions(workflow, `${where} (the workflow's permissions)`);
  if (!caller) return own ?? { ...fallback };
  return capPermissions(own ?? caller, caller);
}

/** `contents: write, issues: write` (sorted), or `none`. */
export function showPermissions(perms: PermissionMap): string {
  const entries = Object.entries(perms).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? 'none' : entries.map(([p, l]) => `${p}: ${l}`).join(', ');
}
