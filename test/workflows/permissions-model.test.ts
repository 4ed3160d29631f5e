/**
 * How the rehearsal computes a job's GITHUB_TOKEN permissions, against GitHub's rules: the job's
 * own, else the workflow's, else the repository default (restricted); in a called workflow the
 * calling job's are the ceiling, and a called job without any gets the caller's.
 */
import { describe, expect, it } from '@jest/globals';
import { capPermissions, jobPermissions, readPermissions, RESTRICTED_DEFAULT, showPermissions } from '../../src/rehearse/permissions.js';

describe('readPermissions', () => {
  it('reads a mapping, dropping none, and the two shorthands', () => {
    expect(readPermissions({ contents: 'write', issues: 'none', 'pull-requests': 'read' }, 'job')).toEqual({ contents: 'write', 'pull-requests': 'read' });
    expect(readPermissions({}, 'job')).toEqual({});
    expect(readPermissions(undefined, 'job')).toBeUndefined();
    const all = readPermissions('read-all', 'job')!;
    expect(all['contents']).toBe('read');
    expect(all['id-token']).toBeUndefined();
    expect(readPermissions('write-all', 'job')!['id-token']).toBe('write');
  });

  it('refuses what GitHub refuses, naming the place and the permission', () => {
    expect(() => readPermissions({ content: 'write' }, 'release.yaml job chart')).toThrow("release.yaml job chart: permissions: 'content' is not a GitHub token permission");
    expect(() => readPermissions({ contents: 'admin' }, 'job x')).toThrow('job x: permissions.contents must be read, write or none, got "admin"');
    expect(() => readPermissions({ 'id-token': 'read' }, 'job x')).toThrow('permissions.id-token can only be write or none');
  });
});

describe('jobPermissions', () => {
  it('takes the job’s, else the workflow’s, else the restricted default', () => {
    expect(jobPermissions({ contents: 'write' }, { contents: 'read', issues: 'write' }, 'j')).toEqual({ contents: 'write' });
    expect(jobPermissions(undefined, { issues: 'write' }, 'j')).toEqual({ issues: 'write' });
    expect(jobPermissions(undefined, {}, 'j')).toEqual({});
    expect(jobPermissions(undefined, undefined, 'j')).toEqual(RESTRICTED_DEFAULT);
  });

  it('caps a called workflow’s job by the calling job, and hands the caller’s down to a job without any', () => {
    const caller = { contents: 'write', issues: 'read' } as const;
    expect(jobPermissions({ contents: 'write', issues: 'write', discussions: 'write' }, {}, 'j', caller)).toEqual({ contents: 'write', issues: 'read' });
    expect(jobPermissions(undefined, undefined, 'j', caller)).toEqual(caller);
    expect(capPermissions({ contents: 'read' }, { contents: 'write' })).toEqual({ contents: 'read' });
  });

  it('shows a set the way a workflow writes it', () => {
    expect(showPermissions({ issues: 'write', contents: 'read' })).toBe('contents: read, issues: write');
    expect(showPermissions({})).toBe('none');
  });
});
