import type { Token } from '../../../document';
import { canonicalCountry, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText } from './shared';

/**
 * A wire headline opens with a slug: a topic code in capitals joined by a hyphen to the headline, the whole line in
 * capitals ("FOREX-DOLLAR FIRMS AGAINST YEN, GOLD SLIPS", "SOCCER-LEEDS SNATCH LATE WIN OVER CHELSEA"). There case
 * says nothing, and the tagger reads a run of headline words as a name ("FOREX-DOLLAR FIRMS AGAINST YEN" as a place).
 * So a name in such a line is kept only where the story confirms it: each of its words is a word of a name found
 * outside the lines in capitals or title case ("CHELSEA" beside "Chelsea", "SCHUMACHER" beside "Michael Schumacher"), or the
 * gazetteers know the whole name ("FRANCE", "PARIS"). Lines in capitals without the slug's shape are left to pass 18.
 */
export const namesInWireSlugLines: EntityPass = { name: 'names-in-wire-slug-lines', run };

/** a slug at a line's start: letters, dots and spaces in capitals, a hyphen, then a capital ("U.S. STOCKS-DOW", "MOTOR RACING-SCHUMACHER") */
const SLUG = /^[A-Z][A-Z. ]{0,24}[A-Z.]-[A-Z]/;

function run({ source, tokens, sentences, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const slugSentences = new Set<number>();
  for (let i = 0; i < sentences.length; i++) if (isSlugLine(source, tokens, sentences[i]!.tokenStart)) slugSentences.add(i);
  if (slugSentences.size === 0) return spans;
  const inSlugLine = (s: TaggedSpan): boolean => slugSentences.has(tokens[s.tokenStart]!.sentence);
  const storyWords = new Set<string>();
  for (const s of spans) {
    if (caseless[tokens[s.tokenStart]!.sentence]) continue;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) storyWords.add(tokens[t]!.lower);
  }
  const kept = spans.filter((s) => !inSlugLine(s) || confirmed(tokens, s, storyWords));
  return kept.length === spans.length ? spans : kept;
}

/** a headline's length at most: a longer line is running text, and the scan for its end stays short */
const MAX_LINE = 200;

/**
 * Does the sentence opening at token `start` open its line with a slug, on a line with no lower-case letter? Why the
 * scans are bounded: run for every sentence, an unbounded search for the line's ends was quadratic on a long text
 * without line breaks.
 */
function isSlugLine(source: string, tokens: readonly Token[], start: number): boolean {
  const first = tokens[start];
  if (!first) return false;
  let b = first.start - 1;
  while (b >= 0 && (source[b] === ' ' || source[b] === '\t')) b--;
  if (b >= 0 && source[b] !== '\n' && source[b] !== '\r') return false;
  const head = source.slice(first.start, first.start + MAX_LINE + 1);
  const lineEnd = head.search(/[\r\n]/);
  if (lineEnd < 0 && head.length > MAX_LINE) return false;
  const line = lineEnd < 0 ? head : head.slice(0, lineEnd);
  return SLUG.test(line) && !/\p{Ll}/u.test(line);
}

function confirmed(tokens: readonly Token[], s: TaggedSpan, storyWords: ReadonlySet<string>): boolean {
  const text = spanText(tokens, s);
  if (placeKind(text) !== null || canonicalCountry(text) !== null || isKnownOrganization(text)) return true;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const w = tokens[t]!;
    if (/\p{L}/u.test(w.text) && !storyWords.has(w.lower)) return false;
  }
  return true;
}
