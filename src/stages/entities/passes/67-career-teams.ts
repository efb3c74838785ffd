import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import { canonicalCountry, placeKind } from '../gazetteer';
import { PERSON_SUBJECT_PRONOUNS } from '../../../nlp/pronouns';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';

/**
 * In any article, the mention a career cue settles: "He played 26 games for
 * Lausanne", "Smith debuted for Boston" name the club, whatever the city is
 * elsewhere in the article ("moved to Boston"). A career is a person's: a
 * person or "he"/"she" comes first in the sentence ("emissions goals for
 * Europe" has none). Not a country or home nation (a national team stays a
 * place: "111 caps for Wales"), nor a name before a noun it modifies or a
 * possessive ("played for Chicago audiences", "played for Vienna's elite").
 * Runs right after sports-teams.
 */
export const careerTeams: EntityPass = { name: 'career-teams', run };

const links = lexicon.sports.careerLinks;
const careerCues: ReadonlySet<string> = new Set(links.words);
const sportsReportOnly: ReadonlySet<string> = new Set(links.sportsReportOnly);
const homeNations: ReadonlySet<string> = new Set(links.homeNations);
const POSSESSIVE = /^['’]s?$/;

function run({ tokens, sportsReport }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, i) => {
    if (s.type !== 'LOC' || s.tokenEnd - s.tokenStart > 2) return s;
    const sentence = tokens[s.tokenStart]!.sentence;
    const cue = tokens[s.tokenStart - 2];
    if (tokens[s.tokenStart - 1]?.lower !== 'for' || !cue || !careerCues.has(cue.lower) || cue.sentence !== sentence) return s;
    const text = spanText(tokens, s);
    if (placeKind(text) === 'country' || canonicalCountry(text) !== null || homeNations.has(text.toLowerCase())) return s;
    const next = tokens[s.tokenEnd];
    if (next && next.sentence === sentence && (next.pos === 'NOUN' || POSSESSIVE.test(next.text))) return s;
    if (!personBefore(tokens, spans, i, s.tokenStart - 2)) return s;
    if (sportsReportOnly.has(cue.lower) && !sportsReport) return s;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
  });
}

/** A person (a span the tagger or an earlier pass typed so) or "he"/"she" before token `cue` in its sentence. */
function personBefore(tokens: readonly Token[], spans: readonly TaggedSpan[], i: number, cue: number): boolean {
  const sentence = tokens[cue]!.sentence;
  for (let t = cue - 1; t >= 0 && tokens[t]!.sentence === sentence; t--) if (PERSON_SUBJECT_PRONOUNS.has(tokens[t]!.lower)) return true;
  for (let j = i - 1; j >= 0 && tokens[spans[j]!.tokenStart]!.sentence === sentence; j--) if (spans[j]!.type === 'PER') return true;
  return false;
}
