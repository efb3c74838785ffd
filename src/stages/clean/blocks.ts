import type { Span } from '../../document';
import { layout } from './layout';

/** Blank-line separated blocks, trimmed. */
export function splitBlocks(source: string): Span[] {
  return layout(source).blocks.map((b) => ({ start: b.start, end: b.end }));
}
