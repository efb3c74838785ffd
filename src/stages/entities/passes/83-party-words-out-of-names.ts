import boundaries from '../../../data/entities/organization-boundaries.json';
import outlets from '../../../data/entities/news-organizations.json';
import type { Token } from '../../../document';
import { isCommonWord } from '../../../nlp/common-words';
import { isAsciiTitleCaseWord } from '../capitalized';
import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { personNameWords, spanText, taggedSpan } from './shared';
import { isOrganizationHeadOrSuffix, legislatureKeys } from './words';

/**
 * "won the South Carolina Republican primary", "the Kentucky Republican said", "the Senate Democratic leader": the
 * tagger ran a place or a body and the party's adjective after it into one "organization" ("South Carolina
 * Republican"), which names nothing: the adjective describes the primary, the senator, the leader. A name of two
 * words or more that ends in a party's adjective (organization-boundaries.json partyAdjectives) loses it; what is
 * left is a place when the gazetteer knows it as one ("South Carolina"), an organization when it is one the
 * gazetteer knows or ends in an organization's head ("Senate"), and otherwise no name at all. A party's full name
 * ends in "Party", never in the adjective, and keeps it ("the Florida Republican Party"). The same word before a
 * person's full name is the party the person belongs to, no part of the name ("Democrat Ben Cardin",
 * "Republican Michael Steele"), and alone it names no person either (the repeat pass 11 tagged from that name).
 * Alone before a lower-case word it names no organization either ("the Republican nomination", "Democratic voters",
 * "a Republican of Illinois": CoNLL's MISC), whatever type the tagger or pass 11 gave it: polnear-train (US political
 * news, train portion) had 57 such lone mentions left at the start commit (54 organizations, 3 persons), none a name
 * by CoNLL's convention; GUM's, wikigold's and UNER's train portions annotate none of the 25 lone uses either.
 * The adjective is cut only before a lower-case word ("primary", "said") or a person's name: newspapers carry it in their names
 * ("according to the Springfield Republican, ...", "the Santa Rosa Press Democrat reported": never after an
 * outlet's word).
 * Before a legislature's house, the adjective names the party holding it ("the Democratic Congress", "a new
 * Democratic Senate majority", "the Republican House passed"): the house alone is the name, an organization
 * (news-organizations.json legislatures; GUM's speeches name "Congress" and "Senate" so). Only a name of the
 * two words: "Democratic Senatorial Campaign Committee" is a body of the party and keeps its adjective.
 */
const partyAdjectives: ReadonlySet<string> = new Set(boundaries.partyAdjectives);
// every change reads a party's adjective at a name's first or last token (or the chamber after it), so an article
// without one changes nothing
export const partyWordsOutOfNames: EntityPass = { name: 'party-words-out-of-names', triggers: partyAdjectives, run };
/** "Democrat", "Republican": the party words that also name a member (organization-boundaries.json partyMembers). */
const partyMembers: ReadonlySet<string> = new Set(boundaries.partyMembers);
const outletWords: ReadonlySet<string> = new Set([...boundaries.partyOutletWords, ...outlets.outletWords]);

/** "Democratic Senate": a name of two words, a party's adjective and a legislature's house. */
const partyBeforeChamber = (tokens: readonly Token[], s: TaggedSpan): boolean =>
  s.tokenEnd - s.tokenStart === 2 && partyAdjectives.has(tokens[s.tokenStart]!.lower) && legislatureKeys.has(tokens[s.tokenStart + 1]!.lower);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const personStarts = new Set(spans.filter((s) => s.type === 'PER').map((s) => s.tokenStart));
  // the words of the persons' names the article has, of one word too, that no party's word opens: "Romney" of "Romney said"
  const personWords = personNameWords(tokens, spans, { minWords: 1, skip: (s) => partyAdjectives.has(tokens[s.tokenStart]!.lower) });
  let changed = false;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    if (partyBeforeChamber(tokens, s)) {
      changed = true;
      out.push(taggedSpan(s.tokenStart + 1, s.tokenEnd, 'ORG'));
      continue;
    }
    // (a full name after it, or the word alone: "Democratic People" of "the Democratic People's Republic" is no case)
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart !== 2 && partyAdjectives.has(tokens[s.tokenStart]!.lower)) {
      changed = true;
      if (s.tokenEnd - s.tokenStart > 2) out.push(taggedSpan(s.tokenStart + 1, s.tokenEnd, 'PER'));
      continue;
    }
    const named = nameAfterPartyWord(tokens, s, personWords);
    if (named) {
      changed = true;
      out.push(named);
      continue;
    }
    // the adjective alone before what it describes ("the Republican nomination", "Republican voters", "a Republican of
    // Illinois"), which pass 11 tags from "Republican National Convention" or "Republican Party": no name at all
    if (s.tokenEnd - s.tokenStart === 1 && partyAdjectives.has(tokens[s.tokenStart]!.lower) && describesWhatFollows(tokens, s.tokenEnd, personStarts)) {
      changed = true;
      continue;
    }
    // (a person's name never ends in the adjective: "the Indiana Republican primary" read as a person is the same case)
    if (s.type === 'LOC' || s.tokenEnd - s.tokenStart < 2 || !partyAdjectives.has(tokens[s.tokenEnd - 1]!.lower) || !describesWhatFollows(tokens, s.tokenEnd, personStarts)) {
      out.push(s);
      continue;
    }
    changed = true;
    const rest = taggedSpan(s.tokenStart, s.tokenEnd - 1, 'ORG');
    const text = spanText(tokens, rest);
    if (placeKind(text)) out.push(taggedSpan(rest.tokenStart, rest.tokenEnd, 'LOC'));
    else if (isKnownOrganization(text) || isOrganizationHeadOrSuffix(tokens[rest.tokenEnd - 1]!.lower, undefined)) out.push(rest);
  }
  return changed ? out : [...spans];
}

/**
 * The adjective describes the lower-case word after it ("primary", "leader", "said") or the person named right after
 * it ("Maryland Democrat Ben Cardin"), and no outlet's word precedes it.
 */
function describesWhatFollows(tokens: readonly Token[], end: number, personStarts: ReadonlySet<number>): boolean {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1]!.sentence) return false;
  if (!/^\p{Ll}/u.test(next.text) && !personStarts.has(end)) return false;
  return end - 2 < 0 || !outletWords.has(tokens[end - 2]!.lower);
}

/**
 * "against Republican Rick Lazio", "Republican Mitt Romney won", "the Republican Iowa caucus", "Republican Trump and
 * Democrat Clinton": the tagger ran the party's word into the name after it and, reading an organization's word,
 * often typed the whole a body. What follows the word is the name: a place the gazetteer knows, or a person's name
 * of title-case words when a given name opens it or the article names its last word as a person elsewhere
 * ("Romney"), or after "Democrat"/"Republican" read as a person, one such word. Never when the whole is a place
 * ("Democratic Republic of the Congo") or a known body, nor when a body's head follows ("Republican National
 * Committee", "Democratic Party", "Republican Jewish Coalition"). In PolNeAR train (read by eye, the 756 articles
 * outside its held-back tenth): 6 such names, all right after the cut (Rick Lazio, Iowa, South Carolina, District of Columbia, Trump, Clinton); none in
 * the train portions of GUM, wikigold and UNER-EWT.
 */
function nameAfterPartyWord(tokens: readonly Token[], s: TaggedSpan, personWords: ReadonlySet<string>): TaggedSpan | null {
  if (s.tokenEnd - s.tokenStart < 2 || !partyAdjectives.has(tokens[s.tokenStart]!.lower)) return null;
  const whole = spanText(tokens, s);
  if (placeKind(whole) || isKnownOrganization(whole)) return null;
  const rest = taggedSpan(s.tokenStart + 1, s.tokenEnd, 'PER');
  const words = tokens.slice(rest.tokenStart, rest.tokenEnd);
  if (words.some((w, i) => isOrganizationHeadOrSuffix(w.lower, words[i + 1]?.lower))) return null;
  if (placeKind(spanText(tokens, rest))) return taggedSpan(rest.tokenStart, rest.tokenEnd, 'LOC');
  if (!words.every((w) => isAsciiTitleCaseWord(w.text) || /^[A-Z]\.$/.test(w.text))) return null;
  const last = words[words.length - 1]!.lower;
  if (words.length >= 2 && (isGivenName(words[0]!.lower) || personWords.has(last))) return rest;
  // (a member's noun, "Democrat", "Republican", and no possessive after: "the Democratic People's Republic" stays as read)
  const memberNoun = partyMembers.has(tokens[s.tokenStart]!.lower) && !possessiveMarks.has(tokens[s.tokenEnd]?.text ?? '');
  if (s.type === 'PER' && words.length === 1 && memberNoun && (personWords.has(last) || (isFamilyName(last) && !isCommonWord(last)))) return rest;
  return null;
}
