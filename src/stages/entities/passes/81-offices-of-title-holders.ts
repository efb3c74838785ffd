import type { Token } from '../../../document';
import ruleWords from '../../../data/entities/rule-words.json';
import { isCapitalized } from '../capitalized';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanIndexByToken, taggedSpan } from './shared';

const officeWords: ReadonlySet<string> = new Set(ruleWords.officeWords);
const maxWords = 6;

/**
 * "the Information Commissioner's Office", "the Auditor General's Office", "the Children's Commissioner's Office":
 * the office of a title holder is a body, but organizations-by-head-words leaves it out (a title word and a
 * possessive are no words of its names) and the tagger keeps at most "Office". A capitalized office word
 * (rule-words.json officeWords) right after a capitalized title (lexicon.json personTitles) in the possessive,
 * with the capitalized words before the title ("Information", "Children's"), is an organization; a name the
 * tagger found inside the run gives way to it. Not when a name reaches outside the run, when a capitalized word
 * or "of" goes on after the office word (where the name ends is unclear: "the Mayor's Office of Housing"), in a
 * headline or a line in capitals, or from an opener the article writes in lower case elsewhere.
 */
export const officesOfTitleHolders: EntityPass = { name: 'offices-of-title-holders', triggers: officeWords, run };

const isPossessive = (t: Token): boolean => t.text === "'s" || t.text === '’s';
const nameWord = (t: Token): boolean => isCapitalized(t.text) && /^\p{L}[\p{L}.-]*$/u.test(t.text) && t.pos !== 'DET' && t.pos !== 'PRON';
const glued = (a: Token, b: Token): boolean => a.end === b.start;

function run({ tokens, opener, caseless, writtenLower }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  // indexed only once a title's office is found: "Office" is common, a title holder's office before it rare
  let spanAt: Int32Array | undefined;
  const added: TaggedSpan[] = [];
  for (let o = 2; o < tokens.length; o++) {
    const office = tokens[o]!;
    if (!officeWords.has(office.lower) || !isCapitalized(office.text) || caseless[office.sentence]) continue;
    const mark = tokens[o - 1]!;
    const title = tokens[o - 2]!;
    if (!isPossessive(mark) || !glued(title, mark) || title.sentence !== office.sentence || !nameWord(title) || wordClass(title.lower) !== 'title') continue;
    const start = runStart(tokens, o - 2, (spanAt ??= spanIndexByToken(tokens.length, spans)));
    if (opener[start] && writtenLower.has(tokens[start]!.lower)) continue;
    const next = tokens[o + 1];
    if (next !== undefined && next.sentence === office.sentence && (isCapitalized(next.text) && /^\p{L}/u.test(next.text) || next.lower === 'of')) continue;
    const end = o + 1;
    if (spans.some((s) => s.tokenStart < end && s.tokenEnd > start && (s.tokenStart < start || s.tokenEnd > end))) continue;
    added.push(taggedSpan(start, end, 'ORG'));
  }
  if (added.length === 0) return spans;
  const inside = (s: TaggedSpan): boolean => added.some((a) => s.tokenStart >= a.tokenStart && s.tokenEnd <= a.tokenEnd);
  return [...spans.filter((s) => !inside(s)), ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * The first word of the capitalized run that ends in the title at t: its words, and a word with its "'s"
 * ("Children's") that is no name ("Scotland's Children's Commissioner's Office": the place is the owner).
 */
function runStart(tokens: readonly Token[], t: number, spanAt: Int32Array): number {
  const sentence = tokens[t]!.sentence;
  let start = t;
  while (t - start < maxWords) {
    const before = tokens[start - 1];
    if (before === undefined || before.sentence !== sentence || glued(before, tokens[start]!)) break;
    const word = tokens[start - 2];
    if (isPossessive(before) && word !== undefined && word.sentence === sentence && glued(word, before) && nameWord(word) && wordClass(word.lower) !== 'title' && spanAt[start - 2]! < 0) {
      start -= 2;
      continue;
    }
    if (!nameWord(before)) break;
    start--;
  }
  return start;
}
