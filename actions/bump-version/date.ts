/** Today in UTC as YYYY-MM-DD; SOURCE_DATE_EPOCH (seconds) fixes it, as for reproducible builds. */
export function releaseDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
