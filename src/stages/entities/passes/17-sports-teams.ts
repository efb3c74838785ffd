import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import ruleWords from '../../../data/entities/rule-words.json';
import { canonicalCountry, demonymToCountry, placeKind } from '../gazetteer';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';
import { months, notNames } from './words';

/**
 * Clubs in sports reports: "Barcelona coach Bobby Robson", "Surrey 402-7",
 * "Leicestershire beat Somerset". A place name that acts as a team anywhere
 * in the report is the club at every mention, an organization; so is a name
 * with a club word ("Atletico Madrid", "Manchester United"). A country stays
 * a place: national teams are written as their country. Single capitalized
 * words the tagger missed are added when they act as a team themselves.
 */
export const sportsTeams: EntityPass = { name: 'sports-teams', run };

function run({ tokens, initial }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  if (!isSportsReport(tokens)) return [...spans];
  const teams = new Set<string>();
  const isCountry = (text: string): boolean => placeKind(text) === 'country' || canonicalCountry(text) !== null;
  for (const s of spans) {
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart > 1 && !spanHasClubWord(tokens, s)) continue;
    const text = spanText(tokens, s);
    if (isCountry(text)) continue;
    if (spanHasClubWord(tokens, s) || ((s.type === 'LOC' || placeKind(text)) && actsAsTeam(tokens, s.tokenStart, s.tokenEnd))) teams.add(text.toLowerCase());
  }
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (covered[t] || !/^[A-Z][a-z]{2,}$/.test(tok.text) || tok.pos !== 'PROPN' || isCountry(tok.text) || demonymToCountry(tok.text)) continue;
    if (wordClass(tok.lower) || notNames.has(tok.lower) || months.has(tok.lower) || weekdays.has(tok.text) || (initial[t] && !placeKind(tok.text))) continue;
    if (teams.has(tok.lower) || actsAsTeam(tokens, t, t + 1)) {
      added.push({ tokenStart: t, tokenEnd: t + 1, type: 'ORG' });
      teams.add(tok.lower);
    }
  }
  const out = spans.map((s) => (s.type !== 'ORG' && teams.has(spanText(tokens, s).toLowerCase()) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
  return [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}

const sports = {
  headline: new Set(lexicon.sports.headlineSports),
  cues: new Set(lexicon.sports.docCues),
  roles: new Set(lexicon.sports.roleNouns),
  contest: new Set(lexicon.sports.contestVerbs),
  links: new Set(lexicon.sports.contestLinks),
  clubs: new Set(lexicon.sports.clubWords),
};
const scoreShape = /^\d{1,3}(?:[-/]\d{1,3})?$/;
const weekdays = new Set(ruleWords.weekdays);

/** A sports report: a "SOCCER -" style slug opening the text, or many sports words. */
function isSportsReport(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  const second = tokens[1]?.lower ?? '';
  if (tokens[0] && tokens[0].text === tokens[0].text.toUpperCase() && (sports.headline.has(first) || sports.headline.has(`${first} ${second}`))) return true;
  const seen = new Set<string>();
  let hits = 0;
  for (const t of tokens) {
    if (!sports.cues.has(t.lower)) continue;
    hits++;
    seen.add(t.lower);
  }
  // dense in sports words, not merely touching one ("goals" and "draw" in a climate story)
  const perThousand = (hits * 1000) / Math.max(1, tokens.length);
  return (seen.size >= 5 && perThousand >= 5) || (seen.size >= 3 && perThousand >= 15);
}

/** Does the context of tokens [a, b) show a team: a score, a team role, a contest? */
function actsAsTeam(tokens: readonly Token[], a: number, b: number): boolean {
  const next = tokens[b];
  const prev = tokens[a - 1];
  const prev2 = tokens[a - 2];
  if (next && (scoreShape.test(next.text) || sports.roles.has(next.lower) || sports.contest.has(next.lower))) return true;
  if (prev && sports.contest.has(prev.lower)) return true;
  // "lost 2-1 to Barcelona", "drew with Essex", "a win over Lazio"
  return prev !== undefined && prev2 !== undefined && sports.links.has(prev.lower) && (sports.contest.has(prev2.lower) || scoreShape.test(prev2.text));
}

function spanHasClubWord(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.tokenEnd - s.tokenStart < 2) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (sports.clubs.has(tokens[t]!.lower)) return true;
  return false;
}
