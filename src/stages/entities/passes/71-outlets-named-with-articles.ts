import ruleWords from '../../../data/entities/rule-words.json';
import { isCapitalizedWord } from '../capitalized';
import { isFamilyName, isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, wordsText } from './shared';

/**
 * Newspapers and broadcasters whose name opens with an article of another
 * language: "told De Telegraaf", "according to Le Monde", "El Universal
 * reported". The tagger reads the article as a surname's particle ("De
 * Bruyne", "Le Pen") and gives a person. A two-word person span opening with
 * such an article (rule-words.json foreignArticles) is an organization, every
 * mention of it, when one mention is told or cited (outletCuesBefore) or
 * reports (outletCuesAfter), its second word is no given or family name of
 * the gazetteer ("told De Jong"), and no longer person's name in the article
 * ends in it: "Kevin De Bruyne ... told De Bruyne" keeps the footballer. An
 * article that names a person only so ("told De Bruyne") loses him: rare in
 * news, which gives a full name first.
 */
const articles: ReadonlySet<string> = new Set(ruleWords.foreignArticles);
// every candidate opens with a foreign article ("Le", "Die"), so an article without one changes nothing
export const outletsNamedWithArticles: EntityPass = { name: 'outlets-named-with-articles', triggers: articles, run };
const cuesBefore: ReadonlySet<string> = new Set(ruleWords.outletCuesBefore);
const cuesAfter: ReadonlySet<string> = new Set(ruleWords.outletCuesAfter);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const textOf = (s: TaggedSpan): string => wordsText(tokens.slice(s.tokenStart, s.tokenEnd));
  const candidate = (s: TaggedSpan): boolean => {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 2) return false;
    const article = tokens[s.tokenStart]!;
    const word = tokens[s.tokenStart + 1]!;
    return articles.has(article.lower) && isCapitalizedWord(article.text) && isCapitalizedWord(word.text) && !isGivenName(word.lower) && !isFamilyName(word.lower);
  };
  const outlets = new Set<string>();
  for (const s of spans) if (candidate(s) && cued(tokens, s)) outlets.add(textOf(s));
  if (outlets.size === 0) return spans;
  // "Marine Le Pen" anywhere: "Le Pen" is her, whatever verb is near
  for (const s of spans) {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 3) continue;
    outlets.delete(wordsText(tokens.slice(s.tokenEnd - 2, s.tokenEnd)));
  }
  if (outlets.size === 0) return spans;
  return spans.map((s) => (candidate(s) && outlets.has(textOf(s)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}

/** Is the name told or cited (the one or two words before it), or does it report (the word after it), in its sentence? */
function cued(tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean {
  const sentence = tokens[s.tokenStart]!.sentence;
  const at = (t: number): string | null => (t >= 0 && t < tokens.length && tokens[t]!.sentence === sentence ? tokens[t]!.lower : null);
  const one = at(s.tokenStart - 1);
  const two = at(s.tokenStart - 2);
  if (one !== null && cuesBefore.has(one)) return true;
  if (one !== null && two !== null && cuesBefore.has(`${two} ${one}`)) return true;
  const after = at(s.tokenEnd);
  return after !== null && cuesAfter.has(after);
}
