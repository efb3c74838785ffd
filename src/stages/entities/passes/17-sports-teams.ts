import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import ruleWords from '../../../data/entities/rule-words.json';
import { demonymToCountry, isFamilyName, isGivenName, placeKind } from '../gazetteer';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { coveredTokens, spanText, taggedSpan, wordsOfFullPersonNames } from './shared';
import { listJoiners, months, notNames } from './words';
import { isAsciiTitleCaseWord } from '../capitalized';
import { isCommonWord } from '../../../nlp/common-words';
import { isScorePair } from '../../../nlp/score-pair';
import { isClubByNameAlone, isCountryName, isCountyClub, teamInResultRow, totalInScorecard, transferFeeAround } from './team-cues';

/**
 * Clubs in sports reports: "Barcelona coach Bobby Robson", "Surrey 402-7",
 * "Leicestershire beat Somerset". A place name that acts as a team anywhere
 * in the report is the club at every mention, an organization; so is a name
 * with a club word ("Atletico Madrid", "Manchester United"), and a lone
 * given name acting as a team ("beat Chelsea 2-1"). A country stays
 * a place: national teams are written as their country. Single capitalized
 * words the tagger missed are added when they act as a team themselves.
 * Outside a sports report (a biography, a news story) only a city between a
 * contest and a score is a team, at that mention ("losing to Tulsa 63-7").
 */
export const sportsTeams: EntityPass = { name: 'sports-teams', run };

function run({ tokens, initial, writtenLower, sportsReport }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  if (!sportsReport) return resultsOutsideSportsReports(tokens, spans);
  const teams = new Set<string>();
  // ("Chelsea Ladies" is a club, and no person whose words keep Chelsea a person)
  const personWords = wordsOfFullPersonNames(tokens, spans.filter((s) => !spanHasClubWord(tokens, s)));
  // (a transfer's player: "Sheffield Wednesday striker David Hirst moved to Southampton for two million pounds")
  const personEnds = new Set(spans.filter((s) => s.type === 'PER').map((s) => s.tokenEnd - 1));
  const personEnd = (t: number): boolean => personEnds.has(t);
  for (const s of spans) {
    // ("Lech Poznan": a "person" whose last word is a city, acting as a team, is the city's club)
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart > 1 && !spanHasClubWord(tokens, s) && (!endsInCity(tokens, s) || insideBrackets(tokens, s.tokenStart))) continue;
    const text = spanText(tokens, s);
    if (isCountryName(text)) continue;
    // ("(Germany) Ferrari 1 hour", "Ajax confirmed": a results row's team column, a club no place or person is named for)
    if (teamInResultRow(tokens, s.tokenStart, s.tokenEnd) || (s.tokenEnd - s.tokenStart === 1 && isClubByNameAlone(tokens, s.tokenStart))) {
      teams.add(text.toLowerCase());
      continue;
    }
    const end = spanHasClubWord(tokens, s) ? s.tokenEnd : (s.type === 'LOC' || placeKind(text) || clubNamedLikeAPerson(tokens, s, personWords) || endsInCity(tokens, s)) ? teamEnd(tokens, s.tokenStart, s.tokenEnd, personEnd) : 0;
    if (end > 0) teams.add(spanText(tokens, taggedSpan(s.tokenStart, end, 'ORG')).toLowerCase());
    // "Chelsea moved up to third after a 2-1 win over Newcastle United": a club named like a person opening a sentence
    // with a team's result verb, a score and another club ("Serena reached the final after a 6-4 win over Sharapova"
    // and "Alexia scored twice in a 3-1 win over Manchester United Women" keep their players)
    else if (clubNamedLikeAPerson(tokens, s, personWords) && initial[s.tokenStart] && sports.resultVerbs.has(tokens[s.tokenEnd]?.lower ?? '') && sentenceHasScore(tokens, s.tokenEnd) && clubLater(tokens, spans, s)) teams.add(text.toLowerCase());
    // "Liverpool are close to a deal": a singular place name with a plural verb is its club
    else if (s.tokenEnd - s.tokenStart === 1 && sports.pluralVerbs.has(tokens[s.tokenEnd]?.lower ?? '') && (s.type === 'LOC' || loneNameAsTeam(tokens, s, personWords))) teams.add(text.toLowerCase());
  }
  const beside = teamNeighbours(tokens, spans, teams);
  for (const s of spans) {
    const text = spanText(tokens, s);
    if (s.tokenEnd - s.tokenStart === 1 && !isCountryName(text) && (s.type !== 'PER' || clubNamedLikeAPerson(tokens, s, personWords)) && beside(s.tokenStart, s.tokenEnd)) teams.add(text.toLowerCase());
  }
  const covered = coveredTokens(tokens, spans);
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (covered[t] || !/^[A-Z][a-z]{2,}$/.test(tok.text) || tok.pos !== 'PROPN' || isCountryName(tok.text) || demonymToCountry(tok.text)) continue;
    // "as Arsenal slip at Villa Park", "Chelsea travel to Newcastle": a proper noun the article never writes in
    // lower case, with a plural verb
    const pluralSubject = sports.pluralVerbs.has(tokens[t + 1]?.lower ?? '') && !writtenLower.has(tok.lower);
    // ("Arsenal dropped points": a club the report names as one elsewhere may open a sentence, and so may a place or a
    // cricket county: "Yorkshire 301 (Craig White 55)")
    if (wordClass(tok.lower) || notNames.has(tok.lower) || months.has(tok.lower) || weekdays.has(tok.text) || (initial[t] && !placeKind(tok.text) && !isCountyClub(tok.lower) && !teams.has(tok.lower) && !isClubByNameAlone(tokens, t) && !pluralSubject)) continue;
    // ("Vaughan 104 was his best score", "Fenway 100 celebrations": a place opening a sentence before a number is a
    // team only where the number is a scorecard's total, and never a word of a person the report names in full)
    if (initial[t] && !teams.has(tok.lower) && !isClubByNameAlone(tokens, t) && !pluralSubject && (personWords.has(tok.lower) || (scoreShape(tokens[t + 1]?.text ?? '') && !totalInScorecard(tokens, t + 1)))) continue;
    // "the first Test against South Africa": a match, not a team
    if (sports.matchOrdinals.has(tokens[t - 1]?.lower ?? '')) continue;
    // "but Manchester United remain in the race": a city and a club word the tagger left out
    const next = tokens[t + 1];
    if (next && !covered[t + 1] && next.sentence === tok.sentence && isAsciiTitleCaseWord(next.text) && sports.clubs.has(next.lower) && isCity(tok.text)) {
      added.push(taggedSpan(t, t + 2, 'ORG'));
      teams.add(`${tok.lower} ${next.lower}`);
      t++;
      continue;
    }
    const end = teamEnd(tokens, t, t + 1, personEnd);
    if (end === t + 2 && !covered[t + 1]) {
      // ("Sheffield Wednesday striker": the place and its club's tail act together; the place alone is no team)
      added.push(taggedSpan(t, t + 2, 'ORG'));
      teams.add(`${tok.lower} ${tokens[t + 1]!.lower}`);
      t++;
      continue;
    }
    // (the results row is asked here, not in actsAsTeam: the spans' loop above asked it of every span already)
    if (teams.has(tok.lower) || isClubByNameAlone(tokens, t) || end === t + 1 || teamInResultRow(tokens, t, t + 1) || beside(t, t + 1) || pluralSubject) {
      added.push({ tokenStart: t, tokenEnd: t + 1, type: 'ORG' });
      teams.add(tok.lower);
    }
  }
  const out = withClubTails(tokens, spans, teams).map((s) => (s.type !== 'ORG' && teams.has(spanText(tokens, s).toLowerCase()) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
  const all = [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
  return wholeClubNames(tokens, initial, all, teams);
}

/**
 * "Sheffield Wednesday", "Manchester City", "West Ham": a team found by a
 * place in its name takes the word after it that ends club names (a weekday
 * is no name elsewhere) and a capitalized word right before it that no name
 * covers and that opens no sentence.
 */
function wholeClubNames(tokens: readonly Token[], initial: readonly boolean[], spans: readonly TaggedSpan[], teams: ReadonlySet<string>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type !== 'ORG' || !teams.has(spanText(tokens, s).toLowerCase())) {
      out.push(s);
      continue;
    }
    let a = s.tokenStart;
    let b = s.tokenEnd;
    const sentence = tokens[a]!.sentence;
    const next = tokens[b];
    // ("beat Castlemere Rovers 3-1": the tail the loop above added alone, acting as a team before the score, joins its club)
    const loneTail = spans[i + 1]?.tokenStart === b && spans[i + 1]!.tokenEnd === b + 1;
    if (next && next.sentence === sentence && isAsciiTitleCaseWord(next.text) && sports.tails.has(next.lower) && (spans[i + 1]?.tokenStart !== b || loneTail)) {
      b++;
      if (loneTail) i++;
    }
    const prev = tokens[a - 1];
    const before = out[out.length - 1];
    // ("Harrowgate United 3 Castlemere Rovers 1" on a line of its own: a club word alone takes the capitalized word
    // before it, a team or no common word, even where that word opens the line or the tagger took it for a person)
    const teamBefore = prev !== undefined && prev.sentence === sentence && b - a === 1 && sports.tails.has(tokens[a]!.lower) && (teams.has(prev.lower) || !isCommonWord(prev.lower)) && isAsciiTitleCaseWord(prev.text);
    if (teamBefore && before && before.tokenStart === a - 1 && before.tokenEnd === a) {
      out.pop();
      out.push(taggedSpan(a - 1, b, 'ORG'));
      continue;
    }
    // ("RB Leipzig", "AC Milan": a club prefix in capitals; not a common word, "61' SUB Harrowgate" in a match log)
    if (prev && prev.sentence === sentence && (!initial[a - 1] || teamBefore) && /^(?:[A-Z][a-z]+|[A-Z]{2,3})$/.test(prev.text) && !(/^[A-Z]+$/.test(prev.text) && isCommonWord(prev.lower)) && (!before || before.tokenEnd < a)) {
      // ("West Ham", "North Melbourne": a compass word, no name alone, opens a club's)
      if (!wordClass(prev.lower) && (!notNames.has(prev.lower) || compass.has(prev.lower)) && !months.has(prev.lower) && !weekdays.has(prev.text) && !demonymToCountry(prev.text)) a--;
    }
    out.push(a === s.tokenStart && b === s.tokenEnd ? s : taggedSpan(a, b, 'ORG'));
  }
  return out;
}

const sports = {
  roles: new Set(lexicon.sports.roleNouns),
  contest: new Set(lexicon.sports.contestVerbs),
  links: new Set(lexicon.sports.contestLinks),
  clubs: new Set(lexicon.sports.clubWords),
  homeAway: new Set(lexicon.sports.homeAway),
  tails: new Set(lexicon.sports.clubTails),
  staffModifiers: new Set(lexicon.sports.staffRoleModifiers.modifiers),
  staffRoles: new Set([...lexicon.sports.staffRoleModifiers.roles, ...lexicon.sports.roleNouns]),
  pluralVerbs: new Set([...lexicon.sports.pluralVerbs.words, ...lexicon.sports.pluralVerbs.presentWords]),
  matchOrdinals: new Set(lexicon.sports.matchOrdinals.words),
  resultVerbs: new Set(lexicon.sports.teamResultVerbs.words),
};
/** link word -> the words before it that make what follows a club ("joined from", "playing for") */
const transferLinks = new Map<string, ReadonlySet<string>>(Object.entries(lexicon.sports.transferLinks).map(([link, before]) => [link, new Set(before)]));
const compass = new Set(['north', 'south', 'east', 'west']);
const adverbsBetween = new Set(['twice', 'once', 'again', 'previously', 'also', 'briefly']);

/** "Lech Poznan", "Dinamo Zagreb": a name of two or three words ending in a city of the gazetteer. */
function endsInCity(tokens: readonly Token[], s: TaggedSpan): boolean {
  const n = s.tokenEnd - s.tokenStart;
  if (n < 2 || n > 3) return false;
  const kind = placeKind(tokens[s.tokenEnd - 1]!.text);
  return kind === 'city' || kind === 'majorcity';
}
/**
 * Is token t inside brackets opened earlier in its sentence? A scorecard lists a team's batsmen and bowlers there
 * ("Yorkshire 301 (Michael Vaughan 104, Craig White 55)"): a full name ending in a city ("Vaughan" is one in Ontario)
 * before a bare number is a player's score, not a club's ("Lech Poznan 2").
 */
function insideBrackets(tokens: readonly Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  let depth = 0;
  // (at most BRACKET_REACH tokens back: a results table with no full stop is one long "sentence", walked per name)
  for (let i = t - 1; i >= 0 && i >= t - BRACKET_REACH && tokens[i]!.sentence === sentence; i--) {
    if (tokens[i]!.text === ')') depth--;
    else if (tokens[i]!.text === '(' && ++depth > 0) return true;
  }
  return false;
}
/** how far back insideBrackets looks for the bracket: a scorecard's player list is a few names long */
const BRACKET_REACH = 40;
/** a city or region (the gazetteer counts Manchester as a region), no country: national teams have no club word */
const isCity = (text: string): boolean => {
  const kind = placeKind(text);
  return kind === 'city' || kind === 'majorcity' || kind === 'region';
};
/** a score or a bare number of runs or goals ("Surrey 402-7", "Surrey 402") */
const scoreShape = (text: string): boolean => /^\d{1,3}$/.test(text) || isScorePair(text);
const weekdays = new Set(ruleWords.weekdays);

/** Is the token at b a club's tail ("Wednesday", "Rovers") written right after tokens [a, b) in their sentence? */
function clubTailAt(tokens: readonly Token[], a: number, b: number): boolean {
  const next = tokens[b];
  return next !== undefined && next.sentence === tokens[a]!.sentence && isAsciiTitleCaseWord(next.text) && sports.tails.has(next.lower);
}

/**
 * Where the team that tokens [a, b) open ends, or 0 if they act as no team: "Sheffield Wednesday striker David Hirst"
 * (the place read alone, followed by its club's tail, then the cue) ends after the tail, so that the caller records
 * "sheffield wednesday" as the team and never the place alone ("Hirst was born in Sheffield" stays a place).
 */
function teamEnd(tokens: readonly Token[], a: number, b: number, personEnd: (t: number) => boolean): number {
  if (clubTailAt(tokens, a, b)) return actsAsTeam(tokens, a, b + 1, personEnd) ? b + 1 : 0;
  return actsAsTeam(tokens, a, b, personEnd) ? b : 0;
}

/**
 * Spans read as a place alone before their club's tail ("Sheffield" of "Sheffield Wednesday") where the report names
 * that club as a team: the span takes the tail (and a span of the tail alone is dropped), an organization.
 */
function withClubTails(tokens: readonly Token[], spans: readonly TaggedSpan[], teams: ReadonlySet<string>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const withTail = clubTailAt(tokens, s.tokenStart, s.tokenEnd) && teams.has(`${spanText(tokens, s).toLowerCase()} ${tokens[s.tokenEnd]!.lower}`);
    if (!withTail) {
      out.push(s);
      continue;
    }
    out.push(taggedSpan(s.tokenStart, s.tokenEnd + 1, 'ORG'));
    if (spans[i + 1]?.tokenStart === s.tokenEnd) i++;
  }
  return out;
}

/** Does the context of tokens [a, b) show a team: a score, a team role, a contest? */
function actsAsTeam(tokens: readonly Token[], a: number, b: number, personEnd: (t: number) => boolean): boolean {
  const next = tokens[b];
  const prev = tokens[a - 1];
  const prev2 = tokens[a - 2];
  if (transferFeeAround(tokens, a, b, personEnd)) return true;
  if (next && (scoreShape(next.text) || sports.roles.has(next.lower) || sports.contest.has(next.lower))) return true;
  if (prev && sports.contest.has(prev.lower)) return true;
  // "Roma sporting director Monchi", "Leeds assistant manager Ian Rush": a staff title of two words
  if (next && sports.staffModifiers.has(next.lower) && sports.staffRoles.has(tokens[b + 1]?.lower ?? '')) return true;
  // "Legia's coach", "Leeds's manager"
  if (next && (next.text === "'s" || next.text === '’s') && sports.roles.has(tokens[b + 1]?.lower ?? '')) return true;
  // "joined from Middlesbrough", "on loan from Lazio", "playing for Everton", "scored (twice) for Leeds"
  if (prev && prev2 && (transferLinks.get(prev.lower)?.has(prev2.lower) ?? false)) return true;
  const prev3 = tokens[a - 3];
  if (prev && prev2 && prev3 && adverbsBetween.has(prev2.lower) && (transferLinks.get(prev.lower)?.has(prev3.lower) ?? false)) return true;
  // "two points behind Burnley, who drew 0-0 at Norwich": a relative clause with a contest verb
  if (next?.text === ',' && tokens[b + 1]?.lower === 'who' && sports.contest.has(tokens[b + 2]?.lower ?? '')) return true;
  // "lost 2-1 to Barcelona", "drew with Essex", "a win over Lazio", "lost at home to Brighton"
  return prev !== undefined && prev2 !== undefined && sports.links.has(prev.lower) && (sports.contest.has(prev2.lower) || scoreShape(prev2.text) || sports.homeAway.has(prev2.lower));
}

/** Outside a sports report: the cities `resultAgainstCity` finds, and a city right before the contest that names one ("Leeds beat Sale 24-10"). */
function resultsOutsideSportsReports(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const teams = new Set<number>();
  spans.forEach((s, i) => {
    if (s.type !== 'LOC' || !resultAgainstCity(tokens, s)) return;
    teams.add(i);
    const before = spans[i - 1];
    if (before?.type === 'LOC' && before.tokenEnd + 1 === s.tokenStart && isCity(spanText(tokens, before)) && placeKind(spanText(tokens, before)) !== 'region') teams.add(i - 1);
  });
  let personWords: ReadonlySet<string> | undefined;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    // (the token shape first: the person words are built only for an article that has a result)
    if (!resultShapeBetween(tokens, a, b)) continue;
    personWords ??= wordsOfFullPersonNames(tokens, spans);
    if (!teamsFaceEachOther(tokens, a, b, personWords)) continue;
    for (const k of [i, i + 1]) if (spans[k]!.type !== 'ORG') teams.add(k);
  }
  return teams.size === 0 ? [...spans] : spans.map((s, i) => (teams.has(i) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}

/**
 * Outside a sports report, a city is a team only where a result says so on both sides: a contest before it ("beat",
 * "losing to") and a score right after it ("Bowling Green lost to Tulsa 63-7", "Leeds beat Sale 24-10"). A state or a
 * country there is an election's ("won Ohio 52-48"), so only a city counts; its other mentions stay places.
 */
function resultAgainstCity(tokens: readonly Token[], s: TaggedSpan): boolean {
  const next = tokens[s.tokenEnd];
  const prev = tokens[s.tokenStart - 1];
  const prev2 = tokens[s.tokenStart - 2];
  if (next === undefined || prev === undefined || !isScorePair(next.text) || next.sentence !== prev.sentence) return false;
  if (!isCity(spanText(tokens, s)) || placeKind(spanText(tokens, s)) === 'region') return false;
  return sports.contest.has(prev.lower) || (prev2 !== undefined && sports.links.has(prev.lower) && sports.contest.has(prev2.lower));
}

/**
 * a place as a club (a city, a region: "Leeds" and "Liverpool" are regions to the gazetteer; between two names a
 * result is a match, not a state's vote, which a lone region keeps: "won Ohio 52-48"), or a name already an
 * organization; never a country: a national team stays its country
 */
const clubSide = (tokens: readonly Token[], s: TaggedSpan, personWords: ReadonlySet<string>): boolean =>
  s.type === 'ORG' || ((s.type === 'LOC' || clubNamedLikeAPerson(tokens, s, personWords)) && !isCountryName(spanText(tokens, s)));

/**
 * Outside a sports report, two names a result sets against each other are both teams: "Leeds beat Chelsea 2-1" (a
 * contest between them, a score after the second), "Arsenal drew 1-1 with Everton" (a contest, a score and its link
 * between them), "Leeds 2 Chelsea 1" (a results line: name, goals, name, goals and nothing else). This reads the
 * tokens; teamsFaceEachOther the names.
 */
function resultShapeBetween(tokens: readonly Token[], a: TaggedSpan, b: TaggedSpan): boolean {
  const sentence = tokens[a.tokenStart]!.sentence;
  if (tokens[b.tokenEnd - 1]!.sentence !== sentence) return false;
  const gap = b.tokenStart - a.tokenEnd;
  const first = tokens[a.tokenEnd]!;
  const after = tokens[b.tokenEnd]?.sentence === sentence ? tokens[b.tokenEnd] : undefined;
  if (gap === 1 && sports.contest.has(first.lower)) return after !== undefined && isScorePair(after.text);
  if (gap === 3) return sports.contest.has(first.lower) && isScorePair(tokens[a.tokenEnd + 1]!.text) && sports.links.has(tokens[a.tokenEnd + 2]!.lower);
  return gap === 1 && /^\d{1,2}$/.test(first.text) && after !== undefined && /^\d{1,2}$/.test(after.text) && aloneInSentence(tokens, a.tokenStart, b.tokenEnd + 1);
}

/**
 * Each side of a result is a place or a name already taken for an organization, so a place set against a club is its
 * club too, or a lone given name taken for a person facing a club ("Chelsea beat Tottenham 2-0",
 * clubNamedLikeAPerson), but only facing an organization: a given name against a place is a candidate's vote ("Clinton
 * won Ohio 52-48"); a country ("France beat Germany 2-1", "Jordan beat Syria 2-1") is left a place, two such given
 * names are players ("Serena beat Venus 6-4"), and two organizations need nothing.
 */
function teamsFaceEachOther(tokens: readonly Token[], a: TaggedSpan, b: TaggedSpan, personWords: ReadonlySet<string>): boolean {
  if ((a.type === 'ORG' && b.type === 'ORG') || (a.type === 'PER' && b.type === 'PER')) return false;
  // ("Clinton won Ohio 52-48": a candidate and a state; a club named like a person faces a club already found)
  if ((a.type === 'PER' && b.type !== 'ORG') || (b.type === 'PER' && a.type !== 'ORG')) return false;
  return clubSide(tokens, a, personWords) && clubSide(tokens, b, personWords);
}

/** Do tokens [a, b) make their whole sentence, but for closing punctuation? */
function aloneInSentence(tokens: readonly Token[], a: number, b: number): boolean {
  const sentence = tokens[a]!.sentence;
  if (tokens[a - 1]?.sentence === sentence) return false;
  for (let t = b; t < tokens.length && tokens[t]!.sentence === sentence; t++) if (tokens[t]!.pos !== 'PUNCT') return false;
  return true;
}

/** Is there a score ("2-1", "3/0") among the tokens from `from` to the end of its sentence? */
function sentenceHasScore(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from - 1]!.sentence;
  for (let t = from; t < tokens.length && tokens[t]!.sentence === sentence; t++) if (isScorePair(tokens[t]!.text)) return true;
  return false;
}

/** Does an organization of the sentence after span s hold a club word ("Newcastle United")? */
function clubLater(tokens: readonly Token[], spans: readonly TaggedSpan[], s: TaggedSpan): boolean {
  const sentence = tokens[s.tokenStart]!.sentence;
  return spans.some((o) => o.tokenStart >= s.tokenEnd && tokens[o.tokenStart]!.sentence === sentence && o.type === 'ORG' && spanHasClubWord(tokens, o));
}


/**
 * "Manchester United and Arsenal had been linked with the player": a word
 * joined by "and", "or" or a list comma to a team found so far is a team too.
 * Returns a test of tokens [a, b) against the teams among `spans`.
 */
function teamNeighbours(tokens: readonly Token[], spans: readonly TaggedSpan[], teams: ReadonlySet<string>): (a: number, b: number) => boolean {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const s of spans) {
    if (!teams.has(spanText(tokens, s).toLowerCase())) continue;
    starts.add(s.tokenStart);
    ends.add(s.tokenEnd);
  }
  return (a, b) => (listJoiners.has(tokens[b]?.lower ?? '') && starts.has(b + 1)) || (listJoiners.has(tokens[a - 1]?.lower ?? '') && ends.has(a - 1));
}

/**
 * "Leeds United beat Chelsea 2-1", "Chelsea manager Graham Potter": a lone
 * word the tagger took for a person that is a given name and no family name
 * (sports reports name players by their family name), and no word of a full
 * person name in the report, is a club named like a person when it acts as a
 * team ("Federer beat Nadal 6-4" keeps its players).
 */
function clubNamedLikeAPerson(tokens: readonly Token[], s: TaggedSpan, personWords: ReadonlySet<string>): boolean {
  if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1) return false;
  const lower = tokens[s.tokenStart]!.lower;
  return isGivenName(lower) && !isFamilyName(lower) && !personWords.has(lower);
}

/**
 * "Juventus have agreed to sell": a one-word "person" with a plural verb is a
 * club, unless the word belongs to a full person name in the report, a list
 * before it makes the verb plural ("Djokovic and Nadal have met 50 times"),
 * or a preposition before it makes the name part of a longer subject ("Two
 * goals from Nunez have lifted Liverpool").
 */
function loneNameAsTeam(tokens: readonly Token[], s: TaggedSpan, personWords: ReadonlySet<string>): boolean {
  const before = tokens[s.tokenStart - 1];
  if (before && before.sentence === tokens[s.tokenStart]!.sentence && before.pos === 'ADP') return false;
  return s.type === 'PER' && !personWords.has(tokens[s.tokenStart]!.lower) && !listJoiners.has(before?.lower ?? '') && before?.text !== '&';
}

function spanHasClubWord(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.tokenEnd - s.tokenStart < 2) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (sports.clubs.has(tokens[t]!.lower)) return true;
  return false;
}
