import ruleWords from '../../../data/entities/rule-words.json';
import type { Token } from '../../../document';
import { isAsciiTitleCaseWord } from '../capitalized';
import { canonicalCountry, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { oneWordOrganizationsAt, personNameWords, spanIndexByToken } from './shared';

const motorRacingCues: readonly string[] = ruleWords.motorRacingCues;
const teamOwners: ReadonlySet<string> = new Set(ruleWords.teamOwners);
const knownTeams: ReadonlySet<string> = new Set(ruleWords.motorRacingTeams);

/**
 * Teams in a motor-racing report are named like persons and places ("Jordan", "Williams", "Stewart", "Prost") or
 * by words the tagger leaves out ("Sauber"), and a driver's report says which they are by where it names them: a
 * driver's result "for" the team ("Ralf Schumacher was third for Jordan"), a driver "of" it ("Jacques Villeneuve of
 * Williams"), the car as the team's ("retired his Williams", "fourth in a Sauber") and the team's driver ("Ferrari's
 * Michael Schumacher"). A one-word name so placed is the team, an organization, at every mention in the report. A
 * motor-racing report: a sports report holding two of rule-words.json motorRacingCues. A place after a driver's
 * "of" stays a place ("Villeneuve of Canada"); a longer name holding the word is left as found. "For" and a car's
 * determiner are weak cues ("make way for Norris", "wait for Perez", "a Dutchman"): they name a team only when it
 * is a known one (rule-words.json motorRacingTeams) and no person the article names in full ends in the word.
 */
export const teamsInMotorRacingReports: EntityPass = { name: 'teams-in-motor-racing-reports', run };

function run({ tokens, sportsReport, words, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  if (!sportsReport || motorRacingCues.filter((cue) => words.has(cue)).length < 2) return spans;
  const at = spanIndexByToken(tokens.length, spans);
  const isPersonAt = (t: number): boolean => t >= 0 && at[t]! >= 0 && spans[at[t]!]!.type === 'PER';
  // the last words of persons named in two words or more ("Lando Norris": "norris"): no team though a weak cue says so
  const named = personNameWords(tokens, spans, { familyNameOnly: true });
  const teams = new Set<string>();
  // the last person's token seen so far in the current sentence (one forward walk, so that each "for" asks in O(1))
  let lastPerson = -1;
  for (let t = 1; t < tokens.length; t++) {
    if (isPersonAt(t - 1)) lastPerson = t - 1;
    if (caseless[tokens[t]!.sentence] || !isAsciiTitleCaseWord(tokens[t]!.text) || !standsAlone(tokens, spans, at, t)) continue;
    const driverEarlier = lastPerson >= 0 && tokens[lastPerson]!.sentence === tokens[t]!.sentence;
    if (strongTeamCue(tokens, t, isPersonAt) || (weakTeamCue(tokens, t, driverEarlier) && knownTeams.has(tokens[t]!.lower) && !named.has(tokens[t]!.lower))) {
      teams.add(tokens[t]!.lower);
    }
  }
  if (teams.size === 0) return spans;
  const positions: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (!teams.has(tokens[t]!.lower) || !standsAlone(tokens, spans, at, t)) continue;
    if (at[t]! < 0 && (caseless[tokens[t]!.sentence] || !isAsciiTitleCaseWord(tokens[t]!.text))) continue;
    positions.push(t);
  }
  return oneWordOrganizationsAt(tokens.length, spans, positions);
}

/** token t is no word of a longer name: no span holds it, or a span of that one word */
function standsAlone(tokens: readonly Token[], spans: readonly TaggedSpan[], at: Int32Array, t: number): boolean {
  const i = at[t]!;
  if (i >= 0) return spans[i]!.tokenEnd - spans[i]!.tokenStart === 1;
  const next = tokens[t + 1];
  return !(next && next.sentence === tokens[t]!.sentence && isAsciiTitleCaseWord(next.text));
}

/** "Jacques Villeneuve of Williams" (not "Villeneuve of Canada"), "Ferrari's Michael Schumacher": the word names a team by where it stands */
function strongTeamCue(tokens: readonly Token[], t: number, isPersonAt: (t: number) => boolean): boolean {
  const word = tokens[t]!;
  if (tokens[t - 1]!.lower === 'of' && isPersonAt(t - 2) && !isPlace(word.text)) return true;
  return (tokens[t + 1]?.text === "'s" || tokens[t + 1]?.text === '’s') && isPersonAt(t + 2);
}

/**
 * "third for Jordan" ("for" after a driver named earlier in the sentence), "retired his Williams", "fourth in a
 * Sauber" (a car named by its team, not a place: "his Monaco win"): places where a team stands, and other names too
 * ("wait for Perez", "a Dutchman")
 */
function weakTeamCue(tokens: readonly Token[], t: number, driverEarlier: boolean): boolean {
  const word = tokens[t]!;
  const before = tokens[t - 1]!;
  if (before.sentence !== word.sentence) return false;
  if (before.lower === 'for') return driverEarlier;
  return teamOwners.has(before.text) && !isPlace(word.text) && !isAsciiTitleCaseWord(tokens[t + 1]?.text ?? '') && !isNoun(tokens[t + 1]);
}

const isPlace = (text: string): boolean => placeKind(text) !== null || canonicalCountry(text) !== null;
const isNoun = (token: Token | undefined): boolean => token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN');
