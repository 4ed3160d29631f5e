/**
 * The first release of a repository whose GitHub Pages is off: the rehearsal's world without
 * Pages (`pages: false`, the CLI's --without-pages). The release must stop in preflight with
 * the fix — before the image, the chart or the release is published — instead of publishing
 * everything and then waiting for a Helm repository that never appears.
 */
import { describe, expect, it } from '@jest/globals';
import { rehearse } from '../../src/rehearse/rehearse.js';

describe('a repository without GitHub Pages', () => {
  it('stops in preflight with the fix, and nothing is published', async () => {
    const r = await rehearse({ pages: false, registry: false });
    const stages = Object.fromEntries(r.stages.map((s) => [s.name, s]));
    expect(stages['origin']!.detail).toContain('GitHub Pages off (pages: false)');
    expect(stages['preflight']!.status).toBe('failed');
    const said = [stages['preflight']!.reason ?? '', ...(stages['preflight']!.errors ?? [])].join('\n');
    expect(said).toMatch(/pages-served: GitHub Pages is off for example-org\/example-operator, so http:\/\/127\.0\.0\.1:\d+\/example-operator\/index\.yaml would never be served after publishing\./);
    expect(said).toContain("gh api -X POST repos/example-org/example-operator/pages -f 'source[branch]=gh-pages' -f 'source[path]=/'");
    // nothing after preflight ran: no image, no chart on gh-pages, no release, no announcement
    for (const name of ['image', 'chart', 'release', 'verify', 'announce']) expect(stages[name]?.status ?? 'absent').not.toBe('passed');
    expect(r.artifacts.index).toBeUndefined();
    expect(r.artifacts.chart).toBeUndefined();
    expect(r.artifacts.announcements).toEqual([]);
    expect(r.exitCode).toBe(1);
  }, 600_000);
});
