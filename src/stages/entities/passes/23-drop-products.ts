import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import { wordClass } from '../features';
import { isGivenName } from '../gazetteer';
import { isTightHyphen, NAME_HYPHENS } from '../../../nlp/hyphens';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { isAsciiTitleCaseWord } from '../capitalized';
import { totalInScorecard } from './team-cues';

/**
 * "40 Airbus A320 jets", "the Boeing 737 MAX", "Lockheed F-35 fighters", "The
 * Boeing 777 is ...": a maker's name followed by a model number names a
 * product, which CoNLL counts as MISC, not as the organization. An
 * organization name directly followed by a model code is dropped: a code of
 * letters and digits ("A320", "F-35", "A330-200") always, a bare
 * three-digit number ("737", "737-800", "737s") unless another number
 * follows it closely, so scores ("Lakers 110, Celtics 98", "110-98") keep
 * their team; years have four digits. A model code inside an organization's
 * name ("the ThinkPad X1 Fold", "a Snapdragon X Elite processor") makes it a
 * product too, and so does a hyphenated maker with its model before a model
 * number that the tagger read as a person ("a Rolls-Royce Trent 700"). A ship named with its prefix ("USS
 * Potomac", "HMS Victory", "CSS Alabama") is a vessel, no organization or
 * person, whatever the tagger read.
 * Why the maker is dropped, not kept as an organization (counted for issue 11 on what each corpus's annotators
 * did with a maker right before its model): MEANTIME (meantime-dev, news) marks the maker an organization 3
 * times ("the Airbus A330 MRTT", "The Northrop Grumman KC-45") and 27 times annotates the whole phrase as a
 * product ("other") with no organization inside ("the Airbus A380", "five Boeing 737s", "the Chrysler Aspen");
 * wikigold's 2 ("Datecs MP500", "Caloi 10") are no organization either, UNER has 1 of 2 ("Toyota Venza" yes,
 * "Canon sx40" no), and GUM's train portion has none. The newswire convention is the product's.
 */
export const dropProducts: EntityPass = { name: 'drop-products', run };

/** "A320", "F-35", "S24", "MiG-29", "A330-200": one to three letters (a hyphen allowed), two to four digits, a round variant, at most two letters. */
const lettersAndDigits = /^[A-Za-z]{1,3}-?\d{2,4}(?:-\d00)?[A-Za-z]{0,2}$/;
/** "737", "737s", "737-800", "777-300ER" (a variant is a round hundred: "110-98" is a score) */
const threeDigits = /^\d{3}(?:-\d00)?(?:s|[A-Z]{1,2})?$/;

const vesselPrefixes = new Set(lexicon.vesselPrefixes);

function run({ tokens, sportsReport }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  spans = spans.filter((s) => !vessel(tokens, s));
  return spans.filter((s) => {
    if (s.type === 'PER') return !makerAndModelAsPerson(tokens, s);
    if (s.type !== 'ORG' || headedName(tokens, s)) return true;
    // the tagger may have taken the code into the name ("Airbus A320"): the words before it are the maker
    // ("Kent 364 (Mark Ealham 88)": in a sports report a bare three-digit number after a team, in a scorecard's shape,
    // is its total, no model; "a Porsche 911 to third place", "Indy 500 winner" stay products)
    if (sportsReport && /^\d{3}$/.test(tokens[s.tokenEnd]?.text ?? '') && totalInScorecard(tokens, s.tokenEnd)) return !modelCodeInside(tokens, s);
    return !(modelCodeAfter(tokens, s.tokenEnd) || (s.tokenEnd - s.tokenStart >= 2 && modelCodeAfter(tokens, s.tokenEnd - 1)) || modelCodeInside(tokens, s));
  });
}

/** "X1", "S24", "X": a model's letter, or one or two letters with a number, as a line's version is written ("LS", "HPL" are acronyms) */
const versionInside = /^(?:[A-Z]|[A-Z]{1,2}\d{1,3})$/;

/**
 * "the ThinkPad X1 Fold", "a Qualcomm Snapdragon X Elite processor", "Galaxy S24 Ultra": a model code between
 * capitalized words of the name makes a product (an organization's own word after a letter is no product:
 * "Plan B Entertainment", which headedName keeps).
 */
function modelCodeInside(tokens: readonly Token[], s: TaggedSpan): boolean {
  // "Qualcomm Snapdragon X" before "Plus": a line's code closing a name of three words or more, a lone letter only
  // before a capitalized version word ("the Athletics Triple A team", "MTV & Wild on E!" end in a letter)
  const last = tokens[s.tokenEnd - 1]!;
  const after = tokens[s.tokenEnd];
  const versionWordAfter = after !== undefined && after.sentence === last.sentence && isAsciiTitleCaseWord(after.text);
  if (s.tokenEnd - s.tokenStart >= 3 && versionInside.test(last.text) && (/\d/.test(last.text) || versionWordAfter) && !NAME_HYPHENS.has(tokens[s.tokenEnd - 2]!.text)) return true;
  for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) {
    const w = tokens[t]!;
    // ("Triple-A Pawtucket Red Sox": a letter written onto a word with a hyphen is that word's)
    if (NAME_HYPHENS.has(tokens[t - 1]!.text)) continue;
    if ((versionInside.test(w.text) || (lettersAndDigits.test(w.text) && /\d/.test(w.text))) && /^[A-Z]/.test(tokens[t + 1]!.text)) return true;
  }
  return false;
}

/**
 * "a Rolls-Royce Trent 700": a maker's name and its model before a model number, which the tagger read as a
 * person's name. A person's name opens with a given name or is joined by no hyphen; this one opens with a
 * hyphenated maker's name that is no given name.
 */
function makerAndModelAsPerson(tokens: readonly Token[], s: TaggedSpan): boolean {
  const first = tokens[s.tokenStart]!;
  const second = tokens[s.tokenStart + 2];
  // ("Rolls", "-", "Royce", then at least one word of the model)
  if (s.tokenEnd - s.tokenStart < 4 || !isTightHyphen(tokens, s.tokenStart + 1, NAME_HYPHENS) || !second || !isAsciiTitleCaseWord(second.text)) return false;
  return isAsciiTitleCaseWord(first.text) && !isGivenName(first.lower) && modelCodeAfter(tokens, s.tokenEnd);
}

/** "The Pennsylvania State University 223 HUB": a name ending in an organization word ("University", "Inc.") makes no products; the number is an address. */
function headedName(tokens: readonly Token[], s: TaggedSpan): boolean {
  const last = tokens[s.tokenEnd - 1]!;
  return wordClass(last.lower) === 'orgsuf' || (s.tokenEnd - s.tokenStart >= 2 && wordClass(tokens[s.tokenEnd - 2]!.lower) === 'orgsuf');
}

/** Is token t a model code written right after the name (one space, same sentence)? */
function modelCodeAfter(tokens: readonly Token[], t: number): boolean {
  const code = tokens[t];
  const before = tokens[t - 1];
  if (!code || !before || code.sentence !== before.sentence || code.start !== before.end + 1) return false;
  if (lettersAndDigits.test(code.text) && /\d/.test(code.text)) return true;
  if (!threeDigits.test(code.text)) return false;
  // "Lakers 110, Celtics 98", "110 - 98": a number close after makes it a score
  for (let n = t + 1; n <= t + 3 && n < tokens.length && tokens[n]!.sentence === code.sentence; n++) if (/^\d/.test(tokens[n]!.text)) return false;
  return true;
}

/** "USS Potomac" (the prefix in capitals, then a capitalized name), as one span or the prefix just before it. */
function vessel(tokens: readonly Token[], s: TaggedSpan): boolean {
  const first = tokens[s.tokenStart]!;
  const prefix = s.tokenEnd - s.tokenStart >= 2 ? first : tokens[s.tokenStart - 1];
  if (!prefix || prefix.sentence !== first.sentence || !/^[A-Z]{2,5}$/.test(prefix.text) || !vesselPrefixes.has(prefix.lower)) return false;
  const name = prefix === first ? tokens[s.tokenStart + 1]! : first;
  return /^[A-Z][a-z]/.test(name.text);
}
