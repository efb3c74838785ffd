import ruleWords from '../../../data/entities/rule-words.json';
import lexicon from '../../../data/entities/lexicon.json';
import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import type { WordIndex } from '../word-index';
import { retypeAt } from './shared';
import { isCountyClub } from './team-cues';

const cricketCues: readonly string[] = ruleWords.cricketCues;
const cricketCuePhrases: readonly (readonly [string, string])[] = ruleWords.cricketCuePhrases.map((p) => p.split(' ') as [string, string]);
const placePrepositions: ReadonlySet<string> = new Set(ruleWords.countyPlacePrepositions);
const roleNouns: ReadonlySet<string> = new Set(lexicon.sports.roleNouns);
/** the words between two sides of a match ("Warwickshire v Nottinghamshire", "against Kent") */
const SIDES_LINKS: ReadonlySet<string> = new Set(['v', 'v.', 'vs', 'vs.', 'against']);
/** how far back a list of places may run to its preposition ("across Yorkshire, Lancashire and Durham") */
const LIST_REACH = 8;

/**
 * "At Hove, Sussex drew with Worcestershire", "Glamorgan lost to Essex by an innings": in a cricket report a
 * first-class county named alone (lexicon.json sports.countyClubs) is the county's club, an organization. The tagger
 * reads some as persons ("Glamorgan", "Sussex") or places, and pass 17 makes a club only of a place with a team's
 * cue beside it. A cricket report: a sports report (passes/sports-report.ts) holding two of rule-words.json
 * cricketCues and cricketCuePhrases, words a baseball report does not write ("innings" and "runs" it does). A county
 * is a club where the report once puts it where a side stands: before its total or a verb ("Essex 412", "Sussex
 * drew"), before "'s", a side's role ("Essex captain"), "v" or ", who", after "against", "v" or a verb ("beat Durham"). Then
 * every mention is the club but one after a place's preposition, or in a list after one ("grew up in Lancashire",
 * "Rain is forecast across Yorkshire and Durham"): that county is the place. A longer name holding the county ("Duke
 * of Sussex", "Durham University") is left.
 */
export const countyClubsInCricketReports: EntityPass = { name: 'county-clubs-in-cricket-reports', run };

function run({ tokens, sportsReport, words, wordIndex }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  if (!sportsReport || cricketCueCount(tokens, words, wordIndex) < 2) return spans;
  const alone = (s: TaggedSpan): boolean => s.tokenEnd - s.tokenStart === 1 && isCountyClub(tokens[s.tokenStart]!.lower);
  const clubs = new Set<string>();
  for (const s of spans) if (alone(s) && standsAsSide(tokens, s.tokenStart)) clubs.add(tokens[s.tokenStart]!.lower);
  if (clubs.size === 0) return spans;
  let out: TaggedSpan[] | null = null;
  spans.forEach((s, i) => {
    if (s.type === 'ORG' || !alone(s) || !clubs.has(tokens[s.tokenStart]!.lower) || afterPlacePreposition(tokens, s.tokenStart)) return;
    out ??= spans.slice();
    retypeAt(out, i, 'ORG');
  });
  return out ?? spans;
}

function cricketCueCount(tokens: readonly Token[], words: ReadonlySet<string>, wordIndex: WordIndex): number {
  let count = cricketCues.filter((cue) => words.has(cue)).length;
  for (const [first, second] of cricketCuePhrases) if (wordIndex.of(second).some((t) => t > 0 && tokens[t - 1]!.lower === first)) count++;
  return count;
}

/** the county at token t stands where a side of a match does (see the pass's comment) */
function standsAsSide(tokens: readonly Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  const next = tokens[t + 1];
  if (next && next.sentence === sentence) {
    if (/^\d/.test(next.text) || SIDES_LINKS.has(next.lower) || next.text === "'s" || next.text === '’s' || roleNouns.has(next.lower)) return true;
    if (next.pos === 'VERB' || next.pos === 'AUX') return true;
    // "Nottinghamshire, who lead the table": a side's players, no place
    if (next.text === ',' && tokens[t + 2]?.lower === 'who' && tokens[t + 2]!.sentence === sentence) return true;
  }
  const before = tokens[t - 1];
  return before !== undefined && before.sentence === sentence && (SIDES_LINKS.has(before.lower) || before.pos === 'VERB');
}

/**
 * "in Lancashire", "across Yorkshire and Durham": the county at token t is the place a preposition names. A comma is
 * crossed only inside a list ("across Yorkshire, Lancashire and Durham"), not after an opening phrase ("At Hove,
 * Sussex drew").
 */
function afterPlacePreposition(tokens: readonly Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  const next = tokens[t + 1];
  let inList = next !== undefined && next.sentence === sentence && (next.lower === 'and' || next.lower === 'or' || next.text === ',');
  for (let k = t - 1; k >= 0 && k >= t - LIST_REACH && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!;
    if (placePrepositions.has(w.lower)) return true;
    if (w.lower === 'and' || w.lower === 'or') inList = true;
    else if (w.text === ',' ? !inList : !/^[A-Z]/.test(w.text)) return false;
  }
  return false;
}
