/** The job summary: the release, its assets, what the rollback changed and every channel's outcome. */
import { Summary } from '../lib/runner/summary.js';
import type { ChannelResult } from './announce.js';
import type { AssetResult } from './release.js';

export interface AnnounceReport {
  mode: string;
  tag: string;
  dryRun: boolean;
  release?: { id: number; url: string; how: string; prerelease: boolean; latest?: boolean };
  notesSource?: string;
  assets: AssetResult[];
  rollback?: string[];
  channels: ChannelResult[];
  /** Why no channel was tried, when that is not because none is configured. */
  channelsNote?: string;
}

const ICON: Record<ChannelResult['status'], string> = { sent: '✅ sent', 'already-sent': '☑️ already sent', skipped: '⏭️ skipped', failed: '❌ failed', 'dry-run': '📝 dry run' };

export function renderSummary(r: AnnounceReport): string {
  const s = new Summary().heading(`announce (${r.mode}): ${r.tag}${r.dryRun ? ' — dry run, nothing written' : ''}`);
  if (r.release) {
    const rel = r.release;
    s.text(
      `Release [${r.tag}](${rel.url}) (id ${rel.id}): ${rel.how}; ${rel.prerelease ? 'prerelease' : 'stable'}${rel.latest === undefined ? '' : rel.latest ? ', latest' : ', not latest'}.` +
        (r.notesSource ? ` Notes from ${r.notesSource}.` : ''),
    );
  }
  if (r.assets.length > 0) s.table(['asset', 'size', 'sha256', 'status'], r.assets.map((a) => [`\`${a.name}\``, a.size, `\`${a.sha256}\``, a.status]));
  if (r.rollback) s.text(r.rollback.length > 0 ? `Rollback: ${r.rollback.join('; ')}.` : 'Rollback: already rolled back, nothing changed.');
  if (r.channels.length > 0) s.table(['channel', 'status', 'result'], r.channels.map((c) => [`\`${c.channel}\``, ICON[c.status], c.error ?? c.id ?? '']));
  else s.text(r.channelsNote ?? 'No announcement channels are configured.');
  return s.toString();
}
