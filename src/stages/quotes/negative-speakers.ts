import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { tokensOf, type UnjudgedQuote } from './features';

const NEGATIVE_SUBJECTS: readonly string[] = words.negativeQuantifierSpeakers.words;
const NEGATED_SUBJECTS: ReadonlySet<string> = new Set(words.negativeQuantifierSpeakers.negatedWords);
const NEGATIVE_PARTITIVES: ReadonlySet<string> = new Set(words.negativeQuantifierSpeakers.partitiveWords);
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(words.partitiveGroupPronouns.words);

/**
 * Does this quote's speaker name nobody: 'Nobody opposed him', 'no one knows
 * what ...', 'Not everyone welcomed the ceremony', 'None of them said' (words.json
 * `negativeQuantifierSpeakers`)? The sentence says someone did NOT hold or say
 * the content, so no one is its speaker.
 */
export function speakerNamesNobody(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  const mention = q.speaker.mention;
  if (!mention) return false;
  const [from, to] = tokensOf(tokens, mention);
  if (to <= from) return false;
  // the words of the mention, so 'no one' (two tokens) and 'no-one' (one or three) read alike
  const said = tokens.slice(from, to).map((t) => t.lower).join(' ').replace(/ - /g, '-');
  if (NEGATIVE_SUBJECTS.includes(said)) return true;
  // 'Not everyone': 'not' may be in the mention or right before it
  const parts = said.split(' ');
  // 'None of them', 'Neither of us': the partitive speaker phrases.ts reads names nobody of the group
  if (parts.length === 3 && NEGATIVE_PARTITIVES.has(parts[0]!) && parts[1] === 'of' && GROUP_PRONOUNS.has(parts[2]!)) return true;
  if (parts.length === 2 && parts[0] === 'not' && NEGATED_SUBJECTS.has(parts[1]!)) return true;
  return parts.length === 1 && NEGATED_SUBJECTS.has(said) && tokens[from - 1]?.lower === 'not';
}
