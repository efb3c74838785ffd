import { wordClass } from '../features';
import { demonymToCountry, startsOrganizationPhrase } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { keyOf, spanIndexByToken, taggedSpan } from './shared';
import { companyTails, tenureWords } from './words';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * "Advanced Micro Devices said on Tuesday ...", "General Dynamics won ...": the
 * tagger leaves out the first word of a sentence that reads as an adjective
 * and tags the rest ("Micro Devices"), a name nobody writes. The opening word
 * joins the organization after it when something supports the whole: the
 * article writes the whole name away from an opening; or the word is the first
 * word of a known organization's name ("General", "National"; not a demonym:
 * "British Conservative Party" is a nationality and a party); or the name ends
 * in a company's last word (an organization suffix, company-lists.json
 * companyTails: "Devices", "Systems") and the article never writes the word in
 * lower case ("Former Applied Materials staff" with "former" elsewhere stays
 * out) and the word is no word of tenure (rule-words.json tenureWords: "Former
 * Tarn Works chief John Smith", "Veteran Morgan Associates partner": a role
 * adjective before a title, whatever the article writes elsewhere). Runs before common-words-off-openers, which takes such a word off
 * again when the rest is the article's own name and the whole is not.
 */
export const openingWordsOfOrganizations: EntityPass = { name: 'opening-words-of-organizations', run };

// ("Advanced", "Applied", "United" read as verbs at an opening)
const openingNamePos = new Set(['ADJ', 'PROPN', 'NOUN', 'VERB']);

function run({ tokens, sentences, caseless, opener, writtenLower }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const awayFromOpenings = new Set<string>();
  for (const s of spans) if (!opener[s.tokenStart]) awayFromOpenings.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
  const grown = new Map<number, TaggedSpan>();
  for (const sentence of sentences) {
    const a = sentence.tokenStart;
    const word = tokens[a];
    const name = spans[spanAt[a + 1] ?? -1];
    // the name must be in the same sentence: a one-word subhead ("Gulf", "Analysis") is a sentence of its own, and the
    // organization opening the paragraph under it ("Al Jazeera's website carried ...") does not take it
    if (!word || !name || a + 1 >= sentence.tokenEnd || caseless[word.sentence] || spanAt[a]! >= 0 || name.type !== 'ORG' || name.tokenStart !== a + 1 || name.tokenEnd - name.tokenStart < 2) continue;
    if (!isAsciiTitleCaseWord(word.text) || !openingNamePos.has(word.pos ?? '') || wordClass(word.lower) === 'title') continue;
    // an opening verb with a name after it is a verb and its object ("Attended James High School, in Houston",
    // "Joined Tarn Systems in 2003") unless a verb follows the name: "Advanced Micro Devices said"
    const after = tokens[name.tokenEnd];
    if (word.pos === 'VERB' && (after?.sentence !== word.sentence || (after.pos !== 'VERB' && after.pos !== 'AUX'))) continue;
    const last = tokens[name.tokenEnd - 1]!.lower;
    const supported =
      awayFromOpenings.has(keyOf(tokens, a, name.tokenEnd)) ||
      (startsOrganizationPhrase(word.lower) && !demonymToCountry(word.text)) ||
      ((wordClass(last) === 'orgsuf' || companyTails.has(last)) && !writtenLower.has(word.lower) && !tenureWords.has(word.lower));
    if (supported) grown.set(spanAt[a + 1]!, taggedSpan(a, name.tokenEnd, 'ORG'));
  }
  return grown.size === 0 ? [...spans] : spans.map((s, i) => grown.get(i) ?? s);
}
