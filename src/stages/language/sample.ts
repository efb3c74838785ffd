import type { Doc } from '../../document';

/**
 * The story text the language is judged on: the headline, then the story
 * paragraphs, cut at `maxChars` so a long article costs no more than a short one.
 * Boilerplate the clean stage removed (bylines, tickers, copyright) is left out.
 */
export function storySample(doc: Doc, maxChars: number): string {
  const clean = doc.clean!;
  const pieces: string[] = [];
  let length = 0;
  for (let i = clean.headline ? -1 : 0; i < clean.paragraphs.length && length < maxChars; i++) {
    const span = i < 0 ? clean.headline! : clean.paragraphs[i]!;
    const piece = doc.source.slice(span.start, Math.min(span.end, span.start + maxChars - length));
    pieces.push(piece);
    length += piece.length + 1;
  }
  return pieces.join('\n');
}
