import type { Token } from '../../../document';
import boundaries from '../../../data/entities/organization-boundaries.json';
import { isTightHyphen } from '../../../nlp/hyphens';
import { placeKind } from '../gazetteer';
import { isCapitalized, isCapitalizedWord, isAsciiTitleCaseWord } from '../capitalized';
import { commonOrItsPlural, isCommonWord } from '../../../nlp/common-words';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { placeBeforeAnd, portfolioWord } from './name-evidence';
import { lonePersonsAsOrganizations, mayStandForOrganization, runStartBefore, taggedSpan } from './shared';
import { corporateSuffixes, isCompassWord, ofHeads, orgHeads, organizationWordOrPlural } from './words';

/**
 * Eight edges of organization names the tagger misplaces:
 * - "Avon and Somerset Police", "Devon and Cornwall Police": a place joined
 *   by "and" to an organization that opens with another place and ends in an
 *   organization word is one name (two places share the force); "Apple and
 *   Samsung Electronics" stays two, Apple being no place and Electronics no
 *   public body;
 * - "Leeds General Infirmary": a place, "General" and an institution word
 *   (afterGeneral) are one name; the tagger read a military title;
 * - "the 5-Star Movement": a number joined by a hyphen opens the name;
 * - "South Yorkshire Police said": a compass word opens the name, though it
 *   opened the sentence, when with the next word it names a place or the
 *   name ends in a public body's word (sharedBodies);
 * - "the Islamist Ennahda party": an ideology word (organization-boundaries.json)
 *   opening a two-word name is no part of it, unless the other word is an
 *   organization word alone ("Socialist Party" stays whole);
 * - "Nigeria's National Commission for Museums" + "and Monuments": a body's name
 *   with "of" or "for", ending in a common word, goes on over "and" and
 *   capitalized common words no name holds, no place or given name among them,
 *   up to a lower-case word or punctuation ("Union of Ohio and Demos" stays two);
 * - "Ministry of Housing" + ", Communities and Local Government": a body's
 *   name opening with its head and "of" or "for" goes on over a list of
 *   portfolios, commas and a last "and", each of at most three capitalized
 *   common words, no place or given name ("Department for Digital, Culture,
 *   Media and Sport"), swallowing the spans the list holds;
 * - "Tidewell Homes (Midlands) Ltd": a company's legal suffix after a
 *   bracketed region closes the name that opens before the bracket; the
 *   tagger kept the region a place and the suffix alone an organization.
 */
export const organizationBoundaries: EntityPass = { name: 'organization-boundaries', run };

const ideologyWords = new Set(boundaries.ideologyWords);
const sharedBodies = new Set(boundaries.sharedBodies);
const afterGeneral = new Set(boundaries.afterGeneral);

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens, writtenLower } = ctx;
  const out: TaggedSpan[] = [];
  const shortNames = new Set<string>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    if (next && sharedForce(tokens, s, next)) {
      out.push(taggedSpan(s.tokenStart, next.tokenEnd, 'ORG'));
      i++;
      continue;
    }
    const generalEnd = generalInstitution(tokens, s, next);
    if (generalEnd > 0) {
      out.push(taggedSpan(s.tokenStart, generalEnd, 'ORG'));
      if (next && next.tokenEnd <= generalEnd) i++;
      continue;
    }
    if (s.type !== 'ORG') {
      out.push(s);
      continue;
    }
    const bracketed = bracketedRegionCompanyStart(ctx, s);
    if (bracketed >= 0) {
      while (out.length > 0 && out[out.length - 1]!.tokenEnd > bracketed) out.pop();
      out.push(taggedSpan(bracketed, s.tokenEnd, 'ORG'));
      // its first word alone later ("Tidewell agreed") is the company, as pass 11 settles for names it saw whole
      if (mayStandForOrganization(tokens[bracketed]!, writtenLower)) shortNames.add(tokens[bracketed]!.lower);
      continue;
    }
    const listEnd = portfolioListEnd(tokens, s);
    if (listEnd > 0) {
      out.push(taggedSpan(s.tokenStart, listEnd, 'ORG'));
      while (i + 1 < spans.length && spans[i + 1]!.tokenStart < listEnd) i++;
      continue;
    }
    const tailEnd = sharedTailEnd(tokens, s, next);
    if (tailEnd > 0) {
      out.push(taggedSpan(s.tokenStart, tailEnd, 'ORG'));
      while (i + 1 < spans.length && spans[i + 1]!.tokenStart < tailEnd) i++;
      continue;
    }
    const a = s.tokenStart;
    // "5-Star Movement": digits, a hyphen, the name, written without spaces
    // "South Yorkshire Police" opening a sentence: the compass word was read as the sentence's first word, no name
    if (a >= 1 && isCompassWord(tokens[a - 1]!.lower) && isAsciiTitleCaseWord(tokens[a - 1]!.text) && tokens[a - 1]!.sentence === tokens[a]!.sentence && (out.length === 0 || out[out.length - 1]!.tokenEnd < a) && (placeKind(`${tokens[a - 1]!.text} ${tokens[a]!.text}`) !== null || sharedBodies.has(tokens[s.tokenEnd - 1]!.lower))) out.push(taggedSpan(a - 1, s.tokenEnd, 'ORG'));
    else if (a >= 2 && /^\d{1,2}$/.test(tokens[a - 2]!.text) && isTightHyphen(tokens, a - 1)) out.push(taggedSpan(a - 2, s.tokenEnd, 'ORG'));
    else if (s.tokenEnd - a === 2 && ideologyWords.has(tokens[a]!.lower) && isAsciiTitleCaseWord(tokens[a + 1]!.text) && !organizationWordOrPlural(tokens[a + 1]!.lower)) out.push(taggedSpan(a + 1, s.tokenEnd, 'ORG'));
    else out.push(s);
  }
  return shortNames.size > 0 ? lonePersonsAsOrganizations(tokens, out, shortNames) : out;
}

/**
 * "National Commission for Museums" + "and Monuments": the end of the longer name, or 0. The name holds "of" or
 * "for", ends in a common word (or its plural), and names no place after its last "of"/"for" (placeBeforeAnd); after
 * "and" come at most three capitalized words that no span covers, or that a person's span starting right after "and"
 * covers (the tagger's person read of the last portfolio: "and Pensions"), each a portfolio word (name-evidence.ts
 * portfolioWord: a common word, its plural or an abstract noun, no place, given name or organization head), and then
 * a lower-case word, punctuation or the end.
 */
function sharedTailEnd(tokens: readonly Token[], s: TaggedSpan, next: TaggedSpan | undefined): number {
  const and = s.tokenEnd;
  if (tokens[and]?.lower !== 'and' || tokens[and]!.sentence !== tokens[s.tokenStart]!.sentence) return 0;
  let linked = false;
  for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) if (tokens[t]!.lower === 'of' || tokens[t]!.lower === 'for') linked = true;
  // ("Union of Ohio" + "and Demos": two bodies; a field or holding shares the name: "for Museums and Monuments")
  const last = tokens[and - 1]!;
  if (!linked || placeBeforeAnd(tokens, s.tokenStart, and) || !commonOrItsPlural(last.lower)) return 0;
  let end = and + 1;
  const sentence = tokens[and]!.sentence;
  // the tagger's person read of a plural portfolio ("for Work and" + "Pensions") is the tail itself; an organization or
  // place after "and" is a name of its own ("Commission for Trade and Nato")
  const free = (t: number): boolean => !next || t < next.tokenStart || (next.type === 'PER' && next.tokenStart === and + 1 && t < next.tokenEnd);
  while (end - and <= 3 && tokens[end]?.sentence === sentence && isCapitalizedWord(tokens[end]!.text) && free(end)) {
    if (!portfolioWord(tokens[end]!, tokens[end + 1])) return 0;
    end++;
  }
  const after = tokens[end];
  if (end === and + 1 || end - and > 3) return 0;
  // (a person's span running past the tail holds more than the portfolio)
  if (next && next.tokenStart < end && next.tokenEnd > end) return 0;
  if (after && after.sentence === sentence && (isCapitalized(after.text) && after.pos !== 'PUNCT')) return 0;
  return end;
}

/**
 * "Tidewell Homes (Midlands) Ltd": where the company's name opens, or -1. The span is a legal suffix alone ("Ltd",
 * "plc", "Inc": lexicon.json corporateSuffixes) right after a closing bracket holding one or two capitalized words,
 * and before the opening bracket stand one to four capitalized words of the same sentence: no "The", and no
 * sentence opener that is a common word or that the article writes in lower case.
 */
function bracketedRegionCompanyStart({ tokens, opener, writtenLower }: EntityPassContext, s: TaggedSpan): number {
  if (s.tokenEnd - s.tokenStart !== 1 || !corporateSuffixes.has(tokens[s.tokenStart]!.lower) || tokens[s.tokenStart - 1]?.text !== ')') return -1;
  const sentence = tokens[s.tokenStart]!.sentence;
  let open = s.tokenStart - 2;
  while (open >= s.tokenStart - 3 && tokens[open] && isCapitalizedWord(tokens[open]!.text)) open--;
  if (tokens[open]?.text !== '(' || open === s.tokenStart - 2 || tokens[open]!.sentence !== sentence) return -1;
  // ("Yesterday Tidewell Homes": a sentence's first word that is a common word, or one the article writes in lower
  // case, opens no name; nor does "The")
  const start = runStartBefore(tokens, open, sentence, 0, 4, (t) => {
    const w = tokens[t]!;
    return isCapitalizedWord(w.text) && w.lower !== 'the' && !(opener[t] && (isCommonWord(w.lower) || writtenLower.has(w.lower)));
  });
  return start < open ? start : -1;
}

/**
 * "Ministry of Housing" + ", Communities and Local Government": the end of the whole name, or 0. The span opens with
 * an organization head and "of"/"for" within its first three words; after it come comma-separated portfolios and a
 * last one after "and", each one to three capitalized portfolio words (name-evidence.ts portfolioWord: a common word,
 * its plural or an abstract noun, so a name such as "Nuance" may pass; no place, given name or organization head, in
 * any word: Bank, University), the last word of each no body many places have (sharedBodies: Police, Council),
 * then a lower-case word that is no noun, punctuation or the end.
 */
function portfolioListEnd(tokens: readonly Token[], s: TaggedSpan): number {
  if (tokens[s.tokenEnd]?.text !== ',') return 0;
  let headed = false;
  for (let t = s.tokenStart; t < Math.min(s.tokenStart + 3, s.tokenEnd - 1); t++) if (orgHeads.has(tokens[t]!.lower) && ofHeads.has(tokens[t + 1]!.lower)) headed = true;
  if (!headed) return 0;
  const sentence = tokens[s.tokenStart]!.sentence;
  let k = s.tokenEnd;
  for (let items = 0; items < 6; items++) {
    const joiner = tokens[k]?.text === ',' ? k + 1 : k;
    const last = tokens[joiner]?.lower === 'and';
    let end = last ? joiner + 1 : joiner;
    const start = end;
    while (end - start < 3 && tokens[end]?.sentence === sentence && isCapitalizedWord(tokens[end]!.text)) {
      if (!portfolioWord(tokens[end]!, tokens[end + 1])) return 0;
      end++;
    }
    if (end === start || joiner === k && !last) return 0;
    // an item ending in a body many places have ("Education and Police") names another body (an organization head,
    // "Police Service", is no portfolio word already)
    if (sharedBodies.has(tokens[end - 1]!.lower)) return 0;
    if (last) {
      const after = tokens[end];
      if (!after || after.sentence !== sentence) return end;
      // a noun after the last item ("Prison and Probation staff") makes it the subject of a new clause, a fronted
      // "According to the Ministry of Justice," before it
      return (isCapitalized(after.text) && after.pos !== 'PUNCT') || after.pos === 'NOUN' ? 0 : end;
    }
    if (tokens[end]?.text !== ',' && tokens[end]?.lower !== 'and') return 0;
    k = end;
  }
  return 0;
}

/**
 * "Leeds" + "General" + "Infirmary": a place, the word General and an
 * institution word (afterGeneral) are one organization; the tagger read a
 * military title and left "Infirmary" a person. Returns the name's end, or 0.
 */
function generalInstitution(tokens: readonly Token[], s: TaggedSpan, next: TaggedSpan | undefined): number {
  const g = s.tokenEnd;
  if (s.type !== 'LOC' || tokens[g]?.text !== 'General' || !isAsciiTitleCaseWord(tokens[g + 1]?.text ?? '') || !afterGeneral.has(tokens[g + 1]!.lower)) return 0;
  // the head word free, or a name of its own that the joined name swallows
  if (next && next.tokenStart <= g + 1 && (next.tokenStart < g || next.tokenEnd > g + 2)) return 0;
  return g + 2;
}

/**
 * "Avon" + "and" + "Somerset Police": one word, then a place and an
 * organization word; the first word is a place too, or the body is one
 * areas share (sharedBodies: the gazetteer knows Avon only as a company).
 */
function sharedForce(tokens: readonly Token[], s: TaggedSpan, next: TaggedSpan): boolean {
  if (s.tokenEnd - s.tokenStart !== 1 || next.type !== 'ORG' || next.tokenStart !== s.tokenEnd + 1 || tokens[s.tokenEnd]!.lower !== 'and') return false;
  if (next.tokenEnd - next.tokenStart < 2 || !organizationWordOrPlural(tokens[next.tokenEnd - 1]!.lower)) return false;
  const place = (w: Token): boolean => {
    const kind = placeKind(w.text);
    return kind !== null && kind !== 'country';
  };
  // A first word the tagger alone read as a place is not enough: "Manchester and Cheshire Police", "Brussels and
  // European Commission" are a place and a body, and the gazetteer cannot tell them from a body two towns share
  return place(tokens[next.tokenStart]!) && (place(tokens[s.tokenStart]!) || sharedBodies.has(tokens[next.tokenEnd - 1]!.lower));
}
