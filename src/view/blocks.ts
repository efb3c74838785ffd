import type { Briefing, RemovedSpan, Span } from '../schema';

/** One block of the article as the view lays it out, in text order. */
export type Block =
  | { kind: 'headline'; start: number; end: number }
  | { kind: 'paragraph'; start: number; end: number }
  /** boilerplate the cleaner took out, shown struck through with its reason */
  | { kind: 'removed'; start: number; end: number; reason: string }
  /** text that is neither story nor removed (a byline line, a stray caption): shown, so nothing is lost */
  | { kind: 'other'; start: number; end: number };

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The blocks of the text the briefing's spans point into: the headline, the
 * story paragraphs, removed boilerplate, and any other non-blank stretch in
 * between. Removed text that lies inside a paragraph stays inline (see
 * inlineRemoved) instead of cutting the paragraph.
 */
export function articleBlocks(briefing: Briefing, text: string): Block[] {
  const within = (s: Span): boolean => s.start < s.end && s.end <= text.length;
  const paragraphs = briefing.body.paragraphs.filter(within);
  const blocks: Block[] = paragraphs.map((p) => ({ kind: 'paragraph', start: p.start, end: p.end }));
  const headline = briefing.headline?.span;
  if (headline && within(headline) && !paragraphs.some((p) => overlaps(p, headline))) {
    blocks.push({ kind: 'headline', start: headline.start, end: headline.end });
  }
  for (const r of briefing.body.removed) {
    if (within(r) && !blocks.some((b) => overlaps(b, r))) blocks.push({ kind: 'removed', start: r.start, end: r.end, reason: r.reason });
  }
  blocks.sort((a, b) => a.start - b.start);
  return withGaps(blocks, text);
}

/** Removed spans that fall inside a story paragraph or the headline: marked inline rather than as blocks. */
export function inlineRemoved(briefing: Briefing, blocks: readonly Block[]): RemovedSpan[] {
  const removedBlocks = new Set(blocks.filter((b) => b.kind === 'removed').map((b) => `${b.start}:${b.end}`));
  return briefing.body.removed.filter((r) => r.start < r.end && !removedBlocks.has(`${r.start}:${r.end}`));
}

function withGaps(blocks: Block[], text: string): Block[] {
  const out: Block[] = [];
  let pos = 0;
  const gap = (start: number, end: number): void => {
    // trim the gap to its visible text so blank lines between paragraphs make no block
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed) out.push({ kind: 'other', start: start + lead, end: start + lead + trimmed.length });
  };
  for (const block of blocks) {
    if (block.start < pos) continue; // overlapping paragraphs: keep the first
    gap(pos, block.start);
    out.push(block);
    pos = block.end;
  }
  gap(pos, text.length);
  return out;
}
