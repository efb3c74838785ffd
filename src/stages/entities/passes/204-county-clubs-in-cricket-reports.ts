import ruleWords from '../../../data/entities/rule-words.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { retypeAt } from './shared';
import { isCountyClub } from './team-cues';

const cricketCues: readonly string[] = ruleWords.cricketCues;

/**
 * "At Hove, Sussex drew with Worcestershire", "Glamorgan lost to Essex by an innings": in a cricket report a
 * first-class county named alone (lexicon.json sports.countyClubs) is the county's club, an organization, at every
 * mention. The tagger reads some as persons ("Glamorgan", "Sussex") or places, and pass 17 makes a club only of a
 * place with a team's cue beside it. A cricket report: a sports report (passes/sports-report.ts) holding two of
 * rule-words.json cricketCues. A longer name holding the county ("Duke of Sussex", "Durham University") is left.
 */
export const countyClubsInCricketReports: EntityPass = { name: 'county-clubs-in-cricket-reports', run };

function run({ tokens, sportsReport, words }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  if (!sportsReport || cricketCues.filter((cue) => words.has(cue)).length < 2) return spans;
  let out: TaggedSpan[] | null = null;
  spans.forEach((s, i) => {
    if (s.type === 'ORG' || s.tokenEnd - s.tokenStart !== 1 || !isCountyClub(tokens[s.tokenStart]!.lower)) return;
    out ??= spans.slice();
    retypeAt(out, i, 'ORG');
  });
  return out ?? spans;
}
