import type { Token } from '../../../document';
import ruleWords from '../../../data/entities/rule-words.json';
import { isApostropheS } from '../../../nlp/possessive-split';
import { wordClass } from '../features';
import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/** "rival", "leader": title words a company or club holds too (rule-words.json relationalTitles) */
const relationalTitles = new Set(ruleWords.relationalTitles);
/** "rival", "competitor": before a lone word, a company's (rule-words.json rivalWords) */
const rivalWords = new Set(ruleWords.rivalWords);
/** "near", "outside": before a lone word, a place's words (rule-words.json placeWordsBeforeLoneNames) */
const placeWordsBefore = new Set(ruleWords.placeWordsBeforeLoneNames);
/** "LionTree", "SABMiller": a capital inside a word after three lower-case letters or a run of capitals, a brand's
 * shape; "McFarlane", "DeShawn", "MacDonald" open with shorter particles */
const innerCapital = /^(?:\p{Lu}\p{Ll}{3,}|\p{Lu}{2,})\p{Lu}\p{Ll}/u;

/**
 * "rival Datavane reported", "between Albany and New York City", "Lazard, Evercore Partners, LionTree and others",
 * "from nearby Osage": one word the tagger read as a person on its shape alone, which nothing in the article supports and
 * its own words say is no person. It goes when
 * - nothing supports a person: the word is no family name the gazetteer lists, nor a given name unless "and" joins
 *   it to a known body ("stakes in Goldman Sachs and Gemini"), the article holds it in no longer person's name
 *   ("Verdery" after "C. Stewart Verdery Jr."; "Clintons" after "Hillary Clinton") and never writes it after a title
 *   ("Mr. Verdery", "President Obama"; not a title a company holds too: "rival Datavane");
 * - and something says it is no person: it is listed with or joined by "and" to a place or organization the
 *   gazetteer knows or that ends in an organization's word, in a list that holds no person ("the BBC, CNN, Obama
 *   and Clinton" say nothing), stands after a place's preposition ("near", "outside"; not "in": "faith in Trump")
 *   or a word for a company's rival ("rival", "competitor"), or has a brand's inner capital ("LionTree"). (An
 *   article before it says nothing: "the Bush administration", "the Devil".)
 * Why both: a lone surname is common in reports, citations and stories ("Pachomius refused", "(Marsden & Mackey,
 * 2014)"), and a wrong person costs more than a missing one only where the word is likely no person at all. Not in a
 * sports report, which names players by their surnames alone ("Kane scored").
 */
export const dropUnsupportedLonePersons: EntityPass = { name: 'drop-unsupported-lone-persons', run };

function run({ tokens, sportsReport }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  if (sportsReport) return [...spans];
  let supported: Set<string> | undefined;
  return spans.filter((s, i) => {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1) return true;
    const word = tokens[s.tokenStart]!;
    if (isFamilyName(word.lower) || !saysNoPerson(tokens, spans, i)) return true;
    // a given name alone is a person only in talk among friends; joined by "and" to a body it is a brand
    // ("ChatGPT and Gemini")
    if (isGivenName(word.lower) && !joinedByAndToNonPerson(tokens, spans, i)) return true;
    supported ??= supportedWords(tokens, spans);
    return supported.has(word.lower) || supported.has(singularOfFamily(word.lower));
  });
}

/** What the words around the one-word span `spans[i]` say against a person. */
function saysNoPerson(tokens: readonly Token[], spans: readonly TaggedSpan[], i: number): boolean {
  const t = spans[i]!.tokenStart;
  const word = tokens[t]!;
  if (innerCapital.test(word.text)) return true;
  const before = tokens[t - 1];
  if (before && before.sentence === word.sentence) {
    // (not "in Carrano (2006)", "in Marsden 2014": an author cited; nor "in Obama's": whose)
    if (placeWordsBefore.has(before.lower) || rivalWords.has(before.lower)) return !citedOrOwning(tokens[t + 1]);
  }
  // (a list that holds a person says nothing: "the BBC, CNN, Obama and Clinton")
  if (listHoldsPerson(tokens, spans, i)) return false;
  return listedWithNonPerson(tokens, spans[i - 1], t, -1) || listedWithNonPerson(tokens, spans[i + 1], t, 1);
}

/** Does the run of spans joined to `spans[i]` by commas, "and", "or" or "&" hold another person? */
function listHoldsPerson(tokens: readonly Token[], spans: readonly TaggedSpan[], i: number): boolean {
  const joinedTo = (a: TaggedSpan, b: TaggedSpan): boolean => {
    const gap = b.tokenStart - a.tokenEnd;
    if (gap < 1 || gap > 2) return false;
    for (let k = a.tokenEnd; k < b.tokenStart; k++) if (!joiners.has(tokens[k]!.lower)) return false;
    return true;
  };
  for (let j = i - 1; j >= 0 && joinedTo(spans[j]!, spans[j + 1]!); j--) if (spans[j]!.type === 'PER') return true;
  for (let j = i + 1; j < spans.length && joinedTo(spans[j - 1]!, spans[j]!); j++) if (spans[j]!.type === 'PER') return true;
  return false;
}

function citedOrOwning(after: Token | undefined): boolean {
  return after !== undefined && (isApostropheS(after.text) || after.text === '(' || /^\d/.test(after.text));
}

/** "Albany and New York City", "Evercore Partners, LionTree": the neighbouring span, an organization or a place, is
 * joined to token t by a comma, "and", "or" or "&" alone. */
function listedWithNonPerson(tokens: readonly Token[], other: TaggedSpan | undefined, t: number, side: -1 | 1): boolean {
  if (!other || other.type === 'PER' || !surelyNoPerson(tokens, other)) return false;
  const gap = side === 1 ? other.tokenStart - t - 1 : t - other.tokenEnd;
  if (gap !== 1 && gap !== 2) return false;
  const from = side === 1 ? t + 1 : other.tokenEnd;
  for (let k = from; k < from + gap; k++) if (!joiners.has(tokens[k]!.lower)) return false;
  // a comma alone after a name opens a clause as often as it lists ("Retiring to Phbow, Pachomius gave ..."): the
  // list goes on after the word ("Jamaica Estates, Queens, the enclave")
  if (side === -1 && gap === 1 && tokens[from]!.text === ',') return joiners.has(tokens[t + 1]?.lower ?? '');
  return true;
}

const joiners = new Set([',', 'and', 'or', '&']);

/** A place the gazetteer lists, an organization it knows, or a name ending in an organization's word ("Moelis &
 * Company"): a neighbour whose type the tagger cannot have mistaken for a person's ("Heidenreich & Turano"). */
function surelyNoPerson(tokens: readonly Token[], s: TaggedSpan): boolean {
  const text = spanText(tokens, s);
  return placeKind(text) !== null || isKnownOrganization(text) || isOrganizationHeadOrSuffix(tokens[s.tokenEnd - 1]!.lower, tokens[s.tokenEnd]?.lower);
}

/** "Goldman Sachs and Gemini": "and" alone joins the one-word span `spans[i]` to a place or organization surely no person. */
function joinedByAndToNonPerson(tokens: readonly Token[], spans: readonly TaggedSpan[], i: number): boolean {
  const t = spans[i]!.tokenStart;
  const before = spans[i - 1];
  const after = spans[i + 1];
  const joined = (other: TaggedSpan | undefined, and: number): boolean =>
    other !== undefined && other.type !== 'PER' && tokens[and]?.lower === 'and' && surelyNoPerson(tokens, other);
  return (before?.tokenEnd === t - 1 && joined(before, t - 1)) || (after?.tokenStart === t + 2 && joined(after, t + 1));
}

/** The words the article supports as parts of persons' names: those of longer persons' names, and words after a title. */
function supportedWords(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const words = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 2) continue;
    // ("Assad" after "Bashar al-Assad": each part of a hyphenated word)
    for (let t = s.tokenStart; t < s.tokenEnd; t++) for (const part of [tokens[t]!.lower, ...tokens[t]!.lower.split('-')]) words.add(part);
  }
  for (let t = 1; t < tokens.length; t++) {
    const before = tokens[t - 1]!.lower;
    if (wordClass(before) === 'title' && !relationalTitles.has(before)) words.add(tokens[t]!.lower);
  }
  return words;
}

/** "clintons" -> "clinton": a family named in the plural is supported by one member's name */
function singularOfFamily(lower: string): string {
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}
