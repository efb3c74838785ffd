import type { Token } from '../../document';
import type { Speaker } from '../../schema';
import { tokensOf } from './features';
import { phraseStartingAt } from './simple-phrase';

/**
 * 'said the International Chamber of Shipping', 'the head of the Service Employees International Union said': the
 * phrase readers stop a speaker at 'of' (they read simple noun phrases, and a cue's subject is chosen before it), so
 * a speaker with no entity behind it was named "International Chamber" or "the head". Such a speaker's mention and
 * name run on over 'of' and the simple noun phrase after it, in its sentence and outside marks. A speaker with an
 * entity keeps its mention ('Patricia Moran of Cheyenne' is Patricia Moran), and so does one whose complement is a
 * pronoun ('many of them' is read by phrases.ts `partitiveOfGroup`). Applied after the referent checks and the quote
 * model, which read the speaker's head noun before 'of' ('a review of the filings' names no one; the head is
 * 'review'), so neither which quotes are kept nor their confidence changes.
 */
export function withOfComplement(source: string, tokens: readonly Token[], speaker: Speaker): Speaker {
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

/** The token end of 'of' and the simple noun phrase after a noun ending at token `to` (exclusive), or -1. */
function complementAfter(tokens: readonly Token[], to: number): number {
  const head = tokens[to - 1];
  const of = tokens[to];
  if (!head || !of || of.lower !== 'of' || of.inQuote || head.inQuote || of.sentence !== head.sentence) return -1;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return -1;
  let limit = to + 1;
  while (limit < tokens.length && tokens[limit]!.sentence === of.sentence && !tokens[limit]!.inQuote) limit++;
  const complement = phraseStartingAt(tokens, to + 1, limit);
  if (!complement || complement.tokenStart !== to + 1 || complement.kind === 'pronoun') return -1;
  return complement.tokenEnd;
}
