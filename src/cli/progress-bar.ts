import type { BatchProgress } from '../index';

const WIDTH = 24;
const REDRAW_MS = 100;

/**
 * A one-line progress bar on a terminal: articles, MB/s and, when the total
 * size is known, the share done and the time left. Redrawn at most every
 * 100 ms; `clear` wipes it before the final summary.
 */
export function progressBar(stream: NodeJS.WriteStream, totalBytes: number | null, skipped: number) {
  let last = 0;
  const draw = (p: BatchProgress, force = false) => {
    const now = Date.now();
    if (!force && now - last < REDRAW_MS) return;
    last = now;
    const seconds = p.elapsedMs / 1000;
    const rate = seconds > 0 ? p.bytes / 1e6 / seconds : 0;
    const parts = [`${p.done} articles${p.failed ? ` (${p.failed} failed)` : ''}${skipped ? `, ${skipped} skipped` : ''}`, `${rate.toFixed(2)} MB/s`];
    let bar = '';
    if (totalBytes && totalBytes > 0) {
      const share = Math.min(1, p.bytes / totalBytes);
      const filled = Math.round(share * WIDTH);
      bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0)}% `;
      if (rate > 0) parts.push(`ETA ${duration((totalBytes - p.bytes) / 1e6 / rate)}`);
    }
    stream.write(`\r\x1b[2K${bar}${parts.join('  ')}`);
  };
  return {
    update: (p: BatchProgress) => draw(p),
    finish: (p: BatchProgress) => draw(p, true),
    clear: () => stream.write('\r\x1b[2K'),
  };
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
