import type { CleanLayer, Doc, Span } from '../../document';
import type { Stage } from '../../pipeline';

/** Paragraphs are blocks separated by blank lines; the first short block without a final stop is the headline. */
export const cleanStage: Stage<'clean'> = {
  name: 'clean',
  requires: [],
  run(doc: Doc): CleanLayer {
    const blocks = splitBlocks(doc.source);
    const first = blocks[0];
    const headline = first && isHeadlineShape(doc.source.slice(first.start, first.end)) ? first : null;
    return {
      headline,
      paragraphs: headline ? blocks.slice(1) : blocks,
      removed: [],
      publisher: null,
      credits: [],
      dateline: null,
      statedDate: null,
      warnings: [],
    };
  },
};

export function splitBlocks(source: string): Span[] {
  const blocks: Span[] = [];
  const separator = /\n[ \t]*\n/g;
  let start = 0;
  for (const match of source.matchAll(separator)) {
    pushTrimmed(source, start, match.index, blocks);
    start = match.index + match[0].length;
  }
  pushTrimmed(source, start, source.length, blocks);
  return blocks;
}

function pushTrimmed(source: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

function isHeadlineShape(text: string): boolean {
  return text.length < 200 && !/[.!?]["”’]?$/.test(text) && !text.includes('\n');
}
