import type { Span } from '../../document';
import type { MentionKind } from '../../schema';
import type { DraftMention } from './types';

/** What one mention adds: a name says more about centrality than a pronoun or a demonym. */
const kindWeight: Record<MentionKind, number> = { name: 1, alias: 1, nominal: 0.6, pronoun: 0.5, demonym: 0.25 };
/** A place name used as a modifier ("US allies", "China policy") weighs like a demonym. */
const MODIFIER_WEIGHT = 0.4;
const HEADLINE_BONUS = 3;
const EARLY_BONUS = 2;

/**
 * Raw salience of an entity: weighted mention count, a bonus for the headline,
 * and a bonus that fades with the position of the first mention. The caller
 * divides by the maximum so the protagonist scores 1.
 */
export function rawSalience(
  mentions: readonly DraftMention[],
  headline: Span | null,
  textLength: number,
  isModifier: (m: DraftMention) => boolean,
): number {
  if (mentions.length === 0) return 0;
  let score = 0;
  let first = Infinity;
  let inHeadline = false;
  for (const m of mentions) {
    score += (m.kind === 'name' || m.kind === 'alias') && isModifier(m) ? MODIFIER_WEIGHT : kindWeight[m.kind];
    if (m.start < first) first = m.start;
    if (headline && m.start >= headline.start && m.end <= headline.end && m.kind !== 'demonym') inHeadline = true;
  }
  // square root: the tenth mention matters less than the second
  let total = Math.sqrt(score) * 2;
  if (inHeadline) total += HEADLINE_BONUS;
  total += EARLY_BONUS * Math.max(0, 1 - first / Math.max(1, textLength));
  return total;
}
