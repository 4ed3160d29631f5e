/**
 * The archive bytes against Helm's: a package `helm package` wrote (Go's archive/tar), and the
 * expectations of chartutil's save_test.go.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { goTar, helmGzip, helmGzipHeader, splitUstarPath } from '../../../actions/lib/helm/archive.js';
import { readChartArchive } from '../../../actions/lib/helm/archive-read.js';
import { loadChartFiles, type HelmChart } from '../../../actions/lib/helm/chart.js';
import { saveMembers } from '../../../actions/lib/helm/package.js';

const HELM_MADE = join(process.cwd(), 'test/corpus/helm-testdata/local-subchart-0.1.0.tgz');
const file = (name: string, text: string): { name: string; data: Buffer } => ({ name, data: Buffer.from(text) });

describe("Go's tar headers", () => {
  it('writes the very bytes of a tar stream helm package wrote, for the same members', () => {
    const helmTgz = readFileSync(HELM_MADE);
    const helmTar = gunzipSync(helmTgz);
    const members = readChartArchive(helmTgz, 'local-subchart').map((f) => ({ name: `local-subchart/${f.name}`, data: f.data }));
    expect(members.map((m) => m.name)).toEqual(['local-subchart/Chart.yaml', 'local-subchart/values.yaml']);
    expect(goTar(members).equals(helmTar)).toBe(true);
  });

  it("splits a long path into USTAR prefix and name as Go's splitUSTARPath does, else writes a PAX path record", () => {
    const long = `${'d'.repeat(60)}/${'e'.repeat(60)}/file.yaml`;
    expect(splitUstarPath(long)).toEqual([`${'d'.repeat(60)}/${'e'.repeat(60)}`, 'file.yaml']);
    expect(splitUstarPath('short/name')).toBeUndefined();
    expect(splitUstarPath(`dir/${'n'.repeat(101)}`)).toBeUndefined();
    const tar = goTar([{ name: long, data: Buffer.from('x') }]);
    expect(tar.subarray(0, 9).toString('latin1')).toBe('file.yaml');
    expect(tar.subarray(345, 345 + 121).toString('latin1')).toBe(`${'d'.repeat(60)}/${'e'.repeat(60)}`);
    const pax = goTar([{ name: `dir/${'n'.repeat(101)}`, data: Buffer.from('x') }]);
    expect(pax[156]).toBe(0x78); // 'x': PAX extended header first
    expect(pax.subarray(0, 17).toString('latin1')).toBe('dir/PaxHeaders.0/');
    expect(pax.subarray(512, 512 + 115).toString('latin1')).toBe(`115 path=dir/${'n'.repeat(101)}\n`); // the length counts itself
    expect(pax[1024 + 156]).toBe(0x30);
  });

  it('ends with two zero blocks and no record padding', () => {
    const tar = goTar([{ name: 'a/b', data: Buffer.from('hello') }]);
    expect(tar.length).toBe(512 + 512 + 1024);
    expect(tar.subarray(1024).every((b) => b === 0)).toBe(true);
  });
});

describe("Helm's gzip header (chartutil/save.go)", () => {
  it('is what gzip.Writer writes with Extra and Comment: flags 0x14, no time, OS 255, one rr subfield, comment Helm', () => {
    expect(helmGzipHeader(6).toString('latin1')).toBe('\x1f\x8b\x08\x14\x00\x00\x00\x00\x00\xff\x2c\x00rr\x28\x00aHR0cHM6Ly95b3V0dS5iZS96OVV6MWljandyTQo=Helm\x00');
    expect(helmGzipHeader(9)[8]).toBe(2);
    expect(helmGzipHeader(1)[8]).toBe(4);
  });

  it('round-trips through zlib and gives the same bytes every time', () => {
    const data = Buffer.from('x'.repeat(5000));
    const a = helmGzip(data);
    expect(gunzipSync(a).equals(data)).toBe(true);
    expect(helmGzip(data).equals(a)).toBe(true);
  });
});

describe('save_test.go expectations', () => {
  const ahab = (apiVersion: string): HelmChart => loadChartFiles(
    [
      file('Chart.yaml', `apiVersion: ${apiVersion}\nname: ahab\nversion: 1.2.3\n`),
      file('Chart.lock', 'digest: testdigest\ngenerated: "2021-09-01T20:34:58.651387237Z"\n'),
      file('values.schema.json', '{\n  "title": "Values"\n}'),
      file('scheherazade/shahryar.txt', '1,001 Nights'),
    ],
    'ahab',
    [],
  );

  it('TestSave: a v1 chart has no Chart.lock in the archive, a v2 chart has it; files and schema kept', () => {
    const v1 = saveMembers(ahab('v1'));
    expect(v1.map((m) => m.name)).toEqual(['ahab/Chart.yaml', 'ahab/values.schema.json', 'ahab/scheherazade/shahryar.txt']);
    const v2 = saveMembers(ahab('v2'));
    expect(v2.map((m) => m.name)).toEqual(['ahab/Chart.yaml', 'ahab/Chart.lock', 'ahab/values.schema.json', 'ahab/scheherazade/shahryar.txt']);
    expect(Buffer.from(v2[0]!.data).toString()).toBe('apiVersion: v2\nname: ahab\nversion: 1.2.3\n');
    expect(Buffer.from(v2[1]!.data).toString()).toBe('dependencies: null\ndigest: testdigest\ngenerated: "2021-09-01T20:34:58.651387237Z"\n');
    expect(Buffer.from(v2[2]!.data).toString()).toBe('{\n  "title": "Values"\n}');
  });

  it('TestSave: invalid JSON in values.schema.json and the name ../ahab are refused', () => {
    expect(() => loadChartFiles([file('Chart.yaml', 'apiVersion: v2\nname: ahab\nversion: 1.2.3\n'), file('values.schema.json', '{')], 'ahab', [])).toThrow(/values\.schema\.json:1: not valid JSON/);
    expect(() => loadChartFiles([file('Chart.yaml', 'apiVersion: v1\nname: ../ahab\nversion: 1.2.3\n')], 'ahab', [])).toThrow("chart name '../ahab' is not allowed");
  });

  it('TestRepeatableSave: the same chart gives the same bytes, a second file changes them', () => {
    const one = helmGzip(goTar(saveMembers(ahab('v2'))));
    expect(helmGzip(goTar(saveMembers(ahab('v2')))).equals(one)).toBe(true);
    const two = ahab('v2');
    two.files.push(file('scheherazade/dunyazad.txt', '1,001 Nights again'));
    expect(helmGzip(goTar(saveMembers(two))).equals(one)).toBe(false);
  });
});
