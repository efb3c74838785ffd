import type { Span } from '../../document';
import type { Credit, RemovedSpan } from '../../schema';
import { classifyLine, classifySegment } from './classify';
import { parseBioCredit, parseCaptionCredit, parseCreditLine } from './credits';
import type { Line } from './layout';

/**
 * The furniture an HTML page's markup named (src/html/furniture.ts), applied
 * to the article text: each span is removed with its reason and its lines
 * are taken out of the text rules' reach. A link-only block is a guess at
 * "related-links"; when the text itself says more strongly what it is (a
 * newsletter prompt, a share bar), the text's reason
 * wins.
 */
export function applyPageFurniture(
  source: string,
  lines: readonly Line[],
  furniture: readonly RemovedSpan[],
  consumed: Set<number>,
): { removed: RemovedSpan[]; credits: Credit[] } {
  const removed: RemovedSpan[] = [];
  const credits: Credit[] = [];
  for (const span of furniture) {
    if (span.start < 0 || span.end > source.length || span.end <= span.start) continue;
    const text = source.slice(span.start, span.end);
    let reason = span.reason;
    if (reason === 'related-links') {
      const said = classifyLine(text) ?? classifySegment(text);
      if (said) reason = said.reason;
    }
    removed.push({ start: span.start, end: span.end, reason });
    for (const line of lines) if (line.start >= span.start && line.end <= span.end) consumed.add(line.index);
    credits.push(...creditsOf(source, span, reason));
  }
  return { removed, credits };
}

function creditsOf(source: string, span: Span, reason: string): Credit[] {
  if (reason === 'byline' || reason === 'credits') return parseCreditLine(source, span);
  if (reason === 'author-bio') return parseBioCredit(source, span);
  if (reason === 'photo-caption') return parseCaptionCredit(source, span);
  return [];
}
