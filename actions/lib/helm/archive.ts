/**
 * The bytes of a chart archive as Helm's `chartutil.Save` writes them: Go's `archive/tar`
 * headers behind Go's `compress/gzip` header with Helm's extra field and comment.
 *
 * The tar headers are written here rather than by the `tar` package because that package
 * formats numbers as `000644 \0` and the checksum as `014033 \0`, where Go writes `0000644\0`
 * and `014033\0 `, and leaves device numbers empty where Go writes zeros: the same members
 * would give other bytes than `helm package`.
 */
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';

const BLOCK = 512;
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;

export interface ArchiveMember {
  /** `/`-separated path inside the archive, e.g. `my-chart/templates/deployment.yaml`. */
  name: string;
  data: Uint8Array;
}

/** Go's formatter.formatString: copies, then a NUL when the field has room for one. */
function putString(block: Buffer, off: number, size: number, s: string): void {
  block.write(s.slice(0, size), off, size, 'latin1');
}

/** Go's formatter.formatOctal: zero-padded to size-1 digits, then NUL. */
function putOctal(block: Buffer, off: number, size: number, n: number): void {
  putString(block, off, size, n.toString(8).padStart(size - 1, '0'));
}

const isAscii = (s: string): boolean => /^\p{ASCII}*$/u.test(s);

/** Go's splitUSTARPath: the prefix/name split of a long ASCII path, or undefined. */
export function splitUstarPath(name: string): [string, string] | undefined {
  let length = name.length;
  if (length <= NAME_SIZE || !isAscii(name)) return undefined;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (name[length - 1] === '/') length--;
  const i = name.lastIndexOf('/', length - 1);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE) return undefined;
  return [name.slice(0, i), name.slice(i + 1)];
}

function finish(block: Buffer): Buffer {
  block.write('ustar\u000000', 257, 8, 'latin1');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  putOctal(block, 148, 7, sum);
  block[155] = 0x20;
  return block;
}

/** templateV7Plus + setFormat for a regular file, mode 0644, uid/gid 0, mtime `mtime` (seconds). */
function fileHeader(name: string, size: number, mtime: number, prefix = ''): Buffer {
  const b = Buffer.alloc(BLOCK);
  putString(b, 0, NAME_SIZE, name);
  putOctal(b, 100, 8, 0o644);
  putOctal(b, 108, 8, 0);
  putOctal(b, 116, 8, 0);
  putOctal(b, 124, 12, size);
  putOctal(b, 136, 12, mtime);
  b[156] = 0x30; // TypeReg '0'
  putOctal(b, 329, 8, 0);
  putOctal(b, 337, 8, 0);
  putString(b, 345, PREFIX_SIZE, prefix);
  return finish(b);
}

/** Go's formatPAXRecord: `<len> <key>=<value>\n`, the length counting itself. */
function paxRecord(key: string, value: string): string {
  const body = Buffer.byteLength(` ${key}=${value}\n`);
  let size = body + String(body).length;
  if (String(size).length !== String(body).length) size++;
  return `${size} ${key}=${value}\n`;
}

const toAscii = (s: string): string => s.replace(/\P{ASCII}/gu, '');

/** The PAX extended header Go writes before a member whose path does not fit USTAR. */
function paxHeader(name: string): Buffer[] {
  const data = Buffer.from(paxRecord('path', name), 'utf8');
  const slash = name.lastIndexOf('/');
  let xname = toAscii(slash >= 0 ? `${name.slice(0, slash)}/PaxHeaders.0/${name.slice(slash + 1)}` : `PaxHeaders.0/${name}`);
  xname = xname.slice(0, NAME_SIZE).replace(/\/+$/, '');
  const b = Buffer.alloc(BLOCK);
  putString(b, 0, NAME_SIZE, xname);
  putOctal(b, 100, 8, 0);
  putOctal(b, 108, 8, 0);
  putOctal(b, 116, 8, 0);
  putOctal(b, 124, 12, data.length);
  putOctal(b, 136, 12, 0);
  b[156] = 0x78; // TypeXHeader 'x'
  return [finish(b), data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK)];
}

/**
 * A tar stream as Go's `tar.Writer` writes Helm's members (`tar.Header{Name, Mode: 0644, Size,
 * ModTime}`): USTAR, a long path split into prefix and name when it can be, else a PAX record;
 * the end marker is two zero blocks with no padding to a record size.
 */
export function goTar(members: ArchiveMember[], mtimeSeconds = 0): Buffer {
  const parts: Buffer[] = [];
  for (const m of members) {
    const size = m.data.byteLength;
    if (m.name.length <= NAME_SIZE && isAscii(m.name)) parts.push(fileHeader(m.name, size, mtimeSeconds));
    else {
      const split = splitUstarPath(m.name);
      if (split) parts.push(fileHeader(split[1], size, mtimeSeconds, split[0]));
      else parts.push(...paxHeader(m.name), fileHeader(toAscii(m.name), size, mtimeSeconds));
    }
    parts.push(Buffer.from(m.data.buffer, m.data.byteOffset, size));
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

/** Helm's gzip extra field: one RFC 1952 subfield `rr`, 40 bytes (chartutil/save.go headerBytes). */
export const HELM_GZIP_EXTRA = Buffer.from('rr\x28\x00aHR0cHM6Ly95b3V0dS5iZS96OVV6MWljandyTQo=', 'latin1');
export const HELM_GZIP_COMMENT = 'Helm';

export type GzipLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * The gzip header Go's `gzip.Writer` writes for Helm (`Extra` and `Comment` set, no name, no
 * time): flags FEXTRA|FCOMMENT, MTIME 0, XFL 2 at level 9, 4 at level 1, else 0, OS 255.
 */
export function helmGzipHeader(level: GzipLevel): Buffer {
  const xfl = level === 9 ? 2 : level === 1 ? 4 : 0;
  const fixed = Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x10, 0, 0, 0, 0, xfl, 255, HELM_GZIP_EXTRA.length & 0xff, HELM_GZIP_EXTRA.length >> 8]);
  return Buffer.concat([fixed, HELM_GZIP_EXTRA, Buffer.from(`${HELM_GZIP_COMMENT}\0`, 'latin1')]);
}

/**
 * gzip with Helm's header. The deflate stream is fflate's (pure JavaScript, the same bytes on
 * every Node.js and CPU); Go's deflate bytes differ, so digests equal Helm's only up to it.
 */
export function helmGzip(data: Buffer, level: GzipLevel = 6): Buffer {
  const deflated = deflateSync(data, { level });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([helmGzipHeader(level), deflated, trailer]);
}
