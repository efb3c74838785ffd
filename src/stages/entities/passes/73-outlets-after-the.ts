import type { Token } from '../../../document';
import outlets from '../../../data/entities/news-organizations.json';
import { isCapitalizedWord } from '../capitalized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { keyOf, replaceSpans, spanIndexByToken, taggedSpan, unchangedOr } from './shared';

/**
 * Newspapers and magazines English names after "the": "told the Guardian",
 * "The Independent reported", "published in The Economist", "according to the
 * Sunday Times". The tagger, which reads "the" before a common noun, tags none
 * of them. One to four capitalized words after "the", the last a word that
 * ends outlets' names (news-organizations.json outletWords), are an
 * organization when the name is told, cited or written in (the word before
 * "the": outletCuesBefore), when it reports or writes (the word after it:
 * outletCuesAfter), or when its "The" is capitalized inside a sentence (a
 * title's article); then every other mention of the same words after "the"
 * is one too. Not when a capitalized word or a lower-case noun goes on after
 * it ("the Post Office", "the Independent candidate": another name, or an
 * adjective), nor in a headline or a line in capitals, nor where the tagger
 * gave the words, or more around them, a name of its own that is not inside
 * them. The span leaves "the" out, as CoNLL names do.
 */
const outletWords: ReadonlySet<string> = new Set(outlets.outletWords);
// every outlet's name ends in an outlet word (nameEnd), so an article without one changes nothing, though the pass
// walked every "the" and indexed the spans by token
export const outletsAfterThe: EntityPass = { name: 'outlets-after-the', triggers: outletWords, run };
const cuesBefore: ReadonlySet<string> = new Set(outlets.outletCuesBefore);
const cuesAfter: ReadonlySet<string> = new Set(outlets.outletCuesAfter);
const maxWords = 4;

interface Mention {
  start: number;
  end: number;
  cued: boolean;
}

function run({ tokens, caseless, opener }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const mentions: Mention[] = [];
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (tokens[t]!.lower !== 'the' || caseless[tokens[t]!.sentence]) continue;
    const end = nameEnd(tokens, t);
    if (end < 0 || !freeOfOtherNames(spanAt, spans, t + 1, end)) continue;
    const capitalThe = tokens[t]!.text === 'The' && !opener[t];
    const before = tokens[t - 1]?.sentence === tokens[t]!.sentence ? tokens[t - 1]!.lower : '';
    const after = tokens[end]?.sentence === tokens[t]!.sentence ? tokens[end]!.lower : '';
    mentions.push({ start: t + 1, end, cued: capitalThe || cuesBefore.has(before) || cuesAfter.has(after) });
  }
  const named = new Set(mentions.filter((m) => m.cued).map((m) => keyOf(tokens, m.start, m.end)));
  if (named.size === 0) return spans;
  const found = mentions.filter((m) => named.has(keyOf(tokens, m.start, m.end)));
  const dropped = new Set<number>();
  for (const m of found) for (let t = m.start; t < m.end; t++) if (spanAt[t]! >= 0) dropped.add(spanAt[t]!);
  return unchangedOr(spans, replaceSpans(spans, dropped, found.map((m) => taggedSpan(m.start, m.end, 'ORG'))));
}

/**
 * The end (exclusive) of an outlet's name of capitalized words right after "the" at token `the`, its last word an
 * outlet word, with nothing after it that carries the name on; -1 when there is none.
 */
function nameEnd(tokens: readonly Token[], the: number): number {
  const sentence = tokens[the]!.sentence;
  const inName = (t: number): boolean => t < tokens.length && tokens[t]!.sentence === sentence && isCapitalizedWord(tokens[t]!.text) && tokens[t]!.start > tokens[t - 1]!.end;
  let e = the + 1;
  while (e - the <= maxWords && inName(e)) e++;
  if (e === the + 1 || e - the > maxWords || !outletWords.has(tokens[e - 1]!.lower)) return -1;
  const next = tokens[e];
  if (next === undefined || next.sentence !== sentence) return e;
  // "the Post Office", "the Times-Picayune", "the Independent candidate", "the Times crossword"
  if (next.start === tokens[e - 1]!.end && /^[-‐–]/.test(next.text)) return -1;
  if (/^\p{Lu}/u.test(next.text)) return -1;
  if ((next.pos === 'NOUN' || next.pos === 'PROPN') && !cuesAfter.has(next.lower)) return -1;
  return e;
}

/** Do the spans over tokens a..b-1, if any, all lie inside them (the tagger's part of the name, to be replaced)? */
function freeOfOtherNames(spanAt: Int32Array, spans: readonly TaggedSpan[], a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const i = spanAt[t]!;
    if (i >= 0 && (spans[i]!.tokenStart < a || spans[i]!.tokenEnd > b)) return false;
  }
  return true;
}
