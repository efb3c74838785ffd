import type { Token } from '../../document';
import type { Speaker } from '../../schema';
import { tokensOf } from './features';
import { phraseStartingAt } from './simple-phrase';
import { TIME_SETTING_WORDS } from '../../nlp/time-words';
import { isTightHyphen } from '../../nlp/hyphens';
import { sentenceEndFrom } from '../../nlp/sentence-end';
import complements from '../../data/quotes/speaker-complements.json';

/** Prepositions whose noun phrase goes on a speaker with no entity ('of', 'for': speaker-complements.json). */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(complements.prepositions);
/** Lemmas of a time setting's head besides the time lexicon's ('for decades', 'for a while'). */
const DURATION_UNITS: ReadonlySet<string> = new Set(complements.durationUnits);
/** Heads of set phrases that modify the verb ('of course', 'for example', 'for the most part'): speaker-complements.json. */
const ADVERBIAL_HEADS: ReadonlySet<string> = new Set(complements.adverbialHeads);

/**
 * 'Experts of course said', 'The bank for example said', 'Residents for the most part said', 'Officials for security
 * reasons said': a complement headed by a set phrase's noun modifies the verb and says nothing of who speaks.
 */
function adverbialSetPhrase(head: Token): boolean {
  return ADVERBIAL_HEADS.has(head.lemma.toLowerCase()) || ADVERBIAL_HEADS.has(head.lower);
}

/** A number or a time word: the complement is a setting ('for the first time', 'for years'), not who speaks. */
function timeOrNumber(t: Token): boolean {
  const lemma = t.lemma.toLowerCase();
  return t.pos === 'NUM' || TIME_SETTING_WORDS.has(t.lower) || TIME_SETTING_WORDS.has(lemma) || DURATION_UNITS.has(lemma) || DURATION_UNITS.has(t.lower);
}

/**
 * 'said the International Chamber of Shipping', 'the head of the Service Employees International Union said', 'a
 * spokesman for the buyer said': the phrase readers stop a speaker at 'of' or 'for' (they read simple noun phrases,
 * and a cue's subject is chosen before it), so a speaker with no entity behind it was named "International Chamber",
 * "the head" or "a spokesman". Such a speaker's mention and name run on over the preposition and the simple noun
 * phrase after it, in its sentence and outside marks; not over a time setting or a number ('the company for the first
 * time said', 'officials for two weeks have said'). A speaker with an
 * entity keeps its mention ('Patricia Moran of Cheyenne' is Patricia Moran), and so does one whose complement is a
 * pronoun ('many of them' is read by phrases.ts `partitiveOfGroup`). Applied after the referent checks and the quote
 * model, which read the speaker's head noun before 'of' ('a review of the filings' names no one; the head is
 * 'review'), so neither which quotes are kept nor their confidence changes.
 */
export function withSpeakerComplement(source: string, tokens: readonly Token[], speaker: Speaker): Speaker {
  const mention = speaker.mention;
  if (!mention || speaker.entityId !== null || speaker.name === null || tokens.length === 0) return speaker;
  // only a name read as written: a name cut before a place setting ('reports' of 'reports in Spain') stays as it is
  if (speaker.name !== source.slice(mention.start, mention.end)) return speaker;
  const [from, to] = tokensOf(tokens, mention);
  if (to <= from) return speaker;
  let end = to;
  // 'the president of the International Chamber of Shipping': a complement's own 'of' goes on too, twice at most
  for (let n = 0; n < MAX_COMPLEMENTS; n++) {
    const next = complementAfter(tokens, end);
    if (next < 0) break;
    end = next;
  }
  if (end === to) return speaker;
  const last = tokens[end - 1]!.end;
  // the same keys in the same order as judge.ts publicQuote builds them
  return { entityId: null, name: source.slice(mention.start, last), mention: { start: mention.start, end: last } };
}

const MAX_COMPLEMENTS = 2;

/** The token end of 'of' or 'for' and the simple noun phrase after a noun ending at token `to` (exclusive), or -1. */
function complementAfter(tokens: readonly Token[], to: number): number {
  const head = tokens[to - 1];
  const of = tokens[to];
  if (!head || !of || !COMPLEMENT_PREPOSITIONS.has(of.lower) || of.inQuote || head.inQuote || of.sentence !== head.sentence) return -1;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return -1;
  // to the sentence's end or a quotation, whichever comes first
  const limit = sentenceEndFrom(tokens, to, (t) => t.inQuote);
  const complement = phraseStartingAt(tokens, to + 1, limit);
  if (!complement || complement.tokenStart !== to + 1 || complement.kind === 'pronoun') return -1;
  for (let k = complement.tokenStart; k < complement.tokenEnd; k++) if (timeOrNumber(tokens[k]!)) return -1;
  // 'The heads of both lobbying firms' ('lobbying' read as a verb): a complement ending on a determiner is cut short
  const last = tokens[complement.tokenEnd - 1]!;
  if (last.pos !== 'NOUN' && last.pos !== 'PROPN') return -1;
  if (adverbialSetPhrase(last)) return -1;
  // 'Residents of Washington, DC said': a name after the comma may finish the complement; it stays as it was read
  if (tokens[complement.tokenEnd]?.text === ',' && tokens[complement.tokenEnd + 1]?.pos === 'PROPN') return -1;
  // 'Fighters of the Kurdish-held town': the simple phrase stops at a tight hyphen inside the complement's word
  if (isTightHyphen(tokens, complement.tokenEnd)) return -1;
  return complement.tokenEnd;
}
