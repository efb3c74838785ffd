import lexicon from '../../../data/entities/lexicon.json';
import placeHeads from '../../../data/entities/place-heads.json';
import { demonymToCountry, isKnownOrganization, placeKind } from '../gazetteer';
import { isCapitalized, wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { retypeAt, spanText, spanIndexByToken } from './shared';
import { packedSpans } from '../pass';
import { notNames } from './words';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * Addresses: "Buffalo, N.Y.", "Vevey, Switzerland", "Orlando, Fla.-based",
 * and as web text writes them, "Houston, TX 77002", "Raleigh, NC".
 * A US state abbreviation (or postal code, see postalCodeAfterTown) after a capitalized word and a comma is a place,
 * and so is an untagged capitalized word (or two) before a comma and a
 * state, region or country; both are places whatever the tagger said of
 * the town.
 */
export const addressPlaces: EntityPass = { name: 'address-places', run };

function run({ tokens, initial, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const out = packedSpans(spans);
  const added: TaggedSpan[] = [];
  // the words at t that name a state, region or country: a state's abbreviation or postal code (one token), or a
  // tagged region's or country's name
  const regionAt = (t: number): { length: number; stateCode: boolean } => {
    const tok = tokens[t];
    if (!tok) return NO_REGION;
    if (stateAbbreviations.has(tok.text) || postalCodeAfterTown(tokens, t, spanAt, out, caseless)) return STATE_CODE;
    const j = spanAt[t]!;
    if (j < 0 || out[j]!.tokenStart !== t) return NO_REGION;
    const kind = placeKind(spanText(tokens, out[j]!));
    return kind === 'region' || kind === 'country' ? { length: out[j]!.tokenEnd - t, stateCode: false } : NO_REGION;
  };
  for (let c = 1; c + 1 < tokens.length; c++) {
    if (tokens[c]!.text !== ',' || tokens[c + 1]!.sentence !== tokens[c]!.sentence) continue;
    const { length: regionLength, stateCode } = regionAt(c + 1);
    if (regionLength === 0) continue;
    const town = tokens[c - 1]!;
    if (!isCapitalized(town.text) || town.sentence !== tokens[c]!.sentence) continue;
    const after = tokens[c + 1 + regionLength];
    // "Zhao Lijian, China's spokesman": an apposition, not an address
    if (after && after.sentence === town.sentence && (after.text === "'s" || after.text === '’s' || (isCapitalized(after.text) && after.text !== '-'))) continue;
    if (stateCode) {
      const k = spanAt[c + 1]!;
      if (k < 0) added.push({ tokenStart: c + 1, tokenEnd: c + 2, type: 'LOC' });
      else if (out[k]!.tokenEnd - out[k]!.tokenStart === 1) retypeAt(out, k, 'LOC');
    }
    const j = spanAt[c - 1]!;
    if (j >= 0) {
      const s = out[j]!;
      if (s.type !== 'LOC' && s.tokenEnd - s.tokenStart <= 2 && !(s.type === 'PER' && s.tokenEnd - s.tokenStart > 1) && !isKnownOrganization(spanText(tokens, s)) && wordClass(tokens[s.tokenEnd - 1]!.lower) !== 'orgsuf') retypeAt(out, j, 'LOC');
      continue;
    }
    let a = c - 1;
    while (a > 0 && c - a < 3 && spanAt[a - 1]! < 0 && tokens[a - 1]!.sentence === town.sentence && isAsciiTitleCaseWord(tokens[a - 1]!.text) && !initial[a - 1]) a--;
    const words = tokens.slice(a, c);
    if (initial[a] || !words.every((w) => isAsciiTitleCaseWord(w.text) && !wordClass(w.lower) && !notNames.has(w.lower) && !demonymToCountry(w.text))) continue;
    added.push({ tokenStart: a, tokenEnd: c, type: 'LOC' });
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}

const NO_REGION = { length: 0, stateCode: false } as const;
const STATE_CODE = { length: 1, stateCode: true } as const;

const stateAbbreviations = new Set(lexicon.stateAbbreviations);
const statePostalCodes: ReadonlySet<string> = new Set(lexicon.statePostalCodes);
/** Postal codes that are English words too ("See you in Austin, OK."): a state only with a ZIP code after it. */
const postalCodesThatAreWords: ReadonlySet<string> = new Set(lexicon.postalCodesThatAreWords);
/** Postal codes that are letters after a person's name too ("Patel, MD", "Ramesh, CA", "an MA from Oxford, MA in"). */
const postalCodesThatAreLetters: ReadonlySet<string> = new Set(lexicon.postnominalsAlsoPlaces.map((p) => p.toUpperCase()));
/** Heads of a street's name: "Massachusetts Avenue, NE" is a quadrant of Washington, not Nebraska. */
const streetHeads: ReadonlySet<string> = new Set(placeHeads.streetHeads);
const personTitles: ReadonlySet<string> = new Set(lexicon.personTitles);

/**
 * A US postal code at token t stands for its state when it follows a town and a comma (the caller checks the comma
 * and the capitalized town): counted on the train portions of GUM, wikigold and UNER-EWT, 12 of 12 such codes are
 * gold places. A ZIP code after the code settles it (unless the word before the comma is a street's head: "Avenue, NE"). Without one, the code is read only where nothing else reads it:
 * no code that is an English word ("Portland, OK?") or a person's letters ("Patel, MD": lexicon.json
 * postnominalsAlsoPlaces), no code after a person (a person of two words or more, or a word after a person's title: "Dr.
 * Ahmed, MD"), and, unless the town is known as a place, no lower-case word after the
 * code in its sentence. In a line written in capitals any word is in capitals, so no code is read there.
 */
function postalCodeAfterTown(
  tokens: EntityPassContext['tokens'],
  t: number,
  spanAt: ArrayLike<number>,
  out: readonly TaggedSpan[],
  caseless: readonly boolean[],
): boolean {
  const code = tokens[t]!;
  if (!statePostalCodes.has(code.text) || caseless[code.sentence] || t < 2) return false;
  const j = spanAt[t - 2]!;
  const town = j >= 0 ? out[j]! : undefined;
  if (streetHeads.has(tokens[t - 2]!.lower)) return false;
  const next = tokens[t + 1];
  const inSentence = next !== undefined && next.sentence === code.sentence;
  if (inSentence && /^\d{5}(?:-\d{4})?$/.test(next.text)) return true;
  // (a person named in full, or a word after a person's title, is no town: "Jane Roe, MD", "Dr. Ahmed, MD"; one word the
  // tagger read as a person may be one: "her event in Hudson, NH")
  if ((town?.type === 'PER' && town.tokenEnd - town.tokenStart > 1) || personTitles.has(tokens[t - 3]?.lower ?? '')) return false;
  if (postalCodesThatAreWords.has(code.text) || postalCodesThatAreLetters.has(code.text)) return false;
  const knownTown = town?.type === 'LOC' || placeKind(tokens[t - 2]!.text) !== null;
  return knownTown || !(inSentence && /^\p{Ll}/u.test(next.text));
}
