/**
 * What the release body remembers, in hidden HTML comments (GitHub renders neither):
 *
 * - `<!-- release-actions:announced release=slack:1a2b3c4d,discussion rollback=slack:1a2b3c4d -->`
 *   — the channels that already carry this release's announcement (and its rollback
 *   announcement), so that a re-run sends only what is missing. It sits at the very end of
 *   the body; there is at most one.
 * - `<!-- release-actions:rollback -->` … `<!-- /release-actions:rollback -->` — the
 *   rolled-back notice at the top of the body, so that a second rollback finds it and
 *   changes nothing.
 *
 * Pure functions over the body text.
 */

export type AnnouncementKind = 'release' | 'rollback';
export const KINDS: readonly AnnouncementKind[] = ['release', 'rollback'];

export type Markers = Record<AnnouncementKind, string[]>;

const ANNOUNCED = /\n*<!-- release-actions:announced([^>]*?)-->\s*/g;
const ID = /^[A-Za-z0-9._:/@#-]+$/;

export const ROLLBACK_OPEN = '<!-- release-actions:rollback -->';
export const ROLLBACK_CLOSE = '<!-- /release-actions:rollback -->';

/** A channel id that can live in the marker (no spaces, commas, `=` or `>`). */
export function checkChannelId(id: string): string {
  if (!ID.test(id)) throw new Error(`channel id ${JSON.stringify(id)} cannot be kept in a release marker`);
  return id;
}

export function parseMarkers(body: string | null | undefined): Markers {
  const out: Markers = { release: [], rollback: [] };
  for (const m of (body ?? '').matchAll(ANNOUNCED)) {
    for (const part of (m[1] ?? '').trim().split(/\s+/)) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      const kind = part.slice(0, eq) as AnnouncementKind;
      if (!KINDS.includes(kind)) continue;
      for (const id of part.slice(eq + 1).split(',')) if (id && ID.test(id) && !out[kind].includes(id)) out[kind].push(id);
    }
  }
  return out;
}

/** The body without the announced marker. */
export function withoutMarkers(body: string | null | undefined): string {
  return (body ?? '').replace(ANNOUNCED, '\n').replace(/\s+$/, '');
}

export function formatMarker(markers: Markers): string {
  const parts = KINDS.filter((k) => markers[k].length > 0).map((k) => `${k}=${markers[k].join(',')}`);
  return parts.length === 0 ? '' : `<!-- release-actions:announced ${parts.join(' ')} -->`;
}

/** The body with `markers` (merged with what it already has) at its end. */
export function withMarkers(body: string | null | undefined, add: Partial<Markers>): string {
  const have = parseMarkers(body);
  for (const kind of KINDS) for (const id of add[kind] ?? []) if (!have[kind].includes(checkChannelId(id))) have[kind].push(id);
  const text = withoutMarkers(body);
  const marker = formatMarker(have);
  if (!marker) return text;
  return text ? `${text}\n\n${marker}` : marker;
}

export function isAnnounced(body: string | null | undefined, kind: AnnouncementKind, id: string): boolean {
  return parseMarkers(body)[kind].includes(id);
}

/** The body has the rolled-back notice. */
export function hasRollbackNotice(body: string | null | undefined): boolean {
  const b = body ?? '';
  return b.includes(ROLLBACK_OPEN) && b.includes(ROLLBACK_CLOSE);
}

/** The body with `notice` (markdown) wrapped in the rollback markers before everything else; unchanged when it has one. */
export function withRollbackNotice(body: string | null | undefined, notice: string): string {
  const b = body ?? '';
  if (hasRollbackNotice(b)) return b;
  const block = `${ROLLBACK_OPEN}\n${notice.trim()}\n${ROLLBACK_CLOSE}`;
  return b.trim() === '' ? block : `${block}\n\n${b.replace(/^\s+/, '')}`;
}

/** The release notes without the rollback notice and the markers (what a reader of the notes wrote). */
export function notesOf(body: string | null | undefined): string {
  const b = withoutMarkers(body);
  const open = b.indexOf(ROLLBACK_OPEN);
  const close = b.indexOf(ROLLBACK_CLOSE);
  if (open >= 0 && close > open) return (b.slice(0, open) + b.slice(close + ROLLBACK_CLOSE.length)).trim();
  return b.trim();
}
