import type { Token } from '../../../document';
import boundaries from '../../../data/entities/organization-boundaries.json';
import lexicon from '../../../data/entities/lexicon.json';
import { canonicalCountry, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { wordsText } from './shared';
import { eventsNamedAlone, miscHeads } from './words';

/**
 * Laws, events, awards and works are named like organizations or people
 * ("Data Retention Bill", "Arab Spring", "Nobel Prize", "World Cup") but are
 * none of our three types (CoNLL counts them as MISC): a name of two or more
 * words whose last word is such a head (lexicon.json miscHeads) is dropped,
 * unless a gazetteer knows the whole name as a place or organization
 * ("Silver Spring", "Act Party"), or it is a league's or a church's
 * conference ("Southwest Conference championships"). Such a head alone right after a bracket
 * is the tail of a name split there: "the European Union (Withdrawal) Bill"
 * left "Bill", a given name, as a person. A "person" that is won ("won the
 * Golden Alexander") or written before a prize noun ("the Turner prize") is
 * an award (lexicon.json awardCues). A few events go by their head word alone
 * ("the Paralympics", "at the Olympics": lexicon.json eventsNamedAlone), which
 * the tagger reads as a person; capitalized and alone, such a word is the event.
 */
export const dropLawsEventsAndAwards: EntityPass = { name: 'drop-laws-events-and-awards', run };

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  return spans.filter((s) => {
    if (s.type === 'PER' && awardAsPerson(tokens, s)) return false;
    if (topicOfLawTitle(ctx, s)) return false;
    if (s.tokenEnd - s.tokenStart < 2) return !lawTailAfterBracket(tokens, s) && !eventNamedAlone(tokens[s.tokenStart]!);
    const last = tokens[s.tokenEnd - 1]!;
    if (!miscHeads.has(last.lower) || last.text === last.lower) return true;
    if (last.lower === 'conference' && conferenceOfBodies(tokens, s)) return true;
    const text = wordsText(tokens.slice(s.tokenStart, s.tokenEnd));
    return placeKind(text) !== null || canonicalCountry(text) !== null || isKnownOrganization(text);
  });
}

const bodyConferenceWords: ReadonlySet<string> = new Set(boundaries.bodyConferenceWords);

/**
 * "the West Virginia Intercollegiate Athletic Conference", "three Southwest Conference championships", "the Italian
 * Episcopal Conference": a league's or a church's conference is a body, not a meeting, by a word in its name or the
 * word right after it (organization-boundaries.json bodyConferenceWords).
 */
function conferenceOfBodies(tokens: readonly Token[], s: TaggedSpan): boolean {
  for (let t = s.tokenStart; t < s.tokenEnd - 1; t++) if (bodyConferenceWords.has(tokens[t]!.lower)) return true;
  const next = tokens[s.tokenEnd];
  return next !== undefined && next.sentence === tokens[s.tokenStart]!.sentence && bodyConferenceWords.has(next.lower);
}
const awardVerbs = new Set(lexicon.awardCues.verbs);
const awardNouns = new Set(lexicon.awardCues.nouns);

/**
 * "won the Golden Alexander", "the Turner prize": a person is not won, nor
 * written after "the" before a prize noun; the name is an award's.
 */
function awardAsPerson(tokens: readonly Token[], s: TaggedSpan): boolean {
  const sentence = tokens[s.tokenStart]!.sentence;
  const at = (t: number): Token | undefined => (tokens[t]?.sentence === sentence ? tokens[t] : undefined);
  if (at(s.tokenStart - 1)?.lower !== 'the') return false;
  const next = at(s.tokenEnd);
  const lowerNext = next !== undefined && next.text === next.lower && /^[a-z]/.test(next.text);
  if (lowerNext && awardNouns.has(next.lower)) return true;
  return awardVerbs.has(at(s.tokenStart - 2)?.lower ?? '') && !(lowerNext && (next.pos === 'NOUN' || next.pos === 'ADJ'));
}

const lawTopicHeads: ReadonlySet<string> = new Set(lexicon.lawTopicHeads);
const topicPrepositions: ReadonlySet<string> = new Set(lexicon.lawTopicPrepositions);

/**
 * "the General Agreement on Tariffs and Trade", "the Convention on Biological Diversity": a name right after a
 * capitalized law head and its preposition is the title's topic (lexicon.json lawTopicHeads), not a name of its own.
 * The head's capital must be the title's: one that opens the sentence ("Regulation of Google has stalled") or comes
 * with a headline's title case or capitals ("Senate Passes Bill on Ukraine Aid") says nothing.
 */
function topicOfLawTitle({ tokens, initial, caseless }: EntityPassContext, s: TaggedSpan): boolean {
  const w = tokens[s.tokenStart]!;
  const preposition = tokens[s.tokenStart - 1];
  const head = tokens[s.tokenStart - 2];
  if (!preposition || !head || preposition.sentence !== w.sentence || head.sentence !== w.sentence) return false;
  if (initial[s.tokenStart - 2] || caseless[w.sentence]) return false;
  return topicPrepositions.has(preposition.lower) && head.text !== head.lower && lawTopicHeads.has(head.lower);
}

/** "the Paralympics": a capitalized event's head word that names the event by itself. */
function eventNamedAlone(w: Token): boolean {
  return w.text !== w.lower && eventsNamedAlone.has(w.lower);
}

/** "(Withdrawal) Bill": a capitalized head alone after a closing bracket of its sentence. */
function lawTailAfterBracket(tokens: readonly Token[], s: TaggedSpan): boolean {
  const w = tokens[s.tokenStart]!;
  const before = tokens[s.tokenStart - 1];
  return before !== undefined && before.text === ')' && before.sentence === w.sentence && w.text !== w.lower && miscHeads.has(w.lower);
}
