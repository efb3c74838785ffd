import personNouns from '../../../data/entities/person-nouns.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * Two capitalized nouns that name no one (person-nouns.json):
 * - a nationality noun after a lower-case word: "the Spaniard told
 *   reporters", "the 30-year-old Briton" (the tagger read organizations);
 *   "Finn said" with nothing before it may be a given name and stays;
 * - a law's last word alone after a bracket: "the European Union
 *   (Withdrawal) Bill" left "Bill", a given name, as a person.
 */
export const dropNationalityNounsAndLawTails: EntityPass = { name: 'drop-nationality-nouns-and-law-tails', run };

const nationalityNouns = new Set(personNouns.nationalityNouns);
const lawTails = new Set(personNouns.lawTails);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1) return true;
    const w = tokens[s.tokenStart]!;
    const before = tokens[s.tokenStart - 1];
    if (!before || before.sentence !== w.sentence) return true;
    if (nationalityNouns.has(w.lower) && before.text === before.lower && /[a-z]/.test(before.text)) return false;
    return !(lawTails.has(w.lower) && before.text === ')');
  });
}
