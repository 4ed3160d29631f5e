/**
 * Which release a chart's tag has, from one listing: the published one before any draft, the
 * oldest draft of several (the one every re-run adopts); and the drafts a run that failed after
 * its tags left, each with its package's sha256 from the asset's digest.
 */
import { describe, expect, it } from '@jest/globals';
import { unfinishedDrafts, type ReleasesSession } from '../../../actions/publish-helm/charts-releases.js';
import { releaseOf, tagDownloadUrl, type Release } from '../../../actions/publish-helm/release-asset.js';
import type { ChartDecision } from '../../../actions/lib/helm/chart-releases.js';

const SHA = 'a'.repeat(64);
const release = (id: number, tag: string, draft: boolean, assets: Array<{ name: string; digest?: string | null }> = []): Release => ({ id, tag_name: tag, draft, assets }) as unknown as Release;
const decision = (name: string, version: string): ChartDecision => ({ chart: { folder: `charts/${name}`, name, version }, tag: `${name}-${version}`, action: 'released', why: '' });
const session = (releases: Release[]): ReleasesSession => ({ releases }) as unknown as ReleasesSession;

describe('releaseOf', () => {
  it('takes the published release of the tag before any draft, else the oldest draft, else none', () => {
    const list = [release(9, 'a-1.0.0', true), release(7, 'a-1.0.0', false), release(5, 'b-1.0.0', true), release(3, 'b-1.0.0', true), release(1, 'a-1.0.0-rc.1', false)];
    expect(releaseOf(list, 'a-1.0.0')?.id).toBe(7);
    expect(releaseOf(list, 'b-1.0.0')?.id).toBe(3);
    expect(releaseOf(list, 'c-1.0.0')).toBeUndefined();
  });
});

describe('unfinishedDrafts', () => {
  it('lists the tagged charts whose release is a draft, with the sha256 of the package asset', () => {
    const s = session([
      release(4, 'a-1.0.0', true, [{ name: 'a-1.0.0.tgz', digest: `sha256:${SHA}` }, { name: 'other.txt', digest: null }]),
      release(3, 'b-2.0.0', false, [{ name: 'b-2.0.0.tgz', digest: `sha256:${SHA}` }]),
      release(2, 'c-3.0.0', true, [{ name: 'c-3.0.0.tgz', digest: null }]),
    ]);
    const found = unfinishedDrafts(s, [decision('a', '1.0.0'), decision('b', '2.0.0'), decision('c', '3.0.0'), decision('d', '4.0.0')]);
    expect(found.map((u) => [u.decision.tag, u.release.id, u.digest])).toEqual([
      ['a-1.0.0', 4, SHA],
      // an asset without a digest (an older GitHub Enterprise Server): the row carries none
      ['c-3.0.0', 2, ''],
    ]);
  });
});

describe('tagDownloadUrl', () => {
  it('is the download URL under the tag, as chart-releaser writes it into the index', () => {
    expect(tagDownloadUrl('https://github.com/', { owner: 'prometheus-community', repo: 'helm-charts' }, 'kube-prometheus-stack-65.1.0', 'kube-prometheus-stack-65.1.0.tgz')).toBe(
      'https://github.com/prometheus-community/helm-charts/releases/download/kube-prometheus-stack-65.1.0/kube-prometheus-stack-65.1.0.tgz',
    );
  });
});
