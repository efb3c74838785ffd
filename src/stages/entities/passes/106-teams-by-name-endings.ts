import type { Token } from '../../../document';
import teamNames from '../../../data/entities/team-names.json';
import { packedSpans, type EntityPass, type EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { retypeAt, taggedSpan, unchangedOr } from './shared';

const personlessClubTails: ReadonlySet<string> = new Set(teamNames.personlessClubTails);
const ageGradeHeads: ReadonlySet<string> = new Set(teamNames.ageGradeHeads);

/**
 * Teams the tagger reads as a person or a place, told by how their name ends,
 * in any article (sports-teams reads whole sports reports; these names turn
 * up in news and biographies too):
 * - a name of two words or more read as a person whose last word is a club
 *   word no person's name ends with ("Ravenshill United", "Leeds FC":
 *   team-names.json personlessClubTails) is the club;
 * - a place followed by an age grade ("England Under-21", "Wales U21",
 *   "Spain U-23"), inside the place's span or right after it, is that side of
 *   the place, an organization as CoNLL has it, the age grade included.
 */
export const teamsByNameEndings: EntityPass = { name: 'teams-by-name-endings', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const out = packedSpans(spans);
  out.forEach((s, i) => {
    const last = tokens[s.tokenEnd - 1]!;
    const long = s.tokenEnd - s.tokenStart >= 2;
    if (long && ((s.type === 'PER' && personlessClubTails.has(last.lower)) || (s.type === 'LOC' && isAgeGrade(last)))) retypeAt(out, i, 'ORG');
    else if (s.type === 'LOC' && ageGradeAfter(tokens, s, out[i + 1])) out[i] = taggedSpan(s.tokenStart, s.tokenEnd + 1, 'ORG');
  });
  return unchangedOr(spans, out);
}

/** "Wales" + "U21": the token right after the span, in its sentence and in no other span, is an age grade. */
function ageGradeAfter(tokens: readonly Token[], s: TaggedSpan, next: TaggedSpan | undefined): boolean {
  const after = tokens[s.tokenEnd];
  if (!after || after.sentence !== tokens[s.tokenStart]!.sentence || next?.tokenStart === s.tokenEnd) return false;
  return isAgeGrade(after);
}

/** "Under-21", "U21", "U-23", "Under-19s": an age-grade head and two digits, one token. */
function isAgeGrade(t: Token): boolean {
  const m = /^([A-Za-z]+)-?(\d\d)s?$/.exec(t.text);
  return m !== null && ageGradeHeads.has(m[1]!.toLowerCase()) && /^[A-Z]/.test(t.text);
}
