import type { Token } from '../../../document';
import { wordsText } from '../../../nlp/words-text';
import lexicon from '../../../data/entities/lexicon.json';
import { canonicalCountry, placeKind } from '../gazetteer';

/**
 * Wire-copy cues that a name in a sports report is a team, read by pass sports-teams beside its own (a score, a
 * role, a contest): a transfer fee after the club a player leaves or joins, and the team column of a results row.
 */

const feeLinks: ReadonlySet<string> = new Set(lexicon.sports.transferFees.links);
const feeWords: ReadonlySet<string> = new Set(lexicon.sports.transferFees.money);
const rowFollowers: ReadonlySet<string> = new Set(lexicon.sports.resultRows.followers);
const clubsAlone: ReadonlySet<string> = new Set(lexicon.sports.clubsByNameAlone.words);
const countyClubs: ReadonlySet<string> = new Set(lexicon.sports.countyClubs.words);
/** a first-class cricket county ("Yorkshire", "Sussex"): lower-case word */
export const isCountyClub = (lower: string): boolean => countyClubs.has(lower);
const totalFollowers: ReadonlySet<string> = new Set(lexicon.sports.scorecardTotals.followers);

/**
 * "Yorkshire 301 (Craig White 55)", "Sussex 198 and 96-4", "Kent 364.": the number at token n stands as a team's
 * total in a scorecard, followed by the end of its sentence or a scorecard's word ("Vaughan 104 was his best score",
 * "Indy 500 winner", "a Porsche 911 to third place" are no totals)
 */
export function totalInScorecard(tokens: readonly Token[], n: number): boolean {
  const after = tokens[n + 1];
  return after === undefined || after.sentence !== tokens[n]!.sentence || totalFollowers.has(after.lower);
}

const roleNouns: ReadonlySet<string> = new Set(lexicon.sports.roleNouns);

/**
 * a club whose one-word name is nothing else ("Ajax", "Juventus"), at token t: not before a lower-case noun (or a word
 * the tagger read as an adjective) that is no team role, where it names a brand's product ("Ajax cleaner"; "Ajax
 * coach" is the club)
 */
export function isClubByNameAlone(tokens: readonly Token[], t: number): boolean {
  if (!clubsAlone.has(tokens[t]!.lower)) return false;
  const next = tokens[t + 1];
  return !(next !== undefined && next.sentence === tokens[t]!.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ') && /^[a-z]/.test(next.text) && !roleNouns.has(next.lower));
}

const feeSigns: readonly string[] = lexicon.sports.transferFees.signs;
const transferVerbs: ReadonlySet<string> = new Set(lexicon.sports.transferFees.verbs);
const playerNouns: ReadonlySet<string> = new Set(lexicon.sports.transferFees.players);
const beforeVerb: ReadonlySet<string> = new Set(lexicon.sports.transferFees.between);

/**
 * "signed Silva from Porto for seven million pounds", "moved to Southampton for two million pounds": tokens [a, b)
 * after a transfer link and before "for" and a fee within four words of it, in a player's transfer (transferClause).
 * `personEnd(t)`: token t ends a person's name.
 */
export function transferFeeAround(tokens: readonly Token[], a: number, b: number, personEnd: (t: number) => boolean): boolean {
  const prev = tokens[a - 1];
  const next = tokens[b];
  if (!prev || !next || !feeLinks.has(prev.lower) || next.lower !== 'for' || next.sentence !== prev.sentence) return false;
  let fee = false;
  for (let t = b + 1; t <= b + 4 && t < tokens.length && tokens[t]!.sentence === next.sentence; t++) {
    const w = tokens[t]!;
    if (feeWords.has(w.lower) || feeSigns.some((sign) => w.text.startsWith(sign))) fee = true;
  }
  return fee && transferClause(tokens, a - 1, personEnd);
}

/**
 * Is the link at `link` part of a player's transfer: a transfer verb at most eight words before it whose object
 * (the words up to the link) names a player or a person, or whose object is empty or only the place left ("moved
 * from Watford to Liverpool") and whose subject is a player or a person ("Barnes, who moved ...")?
 */
function transferClause(tokens: readonly Token[], link: number, personEnd: (t: number) => boolean): boolean {
  const sentence = tokens[link]!.sentence;
  for (let v = link - 1; v >= link - 8 && v >= 0 && tokens[v]!.sentence === sentence; v--) {
    if (!transferVerbs.has(tokens[v]!.lemma) || tokens[v]!.pos !== 'VERB') continue;
    let objectWords = false;
    for (let t = v + 1; t < link; t++) {
      if (playerNouns.has(tokens[t]!.lower) || personEnd(t)) return true;
      // ("from Watford" before "to Liverpool": the place left, no object)
      if (!feeLinks.has(tokens[t]!.lower) && !/^[A-Z]/.test(tokens[t]!.text)) objectWords = true;
    }
    if (objectWords) return false;
    let s = v - 1;
    while (s >= 0 && tokens[s]!.sentence === sentence && beforeVerb.has(tokens[s]!.lower)) s--;
    return s >= 0 && tokens[s]!.sentence === sentence && (playerNouns.has(tokens[s]!.lower) || personEnd(s));
  }
  return false;
}

const countriesAsRegions: ReadonlySet<string> = new Set(lexicon.sports.countriesListedAsRegions.names);

/**
 * "Germany", "the U.S.", "Yugoslavia": a country's name, as the gazetteer lists it or as one of the former countries it
 * lists as a region. A national side is written as its country and stays a place (the one country check of pass
 * sports-teams and of the results row).
 */
export function isCountryName(text: string): boolean {
  return placeKind(text) === 'country' || canonicalCountry(text) !== null || countriesAsRegions.has(text.toLowerCase());
}

/** "(Germany)", "(U.S.)", "(South Africa)": the tokens [from, to) name a country */
function isCountryWords(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  return isCountryName(wordsText(tokens.slice(from, to)));
}

/**
 * "1. Michael Schumacher (Germany) Ferrari 1 hour 17:09.672", "Mario Cipollini (Italy) Saeco same time": tokens
 * [a, b) right after a capitalized competitor's bracketed country, before a number, a time or a row's "same time".
 */
export function teamInResultRow(tokens: readonly Token[], a: number, b: number): boolean {
  const close = tokens[a - 1];
  const next = tokens[b];
  if (!close || close.text !== ')' || !next || next.sentence !== tokens[a]!.sentence) return false;
  if (!/^\d/.test(next.text) && !rowFollowers.has(next.lower)) return false;
  // the bracket opens at most three words back, right after a capitalized word (the competitor's name)
  for (let open = a - 2; open >= a - 4 && open >= 1; open--) {
    if (tokens[open]!.text !== '(') continue;
    return /^[A-Z]/.test(tokens[open - 1]!.text) && isCountryWords(tokens, open + 1, a - 1);
  }
  return false;
}
