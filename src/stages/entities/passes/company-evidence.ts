import type { Token } from '../../../document';
import companyLists from '../../../data/entities/company-lists.json';
import { isCommonWord } from '../../../nlp/common-words';
import { isFamilyName, isGivenName } from '../gazetteer';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { pronounAfter } from './pronoun-evidence';
import { corporateSuffixes, priceMoveVerbs } from './words';

/**
 * What the words around a name say of it being a company's (data/entities/company-lists.json): read by pass 56,
 * which makes such a name an organization, and by pass 100, which leaves such a name out of the persons it finds
 * by their family names ("Kate Spade shares jumped ... Spade said she").
 */
export const executiveTitles = companyLists.executiveTitles.map((t) => t.split(' '));
export const shareNouns: ReadonlySet<string> = new Set(companyLists.sharesOf);
export const companyPossessions = companyLists.companyPossessions.map((t) => t.split(' '));
export const sharesLinks: ReadonlySet<string> = new Set(['of', 'in']);
const marketWords: ReadonlySet<string> = new Set(companyLists.marketWords);
// Token.paragraph of the headline's words
const HEADLINE = -1;

/**
 * "Novo Chief Executive ...", "Novo shares rose", "Urban Decay's sales", "Shares of Novo fell": an office of
 * executiveTitles right after the name or its possessive, "shares"/"stock" and a verb of price movement right after
 * it, what only a company owns right after its possessive, or "shares of" / "shares in" right before it.
 */
export function companyCue(tokens: readonly Token[], s: TaggedSpan): boolean {
  const sentence = tokens[s.tokenStart]!.sentence;
  const at = (k: number): Token | undefined => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  let k = s.tokenEnd;
  if (possessiveMarks.has(at(k)?.text ?? '')) k++;
  for (const words of executiveTitles) if (wordsAt(tokens, sentence, k, words) && !titleGoesOn(at(k + words.length))) return true;
  if (k === s.tokenEnd && shareNouns.has(at(k)?.lower ?? '') && priceMoveVerbs.has(at(k + 1)?.lower ?? '')) return true;
  // "In London, Mulberry rose 7%": a name moving by a percentage in market copy is a listed company's; polls and betting
  // move persons by percentages too ("DeSantis fell 3 percent", "Clinton rose 4 percent in the poll"), so a word of
  // market copy in the paragraph, and no given name or lone family name ("Sanders rose 4 percent")
  if (k === s.tokenEnd && priceMoveVerbs.has(at(k)?.lower ?? '') && percentageAt(at, k + 1) && !personByShape(tokens, s) && marketWordInParagraph(tokens, s.tokenStart)) return true;
  // (not after a person's given name: "Taylor Swift's sales" are a singer's; "Urban" is a common word first)
  if (k > s.tokenEnd && !openedByGivenName(tokens[s.tokenStart]!)) for (const words of companyPossessions) if (wordsAt(tokens, sentence, k, words)) return true;
  return sharesLinks.has(at(s.tokenStart - 1)?.lower ?? '') && shareNouns.has(at(s.tokenStart - 2)?.lower ?? '');
}

/**
 * The words of sentence `sentence` from token `k` on are `words` (lower case). A loop: the arrow functions that read
 * them inside companyCue's look over every office title made one closure per title per mention (issue 14).
 */
function wordsAt(tokens: readonly Token[], sentence: number, k: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const t = tokens[k + i];
    if (t === undefined || t.sentence !== sentence || t.lower !== words[i]) return false;
  }
  return true;
}

/**
 * A company cue (companyCue), a corporate suffix right after the name ("Spade Inc", lexicon.json corporateSuffixes)
 * or a report of "it" ("Spade said it would"): the name at this mention is a company's.
 */
export function companyEvidence(tokens: readonly Token[], s: TaggedSpan): boolean {
  const next = tokens[s.tokenEnd];
  if (next !== undefined && next.sentence === tokens[s.tokenStart]!.sentence && corporateSuffixes.has(next.lower)) return true;
  return companyCue(tokens, s) || pronounAfter(tokens, s.tokenEnd) === 'ORG';
}

/** "7%", "7 %", "3.2 percent", "2 per cent", "5 pct": a number and its percent sign or word from token k. */
function percentageAt(at: (k: number) => Token | undefined, k: number): boolean {
  const number = at(k);
  if (!number || !/^\d+(?:[.,]\d+)?%?$/.test(number.text)) return false;
  if (number.text.endsWith('%')) return true;
  const unit = at(k + 1)?.lower ?? '';
  return unit === '%' || unit === 'percent' || unit === 'pct' || (unit === 'per' && at(k + 2)?.lower === 'cent');
}

/** A name opened by a given name, or one word that is a family name ("Sanders"): a person's by its shape. */
function personByShape(tokens: readonly Token[], s: TaggedSpan): boolean {
  const first = tokens[s.tokenStart]!;
  return openedByGivenName(first) || (s.tokenEnd - s.tokenStart === 1 && isFamilyName(first.lower) && !isCommonWord(first.lower));
}

/**
 * Is a word of market copy (company-lists.json marketWords: "shares", "stocks", "index") in token t's paragraph or the
 * headline ("Markets: stocks slip as oil climbs" over "In London, Burberry fell 5%")?
 */
function marketWordInParagraph(tokens: readonly Token[], t: number): boolean {
  for (let k = 0; k < tokens.length && tokens[k]!.paragraph === HEADLINE; k++) if (marketWords.has(tokens[k]!.lower)) return true;
  const paragraph = tokens[t]!.paragraph;
  for (let k = t; k >= 0 && tokens[k]!.paragraph === paragraph; k--) if (marketWords.has(tokens[k]!.lower)) return true;
  for (let k = t + 1; k < tokens.length && tokens[k]!.paragraph === paragraph; k++) if (marketWords.has(tokens[k]!.lower)) return true;
  return false;
}

/** A given name that is no common word ("Taylor", not "Urban"): the name is a person's by its shape. */
const openedByGivenName = (w: Token): boolean => isGivenName(w.lower) && !isCommonWord(w.lower);

/** "Chief Executive Officer" is read whole by its own entry; "chairman of the committee" is another office. */
const titleGoesOn = (next: Token | undefined): boolean => next?.lower === 'of';
