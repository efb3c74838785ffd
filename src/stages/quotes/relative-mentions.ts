import { tokenAt, type Span, type Token } from '../../document';
import type { Speaker } from '../../schema';
import { COMMA_RELATIVE_SUBJECTS, isRelative } from '../../nlp/pronouns';

/**
 * "The mayor, who said the city was safe, ...": the speaker is the
 * antecedent (its entity and name), but the word that refers to the speaker
 * for this quote is the relative pronoun, as "he" is in '..., he said'
 * (BRIEFING.md: the mention is where the speaker is referred to for this
 * quote). The speaker with its mention moved to the pronoun when the cue's
 * subject is one and the mention is its antecedent; else the speaker as it was.
 */
export function withRelativeMention(tokens: readonly Token[], speaker: Speaker, cue: Span | null): Speaker {
  if (!cue || !speaker.mention || tokens.length === 0) return speaker;
  let k = tokenAt(tokens, cue.start) - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.lower === 'not')) k--;
  const rel = tokens[k];
  if (!rel || !isRelative(rel, COMMA_RELATIVE_SUBJECTS) || rel.inQuote) return speaker;
  // the antecedent ends before the pronoun, in its sentence, at most a comma and an apposition away
  if (speaker.mention.end > rel.start || rel.start - speaker.mention.end > 120) return speaker;
  if (tokens[tokenAt(tokens, speaker.mention.start)]!.sentence !== rel.sentence) return speaker;
  // the same keys in the same order, not spread: see publicQuote in judge.ts
  return { entityId: speaker.entityId, name: speaker.name, mention: { start: rel.start, end: rel.end } };
}
