import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isCommonWord, isPluralOfCommonWord } from '../../../nlp/common-words';
import { isCapitalized } from '../features';
import { romanizationOf } from '../romanized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { personCueVerbs, priceMoveVerbs } from './words';
import { organizationActing, typeFromContext } from './name-evidence';
import { isSameInUpperCase } from '../../../nlp/characters';
import { isAsciiTitleCaseWord } from '../capitalized';
import { spanIndexByToken } from './shared';
import { isPossessiveMark } from '../../../nlp/possessive-split';

/**
 * "Investors welcomed the move.", "Late last week, ...": a lone capitalized
 * word opening a sentence, tagged a name on no evidence but its capital. It
 * stays a name when anything supports it: another mention of the name, a
 * capitalized use mid-sentence, a listed given or family name, a place, a
 * known organization, a proper noun that is no common English word, a romanized name shape of six letters or more
 * ("Kishida"; "Late" would pass as two syllables), or a person cue ("said")
 * after it. Before a verb of price movement ("Sterling fell") or a lower-case
 * noun it modifies ("Grant funding was cut", "Bill payments rose") only the
 * article, a place or a known organization supports it: a name list or a rare
 * word does not (so a one-off "Obama administration officials ..." opener
 * goes too; an article that names Obama elsewhere keeps it). The word after
 * a wire dateline's dash is an opener too ("LONDON (Reuters) - Sterling fell"),
 * and a plural noun before "said" is a group speaking ("Traders said"), as is one before a comma ("Reformers,
 * particularly from Germany, say ...": on the train portions of GUM, wikigold and UNER-EWT a plural opener before a
 * comma was a name twice, both family names, which stay, and a common plural 'Books', 'Buses', 'Opinions', 'Folks' ...).
 */
export const dropUnsupportedOpeners: EntityPass = { name: 'drop-unsupported-openers', run };

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, sentences, opener: initial, caseless } = ctx;
  // read from the whole article only once a lone opener gets that far: most spans are none, and the walk over every
  // token and a key per span were the pass's cost
  let article: ArticleSupport | undefined;
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1 || !initial[s.tokenStart]) return true;
    const tok = tokens[s.tokenStart]!;
    const sentence = sentences[tok.sentence]!;
    // headlines open with names ("Kishida meets Xi")
    if (!isAsciiTitleCaseWord(tok.text) || sentence.paragraph === -1 || caseless[tok.sentence]) return true;
    const next = tokens[s.tokenStart + 1];
    const { oneWordNames, capitalizedMid } = (article ??= articleSupport(ctx, spans));
    // support from the article itself: another mention, a capitalized use mid-sentence, a person cue after it
    const fromArticle =
      (oneWordNames.get(tok.lower) ?? 0) > 1 ||
      capitalizedMid.has(tok.lower) ||
      (next !== undefined && ((personCueVerbs.has(next.lower) && !groupOfPeople(tok.lower)) || (next.text === ',' && !groupOfPeople(tok.lower)) || next.text === "'s" || next.text === '’s' || isCapitalized(next.text))) ||
      // "Apple unveiled ...": a brand acting as a company
      organizationActing(tokens, s.tokenStart, s.tokenEnd);
    // a place ("Mosul fell to ...") or a known organization ("Apple rose 2%") is one before any verb
    if (fromArticle || placeKind(tok.text) !== null || isKnownOrganization(tok.text)) return true;
    // "Ennahda leaders condemned ...", "Quorvant shares rose": words around it that only a name has settle it
    // (for a word that is no common English word: "Current members" is no name)
    if (!isCommonWord(tok.lower) && typeFromContext(tokens, s.tokenStart, s.tokenEnd) !== null) return true;
    // "Sterling fell on Thursday", "Copper rose": before a verb of price movement a lone opener is the currency or
    // commodity that moved, whatever a name list says ("Sterling" is also a given name)
    if (next !== undefined && priceMoveVerbs.has(next.lower)) return false;
    // "Grant funding was cut", "Bill payments rose": a lower-case noun right after makes the opener a noun's modifier
    if (next !== undefined && next.pos === 'NOUN' && next.text === next.lower && /^[a-z]+$/.test(next.text)) return false;
    const supported =
      isGivenName(tok.lower) ||
      isFamilyName(tok.lower) ||
      // "Obama signed the accord": a proper noun that is no common English word ("Attack", "Late" are)
      (tok.pos === 'PROPN' && !isCommonWord(tok.lower) && !pluralOfNoun(tok.lower)) ||
      (tok.text.length >= 6 && romanizationOf(tok.lower) !== null);
    return supported;
  });
}

/** What the article says of a lone opener's word elsewhere. */
interface ArticleSupport {
  /**
   * how many one-word spans have each word. Why only those: an opener asked about is one word of ASCII letters, and
   * a longer span's key (keyOf) holds a space, so it never matched one
   */
  oneWordNames: ReadonlyMap<string, number>;
  /** the words written capitalized (not in capitals) other than at a sentence's opening */
  capitalizedMid: ReadonlySet<string>;
}

function articleSupport({ tokens, opener: initial, capitalized }: EntityPassContext, spans: readonly TaggedSpan[]): ArticleSupport {
  const capitalizedMid = new Set<string>();
  let spanAt: Int32Array | undefined;
  // (the feature context's capital marks: the text of a word in lower case is not read)
  for (let i = 0; i < tokens.length; i++) {
    if (capitalized[i] !== 1 || initial[i] || isSameInUpperCase(tokens[i]!.text)) continue;
    // "Magistrates heard ...", "Landlords exit" beside "Westbury Magistrates' Court" or "National Residential Landlords
    // Association": a group's plural capitalized only inside a longer name says nothing of the word alone. A plural
    // that closes the name is its short form and supports it ("Giants won" beside "New York Giants": review rev25-f F4)
    if (groupOfPeople(tokens[i]!.lower)) {
      spanAt ??= spanIndexByToken(tokens.length, spans);
      if (pluralInsideLongerName(tokens, spans, spanAt[i]!, i)) continue;
    }
    capitalizedMid.add(tokens[i]!.lower);
  }
  const oneWordNames = new Map<string, number>();
  for (const s of spans) {
    if (s.tokenEnd - s.tokenStart !== 1) continue;
    const key = tokens[s.tokenStart]!.lower;
    oneWordNames.set(key, (oneWordNames.get(key) ?? 0) + 1);
  }
  return { oneWordNames, capitalizedMid };
}

/**
 * Whether token t is a word of a span of two tokens or more that is no person's full name, and no organization the
 * word closes ("New York Giants" names the team "Giants" is short for); a person's ("Michelle Fields") opens with a
 * given name, and its family name supports the same word alone ("Fields said"). A plural before a possessive mark
 * does not close the name ("Westbury Magistrates' Court", the span read so far ending at "Magistrates").
 */
function pluralInsideLongerName(tokens: EntityPassContext['tokens'], spans: readonly TaggedSpan[], spanIndex: number, t: number): boolean {
  if (spanIndex < 0) return false;
  const s = spans[spanIndex]!;
  if (s.tokenEnd - s.tokenStart < 2 || (s.type === 'PER' && isGivenName(tokens[s.tokenStart]!.lower))) return false;
  const closesOrganization = s.type === 'ORG' && t === s.tokenEnd - 1 && !isPossessiveMark(tokens, t + 1);
  return !closesOrganization;
}

/** "Traders said ...", "Analysts told ...": a plural agent or common noun no name list knows speaks as a group, not as one person ("Sanders said" keeps its family name). */
function groupOfPeople(lower: string): boolean {
  return pluralOfNoun(lower) && !isFamilyName(lower) && !isGivenName(lower);
}

/** "Builders", "Knitters", "Southerners": a plural of a common word or of an agent noun, however rare, names a group of people, not one. */
function pluralOfNoun(lower: string): boolean {
  return lower.endsWith('ers') || isPluralOfCommonWord(lower);
}
