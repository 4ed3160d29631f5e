/**
 * publish-helm's `charts` and `plan-only` inputs, read as the runner hands them over: `changed`,
 * a list of folders (lines or commas, cleaned and deduplicated), and every combination that makes
 * no sense refused naming the input and the fix.
 */
import { describe, expect, it } from '@jest/globals';
import { readPublishInputs } from '../../../actions/publish-helm/inputs.js';
import { InputError } from '../../../actions/lib/runner/errors.js';

const env = (o: Record<string, string>) => Object.fromEntries(Object.entries({ token: 't', ...o }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe('charts', () => {
  it('is none when empty: one chart, as before', () => {
    expect(readPublishInputs(env({ chart: 'charts/a' }))).toMatchObject({ chart: 'charts/a', charts: { kind: 'none' }, planOnly: false });
  });

  it('reads changed', () => {
    expect(readPublishInputs(env({ charts: ' changed \n' })).charts).toEqual({ kind: 'changed' });
  });

  it('reads folders one a line or separated by commas, without ./ or a trailing slash, each once', () => {
    expect(readPublishInputs(env({ charts: './charts/a/, charts/b\n\n# a comment\ncharts/a\n' })).charts).toEqual({ kind: 'list', folders: ['charts/a', 'charts/b'] });
  });

  it('takes plan-only with charts and no token', () => {
    expect(readPublishInputs(env({ charts: 'changed', 'plan-only': 'true', token: '' }))).toMatchObject({ planOnly: true, charts: { kind: 'changed' } });
  });

  it('takes asset-location release with charts (a GitHub release per chart, as chart-releaser makes them), and plan-only without a token', () => {
    expect(readPublishInputs(env({ charts: 'changed', 'asset-location': 'release' }))).toMatchObject({ assetLocation: 'release', charts: { kind: 'changed' } });
    expect(readPublishInputs(env({ charts: 'changed', 'asset-location': 'release', 'plan-only': 'true', token: '' }))).toMatchObject({ assetLocation: 'release', planOnly: true });
  });

  it.each([
    ['chart', { chart: 'charts/a', charts: 'changed' }, 'chart publishes one chart and charts several: give only one of them'],
    ['version', { charts: 'changed', version: '1.2.3' }, 'each chart is released at the version its Chart.yaml says'],
    ['rollback', { charts: 'charts/a', rollback: '1.2.3' }, 'rollback takes back one version of one chart: run it with chart, not charts'],
    ['deprecate', { charts: 'charts/a', deprecate: '1.2.3' }, 'deprecate takes back one version of one chart'],
    ['token', { charts: 'changed', 'asset-location': 'release', token: '', 'dry-run': 'true' }, 'required with asset-location: release'],
    ['plan-only', { 'plan-only': 'true' }, 'give charts too'],
    ['charts', { charts: 'charts/a\nchanged' }, 'changed is the whole value'],
    ['charts', { charts: '/abs/chart' }, 'expected a relative path'],
    ['charts', { charts: 'charts/../../x' }, "expected a path without '..'"],
    ['token', { charts: 'changed', token: '' }, 'required: a token that can push to the pages branch'],
  ])('refuses, naming input %s', (input, given, message) => {
    let err: unknown;
    try {
      readPublishInputs(env(given));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ input });
    expect((err as Error).message).toContain(message);
  });
});
