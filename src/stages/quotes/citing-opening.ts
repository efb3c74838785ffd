import { tokenAt, type Sentence, type Span, type Token } from '../../document';
import words from '../../data/quotes/words.json';
import { tokenAtIndex } from '../../nlp/token-at-index';
import { attributionAfter, type DirectAttribution } from './direct';

const CITING: ReadonlySet<string> = new Set(words.citingParticiples.words);

/**
 * 'Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore
 * plans ...': a citing participle opening the sentence right before the
 * opening mark is the quotation's cue, and the speaker is the subject of the
 * main clause after the closing mark (read as direct.ts reads an attribution
 * there). The main clause's own cue stays free for the report it makes.
 * Null for any other quotation, and when no subject follows the marks.
 */
export function citingOpening(tokens: readonly Token[], sentences: readonly Sentence[], open: Span, close: Span | null, paragraphEnd: number): DirectAttribution | null {
  const cue = tokenAt(tokens, open.start) - 1;
  // `cue` is -1 when the quotation opens the text.
  const participle = tokenAtIndex(tokens, cue);
  if (!close || !participle || !CITING.has(participle.lower) || sentences[participle.sentence]!.tokenStart !== cue) return null;
  const main = attributionAfter(tokens, close, paragraphEnd, false);
  if (!main) return null;
  return { cue: { start: participle.start, end: participle.end }, subject: main.subject, after: false, clauseEnd: open.start };
}
