import ruleWords from '../../../data/entities/rule-words.json';
import companyLists from '../../../data/entities/company-lists.json';
import type { Token } from '../../../document';
import { isFamilyName, isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { isCapitalized, isCapitalizedWord, isAsciiTitleCaseWord } from '../capitalized';
import { capitalsAcronymShape, notNameAcronyms } from '../acronyms';
import { speechVerbsOf } from '../../../nlp/speech-verbs';
import { closesApposition, spanIndexByToken, taggedSpan } from './shared';
import { connectors, isOrganizationHeadOrSuffix, months, weekdays } from './words';

const kindNouns = new Set(ruleWords.organizationKindNouns);
const alsoOccupations = new Set(ruleWords.kindNounsAlsoOccupations);
const openingNames = new Set(ruleWords.kindNounsOpeningNames);
const kindNounPrepositions = new Set(ruleWords.kindNounPrepositions);
// last words of company names: company-lists.json companyTails ("Electronics") and industryWords ("Data", "Energy")
const companyLastWords = new Set([...companyLists.companyTails, ...companyLists.industryWords]);
/** the most words a name the pass adds may have ("DP World", "Thames Water Utilities") */
const MAX_ADDED_WORDS = 4;
/** the most lower-case words between "the" and the kind noun ("the conciliation service Acas", "the logistics group DP World") */
const MAX_MODIFIERS = 2;

/**
 * "of the consultancy Redgate Forensics, said", "the agency Frontex, which": a name in apposition after "the" and a
 * noun for a kind of organization is that organization, though the tagger read a person ("Redgate Forensics").
 * Where the noun also names a trade ("the broadcaster Aoife Brennan") a full personal name after it (fullPersonalName) is a person, whichever type the tagger gave. Not where the name opens a relative
 * clause ("the firm Musk bought"): a one-word name needs punctuation, a preposition or a conjunction after it.
 * Where the tagger left the name out altogether ("the union Unite, follows", "the conciliation service Acas on Friday",
 * up to two lower-case words may stand between "the" and the noun), the capitalized words there are added as the
 * organization when they close the apposition, hold no weekday or month and, for one word, the article never writes
 * that word in lower case ("the service Sunday" is no name); the organization's other capitalized mentions that no
 * name covers are added too ("Unite has warned", "said Unite regional officer").
 * At a sentence's start the noun is capitalized and needs no "the" ("Carmaker Renault posts record profit",
 * "Automaker GM to cut jobs", "Drugmaker Pfizer said"): the tagger reads noun and name as one name, often a person's;
 * the name after the noun is the organization, and the noun no part of it (namesAfterOpeningKindNouns).
 * Right after a preposition the noun needs no "the" either ("head of marine at broker Marsh in Oslo", "advised by
 * consultancy Kearney and insurer Hiscox": wire copy drops it), and is read as after "the".
 * Nouns: rule-words.json organizationKindNouns, kindNounsAlsoOccupations, kindNounsOpeningNames, kindNounPrepositions.
 */
export const namesAfterKindNouns: EntityPass = { name: 'names-after-kind-nouns', triggers: kindNouns, run };

/**
 * "Aoife Brennan": two or three capitalized words, no organization's head among them ("Sky News"), with a given
 * name first, a family name last, or ", who" after them.
 */
function fullPersonalName(tokens: readonly Token[], s: TaggedSpan): boolean {
  const n = s.tokenEnd - s.tokenStart;
  if (n < 2 || n > 3) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (!isAsciiTitleCaseWord(tokens[t]!.text) || isOrganizationHeadOrSuffix(tokens[t]!.lower, tokens[t + 1]?.lower)) return false;
  }
  const who = tokens[s.tokenEnd]?.text === ',' && tokens[s.tokenEnd + 1]?.lower === 'who';
  return who || isGivenName(tokens[s.tokenStart]!.lower) || isFamilyName(tokens[s.tokenEnd - 1]!.lower);
}

/** Is the token at `noun` a kind noun after "the" and at most MAX_MODIFIERS lower-case words, all in one sentence? */
function kindNounAfterThe(tokens: readonly Token[], noun: number): boolean {
  const n = tokens[noun];
  if (!n || n.text !== n.lower || !kindNouns.has(n.lower)) return false;
  for (let t = noun - 1; t >= 0 && t >= noun - 1 - MAX_MODIFIERS; t--) {
    const w = tokens[t]!;
    if (w.sentence !== n.sentence) return false;
    if (w.lower === 'the') return true;
    if (w.text !== w.lower || w.pos === 'PUNCT' || kindNouns.has(w.lower)) return false;
  }
  return false;
}

/**
 * "at broker Marsh in Oslo", "advised by consultancy Kearney": a kind noun right after a preposition
 * (rule-words.json kindNounPrepositions, tagged ADP) stands in apposition with no "the", as wire copy writes it.
 */
function kindNounAfterPreposition(tokens: readonly Token[], noun: number): boolean {
  const n = tokens[noun];
  const before = tokens[noun - 1];
  if (!n || !before || before.sentence !== n.sentence || n.text !== n.lower || !kindNouns.has(n.lower)) return false;
  // a preposition, not infinitive "to" before a verb ("to service", "to group")
  return before.pos === 'ADP' && before.text === before.lower && kindNounPrepositions.has(before.lower);
}

/** A lower-case kind noun at `noun` ("provider"), with or without "the" before it. */
function kindNounBefore(tokens: readonly Token[], noun: number): boolean {
  const n = tokens[noun];
  return n !== undefined && n.text === n.lower && kindNouns.has(n.lower);
}

/**
 * "Rival provider Northgate Data, which": with no "the" before the kind noun, the noun may be a common noun the
 * capitalized words only follow ("the service Sunday Times readers use"); a run of two or more words ending in a
 * company's last word ("Data", "Electronics") is a company's name all the same.
 */
function endsInCompanyWord(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start >= 2 && companyLastWords.has(tokens[end - 1]!.lower);
}

/**
 * "the national statistics agency INSEE forecast growth": an acronym of three letters or more that names no kind of
 * thing ("CEO", "GDP") is the organization even before a verb. Why: the closing punctuation is asked of a name so that
 * "the firm Musk bought" keeps its buyer out; an acronym is no person who could be that subject. Only before a verb:
 * before a noun the acronym modifies it ("the broker ISA provider", "the lender FTSE 250 member", "the office NYC staff").
 * A speech verb the tagger read as a noun counts as a verb ("INSEE forecast growth").
 */
const nameAcronymBeforeVerb = (t: Token, next: Token | undefined): boolean =>
  capitalsAcronymShape.test(t.text) && t.text.length >= 3 && !/\d/.test(t.text) && !notNameAcronyms.has(t.text) && next !== undefined && next.sentence === t.sentence && (next.pos === 'VERB' || next.pos === 'AUX' || speechVerbsOf(next.lemma).length > 0);

/** A word a name the pass adds may hold: capitalized, no weekday or month. */
function nameWord(t: Token | undefined, sentence: number): boolean {
  return t !== undefined && t.sentence === sentence && isCapitalized(t.text) && /\p{L}/u.test(t.text) && !weekdays.has(t.lower) && !months.has(t.lower);
}

/** The organizations named after a kind noun that no span covers ('the union Unite,'), and their other mentions. */
function addUntaggedNames({ tokens, caseless, writtenLower }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const at = spanIndexByToken(tokens.length, spans);
  const added: TaggedSpan[] = [];
  // each added name's words, so that its later mentions are matched word by word
  const names: string[][] = [];
  for (let t = 1; t < tokens.length; t++) {
    const first = tokens[t]!;
    if (at[t] !== -1 || caseless[first.sentence] || !nameWord(first, first.sentence) || !kindNounBefore(tokens, t - 1)) continue;
    let end = t;
    while (end < tokens.length && end - t < MAX_ADDED_WORDS && at[end] === -1 && nameWord(tokens[end], first.sentence)) end++;
    if (nameWord(tokens[end], first.sentence)) continue; // a longer run, or one running into a name: where it ends is unclear
    if (!kindNounAfterThe(tokens, t - 1) && !kindNounAfterPreposition(tokens, t - 1) && !endsInCompanyWord(tokens, t, end)) continue;
    const span = taggedSpan(t, end, 'ORG');
    if (!(closesApposition(tokens, span.tokenStart, span.tokenEnd) || (end - t === 1 && nameAcronymBeforeVerb(first, tokens[end]))) || (end - t === 1 && writtenLower.has(first.lower))) continue;
    added.push(span);
    names.push(tokens.slice(t, end).map((w) => w.text));
    t = end;
  }
  if (added.length === 0) return spans;
  for (const s of added) at.fill(-2, s.tokenStart, s.tokenEnd);
  for (let t = 0; t < tokens.length; t++) {
    if (at[t] !== -1 || caseless[tokens[t]!.sentence]) continue;
    for (const name of names) {
      const n = name.length;
      if (!name.every((word, k) => tokens[t + k]?.text === word)) continue;
      // a repeat inside a longer run of capitals is part of another name ("Unite Here")
      if (nameWord(tokens[t + n], tokens[t]!.sentence) || (t > 0 && nameWord(tokens[t - 1], tokens[t]!.sentence))) continue;
      let free = true;
      for (let k = t; k < t + n; k++) if (at[k] !== -1) free = false;
      if (!free) continue;
      added.push(taggedSpan(t, t + n, 'ORG'));
      at.fill(-2, t, t + n);
      break;
    }
  }
  return [...spans, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  return addUntaggedNames(ctx, retypeNamesAfterKindNouns(ctx, namesAfterOpeningKindNouns(ctx, spans)));
}

/** A kind noun that opens its sentence (or a wire dateline's text) and no organization's own name ("Union Pacific"). */
function openingKindNoun({ tokens, opener, caseless }: EntityPassContext, t: number): boolean {
  const noun = tokens[t];
  if (!noun || !opener[t] || caseless[noun.sentence] || !isCapitalizedWord(noun.text)) return false;
  return kindNouns.has(noun.lower) && !openingNames.has(noun.lower);
}

/**
 * The words after an opening kind noun that make the organization's name: one to MAX_ADDED_WORDS name words
 * (an acronym, or capitalized words the article never writes alone in lower case), none an organization's head
 * or suffix ("Airline Pilots Association" is a name of its own), then a lower-case word of the same sentence
 * ("Retailer Tesco said") that is no connector before another name word, so that where the name ends is plain.
 * -1 when there is none.
 */
function nameEndAfterOpeningNoun({ tokens, writtenLower }: EntityPassContext, t: number): number {
  const sentence = tokens[t]!.sentence;
  let end = t + 1;
  while (end < tokens.length && end - t - 1 < MAX_ADDED_WORDS && nameWord(tokens[end], sentence)) {
    const w = tokens[end]!;
    if (isOrganizationHeadOrSuffix(w.lower, tokens[end + 1]?.lower)) return -1;
    if (!capitalsAcronymShape.test(w.text) && writtenLower.has(w.lower)) return -1;
    end++;
  }
  const after = tokens[end];
  if (end === t + 1 || !after || after.sentence !== sentence || after.text !== after.lower || !/\p{L}/u.test(after.text)) return -1;
  // "Retailer Marks and Spencer": a connector before another name word may be inside the name, so where it ends is
  // unclear (as for the names addUntaggedNames adds)
  if (connectors.has(after.lower) && nameWord(tokens[end + 1], sentence)) return -1;
  return end;
}

/**
 * "Carmaker Renault posts record profit", "Automaker GM to cut jobs": the name after a kind noun that opens the
 * sentence is the organization, whether the tagger took the noun into the name ("Drugmaker Pfizer" as a person) or
 * left both out. A full personal name after a noun that also names a trade stays a person ("Publisher John Smith").
 */
function namesAfterOpeningKindNouns(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens } = ctx;
  const at = spanIndexByToken(tokens.length, spans);
  let out: TaggedSpan[] | undefined;
  for (let t = 0; t < tokens.length; t++) {
    if (!openingKindNoun(ctx, t)) continue;
    const own = at[t]!;
    const next = at[t + 1]!;
    // the noun alone, or with the name, as one span; or the name alone, or nothing, after the untagged noun
    if (own >= 0 && (spans[own]!.tokenStart !== t || spans[own]!.tokenEnd < t + 2)) continue;
    if (own < 0 && next >= 0 && spans[next]!.tokenStart !== t + 1) continue;
    const end = nameEndAfterOpeningNoun(ctx, t);
    const span = own >= 0 ? spans[own]! : next >= 0 ? spans[next]! : undefined;
    if (end < 0 || (span && span.tokenEnd !== end)) continue;
    // with no span to replace, the name is added: no span may stand inside it ("Automaker GM Korea", "Korea" a place)
    if (!span && at.subarray(t + 1, end).some((k) => k !== -1)) continue;
    const name = taggedSpan(t + 1, end, 'ORG');
    const person = alsoOccupations.has(tokens[t]!.lower) && fullPersonalName(tokens, name);
    const replaced = taggedSpan(t + 1, end, person ? 'PER' : 'ORG');
    out ??= [...spans];
    if (span) out[out.indexOf(span)] = replaced;
    else out.push(replaced);
  }
  return out ? out.sort((a, b) => a.tokenStart - b.tokenStart) : spans;
}

function retypeNamesAfterKindNouns({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let changed = false;
  const out = spans.map((s) => {
    const noun = tokens[s.tokenStart - 1];
    const the = tokens[s.tokenStart - 2];
    // with no "the", an occupation ("with developer Hartley") names a person as often: only "the" retypes after one
    const afterPreposition = !alsoOccupations.has(noun?.lower ?? '') && kindNounAfterPreposition(tokens, s.tokenStart - 1);
    if (!noun || !the || (the.lower !== 'the' && !afterPreposition) || noun.text !== noun.lower || !kindNouns.has(noun.lower)) return s;
    if (noun.sentence !== tokens[s.tokenStart]!.sentence || caseless[noun.sentence]) return s;
    let type = s.type;
    if (fullPersonalName(tokens, s)) type = alsoOccupations.has(noun.lower) ? 'PER' : s.type;
    else if (s.type === 'PER' && (s.tokenEnd - s.tokenStart >= 2 || closesApposition(tokens, s.tokenStart, s.tokenEnd))) type = 'ORG';
    if (type === s.type) return s;
    changed = true;
    return taggedSpan(s.tokenStart, s.tokenEnd, type);
  });
  return changed ? out : [...spans];
}
