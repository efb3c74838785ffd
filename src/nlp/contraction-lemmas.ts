import type { Token } from '../document';
import contractions from '../data/lexicon/contractions.json';
import { isPastParticipleForm, wordAfterAdverbs } from './passive';
import { isApostropheS } from './possessive-split';

const HAS_SUBJECTS: ReadonlySet<string> = new Set(contractions.hasSubjects);
const PASSIVE_AFTER: ReadonlySet<string> = new Set(contractions.passiveAfterParticiple);

/**
 * The lemma of an "'s" that is the perfect's "has" ('The senator, who's
 * called for an inquiry', 'she's also said that ...'): wink lemmatizes every
 * "'s" after a pronoun to "be", which reads them as passives. "have" when a
 * pronoun subject stands before it and a past participle after it (past
 * adverbs and "not"), with no word after the participle that only a passive
 * takes ('he's said to be', 'who's described as', 'she's told by', 'who's
 * accused of'). Runs once over the token layer, after the POS repairs, so
 * every stage reads the same lemma.
 */
export function repairContractionLemmas(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const s = tokens[k]!;
    if (!isApostropheS(s.text) || !HAS_SUBJECTS.has(tokens[k - 1]!.lower)) continue;
    const verb = wordAfterAdverbs(tokens, k);
    const v = tokens[verb];
    if (!v || !isPastParticipleForm(v.lower) || PASSIVE_AFTER.has(tokens[verb + 1]?.lower ?? '')) continue;
    s.lemma = 'have';
    s.lemmas = ['have'];
  }
}
