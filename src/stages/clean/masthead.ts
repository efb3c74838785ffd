import type { RemovedSpan } from '../../schema';
import type { Block } from './layout';
import { publisherFromCopyright } from './publisher';

/**
 * The page's first line when it is only the outlet's own name, the masthead
 * ("The Harborough Gazette" over "© 2026 Harborough Gazette Ltd"): it would
 * otherwise be read as the headline. The name is the copyright holder's, so
 * a story headline that merely names a paper stays (it holds other words).
 */
export function mastheadSpan(source: string, blocks: readonly Block[], removed: readonly RemovedSpan[]): RemovedSpan | null {
  const first = blocks[0]?.lines[0];
  if (!first || removed.some((r) => r.start <= first.start && first.end <= r.end)) return null;
  const line = nameKey(source.slice(first.start, first.end));
  for (const r of removed) {
    if (r.reason !== 'copyright') continue;
    const holder = publisherFromCopyright(source.slice(r.start, r.end));
    if (holder && nameKey(holder) === line) return { start: first.start, end: first.end, reason: 'masthead' };
  }
  return null;
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[\s.,]+$/, '');
}
