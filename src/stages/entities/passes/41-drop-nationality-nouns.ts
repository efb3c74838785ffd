import languages from '../../../data/entities/languages.json';
import personNouns from '../../../data/entities/person-nouns.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { personNameWords } from './shared';

/**
 * A nationality noun after a lower-case word names no one (person-nouns.json):
 * "the Spaniard told reporters", "the 30-year-old Briton" (the tagger read
 * organizations); "Finn said" with nothing before it may be a given name and
 * stays. (A law's last word after a bracket, "(Withdrawal) Bill", is pass 19's.)
 * A one-word language name ("she said, in Farsi", languages.json) is no name
 * either, unless the article names a person with it ("Priya Tamil ... Tamil said").
 */
export const dropNationalityNouns: EntityPass = { name: 'drop-nationality-nouns', run };

const nationalityNouns = new Set(personNouns.nationalityNouns);

const languageNames = new Set(languages.names);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const familyNames = personNameWords(tokens, spans, { familyNameOnly: true });
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1) return true;
    const w = tokens[s.tokenStart]!;
    if (languageNames.has(w.lower) && !familyNames.has(w.lower)) return false;
    const before = tokens[s.tokenStart - 1];
    if (!before || before.sentence !== w.sentence) return true;
    return !(nationalityNouns.has(w.lower) && before.text === before.lower && /[a-z]/.test(before.text));
  });
}
