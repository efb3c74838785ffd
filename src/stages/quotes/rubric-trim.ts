import { tokenAt, type Span, type Token } from '../../document';
import words from '../../data/quotes/words.json';

/** Newsroom rubrics that head what follows ('BREAKING:', 'UPDATE:'; words.json `turnRubrics`, shared with turn-labels.ts). */
const RUBRICS: ReadonlySet<string> = new Set(words.turnRubrics.words);

/**
 * A paraphrase that opens with a live-blog or newsroom rubric and its colon ('BREAKING: The Reserve Bank has held
 * the rate ..., the bank said') starts after the colon: the label is the page's, not the speaker's words. At most
 * two words before the colon, the last a rubric in capitals ('UPDATE:'; a capital alone may open a speaker's own
 * 'Update:' turn); `span` unchanged otherwise.
 */
export function withoutRubric(span: Span, tokens: readonly Token[]): Span {
  const first = tokenAt(tokens, span.start);
  for (let colon = first + 1; colon <= first + 2 && colon < tokens.length; colon++) {
    if (tokens[colon]!.text !== ':') continue;
    const label = tokens[colon - 1]!;
    const next = tokens[colon + 1];
    if (!RUBRICS.has(label.lower) || label.text !== label.text.toUpperCase() || !next || next.start >= span.end) return span;
    return { start: next.start, end: span.end };
  }
  return span;
}
