import personNouns from '../../../data/entities/person-nouns.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * A nationality noun after a lower-case word names no one (person-nouns.json):
 * "the Spaniard told reporters", "the 30-year-old Briton" (the tagger read
 * organizations); "Finn said" with nothing before it may be a given name and
 * stays. (A law's last word after a bracket, "(Withdrawal) Bill", is pass 19's.)
 */
export const dropNationalityNouns: EntityPass = { name: 'drop-nationality-nouns', run };

const nationalityNouns = new Set(personNouns.nationalityNouns);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1) return true;
    const w = tokens[s.tokenStart]!;
    const before = tokens[s.tokenStart - 1];
    if (!before || before.sentence !== w.sentence) return true;
    return !(nationalityNouns.has(w.lower) && before.text === before.lower && /[a-z]/.test(before.text));
  });
}
